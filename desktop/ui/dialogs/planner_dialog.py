"""The transfer planner: "move ¥X from A to B by …" gives the earliest schedule under the wallet
limits, or says plainly that the deadline cannot be met and when it could be finished at the earliest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.ui import reasons as fmt
from desktop.ui.dialogs.transfer_dialog import people_pair
from desktop.ui.layouts import buddy_label, fit_to_font
from desktop.ui.models.plan_model import PlanModel
from desktop.ui.qtdates import from_qdatetime, to_qdatetime
from desktop.ui.tables import Table
from desktop.ui.widgets import MoneyEdit


class PlannerDialog(QDialog):
    def __init__(self, book: Any, parent: QWidget | None = None, *, from_id: int | None = None,
                 to_id: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.plan: Any = None
        self.setWindowTitle(self.tr("Plan wallet transfers"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("How to move a larger amount: the planner splits it into transfers the rules "
                               "allow and gives the earliest times to send them."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.sender, self.recipient = people_pair(self, book.members(), from_id, to_id)
        self.amount = MoneyEdit(self)
        now = book.clock()
        self.deadline = QDateTimeEdit(to_qdatetime((now + dt.timedelta(days=7)).replace(hour=12, minute=0)), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        for w, text, name in ((self.sender, self.tr("&From"), self.tr("Who sends")),
                              (self.recipient, self.tr("&To"), self.tr("Who receives")),
                              (self.amount, self.tr("&Amount (¥)"), self.tr("Amount in yuan")),
                              (self.deadline, self.tr("&Needed by (China time)"), self.tr("Deadline, China time"))):
            w.setAccessibleName(name)
            form.addRow(buddy_label(self, text, w), w)
        col.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAccessibleName(self.tr("What the plan says"))
        col.addWidget(self.message)
        self.model = PlanModel(self)
        self.table = Table(self, self.model, self.tr("Schedule"))
        self.table.fit_columns()
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # nothing to save here: Enter works the plan out now instead of closing
        close.setDefault(False)
        self.sender.setFocus(Qt.FocusReason.OtherFocusReason)
        col.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.replan)
        for sig in (self.sender.currentIndexChanged, self.recipient.currentIndexChanged, self.amount.textChanged,
                    self.deadline.dateTimeChanged):
            sig.connect(lambda *_: self._timer.start())
        fit_to_font(self, 100, 36)
        self.replan()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.replan()
            event.accept()
            return
        super().keyPressEvent(event)

    def replan(self) -> None:
        self._timer.stop()
        self.plan = None
        a, b, amount = self.sender.currentData(), self.recipient.currentData(), self.amount.fen()
        if a is None or b is None or amount is None:
            self.model.set_rows(())
            self.message.setText(fmt.heading(self.tr("Type the amount to move."), fmt.INFO))
            return
        try:
            self.plan = self.book.plan_transfers(a, b, amount, from_qdatetime(self.deadline.dateTime()))
        except Refused as e:
            self.model.set_rows(())
            self.message.setText(fmt.as_html(e.reasons, fmt.REFUSED))
            return
        mark = fmt.FINE if self.plan.feasible else fmt.REFUSED
        self.message.setText(fmt.as_html(self.plan.reasons, mark))
        self.model.set_rows(self.plan.transfers)
        self.table.fit_columns()

    def message_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.message.text())
