"""Child process for the kill -9 tests: one write that the parent kills at a random moment.

``migrate DIR``: open an old book (it is backed up, then upgraded in one transaction).
``json DIR FILE``: replace the book with a whole-book JSON file (all or nothing).
``hold DIR``: open the book and keep it open (the single-instance tests), recording a visit per line read.
Each mode prints "ready" when everything is imported and the write is about to start, then
"done <seconds>" when the call returned.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import alembic.command  # noqa: F401  (imported before "ready": the kill window is the write itself)

from desktop.book import FamilyBook
from desktop.store import database, jsonio, ledger  # noqa: F401

CLOCK = dt.datetime(2025, 6, 1, 10, 0)


def main() -> None:
    mode, data = sys.argv[1], Path(sys.argv[2])
    if mode == "migrate":
        print("ready", flush=True)
        t0 = time.perf_counter()
        FamilyBook.open(data, clock=lambda: CLOCK, daily_backup=False).close()
        print(f"done {time.perf_counter() - t0:.3f}", flush=True)
        return
    book = FamilyBook.open(data, clock=lambda: CLOCK, daily_backup=False)
    if mode == "json":
        print("ready", flush=True)
        t0 = time.perf_counter()
        book.import_json(Path(sys.argv[3]), replace=True)
        print(f"done {time.perf_counter() - t0:.3f}", flush=True)
        book.close()
        return
    if mode == "hold":
        member = book.members()[0].id
        print("ready", flush=True)
        n = 0
        for _line in sys.stdin:
            n += 1
            book.record_visit(member, dt.date(2025, 3, 1), "outpatient", "1", 1000 + n, notes=f"h{n}")
            print(f"recorded {n}", flush=True)
        book.close()
        return
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
