"""Planned premium payments: a relative's resident-insurance premium the family means to pay from a payer's
personal account (F-G9, F-N10) — recorded from the advisor's "Start this" or by hand, followed by the
projection (the payer's account pays it in its month, through their binding, instead of the relative paying
cash), shown on the Savings page and Home, and undone like any planned item (``undo.FOOTPRINTS``).

Nothing is paid here: the family pays it in the local app the step names, then removes the plan or lets its
date pass.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.book.base import BookBase
from desktop.book.views import PlannedPremiumView, Refused, _problem

if TYPE_CHECKING:
    from desktop.store.ledger import Ledger

PAYER_INSURANCE = ("employee", "flexible")  # only these have a personal account to pay from (F-T6)


class PlannedPremiumsMixin(BookBase):
    """Planned premium use cases of FamilyBook."""

    def _premium_problems(self, conn, led: Ledger, payer_id: int, person_id: int, amount_fen: int | None,
                          coverage_year: int, on_date: dt.date, skip_id: int | None = None) -> list:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import PlannedPremium

        for mid in (payer_id, person_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        if payer_id == person_id:
            return [_problem("premium_same_person", "person")]
        out: list[Any] = []
        if amount_fen is None:
            out.append(_problem("premium_amount_unknown", "amount"))
        elif amount_fen <= 0:
            out.append(_problem("premium_not_positive", "amount"))
        payer, person = led.person(payer_id, on_date), led.person(person_id, on_date)
        if person.insurance != "resident":
            out.append(_problem("premium_not_resident", "person", name=person.name))
        if payer.insurance not in PAYER_INSURANCE:
            out.append(_problem("premium_payer_insurance", "payer", name=payer.name))
        elif not led.policy(payer.region_code, on_date).value("payment", "pays_resident_premiums", False):
            out.append(_problem("premium_not_allowed", "payer", name=payer.name, day=on_date))
        q = select(PlannedPremium).where(col(PlannedPremium.person_id) == person_id,
                                         col(PlannedPremium.coverage_year) == coverage_year)
        for other in conn.execute(q):
            if other.id != skip_id:
                out.append(_problem("premium_planned_twice", "year", name=person.name, year=coverage_year,
                                    payer=led.members[other.payer_id].name))
        return out

    def check_premium_payment(self, payer_id: int, person_id: int, amount_fen: int | None, coverage_year: int,
                              on_date: dt.date) -> list:
        """Every reason the payment could not be planned (empty: it can)."""
        with self.db.session() as s:
            conn = s.connection()
            return self._premium_problems(conn, self._ledger(conn), payer_id, person_id, amount_fen, coverage_year,
                                          on_date)

    def plan_premium_payment(self, payer_id: int, person_id: int, amount_fen: int, coverage_year: int,
                             on_date: dt.date, channel_id: str = "", note: str = "") -> PlannedPremiumView:
        """Plan paying ``person_id``'s ``coverage_year`` resident premium from ``payer_id``'s account on ``on_date``."""
        from desktop.store.models import PlannedPremium

        with self.db.session(write=True) as s:
            conn = s.connection()
            led = self._ledger(conn)
            problems = self._premium_problems(conn, led, payer_id, person_id, amount_fen, coverage_year, on_date)
            if problems:
                raise Refused(problems)
            row = PlannedPremium(payer_id=payer_id, person_id=person_id, amount_fen=amount_fen,
                                 coverage_year=coverage_year, on_date=on_date, channel_id=channel_id, note=note,
                                 created_at=self.clock())
            s.add(row)
            s.flush()
            return self._premium_view(led, row)

    def plan_advice_premium(self, step: Any, amount_fen: int | None = None, channel_id: str = "") -> PlannedPremiumView:
        """Record an advisor's premium step (core.advisor.PayPremium) as a planned payment, in its month (today
        when that month has begun). ``amount_fen`` is the figure the plan used where the step has none (the
        relative's region pack premium: ``Plan.premium_fen``)."""
        from desktop.core.advisor import PayPremium

        if not isinstance(step, PayPremium):
            raise TypeError(f"not a premium step: {step!r}")
        on = max(step.month, self.today())
        return self.plan_premium_payment(step.payer_id, step.person_id,
                                         step.amount_fen if step.amount_fen is not None else amount_fen,  # type: ignore[arg-type]
                                         step.coverage_year, on, channel_id=channel_id)

    def planned_premiums(self, *, from_date: dt.date | None = None) -> list[PlannedPremiumView]:
        """Planned premium payments by date (``from_date``: only those on or after that day)."""
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import PlannedPremium

        with self.db.session() as s:
            q = select(PlannedPremium).order_by(col(PlannedPremium.on_date), col(PlannedPremium.id))
            if from_date is not None:
                q = q.where(col(PlannedPremium.on_date) >= from_date)
            led = self._ledger(s.connection())
            return [self._premium_view(led, p) for p in s.scalars(q)]

    def delete_planned_premium(self, planned_id: int) -> None:
        """Forget a planned premium payment (paid already, or no longer meant)."""
        from desktop.store.models import PlannedPremium

        with self.db.session(write=True) as s:
            p = s.get(PlannedPremium, planned_id)
            if p is None:
                raise Refused([_problem("no_record", id=planned_id, what=("计划代缴的保费", "planned premium"))])
            s.delete(p)

    def _premium_view(self, led: Ledger, p) -> PlannedPremiumView:
        names = {m.id: m.name for m in led.members.values()}
        return PlannedPremiumView(p.id, p.payer_id, names.get(p.payer_id, ""), p.person_id, names.get(p.person_id, ""),
                                  p.amount_fen, p.coverage_year, p.on_date, p.channel_id, p.note)
