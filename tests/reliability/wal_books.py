"""Books whose latest visits live only in the ``-wal``: recorded by a child process that is then killed with SIGKILL
(SQLite checkpoints and removes the -wal only when the last connection closes)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.book import FamilyBook
from desktop.store import paths
from tests.store.family import NOW

CHILD = Path(__file__).with_name("kill_child.py")


def wal_book(data: Path, in_wal: int = 5, backups: int = 1) -> list[Path]:
    """王建国 with one closed visit per manual backup (``backups`` of them, returned oldest first) and one more after
    the last (the main file is none of the backups), then ``in_wal`` visits recorded by a process killed before it
    closed the book."""
    made = []
    with FamilyBook.open(data, clock=lambda: NOW, daily_backup=False) as book:
        member = book.add_member("王建国", "140100", "employee").id
        for i in range(backups):
            book.record_visit(member, dt.date(2025, 2, 1), "outpatient", "1", 5000 + i, notes=f"closed {i}")
            made.append(book.backup("manual"))
        book.record_visit(member, dt.date(2025, 2, 2), "outpatient", "1", 4000, notes="closed after the backups")
    p = subprocess.Popen([sys.executable, str(CHILD), "hold", str(data)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, bufsize=1)
    assert p.stdout.readline().strip() == "ready"
    for _ in range(in_wal):
        p.stdin.write("visit\n")
        p.stdin.flush()
        assert p.stdout.readline().startswith("recorded")
    os.kill(p.pid, signal.SIGKILL)
    p.communicate()
    wal = Path(f"{paths.db_path(data)}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    return made


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of ``path`` (with its -wal), read from a copy so nothing of it changes."""
    scratch = Path(f"{path}.rows-copy")
    for side in ("", "-wal"):
        if Path(f"{path}{side}").exists():
            shutil.copyfile(f"{path}{side}", f"{scratch}{side}")
    con = sqlite3.connect(scratch)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")), key=repr) for t in sorted(tables)}
    finally:
        con.close()
        for side in ("", "-wal", "-shm"):
            Path(f"{scratch}{side}").unlink(missing_ok=True)


def visits(path: Path) -> int:
    return len(rows(path)["visits"])
