"""Right before the transfer steps: does the hospital take the wallet, and is the amount within the
limits now? The limits are the payer's region pack ``wallet`` values, checked by the book as you type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWizardPage

from desktop.book import advice
from desktop.core import wallet
from desktop.ui import reasons as R
from desktop.ui.widgets import MoneyEdit

from . import flow, parts
from .dates import pydatetime, qdatetime
from .page_ids import FIRST_STEP
from .verdict_view import VerdictView, lines_with_sources


class WalletCheckPage(QWizardPage):
    def __init__(self, wizard, position: int, item: flow.Item) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.position = position
        self.item = item
        self.setTitle(self.tr("Before sending money"))
        col = parts.scrolling_body(self)
        self.hospital = QCheckBox(self, text="")
        self.hospital.setMinimumHeight(44)
        parts.enlarge(self.hospital, 1.1)
        col.addWidget(self.hospital)
        self.hospital_note = parts.label("", self)
        col.addWidget(self.hospital_note)
        form = QFormLayout()
        self.institution = QLineEdit(self)
        self.amount = MoneyEdit(self)
        self.when = parts.datetime_edit(self)
        parts.form_rows(form, self, ((self.tr("&Hospital or pharmacy (optional)"), self.institution),
                                     (self.tr("&Amount to send (yuan)"), self.amount),
                                     (self.tr("&When (China time)"), self.when)))
        col.addLayout(form)
        self.limits = parts.label("", self)
        col.addWidget(self.limits)
        self.basis = parts.label("", self)  # which pack and version the limits come from
        self.basis.setObjectName("Note")
        col.addWidget(self.basis)
        self.verdict = VerdictView(self)
        col.addWidget(self.verdict, 1)
        self._ok = False
        self.hospital.toggled.connect(self.check)
        self.amount.textChanged.connect(self.check)
        self.when.dateTimeChanged.connect(self.check)

    @parts.guarded()
    def initializePage(self) -> None:
        st, lang = self.wiz.state, self.wiz.lang()
        b = self.wiz.name(st.beneficiary_id)
        self.hospital.setText(self.tr("&I have checked that the hospital or pharmacy %1 will use accepts the "
                                      "insurance wallet").replace("%1", b))
        self.hospital.setAccessibleName(self.hospital.text().replace("&", ""))
        self.hospital_note.setText(self.tr("Some hospitals and pharmacies cannot take wallet money yet; then it can "
                                           "only be used elsewhere.") + "\n" + R.source_line(["F-W7"]))
        self.hospital.blockSignals(True)
        self.hospital.setChecked(st.hospital_checked)
        self.hospital.blockSignals(False)
        self.institution.setText(st.institution)
        self.amount.set_fen(st.transfer_amount_fen)
        self.when.setDateTime(qdatetime(st.transfer_at or self.wiz.book.clock().replace(second=0, microsecond=0)))
        asks = [r for r in advice.wallet_asks(self.wiz.book, st.authorizer_id, st.beneficiary_id)
                if r.code == "asks_wallet_limits"]
        self.limits.setText(lines_with_sources((r.text(lang), r.sources) for r in asks))
        self.check()

    def check(self) -> None:
        st, lang, book = self.wiz.state, self.wiz.lang(), self.wiz.book
        fen = self.amount.fen()
        self._ok = False
        if fen is None:
            self.verdict.show_allowed(self.amount.error() or self.tr("Enter the amount."), "", ())
            self.completeChanged.emit()
            return
        at = pydatetime(self.when.dateTime())
        basis = book.rules_basis(st.region_code, at.date()) if st.region_code else None
        self.basis.setText(basis.text(lang) if basis is not None else "")
        verdict = book.check_transfer(st.authorizer_id, st.beneficiary_id, fen, at)
        if verdict.allowed:
            rules = wallet.WalletRules.of(self.wiz.policy())
            back = rules.returns_at(at)
            self.verdict.show_allowed(
                self.tr("The amount and time are within the limits."), "", ())
            self.verdict.add_line(self.tr("If %1 has not received it by %2, it goes back to %3.").replace(
                "%1", self.wiz.name(st.beneficiary_id)).replace("%2", back.strftime("%Y-%m-%d %H:%M")).replace(
                "%3", self.wiz.name(st.authorizer_id)))
            self._ok = self.hospital.isChecked()
            if not self._ok:
                self.verdict.add_line(self.tr("Tick the hospital check above to go on."), "Warning")
        else:
            self.verdict.show_refused(self.tr("Not like this:"), verdict.reasons, "", [])
            if any(r.code == "wallet_over_max" for r in verdict.reasons):
                plan = book.plan_transfers(st.authorizer_id, st.beneficiary_id, fen, at + dt.timedelta(days=30), at)
                for r in plan.reasons:
                    self.verdict.add_line("→ " + r.text(lang))
                self.verdict.add_source(plan.reasons)
        self.completeChanged.emit()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self._ok

    @parts.guarded(False)
    def validatePage(self) -> bool:
        st = self.wiz.state
        st.hospital_checked = self.hospital.isChecked()
        st.institution = self.institution.text().strip()
        st.transfer_amount_fen = self.amount.fen()
        st.transfer_at = pydatetime(self.when.dateTime())
        st.done.add(self.position)
        self.wiz.save()
        return True

    def nextId(self) -> int:
        nxt = self.position + 1
        return FIRST_STEP + nxt if nxt < len(self.wiz.items) else self.wiz.after_steps()
