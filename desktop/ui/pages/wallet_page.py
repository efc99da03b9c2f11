"""The insurance wallet (医保钱包): the transfer log, new transfers checked as you type, received and
returned transfers, and the planner for moving a larger amount under the limits. China time throughout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.book import Refused
from desktop.ui import reasons as R
from desktop.ui.dialogs.moment_dialog import MomentDialog
from desktop.ui.dialogs.planner_dialog import PlannerDialog
from desktop.ui.dialogs.transfer_dialog import TransferDialog
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout, action_button, page_heading, person_picker, refill_people
from desktop.ui.models.transfers_model import TransfersModel, state_text
from desktop.ui.search_box import search_row
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class WalletPage(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.dialog: QWidget | None = None

        col = page_heading(self, self.tr("Insurance wallet"), self.tr(
            "Transfers from a personal account to a relative's insurance wallet. Each region limits how many a day, "
            "how much each, and forbids them at night (China time). A transfer not received in time goes back to "
            "the sender."))
        self.person = person_picker(self, col, self.tr("Show &for"), self.tr("Show transfers of"))

        self.model = TransfersModel(self)
        self.table = Table(self, self.model, self.tr("Wallet transfers"))
        self.search = search_row(self, col, self.table, self.tr("Name, amount, date or note"))
        col.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No transfers yet. Press “New transfer” to check and record one."), self)
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("About the chosen transfer"))
        col.addWidget(self.detail)
        self.message = ErrorLine(self)
        col.addWidget(self.message)

        row = FlowLayout()
        self.new_button = action_button(self, self.tr("&New transfer…"), self.new_transfer,
                                       self.tr("Check and record a transfer (Ctrl+N)"))
        self.received_button = action_button(self, self.tr("&Received…"), self.mark_received,
                                            self.tr("The relative accepted the money"))
        self.returned_button = action_button(self, self.tr("Went &back"), self.mark_returned,
                                            self.tr("It was not accepted in time and went back"))
        self.delete_button = action_button(self, self.tr("&Delete…"), self.delete, self.tr("Delete a mistaken entry"))
        self.plan_button = action_button(self, self.tr("&Plan a larger amount…"), self.open_planner,
                                        self.tr("Split an amount into transfers the rules allow"))
        for b in (self.new_button, self.received_button, self.returned_button, self.delete_button):
            row.addWidget(b)
        row.addWidget(self.plan_button)
        col.addLayout(row)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_transfer,
                  context=Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.person.currentIndexChanged.connect(self._reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def search_box(self) -> QLineEdit:
        return self.search

    def refresh(self) -> None:
        self.book = self.window_.book
        members = self.book.members()
        refill_people(self.person, members, self.tr("Everyone"))
        enough = len(members) >= 2
        for b in (self.new_button, self.plan_button):
            set_enabled(b, enough, self.tr("A transfer needs two family members. Add them on the Family page first."))
        self._reload()

    def _reload(self) -> None:
        selected = self.selected()
        rows = self.book.transfers(self.person.currentData())
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        if selected is not None and (r := self.model.row_of(selected.id)) is not None:
            self.table.select_row(r)
        elif rows:
            self.table.select_row(0)
        self._selection_changed()

    def selected(self) -> Any | None:
        r = self.table.current_row()
        return None if r is None else self.model.transfer(r)

    def _selection_changed(self, *_: Any) -> None:
        t = self.selected()
        waiting = t is not None and t.state == "waiting"
        for b in (self.received_button, self.returned_button):
            set_enabled(b, waiting, self.tr("Choose a transfer that is still waiting."))
        set_enabled(self.delete_button, t is not None, self.tr("Choose a transfer in the table first."))
        if t is None:
            self.detail.setText("")
            return
        text = self.tr("%1 to %2, %3, sent %4.").replace("%1", t.from_name).replace("%2", t.to_name) \
            .replace("%3", R.money(t.amount_fen)).replace("%4", R.moment(t.requested_at))
        self.detail.setText(f"{text} {state_text(t)}")

    def _after_change(self, transfer_id: int | None = None, note: str = "") -> None:
        self.window_.refresh_all()
        if self.window_.stack.currentWidget() is not self:
            self.refresh()
        else:
            self._reload()
        if transfer_id is not None and (r := self.model.row_of(transfer_id)) is not None:
            self.table.select_row(r)
        self.message.show_error(note)

    def _refused(self, e: Refused) -> None:
        self.message.show_error(R.plain(e.reasons, R.REFUSED))

    # ---- actions ----
    def new_transfer(self, amount_fen: int | None = None) -> TransferDialog | None:
        if not self.new_button.isEnabled():
            return None
        t = self.selected()
        d = TransferDialog(self.book, self, from_id=t.from_id if t else None, to_id=t.to_id if t else None,
                           amount_fen=amount_fen)
        d.saved.connect(lambda view: self._after_change(view.id))
        self.dialog = d
        d.open()
        return d

    def mark_received(self) -> MomentDialog | None:
        t = self.selected()
        if t is None or t.state != "waiting":
            return None
        text = self.tr("When did %1 accept the %2 from %3? It must be before %4.").replace("%1", t.to_name) \
            .replace("%2", R.money(t.amount_fen)).replace("%3", t.from_name).replace("%4", R.moment(t.returns_at))
        default = min(self.book.clock(), t.returns_at) if t.returns_at else self.book.clock()
        d = MomentDialog(self, self.tr("Transfer received"), text, self.tr("&Received at (China time)"),
                         max(default, t.requested_at), self.tr("&Mark received"))
        d.accepted.connect(lambda: self._received(t.id, d.value()))
        self.dialog = d
        d.open()
        return d

    def _received(self, transfer_id: int, at: Any) -> None:
        try:
            self.book.receive_transfer(transfer_id, at)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_change(transfer_id)

    def mark_returned(self) -> bool:
        t = self.selected()
        if t is None or t.state != "waiting":
            return False
        text = self.tr("%1 did not accept it: the %2 goes back to %3 at %4. Record that?").replace("%1", t.to_name) \
            .replace("%2", R.money(t.amount_fen)).replace("%3", t.from_name).replace("%4", R.moment(t.returns_at))
        if not confirm(self, self.tr("Went back?"), text):
            return False
        try:
            self.book.return_transfer(t.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change(t.id)
        return True

    def delete(self) -> bool:
        t = self.selected()
        if t is None:
            return False
        text = self.tr("Delete the transfer of %1 from %2 to %3 on %4? Only do this for an entry made by mistake.") \
            .replace("%1", R.money(t.amount_fen)).replace("%2", t.from_name).replace("%3", t.to_name) \
            .replace("%4", R.moment(t.requested_at))
        if not confirm(self, self.tr("Delete this transfer?"), text):
            return False
        try:
            self.book.delete_transfer(t.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change()
        return True

    def open_planner(self) -> PlannerDialog | None:
        if not self.plan_button.isEnabled():
            return None
        t = self.selected()
        d = PlannerDialog(self.book, self, from_id=t.from_id if t else None, to_id=t.to_id if t else None)
        self.dialog = d
        d.open()
        return d
