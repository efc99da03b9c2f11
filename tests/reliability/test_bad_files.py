"""A book file that is damaged, cut short, not SQLite at all or emptied; a data folder that cannot be written;
a disk that fills up. Each time: a clear message, nothing overwritten, and — when the file itself is bad —
the latest good backup offered, by the command line and by the window alike."""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.book import FamilyBook
from desktop.demo import build_demo
from desktop.store import backups, lock, paths
from desktop.ui import book_loader
from desktop.ui.main_window import MainWindow
from tests.ui.test_book_loader import Dialogs

ROOT = Path(__file__).resolve().parents[2]


def _junk_page(p: Path) -> None:
    data = bytearray(p.read_bytes())
    for i in range(4096 * 2, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    p.write_bytes(bytes(data))


def _truncate(p: Path) -> None:
    os.truncate(p, p.stat().st_size // 2)


def _letter(p: Path) -> None:
    p.write_text("亲爱的妈妈：这不是数据库，是一封信。\n" * 200, encoding="utf-8")


def _emptied(p: Path) -> None:
    p.write_bytes(b"")


DAMAGE = {"junk page": _junk_page, "truncated": _truncate, "not SQLite": _letter, "emptied": _emptied}


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture
def good_book(tmp_path) -> tuple[Path, Path]:
    """A demo family book, closed, with a good backup of it; returns (data folder, backup)."""
    data = tmp_path / "data"
    with FamilyBook.open(data, daily_backup=False) as book:
        build_demo(book)
        backup = book.backup("manual")
    return data, backup


def _damaged(good_book, how: str) -> tuple[Path, Path, Path, str]:
    data, backup = good_book
    db = paths.db_path(data)
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    DAMAGE[how](db)
    return data, backup, db, _digest(db)


@pytest.mark.parametrize("how", DAMAGE)
def test_the_cli_names_the_damage_and_the_backup_and_changes_nothing(good_book, how, capsys):
    data, backup, db, digest = _damaged(good_book, how)
    listing = sorted(p.name for p in data.rglob("*"))
    assert cli.main(["--data-dir", str(data), "balances"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0] and "nothing was changed" in err[0]
    assert backup.name in err[0] and "familypool-cli restore" in err[0]
    assert _digest(db) == digest and sorted(p.name for p in data.rglob("*")) == listing
    # and the restore it points to keeps the bad file aside, byte for byte
    assert cli.main(["--data-dir", str(data), "restore"]) == 0
    aside = [p for p in data.iterdir() if p.name.startswith("familypool-damaged-") and p.suffix == ".sqlite"]
    assert len(aside) == 1 and _digest(aside[0]) == digest
    with FamilyBook.open(data) as book:
        assert len(book.members()) == 4 and book.integrity(full=True) == ["ok"]


@pytest.fixture
def window(qtbot, ui_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(MainWindow, "_open_book", lambda self: None)
    w = MainWindow(data_dir=tmp_path / "data", settings=ui_settings)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def dialogs(monkeypatch):
    d = Dialogs()
    monkeypatch.setattr(book_loader, "choose", d.choose)
    monkeypatch.setattr(book_loader, "tell", d.tell)
    monkeypatch.setattr(book_loader, "quit_app", d.quit_app)
    return d


@pytest.mark.parametrize("how", DAMAGE)
def test_the_window_offers_the_latest_backup_and_quitting_changes_nothing(good_book, how, window, dialogs,
                                                                           english):
    data, backup, db, digest = _damaged(good_book, how)
    listing = sorted(p.name for p in data.rglob("*"))
    assert book_loader.open_book_for_window(window, data) is None
    [(title, text, options)] = dialogs.asked
    assert title == "The family book cannot be opened"
    assert "The data file is damaged" in text and f"You can restore the latest good backup: {backup.name}." in text
    assert options[0] == "&Restore the latest good backup"
    assert dialogs.quit == 1 and _digest(db) == digest and sorted(p.name for p in data.rglob("*")) == listing


def test_restoring_from_the_window_after_an_emptied_file(good_book, window, dialogs, english):
    data, backup, db, digest = _damaged(good_book, "emptied")
    dialogs.answer = book_loader.RESTORE
    book = book_loader.open_book_for_window(window, data)
    try:
        assert len(book.members()) == 4
    finally:
        book.close()
    assert [p.stat().st_size for p in data.iterdir() if p.name.startswith("familypool-damaged-")] == [0]


def test_an_empty_file_without_backups_is_a_new_book(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    paths.db_path(data).write_bytes(b"")
    with FamilyBook.open(data) as book:
        assert book.is_empty()


# ---- a folder that cannot be written ----

def _read_only_folder(monkeypatch, data: Path) -> None:
    """Root may write anywhere, so a read-only file system is simulated where the book first writes: the lock."""
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        if Path(path).parent == data and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(lock.os, "open", open_)


def test_a_read_only_folder_is_explained_by_the_cli(good_book, monkeypatch, capsys):
    data, _backup = good_book
    db = paths.db_path(data)
    digest = _digest(db)
    _read_only_folder(monkeypatch, data)
    assert cli.main(["--data-dir", str(data), "balances"]) == 1
    err = capsys.readouterr().err.strip()
    assert "cannot write in the data folder" in err and "Read-only file system" in err
    assert "was not changed" in err and _digest(db) == digest


def test_a_read_only_folder_is_explained_by_the_window(good_book, monkeypatch, window, dialogs, lang):
    data, _backup = good_book
    digest = _digest(paths.db_path(data))
    _read_only_folder(monkeypatch, data)
    assert book_loader.open_book_for_window(window, data) is None
    [(_title, text)] = dialogs.told
    assert text.startswith(f"无法在数据文件夹 {data} 里写入（Read-only file system）。账本没有被改动。")
    assert dialogs.quit == 1 and _digest(paths.db_path(data)) == digest


# ---- a full disk ----

def _cli_with_file_size_limit(data: Path, limit: int, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a child whose files cannot grow past ``limit`` bytes: writes fail as on a full disk."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write (EFBIG) instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FAMILYPOOL_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data), *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, preexec_fn=limit_files)


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_a_disk_filling_up_during_an_import_keeps_the_book_as_it_was(good_book, tmp_path):
    data, _backup = good_book
    csv = tmp_path / "visits.csv"
    csv.write_text("person,date,care type,total,notes\n" + "\n".join(
        f"王磊,2025-03-{1 + i % 28:02d},outpatient,{30 + i % 90},{'备注' * 20}" for i in range(3000)), encoding="utf-8")
    with FamilyBook.open(data, daily_backup=False) as book:
        before = book.visit_count()
        book.backup("manual")  # today's backup exists: the open itself needs no room
    size = paths.db_path(data).stat().st_size
    res = _cli_with_file_size_limit(data, size + 64 * 1024, "visits-import", str(csv))
    assert res.returncode == 1, res.stdout + res.stderr
    line = res.stderr.strip()
    assert "\n" not in line and "cannot write in the data folder" in line and "was not changed" in line
    assert "disk full" in line or "is the disk full?" in line  # RLIMIT_FSIZE gives EFBIG: SQLite's I/O error
    assert "Traceback" not in res.stderr
    with FamilyBook.open(data) as book:
        assert book.visit_count() == before and book.integrity(full=True) == ["ok"]
    assert not [p for p in paths.backup_dir(data).iterdir() if p.name.endswith(".part")]


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_no_room_for_the_daily_backup_is_explained_before_anything_changes(good_book):
    data, _backup = good_book
    for b in backups.list_backups(data):  # no backup made today: opening makes one, and there is no room for it
        b.path.unlink()
    db = paths.db_path(data)
    digest = _digest(db)
    res = _cli_with_file_size_limit(data, 8 * 1024, "balances")
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert "cannot write in the data folder" in res.stderr and "disk" in res.stderr
    assert _digest(db) == digest
    assert [p.name for p in paths.backup_dir(data).iterdir()] == []  # no half copy taken for a backup


def test_no_room_for_the_daily_backup_is_explained_by_the_window(good_book, monkeypatch, window, dialogs, english):
    data, _backup = good_book
    for b in backups.list_backups(data):
        b.path.unlink()

    def no_room(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(backups.paths, "make_private_file", no_room)
    digest = _digest(paths.db_path(data))
    assert book_loader.open_book_for_window(window, data) is None
    [(_title, text)] = dialogs.told
    assert text.startswith(f"FamilyPool cannot write in the data folder {data} (No space left on device).")
    assert _digest(paths.db_path(data)) == digest
