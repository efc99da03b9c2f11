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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from . import model, reimbursement, settlement, vocab, wallet
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

# ---- rows as the ledger reads them ----

class MemberRow(Protocol):
    id: int
    name: str
    region_code: str
    insurance: str
    employment: str | None
    status: str
    status_date: dt.date | None
    birth_date: dt.date | None
    # revision 0007 (F-N9): the day the insurance ended or moved, why (vocab.COVERAGE_ENDS), and for a move
    # the insured place before it (``region_code`` is the place after it)
    coverage_end_on: dt.date | None
    coverage_end_kind: str | None
    region_before: str | None
    enrolled_on: dt.date | None
    enrolled_in_collection: bool | None
    enrolment_gap_years: int | None


class BindingRow(Protocol):
    id: int
    authorizer_id: int
    beneficiary_id: int
    relation: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    amount_cap_fen: int | None
    registered_at: dt.datetime | None
    terminated_on: dt.date | None


class QuotaRow(Protocol):
    """A 共济额度 (F-N11): ``payer_id`` locks ``amount_fen`` of the own account for ``receiver_id`` from ``set_at``
    until it is ended by hand at ``ended_at`` or by itself (F-N9)."""

    id: int
    payer_id: int
    receiver_id: int
    amount_fen: int
    set_at: dt.datetime
    ended_at: dt.datetime | None
    channel_id: str
    note: str


class TransferRow(Protocol):
    id: int
    from_id: int
    to_id: int
    amount_fen: int
    requested_at: dt.datetime
    received_at: dt.datetime | None
    returned_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: int
    member_id: int
    account: str
    on_date: dt.date
    on_time: dt.time | None
    balance_fen: int
    monthly_credit_fen: int | None = None

    @property
    def moment(self) -> Moment:
        return Moment.of_statement(self.on_date, self.on_time, self.id)


@dataclass(frozen=True, slots=True)
class TransferEvent:
    moment: Moment
    member_id: int
    account: str
    amount_fen: int  # signed: negative leaves the account


Key = tuple[int, str]  # (member id, "personal" | "wallet")
Spent = Callable[[int, str, "Moment | None", Moment], int]  # lines taken from an account after → before


def coverage_end(m: MemberRow | Any | None) -> tuple[dt.date, str] | None:
    """The day a member's insurance ended or moved, and which (F-N9), or None."""
    day = getattr(m, "coverage_end_on", None)
    if day is None:
        return None
    kind = getattr(m, "coverage_end_kind", None)
    return day, kind if kind in vocab.COVERAGE_ENDS else "ended"


def first_end(*members: MemberRow | Any | None) -> tuple[dt.date, int, str] | None:
    """The earliest coverage end among ``members``: (day, member id, kind) — when a relationship between them
    ends by itself (F-N9)."""
    best = None
    for m in members:
        e = coverage_end(m)
        if m is not None and e is not None and (best is None or e[0] < best[0]):
            best = (e[0], m.id, e[1])
    return best


def term_on(b: BindingRow | Any, day: dt.date, members: Mapping[int, Any] | None = None) -> model.BindingTerm:
    """A stored binding as the settlement sees it on ``day``.

    A terminated binding paid normally until the day it was terminated (F-T7: it stops at once), so
    before that day it is shown as active with its end moved to the day before. With ``members``, a binding
    one of whose sides' insurance ended or moved carries that day (F-N9: it ends by itself then).
    """
    status, end = b.status, b.end_date
    if status == "terminated" and b.terminated_on is not None and day < b.terminated_on:
        status = "active"
        last = b.terminated_on - dt.timedelta(days=1)
        end = last if end is None or last < end else end
    start = b.start_date
    if start is None and b.registered_at is not None:
        start = b.registered_at.date()
    ended = None if members is None else first_end(members.get(b.authorizer_id), members.get(b.beneficiary_id))
    return model.BindingTerm(b.id, b.authorizer_id, b.beneficiary_id, b.relation, status, start, end,
                             b.amount_cap_fen, b.registered_at, None if ended is None else ended[0],
                             None if ended is None else (ended[1], ended[2]))


def person_on(m: MemberRow, day: dt.date | None) -> model.Person:
    """The member as the rules see them on ``day``: a status other than insured counts from its date on; before
    a move the member was insured in the place they left, and from the day the insurance ended they are not
    insured (F-N9)."""
    before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
    status = "insured" if before else m.status
    region = m.region_code
    end = coverage_end(m)
    if end is not None and day is not None:
        if day < end[0]:
            before_move = getattr(m, "region_before", None)
            if end[1] == "moved" and before_move:
                region = before_move
        elif end[1] == "ended":
            status = "uninsured"
    return model.Person(m.id, m.name, region, m.insurance, m.employment, status, m.birth_date, m.enrolled_on,
                        None if m.enrolled_in_collection is None else bool(m.enrolled_in_collection),
                        m.enrolment_gap_years or 0)


class RulesSource(Protocol):
    def rules_on(self, code: str, day: dt.date) -> RegionPolicy: ...


class Rules:
    """The book's facts as the ledger reasons about them, from plain rows."""

    def __init__(self, registry: RulesSource, members: Iterable[MemberRow], bindings: Iterable[BindingRow],
                 statements: Iterable[StatementRow], transfers: Iterable[TransferRow], now: dt.datetime,
                 wallet_position: str | None = "region", quotas: Iterable[QuotaRow] = ()) -> None:
        self.registry = registry
        self.now = now if now.tzinfo is not None else now.replace(tzinfo=wallet.CHINA)
        self.members: dict[int, MemberRow] = {m.id: m for m in members}
        self.bindings: list[BindingRow] = sorted(bindings, key=lambda b: b.id)
        self.statements: dict[Key, list[StatementRow]] = {}
        for st in sorted(statements, key=lambda s: s.moment):
            self.statements.setdefault((st.member_id, st.account), []).append(st)
        self.wallet_position = wallet_position if wallet_position in settlement.WALLET_POSITIONS else "region"
        self._policies: dict[tuple[str, dt.date | None], RegionPolicy] = {}
        self._by_version: dict[int, tuple[RegionPolicy, RegionPolicy]] = {}
        self._people: dict[tuple[int, bool, bool | None], model.Person] = {}
        self._people_map: dict[int, model.Person] | None = None
        self._by_beneficiary: dict[int, list[BindingRow]] = {}
        self._orders: dict[tuple[str, dt.date | None], tuple[str, ...]] = {}
        self.transfer_events = self._transfer_events(list(transfers))
        self.quotas: list[QuotaRow] = sorted(quotas, key=lambda q: q.id)
        self._quotas_to: dict[int, list[QuotaRow]] = {}
        self._quotas_from: dict[int, list[QuotaRow]] = {}
        for q in self.quotas:
            self._quotas_to.setdefault(q.receiver_id, []).append(q)
            self._quotas_from.setdefault(q.payer_id, []).append(q)

    # ---- rules, people and bindings on a date ----

    def policy(self, region_code: str, day: dt.date | None = None) -> RegionPolicy:
        """The rules in force for an insured place on ``day`` (today when None)."""
        key = (region_code, day)
        p = self._policies.get(key)
        if p is None:
            base = self.registry.rules_on(region_code, day or wallet.china_time(self.now).date())
            # one cached copy per version in force (most days share one), so table lookups are remembered once
            hit = self._by_version.get(id(base))
            if hit is None or hit[0] is not base:
                hit = self._by_version[id(base)] = (base, CachedPolicy(
                    base.code, base.name, base.year, base.chain, base.overrides, base.conflicts, base.since))
            p = self._policies[key] = hit[1]
        return p

    def order(self, region_code: str, day: dt.date | None = None) -> tuple[str, ...]:
        """The payment order for a beneficiary of ``region_code``, with the wallet where the family put it."""
        key = (region_code, day)
        o = self._orders.get(key)
        if o is None:
            o = self._orders[key] = settlement.payment_order(self.policy(region_code, day), self.wallet_position)
        return o

    def person(self, member_id: int, day: dt.date | None = None) -> model.Person:
        m = self.members[member_id]
        before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
        end = getattr(m, "coverage_end_on", None)
        key = (member_id, before, None if end is None or day is None else day < end)
        p = self._people.get(key)
        if p is None:
            p = self._people[key] = person_on(m, day)
        return p

    def people(self) -> dict[int, model.Person]:
        if self._people_map is None:
            self._people_map = {mid: self.person(mid) for mid in self.members}
        return self._people_map

    def terms_on(self, beneficiary_id: int, day: dt.date) -> list[model.BindingTerm]:
        """The beneficiary's bindings as they stood on ``day`` (a terminated one still paid before it ended)."""
        mine = self._by_beneficiary.get(beneficiary_id)
        if mine is None:
            mine = self._by_beneficiary[beneficiary_id] = [b for b in self.bindings
                                                           if b.beneficiary_id == beneficiary_id]
        return [term_on(b, day, self.members) for b in mine]

    # ---- quotas (F-N11) ----

    def quota_end(self, q: QuotaRow) -> tuple[Moment, str, int | None] | None:
        """When a quota stops standing: ended by hand ("ended", None) or by itself when one side's insurance
        ended or moved (F-N9: "auto", the member), whichever comes first; None while it stands for good."""
        out: tuple[Moment, str, int | None] | None = None
        if q.ended_at is not None:
            out = (Moment.of_time(q.ended_at, TRANSFER, q.id), "ended", None)
        auto = first_end(self.members.get(q.payer_id), self.members.get(q.receiver_id))
        if auto is not None:
            m = Moment.start_of(auto[0])
            if out is None or m < out[0]:
                out = (m, "auto", auto[1])
        return out

    def quota_started(self, q: QuotaRow) -> Moment:
        return Moment.of_time(q.set_at, TRANSFER, q.id)

    def standing(self, q: QuotaRow, at: Moment) -> bool:
        """The quota stands just before ``at``: set before it and not ended before it."""
        if not self.quota_started(q) < at:
            return False
        end = self.quota_end(q)
        return end is None or at <= end[0]

    def quotas_to(self, receiver_id: int) -> list[QuotaRow]:
        return self._quotas_to.get(receiver_id, [])

    def quotas_from(self, payer_id: int) -> list[QuotaRow]:
        return self._quotas_from.get(payer_id, [])

    # ---- balances ----

    def _transfer_events(self, transfers: list[TransferRow]) -> list[TransferEvent]:
        """The sender pays when it asks; the recipient's wallet is credited when it receives; money not
        received comes back at the sender's return time (F-W6) once that moment has passed."""
        out: list[TransferEvent] = []
        rules_cache: dict[tuple[str, dt.date], wallet.WalletRules | None] = {}
        now = wallet.china_time(self.now)
        for t in transfers:
            out.append(TransferEvent(Moment.of_time(t.requested_at, TRANSFER, t.id), t.from_id, "personal",
                                     -t.amount_fen))
            if t.received_at is not None:
                out.append(TransferEvent(Moment.of_time(t.received_at, TRANSFER, t.id), t.to_id, "wallet",
                                         t.amount_fen))
                continue
            back = t.returned_at
            if back is None:
                sender = self.members.get(t.from_id)
                code = sender.region_code if sender is not None else "000000"
                key = (code, wallet.china_time(t.requested_at).date())  # the limits of the day it was sent
                if key not in rules_cache:
                    try:
                        rules_cache[key] = wallet.WalletRules.of(self.policy(*key))
                    except (ValueError, KeyError):
                        rules_cache[key] = None
                rules = rules_cache[key]
                if rules is not None:
                    due = rules.returns_at(t.requested_at)
                    if due <= now:
                        back = due
            if back is not None:
                out.append(TransferEvent(Moment.of_time(back, TRANSFER, t.id), t.from_id, "personal", t.amount_fen))
        out.sort(key=lambda e: e.moment)
        return out

    def base_statement(self, key: Key, before: Moment) -> StatementRow | None:
        """The latest statement of an account before ``before``."""
        best = None
        for st in self.statements.get(key, ()):
            if st.moment < before:
                best = st
            else:
                break
        return best

    def balance(self, key: Key, before: Moment, spent: Spent) -> int:
        """An account's balance just before ``before``: the latest statement, then transfer events and
        allocation lines after it (``spent`` sums the lines of visits between two moments)."""
        base = self.base_statement(key, before)
        since = None if base is None else base.moment
        value = 0 if base is None else base.balance_fen
        for e in self.transfer_events:
            if e.member_id == key[0] and e.account == key[1] and (since is None or e.moment > since) \
                    and e.moment < before:
                value += e.amount_fen
        return value - spent(key[0], key[1], since, before)

    def latest_credit(self, member_id: int, before: Moment) -> int | None:
        """The expected monthly credit of the latest personal statement before ``before`` that gives one."""
        out = None
        for st in self.statements.get((member_id, "personal"), ()):
            if st.moment >= before:
                break
            if st.monthly_credit_fen is not None:
                out = st.monthly_credit_fen
        return out


@dataclass(frozen=True)
class CachedPolicy(RegionPolicy):
    """A region's policy that remembers its table lookups (a replay asks the same few thousands of times)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", {})

    def benefit(self, care: str, person: str, hospital: str, age: int | None):
        key = ("b", care, person, hospital, age)
        memo = self._memo  # type: ignore[attr-defined]
        if key not in memo:
            memo[key] = RegionPolicy.benefit(self, care, person, hospital, age)
        return memo[key]

    def cap(self, group: str, person: str, age: int | None):
        key = ("c", group, person, age)
        memo = self._memo  # type: ignore[attr-defined]
        if key not in memo:
            memo[key] = RegionPolicy.cap(self, group, person, age)
        return memo[key]


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
