"""A new wallet transfer, checked against the limits as the user types (count a day, maximum per
transfer, no transfers at night; all in China time), with every reason it is not allowed."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.ui import reasons as fmt
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import buddy_label, enter_saves, fit_to_font
from desktop.ui.qtdates import from_qdatetime, to_qdatetime
from desktop.ui.widgets import MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


def people_pair(parent: QWidget, members: list[Any], from_id: int | None, to_id: int | None) -> tuple[QComboBox, QComboBox]:
    """Two person lists, sender and recipient, preselected (the recipient differs from the sender)."""
    a, b = QComboBox(parent), QComboBox(parent)
    for m in members:
        a.addItem(m.name, m.id)
        b.addItem(m.name, m.id)
    if from_id is not None and (i := a.findData(from_id)) >= 0:
        a.setCurrentIndex(i)
    if to_id is not None and (i := b.findData(to_id)) >= 0:
        b.setCurrentIndex(i)
    elif b.count() > 1 and b.currentData() == a.currentData():
        b.setCurrentIndex(1)
    return a, b


class TransferDialog(QDialog):
    """``saved`` carries the stored book.TransferView."""

    saved = Signal(object)

    def __init__(self, book: Any, parent: QWidget | None = None, *, from_id: int | None = None,
                 to_id: int | None = None, amount_fen: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.verdict: Any = None
        self.setWindowTitle(self.tr("New wallet transfer"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("Money moves from the sender's personal account to the relative's insurance "
                               "wallet. The relative must accept it in the app before the time shown, or it "
                               "goes back."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.sender, self.recipient = people_pair(self, book.members(), from_id, to_id)
        self.amount = MoneyEdit(self)
        if amount_fen is not None:
            self.amount.set_fen(amount_fen)
        self.when = QDateTimeEdit(to_qdatetime(book.clock()), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit(self)
        for w, text, name in ((self.sender, self.tr("&From"), self.tr("Who sends")),
                              (self.recipient, self.tr("&To"), self.tr("Who receives")),
                              (self.amount, self.tr("&Amount (¥)"), self.tr("Amount in yuan")),
                              (self.when, self.tr("&When (China time)"), self.tr("Time of the transfer, China time")),
                              (self.note, self.tr("&Note"), self.tr("Note"))):
            w.setAccessibleName(name)
            form.addRow(buddy_label(self, text, w), w)
        col.addLayout(form)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setMargin(8)
        self.result.setAccessibleName(self.tr("Result of the check"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.result)
        scroll.setMinimumHeight(150)
        col.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record the transfer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        enter_saves(self.buttons, self.sender)
        col.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.check)
        for sig in (self.sender.currentIndexChanged, self.recipient.currentIndexChanged, self.amount.textChanged,
                    self.when.dateTimeChanged):
            sig.connect(lambda *_: self._timer.start())
        fit_to_font(self, 95, 35)
        self.check()

    def fields(self) -> dict[str, Any]:
        return {"from_id": self.sender.currentData(), "to_id": self.recipient.currentData(),
                "amount_fen": self.amount.fen(), "at": from_qdatetime(self.when.dateTime())}

    def check(self) -> None:
        self._timer.stop()
        self.verdict = None
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
        f = self.fields()
        if f["from_id"] is None or f["to_id"] is None:
            self.result.setText(fmt.heading(self.tr("Add the family members first."), fmt.REFUSED))
            return
        typed = f["amount_fen"] is not None
        try:  # without an amount yet, check one fen: the relation, the time and the day's count still show
            verdict = self.book.check_transfer(**(f if typed else f | {"amount_fen": 1}))
        except Refused as e:
            self.result.setText(fmt.heading(self.tr("Cannot check yet:"), fmt.REFUSED) + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        parts = []
        if not typed:
            parts.append(fmt.heading(self.amount.error(), fmt.INFO))
            if verdict.reasons:
                parts.append(fmt.as_html(verdict.reasons, fmt.REFUSED))
        elif verdict.allowed:
            parts.append(fmt.heading(self.tr("This transfer is allowed."), fmt.FINE))
        else:
            parts.append(fmt.heading(self.tr("Not allowed as it stands:"), fmt.REFUSED))
            parts.append(fmt.as_html(verdict.reasons, fmt.REFUSED))
        if typed:
            self.verdict = verdict
        if verdict.asks:
            rules = self.tr("The rules for wallet transfers:")
            parts.append(f"<p><b>{html.escape(rules)}</b></p>")
            parts.append(fmt.as_html(verdict.asks, fmt.INFO))
        self.result.setText("".join(parts))
        set_enabled(save, typed and verdict.allowed, self.tr("Not yet: the words above say what is missing."))

    def result_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.result.text())

    def save(self) -> None:
        self.check()
        if self.verdict is None or not self.verdict.allowed:
            return
        f = self.fields()
        try:
            view = self.book.create_transfer(f["from_id"], f["to_id"], f["amount_fen"], f["at"],
                                             note=self.note.text().strip())
        except Refused as e:
            self.result.setText(fmt.heading(self.tr("Not saved:"), fmt.REFUSED) + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.saved.emit(view)
        self.accept()
