"""The transfer planner: "move ¥X from A to B by …" gives the earliest schedule under the wallet
limits, or says plainly that the deadline cannot be met and when it could be finished at the earliest.

Only people the rules let send (``wallet.payer_insurance``: employee or flexible insurance, F-W3) are offered
as senders. The schedule can be kept as planned transfers (shown on the Wallet page and on Home on their
day) and printed as a big-type sheet."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
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
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class PlannerDialog(QDialog):
    """``kept`` carries the stored planned transfers (book.PlannedWalletTransferView) after "Keep"."""

    kept = Signal(object)

    def __init__(self, book: Any, parent: QWidget | None = None, *, from_id: int | None = None,
                 to_id: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.plan: Any = None
        self.kept_rows: list[Any] = []
        self.setWindowTitle(self.tr("Plan wallet transfers"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("How to move a larger amount: the planner splits it into transfers the rules "
                               "allow and gives the earliest times to send them."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        members = book.members()
        payers = set(book.wallet_payers())
        senders = [m for m in members if m.id in payers]
        self.sender, self.recipient = people_pair(self, senders, from_id, to_id)
        self.recipient.clear()  # anyone in the family may receive (the rules check the pair)
        for m in members:
            self.recipient.addItem(m.name, m.id)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(to_id if to_id is not None else next(
            (m.id for m in members if m.id != self.sender.currentData()), None))))
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
        self.no_payer = QLabel(self.tr("No one in the family can send wallet transfers: only people with "
                                       "employee or flexible insurance can.") + "\n" + fmt.source_line(["F-W3"]),
                              self)
        self.no_payer.setWordWrap(True)
        self.no_payer.setVisible(not senders)
        col.addWidget(self.no_payer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.keep_button = QPushButton(self.tr("&Keep as planned transfers"), self)
        self.keep_button.setToolTip(self.tr("Keep this schedule: the Wallet page lists it, Home reminds on each day"))
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep)
        self.print_button = QPushButton(self.tr("&Print the plan…"), self)
        self.print_button.setToolTip(self.tr("Print the kept transfers in big type, with a box to tick for each"))
        self.print_button.setAutoDefault(False)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_plan)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
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
        self.keep_button.setEnabled(False)
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
        self.keep_button.setEnabled(bool(self.plan.transfers))

    def keep(self) -> list[Any]:
        """Store the schedule as planned transfers (worked out again from now, in one transaction)."""
        a, b, amount = self.sender.currentData(), self.recipient.currentData(), self.amount.fen()
        if a is None or b is None or amount is None or not self.keep_button.isEnabled():
            return []
        try:
            rows = self.book.record_transfer_plan(a, b, amount, from_qdatetime(self.deadline.dateTime()))
        except Refused as e:
            self.message.setText(fmt.as_html(e.reasons, fmt.REFUSED))
            return []
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return []
        self.kept_rows = rows
        self.message.setText(fmt.heading(self.tr("Kept: %1 planned transfers, on the Wallet page. Home reminds "
                                               "%2 on each day.").replace("%1", str(len(rows)))
                                       .replace("%2", rows[0].from_name), fmt.FINE))
        self.keep_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.kept.emit(rows)
        return rows

    def print_plan(self) -> bool:
        """The kept transfers on paper (the system's print dialog)."""
        from desktop.ui.print import pdf
        from desktop.ui.print.transfer_plan_sheet import transfer_plan_sheet

        if not self.kept_rows:
            return False
        return pdf.send_to_printer(self, transfer_plan_sheet(self.book, self.kept_rows, fmt.lang()))

    def message_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.message.text())
