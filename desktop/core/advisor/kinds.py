"""Each kind of step: which steps the rules make possible, what one does to the input, whether it is legal.

Every kind is one class with three methods (the wallet's in ``wallet_kinds.py``), and :data:`KINDS` lists them in the order a plan's
steps are applied (ends before new registrations, registrations before the premiums they carry). A new
kind is one more class and one more entry in :data:`KINDS` (as the F-N11 quota, ``QuotaKind``, was); the
search, the verification and the explanations pick it up from there. Wallet transfers (F-W6) and quotas
(F-N11) are each proposed only where the sharing model of the date (or the family's choice) has them.

* ``generate(ctx)`` proposes steps from the rules of their dates (``Situation.rules_on``) and the
  baseline projection: the authorized amount is what the beneficiary is expected to pay in cash,
  capped by what the payer can spare — the lowest the payer's account is expected to be from then on,
  less the reserve floor (F-T10) — so the payer's own expected needs stay covered (the share kept is
  ``Situation.protect_pct``).
* ``apply(draft, step)`` changes the projection input the way the real step would.
* ``check(draft, step)`` gives every reason the rules refuse the step in the applied plan (empty: legal),
  through the same eligibility engine (``rules.check_binding``) as the binding and transfer forms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from ..explain import Reason
from ..model import BindingTerm, PersonId
from ..rules import check_binding
from ..settlement import WALLET_POSITIONS
from ..terms import BindingRules
from .context import PAYER_INSURANCE, Context
from .situation import Draft, Situation
from .steps import AddBinding, EndBinding, MoveWallet, PayPremium, RenewBinding, Step, WalletOrder
from .wallet_kinds import MoveWalletKind, QuotaKind

_NOON = dt.time(12, 0)


def _binding_reasons(draft: Draft, sit: Situation, term: BindingTerm) -> tuple[Reason, ...]:
    """check_binding's reasons; memoised by the term and the authorizer's other bindings (all it reads)."""
    mine = tuple(b for b in draft.bindings if b.authorizer_id == term.authorizer_id and b.id != term.id)
    key = ("bind", term, mine)
    got = sit.memo.get(key)
    if got is None:
        a, b = sit.person(term.authorizer_id), sit.person(term.beneficiary_id)
        start = term.start or sit.first
        got = sit.memo[key] = check_binding(a, b, term.relation, sit.rules_on(a.region_code, start), on=start,
                                            existing=mine, start=term.start, end=term.end,
                                            amount_fen=term.amount_cap_fen, purpose="bind",
                                            binding_id=term.id).reasons
    return got


def _new_term(draft: Draft, step: Step, authorizer: PersonId, beneficiary: PersonId, relation: str,
              start: dt.date, end: dt.date | None, amount: int | None) -> None:
    n = len(draft.new_terms)
    term = BindingTerm(draft.new_binding_id(), authorizer, beneficiary, relation, "active", start, end, amount,
                       dt.datetime.combine(start, _NOON) + dt.timedelta(seconds=n))  # registered after the old
    draft.bindings.append(term)
    draft.new_terms.append((term, step))


def _end(draft: Draft, binding_id: int, on: dt.date) -> None:
    last = on - dt.timedelta(days=1)
    draft.bindings = [dataclasses.replace(b, end=last) if b.id == binding_id and (b.end is None or b.end > last)
                      else b for b in draft.bindings]


def _terminable_reasons(sit: Situation, authorizer: PersonId, on: dt.date) -> tuple[Reason, ...]:
    pol = sit.rules_on(sit.person(authorizer).region_code, on)
    br = BindingRules.of(pol)
    if br.terminable:
        return ()
    return (Reason("advisor_not_terminable", br.terminable_src),)


def _in_force(term: BindingTerm, first: dt.date, last: dt.date) -> bool:
    return term.status == "active" and (term.end is None or term.end >= first) and (
        term.start is None or term.start <= last)


class EndBindingKind:
    name = "end_binding"
    step_type = EndBinding

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        for t in sit.base.bindings:
            on = sit.now_day  # today, when the projection runs from today: a step is taken now, never backdated
            if _in_force(t, on, sit.last_day) and not _terminable_reasons(sit, t.authorizer_id, on):
                yield EndBinding(t.id, t.authorizer_id, t.beneficiary_id, on)

    def apply(self, draft: Draft, step: EndBinding, sit: Situation) -> None:
        _end(draft, step.binding_id, step.on)

    def check(self, draft: Draft, step: EndBinding, sit: Situation) -> tuple[Reason, ...]:
        return _terminable_reasons(sit, step.authorizer_id, step.on)


class RenewBindingKind:
    name = "renew_binding"
    step_type = RenewBinding

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        on = sit.now_day
        for t in sit.base.bindings:
            if not _in_force(t, on, sit.last_day) or _terminable_reasons(sit, t.authorizer_id, on):
                continue
            a = sit.person(t.authorizer_id)
            pol = sit.rules_on(a.region_code, on)
            br = BindingRules.of(pol)
            room = 0 if t.amount_cap_fen is None else max(0, t.amount_cap_fen - sit.base.binding_used.get(t.id, 0))
            need = ctx.need(t.beneficiary_id, 0)
            end = sit.last_day if br.asks_dates else t.end
            if t.amount_cap_fen is not None and need > 0 and br.asks_amount:
                def renewed(x: int, t: BindingTerm = t, end: dt.date | None = end) -> Step:
                    return RenewBinding(t.id, t.authorizer_id, t.beneficiary_id, t.relation, on, end, x)

                for amount in ctx.amounts(t.authorizer_id, 0, br.reserve_floor_fen, need + room, renewed):
                    if amount > room:  # a fresh amount: more than what is left of the old one
                        yield renewed(amount)
            others = [x for x in sit.base.bindings if x.beneficiary_id == t.beneficiary_id and x.id != t.id
                      and _in_force(x, on, sit.last_day)]
            if others:  # registered again, it pays after the others (F-G6)
                keep = None if t.amount_cap_fen is None else room
                if keep != 0:
                    yield RenewBinding(t.id, t.authorizer_id, t.beneficiary_id, t.relation, on, end, keep)

    def apply(self, draft: Draft, step: RenewBinding, sit: Situation) -> None:
        _end(draft, step.binding_id, step.on)
        _new_term(draft, step, step.authorizer_id, step.beneficiary_id, step.relation, step.on, step.end,
                  step.amount_fen)

    def check(self, draft: Draft, step: RenewBinding, sit: Situation) -> tuple[Reason, ...]:
        term = next(t for t, s in draft.new_terms if s is step)
        return _terminable_reasons(sit, step.authorizer_id, step.on) + _binding_reasons(draft, sit, term)


class AddBindingKind:
    name = "add_binding"
    step_type = AddBinding

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        existing = list(sit.base.bindings)
        for a in sit.people:
            if a.insurance not in PAYER_INSURANCE:
                continue
            for b in sit.people:
                rel = sit.relation(a.id, b.id)
                if b.id == a.id or rel is None or ctx.need(b.id, 0) <= 0:
                    continue
                starts = {sit.now_day}
                for t in existing:  # or after a binding of the authorizer's ends (one at a time, F-T1)
                    if t.authorizer_id == a.id and t.status in ("active", "pending") and t.end is not None \
                            and sit.now_day <= t.end < sit.last_day:
                        starts.add(t.end + dt.timedelta(days=1))
                for start in sorted(starts):
                    for step in self._proposals(ctx, a.id, b.id, rel, start):
                        draft = Draft.of(sit.base)
                        self.apply(draft, step, sit)
                        codes = {r.code for r in self.check(draft, step, sit)}
                        if codes <= {"one_at_a_time"}:  # another step may end the binding in the way
                            yield step

    def _proposals(self, ctx: Context, a: PersonId, b: PersonId, rel: str, start: dt.date) -> list[AddBinding]:
        sit = ctx.sit
        br = BindingRules.of(sit.rules_on(sit.person(a).region_code, start))
        m0 = ctx.month_index(start)
        need = ctx.need(b, m0)
        end = sit.last_day if br.asks_dates else None
        if need <= 0 or ctx.spare(a, m0, br.reserve_floor_fen, at_once=False) <= 0:
            return []
        if not br.asks_amount:  # no amount on the form: the floor and the settlement order limit it
            return [AddBinding(a, b, rel, start, end, None)]
        def make(x: int) -> Step:
            return AddBinding(a, b, rel, start, end, x)

        return [AddBinding(a, b, rel, start, end, x) for x in ctx.amounts(a, m0, br.reserve_floor_fen, need, make)]

    def apply(self, draft: Draft, step: AddBinding, sit: Situation) -> None:
        _new_term(draft, step, step.authorizer_id, step.beneficiary_id, step.relation, step.start, step.end,
                  step.amount_fen)

    def check(self, draft: Draft, step: AddBinding, sit: Situation) -> tuple[Reason, ...]:
        term = next(t for t, s in draft.new_terms if s is step)
        return _binding_reasons(draft, sit, term)


class PayPremiumKind:
    name = "pay_premium"
    step_type = PayPremium

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        for plan in ctx.base.input.premiums:
            for a in sit.people:
                if a.id in (plan.person_id, plan.payer_id) or a.insurance not in PAYER_INSURANCE:
                    continue
                if sit.relation(a.id, plan.person_id) is None:
                    continue
                if not sit.rules_on(a.region_code, plan.month).value("payment", "pays_resident_premiums", False):
                    continue
                yield PayPremium(a.id, plan.person_id, plan.month, plan.coverage_year, plan.amount_fen)

    def apply(self, draft: Draft, step: PayPremium, sit: Situation) -> None:
        draft.premiums = [dataclasses.replace(p, payer_id=step.payer_id)
                          if p.person_id == step.person_id and p.month == step.month else p for p in draft.premiums]

    def check(self, draft: Draft, step: PayPremium, sit: Situation) -> tuple[Reason, ...]:
        payer, person = sit.person(step.payer_id), sit.person(step.person_id)
        rule = sit.rules_on(payer.region_code, step.month).rule("payment", "pays_resident_premiums")
        if rule is None or not rule.value:
            return (Reason("advisor_premium_not_allowed", (rule.source,) if rule else ()),)
        if person.insurance != "resident":
            return (Reason("advisor_premium_not_resident"),)
        if not any(b.authorizer_id == payer.id and b.beneficiary_id == person.id and b.in_force_on(step.month)
                   for b in draft.bindings):
            return (Reason("advisor_premium_needs_binding", (rule.source,)),)
        return ()


class WalletOrderKind:
    name = "wallet_position"
    step_type = WalletOrder

    def generate(self, ctx: Context) -> Iterator[Step]:
        inp = ctx.sit.base
        wallets = any(inp.wallets.values()) or inp.transfers or any(isinstance(s, MoveWallet) for s in ctx.proposed)
        if not wallets or not inp.bindings and not any(isinstance(s, AddBinding) for s in ctx.proposed):
            return  # the place matters only when a wallet and a family account could both pay
        for pos in WALLET_POSITIONS:
            if pos != inp.wallet_position:
                yield WalletOrder(pos)

    def apply(self, draft: Draft, step: WalletOrder, sit: Situation) -> None:
        draft.wallet_position = step.position

    def check(self, draft: Draft, step: WalletOrder, sit: Situation) -> tuple[Reason, ...]:
        return ()


# The order steps are applied in (and generated in): ends and renewals, new bindings, then what rides on them.
KINDS: tuple[Any, ...] = (EndBindingKind(), RenewBindingKind(), AddBindingKind(), PayPremiumKind(), MoveWalletKind(),
                          QuotaKind(), WalletOrderKind())
_BY_TYPE = {k.step_type: k for k in KINDS}


def kind_of(step: Step):
    return _BY_TYPE[type(step)]


def generate(ctx: Context) -> list[Step]:
    """Every step the rules make possible, kind by kind (a later kind may look at the earlier ones)."""
    ctx.kinds.update(_BY_TYPE)
    for kind in KINDS:
        ctx.proposed.extend(kind.generate(ctx))
    return list(ctx.proposed)


def apply_plan(sit: Situation, base, steps: Iterable[Step]) -> Draft:
    """The draft input with every step applied, in :data:`KINDS` order (stable within a kind)."""
    draft = Draft.of(base)
    order = {k.step_type: i for i, k in enumerate(KINDS)}
    for step in sorted(steps, key=lambda s: order[type(s)]):
        kind_of(step).apply(draft, step, sit)
    return draft


def plan_reasons(sit: Situation, draft: Draft, steps: Iterable[Step]) -> tuple[Reason, ...]:
    """Every reason the rules refuse some step of the applied plan (empty: every step is legal)."""
    out: list[Reason] = []
    for step in steps:
        out.extend(kind_of(step).check(draft, step, sit))
    return tuple(out)
