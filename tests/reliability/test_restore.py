"""Restoring a backup is atomic and never loses what it replaces (issue 14, items 1, 2 and 13).

Each book here has its latest visits only in the ``-wal`` (``wal_books.py``): the state a crash leaves, and the one
in which the old restore lost them — it deleted the ``-wal`` before the backup was in place.
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
from PySide6.QtCore import Qt

from desktop import cli
from desktop.book import FamilyBook
from desktop.store import backups, paths
from desktop.ui.pages import settings_page
from tests.reliability.wal_books import rows, wal_book
from tests.store import test_crash
from tests.store.family import NOW

ROOT = Path(__file__).resolve().parents[2]
RESTORE_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[2])
from desktop import cli
import desktop.book  # what the command has imported when it starts restoring; the store comes after
print("ready", flush=True)
t0 = time.perf_counter()
code = cli.main(["--data-dir", sys.argv[1], "restore"])
print(f"done {time.perf_counter() - t0:.3f} {code}", flush=True)
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _restore_killed(data: Path, kill_after: float | None) -> str:
    p = subprocess.Popen([sys.executable, "-c", RESTORE_CHILD, str(data), str(ROOT)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, bufsize=1)
    assert p.stdout.readline().strip() == "ready", p.stderr.read()
    if kill_after is None:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and out.split()[-1] == "0", err
        return next(ln for ln in out.splitlines() if ln.startswith("done"))
    time.sleep(kill_after)
    os.kill(p.pid, signal.SIGKILL)
    return p.communicate(timeout=60)[0]


def test_kill_during_a_restore_leaves_the_book_untouched_or_wholly_the_backup(tmp_path, slow):
    """Trial 0 runs to the end and times the restore; the others are killed somewhere inside 1.3 times that.
    The app then opens the folder as the kill left it: the book holds every row it had (7 visits, 5 only in its
    -wal; the main file alone has 2) or exactly the backup's rows (1 visit), and the rows it had are then in the before-restore backup; no .restoring left."""
    prepared = tmp_path / "prepared"
    [backup] = wal_book(prepared)
    before, restored = rows(paths.db_path(prepared)), rows(backup)
    assert len(before["visits"]) == 7 and len(restored["visits"]) == 1
    rng = random.Random(14)
    took, outcomes = None, {"untouched": 0, "restored": 0}
    for trial in range(40 if slow else 10):
        d = tmp_path / f"t{trial}"
        shutil.copytree(prepared, d)
        out = _restore_killed(d, None if took is None else rng.uniform(0, took * 1.3))
        if took is None:
            took = float(out.split()[1])
        with FamilyBook.open(d, clock=lambda: NOW, daily_backup=False) as book:  # as the kill left it
            assert book.integrity(full=True) == ["ok"]
        db = paths.db_path(d)
        test_crash._check(db)
        now = rows(db)
        assert now in (before, restored), f"trial {trial}: {len(now['visits'])} visits"  # 0 rows lost
        if now == restored:
            outcomes["restored"] += 1
            kept = [b for b in backups.list_backups(d) if b.reason == "before-restore"]
            assert [rows(b.path) for b in kept] == [before], trial  # what it replaced, whole
        else:
            outcomes["untouched"] += 1
        assert not [p.name for p in d.iterdir() if ".restoring" in p.name], trial
    print(f"restore kill trials: {outcomes}")  # shown with -s: both ends are reached
    assert outcomes["restored"] >= 1, outcomes


KILLED_AT_THE_SWAP = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from desktop import cli
from desktop.store import restore
real = os.replace
def replace(src, dst):  # the -wal is gone, the rename not done: the narrowest moment
    if str(src).endswith(".restoring"):
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
restore.os.replace = replace
cli.main(["--data-dir", sys.argv[1], "restore"])
"""


def test_a_kill_between_removing_the_wal_and_the_rename_is_finished_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    [backup] = wal_book(data)
    before = rows(paths.db_path(data))
    p = subprocess.run([sys.executable, "-c", KILLED_AT_THE_SWAP, str(data), str(ROOT)], capture_output=True)
    assert p.returncode == -signal.SIGKILL
    assert not Path(f"{paths.db_path(data)}-wal").exists() and Path(f"{paths.db_path(data)}.restoring").exists()
    with FamilyBook.open(data, clock=lambda: NOW, daily_backup=False) as book:
        assert book.visit_count() == 1
    assert rows(paths.db_path(data)) == rows(backup)
    [kept] = [b for b in backups.list_backups(data) if b.reason == "before-restore"]
    assert rows(kept.path) == before and not [p for p in data.iterdir() if ".restoring" in p.name]


def test_restoring_the_oldest_of_ten_keeps_it_and_every_visit(tmp_path, capsys):
    """The before-restore copy is the eleventh: rotation must not take the backup being restored."""
    data = tmp_path / "data"
    made = wal_book(data, in_wal=5, backups=10)
    before = rows(paths.db_path(data))
    assert len(before["visits"]) == 16 and len(backups.list_backups(data)) == 10
    oldest = made[0]
    assert cli.main(["--data-dir", str(data), "restore", oldest.name]) == 0, capsys.readouterr().err
    assert oldest.exists()
    assert rows(paths.db_path(data)) == rows(oldest)
    [kept] = [b for b in backups.list_backups(data) if b.reason == "before-restore"]
    assert rows(kept.path) == before  # all 16 visits, the five from the -wal too


@pytest.fixture
def answers(monkeypatch):
    asked = []
    monkeypatch.setattr(settings_page, "confirm", lambda _p, title, text: asked.append(title) or True)
    return asked


def _ten_backups(data: Path) -> FamilyBook:
    book = FamilyBook.open(data, daily_backup=False)
    member = book.add_member("王建国", "140100", "employee").id
    for i in range(10):
        book.record_visit(member, book.today(), "outpatient", "1", 1000 + i, notes=f"v{i}")
        book.backup("manual")
    return book


def test_restoring_the_oldest_from_settings_works(qtbot, lang, make_window, tmp_path, answers):
    book = _ten_backups(tmp_path / "data")
    w = make_window(book)
    page = w.page("settings")
    page.refresh()
    page.backup_table.select_row(page.backups.rowCount() - 1)  # the oldest
    oldest = page.selected_backup()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    try:
        assert answers == ["恢复备份"] and oldest.path.exists()
        assert w.book.visit_count() == 1 and w.statusBar().currentMessage().startswith("已恢复 ")
    finally:
        w.book.close()


def test_a_restore_that_fails_is_told_plainly_in_the_window(qtbot, lang, make_window, tmp_path, answers,
                                                            monkeypatch):
    book = _ten_backups(tmp_path / "data")
    w = make_window(book)
    page = w.page("settings")
    page.refresh()
    page.backup_table.select_row(page.backups.rowCount() - 1)

    def unreadable(src, dst, journal_mode="DELETE"):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(backups, "_copy", unreadable)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    try:
        shown = w.page("settings").message.text()
        assert shown.startswith("没有恢复") and "账本没有被改动" in shown and "Traceback" not in shown
        assert w.book.visit_count() == 10  # the book as it was, open again
    finally:
        w.book.close()


# ---- item 13 ----

def test_a_newer_book_replaced_by_a_restore_is_never_offered_as_a_good_backup(tmp_path, capsys):
    data = tmp_path / "data"
    with FamilyBook.open(data, daily_backup=False) as book:
        book.add_member("王建国", "140100", "employee")
        good = book.backup("manual")
    con = sqlite3.connect(paths.db_path(data))
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    assert cli.main(["--data-dir", str(data), "restore"]) == 0
    assert backups.latest_good(data) == good  # not the newer file the restore replaced
    assert not [b for b in backups.list_backups(data) if not backups.is_good(b.path)]
    newer = [p for p in data.iterdir() if p.name.startswith("familypool-newer-") and p.suffix == ".sqlite"]
    assert len(newer) == 1 and "newer" in capsys.readouterr().out  # kept aside, whole, not in the backups
    assert newer[0].stat().st_mode & 0o777 == 0o600


def test_a_restore_cut_short_leaves_no_restoring_file(tmp_path):
    """A half copy is removed at the next start; a whole one is put in place (the book as it was is kept)."""
    data = tmp_path / "data"
    [backup] = wal_book(data, in_wal=2)
    db = paths.db_path(data)
    Path(f"{db}.restoring.part").write_bytes(b"half a copy")
    with FamilyBook.open(data, daily_backup=False) as book:
        assert book.visit_count() == 4
    assert not [p for p in data.iterdir() if ".restoring" in p.name]
    shutil.copyfile(backup, f"{db}.restoring")  # as if killed after the copy was whole
    with FamilyBook.open(data, daily_backup=False) as book:
        assert book.visit_count() == 1
    assert not [p for p in data.iterdir() if ".restoring" in p.name]
