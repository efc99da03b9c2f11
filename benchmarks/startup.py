"""Start-up against the Qt floor: how long until the window is up, and until Home shows the family's figures.

The floor is a bare PySide6 program that shows an empty ``QMainWindow`` and quits after the first event-loop
turn. The app runs from source on a data folder holding the demo family (made once beforehand with
``python -m desktop.cli --data-dir D demo``), with ``FAMILYPOOL_BENCH`` set (see ``desktop/app.py``):

* ``window``: the moment of the first event-loop turn after ``show()``;
* ``home``: the moment of the first event-loop turn after the Home page has the family's figures (read with
  ``sqlite3`` alone, ``desktop/glance.py``, before SQLAlchemy is imported);
* ``ready`` (for information, no target): the book is open (ORM, daily backup, lock) and Home refreshed from
  it with its notices — every page usable.

Two ways of measuring, the same for the floor and the app:

* ``offscreen`` (``QT_QPA_PLATFORM=offscreen``): the child prints ``time.monotonic()`` (CLOCK_MONOTONIC, one
  clock for every process) at the moment; the figure is that moment minus the moment just before spawning.
* ``xvfb``: a private Xvfb server is started; this process listens on the root window for ``MapNotify``
  (through libX11 with ctypes, no polling) and the window figure is the moment the first top-level window is
  mapped. The Home figure is the child's own moment, as offscreen (its figures are on a mapped window).

Runs alternate (floor, window, home, ready, in a shuffled order each round) so drift on the machine hits all alike;
one warm-up round is discarded (the first open of the day makes the daily backup). Prints medians, the
children's CPU time at the moment, and the ratios to the floor; ``--check`` exits 1 when a target is missed.

    python benchmarks/startup.py                      # both modes, 7 rounds
    python benchmarks/startup.py --mode offscreen --runs 11 --check
    python benchmarks/startup.py --data-dir /path/with/a/book   # another book (e.g. from big_family.py)
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import json
import os
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_TARGET = 1.3
HOME_TARGET = 3.5
TIMEOUT_S = 60.0

FLOOR = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.show()

def stamp():
    print(f"FAMILYPOOL_BENCH floor {time.monotonic():.6f} {time.process_time():.6f} 0", flush=True)
    app.quit()

QTimer.singleShot(0, stamp)
app.exec()
"""


@dataclass
class Sample:
    wall: float  # seconds from spawn to the moment
    cpu: float  # the child's CPU seconds at its own moment
    cards: int


@dataclass
class Series:
    samples: list[Sample] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)


# ---- the children ----

def base_env(home: Path) -> dict[str, str]:
    """No user settings, no session bus, nothing from this shell's display."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "FAMILYPOOL_DATA_DIR", "QT_QPA_PLATFORM")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "share"))
    return env


def command(kind: str, python: str, data_dir: Path) -> tuple[list[str], dict[str, str]]:
    if kind == "floor":
        return [python, "-c", FLOOR], {}
    return [python, "-m", "desktop", "--data-dir", str(data_dir)], {"FAMILYPOOL_BENCH": kind}


def parse_stamp(out: str, t0: float) -> Sample:
    for line in out.splitlines():
        parts = line.split()
        if parts[:1] == ["FAMILYPOOL_BENCH"]:
            return Sample(float(parts[2]) - t0, float(parts[3]), int(parts[4]))
    raise RuntimeError(f"no FAMILYPOOL_BENCH line in the child's output:\n{out}")


def run_offscreen(cmd: list[str], env: dict[str, str]) -> Sample:
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.monotonic()
    p = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited {p.returncode}:\n{p.stderr}")
    return parse_stamp(p.stdout, t0)


# ---- Xvfb and the map listener (libX11 through ctypes) ----

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class MapListener:
    """Selects SubstructureNotify on the root window: every top-level window mapped is reported."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open display {display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.fd = x.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        ev = XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(ev))

    def wait_map(self, deadline: float, proc: subprocess.Popen) -> float | None:
        """The moment the next top-level (not override-redirect) window is mapped; None if the child ends first."""
        ev = XEvent()
        while time.monotonic() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(ev))
                if ev.type == MAP_NOTIFY and not ev.xmap.override_redirect:
                    return time.monotonic()
            if proc.poll() is not None and not self.x.XPending(self.dpy):
                select.select([self.fd], [], [], 0.2)  # a map sent just before exiting may still be on its way
                if not self.x.XPending(self.dpy):
                    return None
            select.select([self.fd], [], [], 0.05)
        return None

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
    for n in range(97, 140):
        if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
            continue
        p = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if p.poll() is not None:
                break
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return p, f":{n}"
            time.sleep(0.05)
        p.kill()
        p.wait()
    raise SystemExit("could not start Xvfb")


def run_xvfb(cmd: list[str], env: dict[str, str], kind: str, listener: MapListener, display: str) -> Sample:
    env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    listener.drain()
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mapped = listener.wait_map(t0 + TIMEOUT_S, p)
    try:
        out, err = p.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited {p.returncode}:\n{err}")
    stamp = parse_stamp(out, t0)
    if kind in ("home", "ready"):
        return stamp
    if mapped is None:
        raise RuntimeError(f"{kind}: no MapNotify for a top-level window")
    return Sample(mapped - t0, stamp.cpu, stamp.cards)


# ---- the benchmark ----

def prepare(python: str, data_dir: Path, env: dict[str, str]) -> None:
    subprocess.run([python, "-m", "desktop.cli", "--data-dir", str(data_dir), "demo"], env=env, cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)


def measure(mode: str, python: str, data_dir: Path, home: Path, runs: int, seed: int,
            expect_cards: int | None) -> dict[str, Series]:
    env = base_env(home)
    # the app's bytecode cached, as an installed app's is (pip and PyInstaller ship it, as PySide6's is for the
    # floor): under PYTHONDONTWRITEBYTECODE=1 (set in some shells) every run would otherwise compile each module
    # of desktop/ from source, ~100 ms that no user's start-up has
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    kinds = ("floor", "window", "home", "ready")
    series = {k: Series() for k in kinds}
    xvfb = listener = None
    display = ""
    if mode == "xvfb":
        xvfb, display = start_xvfb()
        listener = MapListener(display)
    rng = random.Random(seed)
    try:
        for r in range(runs + 1):
            order = list(kinds)
            rng.shuffle(order)
            for kind in order:
                cmd, extra = command(kind, python, data_dir)
                e = {**env, **extra}
                s = run_offscreen(cmd, e) if mode == "offscreen" else run_xvfb(cmd, e, kind, listener, display)
                if kind in ("home", "ready") and expect_cards is not None and s.cards != expect_cards:
                    raise RuntimeError(f"Home showed {s.cards} cards, expected {expect_cards}")
                if r > 0:  # round 0 warms up
                    series[kind].samples.append(s)
    finally:
        if listener is not None:
            listener.close()
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    return series


def summary(mode: str, series: dict[str, Series]) -> dict:
    floor = series["floor"].median()
    out = {"mode": mode, "runs": len(series["floor"].samples)}
    for k, s in series.items():
        out[k] = {"median_s": round(s.median(), 3), "min_s": round(min(x.wall for x in s.samples), 3),
                  "max_s": round(max(x.wall for x in s.samples), 3), "cpu_s": round(s.cpu(), 3)}
    out["window_ratio"] = round(series["window"].median() / floor, 2)
    out["home_ratio"] = round(series["home"].median() / floor, 2)
    out["ready_ratio"] = round(series["ready"].median() / floor, 2)
    out["cpu_window_ratio"] = round(series["window"].cpu() / series["floor"].cpu(), 2)
    out["cpu_home_ratio"] = round(series["home"].cpu() / series["floor"].cpu(), 2)
    out["targets"] = {"window": WINDOW_TARGET, "home": HOME_TARGET}
    out["met"] = out["window_ratio"] <= WINDOW_TARGET and out["home_ratio"] <= HOME_TARGET
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("offscreen", "xvfb", "both"), default="both")
    ap.add_argument("--runs", type=int, default=7, help="timed rounds (default 7; one more warms up)")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--data-dir", type=Path, help="a book to open (default: a new one with the demo family)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--json", action="store_true", help="print one JSON document only")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    modes = ("offscreen", "xvfb") if args.mode == "both" else (args.mode,)
    results = []
    with tempfile.TemporaryDirectory(prefix="familypool-bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        data_dir = args.data_dir
        expect = None
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            prepare(args.python, data_dir, base_env(home))
            expect = 4  # the demo family
        for mode in modes:
            res = summary(mode, measure(mode, args.python, data_dir, home, args.runs, args.seed, expect))
            results.append(res)
            if not args.json:
                print(f"[{mode}] {res['runs']} runs; median (min–max) seconds from spawn, CPU at the moment")
                for k in ("floor", "window", "home", "ready"):
                    r = res[k]
                    print(f"  {k:7s} {r['median_s']:.3f} ({r['min_s']:.3f}–{r['max_s']:.3f})  cpu {r['cpu_s']:.3f}")
                print(f"  window/floor {res['window_ratio']:.2f} (target ≤ {WINDOW_TARGET})   "
                      f"home/floor {res['home_ratio']:.2f} (target ≤ {HOME_TARGET})   "
                      f"cpu: {res['cpu_window_ratio']:.2f} / {res['cpu_home_ratio']:.2f}   "
                      f"ready/floor {res['ready_ratio']:.2f} (no target)")
    if args.json:
        print(json.dumps(results, indent=2))
    return 1 if args.check and not all(r["met"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
