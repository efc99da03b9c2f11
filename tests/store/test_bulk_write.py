"""A big CSV import writes its rows with a statement per table, not per row (issue 18).

Row by row, each INSERT into ``visits`` or ``allocation_lines`` was a statement of its own firing the visit_sums
triggers: SQLite journalled every page it touched for each row, and with the default page cache the cost of a row
grew with the book (200,000 visits imported in 4.9x the time of 50,000). These tests pin what replaced it — the
rows staged and inserted with one INSERT ... SELECT per table, under a larger page cache that is given back after —
and that it stores exactly what the row-by-row insert stored (no timing here: ``benchmarks/scale.py`` measures)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from sqlalchemy import event

from desktop.store import ledger, paths
from tests.store.family import family

TABLES = {"visits": "id", "allocation_lines": "id", "visit_sums": "member_id, year, care_type",
          "visit_line_sums": "member_id, year, care_type, source"}
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(?:temp\.)?(\w+)", re.IGNORECASE)


def _csv(path, n: int, first: dt.date, people=("王建国", "李秀英", "王磊", "张桂兰")):
    cares = ("outpatient", "pharmacy", "outpatient", "inpatient", "chronic")
    rows = []
    for i in range(n):
        care = cares[i % len(cares)]
        total = 300_000 + 7_919 * i % 900_000 if care == "inpatient" else 1_000 + 7_919 * i % 40_000
        rows.append(f"{people[i * 7 % len(people)]},{first + dt.timedelta(days=i * 37 % 700)},{care},"
                    f"{'3A' if care != 'pharmacy' else '0'},{total // 100}.{total % 100:02d}")
    path.write_text("person,date,care type,hospital level,total\n" + "\n".join(rows), encoding="utf-8")
    return path


def _book(tmp_path):
    fam = family(tmp_path)
    for who, fen in ((fam.head, 3_000_000), (fam.wife, 150_000), (fam.son, 800_000), (fam.grandma, 60_000)):
        fam.book.record_statement(who, dt.date(2023, 1, 2), fen, monthly_credit_fen=23_000)
    return fam


def _inserts(book, csv, used: list | None = None) -> list[tuple[str, bool]]:
    """(table, executemany) of every INSERT the import ran; ``used`` gets the SQLite connections it ran on."""
    seen: list[tuple[str, bool]] = []

    def keep(_conn, cursor, statement, _parameters, _context, executemany):
        m = _INSERT_INTO.match(statement)
        if m:
            seen.append((m.group(1), executemany))
            if used is not None and cursor.connection not in used:
                used.append(cursor.connection)

    event.listen(book.db.engine, "before_cursor_execute", keep)
    try:
        book.import_visits_csv(csv)
    finally:
        event.remove(book.db.engine, "before_cursor_execute", keep)
    return seen


@pytest.mark.parametrize("n", [3_000, 6_000])
def test_a_big_import_inserts_visits_and_lines_with_one_statement_each(tmp_path, n):
    fam = _book(tmp_path)
    used: list[sqlite3.Connection] = []
    seen = _inserts(fam.book, _csv(tmp_path / "v.csv", n, dt.date(2023, 1, 3)), used)
    assert fam.book.visit_count() == n
    main = [(t, many) for t, many in seen if not t.startswith("familypool_stage_")]
    # the only rows written one statement each are the staging table's (no triggers, no indexes, no journal)
    assert main == [("visits", False), ("allocation_lines", False)], main
    assert len(used) == 1
    con = used[0]  # the pooled connection has its page cache back, and no staging table is left
    assert con.execute("PRAGMA cache_size").fetchone()[0] == -2000
    assert con.execute("SELECT name FROM sqlite_temp_master").fetchall() == []
    fam.book.close()


def test_a_small_write_stays_row_by_row(tmp_path):
    fam = _book(tmp_path)
    seen = _inserts(fam.book, _csv(tmp_path / "v.csv", 40, dt.date(2023, 1, 3)))
    assert ("visits", True) in seen and not any(t.startswith("familypool_stage_") for t, _ in seen)
    fam.book.close()


def _rows(db) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY {order}").fetchall() for t, order in TABLES.items()}
    finally:
        con.close()


def test_staged_and_row_by_row_writes_store_the_same_rows(tmp_path, monkeypatch):
    got = {}
    for how, threshold in (("row_by_row", 10**9), ("staged", ledger.BULK_ROWS)):
        monkeypatch.setattr(ledger, "BULK_ROWS", threshold)
        fam = _book(tmp_path / how)
        fam.book.import_visits_csv(_csv(tmp_path / f"{how}-1.csv", 3_000, dt.date(2023, 3, 1)))
        # earlier visits into the stored ones: the later visits' lines move (deleted and written again)
        report = fam.book.import_visits_csv(_csv(tmp_path / f"{how}-2.csv", 2_500, dt.date(2023, 1, 3),
                                                 people=("李秀英", "王建国")))
        assert report.imported == 2_500
        fam.book.close()
        got[how] = _rows(paths.db_path(tmp_path / how / "data"))
    assert len(got["staged"]["visits"]) == 5_500
    assert len(got["staged"]["allocation_lines"]) >= 5_500
    for table in TABLES:  # every column, the line ids included, fen exact
        assert got["staged"][table] == got["row_by_row"][table], table


def test_a_failing_staged_insert_leaves_nothing(tmp_path, monkeypatch):
    fam = _book(tmp_path)
    before = _rows(paths.db_path(fam.book.data_dir))
    real = ledger._insert_staged
    used: list = []

    def fail_on_lines(conn, table, cols, rows):
        used.append(conn.connection.dbapi_connection)
        real(conn, table, cols, rows)
        if table == "allocation_lines":  # both tables written, the transaction not yet committed
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ledger, "_insert_staged", fail_on_lines)
    with pytest.raises(Exception, match="disk I/O|磁盘|disk"):
        fam.book.import_visits_csv(_csv(tmp_path / "v.csv", 3_000, dt.date(2023, 1, 3)))
    monkeypatch.setattr(ledger, "_insert_staged", real)
    assert used and _rows(paths.db_path(fam.book.data_dir)) == before
    assert used[0].execute("PRAGMA cache_size").fetchone()[0] == -2000
    assert used[0].execute("SELECT name FROM sqlite_temp_master").fetchall() == []
    fam.book.close()
