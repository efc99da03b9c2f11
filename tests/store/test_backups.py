"""Rotating backups and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.store import backups, database, paths
from desktop.store.errors import NoBackup
from desktop.store.restore import restore as restore_book


def _count(p: Path, key: str = "n") -> str | None:
    con = sqlite3.connect(p)
    row = con.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    con.close()
    return row[0] if row else None


def _set(book: database.Database, value: str) -> None:
    with book.session(write=True) as s:
        s.connection().exec_driver_sql("INSERT OR REPLACE INTO app_meta(key, value) VALUES ('n', ?)", (value,))


def test_keeps_the_newest_ten(tmp_path: Path):
    book = database.open_database(tmp_path)
    start = datetime(2026, 1, 1)
    for i in range(14):
        _set(book, str(i))
        backups.make_backup(tmp_path, "manual", now=start + timedelta(days=i))
    kept = backups.list_backups(tmp_path)
    assert len(kept) == backups.KEEP == 10
    assert [_count(b.path) for b in kept] == [str(i) for i in range(13, 3, -1)]
    book.close()


def test_backup_is_a_consistent_self_contained_copy_while_open(tmp_path: Path):
    book = database.open_database(tmp_path)
    _set(book, "before")
    p = book.backup("manual")
    _set(book, "after")
    assert _count(p) == "before"
    assert not p.with_name(p.name + "-wal").exists()
    assert backups.is_good(p)
    book.close()


def test_restore_latest_keeps_the_current_book_as_a_backup(tmp_path: Path):
    book = database.open_database(tmp_path)
    _set(book, "old")
    first = book.backup("manual")
    _set(book, "new")
    book.close()
    result = restore_book(tmp_path)
    assert result.source == first and not result.previous_was_damaged
    assert _count(paths.db_path(tmp_path)) == "old"
    assert _count(result.previous) == "new"
    book = database.open_database(tmp_path)
    assert book.integrity() == ["ok"]
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    book.close()


def test_restore_a_chosen_backup(tmp_path: Path):
    book = database.open_database(tmp_path)
    made = []
    for v in ("a", "b", "c"):
        _set(book, v)
        made.append(book.backup("manual"))
    book.close()
    restore_book(tmp_path, made[0])
    assert _count(paths.db_path(tmp_path)) == "a"


def test_restore_without_backups_is_refused(tmp_path: Path):
    database.open_database(tmp_path).close()
    with pytest.raises(NoBackup):
        restore_book(tmp_path)


def test_a_bad_backup_is_not_offered(tmp_path: Path):
    book = database.open_database(tmp_path)
    good = book.backup("manual")
    bad = book.backup("manual")
    book.close()
    bad.write_bytes(b"junk" * 100)
    assert backups.latest_good(tmp_path) == good
    with pytest.raises(NoBackup):
        restore_book(tmp_path, bad)
