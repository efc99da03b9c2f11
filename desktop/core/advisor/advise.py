"""The advisor's answer: the best plan and the best single moves, each verified and explained.

Every figure a plan reports comes from the projection (``drawdown.project``) of the baseline and of the
baseline with the plan's steps applied: ``saving_fen`` is the family's cash out of pocket without minus
with. The 10–90 % range runs both inputs through the same seeded futures (``montecarlo.cash_runs``), run
by run, and takes the percentiles of the differences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..drawdown import project
from ..model import PersonId, Visit
from ..montecarlo import cash_runs, percentile
from ..projection import Projection, ProjectionInput
from .kinds import KINDS
from .search import EXHAUSTIVE_LIMIT, Scored, Searcher, best_plan, rank
from .situation import Situation, person_cash, total_cash
from .steps import AddBinding
from .wording import Explained, explain

BAND_RUNS = 200     # futures for the saving's range (the projection page's band uses 1,000; see BASELINE.md)
ALTERNATIVES = 4    # single moves listed after the best plan
HOME_CARD_FEN = 10000  # Home shows the advisor's card from a saving of ¥100


@dataclass(frozen=True, slots=True)
class PersonSaving:
    person_id: PersonId
    name: str
    base_cash_fen: int
    plan_cash_fen: int

    @property
    def saved_fen(self) -> int:
        return self.base_cash_fen - self.plan_cash_fen


@dataclass(frozen=True)
class Plan:
    """A verified plan: its explained steps, the saving and its range, who pays less."""

    steps: tuple[Explained, ...]
    saving_fen: int
    low_fen: int    # 10th percentile of the saving over the seeded futures
    high_fen: int   # 90th percentile
    base_cash_fen: int
    plan_cash_fen: int
    people: tuple[PersonSaving, ...]
    input: ProjectionInput
    projection: Projection

    def premium_fen(self, step) -> int | None:
        """The premium a PayPremium step of this plan pays, as the plan's projection has it (the step's own
        amount, else the relative's region pack figure for that year); None when the projection has none."""
        got = next((m.premium_fen for m in self.projection.person(step.person_id).months if m.month == step.month), 0)
        return step.amount_fen if step.amount_fen is not None else (got or None)

    @property
    def sources(self) -> tuple[str, ...]:
        out: list[str] = []
        for s in self.steps:
            out.extend(x for x in s.sources if x not in out)
        return tuple(out)


@dataclass(frozen=True)
class Advice:
    """Ranked plans (the best first, then single moves), the baseline, and how the search went."""

    baseline: Projection
    base_cash_fen: int
    plans: tuple[Plan, ...]
    exhaustive: bool
    proposed: int   # steps the rules made possible
    scored: int     # plans run through the projection
    protect_pct: int

    @property
    def best(self) -> Plan | None:
        return self.plans[0] if self.plans else None


def _plan(sit: Situation, searcher: Searcher, got: Scored, history: Sequence[Visit], runs: int, seed: int,
          base_runs: tuple[int, ...]) -> Plan:
    n = sit.counted
    proj = project(got.input, sit.policy_for, sit.policy_on)  # the reported figures: the projection itself
    alt_runs = cash_runs(got.input, history, sit.policy_for, runs=runs, seed=seed, months=n,
                         policy_on=sit.policy_on)
    diffs = sorted(b - a for b, a in zip(base_runs, alt_runs, strict=True))
    people = tuple(PersonSaving(p.person_id, p.name, person_cash(searcher.base, p.person_id, n),
                                person_cash(proj, p.person_id, n)) for p in searcher.base.people)
    with_cash = total_cash(proj, n)
    order = {k.step_type: i for i, k in enumerate(KINDS)}
    steps = sorted(got.steps, key=lambda s: order[type(s)])  # ends and renewals first, as they are done
    return Plan(tuple(explain(sit, s) for s in steps), searcher.base_cash - with_cash,
                percentile(diffs, 10), percentile(diffs, 90), searcher.base_cash, with_cash,
                people, got.input, proj)


def _trimmed(searcher: Searcher, got: Scored) -> Scored:
    """The same plan with each new binding's authorized amount cut to what it is expected to pay (whole
    yuan up), where that figure is clear — the authorizer pays for no one else, in the plan or before — and
    the saving stays the same: the family is asked to authorize what will be used, not more."""
    proj = project(got.input, searcher.sit.policy_for, searcher.sit.policy_on)
    steps = list(got.steps)
    for i, step in enumerate(steps):
        if not isinstance(step, AddBinding) or step.amount_fen is None:
            continue
        a = step.authorizer_id
        if sum(1 for s in steps if a in s.payers) > 1 or any(b.authorizer_id == a for b in searcher.base_input.bindings):
            continue
        acc = proj.account(a)
        if acc is None:
            continue
        drawn = -(-sum(m.paid_for_others_fen for m in acc.months[:searcher.sit.counted]) // 100) * 100
        if 0 < drawn < step.amount_fen:
            trial = [*steps[:i], searcher.add(dataclasses.replace(step, amount_fen=drawn)), *steps[i + 1:]]
            cut = searcher.score(trial)
            if cut is not None and cut.saving_fen == got.saving_fen:
                got, steps = cut, trial
    return got


def advise(sit: Situation, history: Sequence[Visit] = (), *, runs: int = BAND_RUNS, seed: int = 0,
           exhaustive_limit: int = EXHAUSTIVE_LIMIT, alternatives: int = ALTERNATIVES,
           progress: Callable[[int, int], bool | None] | None = None) -> Advice:
    """Search, verify and explain. ``progress(done, total)`` returning False stops with montecarlo.Stopped."""
    searcher = Searcher(sit, progress)
    best, exhaustive = best_plan(searcher, exhaustive_limit)
    chosen: list[Scored] = [best] if best.steps and best.saving_fen > 0 else []
    singles = [g for g in (searcher.score(mv) for mv in searcher.moves()) if g is not None and g.saving_fen > 0]
    for g in sorted(singles, key=rank):
        if len(chosen) > alternatives:
            break
        # not the same arrangement again (the same steps, or the same people with another amount), nor one
        # that only adds steps to a listed plan without saving more
        groups = frozenset(s.group for s in g.steps)
        if all(not set(c.steps) <= set(g.steps) or (set(c.steps) != set(g.steps) and g.saving_fen > c.saving_fen)
               for c in chosen) and all(groups != frozenset(s.group for s in c.steps) for c in chosen[1:]):
            chosen.append(g)
    plans: list[Plan] = []
    if chosen:
        base_runs = cash_runs(searcher.base_input, history, sit.policy_for, runs=runs, seed=seed,
                              months=sit.counted, policy_on=sit.policy_on)
        for i, g in enumerate(chosen):
            searcher.tick(i, len(chosen))
            plans.append(_plan(sit, searcher, _trimmed(searcher, g), history, runs, seed, base_runs))
    return Advice(searcher.base, searcher.base_cash, tuple(plans), exhaustive, len(searcher.steps),
                  searcher.scored, sit.protect_pct)
