"""The end: what is now in the family book, and the sheets to print (the steps; the payment card)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QWizardPage

from desktop.core import money, vocab

from . import parts


class DonePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        col = parts.scrolling_body(self)
        self.summary = parts.label("", self, scale=1.2)
        col.addWidget(self.summary)
        self.next_hint = parts.label("", self)
        col.addWidget(self.next_hint)
        grid = QGridLayout()
        self.print_steps = QPushButton(self.tr("Print the &steps…"), self)
        self.pdf_steps = QPushButton(self.tr("Sa&ve the steps as PDF…"), self)
        self.print_card = QPushButton(self.tr("Print the &payment card…"), self)
        self.pdf_card = QPushButton(self.tr("Save the payment card as P&DF…"), self)
        for i, b in enumerate((self.print_steps, self.pdf_steps, self.print_card, self.pdf_card)):
            b.setMinimumHeight(48)
            b.setAccessibleName(b.text().replace("&", ""))
            grid.addWidget(b, i // 2, i % 2)
        col.addLayout(grid)
        self.saved = parts.label("", self)
        col.addWidget(self.saved)
        col.addStretch(1)
        self.print_steps.clicked.connect(lambda: self.wiz.print_sheet(self.wiz.steps_sheet()))
        self.print_card.clicked.connect(lambda: self._print_card())
        self.pdf_steps.clicked.connect(lambda: self._saved(self.wiz.save_sheet(self.wiz.steps_sheet())))
        self.pdf_card.clicked.connect(lambda: self._saved(self._card_pdf()))

    @parts.guarded()
    def initializePage(self) -> None:
        st, book, lang = self.wiz.state, self.wiz.book, self.wiz.lang()
        self.saved.setText("")
        hint = ""
        if st.purpose == "bind" and st.binding_id is not None:
            b = next((x for x in book.bindings() if x.id == st.binding_id), None)
            status = vocab.label(vocab.BINDING_STATUSES, b.status, lang) if b else ""
            text = self.tr("Binding no. %1 is saved: %2's account for %3 — %4.").replace("%1", str(st.binding_id)) \
                .replace("%2", self.wiz.name(st.authorizer_id)).replace("%3", self.wiz.name(st.beneficiary_id)) \
                .replace("%4", status)
            if b is not None and b.status == "pending":
                hint = self.tr("When the review result comes, open the guide again and choose it under “Continue "
                               "where you left off”.")
            elif b is not None and b.status == "active" and b.rank is not None:
                hint = self.tr("It pays for %1 in place %2 of the family accounts (after %1's own account).") \
                    .replace("%1", b.beneficiary_name).replace("%2", str(b.rank))
        elif st.purpose == "transfer" and st.transfer_id is not None:
            t = next((x for x in book.transfers() if x.id == st.transfer_id), None)
            text = self.tr("Transfer of %1 from %2 to %3 is recorded.").replace(
                "%1", money.format_fen(st.transfer_amount_fen or 0)).replace(
                "%2", self.wiz.name(st.authorizer_id)).replace("%3", self.wiz.name(st.beneficiary_id))
            if t is not None and t.returns_at is not None and t.state == "waiting":
                hint = self.tr("%1 must receive it before %2, or it goes back. Mark it received on the Wallet page.") \
                    .replace("%1", t.to_name).replace("%2", t.returns_at.strftime("%Y-%m-%d %H:%M"))
        elif st.purpose == "set_quota" and st.quota_id is not None:
            q = next((x for x in book.quotas() if x.id == st.quota_id), None)
            text = self.tr("The family quota of %1 that %2 set for %3 is recorded.").replace(
                "%1", money.format_fen(q.amount_fen if q else st.amount_fen or 0)).replace(
                "%2", self.wiz.name(st.authorizer_id)).replace("%3", self.wiz.name(st.beneficiary_id))
            hint = self.tr("%1's visits draw on it after %1's own account; %2 cannot spend it while it stands, and what "
                           "is unused goes back to %2 when it ends.").replace("%1", self.wiz.name(st.beneficiary_id)) \
                .replace("%2", self.wiz.name(st.authorizer_id))
        elif st.purpose == "open_wallet":
            m = book.member(st.person_id)
            text = (self.tr("%1's insurance wallet is recorded as open since %2.").replace("%1", m.name)
                    .replace("%2", m.wallet_opened_on.isoformat()) if m.wallet_opened_on
                    else self.tr("You have gone through every step."))
        else:
            text = self.tr("You have gone through every step.")
        self.summary.setText(text)
        self.next_hint.setText(hint)
        self.next_hint.setVisible(bool(hint))
        has_card = st.purpose in ("bind", "transfer", "set_quota")
        for b in (self.print_card, self.pdf_card):
            b.setVisible(has_card)

    def _print_card(self) -> None:
        sheet = self.wiz.card_sheet()
        if sheet is not None:
            self.wiz.print_sheet(sheet)

    def _card_pdf(self):
        sheet = self.wiz.card_sheet()
        return self.wiz.save_sheet(sheet) if sheet is not None else None

    def _saved(self, path) -> None:
        if path is not None:
            self.saved.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def nextId(self) -> int:
        return -1
