"""Revision 0008_planned_premiums (issue 16), upgraded from the revision before it on a fixture book: the app's
own demo book (``book-0003_moments.sqlite``) is brought to 0007 and given a quota, then opened by the app: it
gains an empty ``planned_premiums`` table, every old row stays as it was, and a planned premium can be kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from desktop.store import migrate, paths

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "book-0003_moments.sqlite"
PREVIOUS, THIS = "0007_quotas_and_coverage_end", "0008_planned_premiums"


def _rows(path: Path) -> dict[str, list[dict]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                       "'sqlite_%' AND name != 'alembic_version'")]
    out = {t: [dict(r) for r in con.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in names}
    con.close()
    return out


def _book_at_previous(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(FIXTURE, paths.db_path(d))
    engine = create_engine(f"sqlite:///{paths.db_path(d)}")
    migrate.upgrade(engine, PREVIOUS)
    engine.dispose()
    con = sqlite3.connect(paths.db_path(d))
    assert migrate.revision_of(con) == PREVIOUS
    payer, receiver = (r[0] for r in con.execute("SELECT id FROM members ORDER BY id LIMIT 2"))
    con.execute("INSERT INTO quotas (payer_id, receiver_id, amount_fen, set_at, channel_id, note, created_at) "
                "VALUES (?, ?, 30000, '2026-05-10 09:00:00', 'national_app', '', '2026-05-10 09:00:00')",
                (payer, receiver))
    con.commit()
    con.close()
    return d


def test_this_revision_follows_the_previous_one():
    revisions = migrate.known_revisions()
    assert revisions.index(THIS) == revisions.index(PREVIOUS) + 1


def test_upgrade_from_the_previous_revision_keeps_every_row_and_adds_an_empty_table(tmp_path: Path):
    from desktop.book import FamilyBook

    d = _book_at_previous(tmp_path)
    before = _rows(paths.db_path(d))
    assert "planned_premiums" not in before and len(before["quotas"]) == 1 and before["visits"]
    with FamilyBook.open(d, clock=lambda: dt.datetime(2026, 5, 20, 10, 0), daily_backup=False) as book:
        assert book.db.revision() == migrate.head()
        assert book.planned_premiums() == []
        assert len(book.quotas()) == 1
    after = _rows(paths.db_path(d))
    for table, rows in before.items():
        assert after[table] == rows, table
    assert after["planned_premiums"] == []
    con = sqlite3.connect(paths.db_path(d))
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in con.execute("PRAGMA foreign_key_list(planned_premiums)")}
    assert fks == {("members", "payer_id"), ("members", "person_id")}
    con.close()


def test_a_planned_premium_is_kept_and_the_downgrade_takes_only_the_new_table(tmp_path: Path):
    from desktop.book import FamilyBook

    d = _book_at_previous(tmp_path)
    with FamilyBook.open(d, clock=lambda: dt.datetime(2026, 5, 20, 10, 0), daily_backup=False) as book:
        resident = next(m for m in book.members() if m.insurance == "resident")
        payer = next(m for m in book.members() if m.insurance == "employee")
        book.plan_premium_payment(payer.id, resident.id, 38000, 2027, dt.date(2026, 9, 1), channel_id="local_app")
    con = sqlite3.connect(paths.db_path(d))
    assert con.execute("SELECT payer_id, person_id, amount_fen, coverage_year, on_date FROM planned_premiums"
                       ).fetchall() == [(payer.id, resident.id, 38000, 2027, "2026-09-01")]
    con.close()
    kept = {t: r for t, r in _rows(paths.db_path(d)).items() if t != "planned_premiums"}
    engine = create_engine(f"sqlite:///{paths.db_path(d)}")
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, PREVIOUS)
    engine.dispose()
    after = _rows(paths.db_path(d))
    assert "planned_premiums" not in after
    assert after == kept
