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
* :class:`Replay` — settle-and-carry from a moment on, stopping as soon as the new state equals what the
  stored rows imply (``incremental``), so a back-dated change re-settles only what it changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import model, reimbursement, settlement, wallet
from .policy import RegionPolicy

DAY_US = 86_400_000_000
END = DAY_US  # the time of day of an event without one: the end of its day
TRANSFER, VISIT, STATEMENT, AFTER = 0, 1, 2, 3  # ranks of events at the same time of day
END_TEXT = "24:00:00.000000"  # how END compares with stored times of day (text "HH:MM:SS.ffffff")
LATER = 2 ** 62  # a sequence after every stored id (a visit not yet saved)


def tod(t: dt.time | None) -> int:
    """Microseconds since midnight; :data:`END` without a time."""
    if t is None:
        return END
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def tod_text(us: int) -> str:
    """A time of day as the store keeps it ("HH:MM:SS.ffffff"; :data:`END_TEXT` for the end of the day)."""
    if us >= END:
        return END_TEXT
    s, micro = divmod(us, 1_000_000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}.{micro:06d}"


@dataclass(frozen=True, order=True, slots=True)
class Moment:
    """A point in the book's order: day, time of day (µs), rank among events at that time, sequence (id)."""

    day: dt.date
    tod: int = 0
    rank: int = 0
    seq: int = 0

    @classmethod
    def start_of(cls, day: dt.date) -> Moment:
        """Before everything dated ``day``."""
        return cls(day, 0, TRANSFER, -1)

    @classmethod
    def end_of(cls, day: dt.date) -> Moment:
        """After everything dated ``day`` (what "the balance on that day" means)."""
        return cls(day, END, AFTER, LATER)

    @classmethod
    def of_visit(cls, day: dt.date, time: dt.time | None, visit_id: int | None) -> Moment:
        """A visit's place; ``visit_id`` None for one not yet saved (after the stored ones of that time)."""
        return cls(day, tod(time), VISIT, LATER if visit_id is None else visit_id)

    @classmethod
    def of_statement(cls, day: dt.date, time: dt.time | None, statement_id: int) -> Moment:
        return cls(day, tod(time), STATEMENT, statement_id)

    @classmethod
    def of_time(cls, at: dt.datetime, rank: int = TRANSFER, seq: int = 0) -> Moment:
        """A moment from a datetime (aware, or naive China time)."""
        c = wallet.china_time(at)
        return cls(c.date(), tod(c.time()), rank, seq)

    @classmethod
    def now(cls, at: dt.datetime) -> Moment:
        """Just after everything recorded up to ``at`` (a visit saved now comes after this)."""
        c = wallet.china_time(at)
        return cls(c.date(), tod(c.time()), AFTER, LATER)

    @property
    def text(self) -> str:
        return tod_text(self.tod)


def naive_china(moment: dt.datetime) -> dt.datetime:
    """How datetimes are stored: naive China time."""
    return wallet.china_time(moment).replace(tzinfo=None)


def split_moment(at: dt.datetime | dt.date) -> tuple[dt.date, dt.time | None]:
    """A date and time of day for storing; a bare date has no time (the end of its day)."""
    if isinstance(at, dt.datetime):
        c = naive_china(at)
        return c.date(), c.time()
    return at, None


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
                        "insured" if before else m.status, m.birth_date)


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
            p = self._policies[key] = CachedPolicy(base.code, base.name, base.year, base.chain)
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
        rules_cache: dict[str, wallet.WalletRules | None] = {}
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
                if code not in rules_cache:
                    try:
                        rules_cache[code] = wallet.WalletRules.of(self.policy(code, now.date()))
                    except (ValueError, KeyError):
                        rules_cache[code] = None
                rules = rules_cache[code]
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


# ---- settle and carry ----

@dataclass(frozen=True, slots=True)
class StoredVisit:
    """A visit in the timeline with what the store holds for it (None where nothing is stored yet)."""

    facts: VisitFacts
    fund_estimated_fen: int | None  # None: not stored yet (a new visit)
    lines: tuple[tuple, ...] | None  # stored allocation rows (see ``line_rows``); None: new
    usage: Usage | None  # stored year usage; None when unknown
    usage_known: bool  # False for rows written before the usage was stored: never skipped

    @property
    def known(self) -> bool:
        """Settled before with everything a replay compares: it may be taken as stored."""
        return self.lines is not None and self.fund_estimated_fen is not None and self.usage_known

    def effect(self) -> Effect:
        accounts: list[tuple[Key, int]] = []
        bindings: list[tuple[int, int]] = []
        for row in self.lines or ():
            _vid, _seq, _src, account, payer, binding, amount = row[:7]
            if account is not None and payer is not None:
                accounts.append(((payer, account), amount))
            if binding is not None:
                bindings.append((binding, amount))
        return Effect(self.facts.member_id, tuple(accounts), tuple(bindings), self.usage)


@dataclass(frozen=True, slots=True)
class Removed:
    """A visit or statement the change took out, at its old moment (what the stored rows still assume)."""

    moment: Moment
    effect: Effect | None = None  # a visit's old effect
    statement: StatementRow | None = None


@dataclass
class Result:
    """What a replay found for one evaluated visit (rows to write when ``changed``)."""

    visit: StoredVisit
    outcome: Outcome
    rows: list[tuple]
    changed: bool  # lines differ from the stored ones
    estimate_changed: bool
    usage_changed: bool


@dataclass
class ReplayStats:
    visits: int = 0  # visits evaluated
    skipped: int = 0  # visits passed over because nothing they read had changed
    changed: int = 0
    lines_written: int = 0
    stopped_at: Moment | None = None  # the state converged here (incremental replays)
    outcomes: dict[int, Outcome] = field(default_factory=dict)


def line_rows(visit_id: int, s: settlement.Settlement) -> list[tuple]:
    """Allocation rows: visit, seq, source, account, payer, binding, amount, reason zh/en, facts."""
    rows = []
    for seq, ln in enumerate(s.lines):
        src = ln.source
        cash = src == "cash"
        rows.append((visit_id, seq, src, None if cash else ("wallet" if src == "wallet" else "personal"),
                     None if cash else ln.account_id, ln.binding_id, ln.amount_fen, ln.text_zh, ln.text_en,
                     ",".join(ln.sources)))
    return rows


def _amounts(rows: Sequence[tuple]) -> list[tuple]:
    return [r[:7] for r in rows]


class _Diff:
    """New state minus the state the stored rows assume, with the set of figures that differ."""

    def __init__(self) -> None:
        self.d: dict[tuple, int] = {}

    def add(self, key: tuple, amount: int) -> None:
        if amount:
            v = self.d.get(key, 0) + amount
            if v:
                self.d[key] = v
            else:
                self.d.pop(key, None)

    def set(self, key: tuple, value: int) -> None:
        if value:
            self.d[key] = value
        else:
            self.d.pop(key, None)

    def get(self, key: tuple) -> int:
        return self.d.get(key, 0)

    def effect(self, e: Effect, sign: int) -> None:
        for key, amount in e.accounts:
            self.add(("b", *key), -sign * amount)
        for bid, amount in e.bindings:
            self.add(("u", bid), sign * amount)
        if e.usage is not None:
            year, group, ded, fund = e.usage
            self.add(("d", e.member_id, year, group), sign * ded)
            self.add(("f", e.member_id, year, group), sign * fund)

    def past_year(self, year: int) -> None:
        """Year usage of years before ``year`` reads nothing any more: forget how it differs."""
        for k in [k for k in self.d if k[0] in ("d", "f") and k[2] < year]:
            del self.d[k]

    def touches(self, keys: list[Key], bids: list[int], member_id: int, year: int) -> bool:
        if not self.d:
            return False
        d = self.d
        if any(("b", *k) in d for k in keys) or any(("u", b) in d for b in bids):
            return True
        return any(k[0] in ("d", "f") and k[1] == member_id and k[2] == year for k in d)

    def __bool__(self) -> bool:
        return bool(self.d)


Event = tuple[Moment, int, Any]  # moment, kind (0 transfer, 1 statement, 2 removed), payload


class Replay:
    """Settle-and-carry through a timeline of stored visits and events, from ``start`` on.

    ``incremental``: the change is only to visits and statements (the rules, bindings, people and
    transfers are as the stored rows assume), so a visit none of whose inputs differ is taken as stored,
    and the replay stops once nothing differs and ``reach`` is passed. Otherwise every visit is evaluated.
    """

    def __init__(self, rules: Rules, state: State, start: Moment, *, incremental: bool,
                 removed: Sequence[Removed] = (), new_statements: Iterable[int] = (), reach: Moment | None = None,
                 keep: int | None = None) -> None:
        self.rules, self.state, self.start = rules, state, start
        self.incremental = incremental
        self.keep = keep
        self.reach = reach or start
        self.new_statements = set(new_statements)
        self.diff = _Diff()
        self.stats = ReplayStats()
        events: list[Event] = [(e.moment, 0, e) for e in rules.transfer_events if e.moment >= start]
        events += [(st.moment, 1, st) for rows in rules.statements.values() for st in rows if st.moment >= start]
        events += [(r.moment, 2, r) for r in removed if r.moment >= start]
        events.sort(key=lambda x: (x[0], x[1]))
        self._events = events
        self._ei = 0
        self._year = start.day.year
        self._changes_left = sum(1 for _m, kind, x in events
                                 if kind == 2 or (kind == 1 and x.id in self.new_statements))
        if removed:
            self.reach = max(self.reach, *(r.moment for r in removed))
        for sid in self.new_statements:
            for rows in rules.statements.values():
                for st in rows:
                    if st.id == sid:
                        self.reach = max(self.reach, st.moment)

    def advance(self, m: Moment | None) -> None:
        """Apply the events before ``m`` (all of them when None)."""
        self._events_before(m)
        if m is not None and m.day.year != self._year:
            self._year = m.day.year
            self.diff.past_year(self._year)

    def _events_before(self, m: Moment | None) -> None:
        ev = self._events
        while self._ei < len(ev) and (m is None or ev[self._ei][0] < m):
            moment, kind, x = ev[self._ei]
            self._ei += 1
            if kind == 0:
                self.state.add((x.member_id, x.account), x.amount_fen)
            elif kind == 1:
                key = (x.member_id, x.account)
                if x.id in self.new_statements:  # the stored rows did not know it: the diff is the jump
                    self._changes_left -= 1
                    old = self.state.get(key) - self.diff.get(("b", *key))
                    self.diff.set(("b", *key), x.balance_fen - old)
                else:
                    self.diff.set(("b", *key), 0)
                self.state.reset(key, x.balance_fen)
            else:
                self._changes_left -= 1
                if x.effect is not None:
                    self.diff.effect(x.effect, -1)  # the stored rows took it; the new state does not
                if x.statement is not None:  # the stored rows reset to it; the new state carries on
                    st = x.statement
                    key = (st.member_id, st.account)
                    self.diff.set(("b", *key), self.state.get(key) - st.balance_fen)

    def converged(self, nxt: StoredVisit) -> bool:
        """Nothing differs and the change is behind: ``nxt`` and every later stored row stand as they are."""
        return (self.incremental and not self.diff and nxt.facts.moment > self.reach and self._changes_left == 0
                and nxt.known)

    def step(self, v: StoredVisit) -> Result | None:
        """Take the next visit (in moment order); None when it was passed over as stored."""
        f = v.facts
        self._events_before(f.moment)
        if self.incremental and v.known and f.id != self.keep:
            keys, bids = inputs(self.rules, f.member_id, f.on_date)
            if not self.diff.touches(keys, bids, f.member_id, f.on_date.year):
                self.state.apply(v.effect())
                self.stats.skipped += 1
                return None
        out = evaluate(self.rules, self.state, f)
        effect = out.effect(f.member_id)
        self.state.apply(effect)
        self.diff.effect(effect, 1)
        if v.lines is not None:
            self.diff.effect(v.effect(), -1)
        self.stats.visits += 1
        if f.id is not None and f.id == self.keep:
            self.stats.outcomes[f.id] = out
        assert f.id is not None
        rows = line_rows(f.id, out.settlement)
        old = v.lines
        if old is None:
            changed = True
        else:
            changed = _amounts(old) != _amounts(rows) or list(old) != rows
        return Result(v, out, rows, changed, out.estimate.fund_fen != v.fund_estimated_fen,
                      not v.usage_known or effect.usage != v.usage)

    def finish(self) -> None:
        """Apply the events after the last visit (nothing to write; keeps the state complete)."""
        self._events_before(None)


def carry(rules: Rules, state: State, visits: Iterable[StoredVisit], replay: Replay,
          progress: Callable[[int], None] | None = None) -> Iterable[Result]:
    """Run ``replay`` over ``visits`` (in moment order), yielding what each evaluated visit gives and
    stopping as soon as the state has converged."""
    n = 0
    for v in visits:
        replay.advance(v.facts.moment)
        if replay.converged(v):
            replay.stats.stopped_at = v.facts.moment
            return
        r = replay.step(v)
        n += 1
        if progress is not None and n % 1000 == 0:
            progress(n)
        if r is not None:
            yield r


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
