"""Start-up budget of the packaged app: the frozen onedir must reach its main window no slower than 1.2× the
same app run from source.

Two timings per start, frozen and source runs alternating so drift on the machine hits both alike, on the
same prepared data folder, offscreen, after one discarded warm-up start of each (it creates the book):

* ``quit_after_show``: spawn to exit with ``--quit-after-show`` (the window shown, the book opened, then quit);
* ``window``: spawn to the first event-loop turn after ``show()``, stamped by the app itself
  (``FAMILYPOOL_BENCH=window``, see desktop/app.py and benchmarks/startup.py; CLOCK_MONOTONIC is shared by
  all processes on Linux).

Prints one JSON object with the medians and their ratios; with ``--check`` exits 1 when a ratio is over budget.

    python benchmarks/frozen_startup.py                       # dist/familypool/familypool vs python -m desktop
    python benchmarks/frozen_startup.py --runs 21 --check
    python benchmarks/frozen_startup.py --frozen /opt/familypool/familypool
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.2


def timed_run(cmd: list[str], env: dict[str, str], data_dir: Path) -> float:
    """Seconds from spawn to exit of one start with --quit-after-show; a failed start is an error."""
    t0 = time.perf_counter()
    res = subprocess.run([*cmd, "--quit-after-show", "--data-dir", str(data_dir)], env=env, cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120)
    elapsed = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr}")
    return elapsed


def window_run(cmd: list[str], env: dict[str, str], data_dir: Path) -> float | None:
    """Seconds from spawn to the window's first event-loop turn, as stamped by the app; None if it does not."""
    t0 = time.monotonic()
    res = subprocess.run([*cmd, "--data-dir", str(data_dir)], env={**env, "FAMILYPOOL_BENCH": "window"}, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    stamps = [line.split() for line in res.stdout.splitlines() if line.startswith("FAMILYPOOL_BENCH window ")]
    return float(stamps[0][2]) - t0 if res.returncode == 0 and stamps else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frozen", default=str(ROOT / "dist" / "familypool" / "familypool"),
                    help="the frozen executable (default: dist/familypool/familypool)")
    ap.add_argument("--python", default=sys.executable, help="the interpreter for the source run")
    ap.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    ap.add_argument("--check", action="store_true", help=f"exit 1 if frozen/source > {BUDGET}")
    args = ap.parse_args()
    frozen = Path(args.frozen)
    if not frozen.is_file():
        raise SystemExit(f"no frozen app at {frozen}: run scripts/build-installer first")

    with tempfile.TemporaryDirectory(prefix="familypool-startup-") as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config",
                   XDG_CACHE_HOME=f"{tmp}/cache")
        data_dir = Path(tmp) / "data"
        commands = {"frozen": [str(frozen)], "source": [args.python, "-m", "desktop"]}
        times: dict[str, list[float]] = {k: [] for k in commands}
        windows: dict[str, list[float | None]] = {k: [] for k in commands}
        for cmd in commands.values():  # warm-up: creates the book, fills disk caches
            timed_run(cmd, env, data_dir)
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(timed_run(cmd, env, data_dir))
                windows[name].append(window_run(cmd, env, data_dir))

    report: dict[str, object] = {"runs": args.runs, "budget": BUDGET}
    ratios = []
    for metric, data in (("quit_after_show", times), ("window", windows)):
        if any(t is None for ts in data.values() for t in ts):
            report[metric] = "not stamped by this build (no FAMILYPOOL_BENCH support)"
            continue
        medians = {k: statistics.median(v) for k, v in data.items()}
        ratio = medians["frozen"] / medians["source"]
        ratios.append(ratio)
        report[metric] = {"median_s": {k: round(v, 3) for k, v in medians.items()},
                          "min_s": {k: round(min(v), 3) for k, v in data.items()}, "ratio": round(ratio, 3)}
    report["within_budget"] = all(r <= BUDGET for r in ratios)
    print(json.dumps(report, indent=2))
    return 1 if args.check and not report["within_budget"] else 0


if __name__ == "__main__":
    sys.exit(main())
