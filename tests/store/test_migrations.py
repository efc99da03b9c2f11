"""Upgrading old books: every row survives, references stay intact, models match the migrations."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.store import backups, database, db, migrate, models, paths

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "book-0001_initial.sqlite"


def _rows(path: Path, wording: bool = True) -> dict[str, list[dict]]:
    """Every table's rows; without ``wording``, a payer line's reason text is left out: it is the words of the
    version that settled the visit, and settling again writes today's words for the same money."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    out = {t: [dict(r) for r in con.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}
    con.close()
    if not wording:
        out["allocation_lines"] = _lines(out)
    return out


WORDING = ("reason_zh", "reason_en", "id")  # a line written again gets a new row id too


def _lines(rows: dict[str, list[dict]]) -> list[dict]:
    lines = sorted(rows["allocation_lines"], key=lambda r: (r["visit_id"], r["seq"]))
    return [{k: v for k, v in r.items() if k not in WORDING} for r in lines]


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE, paths.db_path(d))
    return d


def test_fixture_is_at_the_first_revision_with_rows():
    con = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    assert migrate.revision_of(con) == "0001_initial"
    con.close()
    rows = _rows(FIXTURE)
    assert all(rows[t] for t in ("members", "statements", "bindings", "visits", "allocation_lines",
                                 "wallet_transfers", "planned_expenses", "guide_progress", "app_meta"))


def test_there_is_a_later_revision_than_the_fixture():
    assert migrate.known_revisions()[0] == "0001_initial"
    assert migrate.head() != "0001_initial"


def test_upgrade_keeps_every_row(old_book: Path):
    before = _rows(paths.db_path(old_book))
    book = database.open_database(old_book)
    try:
        assert book.revision() == migrate.head()
        assert book.migrated_from == "0001_initial"
        assert book.integrity() == ["ok"]
    finally:
        book.close()
    after = _rows(paths.db_path(old_book))
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old, table
    # the columns revision 0002 added got their defaults
    assert {r["note"] for r in after["members"]} == {""}
    assert {r["wallet_opened_on"] for r in after["members"]} == {None}
    con = sqlite3.connect(paths.db_path(old_book))
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_upgrade_makes_a_backup_at_the_old_revision_first(old_book: Path):
    original = paths.db_path(old_book).read_bytes()
    book = database.open_database(old_book)
    book.close()
    made = [b for b in backups.list_backups(old_book) if b.reason == "before-migration"]
    assert len(made) == 1
    con = sqlite3.connect(made[0].path)
    assert migrate.revision_of(con) == "0001_initial"
    assert con.execute("SELECT count(*) FROM allocation_lines").fetchone()[0] == 5
    con.close()
    assert _rows(made[0].path) == _rows_of_bytes(original, old_book)


def _rows_of_bytes(data: bytes, where: Path) -> dict:
    p = where / "orig.sqlite"
    p.write_bytes(data)
    try:
        return _rows(p)
    finally:
        p.unlink()


def test_upgrading_with_foreign_keys_on_would_lose_allocation_lines(tmp_path: Path):
    """Why the upgrade turns foreign keys off: copying ``visits`` would cascade-delete its lines."""
    p = tmp_path / "fk-on.sqlite"
    shutil.copy(FIXTURE, p)
    engine = db.make_engine(p)
    with engine.connect() as conn:  # foreign keys stay on (make_engine's default)
        with conn.begin():
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, "head")
        lost = conn.exec_driver_sql("SELECT count(*) FROM allocation_lines").scalar()
    engine.dispose()
    assert lost == 0  # the hazard is real; migrate.upgrade avoids it (test_upgrade_keeps_every_row)


def test_a_migration_leaving_broken_references_is_rolled_back(tmp_path: Path):
    p = tmp_path / "broken.sqlite"
    shutil.copy(FIXTURE, p)
    con = sqlite3.connect(p)  # foreign keys off by default in plain sqlite3: plant a dangling reference
    con.execute("UPDATE allocation_lines SET payer_id = 99 WHERE id = 1")
    con.commit()
    con.close()
    engine = db.make_engine(p)
    with pytest.raises(migrate.ForeignKeyViolation):
        migrate.upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(p)
    assert migrate.revision_of(con) == "0001_initial"
    assert "wallet_opened_on" not in [r[1] for r in con.execute("PRAGMA table_info(members)")]
    con.close()


def test_models_match_the_migrated_schema(tmp_path: Path):
    book = database.open_database(tmp_path)
    with book.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), models.metadata)
    book.close()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path):
    book = database.open_database(tmp_path)
    cfg = migrate.alembic_config()
    from alembic import command

    with book.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
    book.close()
    con = sqlite3.connect(paths.db_path(tmp_path))
    assert migrate.revision_of(con) is None
    con.close()
    book = database.open_database(tmp_path)
    assert book.revision() == migrate.head()
    book.close()


FIXTURE_0002 = FIXTURE.parent / "book-0002_demo.sqlite"  # written by the app itself (make_book_0002.py)


def test_events_in_time_keep_an_old_books_meaning(tmp_path: Path):
    """Revision 0003 (issue 12): statements and visits without a time keep their old order (a statement is the
    end of its day, the day's visits and transfers before it). The fixture's lines are the old ledger's own
    results, same-day records included; settling the upgraded book again gives every line and estimate back,
    and the first open fills in the carried year usage."""
    from desktop.book import FamilyBook

    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE_0002, paths.db_path(d))
    con = sqlite3.connect(paths.db_path(d))
    assert migrate.revision_of(con) == "0002_wallet_opened_and_checks"
    lines_sql = ("SELECT visit_id, seq, source, account, payer_id, binding_id, amount_fen, fact_id "
                 "FROM allocation_lines ORDER BY visit_id, seq")  # the money, not the words (see _rows)
    lines_before = con.execute(lines_sql).fetchall()
    estimates_sql = "SELECT id, fund_estimated_fen FROM visits ORDER BY id"
    estimates_before = con.execute(estimates_sql).fetchall()
    con.close()
    assert len(lines_before) >= 10
    with FamilyBook.open(d, daily_backup=False) as book:
        with book.db.connection(write=True) as conn:
            book._ledger(conn).replay(None)  # settles every visit again: the same money (below)
    con = sqlite3.connect(paths.db_path(d))
    assert con.execute("SELECT count(*) FROM visits WHERE on_time IS NOT NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM statements WHERE on_time IS NOT NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM visits WHERE usage_group IS NULL").fetchone()[0] == 0
    assert con.execute(estimates_sql).fetchall() == estimates_before
    assert con.execute(lines_sql).fetchall() == lines_before
    assert con.execute("SELECT DISTINCT quota_id FROM allocation_lines").fetchall() == [(None,)]  # a later column
    con.close()


FIXTURE_0003 = FIXTURE.parent / "book-0003_moments.sqlite"  # written by the app itself (make_book_0003.py)


def test_quotas_and_coverage_ends_come_empty_and_an_old_book_settles_the_same(tmp_path: Path):
    """Revision 0007 (issue 13): an old book gets an empty ``quotas`` table, members with no end of insurance and
    lines that drew on no quota; every row survives and settling the book again changes nothing."""
    from desktop.book import FamilyBook

    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE_0003, paths.db_path(d))
    con = sqlite3.connect(paths.db_path(d))
    assert migrate.revision_of(con) == "0003_moments_and_usage"
    con.close()
    before = _rows(paths.db_path(d), wording=False)
    assert "quotas" not in before and len(before["allocation_lines"]) >= 10
    with FamilyBook.open(d, daily_backup=False) as book:
        assert book.db.revision() == migrate.head()
        with book.db.connection(write=True) as conn:
            book._ledger(conn).replay(None)  # settles every visit again: the same money (below)
        assert book.quotas() == []
        assert all(m.coverage_end_on is None for m in book.members())
    after = _rows(paths.db_path(d), wording=False)
    for table, rows in before.items():
        assert [{k: new[k] for k in old} for old, new in zip(rows, after[table], strict=True)] == rows, table
    assert after["quotas"] == []
    assert {(r["coverage_end_on"], r["coverage_end_kind"], r["region_before"]) for r in after["members"]} == {
        (None, None, None)}
    assert {r["quota_id"] for r in after["allocation_lines"]} == {None}
    con = sqlite3.connect(paths.db_path(d))
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in con.execute("PRAGMA foreign_key_list(allocation_lines)")}
    assert ("quotas", "quota_id") in fks
    # copying allocation_lines dropped revision 0004's triggers: they are back, and the carried sums still agree
    from desktop.store.visit_sums import CREATE_TRIGGERS, DISAGREEMENTS

    triggers = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    assert triggers == len(CREATE_TRIGGERS)
    assert con.execute(DISAGREEMENTS).fetchall() == []
    con.close()
    with FamilyBook.open(d, daily_backup=False) as book:  # and they keep working on a line written after
        book.record_visit(book.members()[0].id, dt.date(2026, 5, 8), "outpatient", "1", 7000)
    con = sqlite3.connect(paths.db_path(d))
    assert con.execute(DISAGREEMENTS).fetchall() == []
    con.close()


def test_carried_visit_sums_are_built_from_an_old_books_rows_and_kept_by_every_write(tmp_path: Path):
    """Revision 0004 (issue 18): the sums per person, year and care type are built from the visits already
    there, then kept by triggers through a delete, an edit moving a visit to another year, and new lines."""
    import datetime as dt

    from desktop.book import FamilyBook
    from desktop.store.visit_sums import DISAGREEMENTS

    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE_0002, paths.db_path(d))
    con = sqlite3.connect(paths.db_path(d))
    by_hand = con.execute("SELECT count(*), sum(total_fen) FROM visits").fetchone()
    cash = con.execute("SELECT coalesce(sum(amount_fen), 0) FROM allocation_lines WHERE source = 'cash'").fetchone()[0]
    con.close()
    with FamilyBook.open(d, daily_backup=False) as book:
        t = book.visit_totals()
        assert (t.count, t.total_fen, t.cash_fen) == (by_hand[0], by_hand[1], cash)
        vs = book.visits(newest_first=False)
        book.delete_visit(vs[0].id)
        book.edit_visit(vs[1].id, on_date=dt.date(vs[1].on_date.year - 1, 6, 1))
        book.record_visit(vs[2].member_id, dt.date(2025, 2, 3), "pharmacy", "0", 4321)
        assert book.visit_count() == by_hand[0]
        assert book.visit_count(year=vs[1].on_date.year - 1) >= 1
        with book.db.connection() as conn:
            assert conn.exec_driver_sql(DISAGREEMENTS).fetchall() == []
            conn.exec_driver_sql("UPDATE visit_sums SET total_fen = total_fen + 1 WHERE rowid = "
                                 "(SELECT min(rowid) FROM visit_sums WHERE visits > 0)")
            assert len(conn.exec_driver_sql(DISAGREEMENTS).fetchall()) == 1  # a damaged sum is seen


def test_planned_wallet_transfers_table_arrives_empty_and_keeps_the_plan_with_its_transfer(tmp_path: Path):
    """Revision 0005 (issue 15): an app-written book at 0002 upgrades to a new, empty planned-transfer table;
    every old row stays; a planned transfer can then name a real transfer, which deleting sets back to
    planned (ON DELETE SET NULL), and the window must start before it ends (CHECK)."""
    import datetime as dt

    from desktop.book import FamilyBook

    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE_0002, paths.db_path(d))
    before = _rows(paths.db_path(d))
    assert "planned_wallet_transfers" not in before
    clock = dt.datetime(2026, 3, 17, 10, 0)
    with FamilyBook.open(d, clock=lambda: clock, daily_backup=False) as book:
        assert book.db.revision() == migrate.head()
        payer = book.wallet_payers()[0]
        other = next(m.id for m in book.members() if m.id != payer)
        book.record_statement(payer, clock.date(), 500000)
        book.set_sharing_model("transfer")  # in 2026 the rules share by quota (F-N11): this family moves money
        (p,) = book.record_transfer_plan(payer, other, 100000, clock + dt.timedelta(days=2))
    after = _rows(paths.db_path(d))
    assert [(r["amount_fen"], r["on_date"], r["window_start"], r["window_end"], r["transfer_id"])
            for r in after["planned_wallet_transfers"]] == [(100000, "2026-03-17", "10:00:00.000000",
                                                             "22:00:00.000000", None)]
    for table in ("members", "bindings", "visits", "allocation_lines", "wallet_transfers", "planned_expenses"):
        assert len(after[table]) == len(before[table]), table
    con = sqlite3.connect(paths.db_path(d))
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO wallet_transfers (from_id, to_id, amount_fen, requested_at, note) "
                "VALUES (?, ?, 100000, '2026-03-17 10:05:00', '')", (payer, other))
    tid = con.execute("SELECT max(id) FROM wallet_transfers").fetchone()[0]
    con.execute("UPDATE planned_wallet_transfers SET transfer_id = ? WHERE id = ?", (tid, p.id))
    con.execute("DELETE FROM wallet_transfers WHERE id = ?", (tid,))
    assert con.execute("SELECT transfer_id FROM planned_wallet_transfers").fetchone() == (None,)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE planned_wallet_transfers SET window_start = '23:00:00.000000'")
    con.close()


def test_resident_enrolment_columns_arrive_empty_and_the_visits_keep_their_figures(tmp_path: Path):
    """Revision 0006_resident_enrolment: an old book has no enrolment recorded, so no one waits and every visit
    settles as before; the new fields can then be written and read back."""
    import datetime as dt

    from desktop.book import FamilyBook

    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE_0002, paths.db_path(d))
    before = _rows(paths.db_path(d))
    with FamilyBook.open(d, daily_backup=False) as book:
        with book.db.connection(write=True) as conn:
            book._ledger(conn).replay(None)
        old_lines = _lines(before)  # the same money (in the columns the old book had)
        assert [{k: r[k] for k in o} for o, r in zip(old_lines, _lines(_rows(paths.db_path(d))), strict=True)] == old_lines
        first = book.members()[0]
        assert (first.enrolled_on, first.enrolled_in_collection, first.enrolment_gap_years) == (None, None, 0)
        book.edit_member(first.id, enrolled_on=dt.date(2025, 3, 1), enrolled_in_collection=False,
                         enrolment_gap_years=2)
    con = sqlite3.connect(paths.db_path(d))
    assert migrate.revision_of(con) == migrate.head()
    cols = {r[1]: r for r in con.execute("PRAGMA table_info(members)")}
    assert {"enrolled_on", "enrolled_in_collection", "enrolment_gap_years"} <= set(cols)
    rows = con.execute("SELECT id, enrolled_on, enrolled_in_collection, enrolment_gap_years FROM members "
                       "ORDER BY id").fetchall()
    con.close()
    assert len(rows) == len(before["members"])
    assert rows[0][1:] == ("2025-03-01", 0, 2)
    assert all(r[1:] == (None, None, 0) for r in rows[1:])
