"""Child process for the crash tests: writes to the book in a loop until it is killed.

``visits DIR``: record visits one by one; after each call returns, print its number (flushed).
``import DIR FILE``: import a CSV of visits, then print "done".
``--wait``: print "loaded" after the imports and wait for a line on stdin before opening the book.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.book import FamilyBook


def main() -> None:
    mode, data = sys.argv[1], Path(sys.argv[2])
    if "--wait" in sys.argv:  # started ahead of its turn: imports done, open the book when told
        print("loaded", flush=True)
        sys.stdin.readline()
    book = FamilyBook.open(data, clock=lambda: dt.datetime(2025, 6, 1, 10, 0), daily_backup=False)
    member = book.members()[0].id
    if mode == "import":
        print("ready", flush=True)
        book.import_visits_csv(Path(sys.argv[3]))
        print("done", flush=True)
        return
    n = book.visit_count()
    print("ready", flush=True)
    while True:
        n += 1
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 300)
        book.record_visit(member, day, "outpatient", "1", 1000 + n, notes=f"n{n}")
        print(n, flush=True)


if __name__ == "__main__":
    main()
