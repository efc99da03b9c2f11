"""Fast at any size (issue 18): every user-visible cost at 5,000, 50,000 and 200,000 visits, and its growth.

Books are built once with ``big_family.build`` (10 people, 20 years, statements, bindings, transfers, the
visits by CSV import) into ``--data-dir`` (``DIR/v5000/data``, …; a book already there is reused) or a
temporary folder. Per size, medians of:

* start-up to the window and to Home's figures, as ratios to a bare PySide6 ``QMainWindow`` (the floor),
  alternating in one run, offscreen (``startup.py``'s children);
* recording a visit today and 8 years back (``backdated.py``, on a copy: the book is written);
* the Visits page's first open and a filter change, fresh processes (``visits_scale.py``);
* ``visits-export``: the whole process's time and peak RSS (``visits_scale.py``);
* CSV import of the whole visit file into a new family: the median of ``--import-runs`` (default 3) imports, each
  into a fresh copy of the same family, the sizes interleaved round by round (all imports come first), wall (the
  target's figure) and CPU time, and the cost per visit;
* a 60-month projection and the 1,000-path band over 12 months of the book's family (engine CPU time: the
  book's inputs are read first, then only ``project``/``simulate`` are timed), and the band of the standard
  10-person family of ``projection.py`` (the target's figure: the same at every size);
* the app's memory with the book open (peak RSS, VmHWM, of a process that opens the main window on it).

Then the growth factors 5k -> 200k (import: 50k -> 200k) against the targets, and "every target met" or not.

    python benchmarks/scale.py [--data-dir DIR] [--sizes 5000,50000,200000] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGETS = {
    "window_ratio_200k": 1.2, "home_ratio_200k": 3.0, "page_first_growth": 1.5, "page_filter_growth": 1.5,
    "export_memory_growth": 1.3, "import_200k_over_50k": 4.5, "band_1000x12_ms": 300.0,
    "memory_200k_over_demo": 1.1,
}

_CHILD_ENGINE = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from desktop.book import FamilyBook
from desktop.book.projection import _run_projection
from desktop.core import montecarlo
with FamilyBook.open(Path(sys.argv[1]), daily_backup=False) as book:
    inp60 = book._projection_parts(None, 60, None, None)[0]
    inp12, history, _notes = book._projection_parts(None, 12, None, None)
    def timed(fn, n):
        xs = []
        for _ in range(n):
            t = time.process_time(); fn(); xs.append((time.process_time() - t) * 1000)
        return statistics.median(xs)
    proj = timed(lambda: _run_projection(book, inp60, None), 5)
    band = timed(lambda: montecarlo.simulate(inp12, history, book.registry.resolve_insured_place, runs=1000, seed=1), 3)
# the band's target is the engine's on the standard 10-person family of benchmarks/projection.py (a book of
# 200,000 visits in 20 years has 1,000 visits per person a year to draw from: printed, for information)
sys.path.insert(0, sys.argv[2] + "/benchmarks")
import projection as pb
# the inputs outside the timed call: the engine's time, not the 31 packs' parsing (~20-40 ms) nor the history's
hist = pb.history()
fam = pb.family(12, hist)
place = pb.load_default().resolve_insured_place
std = timed(lambda: montecarlo.simulate(fam, hist, place, runs=1000, seed=1), 3)
print(json.dumps({"projection60_ms": proj, "band_book_ms": band, "band_ms": std}))
"""

_CHILD_MEMORY = r"""
import json, os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.book import FamilyBook
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_store import UiSettings
app = QApplication([])
with tempfile.TemporaryDirectory() as tmp, FamilyBook.open(Path(sys.argv[1]), daily_backup=False) as book:
    w = MainWindow(data_dir=book.data_dir, settings=UiSettings(QSettings(f"{tmp}/ui.ini", QSettings.Format.IniFormat)),
                   book=book)
    w.show()
    for _ in range(20):
        app.processEvents()
    w.wait_background()
    # VmHWM, not ru_maxrss: ru_maxrss survives exec, so a child of this big benchmark would report its peak
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(json.dumps({"rss_mib": hwm / 1024}))
    w.close()
"""


def _child(code: str, data: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(data), str(ROOT)], check=True, capture_output=True,
                         text=True, cwd=ROOT, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median_child(code: str, data: Path, runs: int) -> dict:
    got = [_child(code, data) for _ in range(runs)]
    return {k: statistics.median(g[k] for g in got) for k in got[0]}


def _startup(data: Path, runs: int) -> dict:
    import startup

    with tempfile.TemporaryDirectory(prefix="familypool-scale-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        copy = Path(tmp) / "data"
        shutil.copytree(data, copy)
        s = startup.summary("offscreen", startup.measure("offscreen", sys.executable, copy, home, runs, 9, None))
    return {"window_ratio": s["window_ratio"], "home_ratio": s["home_ratio"], "floor_s": s["floor"]["median_s"],
            "window_s": s["window"]["median_s"], "home_s": s["home"]["median_s"]}


def _backdated(data: Path, rounds: int) -> dict:
    import backdated

    with tempfile.TemporaryDirectory(prefix="familypool-scale-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data, copy)
        got = backdated.measure(copy, rounds, 8)
    return {"record_today_ms": got["today_ms"]["record"], "record_8y_back_ms": got["back_ms"]["record"]}


def _demo_book(base: Path) -> Path:
    data = base / "demo" / "data"
    if not (data / "familypool.sqlite").exists():
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data), "demo"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    return data


def measure_size(base: Path, n: int, runs: int, imports: list[dict]) -> dict:
    import visits_scale

    data = base / f"v{n}" / "data"
    row: dict = {"visits": n}
    row.update(visits_scale.import_figures(n, imports))
    print(f"{n:>7} visits: {visits_scale.import_line(n, row)}", flush=True)
    row.update(_startup(data, runs))
    row.update(_backdated(data, runs))
    page = visits_scale.measure_page(data, runs)
    row["page_first_ms"], row["page_filter_ms"] = page["first_s"] * 1000, page["filter_s"] * 1000
    export = visits_scale.measure_export(data, runs)
    row["export_s"], row["export_mib"] = export["export_s"], export["export_mib"]
    row.update(_median_child(_CHILD_ENGINE, data, 1))
    row.update(_median_child(_CHILD_MEMORY, data, max(1, runs // 2)))
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items()}


def verdict(rows: dict[int, dict], demo_mib: float) -> dict:
    small, big = rows[min(rows)], rows[max(rows)]
    mid = rows.get(50_000)
    got = {
        "window_ratio_200k": big["window_ratio"], "home_ratio_200k": big["home_ratio"],
        "page_first_growth": big["page_first_ms"] / small["page_first_ms"],
        "page_filter_growth": big["page_filter_ms"] / small["page_filter_ms"],
        "export_memory_growth": big["export_mib"] / small["export_mib"],
        "import_200k_over_50k": (big["import_s"] / mid["import_s"]) if mid and mid["import_s"] and big["import_s"]
        else None,
        "band_1000x12_ms": big["band_ms"],
        "memory_200k_over_demo": big["rss_mib"] / demo_mib,
    }
    out = {}
    for k, target in TARGETS.items():
        v = got[k]
        out[k] = {"value": None if v is None else round(v, 2), "target": target,
                  "met": None if v is None else v <= target}
    growth = {k: round(big[k] / small[k], 2) for k in ("record_today_ms", "record_8y_back_ms", "export_s",
                                                        "projection60_ms", "band_book_ms") if small.get(k)}
    if mid and mid.get("import_cpu_s") and big.get("import_cpu_s"):  # for information: the target reads wall
        growth["import_cpu_200k_over_50k"] = round(big["import_cpu_s"] / mid["import_cpu_s"], 2)
    return {"targets": out, "growth_small_to_big": growth,
            "every_target_met": all(t["met"] for t in out.values() if t["met"] is not None)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, help="where the books are built and kept (default: a temporary folder)")
    ap.add_argument("--sizes", default="5000,50000,200000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--import-runs", type=int, default=3,
                    help="CSV imports per size, each into a fresh copy of the family: their median (default 3)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="familypool-scale-") as tmp:
        base = args.data_dir or Path(tmp)
        rows = {}
        import visits_scale

        load_before = os.getloadavg()[0]
        got = visits_scale.imports(base, sizes, 20, 50, args.import_runs)  # first: the sizes interleaved
        print(f"imports done in {(time.perf_counter() - t0) / 60:.1f} min, load average {load_before:.2f} -> "
              f"{os.getloadavg()[0]:.2f}", flush=True)
        for n in sizes:
            rows[n] = measure_size(base, n, args.runs, got[n])
            if not args.json:
                print(json.dumps(rows[n], ensure_ascii=False), flush=True)
        demo = _median_child(_CHILD_MEMORY, _demo_book(base), max(1, args.runs // 2))["rss_mib"]
    result = {"load_average_1min": round(os.getloadavg()[0], 2), "cores": os.cpu_count(),
              "minutes": round((time.perf_counter() - t0) / 60, 1), "demo_rss_mib": round(demo, 1),
              "sizes": rows, **verdict(rows, demo)}
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["every_target_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
