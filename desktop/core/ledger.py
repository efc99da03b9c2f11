"""The one model of money over time: events at moments → balances, binding use and year-to-date usage.

Every event has a moment in China time (:class:`Moment`): statements, visits, wallet-transfer events.
Within a day, events with a time of day come in time order; an event without one counts at the end of
its day — the day's visits first (in the order they were recorded), then its statements — so a
statement for a past date is the balance at the end of that day with the day's visits in it, and a
balance typed *now* (with its time) is the official balance after everything before that moment.

What lives here, once (the store reads rows and writes results; the start-up glance and the book feed
rows to the same code):

* :class:`Rules` — a person on a date, a binding's terms on a date, the transfer events, the latest
  statement before a moment, the rules in force on a date and the payment order;
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

from . import model, reimbursement, settlement, wallet
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


def term_on(b: BindingRow | Any, day: dt.date) -> model.BindingTerm:
    """A stored binding as the settlement sees it on ``day``.

    A terminated binding paid normally until the day it was terminated (F-T7: it stops at once), so
    before that day it is shown as active with its end moved to the day before.
    """
    status, end = b.status, b.end_date
    if status == "terminated" and b.terminated_on is not None and day < b.terminated_on:
        status = "active"
        last = b.terminated_on - dt.timedelta(days=1)
        end = last if end is None or last < end else end
    start = b.start_date
    if start is None and b.registered_at is not None:
        start = b.registered_at.date()
    return model.BindingTerm(b.id, b.authorizer_id, b.beneficiary_id, b.relation, status, start, end,
                             b.amount_cap_fen, b.registered_at)


def person_on(m: MemberRow, day: dt.date | None) -> model.Person:
    """The member as the rules see them on ``day``: a status other than insured counts from its date on."""
    before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
    return model.Person(m.id, m.name, m.region_code, m.insurance, m.employment,
                        "insured" if before else m.status, m.birth_date, m.enrolled_on,
                        None if m.enrolled_in_collection is None else bool(m.enrolled_in_collection),
                        m.enrolment_gap_years or 0)


class RulesSource(Protocol):
    def rules_on(self, code: str, day: dt.date) -> RegionPolicy: ...


class Rules:
    """The book's facts as the ledger reasons about them, from plain rows."""

    def __init__(self, registry: RulesSource, members: Iterable[MemberRow], bindings: Iterable[BindingRow],
                 statements: Iterable[StatementRow], transfers: Iterable[TransferRow], now: dt.datetime,
                 wallet_position: str | None = "region") -> None:
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
        self._people: dict[tuple[int, bool], model.Person] = {}
        self._people_map: dict[int, model.Person] | None = None
        self._by_beneficiary: dict[int, list[BindingRow]] = {}
        self._orders: dict[tuple[str, dt.date | None], tuple[str, ...]] = {}
        self.transfer_events = self._transfer_events(list(transfers))

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
        key = (member_id, before)
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
        return [term_on(b, day) for b in mine]

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
        if effect.usage is not None:
            self.add_usage(effect.member_id, effect.usage)


@dataclass(frozen=True, slots=True)
class Effect:
    """What one visit did to the state: fen taken per account and per binding, and its year usage."""

    member_id: int
    accounts: tuple[tuple[Key, int], ...]
    bindings: tuple[tuple[int, int], ...]
    usage: Usage | None

    @classmethod
    def of(cls, member_id: int, s: settlement.Settlement, est: reimbursement.Estimate, fund_fen: int) -> Effect:
        accounts: list[tuple[Key, int]] = []
        bindings: list[tuple[int, int]] = []
        for ln in s.lines:
            if ln.source in ("own", "family") and ln.account_id is not None:
                accounts.append(((ln.account_id, "personal"), ln.amount_fen))
            elif ln.source == "wallet":
                accounts.append(((member_id, "wallet"), ln.amount_fen))
            if ln.binding_id is not None:
                bindings.append((ln.binding_id, ln.amount_fen))
        usage = None if est.group is None else (est.year, est.group, est.deductible_used_fen, fund_fen)
        return cls(member_id, tuple(accounts), tuple(bindings), usage)


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


def inputs(rules: Rules, member_id: int, day: dt.date) -> tuple[list[Key], list[int]]:
    """The accounts and bindings a visit of ``member_id`` on ``day`` would read."""
    keys: list[Key] = [(member_id, "personal"), (member_id, "wallet")]
    bids: list[int] = []
    for t in rules.terms_on(member_id, day):
        if t.status == "active":
            keys.append((t.authorizer_id, "personal"))
            if t.amount_cap_fen is not None:
                bids.append(t.id)
    return keys, bids


def _settle(rules: Rules, state: State, member_id: int, day: dt.date, care: str, personal_fen: int,
            wallet_accepted: bool) -> settlement.Settlement:
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

    def policy_for(code: str) -> RegionPolicy:
        return rules.policy(code, day)

    return settlement.settle(
        person, personal_fen, day, care, rules.policy(person.region_code, day), accounts=accounts,
        wallet_fen=state.get((member_id, "wallet")), bindings=terms, used_fen=used, people=rules.people(),
        policy_for=policy_for, wallet_accepted=wallet_accepted, order=rules.order(person.region_code, day))


def evaluate(rules: Rules, state: State, v: VisitFacts) -> Outcome:
    """Estimate and settle one visit against ``state`` (which is not changed; apply the effect after)."""
    est = estimate(rules, v, state.usage(v.member_id))
    fund = est.fund_fen if v.fund_actual_fen is None else v.fund_actual_fen
    s = _settle(rules, state, v.member_id, v.on_date, v.care_type, v.total_fen - fund, v.wallet_accepted)
    return Outcome(v.id, est, s, fund)


@dataclass(frozen=True)
class Usable:
    """What a person could spend at a moment: their own account, wallet and bound family money."""

    member_id: int
    personal_fen: int
    wallet_fen: int
    lines: tuple[settlement.Line, ...]
    skipped: tuple[settlement.Skip, ...]

    @property
    def total_fen(self) -> int:
        return sum(ln.amount_fen for ln in self.lines)


def usable(rules: Rules, state: State, member_id: int, day: dt.date, care: str = "outpatient") -> Usable:
    """The one answer to "usable money of X at this moment" (``state`` stands at the moment)."""
    keys, _ = inputs(rules, member_id, day)
    big = sum(max(0, state.get(k)) for k in keys) + 1
    s = _settle(rules, state, member_id, day, care, big, True)
    return Usable(member_id, state.get((member_id, "personal")), state.get((member_id, "wallet")),
                  tuple(ln for ln in s.lines if ln.source != "cash"), tuple(s.skipped))


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
