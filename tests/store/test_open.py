"""Opening a book: pragmas, privacy, refusing newer or damaged files without touching them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.store import backups, database, paths
from desktop.store.errors import DamagedDatabase, NewerDatabase
from desktop.store.restore import restore as restore_book


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _listing(d: Path) -> list[str]:
    return sorted(str(p.relative_to(d)) for p in d.rglob("*"))


def test_new_book_has_wal_foreign_keys_and_busy_timeout(tmp_path: Path):
    book = database.open_database(tmp_path)
    try:
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        book.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_readable_by_the_owner_only(tmp_path: Path):
    old = os.umask(0o022)
    try:
        d = tmp_path / "data"
        book = database.open_database(d)
        book.backup("manual")
        with book.session(write=True) as s:
            s.connection().exec_driver_sql("INSERT INTO app_meta(key, value) VALUES ('x', 'y')")
        assert (d / "familypool.sqlite-wal").exists()
        for p in [d / "familypool.sqlite", d / "familypool.sqlite-wal", *paths.backup_dir(d).iterdir()]:
            assert p.stat().st_mode & 0o077 == 0, p
        assert d.stat().st_mode & 0o077 == 0
        book.close()
    finally:
        os.umask(old)


def _newer_book(d: Path) -> Path:
    book = database.open_database(d)
    with book.session(write=True) as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    book.close()
    return paths.db_path(d)


def test_newer_book_is_refused_untouched(tmp_path: Path):
    p = _newer_book(tmp_path)
    digest, listing = _digest(p), _listing(tmp_path)
    with pytest.raises(NewerDatabase) as e:
        database.open_database(tmp_path)
    assert "9999_from_the_future" in e.value.en and "newer" in e.value.en
    assert "更新版本" in e.value.zh
    assert _digest(p) == digest
    assert _listing(tmp_path) == listing  # no backup, no side files


def _damage(p: Path) -> None:
    """Overwrite a page in the middle of the file with junk (the header stays valid)."""
    data = bytearray(p.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0xA5
    p.write_bytes(bytes(data))


def _book_with_rows(d: Path) -> Path:
    book = database.open_database(d)
    with book.session(write=True) as s:
        for i in range(300):
            s.connection().exec_driver_sql(f"INSERT INTO app_meta(key, value) VALUES ('k{i}', '{'x' * 200}')")
    book.close()
    return paths.db_path(d)


def test_damaged_book_is_detected_offered_a_backup_and_not_overwritten(tmp_path: Path):
    p = _book_with_rows(tmp_path)
    good = backups.make_backup(tmp_path, "manual")
    _damage(p)
    digest = _digest(p)
    with pytest.raises(DamagedDatabase) as e:
        database.open_database(tmp_path)
    assert e.value.backup == good
    assert good.name in e.value.en and good.name in e.value.zh
    assert _digest(p) == digest
    # restoring moves the damaged file aside, byte for byte, and puts the backup in place
    result = restore_book(tmp_path)
    assert result.previous_was_damaged and _digest(result.previous) == digest
    book = database.open_database(tmp_path)
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM app_meta").scalar() == 300
    assert book.integrity(full=True) == ["ok"]
    book.close()


@pytest.mark.parametrize("content", [b"", b"hello, this is not a database at all" * 10, b"SQLite format 3\x00" + b"\0" * 50])
def test_not_a_book(tmp_path: Path, content: bytes):
    p = paths.db_path(tmp_path)
    p.write_bytes(content)
    if content == b"":  # an empty file is a new book
        database.open_database(tmp_path).close()
        return
    with pytest.raises(DamagedDatabase):
        database.open_database(tmp_path)
    assert p.read_bytes() == content


def test_truncated_book_is_refused(tmp_path: Path):
    p = _book_with_rows(tmp_path)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabase):
        database.open_database(tmp_path)
    assert p.read_bytes() == data[: len(data) // 2]


def test_foreign_sqlite_file_is_refused(tmp_path: Path):
    p = paths.db_path(tmp_path)
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DamagedDatabase, match="not a FamilyPool book"):
        database.open_database(tmp_path)


def test_daily_backup_once_a_day(tmp_path: Path):
    database.open_database(tmp_path).close()  # a new book: nothing to back up yet
    assert backups.list_backups(tmp_path) == []
    day1 = datetime(2026, 3, 1, 9, 0)
    database.open_database(tmp_path, now=day1).close()
    database.open_database(tmp_path, now=day1.replace(hour=18)).close()
    assert [b.reason for b in backups.list_backups(tmp_path)] == ["daily"]
    # the second day's check looks at backup names, which carry the real time of making
    backups.make_backup(tmp_path, "daily", now=datetime(2026, 3, 2, 8, 0))
    assert backups.has_backup_on(tmp_path, datetime(2026, 3, 2, 20, 0))
    assert not backups.has_backup_on(tmp_path, datetime(2026, 3, 3, 20, 0))
