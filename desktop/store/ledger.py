"""The book's money through one connection: reads rows for :mod:`desktop.core.ledger` and writes what it settles.

Nothing here holds a rule. The core's :class:`~desktop.core.ledger.Rules` gets the members, bindings,
statements and transfers; its :class:`~desktop.core.ledger.State` finds the figures at a moment through the
SQL in :mod:`desktop.store.ledger_sql`; :meth:`Ledger.replay` feeds the stored visits from a moment on to the
core's :class:`~desktop.core.ledger.Replay` in windows of days (so a replay that converges early reads only
a few) and writes the visits whose results changed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select

from desktop.core import carry, reimbursement, settlement, wallet
from desktop.core import ledger as core
from desktop.core.carry import ReplayStats
from desktop.core.ledger import Moment, Outcome, term_on  # noqa: F401 - the store's names for them
from desktop.core.moments import tod
from desktop.core.policy import RegionPolicy, Registry

from . import ledger_sql as q
from .ledger_sql import (
    LOCAL_RULES_KEY,
    RegistryRules,
    SqlLoaders,
    local_rules_of,
    parse_date,
    row_facts,
    statement_rows,
    time_text,
)
from .models import AllocationLine, AppMeta, Binding, Member, Quota, Statement, WalletTransfer
from .tables import table_of

L = table_of(AllocationLine)
_LINE_COLS = ("visit_id", "seq", "source", "account", "payer_id", "binding_id", "amount_fen", "reason_zh",
              "reason_en", "fact_id", "quota_id")
_VISIT_COLS = ("id", "member_id", "on_date", "on_time", "institution", "hospital_class", "care_type", "total_fen",
               "fund_estimated_fen", "fund_actual_fen", "wallet_accepted", "notes", "created_at", "usage_group",
               "deductible_used_fen")
_INSERT_VISIT = f"INSERT INTO visits ({', '.join(_VISIT_COLS)}) VALUES ({', '.join('?' * len(_VISIT_COLS))})"
_INSERT_LINE = f"INSERT INTO allocation_lines ({', '.join(_LINE_COLS)}) VALUES ({', '.join('?' * len(_LINE_COLS))})"
_READ_VISIT = q.READ_VISIT
Progress = Callable[[int, int], None]
WALLET_POSITION_KEY = "payment.wallet_position"  # app meta: the family's place for the wallet (SEED-FACTS §5)
SHARING_MODEL_KEY = "wallet.sharing_model"  # app meta: "rules" (as the rules in force say), "transfer" or "quota"
SHARING_CHOICES = ("rules", "transfer", "quota")
naive_china = core.naive_china


def stored_time(moment: dt.datetime) -> str:
    """A datetime in the text form SQLAlchemy stores in SQLite (for bulk writes)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def wallet_position(conn: Connection) -> str:
    """The book's setting for where the wallet pays; "region" by default and for anything unknown."""
    value = conn.execute(select(table_of(AppMeta).c.value)
                         .where(table_of(AppMeta).c.key == WALLET_POSITION_KEY)).scalar_one_or_none()
    return value if value in settlement.WALLET_POSITIONS else "region"


def sharing_choice(conn: Connection) -> str:
    """The family's choice of sharing model: "rules" by default and for anything unknown."""
    value = conn.execute(select(table_of(AppMeta).c.value)
                         .where(table_of(AppMeta).c.key == SHARING_MODEL_KEY)).scalar_one_or_none()
    return value if value in SHARING_CHOICES else "rules"


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
    on_time: dt.time | None = None

    @property
    def facts(self) -> core.VisitFacts:
        return core.VisitFacts(self.id, self.member_id, self.on_date, self.on_time, self.care_type,
                               self.hospital_class, self.total_fen, self.fund_actual_fen, self.wallet_accepted)

    def as_row(self, fund_estimated_fen: int, usage: core.Usage | None) -> tuple:
        return (self.id, self.member_id, self.on_date.isoformat(), time_text(self.on_time), self.institution,
                self.hospital_class, self.care_type, self.total_fen, fund_estimated_fen, self.fund_actual_fen,
                1 if self.wallet_accepted else 0, self.notes, self.created_at, *_usage_cols(usage))


def _usage_cols(usage: core.Usage | None) -> tuple[str, int]:
    return ("", 0) if usage is None else (usage[1], usage[2])


class Ledger:
    """The core ledger over the book's rows, inside the caller's transaction."""

    def __init__(self, conn: Connection, registry: Registry, now: dt.datetime | None = None) -> None:
        self.conn = conn
        self.registry = registry
        self.now = now or dt.datetime.now(wallet.CHINA)
        members = list(conn.execute(select(table_of(Member))))
        self.bindings = list(conn.execute(select(table_of(Binding)).order_by(table_of(Binding).c.id)))
        statements = statement_rows(conn.execute(select(table_of(Statement))))
        transfers = list(conn.execute(select(table_of(WalletTransfer))))
        self.quotas = list(conn.execute(select(table_of(Quota)).order_by(table_of(Quota).c.id)))
        pos = conn.execute(select(table_of(AppMeta).c.value)
                           .where(table_of(AppMeta).c.key == WALLET_POSITION_KEY)).scalar_one_or_none()
        local = conn.execute(select(table_of(AppMeta).c.value)
                             .where(table_of(AppMeta).c.key == LOCAL_RULES_KEY)).scalar_one_or_none()
        self.prefer_local = local_rules_of(local)
        self.rules = core.Rules(RegistryRules(registry, self.prefer_local), members, self.bindings, statements,
                                transfers, self.now, pos, self.quotas)
        self.members: dict[int, Any] = self.rules.members  # the full member rows
        self.statements = self.rules.statements
        self.wallet_position = self.rules.wallet_position
        self.loaders = SqlLoaders(self.rules, self._run)

    def _run(self, sql: str, params: tuple) -> Any:
        return self.conn.exec_driver_sql(sql, params)

    # ---- the core's answers ----

    def policy(self, region_code: str, day: dt.date | None = None) -> RegionPolicy:
        return self.rules.policy(region_code, day)

    def order(self, region_code: str, day: dt.date | None = None) -> tuple[str, ...]:
        return self.rules.order(region_code, day)

    def person(self, member_id: int, day: dt.date | None = None):
        return self.rules.person(member_id, day)

    def people(self):
        return self.rules.people()

    def terms_on(self, beneficiary_id: int, day: dt.date):
        return self.rules.terms_on(beneficiary_id, day)

    def state(self, at: Moment) -> core.State:
        return core.State(self.loaders, at)

    def balance(self, member_id: int, account: str, at: Moment) -> int:
        return self.loaders.balance((member_id, account), at)

    def binding_used(self, binding_id: int, at: Moment) -> int:
        return self.loaders.used(binding_id, at)

    def usage(self, member_id: int, at: Moment) -> reimbursement.YearUsage:
        return self.loaders.usage(member_id, at)

    def evaluate(self, state: core.State, facts: core.VisitFacts) -> Outcome:
        return core.evaluate(self.rules, state, facts)

    def usable(self, member_id: int, at: Moment, care: str = "outpatient",
               state: core.State | None = None) -> core.Usable:
        return core.usable(self.rules, state or self.state(at), member_id, at.day, care, at)

    def quota_used(self, quota_id: int, at: Moment) -> int:
        return self.loaders.quota_used(quota_id, at)

    def locked(self, member_id: int, at: Moment, state: core.State | None = None) -> int:
        return core.locked(self.rules, state or self.state(at), member_id, at)

    # ---- replaying ----

    def replay(self, start: Moment | None, *, incremental: bool = False, removed: Sequence[carry.Removed] = (),
               new_statements: Sequence[int] = (), keep: int | None = None, new_visits: Sequence[NewVisit] = (),
               progress: Progress | None = None, reach: Moment | None = None,
               only_usage: bool = False) -> ReplayStats:
        """Settle from ``start`` (None: the whole book) and write the visits whose results changed.

        ``incremental`` is for changes to visits and statements only (see :class:`carry.Replay`); ``removed``
        are the visits or statements the change took out, ``new_statements`` the ids it added. ``new_visits``
        (with ids, none before ``start``) are settled in their place and inserted with their lines.
        """
        start = start or Moment(dt.date.min)
        # in moment order: (day, time of day, id) is a new visit's Moment (rank VISIT) compared as a plain tuple
        ordered = sorted(new_visits, key=lambda v: (v.on_date, tod(v.on_time), v.id))
        if ordered:  # the replay may not stop before the last of them
            last = ordered[-1].facts.moment
            reach = last if reach is None else max(reach, last)
        state = self.state(start)
        rp = carry.Replay(self.rules, state, start, incremental=incremental, removed=removed,
                         new_statements=new_statements, reach=reach, keep=keep)
        new_ids = {v.id for v in new_visits}
        total = self._count_from(start) + len(new_visits) if progress is not None else 0
        visits = heapq.merge(self._stored_from(start), (_new(v) for v in ordered),
                             key=lambda sv: sv.facts.moment)
        w = _Writes()
        by_id = {v.id: v for v in new_visits}
        step = None if progress is None else (lambda n: progress(n, total))
        for r in carry.carry(self.rules, state, visits, rp, step):
            vid = r.visit.facts.id
            assert vid is not None
            if vid in new_ids:
                w.inserts.append(by_id[vid].as_row(r.outcome.estimate.fund_fen, r.outcome.effect(r.visit.facts.member_id).usage))
                w.lines.extend(r.rows)
                continue
            if only_usage:  # filling in the carried usage of rows stored without it; nothing else is written
                if r.usage_changed:
                    w.usage.append((*_usage_cols(r.outcome.effect(r.visit.facts.member_id).usage), vid))
                continue
            if r.changed:
                w.changed.append(vid)
                w.lines.extend(r.rows)
            if r.estimate_changed:
                w.estimates.append((r.outcome.estimate.fund_fen, vid))
            if r.usage_changed:
                w.usage.append((*_usage_cols(r.outcome.effect(r.visit.facts.member_id).usage), vid))
            if r.changed or r.estimate_changed:
                rp.stats.changed += 1
        rp.finish()
        if progress is not None:
            progress(total, total)
        self._write(w)
        rp.stats.changed += len(w.inserts)
        rp.stats.lines_written = len(w.lines)
        return rp.stats

    def _write(self, w: _Writes) -> None:
        w.write(self.conn)

    def _count_from(self, start: Moment) -> int:
        cond, p = q.visit_from(start)
        return int(self._run(f"SELECT count(*) FROM visits v WHERE {cond}", p).fetchone()[0])

    def _stored_from(self, start: Moment) -> Iterator[carry.StoredVisit]:
        """The stored visits from ``start`` on in moment order, with their lines, a window of days at a time
        (8 days first, then wider): a replay that converges early reads only the first few."""
        cond, p = q.visit_from(start)
        last_text = self._run("SELECT max(on_date) FROM visits", ()).fetchone()[0]
        if last_text is None:
            return
        last = parse_date(last_text).toordinal()
        lo, span, first = start.day.toordinal(), 8, True
        cols = ", ".join(f"l.{c}" for c in _LINE_COLS)
        while lo <= last:
            hi = min(lo + span - 1, last)
            where = "v.on_date >= ? AND v.on_date <= ?" + (f" AND {cond}" if first else "")
            params = (dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat(), *(p if first else ()))
            rows = self._run(f"{_READ_VISIT} WHERE {where} ORDER BY v.on_date, {q.VT}, v.id", params).fetchall()
            first = False
            lines: dict[int, list[tuple]] = {}
            ids = [r[0] for r in rows]
            for i in range(0, len(ids), 900):
                part = ids[i:i + 900]
                for ln in self._run(f"SELECT {cols} FROM allocation_lines l WHERE l.visit_id IN "
                                    f"({', '.join('?' * len(part))}) ORDER BY l.visit_id, l.seq", tuple(part)):
                    lines.setdefault(ln[0], []).append(tuple(ln))
            for r in rows:
                yield _stored(r, lines.get(r[0], []))
            lo, span = hi + 1, min(span * 4, 4096)


def _stored(r: Any, lines: list[tuple]) -> carry.StoredVisit:
    facts = row_facts(r)
    est, group, ded = r[9], r[10], r[11]
    known = group is not None and ded is not None
    fund = est if facts.fund_actual_fen is None else facts.fund_actual_fen
    usage = (facts.on_date.year, group, ded, fund) if known and group else None
    return carry.StoredVisit(facts, est, tuple(lines), usage, known)


def _new(v: NewVisit) -> carry.StoredVisit:
    return carry.StoredVisit(v.facts, None, None, None, False)


@dataclass
class _Writes:
    changed: list[int] = field(default_factory=list)
    lines: list[tuple] = field(default_factory=list)
    estimates: list[tuple[int, int]] = field(default_factory=list)
    usage: list[tuple] = field(default_factory=list)
    inserts: list[tuple] = field(default_factory=list)

    def write(self, conn: Connection) -> None:
        """Through the connection's executemany (one prepared statement, many rows); from :data:`BULK_ROWS`
        inserted rows on, the inserts go through staging tables instead (:func:`_insert_staged`)."""
        for i in range(0, len(self.changed), 500):
            conn.execute(delete(L).where(L.c.visit_id.in_(self.changed[i:i + 500])))
        if self.estimates:
            conn.exec_driver_sql("UPDATE visits SET fund_estimated_fen = ? WHERE id = ?", self.estimates)
        if self.usage:
            conn.exec_driver_sql("UPDATE visits SET usage_group = ?, deductible_used_fen = ? WHERE id = ?", self.usage)
        if len(self.inserts) + len(self.lines) < BULK_ROWS:
            if self.inserts:
                conn.exec_driver_sql(_INSERT_VISIT, self.inserts)
            if self.lines:
                conn.exec_driver_sql(_INSERT_LINE, self.lines)
            return
        with bulk_cache(conn):
            _insert_staged(conn, "visits", _VISIT_COLS, self.inserts)
            _insert_staged(conn, "allocation_lines", _LINE_COLS, self.lines)


# A bulk write (a CSV import, a replay rewriting many lines) of this many rows or more goes through staging tables.
# Row by row, every INSERT into visits or allocation_lines is a statement of its own that fires the visit_sums
# triggers, so SQLite copies each page it touches into a statement journal first (spilled to a temporary file past
# 64 KiB) — about 24 KiB a row, 40 µs a line; and the pages of the growing tables and indexes fell out of the
# default 2 MiB page cache, so the cost of a row grew with the book (200,000 visits wrote in 4.6x the time of
# 50,000). Staged, the rows go in with one INSERT ... SELECT per table, in the same order (so the lines get the
# same ids), with the page cache raised while it runs.
BULK_ROWS = 2000
BULK_CACHE_KIB = 32 * 1024


@contextmanager
def bulk_cache(conn: Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """The connection's page cache at least ``kib`` KiB while the block runs, then as it was (a pooled connection
    keeps its pragmas)."""
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    page = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
    if (-old if old < 0 else old * page // 1024) >= kib:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the block's own error is the one to raise (the transaction is rolled back)
            conn.exec_driver_sql(f"PRAGMA cache_size = {old}")
        raise
    conn.exec_driver_sql(f"PRAGMA cache_size = {old}")


def _insert_staged(conn: Connection, table: str, cols: Sequence[str], rows: Sequence[tuple]) -> None:
    """``rows`` into ``table`` with one INSERT ... SELECT from a temporary table (dropped after; a rollback takes it
    back too), read in the order given: the stored rows are those the row-by-row insert writes. The staging table
    is in SQLite's temporary database: past its page cache it goes to a temporary file that SQLite deletes as it
    opens it (as the statement journals of the row-by-row insert did)."""
    if not rows:
        return
    stage = f"familypool_stage_{table}"
    names = ", ".join(cols)
    conn.exec_driver_sql(f"CREATE TEMP TABLE {stage} ({names})")
    try:
        conn.exec_driver_sql(f"INSERT INTO temp.{stage} VALUES ({', '.join('?' * len(cols))})", list(rows))
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) SELECT {names} FROM temp.{stage} ORDER BY rowid")
    except BaseException:
        with suppress(Exception):  # the insert's own error is the one to raise; the rollback drops it anyway
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
        raise
    conn.exec_driver_sql(f"DROP TABLE temp.{stage}")


def visit_facts(v: Any) -> core.VisitFacts:
    """A visit row (ORM or Core) as the rules see it."""
    return core.VisitFacts(v.id, v.member_id, v.on_date, v.on_time, v.care_type, v.hospital_class, v.total_fen,
                           v.fund_actual_fen, bool(v.wallet_accepted))


def removed_visit(conn: Connection, v: Any) -> carry.Removed:
    """A stored visit's old effect, read before it is deleted or moved."""
    lines = tuple(tuple(r) for r in conn.execute(
        select(*(L.c[c] for c in _LINE_COLS)).where(L.c.visit_id == v.id).order_by(L.c.seq)))
    known = v.usage_group is not None and v.deductible_used_fen is not None
    fund = v.fund_estimated_fen if v.fund_actual_fen is None else v.fund_actual_fen
    usage = (v.on_date.year, v.usage_group, v.deductible_used_fen, fund) if known and v.usage_group else None
    sv = carry.StoredVisit(visit_facts(v), v.fund_estimated_fen, lines, usage, known)
    return carry.Removed(sv.facts.moment, effect=sv.effect() if known else None)


def can_converge(removed: Sequence[carry.Removed]) -> bool:
    """A replay may stop early only when every removed visit's old effect is known."""
    return all(r.effect is not None or r.statement is not None for r in removed)
