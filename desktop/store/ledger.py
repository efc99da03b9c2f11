"""The book's money, replayed in date order: balances, year usage and the settlement of visits.

Nothing here patches a balance. An account's balance at a moment is its latest statement before
that moment plus every recorded event after it: allocation lines of visits (own account, family
accounts, wallet), wallet transfers (the sender pays when it asks, gets the money back when the
transfer returns; the recipient's wallet is credited when it receives).

Order within a day (dates are China dates): wallet-transfer events first, then the day's visits in
the order they were recorded (id), then the day's statements (a statement is the balance at the
*end* of its day, so the visits of that day are already in it).

:meth:`Ledger.replay` re-estimates and re-settles every visit from a point on, with the state at
that point loaded lazily (only the accounts, bindings and people the visits touch), and rewrites
the visits whose fund share or allocation lines changed. Recording, editing or deleting a visit,
a statement, a binding change or a transfer all replay from their date, so deductibles, caps and
balances of later visits move with them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select

from desktop.core import model, reimbursement, settlement, wallet
from desktop.core.policy import RegionPolicy, Registry

from .models import AllocationLine, AppMeta, Binding, Member, Statement, Visit, WalletTransfer

V = Visit.__table__
L = AllocationLine.__table__
# Bulk writes go through the connection's executemany with values already in their stored form
# (ISO dates): about twice as fast as running every value through the column types.
_LINE_COLS = ("visit_id", "seq", "source", "account", "payer_id", "binding_id", "amount_fen", "reason_zh",
              "reason_en", "fact_id")
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Point:
    """A moment in the book's order. stage 0: start of ``day``; 1: after the day's transfers and its
    visits with id below ``visit_id`` (all of them when None); 2: end of the day (after statements)."""

    day: dt.date
    stage: int = 0
    visit_id: int | None = None

    @classmethod
    def end_of(cls, day: dt.date) -> Point:
        return cls(day, 2)

    def visit_cut(self):
        """SQL condition: the visit lies before this point."""
        if self.stage == 0:
            return V.c.on_date < self.day
        if self.stage == 2 or self.visit_id is None:
            return V.c.on_date <= self.day
        return or_(V.c.on_date < self.day, and_(V.c.on_date == self.day, V.c.id < self.visit_id))

    def visit_from(self):
        """SQL condition: the visit lies at or after this point (``NOT visit_cut()``, written so SQLite can
        range-scan the date index instead of reading every visit: recording today's visit in a 50,000-visit
        book went from a full scan of visits and lines to a few rows)."""
        if self.stage == 0:
            return V.c.on_date >= self.day
        if self.stage == 2 or self.visit_id is None:
            return V.c.on_date > self.day
        return and_(V.c.on_date >= self.day, or_(V.c.on_date > self.day, V.c.id >= self.visit_id))

    def has_day_events(self) -> bool:
        """Whether the transfers of ``day`` are already before this point."""
        return self.stage >= 1


@dataclass(frozen=True, slots=True)
class TransferEvent:
    day: dt.date
    member_id: int
    account: str
    amount_fen: int  # signed: negative leaves the account


@dataclass
class Outcome:
    """The estimate and settlement of one visit (what the UI shows as the split)."""

    visit_id: int | None
    estimate: reimbursement.Estimate
    settlement: settlement.Settlement
    fund_fen: int  # the fund share used: the actual one from the receipt when known


@dataclass
class ReplayStats:
    visits: int = 0
    changed: int = 0
    lines_written: int = 0
    outcomes: dict[int, Outcome] = field(default_factory=dict)


def china_day(moment: dt.datetime) -> dt.date:
    return wallet.china_time(moment).date()


def stored_time(moment: dt.datetime) -> str:
    """A datetime in the text form SQLAlchemy stores in SQLite (for bulk writes)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def naive_china(moment: dt.datetime) -> dt.datetime:
    """How datetimes are stored: naive China time."""
    return wallet.china_time(moment).replace(tzinfo=None)


WALLET_POSITION_KEY = "payment.wallet_position"  # app meta: the family's place for the wallet (SEED-FACTS §5)


def wallet_position(conn: Connection) -> str:
    """The book's setting for where the wallet pays (``settlement.WALLET_POSITIONS``); "region" by default
    and for anything else found there (e.g. an imported book from a newer version)."""
    value = conn.execute(select(AppMeta.__table__.c.value)
                         .where(AppMeta.__table__.c.key == WALLET_POSITION_KEY)).scalar_one_or_none()
    return value if value in settlement.WALLET_POSITIONS else "region"


class Ledger:
    """Reads the book through one Core connection (inside the caller's transaction)."""

    def __init__(self, conn: Connection, registry: Registry, now: dt.datetime | None = None) -> None:
        self.conn = conn
        self.registry = registry
        self.now = now or dt.datetime.now(wallet.CHINA)
        self.members = {r.id: r for r in conn.execute(select(Member.__table__))}
        self.bindings = list(conn.execute(select(Binding.__table__).order_by(Binding.__table__.c.id)))
        self.statements: dict[tuple[int, str], list[tuple[dt.date, int]]] = defaultdict(list)
        st = Statement.__table__
        for r in conn.execute(select(st.c.member_id, st.c.account, st.c.on_date, st.c.balance_fen, st.c.id)
                              .order_by(st.c.on_date, st.c.id)):
            self.statements[(r.member_id, r.account)].append((r.on_date, r.balance_fen))
        self._people: dict[tuple[int, bool], model.Person] = {}
        self._policies: dict[str, RegionPolicy] = {}
        self._people_map: dict[int, model.Person] | None = None
        self._by_beneficiary: dict[int, list] = {}
        self.transfer_events = self._transfer_events()
        self.wallet_position = wallet_position(conn)
        self._orders: dict[str, tuple[str, ...]] = {}

    # ---- people, policies, bindings as of a day ----

    def policy(self, region_code: str) -> RegionPolicy:
        p = self._policies.get(region_code)
        if p is None:
            base = self.registry.resolve_insured_place(region_code)
            p = self._policies[region_code] = _CachedPolicy(base.code, base.name, base.year, base.chain)
        return p

    def order(self, region_code: str) -> tuple[str, ...]:
        """The payment order for a beneficiary of ``region_code``: the pack's, with the wallet where the
        family put it (:data:`WALLET_POSITION_KEY`)."""
        o = self._orders.get(region_code)
        if o is None:
            o = self._orders[region_code] = settlement.payment_order(self.policy(region_code), self.wallet_position)
        return o

    def person(self, member_id: int, day: dt.date | None = None) -> model.Person:
        """The member as the rules see them on ``day``: a status counts from its date on."""
        m = self.members[member_id]
        before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
        key = (member_id, before)
        p = self._people.get(key)
        if p is None:
            p = self._people[key] = model.Person(
                m.id, m.name, m.region_code, m.insurance, m.employment, "insured" if before else m.status,
                m.birth_date)
        return p

    def people(self) -> dict[int, model.Person]:
        if self._people_map is None:
            self._people_map = {mid: self.person(mid) for mid in self.members}
        return self._people_map

    def terms_on(self, beneficiary_id: int, day: dt.date) -> list[model.BindingTerm]:
        """The beneficiary's bindings as they stood on ``day`` (a terminated one still paid before it ended)."""
        mine = self._by_beneficiary.get(beneficiary_id)
        if mine is None:
            mine = self._by_beneficiary[beneficiary_id] = [b for b in self.bindings if b.beneficiary_id == beneficiary_id]
        return [term_on(b, day) for b in mine]

    # ---- balances ----

    def _transfer_events(self) -> list[TransferEvent]:
        out: list[TransferEvent] = []
        rules_cache: dict[str, wallet.WalletRules | None] = {}
        for t in self.conn.execute(select(WalletTransfer.__table__)):
            out.append(TransferEvent(china_day(t.requested_at), t.from_id, "personal", -t.amount_fen))
            if t.received_at is not None:
                out.append(TransferEvent(china_day(t.received_at), t.to_id, "wallet", t.amount_fen))
                continue
            back = t.returned_at
            if back is None:
                sender = self.members.get(t.from_id)
                code = sender.region_code if sender is not None else "000000"
                if code not in rules_cache:
                    try:
                        rules_cache[code] = wallet.WalletRules.of(self.policy(code))
                    except ValueError:
                        rules_cache[code] = None
                rules = rules_cache[code]
                if rules is not None:
                    due = rules.returns_at(t.requested_at)
                    if due <= wallet.china_time(self.now):
                        back = due
            if back is not None:
                out.append(TransferEvent(china_day(back), t.from_id, "personal", t.amount_fen))
        out.sort(key=lambda e: e.day)
        return out

    def base_statement(self, member_id: int, account: str, point: Point) -> tuple[dt.date | None, int]:
        """The latest statement before ``point`` (statements count at the end of their day)."""
        best: tuple[dt.date | None, int] = (None, 0)
        for day, bal in self.statements.get((member_id, account), ()):
            if day < point.day or (point.stage == 2 and day == point.day):
                best = (day, bal)
            else:
                break
        return best

    def balance(self, member_id: int, account: str, point: Point) -> int:
        """Balance of a personal account or wallet at ``point``."""
        since, value = self.base_statement(member_id, account, point)
        for e in self.transfer_events:
            if e.member_id != member_id or e.account != account:
                continue
            if since is not None and e.day <= since:
                continue
            if e.day < point.day or (e.day == point.day and point.has_day_events()):
                value += e.amount_fen
        q = (select(func.coalesce(func.sum(L.c.amount_fen), 0))
             .select_from(L.join(V, V.c.id == L.c.visit_id))
             .where(L.c.payer_id == member_id, L.c.account == account, point.visit_cut()))
        if since is not None:
            q = q.where(V.c.on_date > since)
        return value - int(self.conn.execute(q).scalar_one())

    def binding_used(self, binding_id: int, point: Point) -> int:
        q = (select(func.coalesce(func.sum(L.c.amount_fen), 0))
             .select_from(L.join(V, V.c.id == L.c.visit_id))
             .where(L.c.binding_id == binding_id, point.visit_cut()))
        return int(self.conn.execute(q).scalar_one())

    def usage(self, member_id: int, point: Point) -> reimbursement.YearUsage:
        """The member's deductible met and fund paid in the point's year, by re-estimating earlier visits."""
        u = reimbursement.YearUsage()
        start = dt.date(point.day.year, 1, 1)
        rows = self.conn.execute(
            select(V.c.id, V.c.on_date, V.c.care_type, V.c.hospital_class, V.c.total_fen, V.c.fund_actual_fen,
                   V.c.wallet_accepted)
            .where(V.c.member_id == member_id, V.c.on_date >= start, point.visit_cut())
            .order_by(V.c.on_date, V.c.id))
        for r in rows:
            est = self._estimate(member_id, r.id, r.on_date, r.care_type, r.hospital_class, r.total_fen,
                                 r.wallet_accepted, u)
            _record(u, est, r.fund_actual_fen)
        return u

    def _estimate(self, member_id: int, visit_id: int | None, day: dt.date, care: str, hospital: str,
                  total_fen: int, wallet_accepted: bool, usage: reimbursement.YearUsage,
                  person: model.Person | None = None) -> reimbursement.Estimate:
        person = person or self.person(member_id, day)
        v = model.Visit(visit_id, member_id, day, care, hospital, total_fen, wallet_accepted)
        return reimbursement.estimate(v, person, self.policy(person.region_code), usage)

    # ---- settling ----

    def state(self, point: Point) -> _State:
        return _State(self, point)

    def evaluate(self, state: _State, member_id: int, visit_id: int | None, day: dt.date, care: str,
                 hospital: str, total_fen: int, fund_actual_fen: int | None, wallet_accepted: bool) -> Outcome:
        """Estimate and settle one visit against ``state`` (which is not changed; see ``_State.apply``)."""
        usage = state.usage(member_id)
        person = self.person(member_id, day)
        est = self._estimate(member_id, visit_id, day, care, hospital, total_fen, wallet_accepted, usage, person)
        fund = est.fund_fen if fund_actual_fen is None else fund_actual_fen
        terms = self.terms_on(member_id, day)
        accounts = {member_id: state.get((member_id, "personal"))}
        used: dict[int, int] = {}
        for t in terms:
            if t.authorizer_id not in accounts and t.status == "active":
                accounts[t.authorizer_id] = state.get((t.authorizer_id, "personal"))
            if t.amount_cap_fen is not None and t.status == "active":
                used[t.id] = state.used(t.id)
        s = settlement.settle(
            person, total_fen - fund, day, care, self.policy(person.region_code),
            accounts=accounts, wallet_fen=state.get((member_id, "wallet")), bindings=terms, used_fen=used,
            people=self.people(), policy_for=self.policy, wallet_accepted=wallet_accepted,
            order=self.order(person.region_code))
        return Outcome(visit_id, est, s, fund)

    def replay(self, start: Point, progress: Progress | None = None, keep: int | None = None,
               new_visits: Sequence[NewVisit] = ()) -> ReplayStats:
        """Re-settle every visit at or after ``start`` and rewrite those whose results changed.

        ``new_visits`` (with ids, none before ``start``) are settled in their place among the stored
        ones and inserted with their lines, so a bulk import writes each row once. ``keep`` names a
        visit whose :class:`Outcome` is returned in ``stats.outcomes``.
        """
        state = self.state(start)
        stats = ReplayStats()
        after = start.visit_from()
        visits: list[Any] = list(self.conn.execute(select(V).where(after).order_by(V.c.on_date, V.c.id)).all())
        if new_visits:
            visits = sorted([*visits, *new_visits], key=lambda v: (v.on_date, v.id))
        if not visits:
            return stats
        stored: dict[int, list[tuple]] = defaultdict(list)
        cols = [L.c[k] for k in _LINE_COLS]
        for r in self.conn.execute(select(*cols).where(L.c.visit_id.in_(select(V.c.id).where(after)))  # date index
                                   .order_by(L.c.visit_id, L.c.seq)).all():
            stored[r[0]].append(tuple(r))
        # non-visit events after the start, in day order; transfers open a day, statements close it
        pending: list[tuple[dt.date, int, tuple[int, str], int]] = [
            (e.day, 0, (e.member_id, e.account), e.amount_fen) for e in self.transfer_events
            if e.day > start.day or (e.day == start.day and not start.has_day_events())]
        pending += [(day, 2, key, bal) for key, rows in self.statements.items() for day, bal in rows
                    if day >= start.day]
        pending.sort(key=lambda x: (x[0], x[1]))
        pi = 0
        new_lines: list[tuple] = []
        changed: list[int] = []
        estimates: list[tuple[int, int]] = []
        inserts: list[tuple] = []
        total = len(visits)
        for n, v in enumerate(visits):
            while pi < len(pending) and (pending[pi][0], pending[pi][1]) < (v.on_date, 1):
                _day, kind, key, amount = pending[pi]
                if kind == 0:
                    state.add(key, amount)
                else:
                    state.reset(key, amount)
                pi += 1
            out = self.evaluate(state, v.member_id, v.id, v.on_date, v.care_type, v.hospital_class, v.total_fen,
                                v.fund_actual_fen, v.wallet_accepted)
            state.apply(v.member_id, out)
            rows = line_rows(v.id, out.settlement)
            stats.visits += 1
            if v.id == keep:
                stats.outcomes[v.id] = out
            if progress is not None and (n % 1000 == 0 or n == total - 1):
                progress(n + 1, total)
            if isinstance(v, NewVisit):
                inserts.append(v.as_row(out.estimate.fund_fen))
                new_lines.extend(rows)
                continue
            est_changed = out.estimate.fund_fen != v.fund_estimated_fen
            if est_changed:
                estimates.append((out.estimate.fund_fen, v.id))
            old = stored.get(v.id)
            if (not old and rows) or (old and old != rows):
                changed.append(v.id)
                new_lines.extend(rows)
            elif est_changed:
                stats.changed += 1
        self._write(changed, new_lines, estimates, inserts)
        stats.changed += len(changed) + len(inserts)
        stats.lines_written = len(new_lines)
        return stats

    def _write(self, changed: list[int], lines: list[tuple], estimates: list[tuple[int, int]],
               inserts: list[tuple]) -> None:
        """Write through the connection's executemany: one prepared statement, many rows."""
        for i in range(0, len(changed), 500):
            self.conn.execute(delete(L).where(L.c.visit_id.in_(changed[i:i + 500])))
        if estimates:
            self.conn.exec_driver_sql("UPDATE visits SET fund_estimated_fen = ? WHERE id = ?", estimates)
        if inserts:
            self.conn.exec_driver_sql(_INSERT_VISIT, inserts)
        if lines:
            self.conn.exec_driver_sql(_INSERT_LINE, lines)


@dataclass(frozen=True, slots=True)
class NewVisit:
    """A visit not yet in the book (bulk import): settled by :meth:`Ledger.replay`, then inserted."""

    id: int
    member_id: int
    on_date: dt.date
    institution: str
    hospital_class: str
    care_type: str
    total_fen: int
    fund_actual_fen: int | None
    wallet_accepted: bool
    notes: str
    created_at: str  # as stored: "YYYY-MM-DD HH:MM:SS.ffffff" (see :func:`stored_time`)

    def as_row(self, fund_estimated_fen: int) -> tuple:
        return (self.id, self.member_id, self.on_date.isoformat(), self.institution, self.hospital_class,
                self.care_type, self.total_fen, fund_estimated_fen, self.fund_actual_fen,
                1 if self.wallet_accepted else 0, self.notes, self.created_at)


_VISIT_COLS = ("id", "member_id", "on_date", "institution", "hospital_class", "care_type", "total_fen",
               "fund_estimated_fen", "fund_actual_fen", "wallet_accepted", "notes", "created_at")
_INSERT_VISIT = f"INSERT INTO visits ({', '.join(_VISIT_COLS)}) VALUES ({', '.join('?' * len(_VISIT_COLS))})"
_INSERT_LINE = f"INSERT INTO allocation_lines ({', '.join(_LINE_COLS)}) VALUES ({', '.join('?' * len(_LINE_COLS))})"


class _State:
    """Balances, authorization use and year usage during a replay, loaded lazily at the start point."""

    def __init__(self, ledger: Ledger, point: Point) -> None:
        self.ledger, self.point = ledger, point
        self.values: dict[tuple[int, str], int] = {}
        self.delta: dict[tuple[int, str], int] = defaultdict(int)
        self._used: dict[int, int] = {}
        self._used_delta: dict[int, int] = defaultdict(int)
        self._usage: dict[int, reimbursement.YearUsage] = {}

    def get(self, key: tuple[int, str]) -> int:
        v = self.values.get(key)
        if v is None:
            v = self.values[key] = self.ledger.balance(key[0], key[1], self.point) + self.delta.pop(key, 0)
        return v

    def add(self, key: tuple[int, str], amount: int) -> None:
        if key in self.values:
            self.values[key] += amount
        else:
            self.delta[key] += amount

    def reset(self, key: tuple[int, str], value: int) -> None:
        self.values[key] = value
        self.delta.pop(key, None)

    def used(self, binding_id: int) -> int:
        v = self._used.get(binding_id)
        if v is None:
            v = self._used[binding_id] = (self.ledger.binding_used(binding_id, self.point)
                                          + self._used_delta.pop(binding_id, 0))
        return v

    def usage(self, member_id: int) -> reimbursement.YearUsage:
        u = self._usage.get(member_id)
        if u is None:
            u = self._usage[member_id] = self.ledger.usage(member_id, self.point)
        return u

    def apply(self, member_id: int, out: Outcome) -> None:
        _record(self.usage(member_id), out.estimate, out.fund_fen)
        for ln in out.settlement.lines:
            if ln.source in ("own", "family") and ln.account_id is not None:
                self.add((ln.account_id, "personal"), -ln.amount_fen)
            elif ln.source == "wallet":
                self.add((member_id, "wallet"), -ln.amount_fen)
            if ln.binding_id is not None:
                if ln.binding_id in self._used:
                    self._used[ln.binding_id] += ln.amount_fen
                else:
                    self._used_delta[ln.binding_id] += ln.amount_fen


def _record(u: reimbursement.YearUsage, est: reimbursement.Estimate, fund_actual: int | None) -> None:
    """Count a visit in the year's usage: its deductible, and the fund share actually paid when known."""
    if est.group is None:
        return
    u.add(est.year, est.group, est.deductible_used_fen, est.fund_fen if fund_actual is None else fund_actual)


@dataclass(frozen=True)
class _CachedPolicy(RegionPolicy):
    """A region's policy that remembers its table lookups (a replay asks the same few thousands of times)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", {})

    def benefit(self, care: str, person: str, hospital: str, age: int | None):
        key = ("b", care, person, hospital, age)
        memo = self._memo
        if key not in memo:
            memo[key] = RegionPolicy.benefit(self, care, person, hospital, age)
        return memo[key]

    def cap(self, group: str, person: str, age: int | None):
        key = ("c", group, person, age)
        memo = self._memo
        if key not in memo:
            memo[key] = RegionPolicy.cap(self, group, person, age)
        return memo[key]


def term_on(b, day: dt.date) -> model.BindingTerm:
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


def line_rows(visit_id: int, s: settlement.Settlement) -> list[tuple]:
    """Allocation lines as tuples in ``_LINE_COLS`` order (the reasons rendered in both languages)."""
    rows = []
    for seq, ln in enumerate(s.lines):
        src = ln.source
        cash = src == "cash"
        rows.append((visit_id, seq, src, None if cash else ("wallet" if src == "wallet" else "personal"),
                     None if cash else ln.account_id, ln.binding_id, ln.amount_fen, ln.text_zh, ln.text_en,
                     ",".join(ln.sources)))
    return rows
