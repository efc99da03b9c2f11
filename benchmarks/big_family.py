"""A big family's book: 10 people, 20 years, 50,000 visits, bindings and wallet transfers.

Builds the book through ``FamilyBook`` (members, yearly balance statements, bindings, wallet transfers, then the
visits in one bulk CSV import, the way a family would bring years of records in), then measures:

* opening it to the Home page with the family's figures, against the Qt floor, the way ``startup.py`` does
  (offscreen, alternating runs, medians; target ≤ 3.5× the floor), to the book open ("ready", no target),
  and the whole app's peak memory with the book open;
* opening the Visits page on it (offscreen, in this process);
* recording one more visit, dated today (median of several; target < 50 ms);
* the peak memory of this process (which builds and holds the book).

    python benchmarks/big_family.py                   # build in a temporary folder, measure, print
    python benchmarks/big_family.py --keep DIR        # build into DIR (kept) — reuse it with --data-dir
    python benchmarks/big_family.py --data-dir DIR    # measure an existing big book
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import startup  # noqa: E402  (the floor, the child environment and the stamp parsing)

HOME_TARGET = 3.5
RECORD_TARGET_S = 0.050
PEOPLE = [  # name, region, insurance, relation to the head, employment, birth year
    ("王建国", "140100", "employee", "self", "in_service", 1966),
    ("李秀英", "140100", "resident", "spouse", "in_service", 1968),
    ("王磊", "140100", "employee", "child", "in_service", 1993),
    ("刘芳", "140100", "employee", "child_spouse", "in_service", 1994),
    ("王小宝", "140100", "resident", "grandchild", "in_service", 2019),
    ("张桂兰", "310000", "resident", "parent", "retired", 1941),
    ("王德明", "140100", "employee", "parent", "retired", 1939),
    ("王建华", "140100", "employee", "sibling", "in_service", 1970),
    ("赵丽", "140100", "resident", "other", "in_service", 1972),
    ("王晨", "140100", "resident", "other", "in_service", 2001),
]
CARES = ["outpatient"] * 6 + ["pharmacy"] * 4 + ["chronic", "inpatient"]
HOSPITALS = {"outpatient": ["1", "2", "3A", "3B"], "pharmacy": ["0"], "chronic": ["2", "3A"], "inpatient": ["2", "3A"]}


def build(data: Path, visits: int, years: int, seed: int) -> dict:
    """Fill an empty book; returns what was made and how long the bulk import took."""
    made, csv = prepare(data, visits, years, seed)
    made.update(import_into(data, csv))
    csv.unlink()
    return made


def prepare(data: Path, visits: int, years: int, seed: int) -> tuple[dict, Path]:
    """Everything of :func:`build` but the import: the family, statements, bindings and transfers in ``data``,
    and the visits written as CSV beside it (``data.parent / "big-family-visits.csv"``); the book is closed.
    A copy of ``data`` made now (the ``familypool.sqlite*`` files) takes the same import again."""
    from desktop.book import FamilyBook, Refused

    rng = random.Random(seed)
    book = FamilyBook.open(data, daily_backup=False)
    today = book.today()
    first = today.replace(year=today.year - years, day=1)
    ids = []
    for name, region, insurance, rel, employment, born in PEOPLE:
        ids.append(book.add_member(name, region, insurance, head_relation=rel,
                                   employment=employment, birth_date=dt.date(born, 3, 1),
                                   wallet_opened_on=first if region == "310000" else None).id)
    for year in range(first.year, today.year + 1):  # a balance statement each January, as people copy them
        for mid in ids:
            book.record_statement(mid, dt.date(year, 1, 2), rng.randrange(50_000, 2_000_000),
                                  monthly_credit_fen=rng.choice([None, 15_000, 23_000, 38_000]))
    bindings = 0
    for auth, bene, relation in [(0, 1, "spouse"), (2, 4, "child"), (7, 8, "spouse"), (3, 4, "child"),
                                 (6, 0, "child")]:
        try:
            book.propose_binding(ids[auth], ids[bene], relation=relation, start=first,
                                 end=today + dt.timedelta(days=365), amount_cap_fen=rng.choice([300_000, 500_000]),
                                 status="active", channel_id="shanxi_wechat",
                                 registered_at=dt.datetime.combine(first, dt.time(9)) + dt.timedelta(minutes=bindings))
            bindings += 1
        except Refused as e:
            print(f"binding {PEOPLE[auth][0]} → {PEOPLE[bene][0]} refused: {e.text('en')}", file=sys.stderr)
    transfers = 0
    mother = ids[5]
    for months_back in range(36, 0, -1):  # three years of monthly wallet transfers to the Shanghai grandmother
        at = dt.datetime.combine(today - dt.timedelta(days=30 * months_back), dt.time(10))
        amount = rng.choice([50_000, 80_000, 100_000])
        if not book.check_transfer(ids[0], mother, amount, at).allowed:
            continue
        t = book.create_transfer(ids[0], mother, amount, at)
        book.receive_transfer(t.id, at + dt.timedelta(hours=2))
        transfers += 1
    csv = data.parent / "big-family-visits.csv"
    span = (today - first).days
    rows = ["person,date,care type,hospital level,total,notes"]
    for _ in range(visits):
        care = rng.choice(CARES)
        day = first + dt.timedelta(days=rng.randrange(span))
        total = rng.randrange(1_000, 60_000) if care != "inpatient" else rng.randrange(300_000, 3_000_000)
        who = PEOPLE[rng.randrange(len(PEOPLE))][0]
        rows.append(f"{who},{day.isoformat()},{care},{rng.choice(HOSPITALS[care])},{total // 100}.{total % 100:02d},")
    csv.write_text("\n".join(rows), encoding="utf-8")
    made = {"members": len(ids), "years": years, "bindings": bindings, "transfers": transfers,
            "statements": len(book.statements())}
    book.close()
    return made, csv


def import_into(data: Path, csv: Path) -> dict:
    """``import_visits_csv`` of ``csv`` into the book in ``data``, timed around the call alone: wall
    (perf_counter) and CPU (process_time) seconds, and the book's visit count after it."""
    from desktop.book import FamilyBook

    book = FamilyBook.open(data, daily_backup=False)
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        report = book.import_visits_csv(csv)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {"visits": book.visit_count(), "import_s": round(took, 3), "import_cpu_s": round(cpu, 3),
                "imported": report.imported}
    finally:
        book.close()


def measure_record(data: Path, n: int) -> list[float]:
    """Seconds for ``record_visit`` of today's visits (each also re-settles what follows: nothing, today)."""
    from desktop.book import FamilyBook

    times = []
    with FamilyBook.open(data, daily_backup=False) as book:
        members = [m.id for m in book.members()]
        book.record_visit(members[0], book.today(), "outpatient", "1", 1_000)  # warm: first-use costs
        for i in range(n):
            t0 = time.perf_counter()
            book.record_visit(members[i % len(members)], book.today(), "outpatient", "2", 12_300 + i,
                              institution="社区医院")
            times.append(time.perf_counter() - t0)
    return times


def measure_visits_page(data: Path) -> tuple[float, int]:
    """Seconds to build and show the Visits page (first time) on the open book, offscreen; and its row count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.book import FamilyBook
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_store import UiSettings

    app = QApplication.instance() or QApplication([])
    i18n.install("zh_CN")
    with tempfile.TemporaryDirectory() as tmp, FamilyBook.open(data, daily_backup=False) as book:
        w = MainWindow(data_dir=data, settings=UiSettings(QSettings(f"{tmp}/ui.ini", QSettings.Format.IniFormat)),
                       book=book)
        w.show()
        app.processEvents()
        t0 = time.perf_counter()
        page = w.page("visits")
        app.processEvents()  # painted
        took = time.perf_counter() - t0
        model = getattr(page, "model", None)
        rows = model.rowCount() if model is not None else -1
        w.book = None
        w.close()
    return took, rows


def measure_home(data: Path, runs: int, python: str, seed: int) -> dict:
    """Home with figures on the big book against the floor (offscreen), and the app's peak memory there."""
    with tempfile.TemporaryDirectory(prefix="familypool-big-home-") as tmp:
        home = Path(tmp)
        series = startup.measure("offscreen", python, data, home, runs, seed, None)
        res = startup.summary("offscreen", series)
        cmd, extra = startup.command("ready", python, data)  # the whole app, book open: its peak memory
        env = {**startup.base_env(home), **extra, "QT_QPA_PLATFORM": "offscreen"}
        p = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        cards = startup.parse_stamp(p.stdout.read().decode(), 0.0).cards
        p.stdout.close()
        p.stderr.close()
    return {"floor_s": res["floor"]["median_s"], "window_s": res["window"]["median_s"],
            "home_s": res["home"]["median_s"], "ready_s": res["ready"]["median_s"],
            "window_ratio": res["window_ratio"], "home_ratio": res["home_ratio"], "ready_ratio": res["ready_ratio"],
            "cpu_home_ratio": res["cpu_home_ratio"], "cards": cards, "app_peak_mb": round(usage.ru_maxrss / 1024, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, help="measure this existing book instead of building one")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    ap.add_argument("--visits", type=int, default=50_000)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5, help="timed rounds of the Home measurement (default 5)")
    ap.add_argument("--records", type=int, default=9, help="visits recorded for the timing (default 9)")
    ap.add_argument("--seed", type=int, default=50)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    tmp = None
    made = None
    if args.data_dir is not None:
        data = args.data_dir
    else:
        if args.keep is not None:
            data = args.keep / "data"
        else:
            tmp = tempfile.TemporaryDirectory(prefix="familypool-big-")
            data = Path(tmp.name) / "data"
        made = build(data, args.visits, args.years, args.seed)
    try:
        home = measure_home(data, args.runs, args.python, args.seed)
        record = measure_record(data, args.records)
        page_s, page_rows = measure_visits_page(data)
        size_mb = round(sum(p.stat().st_size for p in data.glob("familypool.sqlite*")) / 2**20, 1)
    finally:
        if tmp is not None:
            tmp.cleanup()
    result = {
        "book": made, "file_mb": size_mb,
        "home": home,
        "visits_page_s": round(page_s, 3), "visits_page_rows": page_rows,
        "record_visit_ms": {"median": round(statistics.median(record) * 1000, 1),
                            "max": round(max(record) * 1000, 1)},
        "this_process_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "targets": {"home_ratio": HOME_TARGET, "record_visit_ms": RECORD_TARGET_S * 1000},
    }
    result["met"] = home["home_ratio"] <= HOME_TARGET and statistics.median(record) < RECORD_TARGET_S
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 1 if args.check and not result["met"] else 0


if __name__ == "__main__":
    sys.exit(main())
