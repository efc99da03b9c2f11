"""One official step of the chosen channel, word for word from the region pack, with a box to tick."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWizardPage

from desktop.core import money, vocab
from desktop.ui import reasons as R

from . import flow, parts
from .page_ids import FIRST_STEP


class StepPage(QWizardPage):
    def __init__(self, wizard, position: int, item: flow.Item) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.position = position
        self.item = item
        lang = wizard.lang()
        row = flow.channel(wizard.policy(), item.channel_id)
        self.setTitle(self.tr("Step %1 of %2").replace("%1", str(item.index + 1)).replace("%2", str(item.count)))
        name = row.name_in(lang)
        col = parts.scrolling_body(self)
        self.channel_label = parts.label(name, self, "Title")
        col.addWidget(self.channel_label)
        who = wizard.name(item.who_id)
        kind = vocab.label(vocab.CHANNEL_KINDS, row.kind, lang)
        self.who = parts.label(self.tr("Who does it: %1 · %2").replace("%1", who or "—").replace("%2", kind), self)
        col.addWidget(self.who)
        self.text = parts.label(item.text_in(lang), self, scale=1.5)
        self.text.setAccessibleName(item.text_in(lang))
        col.addWidget(self.text)
        self.reminder = parts.label("", self)
        col.addWidget(self.reminder)
        self.tick = QCheckBox(self.tr("&Done: I have done this step"), self)
        self.tick.setAccessibleName(self.tr("Done: I have done this step"))
        self.tick.setMinimumHeight(44)
        parts.enlarge(self.tick, 1.2)
        parts.big_indicator(self.tick)
        col.addWidget(self.tick)
        self.opens = parts.label("", self)
        if item.opens_wallet_of is not None:
            self.opens.setText(self.tr("When you tick this, the guide records that %1's wallet is open.")
                               .replace("%1", wizard.name(item.opens_wallet_of)))
        self.opens.setVisible(item.opens_wallet_of is not None)
        col.addWidget(self.opens)
        self.overview = parts.label("", self)
        self.overview.setAccessibleName(self.tr("All steps"))
        col.addWidget(self.overview)
        col.addStretch(1)
        self.footer = parts.label(self.tr("Your progress is saved: you can close the guide and come back to this "
                                          "step later.") + "\n" + R.source_line([item.source]), self)
        col.addWidget(self.footer)
        self.tick.toggled.connect(self._ticked)

    @parts.guarded()
    def initializePage(self) -> None:
        st = self.wiz.state
        self.tick.blockSignals(True)
        self.tick.setChecked(self.position in st.done)
        self.tick.blockSignals(False)
        text = ""
        if st.purpose == "transfer" and self.item.channel_id == st.channel_id and st.transfer_amount_fen is not None:
            text = self.tr("Amount to send: %1 to %2.").replace("%1", money.format_fen(st.transfer_amount_fen)).replace(
                "%2", self.wiz.name(st.beneficiary_id))
            if st.institution:
                text += " " + self.tr("Checked: %1 accepts the wallet.").replace("%1", st.institution)
        elif st.purpose == "set_quota" and self.item.channel_id == st.channel_id and st.amount_fen is not None:
            text = self.tr("Quota to set: %1 for %2.").replace("%1", money.format_fen(st.amount_fen)).replace(
                "%2", self.wiz.name(st.beneficiary_id))
        elif st.purpose == "bind" and st.start and st.end:
            if st.amount_fen is not None:
                text = self.tr("Fill in: from %1 to %2, amount %3.").replace("%3", money.format_fen(st.amount_fen))
            else:
                text = self.tr("Fill in: from %1 to %2.")
            text = text.replace("%1", st.start.isoformat()).replace("%2", st.end.isoformat())
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))
        self.show_overview()

    def show_overview(self) -> None:
        """Every step of this channel: ✓ done, ▶ this one, ○ still to do (marks, not colours)."""
        lang, st = self.wiz.lang(), self.wiz.state
        lines = [self.tr("All steps:")]
        for pos, item in enumerate(self.wiz.items):
            if item.channel_id != self.item.channel_id or item.who_id != self.item.who_id or item.kind != flow.STEP:
                continue
            mark = "▶" if pos == self.position else ("✓" if pos in st.done else "○")
            lines.append(f"{mark} {item.index + 1}. {item.text_in(lang)}")
        self.overview.setText("\n".join(lines))

    def _ticked(self, on: bool) -> None:
        st = self.wiz.state
        if on:
            st.done.add(self.position)
        else:
            st.done.discard(self.position)
        self.wiz.save()
        self.show_overview()
        self.completeChanged.emit()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self.tick.isChecked()

    @parts.guarded(False)
    def validatePage(self) -> bool:
        who = self.item.opens_wallet_of
        if who is not None:
            m = self.wiz.book.member(who)
            if m.wallet_opened_on is None:
                self.wiz.book.edit_member(who, wallet_opened_on=self.wiz.book.today())
        return True

    def nextId(self) -> int:
        nxt = self.position + 1
        return FIRST_STEP + nxt if nxt < len(self.wiz.items) else self.wiz.after_steps()
