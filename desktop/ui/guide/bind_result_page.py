"""What the official channel returned: the period, the amount, the registration time (which fixes the
order family accounts pay in) and whether the review is still pending. Stores the binding; when the
guide is opened again for a pending binding, records the review's result instead."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDateEdit, QFormLayout, QRadioButton, QWizardPage

from desktop.core.terms import PaymentRules
from desktop.ui.widgets import ErrorLine, MoneyEdit

from . import flow, parts
from .dates import one_year_from, pydate, pydatetime, qdate, qdatetime
from .page_ids import DONE
from .result_page import attempt
from .verdict_view import with_sources


class BindResultPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("What did the official channel say?"))
        col = parts.scrolling_body(self)
        self.intro = parts.label("", self)
        col.addWidget(self.intro)
        self.form = QFormLayout()
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.amount = MoneyEdit(self, allow_empty=True)
        self.registered = parts.datetime_edit(self)
        self.labels = dict(zip(("start", "end", "amount", "registered"), parts.form_rows(self.form, self, (
            (self.tr("Authorization s&tarts on"), self.start),
            (self.tr("Authorization &ends on"), self.end),
            (self.tr("Authorized &amount (yuan)"), self.amount),
            (self.tr("&Submitted (registration time)"), self.registered))), strict=True))
        col.addLayout(self.form)
        self.order_hint = parts.label("", self)
        col.addWidget(self.order_hint)
        self.group = QButtonGroup(self)
        self.pending = QRadioButton(self.tr("Submitted; &waiting for the review"), self)
        self.active = QRadioButton(self.tr("Done; it is in &force now"), self)
        self.rejected = QRadioButton(self.tr("The review did &not pass"), self)
        for r in (self.pending, self.active, self.rejected):
            r.setMinimumHeight(40)
            r.setAccessibleName(r.text().replace("&", ""))
            self.group.addButton(r)
            col.addWidget(r)
        self.error = ErrorLine(self)
        col.addWidget(self.error)
        col.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.amount.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.review_mode = False
        self.stored = None
        self._dates = self._amount = False

    @parts.guarded()
    def initializePage(self) -> None:
        st, lang, book = self.wiz.state, self.wiz.lang(), self.wiz.book
        self.error.show_error("")
        self.stored = None
        if st.binding_id is not None:
            self.stored = next((b for b in book.bindings() if b.id == st.binding_id), None)
        self.review_mode = self.stored is not None and self.stored.status == "pending"
        policy = self.wiz.policy()
        row = flow.channel(policy, st.channel_id)
        chan = row.name_in(lang) if row is not None else ""
        self.order_hint.setText(with_sources(self.tr("The registration time decides the order in which family "
                                                     "accounts pay: earlier first."),
                                             PaymentRules.of(policy).order_chain_src))
        if self.stored is not None:
            b = self.stored
            text = self.tr("Binding no. %1: %2 for %3, submitted %4.").replace("%1", str(b.id)).replace(
                "%2", b.authorizer_name).replace("%3", b.beneficiary_name).replace(
                "%4", b.registered_at.strftime("%Y-%m-%d %H:%M") if b.registered_at else "—")
            if self.review_mode:
                text += " " + self.tr("What did the review say?")
            self.intro.setText(text)
            for w in (self.start, self.end, self.amount):
                w.setEnabled(False)
            self.registered.setEnabled(self.review_mode)  # the channel may show a registration time on approval
        else:
            self.intro.setText(self.tr("Enter what %1 showed after you submitted.").replace("%1", chan))
            for w in (self.start, self.end, self.amount, self.registered):
                w.setEnabled(True)
        asks_dates = st.start is not None or (row is not None and row.asks_dates)
        asks_amount = st.amount_fen is not None or (row is not None and row.asks_amount)
        self._dates, self._amount = asks_dates, asks_amount
        for key, w, show in (("start", self.start, asks_dates), ("end", self.end, asks_dates),
                             ("amount", self.amount, asks_amount)):
            w.setVisible(show)
            self.labels[key].setVisible(show)
        today = book.today()
        start = st.start or today
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(st.end or one_year_from(start)))
        self.amount.set_fen(st.amount_fen)
        registered = self.stored.registered_at if self.stored is not None else None
        self.registered.setDateTime(qdatetime(registered or st.registered_at
                                              or book.clock().replace(second=0, microsecond=0)))
        self.rejected.setVisible(self.review_mode)
        if self.review_mode:
            self.pending.setText(self.tr("Still &waiting for the review"))
            self.active.setText(self.tr("The review &passed; it is in force"))
            self.pending.setChecked(True)
        else:
            self.pending.setText(self.tr("Submitted; &waiting for the review"))
            self.active.setText(self.tr("Done; it is in &force now"))
            status = st.outcome or ("pending" if row is not None and row.review else "active")
            (self.pending if status == "pending" else self.active).setChecked(True)
        for r in (self.pending, self.active):
            r.setVisible(self.stored is None or self.review_mode)

    @parts.guarded(False)
    def isComplete(self) -> bool:
        if self.stored is not None:
            return True
        return self.group.checkedButton() is not None and not self.amount.error()

    @parts.guarded(False)
    def validatePage(self) -> bool:
        if self.review_mode:
            return attempt(self, self.error, self.wiz.lang(), self._record_review)[0]
        if self.stored is not None:
            return True
        ok, b = attempt(self, self.error, self.wiz.lang(), self._propose)
        if not ok:
            return False
        self.wiz.state.binding_id = b.id
        self.wiz.save()
        return True

    def _record_review(self) -> None:
        st, book = self.wiz.state, self.wiz.book
        if self.active.isChecked():
            st.registered_at = pydatetime(self.registered.dateTime())
            book.activate_binding(st.binding_id, registered_at=st.registered_at)
            st.outcome = "active"
        elif self.rejected.isChecked():
            book.reject_binding(st.binding_id)
            st.outcome = "rejected"
        self.wiz.save()

    def _propose(self):
        st = self.wiz.state
        st.start = pydate(self.start.date()) if self._dates else None
        st.end = pydate(self.end.date()) if self._dates else None
        st.amount_fen = self.amount.fen() if self._amount else None
        st.registered_at = pydatetime(self.registered.dateTime())
        st.outcome = "pending" if self.pending.isChecked() else "active"
        return self.wiz.book.propose_binding(st.authorizer_id, st.beneficiary_id, relation=st.relation,
                                             channel_id=st.channel_id, start=st.start, end=st.end,
                                             amount_cap_fen=st.amount_fen, status=st.outcome,
                                             registered_at=st.registered_at)

    def nextId(self) -> int:
        return DONE
