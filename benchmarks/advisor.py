"""Advisor speed: the 10-person family of ``projection.py``, every suggestion, 12 and 36 months, under the
2025 rules (wallet transfers) and from 2027 (the 2026 national rules: family quotas, F-N11).

Run: ``.venv/bin/python benchmarks/advisor.py [--repeat N]``. Prints the median wall and CPU time of the
whole engine call (``core.advisor.advise``: steps from the rules, the search, each reported plan run through
the projection and its 10–90 % range over the seeded futures), with fresh caches each time, and what the
search did (steps proposed, plans scored, exhaustive or greedy). Budgets (issue 16): 12 months ≤ 2 s and
36 months ≤ 6 s median, judged on CPU time (steadier than wall time on a shared machine). Exit status 1 when
a budget is missed.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import projection as family_bench

from desktop.core import advisor
from desktop.core.advisor.search import Searcher
from desktop.core.policy import load_default

# who is what to whom (b is a's …), both ways; 舅舅 and 外公 live in Wuhan, the rest in Taiyuan
PAIRS = [(1, 2, "spouse"), (1, 3, "child"), (2, 3, "child"), (3, 4, "spouse"), (3, 5, "child"), (3, 7, "child"),
         (4, 5, "child"), (4, 7, "child"), (4, 6, "parent"), (4, 8, "sibling"), (4, 9, "parent"), (8, 9, "parent"),
         (8, 10, "spouse"), (6, 9, "spouse"), (1, 5, "grandchild"), (1, 7, "grandchild"), (2, 5, "grandchild"),
         (2, 7, "grandchild"), (6, 5, "grandchild"), (6, 7, "grandchild"), (9, 5, "grandchild"),
         (9, 7, "grandchild"), (5, 7, "sibling"), (6, 8, "child")]
INVERSE = {"spouse": "spouse", "child": "parent", "parent": "child", "sibling": "sibling",
           "grandchild": "grandparent", "grandparent": "grandchild"}
BUDGET_MS = {12: 2000, 36: 6000}


def relations() -> dict[tuple[int, int], str]:
    out = {}
    for a, b, rel in PAIRS:
        out[(a, b)] = rel
        out[(b, a)] = INVERSE[rel]
    return out


# the family as in projection.py (2025 rules: wallet transfers, F-W6), and the same family a year and a half on
# (from 2027-01-01: the 2026 national rules, family quotas, F-N11, cross-province bindings)
STARTS = {"2025": family_bench.START, "2027": dt.date(2027, 1, 1)}


def history(rules: str = "2025") -> list:
    """The 12 months of visits before the start (moved with it: the range draws from the last 12 months)."""
    import dataclasses

    from desktop.core.projection import add_months

    shift = (STARTS[rules].year - family_bench.START.year) * 12 + STARTS[rules].month - family_bench.START.month
    return [dataclasses.replace(v, date=add_months(v.date.replace(day=1), shift).replace(day=min(v.date.day, 28)))
            for v in family_bench.history()]


def situation(months: int, reg, rules: str = "2025") -> advisor.Situation:
    import dataclasses

    inp = dataclasses.replace(family_bench.family(months, family_bench.history()), start=STARTS[rules])
    return advisor.Situation(inp, relations(), reg.rules_on, reg.resolve_insured_place,
                             STARTS[rules] - dt.timedelta(days=10), policy_on=reg.rules_on)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    reg = load_default()
    visits = family_bench.history()
    ok = True
    print(f"family: {len(family_bench.PEOPLE)} people, {len(visits)} past visits; medians of {args.repeat} runs")
    for rules, months in itertools.product(STARTS, (12, 36)):
        wall, cpu, last = [], [], None
        past = history(rules)
        for _ in range(args.repeat):
            sit = situation(months, reg, rules)  # fresh memo each time
            t0, c0 = time.perf_counter(), time.process_time()
            last = advisor.advise(sit, past)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        assert last is not None
        w, c = statistics.median(wall), statistics.median(cpu)
        met = c <= BUDGET_MS[months]
        ok &= met
        best = last.best
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(collections.Counter(
            s.kind for s in Searcher(situation(months, reg, rules)).steps).items()))
        print(f"from {STARTS[rules]}, {months:2d} months: {w:8.1f} ms wall, {c:8.1f} ms CPU  budget ≤ {BUDGET_MS[months]} ms: "
              f"{'met' if met else 'MISSED'}")
        print(f"           {last.proposed} steps proposed, {last.scored} plans scored, "
              f"{'exhaustive' if last.exhaustive else 'greedy + local search'}, {len(last.plans)} plans reported; "
              f"best saves {best.saving_fen / 100 if best else 0:,.2f} yuan "
              f"(10–90 %: {best.low_fen / 100 if best else 0:,.2f}–{best.high_fen / 100 if best else 0:,.2f}) "
              f"in {len(best.steps) if best else 0} steps ({', '.join(e.step.kind for e in best.steps) if best else ''})")
        print(f"           steps by kind: {kinds}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
