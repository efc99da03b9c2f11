"""A back-dated change costs little: recording, editing and deleting a visit 8 years back against one dated
today, on the big family's 50,000-visit book (issue 12; target: back-dated ≤ 3× today, medians, same run).

Each round records a visit (today, then 8 years back, alternating which goes first), edits its amount, and
deletes it, so the book is the same after every round. The replay stops once the state converges: the
figures printed include how many visits each back-dated record settled again.

    python benchmarks/backdated.py                  # build the big family in a temporary folder, measure
    python benchmarks/backdated.py --data-dir DIR   # measure an existing book (e.g. big_family.py --keep)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import big_family  # noqa: E402

TARGET = 3.0


def _timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def measure(data: Path, rounds: int, years_back: int) -> dict:
    from desktop.book import FamilyBook

    times: dict[str, dict[str, list[float]]] = {w: {"record": [], "edit": [], "delete": []} for w in ("today", "back")}
    settled: list[int] = []
    with FamilyBook.open(data, daily_backup=False) as book:
        members = [m.id for m in book.members()]
        today = book.today()
        back = today.replace(year=today.year - years_back)
        warm = book.record_visit(members[0], today, "outpatient", "1", 1_000)
        book.delete_visit(warm.visit_id)
        for i in range(rounds):
            order = [("today", today), ("back", back)] if i % 2 == 0 else [("back", back), ("today", today)]
            for which, day in order:
                who = members[i % len(members)]
                s, out = _timed(book.record_visit, who, day, "outpatient", "2", 12_300 + i)
                times[which]["record"].append(s)
                if which == "back":
                    settled.append(out.changed_later)
                s, _ = _timed(book.edit_visit, out.visit_id, total_fen=15_000 + i)
                times[which]["edit"].append(s)
                s, _ = _timed(book.delete_visit, out.visit_id)
                times[which]["delete"].append(s)
        visits = book.visit_count()
    med = {w: {k: statistics.median(v) * 1000 for k, v in d.items()} for w, d in times.items()}
    ratios = {k: med["back"][k] / med["today"][k] for k in med["today"]}
    return {
        "visits": visits, "rounds": rounds, "years_back": years_back,
        "today_ms": {k: round(v, 1) for k, v in med["today"].items()},
        "back_ms": {k: round(v, 1) for k, v in med["back"].items()},
        "ratio_back_to_today": {k: round(v, 2) for k, v in ratios.items()},
        "later_visits_changed_by_a_back_dated_record": {"median": statistics.median(settled), "max": max(settled)},
        "target_ratio": TARGET, "met": all(r <= TARGET for r in ratios.values()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--visits", type=int, default=50_000)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--years-back", type=int, default=8)
    ap.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = ap.parse_args()
    tmp = None
    if args.data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="familypool-backdated-")
        data = Path(tmp.name) / "data"
        big_family.build(data, args.visits, 20, 50)
    else:
        data = args.data_dir
    try:
        result = measure(data, args.rounds, args.years_back)
    finally:
        if tmp is not None:
            tmp.cleanup()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 1 if args.check and not result["met"] else 0


if __name__ == "__main__":
    sys.exit(main())
