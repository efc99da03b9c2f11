"""kill -9 at random moments during writes: the book always opens and holds exactly what was committed.

Recording visits and bulk CSV imports are covered by ``tests/store/test_crash.py`` (20 SIGKILL trials while
recording visits, 5 during a 20,000-row import); this file reuses its harness (``_check``: integrity, foreign
keys, every visit with its complete allocation lines) for the other writes: upgrading an old book and
replacing a book from a whole-book JSON file. ``--slow`` runs more trials here and reruns the visit trials
of ``tests/store/test_crash.py`` five times over.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.book import FamilyBook
from desktop.store import migrate, paths
from tests.store import test_crash
from tests.store.family import NOW, family

CHILD = Path(__file__).with_name("kill_child.py")
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "book-0001_initial.sqlite"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (not the schema version), in a stable order."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")), key=repr) for t in sorted(tables)}
    finally:
        con.close()


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def _old_rows_in(path: Path, before: dict[str, list[tuple]], old_columns: dict[str, list[str]]) -> bool:
    """Whether every row of the old book is in ``path`` with the same values in the old columns."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table, rows in before.items():
            cols = ", ".join(old_columns[table])
            now = sorted(map(tuple, con.execute(f"SELECT {cols} FROM {table}")), key=repr)
            if now != rows:
                return False
        return True
    finally:
        con.close()


def _run(args: list[str], kill_after: float | None) -> str:
    p = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, bufsize=1)
    line = p.stdout.readline()
    assert line.strip() == "ready", f"child did not start: {line!r} {p.stderr.read()}"
    if kill_after is None:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        return out
    time.sleep(kill_after)
    os.kill(p.pid, signal.SIGKILL)
    out, _ = p.communicate(timeout=60)
    return out


def _duration(out: str) -> float:
    return float(next(ln.split()[1] for ln in out.splitlines() if ln.startswith("done")))


def _trials(slow: bool, fast: int, long: int) -> int:
    return long if slow else fast


# ---- migrations ----

def test_kill_during_a_migration_leaves_the_old_book_or_the_upgraded_one(tmp_path, slow):
    """Trial 0 runs to the end and times the upgrade; the others are killed somewhere inside that time.
    The app opens the file first, as it finds it (no repair by the test), then every old row is checked."""
    before = _rows(FIXTURE)
    old_columns = {t: _columns(FIXTURE, t) for t in before}
    rng = random.Random(4)
    took = None
    for trial in range(_trials(slow, 3, 30)):
        d = tmp_path / f"t{trial}"
        d.mkdir()
        db = paths.db_path(d)
        shutil.copy(FIXTURE, db)
        out = _run(["migrate", str(d)], None if took is None else rng.uniform(0, took * 1.5))
        if took is None:
            took = _duration(out)
        book = FamilyBook.open(d, clock=lambda: NOW, daily_backup=False)  # upgrades now if it was cut short
        try:
            assert book.integrity(full=True) == ["ok"]
            assert book.db.revision() == migrate.head()
        finally:
            book.close()
        test_crash._check(db)  # integrity, foreign keys, whole visits
        assert _old_rows_in(db, before, old_columns), trial  # every row of the old book, unchanged


# ---- replacing the book from JSON ----

@pytest.fixture(scope="module")
def json_case(tmp_path_factory) -> tuple[Path, Path, dict, dict]:
    """A small book to be replaced, and a whole-book JSON file of a bigger one (1,500 visits)."""
    root = tmp_path_factory.mktemp("json-kill")
    big = family(root / "big")
    b = big.book
    b.record_statement(big.head, NOW.date().replace(month=1, day=1), 5_000_000)
    csv = root / "v.csv"
    csv.write_text("person,date,care type,total\n" + "\n".join(
        f"王建国,2025-0{1 + i % 5}-{1 + i % 28:02d},outpatient,{20 + i % 300}" for i in range(1500)), encoding="utf-8")
    b.import_visits_csv(csv)
    source = root / "book.json"
    b.export_json(source)
    b.close()
    small = family(root / "small")
    small.book.record_visit(small.wife, NOW.date().replace(month=2, day=3), "outpatient", "1", 12_345, notes="old")
    small.book.close()
    old = _rows(paths.db_path(root / "small" / "data"))
    scratch = root / "scratch"
    shutil.copytree(root / "small" / "data", scratch)
    with FamilyBook.open(scratch, clock=lambda: NOW, daily_backup=False) as book:
        book.import_json(source, replace=True)
    new = _rows(paths.db_path(scratch))
    assert old != new and len(new["visits"]) == 1500
    return root / "small" / "data", source, old, new


def test_kill_during_a_json_import_keeps_all_or_nothing(tmp_path, json_case, slow):
    """Trial 0 runs to the end and times the import; the others are killed somewhere inside that time."""
    small, source, old, new = json_case
    rng = random.Random(11)
    took = None
    for trial in range(_trials(slow, 3, 25)):
        d = tmp_path / f"t{trial}"
        shutil.copytree(small, d)
        out = _run(["json", str(d), str(source)], None if took is None else rng.uniform(0, took * 1.3))
        if took is None:
            took = _duration(out)
        with FamilyBook.open(d, clock=lambda: NOW, daily_backup=False) as book:  # the file as the kill left it
            assert book.integrity(full=True) == ["ok"]
        db = paths.db_path(d)
        test_crash._check(db)
        rows = _rows(db)
        assert rows in (old, new), trial  # never part of the file
        if "done" in out:
            assert rows == new


# ---- the longer variant of the visit trials ----

@pytest.mark.slow
def test_many_more_kills_while_recording_visits(tmp_path, monkeypatch):
    monkeypatch.setattr(test_crash, "TRIALS", 100)
    test_crash.test_sigkill_while_recording_visits(tmp_path)


@pytest.mark.slow
def test_more_kills_during_a_bulk_import(tmp_path):
    for n in range(3):
        d = tmp_path / f"round{n}"
        d.mkdir()
        test_crash.test_sigkill_during_a_bulk_import_is_all_or_nothing(d)


# ---- a crash that leaves a hot rollback journal ----

HALF_WRITE = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # changed pages spill into the file before the commit
con.execute("BEGIN")
con.execute("UPDATE app_meta SET value = 'half-written' WHERE key LIKE 'filler-%'")
print("ready", flush=True)
time.sleep(60)
"""


def test_a_hot_rollback_journal_is_rolled_back_not_called_damage(tmp_path):
    """A book in rollback-journal mode (a restored backup is one) killed in the middle of a write: the read-only
    look at open cannot settle the journal itself; SQLite's own recovery does, and the book opens as committed
    (found by the --slow migration trials: a kill while a restored-style file was switched to WAL)."""
    data = tmp_path / "data"
    FamilyBook.open(data, clock=lambda: NOW, daily_backup=False).close()
    db = paths.db_path(data)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = DELETE")
    con.executemany("INSERT OR REPLACE INTO app_meta(key, value) VALUES (?, 'committed')",
                    [(f"filler-{i}",) for i in range(3000)])
    con.close()
    p = subprocess.Popen([sys.executable, "-c", HALF_WRITE, str(db)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "ready"
    os.kill(p.pid, signal.SIGKILL)
    p.communicate()
    journal = Path(f"{db}-journal")
    assert journal.exists() and journal.stat().st_size > 0  # a hot journal, as the kill left it
    with FamilyBook.open(data, clock=lambda: NOW, daily_backup=False) as book:
        assert book.integrity(full=True) == ["ok"]
        assert {book.meta(f"filler-{i}") for i in range(3000)} == {"committed"}
