"""Crash safety: a writer killed with SIGKILL at random moments never damages the book or loses a
visit whose call returned, and an import is all or nothing."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.book import FamilyBook
from tests.store.family import JAN1

CHILD = Path(__file__).with_name("crash_child.py")
TRIALS = 20

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _prepare(data: Path) -> None:
    book = FamilyBook.open(data, clock=lambda: dt.datetime(2025, 6, 1, 10, 0))
    m = book.add_member("李秀英", "140100", "resident")
    book.record_statement(m.id, JAN1, 10_000_000)
    book.close()


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, bufsize=1)


def _start_waiting(*args: str) -> subprocess.Popen:
    """A child whose imports run while the previous trial runs; it opens the book on ``_go``."""
    p = subprocess.Popen([sys.executable, str(CHILD), *args, "--wait"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, bufsize=1)
    return p


def _go(p: subprocess.Popen) -> None:
    assert p.stdout.readline().strip() == "loaded"
    p.stdin.write("go\n")
    p.stdin.flush()


def _wait_ready(p: subprocess.Popen) -> None:
    line = p.stdout.readline()
    assert line.strip() == "ready", f"child did not start: {line!r}"


def _check(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        bad = con.execute(
            "SELECT v.id FROM visits v LEFT JOIN allocation_lines l ON l.visit_id = v.id GROUP BY v.id "
            "HAVING coalesce(sum(l.amount_fen), -1) != v.total_fen - coalesce(v.fund_actual_fen, v.fund_estimated_fen)"
        ).fetchall()
        assert bad == [], "a visit without its complete allocation lines"
        return [r[0] for r in con.execute("SELECT notes FROM visits ORDER BY id")]
    finally:
        con.close()


def test_sigkill_while_recording_visits(tmp_path):
    data = tmp_path / "data"
    _prepare(data)
    rng = random.Random(20251122)
    returned: list[int] = []
    nxt = _start_waiting("visits", str(data))
    for trial in range(TRIALS):
        p = nxt
        _go(p)
        _wait_ready(p)
        nxt = _start_waiting("visits", str(data)) if trial + 1 < TRIALS else None
        # the kill comes at a random moment once the child is writing (on a busy machine its first write can
        # take longer than the whole sleep, and a kill before it would test nothing)
        first = p.stdout.readline().split()
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        returned += [int(x) for x in first + out.split()]
        # the book as the app opens it: a commit whose frames reached the -wal before the kill but not the shared
        # index is seen by the app's open (its own look at the -wal), and the next writer counts on it; a bare
        # sqlite3 look before that may not see it yet (seen once in 100 trials)
        FamilyBook.open(data, daily_backup=False).close()
        stored = _check(data / "familypool.sqlite")
        want = [f"n{n}" for n in returned]
        # exactly the visits whose calls returned; the call in flight may have committed just before
        # the kill without getting to print, and then it is whole (checked above) and the next number
        if stored != want:
            assert stored[:-1] == want and stored[-1] == f"n{(returned[-1] if returned else 0) + 1}", trial
            returned.append(int(stored[-1][1:]))
    assert len(returned) >= TRIALS  # every trial wrote before its kill
    book = FamilyBook.open(data)
    assert book.integrity(full=True) == ["ok"]
    assert book.visit_count() == len(returned)
    book.close()


def test_sigkill_during_a_bulk_import_is_all_or_nothing(tmp_path):
    data = tmp_path / "data"
    _prepare(data)
    csv = tmp_path / "v.csv"
    rows = ["person,date,care type,total"] + [f"李秀英,2025-0{1 + i % 9}-1{i % 9},outpatient,{10 + i % 500}"
                                            for i in range(20000)]
    csv.write_text("\n".join(rows), encoding="utf-8")
    rng = random.Random(7)
    outcomes = set()
    for _ in range(5):
        p = _start("import", str(data), str(csv))
        _wait_ready(p)
        time.sleep(rng.uniform(0.1, 2.0))
        os.kill(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        n = len(_check(data / "familypool.sqlite"))
        assert n in (0, 20000)  # never part of the file
        if "done" in out:
            assert n == 20000
        outcomes.add("done" if "done" in out else "killed")
        if n:
            con = sqlite3.connect(data / "familypool.sqlite")
            con.execute("PRAGMA foreign_keys = ON")  # the lines go with their visits
            con.execute("DELETE FROM visits")
            con.commit()
            con.close()
    assert "killed" in outcomes
