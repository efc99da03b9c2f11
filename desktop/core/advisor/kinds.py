"""Each kind of step: which steps the rules make possible, what one does to the input, whether it is legal.

Every kind is one class here with three methods, and :data:`KINDS` lists them in the order a plan's
steps are applied (ends before new registrations, registrations before the premiums they carry). A new
kind — the F-N11 quota, say — is one more class and one more entry in :data:`KINDS`; the search, the
verification and the explanations pick it up from there.

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..drawdown import Drawdown
from ..explain import Reason
from ..model import BindingTerm, PersonId
from ..projection import Projection, WalletTransfer, month_start
from ..rules import check_binding
from ..settlement import WALLET_POSITIONS
from ..terms import BindingRules
from .situation import Draft, Situation
from .steps import AddBinding, EndBinding, MoveWallet, PayPremium, RenewBinding, SetQuota, Step, WalletOrder

PAYER_INSURANCE = ("employee", "flexible")  # only these have a personal account to share (F-T6, F-W3)
_NOON = dt.time(12, 0)


def _largest(ok: Callable[[int], bool], top: int) -> int:
    """The largest whole-yuan amount in [0, top] with ``ok`` (which holds for small amounts and, once it
    fails, fails for every larger one: more authorized money never leaves the payer more)."""
    lo, hi = 0, top // 100
    if hi <= 0:
        return 0
    if ok(hi * 100):
        return hi * 100
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(mid * 100):
            lo = mid
        else:
            hi = mid
    return lo * 100


def _up_to_yuan(fen: int) -> int:
    return -(-fen // 100) * 100


def _down_to_yuan(fen: int) -> int:
    return fen // 100 * 100


@dataclass
class Context:
    """The baseline a generator reads: the situation, its projection, and the steps proposed so far."""

    sit: Situation
    base: Projection
    proposed: list[Step] = field(default_factory=list)

    def month_index(self, day: dt.date) -> int:
        first = self.base.months[0]
        m = month_start(day)
        return (m.year - first.year) * 12 + m.month - first.month

    def need(self, pid: PersonId, m0: int, premiums: bool = True) -> int:
        """The person's expected cash from month ``m0`` on (care, and premiums when asked)."""
        months = self.base.person(pid).months[m0:self.sit.counted]
        return sum(m.cash_fen + (m.premium_cash_fen if premiums else 0) for m in months)

    def own_need(self, pid: PersonId) -> int:
        """What the person is expected to pay for their own care from their own money over the horizon."""
        return sum(m.own_fen + m.wallet_fen + m.family_fen + m.cash_fen for m in self.base.person(pid).months[:self.sit.counted])

    def floor(self, pid: PersonId) -> int:
        """The reserve floor of the person's account as a payer (F-T10), by the rules of the first day."""
        return self.sit.rules_on(self.sit.person(pid).region_code, self.sit.first).value(
            "binding", "reserve_floor_fen", 0)

    def spare(self, pid: PersonId, m0: int, floor_fen: int, at_once: bool = True) -> int:
        """What the payer can give from month ``m0`` on and still meet their own expected needs, plus the
        unprotected share of their own need. Given ``at_once`` (money that leaves at the start, a wallet
        transfer): the lowest expected closing from then on, less the floor. Otherwise (a binding, drawn as
        the bills come and never below the floor, F-T10): the expected closing at the horizon's end, less
        the floor — the projection then checks that the payer's own bills are still paid as before."""
        acc = self.base.account(pid)
        if acc is None:
            return 0
        ahead = acc.months[m0:self.sit.counted]
        if not ahead:
            return 0
        have = min(m.closing_fen for m in ahead) if at_once else ahead[-1].closing_fen
        loose = self.own_need(pid) * (100 - self.sit.protect_pct) // 100
        return max(0, have - floor_fen) + loose

    def amounts(self, pid: PersonId, m0: int, floor_fen: int, need: int,
                make: Callable[[int], Step] | None = None) -> list[int]:
        """Authorized amounts worth trying, each at most the need: the cautious spare (what can leave at
        once), the end-of-horizon spare, and — given ``make`` (amount → step) — the largest whole-yuan
        amount with which the payer, by the projection, still pays no more cash than protection allows."""
        out = []
        for at_once in (True, False):
            amount = min(_up_to_yuan(need), _down_to_yuan(self.spare(pid, m0, floor_fen, at_once)))
            if amount > 0 and amount not in out:
                out.append(amount)
        if make is not None:
            acc = self.base.account(pid)
            top = min(_up_to_yuan(need), _down_to_yuan(acc.months[self.sit.counted - 1].closing_fen
                                                       + self.own_need(pid))) if acc else 0
            best = _largest(lambda x: self.keeps_payer(make(x), pid), top)
            if best > 0 and best not in out:
                out.append(best)
        return out

    def keeps_payer(self, step: Step, pid: PersonId) -> bool:
        """With ``step`` alone, the payer's own cash rises by no more than the unprotected share."""
        draft = Draft.of(self.base.input)
        kind_of(step).apply(draft, step, self.sit)
        if kind_of(step).check(draft, step, self.sit):
            return False
        cash: list[list[int]] = []
        eng = Drawdown(draft.done(), self.sit.policy_for, self.sit.policy_on)
        eng.run(cash=cash)
        pi = eng.index[pid]
        n = self.sit.counted
        before = sum(m.out_of_pocket_fen for m in self.base.person(pid).months[:n])
        return sum(m[pi] for m in cash[:n]) - before <= self.own_need(pid) * (100 - self.sit.protect_pct) // 100


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


class MoveWalletKind:
    name = "wallet_transfer"
    step_type = MoveWallet

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        for a in sit.people:
            if a.insurance not in PAYER_INSURANCE:
                continue
            for b in sit.people:
                rel = sit.relation(a.id, b.id)
                if b.id == a.id or rel is None:
                    continue
                if sit.sharing_model(a.region_code, sit.first) != "transfer":
                    continue  # the rules of the date share by quotas (F-N11): QuotaKind proposes those
                amount = _wallet_amount(ctx, a.id, b.id)
                if amount <= 0:
                    continue
                step = MoveWallet(a.id, b.id, rel, sit.first, amount)
                if not self.check(Draft.of(sit.base), step, sit):
                    yield step

    def apply(self, draft: Draft, step: MoveWallet, sit: Situation) -> None:
        draft.transfers.append(WalletTransfer(step.month, step.from_id, step.to_id, step.amount_fen, step.relation))

    def check(self, draft: Draft, step: MoveWallet, sit: Situation) -> tuple[Reason, ...]:
        got = sit.memo.get(step)
        if got is None:
            a, b = sit.person(step.from_id), sit.person(step.to_id)
            got = check_binding(a, b, step.relation, sit.rules_on(a.region_code, step.month), on=step.month,
                                purpose="wallet").reasons
            if sit.sharing_model(a.region_code, step.month) != "transfer":
                got = (*got, _model_reason(sit, a.region_code, step.month, "advisor_wallet_model_quota"))
            sit.memo[step] = got
        return got


def _wallet_amount(ctx: Context, a: PersonId, b: PersonId) -> int:
    """What a payer can move or set aside for a relative at once: the relative's expected cash for care
    (the wallet pays no premiums), at most the payer's cautious spare above the floor; whole yuan."""
    need = ctx.need(b, 0, premiums=False)
    floor = ctx.sit.rules_on(ctx.sit.person(a).region_code, ctx.sit.first).value("binding", "reserve_floor_fen", 0)
    return min(_up_to_yuan(need), _down_to_yuan(ctx.spare(a, 0, floor)))


def _model_reason(sit: Situation, code: str, day: dt.date, reason: str) -> Reason:
    rule = sit.rules_on(code, day).rule("wallet", "sharing_model")
    return Reason(reason, (rule.source,) if rule is not None and sit.sharing == "rules" else (), {"day": day})


class QuotaKind:
    """共济额度 (F-N11) where the rules of the date share that way: set today from the payer for the
    receiver. The projection takes a standing quota as the book does (``book.projection``): the part left
    is off the payer's account and in the receiver's wallet from the start; so recording it and projecting
    again gives the figures the plan reports."""

    name = "set_quota"
    step_type = SetQuota

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        on = sit.now_day
        for a in sit.people:
            if a.insurance not in PAYER_INSURANCE or sit.sharing_model(a.region_code, on) != "quota":
                continue
            for b in sit.people:
                rel = sit.relation(a.id, b.id)
                if b.id == a.id or rel is None or (a.id, b.id) in sit.quotas:
                    continue
                amount = _wallet_amount(ctx, a.id, b.id)
                if amount <= 0:
                    continue
                step = SetQuota(a.id, b.id, rel, on, amount)
                draft = Draft.of(sit.base)
                self.apply(draft, step, sit)
                if not self.check(draft, step, sit):
                    yield step

    def apply(self, draft: Draft, step: SetQuota, sit: Situation) -> None:
        draft.balances[step.payer_id] = draft.balances.get(step.payer_id, 0) - step.amount_fen
        draft.wallets[step.receiver_id] = draft.wallets.get(step.receiver_id, 0) + step.amount_fen

    def check(self, draft: Draft, step: SetQuota, sit: Situation) -> tuple[Reason, ...]:
        a, b = sit.person(step.payer_id), sit.person(step.receiver_id)
        key = ("quota", step.payer_id, step.receiver_id, step.relation, step.on)
        got = sit.memo.get(key)
        if got is None:
            got = check_binding(a, b, step.relation, sit.rules_on(a.region_code, step.on), on=step.on,
                                purpose="wallet").reasons
            if sit.sharing_model(a.region_code, step.on) != "quota":
                got = (*got, _model_reason(sit, a.region_code, step.on, "advisor_quota_model_transfer"))
            if (step.payer_id, step.receiver_id) in sit.quotas:
                got = (*got, Reason("advisor_quota_standing", ("F-N11",), {"payer": a.name, "receiver": b.name}))
            sit.memo[key] = got
        if step.amount_fen <= 0 or draft.balances.get(step.payer_id, 0) < 0:  # more than the account holds now
            return (*got, Reason("advisor_quota_over", ("F-N11",), {"payer": a.name}))
        return got


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
