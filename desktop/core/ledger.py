"""The one model of money over time: events at moments → balances, binding use and year-to-date usage.

Every event has a moment in China time (:class:`Moment`): statements, visits, wallet-transfer events.
Within a day, events with a time of day come in time order; an event without one counts at the end of
its day — the day's visits first (in the order they were recorded), then its statements — so a
statement for a past date is the balance at the end of that day with the day's visits in it, and a
balance typed *now* (with its time) is the official balance after everything before that moment.

What lives here, once (the store reads rows and writes results; the start-up glance and the book feed
rows to the same code):

* :class:`Rules` — a person on a date, a binding's terms on a date, the transfer events, the quotas (F-N11) and
  when they stop standing (by hand, or by themselves when a side's insurance ends or moves, F-N9), the latest
  statement before a moment, the rules in force on a date and the payment order;
* :func:`locked` — what a payer has set aside as quotas at a moment (not theirs to spend);
* :class:`State` — balances, binding use and year usage carried through time, loaded lazily;
* :func:`evaluate` — estimate and settle one visit against a state;
* :func:`usable` — the money a person could use at a moment (Home, the CLI, the transfer dialog and the
  planner all take it from here);
* settle-and-carry from a moment on is in :mod:`desktop.core.carry`; moments in :mod:`desktop.core.moments`.
* the rows it reads are in :mod:`desktop.core.ledger_rows`, :class:`Rules` in
  :mod:`desktop.core.ledger_rules`; their names are re-exported here, where callers import them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from . import model, reimbursement, settlement
from .ledger_rows import (  # noqa: F401  (re-exported: store, book, glance and carry import them from here)
    BindingRow,
    Key,
    MemberRow,
    QuotaRow,
    Spent,
    StatementRow,
    TransferEvent,
    TransferRow,
    coverage_end,
    first_end,
    person_on,
    term_on,
)
from .ledger_rules import CachedPolicy, Rules, RulesSource  # noqa: F401
from .moments import (  # noqa: F401  (the ledger's names for them: store, book and glance import them from here)
    END,
    END_TEXT,
    LATER,
    STATEMENT,
    TRANSFER,
    VISIT,
    Moment,
    naive_china,
    tod,
    tod_text,
)
from .policy import RegionPolicy

# ---- the carried state ----

Usage = tuple[int, str, int, int]  # year, group, deductible used, fund paid


class Loaders(Protocol):
    """How a state finds the figures at its start moment (the store answers with SQL)."""

    def balance(self, key: Key, before: Moment) -> int: ...
    def used(self, binding_id: int, before: Moment) -> int: ...
    def quota_used(self, quota_id: int, before: Moment) -> int: ...
    def usage(self, member_id: int, before: Moment) -> reimbursement.YearUsage: ...


class State:
    """Balances, authorization use and year usage from a moment on; each figure loaded when first asked."""

    def __init__(self, loaders: Loaders, start: Moment) -> None:
        self.loaders, self.start = loaders, start
        self.values: dict[Key, int] = {}
        self._delta: dict[Key, int] = {}
        self._used: dict[int, int] = {}
        self._used_delta: dict[int, int] = {}
        self._usage: dict[int, reimbursement.YearUsage] = {}
        self._usage_delta: dict[int, list[Usage]] = {}
        self._qused: dict[int, int] = {}
        self._qused_delta: dict[int, int] = {}

    def get(self, key: Key) -> int:
        v = self.values.get(key)
        if v is None:
            v = self.values[key] = self.loaders.balance(key, self.start) + self._delta.pop(key, 0)
        return v

    def add(self, key: Key, amount: int) -> None:
        if key in self.values:
            self.values[key] += amount
        else:
            self._delta[key] = self._delta.get(key, 0) + amount

    def reset(self, key: Key, value: int) -> None:
        self.values[key] = value
        self._delta.pop(key, None)

    def used(self, binding_id: int) -> int:
        v = self._used.get(binding_id)
        if v is None:
            v = self._used[binding_id] = self.loaders.used(binding_id, self.start) + self._used_delta.pop(binding_id, 0)
        return v

    def add_used(self, binding_id: int, amount: int) -> None:
        if binding_id in self._used:
            self._used[binding_id] += amount
        else:
            self._used_delta[binding_id] = self._used_delta.get(binding_id, 0) + amount

    def quota_used(self, quota_id: int) -> int:
        v = self._qused.get(quota_id)
        if v is None:
            v = self._qused[quota_id] = (self.loaders.quota_used(quota_id, self.start)
                                         + self._qused_delta.pop(quota_id, 0))
        return v

    def add_quota_used(self, quota_id: int, amount: int) -> None:
        if quota_id in self._qused:
            self._qused[quota_id] += amount
        else:
            self._qused_delta[quota_id] = self._qused_delta.get(quota_id, 0) + amount

    def usage(self, member_id: int) -> reimbursement.YearUsage:
        u = self._usage.get(member_id)
        if u is None:
            u = self._usage[member_id] = self.loaders.usage(member_id, self.start)
            for year, group, ded, fund in self._usage_delta.pop(member_id, ()):
                u.add(year, group, ded, fund)
        return u

    def add_usage(self, member_id: int, usage: Usage) -> None:
        u = self._usage.get(member_id)
        if u is None:  # not read yet: kept until it is (a replay passes many visits it never reads)
            self._usage_delta.setdefault(member_id, []).append(usage)
        else:
            u.add(*usage)

    def apply(self, effect: Effect) -> None:
        for key, amount in effect.accounts:
            self.add(key, -amount)
        for bid, amount in effect.bindings:
            self.add_used(bid, amount)
        for qid, amount in effect.quotas:
            self.add_quota_used(qid, amount)
        if effect.usage is not None:
            self.add_usage(effect.member_id, effect.usage)


@dataclass(frozen=True, slots=True)
class Effect:
    """What one visit did to the state: fen taken per account, per binding and per quota, and its year usage."""

    member_id: int
    accounts: tuple[tuple[Key, int], ...]
    bindings: tuple[tuple[int, int], ...]
    usage: Usage | None
    quotas: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, member_id: int, s: settlement.Settlement, est: reimbursement.Estimate, fund_fen: int) -> Effect:
        accounts: list[tuple[Key, int]] = []
        bindings: list[tuple[int, int]] = []
        quotas: list[tuple[int, int]] = []
        for ln in s.lines:
            if ln.source in ("own", "family", "quota") and ln.account_id is not None:
                accounts.append(((ln.account_id, "personal"), ln.amount_fen))
            elif ln.source == "wallet":
                accounts.append(((member_id, "wallet"), ln.amount_fen))
            if ln.binding_id is not None:
                bindings.append((ln.binding_id, ln.amount_fen))
            if ln.quota_id is not None:
                quotas.append((ln.quota_id, ln.amount_fen))
        usage = None if est.group is None else (est.year, est.group, est.deductible_used_fen, fund_fen)
        return cls(member_id, tuple(accounts), tuple(bindings), usage, tuple(quotas))


# ---- one visit ----

@dataclass(frozen=True, slots=True)
class VisitFacts:
    """A visit as the rules need it."""

    id: int | None
    member_id: int
    on_date: dt.date
    on_time: dt.time | None
    care_type: str
    hospital_class: str
    total_fen: int
    fund_actual_fen: int | None
    wallet_accepted: bool

    @property
    def moment(self) -> Moment:
        return Moment.of_visit(self.on_date, self.on_time, self.id)


@dataclass
class Outcome:
    """The estimate and settlement of one visit (what the UI shows as the split)."""

    visit_id: int | None
    estimate: reimbursement.Estimate
    settlement: settlement.Settlement
    fund_fen: int  # the fund share used: the actual one from the receipt when known

    def effect(self, member_id: int) -> Effect:
        return Effect.of(member_id, self.settlement, self.estimate, self.fund_fen)


def estimate(rules: Rules, v: VisitFacts, usage: reimbursement.YearUsage) -> reimbursement.Estimate:
    person = rules.person(v.member_id, v.on_date)
    mv = model.Visit(v.id, v.member_id, v.on_date, v.care_type, v.hospital_class, v.total_fen, v.wallet_accepted)
    return reimbursement.estimate(mv, person, rules.policy(person.region_code, v.on_date), usage)


def inputs(rules: Rules, member_id: int, at: Moment) -> tuple[list[Key], list[int], list[int]]:
    """The accounts, bindings and quotas a visit of ``member_id`` at ``at`` would read."""
    day = at.day
    keys: list[Key] = [(member_id, "personal"), (member_id, "wallet")]
    bids: list[int] = []
    for t in rules.terms_on(member_id, day):
        if t.status == "active":
            keys.append((t.authorizer_id, "personal"))
            if t.amount_cap_fen is not None:
                bids.append(t.id)
    qids: list[int] = []
    if rules.quotas:
        payers = {k[0] for k in keys if k[1] == "personal"}
        payers.update(q.payer_id for q in rules.quotas_to(member_id))
        keys.extend((p, "personal") for p in payers if (p, "personal") not in keys)
        # a payer's lock counts the quotas standing then; the receiver's own quotas are read even when ended
        # (what was left of one is said in the visit's lines)
        qids = [q.id for p in sorted(payers) for q in rules.quotas_from(p) if rules.standing(q, at)]
        qids += [q.id for q in rules.quotas_to(member_id) if q.id not in qids]
    return keys, bids, qids


def locked(rules: Rules, state: State, payer_id: int, at: Moment) -> int:
    """What ``payer_id`` cannot spend of the own account at ``at``: the unused part of every quota they set that
    stands then (F-N11); a quota that has ended locks nothing (its unused part is back with the payer)."""
    out = 0
    for q in rules.quotas_from(payer_id):
        if rules.standing(q, at):
            out += max(0, q.amount_fen - state.quota_used(q.id))
    return out


def quota_terms(rules: Rules, state: State, receiver_id: int, at: Moment) -> list[model.QuotaTerm]:
    """The quotas set for ``receiver_id`` as a visit at ``at`` finds them (those not set yet are left out)."""
    out = []
    for q in rules.quotas_to(receiver_id):
        if not rules.quota_started(q) < at:
            continue
        left = max(0, q.amount_fen - state.quota_used(q.id))
        end = rules.quota_end(q)
        if end is None or at <= end[0]:
            out.append(model.QuotaTerm(q.id, q.payer_id, receiver_id, q.amount_fen, left, "standing"))
        elif end[1] == "auto":
            e = coverage_end(rules.members.get(end[2])) if end[2] is not None else None
            out.append(model.QuotaTerm(q.id, q.payer_id, receiver_id, q.amount_fen, left, "auto_ended", end[0].day,
                                       None if e is None or end[2] is None else (end[2], e[1])))
        else:
            out.append(model.QuotaTerm(q.id, q.payer_id, receiver_id, q.amount_fen, left, "ended", end[0].day))
    return out


def _settle(rules: Rules, state: State, member_id: int, at: Moment, care: str, personal_fen: int,
            wallet_accepted: bool) -> settlement.Settlement:
    day = at.day
    person = rules.person(member_id, day)
    terms = rules.terms_on(member_id, day)
    accounts = {member_id: state.get((member_id, "personal"))}
    used: dict[int, int] = {}
    for t in terms:
        if t.status == "active":
            if t.authorizer_id not in accounts:
                accounts[t.authorizer_id] = state.get((t.authorizer_id, "personal"))
            if t.amount_cap_fen is not None:
                used[t.id] = state.used(t.id)
    quotas: list[model.QuotaTerm] = []
    locks: dict[int, int] = {}
    if rules.quotas:
        quotas = quota_terms(rules, state, member_id, at)
        for q in quotas:
            if q.payer_id not in accounts:
                accounts[q.payer_id] = state.get((q.payer_id, "personal"))
        for who in accounts:
            n = locked(rules, state, who, at)
            if n:
                locks[who] = n

    def policy_for(code: str) -> RegionPolicy:
        return rules.policy(code, day)

    return settlement.settle(
        person, personal_fen, day, care, rules.policy(person.region_code, day), accounts=accounts,
        wallet_fen=state.get((member_id, "wallet")), bindings=terms, used_fen=used, people=rules.people(),
        policy_for=policy_for, wallet_accepted=wallet_accepted, order=rules.order(person.region_code, day),
        quotas=quotas, locked=locks)


def evaluate(rules: Rules, state: State, v: VisitFacts) -> Outcome:
    """Estimate and settle one visit against ``state`` (which is not changed; apply the effect after)."""
    est = estimate(rules, v, state.usage(v.member_id))
    fund = est.fund_fen if v.fund_actual_fen is None else v.fund_actual_fen
    s = _settle(rules, state, v.member_id, v.moment, v.care_type, v.total_fen - fund, v.wallet_accepted)
    return Outcome(v.id, est, s, fund)


@dataclass(frozen=True)
class Usable:
    """What a person could spend at a moment: their own account, wallet and bound family money."""

    member_id: int
    personal_fen: int
    wallet_fen: int
    lines: tuple[settlement.Line, ...]
    skipped: tuple[settlement.Skip, ...]
    locked_fen: int = 0  # of ``personal_fen``, set aside as quotas for others (F-N11): not the person's to spend

    @property
    def total_fen(self) -> int:
        return sum(ln.amount_fen for ln in self.lines)


def usable(rules: Rules, state: State, member_id: int, day: dt.date, care: str = "outpatient",
           at: Moment | None = None) -> Usable:
    """The one answer to "usable money of X at this moment" (``state`` stands at ``at``, by default the end of
    ``day``)."""
    at = at or Moment.end_of(day)
    keys, _, _ = inputs(rules, member_id, at)
    big = sum(max(0, state.get(k)) for k in keys) + 1
    s = _settle(rules, state, member_id, at, care, big, True)
    return Usable(member_id, state.get((member_id, "personal")), state.get((member_id, "wallet")),
                  tuple(ln for ln in s.lines if ln.source != "cash"), tuple(s.skipped),
                  locked(rules, state, member_id, at) if rules.quotas else 0)


def usage_from(rules: Rules, visits: Iterable[VisitFacts]) -> reimbursement.YearUsage:
    """Year usage by re-estimating visits in order (for rows stored before the usage was kept)."""
    u = reimbursement.YearUsage()
    for v in visits:
        est = estimate(rules, v, u)
        if est.group is not None:
            u.add(est.year, est.group, est.deductible_used_fen,
                  est.fund_fen if v.fund_actual_fen is None else v.fund_actual_fen)
    return u


def year_usage(year: int, sums: Mapping[str, tuple[int, int]]) -> reimbursement.YearUsage:
    """Year usage from stored sums per group: group → (deductible used, fund paid)."""
    u = reimbursement.YearUsage()
    for group, (ded, fund) in sums.items():
        u.add(year, group, ded, fund)
    return u
