"""The top of Home: the whole family's usable money now, the next thing to do, and every reminder ranked,
each with the button that deals with it; and the "Update balances" button.

The total adds each person's own account and wallet as far as they can use them now; money one person may
use from another's account is that other person's own money, so it is counted once. A total built on an
old or unknown balance says so beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import reasons
from desktop.ui.main_window import UPDATE_BALANCES_KEY
from desktop.ui.pages.home_facts import PersonSummary, Reminder, family_total, is_stale, names_text, reminders
from desktop.ui.plain_text import plain, tip
from desktop.ui.widgets import Card, WrapWhenShort

WARNING_MARK = "⚠"
# what each reminder's button says; "update_balances" opens the screen, the others open their page
ACTION_TEXTS = {
    "update_balances": QT_TRANSLATE_NOOP("FamilyTop", "Update balances…"),
    "wallet": QT_TRANSLATE_NOOP("FamilyTop", "Open the Wallet page"),
    "bindings": QT_TRANSLATE_NOOP("FamilyTop", "Open the Bindings page"),
    "family": QT_TRANSLATE_NOOP("FamilyTop", "Open the Family page"),
    "projection": QT_TRANSLATE_NOOP("FamilyTop", "Open the Projection page"),
    "savings": QT_TRANSLATE_NOOP("FamilyTop", "Open the Savings page"),
}


class FamilyTop(QWidget):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.reminders: list[Reminder] = []
        self.reminder_rows: list[tuple[QLabel, QPushButton]] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        card = Card(self)
        card.setObjectName("Card")
        col.addWidget(card)
        row = QHBoxLayout()
        label = WrapWhenShort(self.tr("The whole family can use now"), card)  # two lines in English elder mode
        label.setObjectName("Subtitle")
        label.setWordWrap(True)  # two lines rather than the button beside it cut (large English)
        row.addWidget(label)
        self.total = QLabel(card)
        self.total.setObjectName("Total")
        row.addWidget(self.total)
        row.addStretch(1)
        self.update_button = QPushButton(self.tr("&Update balances…"), card)
        self.update_button.setObjectName("BigChoice")
        self.update_button.setToolTip(self.tr("Type everyone's balance from the official app on one screen (%1)")
                                      .replace("%1", UPDATE_BALANCES_KEY))
        self.update_button.setAccessibleDescription(self.update_button.toolTip())
        self.update_button.clicked.connect(lambda _=False: self.window_.update_balances())
        row.addWidget(self.update_button)
        card.body.addLayout(row)
        self.total_note = QLabel(self.tr("Everyone's own account and wallet added up. Money one person may use "
                                         "from another's account is counted once, in its owner's account."), card)
        self.total_note.setObjectName("Note")
        self.total_note.setWordWrap(True)
        card.body.addWidget(self.total_note)
        self.total_warning = plain(QLabel(card))
        self.total_warning.setObjectName("Warning")
        self.total_warning.setWordWrap(True)
        card.body.addWidget(self.total_warning)

        next_row = QHBoxLayout()
        self.next_label = QLabel(self.tr("Next thing to do:"), card)
        self.next_label.setObjectName("Subtitle")
        next_row.addWidget(self.next_label)
        self.next_text = plain(QLabel(card))
        self.next_text.setWordWrap(True)
        next_row.addWidget(self.next_text, 1)
        self.next_button = QPushButton(card)
        self.next_button.clicked.connect(lambda _=False: self._act(0))
        next_row.addWidget(self.next_button)
        card.body.addLayout(next_row)

        self.more_title = QLabel(card)
        self.more_title.setObjectName("Subtitle")
        card.body.addWidget(self.more_title)
        self.more = QGridLayout()
        self.more.setColumnStretch(0, 1)
        card.body.addLayout(self.more)

    def show_family(self, summaries: list[PersonSummary], book) -> None:
        total = family_total(summaries)
        self.total.setText(reasons.money(total))
        self.total.setAccessibleName(self.tr("The whole family can use now: %1").replace("%1", reasons.money(total)))
        self.total_warning.setText(self._doubts(summaries, book))
        self.total_warning.setVisible(bool(self.total_warning.text()))
        self.update_button.setEnabled(not getattr(book, "is_glance", False))
        self.reminders = reminders(summaries)
        for label, button in self.reminder_rows:
            label.setParent(None)
            button.setParent(None)
            label.deleteLater()
            button.deleteLater()
        self.reminder_rows = []
        if not self.reminders:
            self.next_text.setText(self.tr("Nothing needs doing now."))
            self.next_button.hide()
        else:
            first = self.reminders[0]
            self.next_text.setText(self._reminder_text(first))
            self.next_text.setToolTip(tip(reasons.source_line(first.notice.sources)) if first.notice.sources else "")
            self.next_button.setText(self._action_text(first))
            self.next_button.setVisible(bool(first.notice.action))
            self.next_button.setAccessibleName(f"{self._action_text(first)}: {first.name}")
        rest = self.reminders[1:]
        self.more_title.setText(self.tr("Then, in order:"))
        self.more_title.setVisible(bool(rest))
        for i, r in enumerate(rest, start=1):
            label = plain(QLabel(f"{i + 1}. {self._reminder_text(r)}", self))
            label.setWordWrap(True)
            label.setProperty("kind", r.notice.kind)
            if r.notice.sources:
                label.setToolTip(tip(reasons.source_line(r.notice.sources)))
            button = QPushButton(self._action_text(r), self)
            button.setAccessibleName(f"{self._action_text(r)}: {r.name}")
            button.clicked.connect(lambda _=False, k=i: self._act(k))
            button.setVisible(bool(r.notice.action))
            button.setEnabled(not getattr(book, "is_glance", False))
            self.more.addWidget(label, i, 0)
            self.more.addWidget(button, i, 1)
            self.reminder_rows.append((label, button))
        self.next_button.setEnabled(not getattr(book, "is_glance", False))

    def _doubts(self, summaries: list[PersonSummary], book) -> str:
        """What makes the total uncertain: people without a balance, balances older than the threshold."""
        today = book.today()
        unknown = [s.member.name for s in summaries if s.balance.statement_date is None]
        old = [s.member.name for s in summaries if is_stale(today, s.balance.statement_date, s.stale_days)
               or (s.show_wallet and is_stale(today, s.balance.wallet_statement_date, s.stale_days))]
        parts = []
        if unknown:
            parts.append(self.tr("No balance recorded yet for %1, so it is not in this total yet.")
                         .replace("%1", names_text(unknown)))
        if old:
            days = summaries[0].stale_days if summaries else 0
            parts.append(self.tr("Some balances in this total were recorded more than %1 days ago; it may be out "
                                 "of date.").replace("%1", str(days)))
        return " ".join(f"{WARNING_MARK} {p}" for p in parts)

    def _reminder_text(self, r: Reminder) -> str:
        if not r.name:  # a reminder about several people names them itself
            return r.notice.text
        return self.tr("%1: %2").replace("%1", r.name).replace("%2", r.notice.text)

    def _action_text(self, r: Reminder) -> str:
        key = ACTION_TEXTS.get(r.notice.action)
        return QCoreApplication.translate("FamilyTop", key) if key else ""

    def _act(self, index: int) -> None:
        if not 0 <= index < len(self.reminders):
            return
        action = self.reminders[index].notice.action
        if action == "update_balances":
            self.window_.update_balances()
        elif action:
            self.window_.show_page(action)

    def reminder_texts(self) -> list[str]:
        return [self._reminder_text(r) for r in self.reminders]
