"""Add a binding by hand: the eligibility check runs as the form is filled, refusals in plain words.

This is the fallback for the binding guide (``desktop/ui/guide``): it records a binding that the
family has made or is about to make, and shows what the official channel will ask for.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.core import vocab
from desktop.core.terms import Channel
from desktop.ui import reasons as fmt
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import buddy_label, enter_saves, fit_to_font
from desktop.ui.qtdates import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from desktop.ui.widgets import MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

STATUSES = ("draft", "pending", "active")


class BindingDialog(QDialog):
    """Who pays for whom, when and how much; saved as draft, pending review or active."""

    saved = Signal(object)  # the stored book.BindingView

    def __init__(self, book: Any, parent: QWidget | None = None, *, authorizer_id: int | None = None,
                 beneficiary_id: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(self.tr("Add a binding"))
        self.verdict: Any = None
        self.problem = ""
        today = book.today()
        members = book.members()

        col = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose whose account pays and for whom. The check below runs as you fill in "
                               "the form and says in plain words whether the rules allow it."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)

        form = QFormLayout()
        self.authorizer = QComboBox(self)
        self.beneficiary = QComboBox(self)
        for m in members:
            self.authorizer.addItem(m.name, m.id)
            self.beneficiary.addItem(m.name, m.id)
        self.authorizer.setAccessibleName(self.tr("Whose account pays"))
        self.beneficiary.setAccessibleName(self.tr("Who it pays for"))
        self._select(self.authorizer, authorizer_id)
        if beneficiary_id is not None:
            self._select(self.beneficiary, beneficiary_id)
        elif self.beneficiary.count() > 1 and self.beneficiary.currentData() == self.authorizer.currentData():
            self.beneficiary.setCurrentIndex(1)
        form.addRow(self._buddy(self.tr("&Whose account pays"), self.authorizer), self.authorizer)
        form.addRow(self._buddy(self.tr("&For whom"), self.beneficiary), self.beneficiary)

        self.relation = QComboBox(self)
        self.relation.setAccessibleName(self.tr("Relation"))
        self.relation.addItem("", None)
        for key in vocab.RELATIONS:
            self.relation.addItem(fmt.label(vocab.RELATIONS, key), key)
        form.addRow(self._buddy(self.tr("&Relation"), self.relation), self.relation)

        self.use_dates = QCheckBox(self.tr("Set the start and end dates"), self)
        self.use_dates.setChecked(True)
        self.start = QDateEdit(to_qdate(today), self)
        self.end = QDateEdit(to_qdate(today + dt.timedelta(days=364)), self)
        for w, name in ((self.start, self.tr("Start date")), (self.end, self.tr("End date"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.use_dates)
        form.addRow(self._buddy(self.tr("&Valid"), self.start), dates)

        self.amount = MoneyEdit(self, allow_empty=True)
        self.amount.setPlaceholderText(self.tr("leave empty for no limit"))
        self.amount.setAccessibleName(self.tr("Authorized amount in yuan"))
        form.addRow(self._buddy(self.tr("&Authorized amount (¥)"), self.amount), self.amount)

        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Where it was done"))
        form.addRow(self._buddy(self.tr("Where it is &done"), self.channel), self.channel)

        self.status_group = QButtonGroup(self)
        status_row = QVBoxLayout()
        texts = {
            "draft": self.tr("Only a plan for now (not yet done)"),
            "pending": self.tr("Done, waiting for the review"),
            "active": self.tr("Done and approved (in effect)"),
        }
        self.status_buttons: dict[str, QRadioButton] = {}
        for key in STATUSES:
            b = QRadioButton(texts[key], self)
            self.status_group.addButton(b)
            self.status_buttons[key] = b
            status_row.addWidget(b)
        self.status_buttons["draft"].setChecked(True)
        form.addRow(QLabel(self.tr("State"), self), status_row)

        self.registered = QDateTimeEdit(to_qdatetime(book.clock()), self)
        self.registered.setCalendarPopup(True)
        self.registered.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.registered.setAccessibleName(self.tr("Registration time"))
        self.registered_label = self._buddy(self.tr("Re&gistered at"), self.registered)
        self.registered.setToolTip(self.tr("The registration time decides the order in which family accounts pay."))
        form.addRow(self.registered_label, self.registered)

        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self._buddy(self.tr("&Note"), self.note), self.note)
        col.addLayout(form)

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("CheckResult")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setMargin(8)
        self.result.setAccessibleName(self.tr("Result of the check"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.result)
        scroll.setMinimumHeight(160)
        col.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        enter_saves(self.buttons, self.authorizer)
        col.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.check)
        for sig in (self.authorizer.currentIndexChanged, self.beneficiary.currentIndexChanged,
                    self.relation.currentIndexChanged, self.use_dates.toggled, self.start.dateChanged,
                    self.end.dateChanged, self.amount.textChanged, self.status_group.buttonToggled):
            sig.connect(self._changed)
        self.authorizer.currentIndexChanged.connect(self._update_relation_label)
        self.beneficiary.currentIndexChanged.connect(self._update_relation_label)
        fit_to_font(self, 100, 42)
        self._update_relation_label()
        self._update_enabled()
        self.check()

    # ---- helpers ----
    def _buddy(self, text: str, w: QWidget) -> QLabel:
        return buddy_label(self, text, w)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        if value is None:
            return
        i = combo.findData(value)
        if i >= 0:
            combo.setCurrentIndex(i)

    def status(self) -> str:
        for key, b in self.status_buttons.items():
            if b.isChecked():
                return key
        return "draft"

    def fields(self) -> dict[str, Any]:
        dates = self.use_dates.isChecked()
        return {
            "authorizer_id": self.authorizer.currentData(),
            "beneficiary_id": self.beneficiary.currentData(),
            "relation": self.relation.currentData(),
            "start": from_qdate(self.start.date()) if dates else None,
            "end": from_qdate(self.end.date()) if dates else None,
            "amount_cap_fen": self.amount.fen(),
        }

    def _update_relation_label(self) -> None:
        a, b = self.authorizer.currentData(), self.beneficiary.currentData()
        worked = None
        if a is not None and b is not None and a != b:
            worked = self.book.relation_between(a, b)
        if worked is None:
            self.relation.setItemText(0, self.tr("Choose…"))
        else:
            self.relation.setItemText(0, self.tr("%1 (from the family list)").replace(
                "%1", fmt.label(vocab.RELATIONS, worked)))

    def _update_enabled(self) -> None:
        on = self.use_dates.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        active = self.status() == "active"
        self.registered.setEnabled(active)
        self.registered_label.setEnabled(active)

    def _changed(self, *_: Any) -> None:
        self._update_enabled()
        self._timer.start()

    def _fill_channels(self, rows: tuple[Any, ...]) -> None:
        current = self.channel.currentData()
        chans = [Channel.of(r) for r in rows]
        ids = [c.id for c in chans]
        if [self.channel.itemData(i) for i in range(1, self.channel.count())] == ids:
            return
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("Not chosen yet"), None)
        for c in chans:
            name = fmt.pair(c.name)
            if c.review:
                name += self.tr(" (needs a review)")
            self.channel.addItem(name, c.id)
        self._select(self.channel, current)
        self.channel.blockSignals(False)

    # ---- the check ----
    def check(self) -> None:
        """Run the engine's eligibility check on what is in the form and show the verdict."""
        self._timer.stop()
        f = self.fields()
        self.verdict, self.problem = None, ""
        if f["authorizer_id"] is None or f["beneficiary_id"] is None:
            self.problem = self.tr("Add at least two family members first.")
        elif self.amount.error():
            self.problem = self.amount.error()
        else:
            try:
                self.verdict = self.book.check_binding(**f)
            except Refused as e:
                self.problem = fmt.plain(e.reasons, fmt.REFUSED)
        self._show()

    def _show(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        v = self.verdict
        if v is None:
            self.result.setText(fmt.heading(self.tr("Cannot check yet:"), fmt.REFUSED)
                                + f"<p>{html.escape(self.problem).replace(chr(10), '<br>')}</p>")
            set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
            return
        self._fill_channels(v.channels)
        parts = []
        if v.allowed:
            parts.append(fmt.heading(self.tr("The rules allow this binding."), fmt.FINE))
            if v.asks:
                parts.append(fmt.heading(self.tr("What the official channel will ask for:")))
                parts.append(fmt.as_html(v.asks, fmt.INFO))
        else:
            parts.append(fmt.heading(self.tr("Not possible as it stands:"), fmt.REFUSED))
            parts.append(fmt.as_html(v.reasons, fmt.REFUSED))
        if v.channels:
            names = ("、" if fmt.lang() == "zh" else "; ").join(fmt.pair(Channel.of(r).name) for r in v.channels)
            where = self.tr("Where it can be done:")
            parts.append(f"<p><b>{html.escape(where)}</b> {html.escape(names)}</p>")
        self.result.setText("".join(parts))
        set_enabled(save, v.allowed and not self.amount.error(), self.tr("Not yet: the words above say what is missing."))

    def result_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.result.text())

    # ---- saving ----
    def save(self) -> None:
        self.check()
        if self.verdict is None or not self.verdict.allowed:
            return
        f = self.fields()
        status = self.status()
        try:
            view = self.book.propose_binding(
                f["authorizer_id"], f["beneficiary_id"], relation=f["relation"], channel_id=self.channel.currentData(),
                start=f["start"], end=f["end"], amount_cap_fen=f["amount_cap_fen"], status=status,
                registered_at=from_qdatetime(self.registered.dateTime()) if status == "active" else None,
                note=self.note.text().strip())
        except Refused as e:
            self.result.setText(fmt.heading(self.tr("Not saved:"), fmt.REFUSED)
                                + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.saved.emit(view)
        self.accept()
