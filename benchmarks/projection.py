"""Projection speed: a 10-person family, deterministic and the 1,000-future band, 12 and 60 months.

Run: ``/work/venv/bin/python benchmarks/projection.py [--repeat N] [--runs 1000]``. Prints the median
wall and CPU time of several runs per case, with cold caches each time (a fresh projection, as the
page computes it). Budgets: the deterministic 60-month projection under 20 ms (issue 7); the band of
1,000 futures over 60 months within a few seconds (CPU; every visit still goes through estimate()
and settle(), memoised, and the futures run side by side as NumPy arrays: core/lockstep.py). Issues 7
and 18 name 300 ms for the 12-month band; it is printed for reference (benchmarks/scale.py judges it). Exit status 1 when a budget is missed (judged on CPU time, which a busy
machine disturbs less than wall time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person, Visit
from desktop.core.montecarlo import simulate
from desktop.core.policy import load_default
from desktop.core.projection import (
    Event,
    PremiumPlan,
    ProjectionInput,
    WalletTransfer,
    spending_from_visits,
)

START = dt.date(2025, 7, 1)
TY, WH = "140100", "420100"
PEOPLE = (
    Person(1, "爷爷", TY, "employee", "retired", "insured", dt.date(1950, 3, 2)),
    Person(2, "奶奶", TY, "resident", None, "insured", dt.date(1952, 8, 9)),
    Person(3, "爸爸", TY, "employee", "in_service", "insured", dt.date(1978, 5, 20)),
    Person(4, "妈妈", TY, "employee", "in_service", "insured", dt.date(1980, 11, 1)),
    Person(5, "小明", TY, "resident", None, "insured", dt.date(2012, 1, 15)),
    Person(6, "外婆", TY, "resident", None, "insured", dt.date(1948, 6, 30)),
    Person(7, "小红", TY, "resident", None, "insured", dt.date(2016, 9, 9)),
    Person(8, "舅舅", WH, "employee", "in_service", "insured", dt.date(1975, 2, 2)),
    Person(9, "外公", WH, "resident", None, "insured", dt.date(1946, 4, 4)),
    Person(10, "舅妈", WH, "flexible", "in_service", "insured", dt.date(1977, 7, 7)),
)
REG = dt.datetime(2025, 1, 2, 9)
BINDINGS = (
    BindingTerm(1, 1, 2, "spouse", "active", dt.date(2025, 1, 1), dt.date(2027, 12, 31), 500000, REG),
    BindingTerm(2, 3, 5, "child", "active", dt.date(2025, 1, 1), dt.date(2026, 6, 30), None, REG),
    BindingTerm(3, 4, 6, "parent", "active", dt.date(2025, 1, 1), None, 300000, REG),
    BindingTerm(4, 8, 9, "parent", "active", dt.date(2024, 1, 1), None, None, REG),
)
# (person, care, hospital, typical total in fen): what each member usually spends
HABITS = (
    (1, "outpatient", "2A", 30000), (1, "outpatient", "3A", 20000), (2, "outpatient", "1", 25000),
    (3, "outpatient", "1", 8000), (4, "outpatient", "2", 12000), (5, "outpatient", "1", 6000),
    (6, "outpatient", "3A", 40000), (7, "outpatient", "1", 5000), (8, "pharmacy", "0", 9000),
    (9, "outpatient", "1", 15000), (10, "pharmacy", "0", 7000),
)


def history(seed: int = 7) -> list[Visit]:
    """12 months of visits before START, varying month to month (some months none)."""
    rng = random.Random(seed)
    out = []
    for k in range(12):
        month = dt.date(2024 + (6 + k) // 12, (6 + k) % 12 + 1, 1)
        for pid, care, hosp, typical in HABITS:
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                total = typical * rng.randint(40, 200) // 100
                out.append(Visit(None, pid, month.replace(day=rng.randint(1, 28)), care, hosp, total))
    return out


def family(months: int, visits: list[Visit]) -> ProjectionInput:
    return ProjectionInput(
        start=START, people=PEOPLE, months=months,
        balances={1: 800000, 3: 300000, 4: 250000, 8: 400000, 10: 150000},
        credits={1: 30000, 3: 25000, 4: 20000, 8: 30000, 10: 15000},
        wallets={9: 0},
        spending=spending_from_visits(visits, START),
        events=(Event(dt.date(2025, 11, 1), 6, "inpatient", "3A", 3000000, "手术"),
                Event(dt.date(2026, 3, 1), 1, "inpatient", "2A", 1500000)),
        premiums=(PremiumPlan(8, 9, dt.date(2025, 10, 1), 2026),),
        transfers=(WalletTransfer(dt.date(2025, 9, 1), 3, 9, 100000, "parent"),),
        bindings=BINDINGS,
    )


def _median_ms(fn, repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process, in ms (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


DETERMINISTIC_MS = 20  # 60 months (issue 7)
BAND_MS = 5000         # 1,000 futures, 60 months, CPU ("a few seconds")
ISSUE_BAND_MS = 300    # issue 7's figure for the band, for reference


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--runs", type=int, default=1000)
    args = ap.parse_args()
    reg = load_default()
    pf = reg.resolve_insured_place
    visits = history()
    ok = True
    print(f"family: {len(PEOPLE)} people, {len(visits)} past visits; medians of {args.repeat}+ runs")
    for months in (12, 60):
        inp = family(months, visits)
        wall, cpu = _median_ms(lambda inp=inp: project(inp, pf), args.repeat * 3)
        verdict = ""
        if months == 60:
            ok &= cpu < DETERMINISTIC_MS
            verdict = f"  budget < {DETERMINISTIC_MS} ms: {'met' if cpu < DETERMINISTIC_MS else 'MISSED'}"
        print(f"deterministic, {months:2d} months: {wall:8.1f} ms wall, {cpu:8.1f} ms CPU{verdict}")
    for months in (12, 60):
        inp = family(months, visits)
        wall, cpu = _median_ms(lambda inp=inp: simulate(inp, visits, pf, runs=args.runs, seed=1),
                               max(3, args.repeat // 2))
        verdict = ""
        if months == 60 and args.runs == 1000:
            ok &= cpu < BAND_MS
            verdict = (f"  budget < {BAND_MS} ms: {'met' if cpu < BAND_MS else 'MISSED'}; "
                       f"issue's {ISSUE_BAND_MS} ms: {'met' if cpu < ISSUE_BAND_MS else 'not met'}")
        print(f"band {args.runs} futures, {months:2d} months: {wall:8.1f} ms wall, {cpu:8.1f} ms CPU{verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
