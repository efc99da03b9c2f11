"""Record a balance statement: what the insurance app or bank slip says an account holds.

Typed today, it counts from now (the official balance after everything recorded before); for another date
it is the balance at the end of that day unless a time is given.

Balances in the book start from the latest statement and move with every visit and transfer after it, so
this is how a family brings the book in line with the real account.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.book import FamilyBook, MemberView, Refused, StatementView
from desktop.ui import reasons
from desktop.ui.book_worker import run_in_background
from desktop.ui.dialogs.member_fields import DateField, grow_to_fit
from desktop.ui.layouts import enter_saves
from desktop.ui.time_field import TimeOfDayField
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

ACCOUNTS = ("personal", "wallet")


class StatementDialog(QDialog):
    """``saved`` holds the statement after a successful save (the dialog is then accepted)."""

    def __init__(self, book: FamilyBook, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.member = member
        self.saved: StatementView | None = None
        self.setWindowTitle(self.tr("Record a balance for %1").replace("%1", member.name))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("Copy the balance shown in the insurance app or on the statement. The book counts "
                               "from this figure on."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.account = QComboBox(self)
        self.account.addItem(self.tr("Personal account"), "personal")
        self.account.addItem(self.tr("Insurance wallet"), "wallet")
        self.on = DateField(self, optional=False)
        self.on.set_value(book.today())
        self.at = TimeOfDayField(self, book.clock, self.tr("At a time of day"))
        self.at.set_day(book.today())
        self.balance = MoneyEdit(self)
        self.credit = MoneyEdit(self, allow_empty=True)
        self.credit.setPlaceholderText(self.tr("may be left empty"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self.errors: dict[str, ErrorLine] = {}
        for key, text, widget, accessible in (
            ("account", self.tr("&Account"), self.account, self.tr("Account")),
            ("on", self.tr("&Date"), self.on, self.tr("Date of the balance")),
            ("at", self.tr("T&ime"), self.at, self.tr("Time the balance was read")),
            ("balance", self.tr("&Balance (yuan)"), self.balance, self.tr("Balance in yuan")),
            ("credit", self.tr("&Monthly credit (yuan)"), self.credit, self.tr("Monthly credit in yuan")),
            ("note", self.tr("N&ote"), self.note, self.tr("Note")),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
            err = ErrorLine(self)
            form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, err)
            self.errors[key] = err
        col.addLayout(form)
        self.general = ErrorLine(self)
        col.addWidget(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self.account.currentIndexChanged.connect(self._account_changed)
        for w in (self.on, self.balance, self.credit):
            w.textChanged.connect(lambda _t: self.check())
        self.on.textChanged.connect(lambda _t: self._day_changed())
        self._tried = False
        enter_saves(self.buttons, self.account)
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def _day_changed(self) -> None:
        if self.on.value() is not None:
            self.at.set_day(self.on.value())

    def _account_changed(self) -> None:
        wallet = self.account.currentData() == "wallet"
        self.credit.setEnabled(not wallet)  # wallets get no monthly credit
        if wallet:
            self.credit.clear()

    def problems(self) -> dict[str, str]:
        out = {}
        if self.on.error():
            out["on"] = self.on.error()
        elif self.on.value() is not None and self.on.value() > self.book.today():
            out["on"] = self.tr("This date is in the future.")
        if self.balance.error() and (self._tried or self.balance.text().strip()):
            out["balance"] = self.balance.error()
        if self.credit.error():
            out["credit"] = self.credit.error()
        return out

    def check(self) -> dict[str, str]:
        found = self.problems()
        for key, line in self.errors.items():
            line.show_error(found.get(key, ""))
        grow_to_fit(self)
        return found

    def save(self) -> None:
        self._tried = True
        if self.check():
            self.general.show_error(self.tr("Please correct the fields marked above; nothing was saved yet."))
            grow_to_fit(self)
            return
        book, args = self.book, (self.member.id, self.on.value(), self.balance.fen())
        kw = {"account": self.account.currentData(), "monthly_credit_fen": self.credit.fen(),
              "note": self.note.text().strip(), "on_time": self.at.value()}
        self.setEnabled(False)  # a back-dated balance re-settles later visits: off the GUI thread, form locked
        try:
            self.saved = run_in_background(self, lambda: book.record_statement(*args, **kw))
        except Refused as e:
            self.general.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        finally:
            self.setEnabled(True)
        self.accept()
