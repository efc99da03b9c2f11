"""Two FamilyPools on one book: the second is told the book is open elsewhere, by the store, the command
line and the window, and changes nothing; when the first dies (kill -9) its lock is stale and taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.book import FamilyBook
from desktop.store import lock, paths
from desktop.store.lock import BookInUse, BookLock
from desktop.ui import book_loader
from desktop.ui.main_window import MainWindow
from tests.store import test_crash
from tests.store.family import NOW, family
from tests.ui.test_book_loader import Dialogs

CHILD = Path(__file__).with_name("kill_child.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@pytest.fixture
def held(tmp_path):
    """A book held open by another process that records a visit for every line it is sent."""
    fam = family(tmp_path)
    fam.book.close()
    data = tmp_path / "data"
    p = subprocess.Popen([sys.executable, str(CHILD), "hold", str(data)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    assert p.stdout.readline().strip() == "ready", p.stderr.read()
    yield data, p
    if p.poll() is None:
        p.kill()
    p.communicate()


def _record(p: subprocess.Popen, n: int) -> list[str]:
    got = []
    for _ in range(n):
        p.stdin.write("go\n")
        p.stdin.flush()
        got.append(p.stdout.readline().strip())
    return got


def test_the_second_instance_is_refused_everywhere_and_changes_nothing(held, capsys, qtbot, ui_settings, monkeypatch,
                                                                       english):
    data, p = held
    assert _record(p, 2) == ["recorded 1", "recorded 2"]
    db = paths.db_path(data)
    before = sorted(q.name for q in data.rglob("*"))

    with pytest.raises(BookInUse) as e:
        FamilyBook.open(data)
    assert e.value.pid == p.pid
    assert f"already open in another FamilyPool window or command (process {p.pid})" in e.value.en
    assert "已经在另一个家庭共济助手窗口或命令里打开" in e.value.zh

    assert cli.main(["--data-dir", str(data), "balances"]) == 1
    assert cli.main(["--data-dir", str(data), "restore"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("already open in another FamilyPool" in line for line in err)

    dialogs = Dialogs()
    monkeypatch.setattr(book_loader, "tell", dialogs.tell)
    monkeypatch.setattr(book_loader, "choose", dialogs.choose)
    monkeypatch.setattr(book_loader, "quit_app", dialogs.quit_app)
    monkeypatch.setattr(MainWindow, "_open_book", lambda self: None)
    w = MainWindow(data_dir=data, settings=ui_settings)
    qtbot.addWidget(w)
    assert book_loader.open_book_for_window(w, data) is None
    [(_title, text)] = dialogs.told
    assert text.startswith("This family book is already open in another FamilyPool window or command")
    assert dialogs.quit == 1 and dialogs.asked == []

    assert sorted(q.name for q in data.rglob("*")) == before  # no backup, nothing new
    assert _record(p, 1) == ["recorded 3"]  # the first one goes on undisturbed
    os.kill(p.pid, signal.SIGKILL)
    p.wait()

    assert lock.holder(data) == p.pid  # its lock file stays behind: stale, the lock itself died with it
    with FamilyBook.open(data, clock=lambda: NOW) as book:  # taken over
        assert lock.holder(data) == os.getpid()
        assert book.integrity(full=True) == ["ok"]
        assert [v.notes for v in book.visits(newest_first=False)] == ["h1", "h2", "h3"]
    assert test_crash._check(db) == ["h1", "h2", "h3"]


def test_a_second_open_in_the_same_process_is_refused_too(tmp_path):
    book = FamilyBook.open(tmp_path / "data")
    try:
        with pytest.raises(BookInUse):
            FamilyBook.open(tmp_path / "data")
    finally:
        book.close()
    FamilyBook.open(tmp_path / "data").close()  # closed: free again


def test_a_stale_lock_file_is_taken_over(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / lock.LOCK_NAME).write_text("999999999")  # a process long gone, holding no lock
    with BookLock.acquire(data) as held:
        assert held.held and lock.holder(data) == os.getpid()
        assert (data / lock.LOCK_NAME).stat().st_mode & 0o077 == 0
    assert not held.held
