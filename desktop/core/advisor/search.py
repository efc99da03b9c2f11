"""Finding the best plan: exhaustive on small families, greedy then local search on large ones.

Whatever proposes a plan, it is scored by running it through the projection (``drawdown``): the
saving is the family's cash out of pocket "without" minus "with", and a plan is acceptable only when
every step is legal under the rules of its dates and every payer keeps their own expected needs
(``Situation.protect_pct`` of them) and the reserve floor: their own cash does not rise by more than the
unprotected share, and their account never closes a month below the floor unless it would anyway.

Exhaustive search enumerates every combination of the proposed steps with at most one step per group
(``Step.group``); it runs when there are at most :data:`EXHAUSTIVE_LIMIT` combinations. Otherwise a
greedy search adds the best legal *move* (one step, or a step with the one it needs: ending the binding
in its way, the binding a premium payment rides on) while the saving grows, then tries dropping and
swapping steps until nothing improves.

Why no MILP solver (HiGHS via ``highspy`` was tried, ``benchmarks/advisor_highs.py``, figures in
``benchmarks/BASELINE.md``): the objective is the projection itself — month by month, the settlement order,
floors, authorized amounts, deductibles and caps — which a solver sees only through a model of it. The model
that keeps the real projection as the judge (each step's saving and each pair's extra saving measured, one
step per group, HiGHS picks the set, the projection verifies it) never found a better plan than this search
on the benchmark family or 40 random ones, once found a worse one (three steps interacting), and needed
more projections and 2–20× the time wherever the search is not already exhaustive. Re-writing the ledger's
rules as linear constraints would be a second, diverging copy of ``drawdown``. So the app has no solver
dependency.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..drawdown import Drawdown, project
from ..montecarlo import Stopped
from ..projection import ProjectionInput
from .context import Context
from .kinds import apply_plan, generate, plan_reasons
from .situation import Situation, baseline, person_cash, total_cash
from .steps import AddBinding, EndBinding, MoveWallet, PayPremium, RenewBinding, SetQuota, Step

EXHAUSTIVE_LIMIT = 1024
Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class Scored:
    """A legal, acceptable plan and its saving by the projection's machine (``Drawdown.run``)."""

    steps: tuple[Step, ...]
    input: ProjectionInput
    saving_fen: int
    payers_extra_fen: int = 0  # cash the payers pay more than without (0 when everything is protected)


class Searcher:
    """Scores plans against one baseline; remembers every plan it has scored."""

    def __init__(self, sit: Situation, progress: Progress | None = None) -> None:
        self.sit = sit
        self.base_input = baseline(sit)
        self.base = project(self.base_input, sit.policy_for, sit.policy_on)
        self.base_cash = total_cash(self.base, sit.counted)
        self.ctx = Context(sit, self.base)
        self.steps = generate(self.ctx)
        self.index = {s: i for i, s in enumerate(self.steps)}
        self.progress = progress
        self.scored = 0
        self._memo: dict[tuple[int, ...], Scored | None] = {}

    def add(self, step: Step) -> Step:
        """Make a step known to the searcher (a variant found after the search, e.g. a trimmed amount)."""
        if step not in self.index:
            self.index[step] = len(self.steps)
            self.steps.append(step)
        return step

    def key(self, steps: Sequence[Step]) -> tuple[int, ...]:
        return tuple(sorted(self.index[s] for s in steps))

    def legal(self, steps: Sequence[Step]) -> bool:
        if len({s.group for s in steps}) < len(steps):
            return False
        draft = apply_plan(self.sit, self.base_input, steps)
        return not plan_reasons(self.sit, draft, steps)

    def score(self, steps: Sequence[Step]) -> Scored | None:
        """The plan through the projection; None when illegal or when it takes from a payer's own needs."""
        key = self.key(steps)
        if key in self._memo:
            return self._memo[key]
        out = None
        if len({s.group for s in steps}) == len(steps):
            draft = apply_plan(self.sit, self.base_input, steps)
            if not plan_reasons(self.sit, draft, steps):
                inp = draft.done()
                eng = Drawdown(inp, self.sit.policy_for, self.sit.policy_on)
                cash: list[list[int]] = []
                closings = eng.run(cash=cash)
                self.scored += 1
                n = self.sit.counted
                if self.protects(steps, eng, cash[:n], closings[:n]):
                    payers = {p for s in steps for p in s.payers}
                    extra = sum(sum(m[eng.index[p]] for m in cash[:n]) - person_cash(self.base, p, n) for p in payers)
                    out = Scored(tuple(self.steps[i] for i in key), inp,
                                 self.base_cash - sum(sum(m) for m in cash[:n]), max(0, extra))
        self._memo[key] = out
        return out

    def protects(self, steps: Sequence[Step], eng: Drawdown, cash: list[list[int]],
                 closings: list[list[int]]) -> bool:
        """Every payer keeps their own expected needs: their own cash rises by no more than the unprotected
        share of their need. A wallet sender's money leaves whatever the floor (F-W6 has none), so with
        everything protected their account must also close each month at or above the floor whenever it
        would have without the plan (family draws never go below it: settlement stops there, F-T10)."""
        n = self.sit.counted
        senders = {s.payers[0] for s in steps if isinstance(s, MoveWallet | SetQuota)}  # money off at once
        for pid in {p for s in steps for p in s.payers}:
            allowed = self.ctx.own_need(pid) * (100 - self.sit.protect_pct) // 100
            pi = eng.index[pid]
            if sum(m[pi] for m in cash) - person_cash(self.base, pid, n) > allowed:
                return False
            acc = self.base.account(pid)
            ai = eng.acc_pos.get((pid, "personal"))
            if pid not in senders or acc is None or ai is None or self.sit.protect_pct < 100:
                continue
            floor = self.ctx.floor(pid)
            for mb, ca in zip(acc.months[:n], closings, strict=True):
                if ca[ai] < min(floor, mb.closing_fen):
                    return False
        return True

    def tick(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise Stopped()

    # ---- the searches ----

    def groups(self) -> list[list[Step]]:
        out: dict[tuple, list[Step]] = {}
        for s in self.steps:
            out.setdefault(s.group, []).append(s)
        return list(out.values())

    def combinations(self) -> int:
        n = 1
        for g in self.groups():
            n *= len(g) + 1
        return n

    def exhaustive(self) -> list[Scored]:
        """Every legal acceptable plan (the empty plan included)."""
        options = [[None, *g] for g in self.groups()]
        total = self.combinations()
        out = []
        for done, combo in enumerate(itertools.product(*options)):
            if done % 16 == 0:
                self.tick(done, total)
            steps = [s for s in combo if s is not None]
            got = self.score(steps)
            if got is not None:
                out.append(got)
        return out

    def moves(self) -> list[tuple[Step, ...]]:
        """Single steps, and each step with a step it needs to be legal."""
        singles: list[tuple[Step, ...]] = [(s,) for s in self.steps]
        pairs: list[tuple[Step, ...]] = []
        for s in self.steps:
            if isinstance(s, AddBinding):
                for e in self.steps:  # the binding in its way ends first (one at a time, F-T1)
                    if isinstance(e, EndBinding) and e.authorizer_id == s.authorizer_id:
                        pairs.append((e, s))
            if isinstance(s, PayPremium):
                for b in self.steps:  # the binding the premium is paid through (F-G9)
                    if isinstance(b, AddBinding | RenewBinding) and (b.authorizer_id, b.beneficiary_id) == (
                            s.payer_id, s.person_id):
                        pairs.append((b, s))
        return singles + pairs

    def greedy(self) -> Scored:
        best = self.score([])
        assert best is not None  # the empty plan is always legal and takes nothing from anyone
        moves = self.moves()
        rounds = 0
        while True:
            rounds += 1
            self.tick(rounds, rounds + 1)
            chosen = best
            for mv in moves:
                if any(m in best.steps for m in mv):
                    continue
                got = self.score([*best.steps, *mv])
                if got is not None and better(got, chosen):
                    chosen = got
            chosen = self.polish(chosen)
            if chosen is best:
                return best
            best = chosen

    def polish(self, plan: Scored) -> Scored:
        """Drop or swap single steps while that helps (a swap stays within the step's group)."""
        improved = True
        while improved:
            improved = False
            for s in plan.steps:
                rest = [x for x in plan.steps if x is not s]
                trials = [rest] + [[*rest, o] for o in self.steps if o.group == s.group and o is not s]
                for t in trials:
                    got = self.score(t)
                    if got is not None and better(got, plan):
                        plan, improved = got, True
                        break
                if improved:
                    break
        return plan


def better(a: Scored, b: Scored) -> bool:
    """More saved; then less of it paid by the payers' own cash; then fewer steps; then by the steps' text
    (so results are reproducible)."""
    return rank(a) < rank(b)


def rank(s: Scored) -> tuple:
    return (-s.saving_fen, s.payers_extra_fen, len(s.steps), tuple(repr(x) for x in s.steps))


def best_plan(searcher: Searcher, exhaustive_limit: int = EXHAUSTIVE_LIMIT) -> tuple[Scored, bool]:
    """(the best plan, whether the search was exhaustive)."""
    if searcher.combinations() <= exhaustive_limit:
        return min(searcher.exhaustive(), key=rank), True
    return searcher.greedy(), False
