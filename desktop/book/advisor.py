"""The savings advisor over the book: the family's best plan, verified by the projection, explained.

Derived, never stored. The baseline is the same input the Projection page shows (next month on, the
saved plan's figures, planned expenses), plus the resident premiums the family pays in cash. Nothing
is applied: "Start this" in the UI opens the binding guide with a draft, records planned transfers and
premium payments, or — after the family confirms — records a quota (``set_advice_quota``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from desktop.book.activity_views import Cancelled
from desktop.book.base import BookBase
from desktop.book.relations import relation_via_head
from desktop.book.views import Refused, _problem

ADVISE_MIN_MONTHS, ADVISE_MAX_MONTHS, ADVISE_DEFAULT_MONTHS = 1, 36, 12


class AdvisorMixin(BookBase):
    """Savings-advisor use cases of FamilyBook."""

    def advise(self, months: int = ADVISE_DEFAULT_MONTHS, *, protect_pct: int | None = None, runs: int | None = None,
               progress: Callable[[int, int], bool | None] | None = None) -> Any:
        """Ranked plans that cut the family's expected cash out of pocket over ``months`` (1–36) from next
        month (core.advisor.Advice). ``protect_pct`` (0–100, default 100) is how much of each payer's own
        expected need stays theirs. ``progress(done, total)`` returning False stops with :class:`Cancelled`."""
        from desktop.core import advisor, montecarlo
        from desktop.core.projection import MIN_MONTHS, ProjectionError

        if not ADVISE_MIN_MONTHS <= months <= ADVISE_MAX_MONTHS:
            raise Refused([_problem("advise_months", lo=ADVISE_MIN_MONTHS, hi=ADVISE_MAX_MONTHS, months=months)])
        protect = advisor.PROTECT_DEFAULT if protect_pct is None else protect_pct
        if not 0 <= protect <= 100:
            raise Refused([_problem("advise_protect", pct=protect)])
        # the projection runs at least MIN_MONTHS; a shorter horizon counts only its own months
        book = cast(Any, self)  # a FamilyBook: the projection's input comes from ProjectionMixin
        inp, history, _notes = book._projection_parts(None, max(months, MIN_MONTHS), None, None)
        members = {m.id: m for m in self.members()}
        relations = {}
        for a in members.values():
            for b in members.values():
                if a.id != b.id:
                    rel = relation_via_head(a.head_relation, b.head_relation)
                    if rel is not None:
                        relations[(a.id, b.id)] = rel
        from desktop.book.projection import _policy_for, _policy_on
        from desktop.store.ledger import sharing_choice

        with self.db.session() as s:
            sharing = sharing_choice(s.connection())  # the family's choice on the Wallet page, or "rules"
        standing = frozenset((q.payer_id, q.receiver_id) for q in book.quotas() if q.state in ("standing", "waiting"))
        rules_on = _policy_on(self)  # the rules of each date, with the family's choice of local rules
        sit = advisor.Situation(inp, relations, rules_on, _policy_for(self, inp), self.today(), protect,
                                frozenset(m.id for m in members.values() if m.wallet_opened_on is not None),
                                months, policy_on=rules_on, sharing=sharing, quotas=standing)
        try:
            return advisor.advise(sit, history, runs=runs or advisor.BAND_RUNS, progress=progress)
        except ProjectionError as e:
            raise Refused([e.reason]) from None
        except montecarlo.Stopped:
            raise Cancelled() from None

    def draft_advice_guide(self, step: Any) -> Any:
        """A binding guide's saved progress, filled in from an advisor step (core.advisor AddBinding or
        RenewBinding): the people, relation, dates and amount, waiting at the eligibility check. Nothing is
        bound: the family goes through the guide and confirms every step (views.GuideView)."""
        from desktop.core.advisor import AddBinding, RenewBinding

        if not isinstance(step, AddBinding | RenewBinding):
            raise TypeError(f"not a binding step: {step!r}")
        members = {m.id: m for m in self.members()}
        if step.authorizer_id not in members or step.beneficiary_id not in members:
            raise Refused([_problem("no_member", id=step.authorizer_id)])
        start = step.start if isinstance(step, AddBinding) else step.on
        region = members[step.authorizer_id].region_code
        book = cast(Any, self)  # a FamilyBook: guides come from PlannedGuidesMixin
        return book.save_guide(purpose="bind", region_code=region, authorizer_id=step.authorizer_id,
                               beneficiary_id=step.beneficiary_id, step=0, done=[],
                               data={"page": "check", "relation": step.relation, "start": start.isoformat(),
                                     "end": step.end.isoformat() if step.end else None,
                                     "amount_fen": step.amount_fen, "from_advisor": True})

    def plan_advice_transfer(self, step: Any) -> Any:
        """Record an advisor's wallet transfer (core.advisor.MoveWallet) as a planned transfer of the
        projection plan (views.ProjectionPlan); nothing is sent. The same transfer is not added twice."""
        import dataclasses

        from desktop.book.activity_views import PlannedTransfer
        from desktop.core.advisor import MoveWallet

        if not isinstance(step, MoveWallet):
            raise TypeError(f"not a wallet step: {step!r}")
        book = cast(Any, self)  # a FamilyBook: the plan comes from ProjectionMixin
        plan = book.projection_plan()
        planned = PlannedTransfer(step.from_id, step.to_id, step.amount_fen, step.month)
        if planned in plan.transfers:
            return plan
        return book.save_projection_plan(dataclasses.replace(plan, transfers=(*plan.transfers, planned)))

    def advice_quota_check(self, step: Any) -> list:
        """Every reason the advisor's quota (core.advisor.SetQuota) could not be recorded now (empty: it can)."""
        from desktop.core.advisor import SetQuota

        if not isinstance(step, SetQuota):
            raise TypeError(f"not a quota step: {step!r}")
        book = cast(Any, self)  # a FamilyBook: quotas come from QuotasMixin
        return list(book.check_quota(step.payer_id, step.receiver_id, step.amount_fen))

    def set_advice_quota(self, step: Any, channel_id: str = "") -> Any:
        """Record the advisor's quota (core.advisor.SetQuota) as set now, through the book's quota API (checked
        like the quota form); the UI asks the family first. Undoable like any quota (views.QuotaView)."""
        from desktop.core.advisor import SetQuota

        if not isinstance(step, SetQuota):
            raise TypeError(f"not a quota step: {step!r}")
        book = cast(Any, self)
        return book.set_quota(step.payer_id, step.receiver_id, step.amount_fen, channel_id=channel_id)
