"""Medical visits: preview, record, edit, delete, list, count and sum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from desktop.book.activity_views import LineView, UsualPlace, VisitOutcome, VisitTotals, VisitView, _outcome
from desktop.book.base import BookBase
from desktop.book.constants import FIRST_YEAR, LAST_YEAR, NOW, time_for
from desktop.book.queries import _count, _sum
from desktop.book.views import Problem, Refused, _problem
from desktop.core import vocab

_EDITABLE = frozenset({"member_id", "on_date", "on_time", "institution", "hospital_class", "care_type", "total_fen",
                       "fund_actual_fen", "wallet_accepted", "notes"})


class VisitsMixin(BookBase):
    """Visit use cases of FamilyBook."""

    # -- visits --

    def _visit_problems(self, conn, member_id: int, care_type: str, hospital_class: str, total_fen: int,
                        fund_actual_fen: int | None) -> list[Problem]:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import Member

        out = []
        if conn.execute(select(col(Member.id)).where(col(Member.id) == member_id)).first() is None:
            out.append(_problem("no_member", "member_id", id=member_id))
        if care_type not in vocab.CARE_TYPES:
            out.append(_problem("unknown_value", "care_type", field=("就医类型", "care type"), value=care_type))
        if hospital_class not in vocab.HOSPITAL_CLASSES:
            out.append(_problem("unknown_value", "hospital_class", field=("医院等级", "hospital level"),
                                value=hospital_class))
        if total_fen < 0:
            out.append(_problem("negative_amount", "total_fen", field=("总费用", "the total")))
        if fund_actual_fen is not None:
            if fund_actual_fen < 0:
                out.append(_problem("negative_amount", "fund_actual_fen", field=("统筹实际支付", "the fund's share")))
            elif fund_actual_fen > total_fen >= 0:
                out.append(_problem("amount_over_total", "fund_actual_fen", fund_fen=fund_actual_fen,
                                    total_fen=total_fen))
        return out

    def preview_visit(self, member_id: int, on: dt.date, care_type: str, hospital_class: str, total_fen: int,
                      fund_actual_fen: int | None = None, wallet_accepted: bool = True,
                      on_time: dt.time | str | None = NOW) -> VisitOutcome:
        """What recording this visit would give (fund share, then who pays the rest); nothing is saved."""
        from desktop.core.ledger import VisitFacts

        with self.db.session() as s:
            conn = s.connection()
            problems = self._visit_problems(conn, member_id, care_type, hospital_class, total_fen, fund_actual_fen)
            if problems:
                raise Refused(problems)
            led = self._ledger(conn)
            facts = VisitFacts(None, member_id, on, time_for(self.clock, on, on_time), care_type, hospital_class,
                               total_fen, fund_actual_fen, wallet_accepted)
            out = led.evaluate(led.state(facts.moment), facts)
            return _outcome(out, total_fen)

    def preview_edit_visit(self, visit_id: int, **changes: Any) -> VisitOutcome:
        """What :meth:`edit_visit` would give for the visit itself; nothing is saved.

        The visit is evaluated at its (new) place against the other records as stored, without its
        own old effect. Exact unless it moves to a later date past other visits of the family, which
        are re-settled only when the edit is saved (the saved result is always exact).
        """
        from sqlalchemy import delete

        from desktop.core.ledger import VisitFacts
        from desktop.store.models import AllocationLine, Visit
        from desktop.store.tables import table_of

        allowed = _EDITABLE
        if set(changes) - allowed:
            raise TypeError(f"preview_edit_visit got unknown field(s): {', '.join(sorted(set(changes) - allowed))}")

        class _Undo(Exception):
            pass

        result: list[VisitOutcome] = []
        try:
            with self.db.session() as s:  # rolled back below: the visit is only taken out for the look
                conn = s.connection()
                V, L = table_of(Visit), table_of(AllocationLine)
                row = conn.execute(V.select().where(V.c.id == visit_id)).first()
                if row is None:
                    raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
                new = {k: getattr(row, k) for k in allowed} | changes
                if "on_time" in changes:
                    new["on_time"] = time_for(self.clock, new["on_date"], changes["on_time"])
                problems = self._visit_problems(conn, new["member_id"], new["care_type"], new["hospital_class"],
                                                new["total_fen"], new["fund_actual_fen"])
                if problems:
                    raise Refused(problems)
                conn.execute(delete(L).where(L.c.visit_id == visit_id))
                conn.execute(delete(V).where(V.c.id == visit_id))
                led = self._ledger(conn)
                facts = VisitFacts(visit_id, new["member_id"], new["on_date"], new["on_time"], new["care_type"],
                                   new["hospital_class"], new["total_fen"], new["fund_actual_fen"],
                                   bool(new["wallet_accepted"]))
                out = led.evaluate(led.state(facts.moment), facts)
                result.append(_outcome(out, new["total_fen"]))
                raise _Undo
        except _Undo:
            pass
        return result[0]

    def record_visit(self, member_id: int, on: dt.date, care_type: str, hospital_class: str, total_fen: int, *,
                     institution: str = "", fund_actual_fen: int | None = None, wallet_accepted: bool = True,
                     notes: str = "", on_time: dt.time | str | None = NOW) -> VisitOutcome:
        """Estimate, settle against the balances at its moment, and store the visit with its lines, together.

        A visit today is placed at the clock's time (``on_time`` NOW), so a balance typed earlier today pays
        for it and one typed later already includes it; a visit on another date without a time comes late in
        its day, before that day's statements."""

        from desktop.core.ledger import Moment
        from desktop.store.models import Visit

        with self.db.session(write=True) as s:
            conn = s.connection()
            problems = self._visit_problems(conn, member_id, care_type, hospital_class, total_fen, fund_actual_fen)
            if problems:
                raise Refused(problems)
            v = Visit(member_id=member_id, on_date=on, on_time=time_for(self.clock, on, on_time),
                      institution=institution.strip(), hospital_class=hospital_class, care_type=care_type,
                      total_fen=total_fen, fund_estimated_fen=0, fund_actual_fen=fund_actual_fen,
                      wallet_accepted=wallet_accepted, notes=notes, created_at=self.clock())
            s.add(v)
            s.flush()
            stats = self._replay(conn, Moment.of_visit(on, v.on_time, v.id), incremental=True, keep=v.id)
            out = stats.outcomes[v.id]
            return _outcome(out, total_fen, changed_later=max(0, stats.changed - 1))

    def edit_visit(self, visit_id: int, **changes: Any) -> VisitOutcome:
        """Change a visit and re-settle what the change moves (from the earlier of its old and new moment)."""
        from sqlalchemy import delete

        from desktop.store.ledger import can_converge, removed_visit, visit_facts
        from desktop.store.models import AllocationLine, Visit
        from desktop.store.tables import table_of

        allowed = _EDITABLE
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"edit_visit got unknown field(s): {', '.join(sorted(unknown))}")
        with self.db.session(write=True) as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
            new = {k: getattr(v, k) for k in allowed} | changes
            if "on_time" in changes:
                new["on_time"] = time_for(self.clock, new["on_date"], changes["on_time"])
            conn = s.connection()
            problems = self._visit_problems(conn, new["member_id"], new["care_type"], new["hospital_class"],
                                            new["total_fen"], new["fund_actual_fen"])
            if problems:
                raise Refused(problems)
            old = removed_visit(conn, v)
            for k, val in new.items():
                setattr(v, k, val)
            v.usage_group = v.deductible_used_fen = None  # settled afresh at its new place
            v.fund_estimated_fen = 0  # (the old estimate may exceed a smaller new total)
            s.flush()
            conn.execute(delete(table_of(AllocationLine)).where(table_of(AllocationLine).c.visit_id == v.id))
            moment = visit_facts(v).moment
            stats = self._replay(conn, min(old.moment, moment), incremental=can_converge([old]), removed=[old],
                                 keep=v.id, reach=max(old.moment, moment))
            out = stats.outcomes.get(v.id)
            if out is None:  # unreachable: the visit lies after the replay's start
                raise RuntimeError("the edited visit was not re-settled")
            return _outcome(out, v.total_fen, changed_later=max(0, stats.changed - 1))

    def delete_visit(self, visit_id: int) -> int:
        """Delete a visit (its lines go with it) and re-settle the later ones; returns how many moved."""

        from desktop.store.ledger import can_converge, removed_visit
        from desktop.store.models import Visit

        with self.db.session(write=True) as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
            conn = s.connection()
            old = removed_visit(conn, v)
            s.delete(v)
            s.flush()
            return self._replay(conn, old.moment, incremental=can_converge([old]), removed=[old]).changed

    def visit(self, visit_id: int) -> VisitView:
        rows = self._visit_rows(ids=[visit_id], with_lines=True)
        if not rows:
            raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
        return rows[0]

    def visits(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
               offset: int = 0, limit: int | None = None, newest_first: bool = True,
               with_lines: bool = False, text: str | None = None,
               order: tuple[str, bool] | None = None) -> list[VisitView]:
        """Visits under the filters; ``text`` searches person, place, notes and date; ``order`` is a column key
        (visit_search.SORT_KEYS) and whether descending, instead of newest first."""
        return self._visit_rows(member_id=member_id, year=year, care_type=care_type, offset=offset, limit=limit,
                                newest_first=newest_first, with_lines=with_lines, text=text, order=order)

    def _visits_oldest_first(self, member_id: int | None, year: int | None, care_type: str | None,
                             page: int = 2000, text: str | None = None) -> Iterator[VisitView]:
        """Every visit under the filters in the order of ``visits(newest_first=False)``, read ``page`` rows at a
        time after the last one read (by (date, id), over the date index): memory stays one page whatever the
        book's size, and each page costs the same. Each page is its own read."""
        after: tuple[dt.date, int] | None = None
        while True:
            rows = self._visit_rows(member_id=member_id, year=year, care_type=care_type, limit=page,
                                    newest_first=False, after=after, text=text)
            yield from rows
            if len(rows) < page:
                return
            after = (rows[-1].on_date, rows[-1].id)

    def _visit_filter(self, q, member_id: int | None, year: int | None, care_type: str | None,
                      text: str | None = None):

        from desktop.book.visit_search import search_filter
        from desktop.store.models import Visit

        q = search_filter(q, text)
        if member_id is not None:
            q = q.where(Visit.member_id == member_id)
        if year is not None:
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise Refused([_problem("year_range", "year", year=year, first=FIRST_YEAR, last=LAST_YEAR)])
            q = q.where(Visit.on_date >= dt.date(year, 1, 1), Visit.on_date <= dt.date(year, 12, 31))
        if care_type is not None:
            q = q.where(Visit.care_type == care_type)
        return q

    def _visit_rows(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
                    offset: int = 0, limit: int | None = None, newest_first: bool = True,
                    with_lines: bool = False, ids: list[int] | None = None,
                    after: tuple[dt.date, int] | None = None, text: str | None = None,
                    order: tuple[str, bool] | None = None) -> list[VisitView]:
        from sqlalchemy import and_, or_, select
        from sqlmodel import col

        from desktop.book.visit_search import order_by
        from desktop.store.models import AllocationLine, Member, Visit
        from desktop.store.tables import table_of

        V, L = table_of(Visit), table_of(AllocationLine)
        with self.db.session() as s:
            conn = s.connection()
            names: dict[int | None, str] = {r[0]: r[1] for r in conn.execute(select(col(Member.id), col(Member.name)))}
            q = select(V)
            q = self._visit_filter(q, member_id, year, care_type, text)
            if ids is not None:
                q = q.where(V.c.id.in_(ids))
            if after is not None:  # keyset: the rows after (date, id) in oldest-first order
                q = q.where(or_(V.c.on_date > after[0], and_(V.c.on_date == after[0], V.c.id > after[1])))
            if order is not None:  # a column a person sorted by (visit_search.SORT_KEYS)
                terms = order_by(*order)
            else:
                terms = (V.c.on_date.desc(), V.c.id.desc()) if newest_first else (V.c.on_date, V.c.id)
            if offset:
                # Deep pages: the offset is walked over the date index alone (ids only), then the page's rows
                # are read by id; walking whole rows cost tens of ms per page 80,000 rows down.
                ids_q = q.with_only_columns(V.c.id).order_by(*terms).offset(offset)
                if limit is not None:
                    ids_q = ids_q.limit(limit)
                q = select(V).where(V.c.id.in_(ids_q.scalar_subquery())).order_by(*terms)
            else:
                q = q.order_by(*terms)
                if limit is not None:
                    q = q.limit(limit)
            rows = list(conn.execute(q))
            if not rows:
                return []
            by_visit: dict[int, list] = {}
            vid = [r.id for r in rows]
            for i in range(0, len(vid), 900):
                for ln in conn.execute(select(L).where(L.c.visit_id.in_(vid[i:i + 900])).order_by(L.c.seq)):
                    by_visit.setdefault(ln.visit_id, []).append(ln)
            out = []
            for r in rows:
                lines = by_visit.get(r.id, [])
                sums = {"own": 0, "wallet": 0, "family": 0, "cash": 0}
                for ln in lines:  # a quota is family money too (the payer's account, F-N11)
                    key = "family" if ln.source == "quota" else ln.source
                    sums[key] = sums.get(key, 0) + ln.amount_fen
                views = tuple(LineView(ln.seq, ln.source, ln.account, ln.payer_id, names.get(ln.payer_id, ""),
                                       ln.binding_id, ln.amount_fen, ln.reason_zh, ln.reason_en,
                                       tuple(x for x in ln.fact_id.split(",") if x)) for ln in lines) \
                    if with_lines else ()
                out.append(VisitView(r.id, r.member_id, names.get(r.member_id, ""), r.on_date, r.institution,
                                     r.hospital_class, r.care_type, r.total_fen, r.fund_estimated_fen,
                                     r.fund_actual_fen, bool(r.wallet_accepted), r.notes, sums["own"],
                                     sums["wallet"], sums["family"], sums["cash"], views, r.on_time))
            return out

    def visit_count(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
                    text: str | None = None) -> int:
        return self.visit_totals(member_id, year, care_type, text).count

    def _sums_filter(self, table: Any, member_id: int | None, year: int | None, care_type: str | None) -> list[Any]:
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise Refused([_problem("year_range", "year", year=year, first=FIRST_YEAR, last=LAST_YEAR)])
        return [c for c in ((table.c.member_id == member_id) if member_id is not None else None,
                            (table.c.year == year) if year is not None else None,
                            (table.c.care_type == care_type) if care_type is not None else None) if c is not None]

    def visit_row(self, visit_id: int, member_id: int | None = None, year: int | None = None,
                  care_type: str | None = None, text: str | None = None) -> int | None:
        """Where a visit stands in ``visits()`` (newest first) under the filters: how many come before it, or
        None when the filters leave it out. One count over the date index, not a read of the rows."""
        from sqlalchemy import and_, select

        from desktop.store.models import Visit
        from desktop.store.tables import table_of

        V = table_of(Visit)
        with self.db.session() as s:
            conn = s.connection()
            q = self._visit_filter(select(V.c.on_date).where(V.c.id == visit_id), member_id, year, care_type, text)
            day = conn.execute(q).scalar()
            if day is None:
                return None
            # two range counts over the date index (an OR of both would scan every visit)
            newer = 0
            for cond in ((V.c.on_date > day), and_(V.c.on_date == day, V.c.id > visit_id)):
                q = self._visit_filter(select(_count()).select_from(V).where(cond), member_id, year, care_type,
                                       text)
                newer += int(conn.execute(q).scalar_one())
            return newer

    def visit_totals(self, member_id: int | None = None, year: int | None = None,
                     care_type: str | None = None, text: str | None = None) -> VisitTotals:
        """Counts and sums of the visits under the filters, from the carried sums (revision 0004, kept by
        triggers): a few hundred rows whatever the book's size. Searched words (``text``) are not in the
        carried sums: then the visits themselves are summed."""
        from sqlalchemy import select

        if (text or "").strip():
            return self._searched_totals(member_id, year, care_type, text)

        from desktop.store.models import VisitLineSum, VisitSum
        from desktop.store.tables import table_of

        S, LS = table_of(VisitSum), table_of(VisitLineSum)
        with self.db.session() as s:
            conn = s.connection()
            q = select(_sum(S.c.visits), _sum(S.c.total_fen), _sum(S.c.fund_fen)).where(
                *self._sums_filter(S, member_id, year, care_type))
            n, total, fund_sum = conn.execute(q).one()
            q = select(LS.c.source, _sum(LS.c.amount_fen)).where(
                *self._sums_filter(LS, member_id, year, care_type)).group_by(LS.c.source)
            by_source = {src: int(v) for src, v in conn.execute(q)}
            return VisitTotals(int(n), int(total), int(fund_sum), int(total) - int(fund_sum),
                               by_source.get("own", 0), by_source.get("wallet", 0),
                               by_source.get("family", 0) + by_source.get("quota", 0),  # a quota is family money
                               by_source.get("cash", 0))

    def _searched_totals(self, member_id: int | None, year: int | None, care_type: str | None,
                         text: str | None) -> VisitTotals:
        """The totals of the visits a search finds, summed from the visits and their payer lines."""
        from sqlalchemy import case, func, select

        from desktop.store.models import AllocationLine, Visit
        from desktop.store.tables import table_of

        V, L = table_of(Visit), table_of(AllocationLine)
        with self.db.session() as s:
            conn = s.connection()
            fund = func.coalesce(V.c.fund_actual_fen, V.c.fund_estimated_fen)
            q = self._visit_filter(select(_count(), _sum(V.c.total_fen), _sum(fund)).select_from(V),
                                   member_id, year, care_type, text)
            n, total, fund_sum = conn.execute(q).one()
            lq = select(*(_sum(case((L.c.source == src, L.c.amount_fen), else_=0)) for src in
                          ("own", "wallet", "family", "cash"))).select_from(L.join(V, V.c.id == L.c.visit_id))
            own, wal, fam, cash = conn.execute(self._visit_filter(lq, member_id, year, care_type, text)).one()
            return VisitTotals(int(n), int(total), int(fund_sum), int(total) - int(fund_sum), int(own), int(wal),
                               int(fam), int(cash))

    def visit_years(self) -> list[int]:
        # One seek on the date index per year that has visits (a recursive query, one round trip) instead of
        # scanning every visit: a page refresh asks this after every change.
        sql = ("WITH RECURSIVE y(d) AS (SELECT min(on_date) FROM visits UNION ALL "
               "SELECT (SELECT min(on_date) FROM visits WHERE on_date >= printf('%04d-01-01', substr(y.d, 1, 4) + 1)) "
               "FROM y WHERE y.d IS NOT NULL) SELECT substr(d, 1, 4) FROM y WHERE d IS NOT NULL")
        with self.db.session() as s:
            rows = s.connection().exec_driver_sql(sql).scalars()
            return sorted((int(y) for y in rows), reverse=True)

    def usual_places(self, member_id: int | None = None, recent: int = 50) -> list[UsualPlace]:
        """The places (institution, level) of the ``recent`` latest visits of a member (the whole family when
        None), most used first, then the latest first."""
        from sqlalchemy import select

        from desktop.store.models import Visit
        from desktop.store.tables import table_of

        V = table_of(Visit)
        q = select(V.c.institution, V.c.hospital_class, V.c.on_date).order_by(V.c.on_date.desc(), V.c.id.desc())
        if member_id is not None:
            q = q.where(V.c.member_id == member_id)
        found: dict[tuple[str, str], list] = {}
        with self.db.session() as s:
            for inst, level, day in s.connection().execute(q.limit(recent)):
                key = ((inst or "").strip(), level)
                if key in found:
                    found[key][0] += 1
                else:
                    found[key] = [1, day]
        ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], -kv[1][1].toordinal()))
        return [UsualPlace(inst, level, n, day) for (inst, level), (n, day) in ranked]
