"""Start-up budget of the packaged app: the frozen onedir must reach its main window no slower than 1.2× the
same app run from source.

Each run starts the app offscreen with ``--quit-after-show`` (the window is shown, the book opened, then the
app quits) on the same prepared data folder, and takes the wall time from spawn to exit; frozen and source
runs alternate so drift on the machine hits both alike. One warm-up run of each is discarded (it creates the
book and fills the page caches). Prints one JSON object; with ``--check`` exits 1 when the ratio of the
medians is over the budget.

    python benchmarks/frozen_startup.py                       # dist/familypool/familypool vs python -m desktop
    python benchmarks/frozen_startup.py --runs 15 --check
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
    """Seconds from spawn to exit of one start to the main window; a failed start is an error."""
    t0 = time.perf_counter()
    res = subprocess.run([*cmd, "--quit-after-show", "--data-dir", str(data_dir)], env=env, cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120)
    elapsed = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr}")
    return elapsed


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
        for cmd in commands.values():  # warm-up: creates the book, fills disk caches
            timed_run(cmd, env, data_dir)
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(timed_run(cmd, env, data_dir))

    medians = {k: statistics.median(v) for k, v in times.items()}
    ratio = medians["frozen"] / medians["source"]
    print(json.dumps({
        "runs": args.runs,
        "median_s": {k: round(v, 3) for k, v in medians.items()},
        "min_s": {k: round(min(v), 3) for k, v in times.items()},
        "max_s": {k: round(max(v), 3) for k, v in times.items()},
        "ratio": round(ratio, 3),
        "budget": BUDGET,
        "within_budget": ratio <= BUDGET,
    }, indent=2))
    return 1 if args.check and ratio > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
