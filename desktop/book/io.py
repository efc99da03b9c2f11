"""The whole book as JSON and visits as CSV: export, preview, import."""

from __future__ import annotations

from pathlib import Path

from desktop.book.activity_views import CsvPreview, CsvReport, ImportRefused, ImportReport
from desktop.book.base import BookBase
from desktop.book.constants import Progress
from desktop.book.views import Refused, _problem
from desktop.store.private_file import write_private_text as _write_private
from desktop.store.private_file import write_private_text_chunks as _write_private_chunks


class IoMixin(BookBase):
    """Import and export use cases of FamilyBook."""

    def export_json(self, path: Path | str) -> dict[str, int]:
        """Write the whole book (ID numbers included: it is a full backup) to one versioned JSON file."""
        from desktop.store import jsonio

        with self.db.session() as s:
            doc = jsonio.export_book(s.connection())
        _write_private(Path(path), jsonio.dumps(doc))
        return {k: len(v) for k, v in doc.items() if isinstance(v, list)}

    def import_json(self, path: Path | str, replace: bool = False, progress: Progress | None = None) -> ImportReport:
        """Check the whole file first; import all of it or change nothing (:class:`ImportRefused`).

        A book that already has records is replaced only with ``replace=True``. A backup is made first.
        """
        from desktop.store import jsonio

        problems, rows = jsonio.load(Path(path), self.registry)
        if not problems:
            problems = _meta_problems(rows)
        if problems:
            raise ImportRefused(problems)
        if not replace and not self.is_empty():
            raise Refused([_problem("book_not_empty")])
        made = self.backup("before-import")
        with self.db.connection(write=True) as conn:
            jsonio.write(conn, rows, replace=replace)
            self._ledger(conn).replay(None, progress=progress)  # the carried usage (and any stale line) from the imported rows
        return ImportReport({k: len(v) for k, v in rows.items()}, made)

    def export_visits_csv(self, path: Path | str, lang: str = "zh", member_id: int | None = None,
                          year: int | None = None, care_type: str | None = None, text: str | None = None) -> int:
        """Visits as CSV with the documented columns (headers in ``lang``); returns the row count."""
        from desktop.store import csvio

        count = [0]

        def counted():
            for v in self._visits_oldest_first(member_id, year, care_type, text=text):
                count[0] += 1
                yield v
        # streamed: one page of visits and one chunk of text at a time, the same bytes as csvio.dumps
        _write_private_chunks(Path(path), csvio.iter_dumps(counted(), lang), encoding="utf-8-sig")
        return count[0]

    def preview_visits_csv(self, path: Path | str) -> CsvPreview:
        """Read a CSV file as :meth:`import_visits_csv` would, and write nothing: the good rows and the errors."""
        from sqlalchemy import select

        from desktop.store import csvio
        from desktop.store.models import Member

        with self.db.session() as s:
            members = [(m.id, m.name) for m in s.scalars(select(Member)) if m.id is not None]  # stored: all have one
        parsed, errors = csvio.load(Path(path), members)
        return CsvPreview(tuple(parsed), tuple(errors), len({e.row for e in errors}))

    def import_visits_csv(self, path: Path | str, skip_bad: bool = False,
                          progress: Progress | None = None) -> CsvReport:
        """Read visits from CSV; with any bad row nothing is imported unless ``skip_bad``.

        All rows are checked first. Then, in one transaction, the new visits are settled in date order
        among the stored ones and written in bulk with their lines (later stored visits whose results
        move are rewritten). ``progress(done, total)`` is called as it goes; ``done == total`` at the end.
        """
        import time

        from sqlalchemy import func, select

        from desktop.core.ledger import Moment
        from desktop.store import csvio
        from desktop.store.ledger import NewVisit, stored_time
        from desktop.store.models import Member, Visit
        from desktop.store.tables import table_of

        t0 = time.perf_counter()
        with self.db.session() as s:
            members = [(m.id, m.name) for m in s.scalars(select(Member)) if m.id is not None]  # stored: all have one
        parsed, errors = csvio.load(Path(path), members)
        if errors and not skip_bad:
            raise ImportRefused(errors)
        bad_rows = len({e.row for e in errors})
        n = len(parsed)
        steps = 4 * n or 1
        if progress:
            progress(n, steps)  # reading and checking: the first quarter
        if not parsed:
            if progress:
                progress(steps, steps)
            return CsvReport(0, bad_rows, tuple(errors), time.perf_counter() - t0)
        self.backup("before-import")
        now = stored_time(self.clock())

        def step(done: int, total: int) -> None:  # settling: up to three quarters
            if progress:
                progress(n + (2 * n * done) // max(total, 1), steps)

        with self.db.connection(write=True) as conn:
            first = int(conn.execute(select(func.coalesce(func.max(table_of(Visit).c.id), 0))).scalar_one()) + 1
            new = [NewVisit(first + i, p.member_id, p.on_date, p.institution, p.hospital_class, p.care_type,
                            p.total_fen, p.fund_actual_fen, p.wallet_accepted, p.notes, now)
                   for i, p in enumerate(parsed)]
            # only visits are added: the replay stops once the later stored visits stand as they are
            self._ledger(conn).replay(Moment.start_of(min(p.on_date for p in parsed)), incremental=True,
                                      progress=step, new_visits=new)
        if progress:
            progress(steps, steps)
        return CsvReport(n, bad_rows, tuple(errors), time.perf_counter() - t0)


def _meta_problems(rows: dict[str, list[dict]]) -> list:
    """The book's own settings in an import (the projection plan) checked as Home and Projection will read them."""
    from desktop.book.constants import PROJECTION_PLAN_KEY
    from desktop.book.plan_check import plan_problem
    from desktop.store.jsonio import FileProblem

    members = {m["id"] for m in rows.get("members", [])}
    out = []
    for m in rows.get("meta", []):
        if m["key"] == PROJECTION_PLAN_KEY and (why := plan_problem(m["value"], members)) is not None:
            out.append(FileProblem(f"meta.{PROJECTION_PLAN_KEY}", *why))
    return out

