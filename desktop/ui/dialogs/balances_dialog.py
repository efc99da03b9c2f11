"""Update balances: the whole family's accounts on one screen, as read off the official app.

Every person's own account and (where they have one) insurance wallet, each box holding what FamilyPool
works out now; "as of now" unless the person gives another date or time. Only the boxes typed in are
recorded — a figure left alone stays as it was — and one Save records them all in one transaction
(``FamilyBook.record_statements``): all or none. Tab and Enter move from box to box, person by person.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.book import BalanceEntry, FamilyBook, MemberBalance, MemberView, Refused, StatementView
from desktop.ui import reasons
from desktop.ui.book_worker import run_in_background
from desktop.ui.dialogs.member_fields import DateField, grow_to_fit
from desktop.ui.plain_text import plain
from desktop.ui.time_field import TimeOfDayField
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

WARNING_MARK = "⚠"


@dataclass
class _Box:
    """One account's box: whose, which, what it held when the screen opened, and whether it was typed in."""

    member: MemberView
    account: str
    edit: MoneyEdit
    shown_fen: int | None
    typed: bool = False


def has_wallet(member: MemberView, bal: MemberBalance) -> bool:
    """As Home shows it: a wallet opened, or money in one."""
    return member.wallet_opened_on is not None or bal.wallet_fen != 0 or bal.wallet_statement_date is not None


class BalancesDialog(QDialog):
    """``saved`` holds the statements recorded (the dialog is then accepted)."""

    def __init__(self, book: FamilyBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.saved: list[StatementView] = []
        self.boxes: list[_Box] = []
        self.setWindowTitle(self.tr("Update balances"))
        today = book.today()
        limit = book.stale_days()
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("Open the official medical insurance app and type what it shows for each person. "
                               "Each box already holds what FamilyPool works out now."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        only = QLabel(self.tr("Only the boxes you type in are recorded; the others stay as they are. To confirm "
                              "a figure that has not changed, type it again."), self)
        only.setObjectName("Note")
        only.setWordWrap(True)
        col.addWidget(only)

        when = QHBoxLayout()
        self.on = DateField(self, optional=False)
        self.on.set_value(today)
        self.on.setAccessibleName(self.tr("Date of the balances"))
        self.at = TimeOfDayField(self, book.clock, self.tr("At a time of day"))
        self.at.set_day(today)
        on_label = QLabel(self.tr("As &of"), self)
        on_label.setBuddy(self.on)
        when.addWidget(on_label)
        when.addWidget(self.on)
        when.addWidget(self.at)
        when.addStretch(1)
        col.addLayout(when)
        self.on_error = ErrorLine(self)
        col.addWidget(self.on_error)

        self.inner = QWidget(self)
        grid = QGridLayout(self.inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for c, text in enumerate((self.tr("Person"), self.tr("Own account (yuan)"), self.tr("Wallet (yuan)"),
                                  self.tr("Recorded last"))):
            head = QLabel(text, self.inner)
            head.setObjectName("FigureLabel")
            grid.addWidget(head, 0, c)
        balances = {b.member_id: b for b in book.balances(today)}
        self.errors: dict[tuple[int, str], ErrorLine] = {}
        self.recorded_labels: dict[int, QLabel] = {}
        row = 1
        for m in book.members():
            bal = balances.get(m.id)
            if bal is None:
                continue
            name = plain(QLabel(m.name, self.inner))
            name.setObjectName("CardName")
            grid.addWidget(name, row, 0)
            own = self._box(m, "personal", None if bal.statement_date is None else bal.personal_fen)
            grid.addWidget(own.edit, row, 1)
            if has_wallet(m, bal):
                wallet = self._box(m, "wallet", None if bal.wallet_statement_date is None else bal.wallet_fen)
                grid.addWidget(wallet.edit, row, 2)
            else:
                none = QLabel(self.tr("no wallet"), self.inner)
                none.setObjectName("Note")
                grid.addWidget(none, row, 2)
            last = plain(QLabel(self._recorded_text(bal, today, limit), self.inner))
            last.setWordWrap(True)
            if bal.statement_date is not None and (today - bal.statement_date).days > limit:
                last.setObjectName("Warning")
            grid.addWidget(last, row, 3)
            self.recorded_labels[m.id] = last
            row += 1
            err = ErrorLine(self.inner)
            grid.addWidget(err, row, 1, 1, 3)
            self.errors[(m.id, "personal")] = self.errors[(m.id, "wallet")] = err
            row += 1
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(row, 1)  # spare height goes below the last person, not between the rows
        self.scroll = QScrollArea(self)  # a large family in large text can outgrow the screen
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.inner)
        col.addWidget(self.scroll, 1)

        self.general = ErrorLine(self)
        col.addWidget(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save all"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self.on.textChanged.connect(lambda _t: self._day_changed())

        previous: QWidget = self.at.time
        for box in self.boxes:  # Tab: person by person, own account then wallet, then Save
            QWidget.setTabOrder(previous, box.edit)
            previous = box.edit
        QWidget.setTabOrder(previous, self.save_button)
        if self.boxes:
            self.boxes[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.boxes[0].edit.selectAll()
        fm = self.fontMetrics()
        self.resize(max(760, self.inner.sizeHint().width() + 60, fm.averageCharWidth() * 90), 300)
        self.fit()

    def _box(self, member: MemberView, account: str, fen: int | None) -> _Box:
        edit = MoneyEdit(self.inner, allow_empty=True)
        edit.set_fen(fen)
        if fen is None:
            edit.setPlaceholderText(self.tr("not recorded yet"))
        what = self.tr("Own account") if account == "personal" else self.tr("Insurance wallet")
        edit.setAccessibleName(self.tr("%1, %2, in yuan").replace("%1", member.name).replace("%2", what))
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 14)
        box = _Box(member, account, edit, fen)
        edit.textEdited.connect(lambda _t, b=box: self._typed(b))
        self.boxes.append(box)
        return box

    def _recorded_text(self, bal: MemberBalance, today, limit: int) -> str:
        day = bal.statement_date
        if day is None:
            return self.tr("never")
        days = (today - day).days
        text = self.tr("%1 (%2 days ago)").replace("%1", reasons.date(day)).replace("%2", str(days)) if days else \
            self.tr("%1 (today)").replace("%1", reasons.date(day))
        return f"{WARNING_MARK} {text}" if days > limit else text

    def _typed(self, box: _Box) -> None:
        """A typed box is what Save records: its row says so, so nobody wonders which figures will count."""
        box.typed = True
        label = self.recorded_labels.get(box.member.id)
        if label is not None and not label.property("typed"):
            label.setProperty("typed", True)
            label.setObjectName("")
            label.setText(self.tr("✓ recorded when you save"))
            label.style().unpolish(label)
            label.style().polish(label)
        self.check()

    def _day_changed(self) -> None:
        if self.on.value() is not None:
            self.at.set_day(self.on.value())
        self.check()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a box goes to the next box, as Tab does; Save is pressed on the Save button only, so a
        half-typed family is never saved by a habit of pressing Enter after each figure."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and any(
                b.edit is self.focusWidget() for b in self.boxes):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # ---- checking and saving ----

    def typed_boxes(self) -> list[_Box]:
        return [b for b in self.boxes if b.typed and b.edit.text().strip()]

    def problems(self) -> dict[tuple[int, str] | str, str]:
        out: dict[tuple[int, str] | str, str] = {}
        if self.on.error():
            out["on"] = self.on.error()
        elif self.on.value() is not None and self.on.value() > self.book.today():
            out["on"] = self.tr("This date is in the future.")
        for b in self.boxes:
            if b.typed and b.edit.error():
                what = self.tr("Own account") if b.account == "personal" else self.tr("Insurance wallet")
                out.setdefault((b.member.id, b.account), f"{what}: {b.edit.error()}")
        return out

    def check(self) -> dict:
        found = self.problems()
        self.on_error.show_error(str(found.get("on", "")))
        for key, line in self.errors.items():
            texts = [found[k] for k in ((key[0], "personal"), (key[0], "wallet")) if k in found]
            line.show_error("\n".join(texts))
        self.fit()
        return found

    def fit(self) -> None:
        grow_to_fit(self, self.scroll, self.inner)

    def save(self) -> None:
        if self.check():
            self.general.show_error(self.tr("Please correct the boxes marked above; nothing was saved yet."))
            return
        entries = [BalanceEntry(b.member.id, b.edit.fen() or 0, b.account) for b in self.typed_boxes()]
        if not entries:
            self.general.show_error(self.tr("No box was typed in, so there is nothing to record. Type what "
                                            "the official app shows, or press Cancel."))
            return
        book, on, at = self.book, self.on.value(), self.at.value()
        self.setEnabled(False)  # back-dated balances re-settle later visits: off the GUI thread, form locked
        try:
            self.saved = run_in_background(self, lambda: book.record_statements(entries, on, on_time=at))
        except Refused as e:
            self.general.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        finally:
            self.setEnabled(True)
        self.accept()
