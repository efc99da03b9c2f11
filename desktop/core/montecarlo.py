"""The uncertainty band: many simulated futures drawn from each person's own past months.

For every person whose expected spending comes from their history (``Spending.origin ==
"history"``), each simulated month re-uses one of their last 12 real months, drawn at random
(a bootstrap: busy months and quiet months come back as often as they happened, so the average is
the deterministic projection's). Everything else — user-set spending, events, premiums, transfers,
credits — stays as planned, and every month goes through the same drawdown as the projection.

Draws come from ``random.Random(seed)`` in a fixed order (run, month, person), so the same data and
seed give the same band. Percentiles are fen values picked by rank (nearest-rank method: the p-th
percentile of n sorted values is the ⌈p·n/100⌉-th); chances are :class:`fractions.Fraction` of the
runs, rounded only for the sentence. See the API list at the top of ``projection.py``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

from .drawdown import Drawdown
from .explain import Reason, register
from .model import PersonId, Visit
from .money import format_fen
from .policy import RegionPolicy
from .projection import (
    HISTORY_MONTHS,
    MIN_MONTHS,
    MONTHS_EN,
    Account,
    AccountProjection,
    ProjectionInput,
    account_label,
    month_end,
)

DEFAULT_RUNS = 1000
LEVELS = ("empty", "floor")
_STEP = 5  # chances in sentences are rounded to the nearest 5 %

CODES = register({
    "proj_chance_about": ("{account}在{when}{outcome}的可能性约为 {pct}%。",
                          "The chance that {account} {outcome} {when} is about {pct}%."),
    "proj_chance_below": ("{account}在{when}{outcome}的可能性不到 {pct}%。",
                          "The chance that {account} {outcome} {when} is less than {pct}%."),
    "proj_chance_above": ("{account}在{when}{outcome}的可能性超过 {pct}%。",
                          "The chance that {account} {outcome} {when} is more than {pct}%."),
    "proj_chance_none": ("{account}在{when}{outcome}的可能性极小：{runs} 次模拟中一次也没有。",
                         "{account} is very unlikely to have {outcome_pp} {when}: it did not happen in any of "
                         "{runs} simulations."),
    "proj_band_differs_sooner": (
        "两种说法不一样，是因为上面的预测把每个人平常的花费平均摊到每个月，而模拟按他们过去真实的月份来算："
        "几笔大额费用挨在一起，{account}就会提前{outcome}。",
        "The two differ because the projection above spreads each person's usual spending evenly over the months, "
        "while the simulations replay their real months: a few large bills close together make {account} "
        "{outcome_bare} sooner."),
    "proj_band_differs_later": (
        "两种说法不一样，是因为上面的预测把每个人平常的花费平均摊到每个月，而模拟按他们过去真实的月份来算："
        "在多数模拟里大额费用来得晚或隔得开，{account}到那时还不会{outcome}。",
        "The two differ because the projection above spreads each person's usual spending evenly over the months, "
        "while the simulations replay their real months: in most of them the large bills come late or far "
        "apart, so {account} does not {outcome_bare} by then."),
    "proj_chance_all": ("{account}几乎肯定会在{when}{outcome}：{runs} 次模拟中每次都是。",
                        "{account} almost certainly {outcome} {when}: it happened in all {runs} simulations."),
})


def percentile(sorted_values: Sequence[int], p: int) -> int:
    """The p-th percentile by nearest rank of already sorted values (no interpolation, no floats)."""
    n = len(sorted_values)
    k = -(-p * n // 100)  # ⌈p·n/100⌉
    return sorted_values[max(k, 1) - 1]


@dataclass(frozen=True, slots=True)
class BandLine:
    """10th, 50th and 90th percentiles, one fen value per month."""

    p10: tuple[int, ...]
    p50: tuple[int, ...]
    p90: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AccountBand:
    account: Account
    name: str
    floor_fen: int
    band: BandLine
    empty_runs: tuple[int, ...]  # runs that have run out by the end of each month (cumulative)
    floor_runs: tuple[int, ...]  # runs at or below the floor by the end of each month (0s without a floor)
    had_money: bool              # a balance at the start, a credit, or money received in some run

    @property
    def label(self) -> tuple[str, str]:
        return account_label(self.name, self.account.kind)


@dataclass(frozen=True)
class Band:
    months: tuple[dt.date, ...]
    runs: int
    seed: int
    accounts: tuple[AccountBand, ...]
    pool: BandLine

    def account(self, person_id: PersonId, kind: str = "personal") -> AccountBand | None:
        return next((a for a in self.accounts if a.account == (person_id, kind)), None)

    def _band(self, account: Account | AccountBand) -> AccountBand:
        if isinstance(account, AccountBand):
            return account
        a = self.account(*account)
        if a is None:
            raise KeyError(account)
        return a

    def _last_index(self, by: dt.date) -> int:
        """Index of the last month whose end is on or before ``by`` (-1: none); capped at the horizon."""
        i = -1
        for m, month in enumerate(self.months):
            if month_end(month) <= by:
                i = m
        return i

    def chance(self, account: Account | AccountBand, by: dt.date, level: str = "empty") -> Fraction:
        """Share of the runs in which the account has run out (or reached its floor) by ``by``.

        Only months inside the horizon count: a date beyond it gives the chance by the horizon's end.
        """
        if level not in LEVELS:
            raise ValueError(f"level must be one of {LEVELS}")
        a = self._band(account)
        i = self._last_index(by)
        if i < 0:
            return Fraction(0)
        counts = a.empty_runs if level == "empty" else a.floor_runs
        return Fraction(counts[i], self.runs)

    def chance_sentence(self, account: Account | AccountBand, by: dt.date, level: str | None = None) -> Reason:
        """"妈妈的账户在年底前用完的可能性约为 30%" / "The chance that … is about 30%"."""
        a = self._band(account)
        level = level or ("floor" if a.floor_fen else "empty")
        by = min(by, month_end(self.months[-1]))  # the band says nothing beyond its horizon
        share = self.chance(a, by, level)
        if level == "floor":
            f = format_fen(a.floor_fen)
            outcome = (f"降到必须保留的 {f}", f"falls to the {f} reserve")
            outcome_pp = f"fallen to the {f} reserve"
        else:
            outcome, outcome_pp = ("用完", "runs out"), "run out"
        args = {"account": a.label, "when": self._when(by), "outcome": outcome, "outcome_pp": outcome_pp,
                "runs": self.runs}
        if share == 0:
            return Reason("proj_chance_none", (), args)
        if share == 1:
            return Reason("proj_chance_all", (), args)
        pct = int((share * 100 / _STEP + Fraction(1, 2)) // 1) * _STEP  # nearest 5 %, half up
        if pct < _STEP:
            return Reason("proj_chance_below", (), {**args, "pct": _STEP})
        if pct > 100 - _STEP:
            return Reason("proj_chance_above", (), {**args, "pct": 100 - _STEP})
        return Reason("proj_chance_about", (), {**args, "pct": pct})

    def disagreement(self, plain: AccountProjection, by: dt.date | None = None) -> Reason | None:
        """One sentence saying why, when the plain projection and the band tell different stories by ``by``.

        The plain projection reaches the account's level (its floor, else empty) by ``by`` but fewer than half
        the runs do, or the other way round; None when they agree or the band has no such account."""
        a = self.account(*plain.account)
        if a is None or not a.had_money:
            return None
        by = min(by or self.default_date(), month_end(self.months[-1]))
        level = "floor" if a.floor_fen else "empty"
        hit = plain.floor_month if level == "floor" and plain.floor_month is not None else plain.empty_month
        if level == "floor" and plain.empty_month is not None and (hit is None or plain.empty_month < hit):
            hit = plain.empty_month
        plain_yes = hit is not None and month_end(hit) <= by
        likely = self.chance(a, by, level) >= Fraction(1, 2)
        if plain_yes == likely:
            return None
        if level == "floor":
            f = format_fen(a.floor_fen)
            outcome, bare = (f"降到必须保留的 {f}", f"fall to the {f} reserve")
        else:
            outcome, bare = ("用完", "run out")
        code = "proj_band_differs_sooner" if likely else "proj_band_differs_later"
        return Reason(code, (), {"account": a.label, "outcome": outcome, "outcome_bare": bare})

    def _when(self, by: dt.date) -> tuple[str, str]:
        if (by.month, by.day) == (12, 31) and by.year == self.months[0].year:
            return ("年底前", "before the end of the year")
        if by == month_end(by):
            return (f"{by.year}年{by.month}月底前", f"by the end of {MONTHS_EN[by.month - 1]} {by.year}")
        return (f"{by.isoformat()}前", f"before {by.isoformat()}")

    def default_date(self) -> dt.date:
        """The end of this year (of next year when fewer than 3 months are left), capped at the horizon."""
        first = self.months[0]
        year = first.year if first.month <= 12 - MIN_MONTHS + 1 else first.year + 1
        last = month_end(self.months[-1])
        return min(dt.date(year, 12, 31), last)

    def sentences(self, by: dt.date | None = None) -> tuple[Reason, ...]:
        """One chance sentence per account that had money (its floor too, when it has one)."""
        by = by or self.default_date()
        out = []
        for a in self.accounts:
            if not a.had_money:
                continue
            if a.floor_fen:
                out.append(self.chance_sentence(a, by, "floor"))
            out.append(self.chance_sentence(a, by, "empty"))
        return tuple(out)


class Stopped(Exception):
    """``simulate``'s ``progress`` callback asked to stop (the user cancelled)."""


def options(eng: Drawdown, history: Sequence[Visit], balances_only: bool = False) -> list[list[tuple[list, bool]]]:
    """Per month and person: the visit lists of their 12 past months to draw from (True), or their fixed routine
    visits (False) for people whose spending is not derived from history.

    ``balances_only``: leave out the visits of people whose visits cannot move any balance (``Drawdown.inert``):
    the band's figures are balances, and those visits only add to their cash. Their draws are still made, so the
    others' futures stay the same."""
    profiles = eng.profiles(history)
    inert = {pi for pi in range(len(eng.people)) if eng.inert(pi)} if balances_only else set()
    out: list[list[tuple[list, bool]]] = []
    for m in range(len(eng.months)):
        row: list[tuple[list, bool]] = []
        for pi in range(len(eng.people)):
            if pi in inert:
                row.append(([[] for _ in profiles[pi]], True) if pi in profiles else ([], False))
            elif pi in profiles:
                row.append(([eng.routine_items(pi, m, eng.lines(pi, m, past)) for past in profiles[pi]], True))
            else:
                row.append((eng.routine_items(pi, m, eng.lines(pi, m)), False))
        out.append(row)
    return out


def futures(eng: Drawdown, history: Sequence[Visit], runs: int, seed: int,
            balances_only: bool = False) -> Iterator[list[list[list[tuple]]]]:
    """The ``runs`` simulated futures of ``eng``, each as the month lists :meth:`Drawdown.run` takes.

    Draws come from ``random.Random(seed)`` in the order run, month, person (people with history-derived
    spending only), so two inputs with the same people and history get the same futures from the same
    seed: the advisor compares arrangements run by run this way. ``balances_only``: see :func:`options`.
    """
    opts_of = options(eng, history, balances_only)
    n_m = len(eng.months)
    # the draws of random.Random(seed).choices(range(12), k=…), one at a time in the order run, month, person:
    # each is ⌊random() · 12⌋, as choices computes it (``lockstep.draws`` makes the same numbers at once)
    rnd = random.Random(seed).random
    n = float(HISTORY_MONTHS)
    before, after = eng.before, eng.after
    for _ in range(runs):
        yield [[before[m], *[opts[int(rnd() * n)] if drawn else opts for opts, drawn in opts_of[m]], after[m]]
               for m in range(n_m)]


def cash_runs(inp: ProjectionInput, history: Sequence[Visit], policy_for: Callable[[str], RegionPolicy], *,
              runs: int = DEFAULT_RUNS, seed: int = 0, months: int | None = None,
              progress: Callable[[int, int], bool | None] | None = None,
              policy_on: Callable[[str, dt.date], RegionPolicy] | None = None) -> tuple[int, ...]:
    """The family's cash out of pocket in each of ``runs`` futures (see :func:`futures`), over the first
    ``months`` months (the whole horizon by default)."""
    if runs < 1:
        raise ValueError("runs must be at least 1")
    eng = Drawdown(inp, policy_for, policy_on)
    out = []
    for done, future in enumerate(futures(eng, history, runs, seed)):
        if progress is not None and progress(done, runs) is False:
            raise Stopped()
        cash: list[list[int]] = []
        eng.run(future, cash=cash)
        out.append(sum(sum(m) for m in (cash[:months] if months is not None else cash)))
    return tuple(out)


def simulate(inp: ProjectionInput, history: Sequence[Visit], policy_for: Callable[[str], RegionPolicy], *,
             runs: int = DEFAULT_RUNS, seed: int = 0,
             progress: Callable[[int, int], bool | None] | None = None,
             policy_on: Callable[[str, dt.date], RegionPolicy] | None = None, side_by_side: bool = True) -> Band:
    """Simulate ``runs`` futures by drawing each person's months from their last 12 months of visits.

    ``history`` should be the visits the history-derived spending was computed from. ``progress(done,
    runs)``, when given, is called as the work goes on, with how much is done counted in runs (side by side, k of n
    months run count as k/n of the runs; it does not change the figures); returning False raises :class:`Stopped`. ``side_by_side``: run the futures together (``lockstep``) when the input allows; False
    runs them one by one through :meth:`Drawdown.run` (the same figures, slower).
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    eng = Drawdown(inp, policy_for, policy_on)
    if side_by_side:
        from . import lockstep  # NumPy, loaded with the first band, not before the window

        if lockstep.supported(eng):
            opts = options(eng, history, balances_only=True)
            if lockstep.fits(eng, opts):
                return _simulate_lockstep(eng, opts, runs, seed, progress)
    n_m, n_a = len(eng.months), len(eng.accounts)
    series: list[list[tuple[int, ...]]] = [[] for _ in range(n_a)]  # per account, per run: closings by month
    pool_runs: list[list[int]] = []
    empty = [[0] * n_m for _ in range(n_a)]
    at_floor = [[0] * n_m for _ in range(n_a)]
    floors = eng.acc_floor
    for done, months in enumerate(futures(eng, history, runs, seed, balances_only=True)):
        if progress is not None and progress(done, runs) is False:
            raise Stopped()
        closings = eng.run(months)
        pool_runs.append([sum(c) for c in closings])
        for a, line in enumerate(zip(*closings, strict=True)):
            series[a].append(line)
            low = min(line)
            if low <= 0:
                empty[a][next(m for m, x in enumerate(line) if x <= 0)] += 1
            f = floors[a]
            if f and low <= f:
                at_floor[a][next(m for m, x in enumerate(line) if x <= f)] += 1
    if progress is not None:
        progress(runs, runs)
    return _band(eng, runs, seed, [_line(list(zip(*series[a], strict=True))) for a in range(n_a)], empty, at_floor,
                 _line(list(zip(*pool_runs, strict=True))))


def _simulate_lockstep(eng: Drawdown, opts: list[list[tuple[list, bool]]], runs: int, seed: int,
                       progress: Callable[[int, int], bool | None] | None) -> Band:
    """:func:`simulate` with every future run at once (``lockstep``): the same figures, from arrays."""
    import numpy as np

    from . import lockstep

    n_drawn = sum(1 for _o, drawn in opts[0] if drawn) if opts else 0
    n_m = len(eng.months)
    # the futures advance together, a month at a time: after k months, k/n of the work is done
    if progress is not None and progress(0, runs) is False:
        raise Stopped()
    month_done = None if progress is None else (lambda k: progress(runs * k // n_m, runs) if k < n_m else None)
    c = lockstep.closings(eng, opts, lockstep.draws(seed, runs, n_m, n_drawn, HISTORY_MONTHS), month_done)
    if c is None:
        raise Stopped()
    if progress is not None:
        progress(runs, runs)
    ranks = [max(-(-p * runs // 100), 1) - 1 for p in (10, 50, 90)]  # nearest rank, as ``percentile``

    def line(values: np.ndarray) -> BandLine:  # values: (months, runs)
        col = np.sort(values, axis=1)
        return BandLine(*(tuple(col[:, k].tolist()) for k in ranks))

    def first_months(hit: np.ndarray) -> list[int]:  # hit: (months, runs) → runs per first month hit
        return np.bincount(hit.argmax(axis=0)[hit.any(axis=0)], minlength=n_m).tolist()

    empty, at_floor = [], []
    for a, f in enumerate(eng.acc_floor):
        empty.append(first_months(c[:, a] <= 0))
        at_floor.append(first_months(c[:, a] <= f) if f else [0] * n_m)
    return _band(eng, runs, seed, [line(c[:, a]) for a in range(len(eng.accounts))], empty, at_floor,
                 line(c.sum(axis=1)))


def _band(eng: Drawdown, runs: int, seed: int, lines: list[BandLine], empty: list[list[int]],
          at_floor: list[list[int]], pool: BandLine) -> Band:
    opening = eng.opening()
    credited = {pid for pid, _ in eng.credits}
    bands = []
    for a, acc in enumerate(eng.accounts):
        band = lines[a]
        had = (opening[a] > 0 or (acc.kind == "personal" and acc.person_id in credited)
               or max(band.p90, default=0) > 0)
        bands.append(AccountBand(acc, eng.people_map[acc.person_id].name, eng.acc_floor[a], band,
                                 _cumulative(empty[a]), _cumulative(at_floor[a]), had))
    return Band(eng.months, runs, seed, tuple(bands), pool)


def _line(columns: list[tuple[int, ...]]) -> BandLine:
    """Percentiles of each month's values across the runs."""
    p10, p50, p90 = [], [], []
    for values in columns:
        col = sorted(values)
        p10.append(percentile(col, 10))
        p50.append(percentile(col, 50))
        p90.append(percentile(col, 90))
    return BandLine(tuple(p10), tuple(p50), tuple(p90))


def _cumulative(counts: list[int]) -> tuple[int, ...]:
    out, total = [], 0
    for c in counts:
        total += c
        out.append(total)
    return tuple(out)
