"""Can it be done? The rules engine answers before anyone queues at a counter.

For a binding, the period and amount the local form asks for are entered here (when the pack says
the form asks for them), so one-at-a-time limits are checked against the real period. Refusals come
with the reason, the fact IDs and what to do instead (``advice``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWizardPage

from desktop.book import Refused, advice
from desktop.core.terms import BindingRules
from desktop.ui.widgets import ErrorLine, MoneyEdit

from . import parts
from .dates import one_year_from, pydate, qdate
from .page_ids import CHANNEL
from .verdict_view import VerdictView, with_sources


class EligibilityPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Can it be done?"))
        col = parts.scrolling_body(self)
        self.summary = parts.label("", self)
        col.addWidget(self.summary)
        self.basis = parts.label("", self)  # which pack and version the answer rests on
        self.basis.setObjectName("Note")
        col.addWidget(self.basis)
        self.form = QFormLayout()
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setMinimumHeight(36)
        self.amount = MoneyEdit(self, allow_empty=True)
        self.amount.setMinimumHeight(36)
        self.start_label = QLabel(self.tr("Authorization s&tarts on"), self)
        self.end_label = QLabel(self.tr("Authorization &ends on"), self)
        self.amount_label = QLabel(self.tr("Authorized &amount (yuan)"), self)
        for lab, w in ((self.start_label, self.start), (self.end_label, self.end), (self.amount_label, self.amount)):
            lab.setBuddy(w)
            w.setAccessibleName(lab.text().replace("&", ""))
            self.form.addRow(lab, w)
        col.addLayout(self.form)
        self.form_error = ErrorLine(self)
        col.addWidget(self.form_error)
        self.wallets = parts.label("", self)
        col.addWidget(self.wallets)
        self.verdict = VerdictView(self)
        self.verdict.action.connect(self.wiz.act)
        col.addWidget(self.verdict, 1)
        self._ok = False
        self._loading = False
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self.check)
        self.amount.textChanged.connect(self.check)

    # ---- the form ----
    def _asks(self) -> tuple[bool, bool]:
        rules = BindingRules.of(self.wiz.policy())
        return rules.asks_dates, rules.asks_amount

    @parts.guarded()
    def initializePage(self) -> None:
        st = self.wiz.state
        bind = st.purpose == "bind"
        dates, amount = self._asks() if bind else (False, st.purpose == "set_quota")
        self.amount_label.setText(self.tr("Quota &amount (yuan)") if st.purpose == "set_quota"
                                  else self.tr("Authorized &amount (yuan)"))
        self.amount.setAccessibleName(self.amount_label.text().replace("&", ""))
        for w in (self.start_label, self.start, self.end_label, self.end):
            w.setVisible(dates)
        for w in (self.amount_label, self.amount):
            w.setVisible(amount)
        self._loading = True
        start = st.start or self.wiz.book.today()
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(st.end or one_year_from(start)))
        self.amount.set_fen(st.amount_fen)
        self._loading = False
        self._dates, self._amount = dates, amount
        self.check()

    def set_start(self, day: dt.date) -> None:
        """Move the period to start on ``day`` (keeping its length)."""
        length = pydate(self.end.date()) - pydate(self.start.date())
        self._loading = True
        self.start.setDate(qdate(day))
        self.end.setDate(qdate(day + length))
        self._loading = False
        self.check()

    def _start_changed(self) -> None:
        if not self._loading and self.end.date() < self.start.date():
            self._loading = True
            self.end.setDate(qdate(one_year_from(pydate(self.start.date()))))
            self._loading = False
        self.check()

    def values(self) -> tuple[dt.date | None, dt.date | None, int | None]:
        if self.wiz.state.purpose == "set_quota":
            return None, None, self.amount.fen()
        if self.wiz.state.purpose != "bind":
            return None, None, None
        start = pydate(self.start.date()) if self._dates else None
        end = pydate(self.end.date()) if self._dates else None
        return start, end, self.amount.fen() if self._amount else None

    # ---- the check ----
    def check(self) -> None:
        if self._loading:
            return
        st, lang, book = self.wiz.state, self.wiz.lang(), self.wiz.book
        names = self.wiz.names()
        a, b = st.authorizer_id, st.beneficiary_id
        summary = {"transfer": self.tr("%1 sends money to %2, under the rules of %3."),
                   "set_quota": self.tr("%1 sets a family quota for %2, under the rules of %3.")}.get(
            st.purpose, self.tr("%1 for %2, under the rules of %3."))
        start, end, amount = self.values()
        day = start or book.today()  # the rules in force when it would begin
        self.summary.setText(summary.replace("%1", names.get(a, "")).replace("%2", names.get(b, "")).replace(
            "%3", self.wiz.policy(day).name_in(lang)))
        basis = book.rules_basis(st.region_code, day) if st.region_code else None
        self.basis.setText(basis.text(lang) if basis is not None else "")
        grounds: tuple = ()
        missing = ""
        if st.purpose == "transfer":
            reasons, asks = advice.wallet_refusals(book, a, b), advice.wallet_asks(book, a, b)
            self._show_wallets()
        elif st.purpose == "set_quota":  # F-N11: the people, the model of the day, and the amount against usable money
            reasons, asks = tuple(book.check_quota(a, b, amount or 1, book.clock())), ()
            if amount is None and not self.amount.error():
                missing = self.tr("Enter the amount of the quota.")
                reasons = tuple(r for r in reasons if r.code != "quota_over_usable")
            self._show_wallets()
        else:
            self.wallets.setVisible(False)
            try:
                verdict = book.check_binding(a, b, relation=st.relation, start=start, end=end, amount_cap_fen=amount)
                reasons, asks, grounds = verdict.reasons, verdict.asks, verdict.grounds
            except Refused as e:
                reasons, asks = e.reasons, ()
        blocking = advice.blocking(reasons)
        form = [r for r in reasons if r.code in advice.FORM_CODES]
        if self.amount.error():
            self.form_error.show_error(self.amount.error())
        else:
            self.form_error.show_error("\n".join([*(r.text(lang) for r in form), *([missing] if missing else [])]))
        if blocking:
            tips = advice.suggest(book, st.purpose, a, b, blocking, start=start, end=end, amount_fen=amount)
            self.verdict.show_refused(self.tr("No — not as it stands."), blocking,
                                      self.tr("What you can do instead:"), tips)
        elif form or missing or self.amount.error():
            self.verdict.show_allowed(self.tr("Fill in the form above."), "", ())
        else:
            self.verdict.show_allowed(self.tr("Yes, this can be done."),
                                      self.tr("The official channel will ask for:"), asks)
            if grounds:
                self.verdict.add_line(self.tr("Why it is allowed:"))
                for r in grounds:
                    self.verdict.add_line("• " + with_sources(r.text(lang), r.sources))
        applied = advice.binding_rules_applied(book, a, day) if a is not None else None
        if applied is not None:  # a newer national rule met an older local one: say which one was used
            self.verdict.add_line(with_sources(applied.text(lang), applied.sources), "RulesApplied")
        if st.purpose in ("transfer", "set_quota") and a is not None:  # which wallet model, whose choice
            model = advice.sharing_applied(book, a, day)
            self.verdict.add_line(with_sources(model.text(lang), model.sources), "SharingApplied")
        if st.purpose == "transfer" and a is not None and b is not None and not blocking:
            instead = advice.quota_instead(book, a, b, day)
            if instead is not None:  # the rules of the day share by quota: offer the quota path
                self.verdict.add_suggestion(instead)
        self._ok = not reasons and not missing and not self.amount.error()
        self.completeChanged.emit()

    def _show_wallets(self) -> None:
        st = self.wiz.state
        members = {m.id: m for m in self.wiz.book.members()}
        lines = []
        for mid in (st.authorizer_id, st.beneficiary_id):
            m = members.get(mid)
            if m is None:
                continue
            if m.wallet_opened_on is not None:
                lines.append(self.tr("%1's wallet: open since %2.").replace("%1", m.name).replace(
                    "%2", m.wallet_opened_on.isoformat()))
            else:
                lines.append(self.tr("%1's wallet: not opened yet — the guide shows how.").replace("%1", m.name))
        self.wallets.setText("\n".join(lines))
        self.wallets.setVisible(True)

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self._ok

    @parts.guarded(False)
    def validatePage(self) -> bool:
        st = self.wiz.state
        st.start, st.end, st.amount_fen = self.values()
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return CHANNEL
