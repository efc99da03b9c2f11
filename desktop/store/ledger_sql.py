"""The ledger's reads as plain SQL (qmark style), shared by the book's connection and the start-up glance.

Which visits lie before a :class:`~desktop.core.ledger.Moment` is written here once: a visit's place is
(date, time of day or the end of the day, visit rank, id). The conditions start with a range on the date
so SQLite scans the date index instead of every visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.core import ledger as core
from desktop.core import reimbursement
from desktop.core.ledger import END_TEXT, VISIT, Moment
from desktop.core.policy import RegionPolicy, Registry

VT = f"coalesce(v.on_time, '{END_TEXT}')"
Sql = tuple[str, tuple]
READ_VISIT = ("SELECT v.id, v.member_id, v.on_date, v.on_time, v.care_type, v.hospital_class, v.total_fen, "
              "v.fund_actual_fen, v.wallet_accepted, v.fund_estimated_fen, v.usage_group, v.deductible_used_fen "
              "FROM visits v")


def _visit_side(m: Moment, before: bool) -> Sql:
    """The visit ``v`` lies before ``m`` (``before``) or at or after it: the same place (date, time of day or
    the end of the day, visit rank, id) compared either way."""
    lt = "<" if before else ">"
    p: tuple = ()
    if m.rank == VISIT:
        tie, p = ("v.id < ?" if before else "v.id >= ?"), (m.seq,)
    else:
        tie = "1" if (m.rank > VISIT) == before else "0"
    d, t = m.day.isoformat(), m.text
    return (f"(v.on_date {lt}= ? AND (v.on_date {lt} ? OR {VT} {lt} ? OR ({VT} = ? AND {tie})))",
            (d, d, t, t, *p))


def visit_before(m: Moment) -> Sql:
    """The visit ``v`` lies before ``m``."""
    return _visit_side(m, True)


def visit_from(m: Moment) -> Sql:
    """The visit ``v`` lies at or after ``m`` (the negation of :func:`visit_before`)."""
    return _visit_side(m, False)


def spent(member_id: int, account: str, since: Moment | None, before: Moment) -> Sql:
    """What allocation lines took from an account in visits after ``since`` and before ``before``."""
    cond, p = visit_before(before)
    sql = ("SELECT coalesce(sum(l.amount_fen), 0) FROM allocation_lines l JOIN visits v ON v.id = l.visit_id "
           f"WHERE l.payer_id = ? AND l.account = ? AND {cond}")
    params: tuple = (member_id, account, *p)
    if since is not None:
        c2, p2 = visit_from(since)
        sql += f" AND {c2}"
        params += p2
    return sql, params


def binding_used(binding_id: int, before: Moment) -> Sql:
    """What an authorization has paid in visits before ``before``."""
    cond, p = visit_before(before)
    return ("SELECT coalesce(sum(l.amount_fen), 0) FROM allocation_lines l JOIN visits v ON v.id = l.visit_id "
            f"WHERE l.binding_id = ? AND {cond}", (binding_id, *p))


def quota_used(quota_id: int, before: Moment) -> Sql:
    """What a quota (F-N11) has paid in visits before ``before``."""
    cond, p = visit_before(before)
    return ("SELECT coalesce(sum(l.amount_fen), 0) FROM allocation_lines l JOIN visits v ON v.id = l.visit_id "
            f"WHERE l.quota_id = ? AND {cond}", (quota_id, *p))


def usage_sums(member_id: int, before: Moment) -> Sql:
    """Per usage group: deductible used, fund paid and how many visits have no stored usage, in the year of
    ``before`` up to it."""
    cond, p = visit_before(before)
    return ("SELECT v.usage_group, coalesce(sum(v.deductible_used_fen), 0), "
            "coalesce(sum(coalesce(v.fund_actual_fen, v.fund_estimated_fen)), 0), "
            "sum(CASE WHEN v.usage_group IS NULL OR v.deductible_used_fen IS NULL THEN 1 ELSE 0 END) "
            f"FROM visits v WHERE v.member_id = ? AND v.on_date >= ? AND {cond} GROUP BY v.usage_group",
            (member_id, f"{before.day.year:04d}-01-01", *p))


def time_text(t: dt.time | None) -> str | None:
    """A time of day as SQLAlchemy stores it in SQLite."""
    return None if t is None else t.strftime("%H:%M:%S.%f")


def parse_time(v: Any) -> dt.time | None:
    if v is None or isinstance(v, dt.time):
        return v
    return dt.time.fromisoformat(v)


def parse_date(v: Any) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(v)


LOCAL_RULES_KEY = "policy.local_rules"  # app meta: regions whose family keeps older local rules (Settings)


def local_rules_of(value: str | None) -> frozenset[str]:
    """The stored setting (six-digit codes, comma-separated) as a set; anything else is ignored."""
    if not value:
        return frozenset()
    return frozenset(c for c in (x.strip() for x in value.split(",")) if len(c) == 6 and c.isdigit())


class RegistryRules:
    """A :class:`Registry` as the ledger asks it: the rules in force for a place on a date, with the
    family's choice of older local rules over a newer national version for the regions in ``prefer_local``."""

    def __init__(self, registry: Registry, prefer_local: frozenset[str] = frozenset()) -> None:
        self.registry = registry
        self.prefer_local = prefer_local

    def rules_on(self, code: str, day: dt.date) -> RegionPolicy:
        return self.registry.rules_on(code, day, self.prefer_local)


def statement_rows(rows: Any) -> list[core.StatementRow]:
    return [core.StatementRow(r.id, r.member_id, r.account, parse_date(r.on_date), parse_time(r.on_time),
                              r.balance_fen, r.monthly_credit_fen) for r in rows]


class SqlLoaders:
    """The figures at a moment, by SQL (``run(sql, params)`` returns a cursor-like result)."""

    def __init__(self, rules: core.Rules, run: Callable[[str, tuple], Any]) -> None:
        self.rules, self.run = rules, run

    def spent(self, member_id: int, account: str, since: Moment | None, before: Moment) -> int:
        sql, p = spent(member_id, account, since, before)
        return int(self.run(sql, p).fetchone()[0])

    def balance(self, key: core.Key, before: Moment) -> int:
        return self.rules.balance(key, before, self.spent)

    def used(self, binding_id: int, before: Moment) -> int:
        sql, p = binding_used(binding_id, before)
        return int(self.run(sql, p).fetchone()[0])

    def quota_used(self, quota_id: int, before: Moment) -> int:
        sql, p = quota_used(quota_id, before)
        return int(self.run(sql, p).fetchone()[0])

    def usage(self, member_id: int, before: Moment) -> reimbursement.YearUsage:
        sql, p = usage_sums(member_id, before)
        rows = list(self.run(sql, p).fetchall())
        if any(r[3] for r in rows):  # visits stored before the usage was kept: estimate the year again
            cond, cp = visit_before(before)
            facts = [row_facts(r) for r in self.run(
                f"{READ_VISIT} WHERE v.member_id = ? AND v.on_date >= ? AND {cond} "
                f"ORDER BY v.on_date, {VT}, v.id", (member_id, f"{before.day.year:04d}-01-01", *cp)).fetchall()]
            return core.usage_from(self.rules, facts)
        return core.year_usage(before.day.year, {r[0]: (int(r[1]), int(r[2])) for r in rows if r[0]})


def row_facts(r: Any) -> core.VisitFacts:
    return core.VisitFacts(r[0], r[1], parse_date(r[2]), parse_time(r[3]), r[4], r[5], r[6], r[7], bool(r[8]))
