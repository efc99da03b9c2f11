"""Bindings: for each person, the family accounts that may pay for them, in registration order.

Adding a binding starts the binding guide when it is installed (``desktop.ui.guide``, issue 6);
until then, and for bindings already made elsewhere, a form runs the eligibility check as it is
filled. The hook for the guide is :meth:`BindingsPage.start_guide`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from desktop.book import Refused
from desktop.ui import reasons as fmt
from desktop.ui.book_adapter import FIGURES
from desktop.ui.dialogs.binding_dialog import BindingDialog
from desktop.ui.dialogs.moment_dialog import MomentDialog
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout, action_button, page_heading, person_picker, refill_people
from desktop.ui.models.bindings_model import (
    BindingsModel,
    auto_end_source,
    auto_end_text,
    period_text,
    rank_text,
)
from desktop.ui.pages.base import BasePage
from desktop.ui.plain_text import plain
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

# The guide package provides ``start_guide(window, *, authorizer_id, beneficiary_id, purpose)`` returning
# the wizard it opened (non-modal; its writes go through ``window.book``, whose change signal refreshes the pages) or None.
GUIDE_MODULE = "desktop.ui.guide"
GUIDE_FUNCTION = "start_guide"


def find_guide() -> Any | None:
    """The guide's entry point, or None while the guide is not installed."""
    try:
        module = import_module(GUIDE_MODULE)
    except ModuleNotFoundError as e:
        if e.name and GUIDE_MODULE.startswith(e.name):
            return None
        raise
    return getattr(module, GUIDE_FUNCTION, None)


class BindingsPage(BasePage):
    """The bindings table with the actions of a binding's life: plan, review, approve, end."""

    SHOWS = frozenset({"members", "bindings", "guide_progress", FIGURES, "policy_files", "local_rules"})


    guide_requested = Signal(object, object, str)  # authorizer_id, beneficiary_id, purpose

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.dialog: QWidget | None = None
        self.guide: QWidget | None = None

        col = page_heading(self, self.tr("Bindings"), self.tr(
            "Family accounts pay for a person in the order they were registered: No. 1 first, then No. 2. A binding "
            "pays only while it is in effect, within its dates and its authorized amount."))
        self.person = person_picker(self, col, self.tr("&Show for"), self.tr("Show bindings for"))

        self.model = BindingsModel(self)
        self.table = Table(self, self.model, self.tr("Bindings"))
        col.addWidget(self.table, 1)
        self.empty = plain(QLabel(self))
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        self.detail = plain(QLabel(self))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("About the chosen binding"))
        col.addWidget(self.detail)
        self.error = ErrorLine(self)
        col.addWidget(self.error)

        row = FlowLayout()
        self.add_button = action_button(self, self.tr("&Add binding…"), self.add_binding,
                                       self.tr("Check and record a new binding"))
        self.form_button = action_button(self, self.tr("Enter one already &made…"), lambda: self.open_dialog(),
                                        self.tr("Record a binding made at the counter or in an app"))
        self.pending_button = action_button(self, self.tr("Sent for &review"), self.mark_pending,
                                           self.tr("The application was sent and waits for the review"))
        self.activate_button = action_button(self, self.tr("A&pproved…"), self.activate,
                                            self.tr("The channel approved it; enter the registration time"))
        self.reject_button = action_button(self, self.tr("&Not approved"), self.reject,
                                          self.tr("The channel refused it"))
        self.terminate_button = action_button(self, self.tr("End &this binding…"), self.terminate,
                                             self.tr("The payer stops paying from today"))
        self.delete_button = action_button(self, self.tr("&Delete"), self.delete,
                                          self.tr("Delete a plan or a refused binding"))
        for b in (self.add_button, self.form_button, self.pending_button, self.activate_button,
                  self.reject_button, self.terminate_button, self.delete_button):
            row.addWidget(b)
        col.addLayout(row)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_binding,
                  context=Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.person.currentIndexChanged.connect(self._reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._default_action())
        self.refresh()

    # ---- data ----
    def refresh(self) -> None:
        """Reload people and bindings (called when the page is shown again or after a change)."""
        self.book = self.window_.book
        self.members = self.book.members()
        refill_people(self.person, self.members, self.tr("Everyone"))
        self.form_button.setVisible(find_guide() is not None)
        self._reload()

    def _reload(self) -> None:
        selected = self.selected()
        rows = self.book.bindings(self.person.currentData())
        self.model.today = self.book.today()
        self.model.set_rows(rows)
        self.table.fit_columns()
        if len(self.members) < 2:
            self.empty.setText(self.tr("A binding needs two family members. Add them on the Family page first."))
        elif not rows:
            self.empty.setText(self.tr("No bindings yet. Press “Add binding” to check whether one family member's "
                                       "account may pay for another's care."))
        self.empty.setVisible(len(self.members) < 2 or not rows)
        set_enabled(self.add_button, len(self.members) >= 2, self.tr("A binding needs two family members."))
        if selected is not None and (r := self.model.row_of(selected.id)) is not None:
            self.table.select_row(r)
        elif rows:
            self.table.select_row(0)
        self._selection_changed()

    def selected(self) -> Any | None:
        r = self.table.current_row()
        return None if r is None else self.model.binding(r)

    def _selection_changed(self, *_: Any) -> None:
        b = self.selected()
        self.error.show_error("")
        status = b.status if b is not None else None
        why = self.tr("Choose a binding in the table first.") if b is None else self.tr(
            "Not possible for the chosen binding as it stands (see its status).")
        set_enabled(self.pending_button, status == "draft", why)
        set_enabled(self.activate_button, status in ("draft", "pending"), why)
        set_enabled(self.reject_button, status in ("draft", "pending"), why)
        set_enabled(self.terminate_button, status == "active", why)
        set_enabled(self.delete_button, status in ("draft", "rejected"), why)
        self.detail.setText(self.describe(b) if b is not None else "")

    def describe(self, b: Any) -> str:
        """One plain sentence or two about a binding."""
        parts = [self.tr("Binding no. %3: %1's account pays for %2.").replace("%1", b.authorizer_name)
                 .replace("%2", b.beneficiary_name).replace("%3", str(b.id))]  # the number advice and checks name
        if b.status in ("active", "pending") and b.rank is not None and rank_text(b, self.book.today()) != "—":
            parts.append(self.tr("It is %1 in the order of payment.").replace("%1", rank_text(b)))
        if b.amount_cap_fen is not None:
            parts.append(self.tr("Authorized %1, used %2, %3 left.").replace("%1", fmt.money(b.amount_cap_fen))
                         .replace("%2", fmt.money(b.used_fen)).replace("%3", fmt.money(b.left_fen)))
        else:
            parts.append(self.tr("No amount limit; used so far %1.").replace("%1", fmt.money(b.used_fen)))
        parts.append(self.tr("Valid: %1.").replace("%1", period_text(b)))
        if b.status == "draft":
            parts.append(self.tr("This is only a plan: do it through the official channel, then mark it."))
        elif b.status == "pending":
            parts.append(self.tr("Waiting for the review; it does not pay yet."))
        elif b.status == "terminated":
            parts.append(self.tr("Ended on %1; it no longer pays.").replace("%1", fmt.date(b.terminated_on)))
        elif b.status == "rejected":
            parts.append(self.tr("The channel did not approve it; it never pays."))
        if b.ended_on is not None and b.status in ("active", "pending", "draft"):
            parts.append(auto_end_text(b, self.book.today()) + ("。" if fmt.lang() == "zh" else "."))
            parts.append(self.tr("Visits from that day on are paid by the rest of the payment order."))
            return ("" if fmt.lang() == "zh" else " ").join(parts) + "\n" + auto_end_source()
        return ("" if fmt.lang() == "zh" else " ").join(parts)

    def _after_change(self, binding_id: int | None = None) -> None:
        if self.window_.stack.currentWidget() is not self:
            self.refresh()
        if binding_id is not None and (r := self.model.row_of(binding_id)) is not None:
            self.table.select_row(r)

    def _refused(self, e: Refused) -> None:
        self.error.show_error(fmt.plain(e.reasons, fmt.REFUSED))

    # ---- adding ----
    def add_binding(self) -> QWidget | None:
        b = self.selected()
        who = self.person.currentData()
        return self.start_guide(None, who if who is not None else (b.beneficiary_id if b else None))

    def start_guide(self, authorizer_id: int | None = None, beneficiary_id: int | None = None,
                    purpose: str = "bind") -> QWidget | None:
        """Start the binding guide for these people; without the guide, open the form instead.

        Returns the wizard or dialog that was opened. The Home page can call this too.
        """
        self.guide_requested.emit(authorizer_id, beneficiary_id, purpose)
        launch = find_guide()
        if launch is not None:
            wizard = launch(self.window_, authorizer_id=authorizer_id, beneficiary_id=beneficiary_id, purpose=purpose)
            if wizard is not None:
                self.guide = wizard
                if hasattr(wizard, "finished"):
                    wizard.finished.connect(lambda _r=0: self._after_change())
                return wizard
        return self.open_dialog(authorizer_id, beneficiary_id)

    def open_dialog(self, authorizer_id: int | None = None, beneficiary_id: int | None = None) -> BindingDialog:
        """The add-binding form (window-modal, not blocking: tests fill it in directly)."""
        d = BindingDialog(self.book, self, authorizer_id=authorizer_id, beneficiary_id=beneficiary_id)
        d.saved.connect(lambda view: self._after_change(view.id))
        self.dialog = d
        d.open()
        return d

    # ---- a binding's life ----
    def mark_pending(self) -> None:
        b = self.selected()
        if b is None:
            return
        try:
            self.book.mark_binding_pending(b.id)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_change(b.id)

    def activate(self) -> MomentDialog | None:
        b = self.selected()
        if b is None or b.status not in ("draft", "pending"):
            return None
        text = self.tr("%1's account for %2: when was it registered? Write the time shown by the official app or "
                       "counter. Family accounts pay in the order they were registered.") \
            .replace("%1", b.authorizer_name).replace("%2", b.beneficiary_name)
        d = MomentDialog(self, self.tr("Binding approved"), text, self.tr("&Registered at"),
                         b.registered_at or self.book.clock(), self.tr("&Mark approved"))
        d.accepted.connect(lambda: self._activate(b.id, d.value()))
        self.dialog = d
        d.open()
        return d

    def _activate(self, binding_id: int, at: Any) -> None:
        try:
            self.book.activate_binding(binding_id, registered_at=at)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_change(binding_id)

    def reject(self) -> None:
        b = self.selected()
        if b is None:
            return
        try:
            self.book.reject_binding(b.id)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_change(b.id)

    def terminate(self) -> bool:
        b = self.selected()
        if b is None or b.status != "active":
            return False
        today = self.book.today()
        text = self.tr("End the binding: %1's account will no longer pay for %2 from today (%3).\n\n"
                       "To pay again later a new binding is needed. End it?") \
            .replace("%1", b.authorizer_name).replace("%2", b.beneficiary_name).replace("%3", fmt.date(today))
        if not confirm(self, self.tr("End this binding?"), text):
            return False
        try:
            self.book.terminate_binding(b.id, today)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change(b.id)
        return True

    def delete(self) -> bool:
        b = self.selected()
        if b is None:
            return False
        text = self.tr("Delete the binding of %1 for %2 from the book?").replace("%1", b.authorizer_name) \
            .replace("%2", b.beneficiary_name)
        if not confirm(self, self.tr("Delete?"), text):
            return False
        try:
            self.book.delete_binding(b.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change()
        return True

    def _default_action(self) -> None:
        b = self.selected()
        if b is not None and b.status in ("draft", "pending"):
            self.activate()
