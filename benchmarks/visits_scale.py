"""Visits at 5,000 / 50,000 / 200,000 visits: the page, a filter change, ``visits-export`` and CSV import (issue 18).

Books are built with ``big_family.build`` (10 people, 20 years, statements, bindings, transfers, the visits by
CSV import) into ``--data-dir`` (``DIR/v5000/data``, ``DIR/v50000/data``, ``DIR/v200000/data``; a book already
there is reused) or a temporary folder. Each figure is the median of ``--runs`` fresh child processes:

* Visits page first open: ``MainWindow.page("visits")`` and its first paint, offscreen, in a new process;
* a filter change: choosing a person, then a year, then "all" again (median of those changes);
* ``visits-export``: the whole CLI process, wall time and peak RSS (``RUSAGE_CHILDREN`` in a small wrapper);
* CSV import: ``FamilyBook.import_visits_csv`` of the whole visit file into the freshly built family, wall and CPU
  (``time.process_time``) time of the call alone; the median of ``--import-runs`` (default 3) imports, each into a
  fresh copy of the same family (built once), the sizes interleaved round by round, with the cost per visit (µs).

Then the growth factors 5k -> 200k (and import 50k -> 200k) against the issue's targets.

    python benchmarks/visits_scale.py [--data-dir DIR] [--runs 5] [--import-runs 3] [--sizes 5000,50000,200000]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGE_GROWTH = 1.5
EXPORT_MEMORY_GROWTH = 1.3
IMPORT_4X = 4.5

_CHILD_PAGE = r"""
import json, os, sys, tempfile, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.book import FamilyBook
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_store import UiSettings
data = Path(sys.argv[1])
app = QApplication([])
i18n.install("zh_CN")
with tempfile.TemporaryDirectory() as tmp, FamilyBook.open(data, daily_backup=False) as book:
    w = MainWindow(data_dir=data, settings=UiSettings(QSettings(f"{tmp}/ui.ini", QSettings.Format.IniFormat)),
                   book=book)
    w.show()
    app.processEvents()
    t0 = time.perf_counter()
    page = w.page("visits")
    app.processEvents()
    first = time.perf_counter() - t0
    changes = []
    for combo, index in ((page.person, 1), (page.year, 1), (page.person, 0), (page.year, 0)):
        t0 = time.perf_counter()
        combo.setCurrentIndex(index)
        app.processEvents()
        changes.append(time.perf_counter() - t0)
    rows = page.model.rowCount()
    w.book = None
    w.close()
print(json.dumps({"first": first, "changes": changes, "rows": rows}))
"""


def imports(base: Path, sizes: list[int], years: int, seed: int, runs: int) -> dict[int, list[dict]]:
    """``runs`` CSV imports of each size's visits into the same family, interleaved: round after round, every size
    once (small to big, then big to small), so that the medians of all sizes sample the same stretch of this shared
    machine's load rather than minutes apart. Each size's family is built once (``big_family.prepare``) and each
    import goes into a fresh copy of it; a missing ``base/v{n}/data`` book is the first import's (the book the
    other figures are measured on; built even with ``runs`` 0), the others are thrown away. Each: wall and CPU
    seconds of ``import_visits_csv`` alone (``big_family.import_into``)."""
    import big_family

    out: dict[int, list[dict]] = {n: [] for n in sizes}
    with tempfile.TemporaryDirectory(prefix="visits-import-") as tmp:
        pre: dict[int, tuple[Path, Path]] = {}
        keep: dict[int, Path] = {}
        for n in sizes:
            data = base / f"v{n}" / "data"
            if not (data / "familypool.sqlite").exists():
                keep[n] = data
            elif runs <= 0:
                continue
            folder = Path(tmp) / f"pre{n}" / "data"  # the CSV goes beside it, one per size
            folder.mkdir(parents=True)
            pre[n] = folder, big_family.prepare(folder, n, years, seed)[1]
        for i in range(max(runs, 1 if keep else 0)):
            for n in (sizes if i % 2 == 0 else sizes[::-1]):
                if n not in pre or (i >= runs and n not in keep):
                    continue
                folder, csv = pre[n]
                data = keep.pop(n) if n in keep else Path(tmp) / "run"
                if data.exists():
                    shutil.rmtree(data)
                data.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(folder, data)
                got = big_family.import_into(data, csv)
                if got["imported"] != n:
                    raise SystemExit(f"the import took {got['imported']} of {n} visits")
                if i < runs:
                    out[n].append(got)
                if data.name == "run":
                    shutil.rmtree(data)
    return out


def import_figures(n: int, runs: list[dict]) -> dict:
    """Medians of the imports: wall and CPU seconds, and per visit in µs."""
    if not runs:
        return {"import_s": None, "import_cpu_s": None, "import_runs": 0}
    wall = statistics.median(r["import_s"] for r in runs)
    cpu = statistics.median(r["import_cpu_s"] for r in runs)
    return {"import_s": wall, "import_cpu_s": cpu, "import_runs": len(runs),
            "import_wall_all_s": [r["import_s"] for r in runs],
            "import_us_per_visit": wall / n * 1e6, "import_cpu_us_per_visit": cpu / n * 1e6}


def import_line(n: int, f: dict) -> str:
    if not f["import_runs"]:
        return "import —"
    return (f"import {f['import_s']:.2f} s wall / {f['import_cpu_s']:.2f} s CPU (median of {f['import_runs']}: "
            f"{', '.join(f'{x:.2f}' for x in f['import_wall_all_s'])}), {f['import_us_per_visit']:.0f} µs/visit wall, "
            f"{f['import_cpu_us_per_visit']:.0f} µs/visit CPU")


def measure_page(data: Path, runs: int) -> dict:
    firsts, changes = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CHILD_PAGE, str(data), str(ROOT)], check=True,
                             capture_output=True, text=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
        got = json.loads(out.stdout.strip().splitlines()[-1])
        firsts.append(got["first"])
        changes.append(statistics.median(got["changes"]))
    return {"first_s": statistics.median(firsts), "filter_s": statistics.median(changes)}


_MEASURE = (  # a small wrapper process runs the export: the rusage of a child forked from this big process
    # would count this process's pages (ru_maxrss is kept across exec)
    "import resource, subprocess, sys, time; t = time.perf_counter(); r = subprocess.run(sys.argv[1:], "
    "stdout=subprocess.DEVNULL).returncode; t = time.perf_counter() - t; "
    "print(r, t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def measure_export(data: Path, runs: int) -> dict:
    secs, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            out = Path(tmp) / f"out{i}.csv"
            got = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "desktop.cli", "--data-dir",
                                  str(data), "visits-export", str(out)], cwd=ROOT, check=True, capture_output=True,
                                 text=True).stdout.split()
            if got[0] != "0":
                raise SystemExit(f"visits-export failed ({got[0]}) on {data}")
            secs.append(float(got[1]))
            rss.append(int(got[2]) / 1024)  # KiB on Linux -> MiB
            out.unlink()
    return {"export_s": statistics.median(secs), "export_mib": statistics.median(rss)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, help="folder of the books (built there when missing, and kept)")
    ap.add_argument("--sizes", default="5000,50000,200000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--import-runs", type=int, default=3,
                    help="CSV imports per size, each into a fresh copy of the family (median; default 3)")
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tmp = None
    base = args.data_dir
    if base is None:
        tmp = tempfile.mkdtemp(prefix="visits-scale-")
        base = Path(tmp)
    print(f"load average before: {os.getloadavg()[0]:.2f} (cpus {os.cpu_count()})")
    results: dict[int, dict] = {}
    try:
        got = imports(base, sizes, args.years, args.seed, args.import_runs)
        for n in sizes:
            data = base / f"v{n}" / "data"
            r = measure_page(data, args.runs) | measure_export(data, args.runs)
            r.update(import_figures(n, got[n]))
            results[n] = r
            print(f"{n:>7} visits: page first open {r['first_s'] * 1000:.0f} ms, filter change "
                  f"{r['filter_s'] * 1000:.0f} ms, visits-export {r['export_s']:.2f} s / {r['export_mib']:.0f} MiB, "
                  f"{import_line(n, r)}", flush=True)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    lo, hi = min(sizes), max(sizes)
    if lo == hi:
        return 0

    def growth(key: str, a: int = lo, b: int = hi) -> float | None:
        x, y = results[a].get(key), results[b].get(key)
        return None if not x or y is None else y / x

    ok = True
    for key, label, target in (("first_s", "page first open", PAGE_GROWTH), ("filter_s", "filter change", PAGE_GROWTH),
                               ("export_mib", "export peak RSS", EXPORT_MEMORY_GROWTH),
                               ("export_s", "export time", hi / lo)):
        g = growth(key)
        met = g is not None and g <= target
        ok &= met
        print(f"growth {lo} -> {hi}, {label}: {g:.2f}x (target <= {target:g}x) {'met' if met else 'NOT met'}")
    if 50_000 in results and hi != 50_000:
        g = growth("import_s", 50_000, hi)
        if g is not None:
            met = g <= IMPORT_4X
            ok &= met
            cpu = growth("import_cpu_s", 50_000, hi)
            print(f"growth 50000 -> {hi}, CSV import (wall medians): {g:.2f}x (target <= {IMPORT_4X}x) "
                  f"{'met' if met else 'NOT met'}; CPU medians {cpu:.2f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
