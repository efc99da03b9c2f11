"""Does HiGHS (``highspy``) find better plans than the advisor's own search? An experiment, not part of the app.

Run: ``.venv/bin/pip install highspy && .venv/bin/python benchmarks/advisor_highs.py [--families N]``.

The advisor's objective is the projection itself (``drawdown``: month by month, the settlement order, floors,
authorized amounts, deductibles and caps), a black box to a solver. The natural way to hand it to a MILP
solver is a second-order model: every step's saving alone and every pair's extra saving are measured with the
projection, at most one step per group, pairs the rules refuse together excluded, and HiGHS picks the set
with the largest modelled saving; that set is then run through the projection like any plan. This script
compares it with the current search (``search.best_plan``: exhaustive up to 1,024 combinations, else greedy
and local search) and with exhaustive search where that is affordable, on the 10-person benchmark family and
on random small families: the saving found (verified), and the projections each needed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import datetime as dt

import advisor as bench  # the advisor benchmark's family

from desktop.core.advisor import Situation
from desktop.core.advisor.search import Searcher, best_plan, rank
from desktop.core.model import Person
from desktop.core.policy import load_default
from desktop.core.projection import ProjectionInput, Spending


def highs_plan(searcher: Searcher):
    import highspy

    steps = searcher.steps
    n = len(steps)
    single = {i: searcher.score([steps[i]]) for i in range(n)}
    v = {i: (s.saving_fen if s is not None else None) for i, s in single.items()}
    pairs = {}
    for i, j in itertools.combinations(range(n), 2):
        if steps[i].group == steps[j].group:
            continue
        got = searcher.score([steps[i], steps[j]])
        pairs[(i, j)] = None if got is None else got.saving_fen
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    x = [h.addVariable(0, 1) for _ in range(n)]
    for var in x:
        h.changeColIntegrality(var.index, highspy.HighsVarType.kInteger)
    obj = 0
    for i in range(n):
        if v[i] is None and not any(g is not None and i in k for k, g in pairs.items()):
            h.addConstr(x[i] <= 0)  # legal neither alone nor with any one other step
        obj = obj + (v[i] or 0) * x[i]
    for (i, j), g in pairs.items():
        if g is None:
            h.addConstr(x[i] + x[j] <= 1)
            continue
        w = g - (v[i] or 0) - (v[j] or 0)
        if w:
            y = h.addVariable(0, 1)
            h.addConstr(y - x[i] <= 0)
            h.addConstr(y - x[j] <= 0)
            h.addConstr(y - x[i] - x[j] >= -1)
            obj = obj + w * y
    groups: dict[tuple, list[int]] = {}
    for i, s in enumerate(steps):
        groups.setdefault(s.group, []).append(i)
    for idx in groups.values():
        if len(idx) > 1:
            h.addConstr(sum(x[i] for i in idx) <= 1)
    h.maximize(obj)
    chosen = [steps[i] for i in range(n) if h.val(x[i]) > 0.5]
    got = searcher.score(chosen)  # the projection decides, as for every plan
    return got if got is not None else searcher.score([])


def random_family(rng: random.Random) -> Situation:
    regions = ("140100", "140200", "420100", "310000")
    n = rng.randint(3, 7)
    roles = ["self", *(rng.choice(["spouse", "child", "parent"]) for _ in range(n - 1))]
    people, balances, credits, spending = [], {}, {}, []
    home = rng.choice(regions)
    for i in range(n):
        insurance = "employee" if i == 0 else "resident" if i == 1 else rng.choice(["employee", "resident"])
        region = home if i == 0 or rng.randint(0, 3) else rng.choice(regions)
        people.append(Person(i + 1, f"P{i + 1}", region, insurance, "in_service" if insurance == "employee" else None,
                             "insured", dt.date(rng.randint(1940, 2000), 6, 1)))
        if insurance == "employee":
            balances[i + 1] = rng.randint(5, 60) * 10000
            credits[i + 1] = rng.choice([0, 10000, 30000])
        cares = [("pharmacy", "0"), ("outpatient", "1"), ("inpatient", "3A")]
        for care, hospital in rng.sample(cares, rng.randint(1, 2)):
            spending.append(Spending(i + 1, care, hospital, rng.randint(1, 15) * 10000, "user"))
    from desktop.book.relations import relation_via_head

    rel = {(a + 1, b + 1): r for a in range(n) for b in range(n) if a != b
           and (r := relation_via_head(roles[a], roles[b])) is not None}
    inp = ProjectionInput(dt.date(2027, 1, 1), tuple(people), balances, {}, credits, tuple(spending), (), (), (), (),
                          {}, {}, 12)
    reg = load_default()
    return Situation(inp, rel, reg.rules_on, reg.resolve_insured_place, dt.date(2026, 12, 1))


def compare(name: str, make) -> tuple[int, int, int | None]:
    s1 = Searcher(make())
    t0 = time.process_time()
    ours, exhaustive = best_plan(s1)
    t_ours = time.process_time() - t0
    s2 = Searcher(make())
    t0 = time.process_time()
    theirs = highs_plan(s2)
    t_highs = time.process_time() - t0
    best = None
    if not exhaustive and s1.combinations() <= 50000:
        s3 = Searcher(make())
        best = min(s3.exhaustive(), key=rank).saving_fen
    elif exhaustive:
        best = ours.saving_fen
    print(f"{name}: {len(s1.steps)} steps; ours {ours.saving_fen / 100:,.2f} ({s1.scored} projections, "
          f"{t_ours * 1000:.0f} ms, {'exhaustive' if exhaustive else 'greedy'}); HiGHS {theirs.saving_fen / 100:,.2f} "
          f"({s2.scored} projections, {t_highs * 1000:.0f} ms); exhaustive {'—' if best is None else f'{best / 100:,.2f}'}")
    return ours.saving_fen, theirs.saving_fen, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--families", type=int, default=30)
    args = ap.parse_args()
    reg = load_default()
    for rules, months in itertools.product(bench.STARTS, (12, 36)):
        compare(f"benchmark family from {bench.STARTS[rules]}, {months} months",
                lambda m=months, r=rules: bench.situation(m, reg, r))
    rng = random.Random(7)
    tally = {"ours_better": 0, "highs_better": 0, "same": 0, "ours_below_exhaustive": 0, "highs_below_exhaustive": 0}
    for k in range(args.families):
        seed = rng.random()
        ours, theirs, best = compare(f"random family {k}", lambda s=seed: random_family(random.Random(s)))
        tally["same" if ours == theirs else "ours_better" if ours > theirs else "highs_better"] += 1
        if best is not None:
            tally["ours_below_exhaustive"] += ours < best
            tally["highs_below_exhaustive"] += theirs < best
    print(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
