"""Recording today's visit in a book with years of visits reads only what it needs: no query of the replay scans
every visit or every allocation line (it once did: ~100 ms per visit in a 50,000-visit book; see
benchmarks/big_family.py). Checked through SQLite's own query plans of the statements actually run."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import event

from desktop.store import paths
from tests.store.family import NOW, family


def _plans(db, statements) -> list[str]:
    con = sqlite3.connect(db)
    try:
        out = []
        for sql, params in statements:
            if sql.lstrip().upper().startswith("SELECT"):
                out += [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
        return out
    finally:
        con.close()


def test_recording_todays_visit_scans_no_table(tmp_path):
    fam = family(tmp_path)
    book = fam.book
    book.record_statement(fam.head, dt.date(2024, 1, 2), 3_000_000)
    csv = tmp_path / "v.csv"
    csv.write_text("person,date,care type,total\n" + "\n".join(
        f"王建国,{dt.date(2024, 1, 3) + dt.timedelta(days=i % 500)},outpatient,{20 + i % 90}" for i in range(3000)),
        encoding="utf-8")
    book.import_visits_csv(csv)
    seen: list[tuple[str, tuple]] = []

    @event.listens_for(book.db.engine, "before_cursor_execute")
    def keep(_conn, _cursor, statement, parameters, _context, executemany):
        if not executemany:
            seen.append((statement, tuple(parameters)))

    out = book.record_visit(fam.head, NOW.date(), "outpatient", "1", 12_300)
    assert out.visit_id is not None
    plans = _plans(paths.db_path(book.data_dir), seen)
    assert any("visits" in p for p in plans)  # the replay's queries were seen
    scans = [p for p in plans if p.startswith("SCAN") and ("visits" in p or "allocation_lines" in p
                                                           or p.split()[1] in ("v", "l"))]
    assert scans == [], scans
    book.close()
