"""A new family quota (共济额度, F-N11), checked as the user types: who sets it for whom, how much, when and
through which channel. While it stands the payer cannot spend that part of the own account."""

from __future__ import annotations

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
from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.dialogs.transfer_dialog import people_pair
from desktop.ui.layouts import buddy_label, enter_saves, fit_to_font
from desktop.ui.qtdates import from_qdatetime, to_qdatetime
from desktop.ui.widgets import MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class QuotaDialog(QDialog):
    """``saved`` carries the stored book.QuotaView."""

    saved = Signal(object)

    def __init__(self, book: Any, parent: QWidget | None = None, *, payer_id: int | None = None,
                 receiver_id: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.problems: list[Any] | None = None
        self.setWindowTitle(self.tr("Set a family quota"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("The payer sets part of the own personal account aside for a relative in the "
                               "insurance wallet (共济额度). No money moves: the relative's visits draw on it after "
                               "their own account, the payer cannot spend that part meanwhile, and what is unused "
                               "goes back to the payer when it ends.") + "\n" + fmt.source_line(["F-N11"]), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.payer, self.receiver = people_pair(self, book.members(), payer_id, receiver_id)
        self.amount = MoneyEdit(self)
        self.when = QDateTimeEdit(to_qdatetime(book.clock()), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Not said"), "")
        for kind in ("national_app", "provincial_app", "mini_program", "wechat", "counter"):
            self.channel.addItem(fmt.label(vocab.CHANNEL_KINDS, kind), kind)
        self.channel.setCurrentIndex(1)
        self.note = QLineEdit(self)
        for w, text, name in ((self.payer, self.tr("Set &by"), self.tr("Who sets the quota")),
                              (self.receiver, self.tr("&For"), self.tr("Who may use it")),
                              (self.amount, self.tr("&Amount (¥)"), self.tr("Quota in yuan")),
                              (self.when, self.tr("When &set (China time)"), self.tr("When it was set, China time")),
                              (self.channel, self.tr("&Channel"), self.tr("Where it was set")),
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
        scroll.setMinimumHeight(130)
        col.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record the quota"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        enter_saves(self.buttons, self.payer)
        col.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.check)
        for sig in (self.payer.currentIndexChanged, self.receiver.currentIndexChanged, self.amount.textChanged,
                    self.when.dateTimeChanged):
            sig.connect(lambda *_: self._timer.start())
        fit_to_font(self, 95, 38)
        self.check()

    def fields(self) -> dict[str, Any]:
        return {"payer_id": self.payer.currentData(), "receiver_id": self.receiver.currentData(),
                "amount_fen": self.amount.fen(), "at": from_qdatetime(self.when.dateTime())}

    def check(self) -> None:
        self._timer.stop()
        self.problems = None
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        f = self.fields()
        if f["payer_id"] is None or f["receiver_id"] is None:
            self.result.setText(fmt.heading(self.tr("Add the family members first."), fmt.REFUSED))
            return
        typed = f["amount_fen"] is not None
        try:  # without an amount yet, check one fen: the model, the relation and the dates still show
            problems = self.book.check_quota(**(f if typed else f | {"amount_fen": 1}))
        except Refused as e:
            self.result.setText(fmt.heading(self.tr("Cannot check yet:"), fmt.REFUSED) + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        parts = []
        if not typed:
            parts.append(fmt.heading(self.amount.error(), fmt.INFO))
            if problems:
                parts.append(fmt.as_html(problems, fmt.REFUSED))
        elif not problems:
            parts.append(fmt.heading(self.tr("This quota can be set."), fmt.FINE))
        else:
            parts.append(fmt.heading(self.tr("Cannot be set as it stands:"), fmt.REFUSED))
            parts.append(fmt.as_html(problems, fmt.REFUSED))
        if typed:
            self.problems = problems
        self.result.setText("".join(parts))
        save.setEnabled(typed and not problems)

    def result_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.result.text())

    def save(self) -> None:
        self.check()
        if self.problems is None or self.problems:
            return
        f = self.fields()
        try:
            view = self.book.set_quota(f["payer_id"], f["receiver_id"], f["amount_fen"], f["at"],
                                       channel_id=self.channel.currentData() or "", note=self.note.text().strip())
        except Refused as e:
            self.result.setText(fmt.heading(self.tr("Not saved:"), fmt.REFUSED) + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.saved.emit(view)
        self.accept()
