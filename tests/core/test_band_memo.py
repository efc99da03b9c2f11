"""The band's futures through the memoised drawdown equal the same futures with every visit's estimate() and
settle() computed afresh from its own state (issue 18: the memo's keys are clamped to what decides a figure)."""

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.drawdown import Drawdown
from desktop.core.model import BindingTerm, Person, Visit
from desktop.core.montecarlo import futures, simulate
from desktop.core.projection import Event, ProjectionInput, add_months, spending_from_visits
from tests.core.test_projection import CARES, HOSPITALS, PF, SETTINGS, families


class _Forgets(dict):
    """A memo that keeps nothing: each lookup misses, so each visit is estimated and settled from scratch."""

    def get(self, key, default=None):
        return default

    def __setitem__(self, key, value) -> None:
        pass


class _Fresh(Drawdown):
    memo_type = _Forgets


# a few totals, drawn again and again: the same visit meets the deductible and the cap at many points
TOTALS = st.sampled_from((0, 3000, 8000, 12000, 25000, 40000, 150000, 900000)) | st.integers(0, 400000)


@st.composite
def families_with_history(draw):
    inp = draw(families())
    ids = [p.id for p in inp.people]
    history = [Visit(None, draw(st.sampled_from(ids)), add_months(inp.start, -draw(st.integers(1, 12)))
                     + dt.timedelta(days=draw(st.integers(0, 27))), draw(st.sampled_from(CARES)),
                     draw(st.sampled_from(HOSPITALS)), draw(TOTALS), draw(st.booleans()))
               for _ in range(draw(st.integers(0, 30)))]
    return inp, history, draw(st.integers(0, 2**32))


@SETTINGS
@given(families_with_history())
def test_every_future_equals_the_one_settled_without_the_memo(case):
    inp, history, seed = case
    memo, fresh = Drawdown(inp, PF), _Fresh(inp, PF)
    for a, b in zip(futures(memo, history, 40, seed), futures(fresh, history, 40, seed), strict=True):
        cash_a: list[list[int]] = []
        cash_b: list[list[int]] = []
        assert memo.run(a, cash=cash_a) == fresh.run(b, cash=cash_b)
        assert cash_a == cash_b


TY = "140100"
GRANDPA = Person(1, "爷爷", TY, "employee", "retired", "insured", dt.date(1950, 3, 2))
GRANDMA = Person(2, "奶奶", TY, "resident", None, "insured", dt.date(1952, 8, 9))
DAD = Person(3, "爸爸", TY, "employee", "in_service", "insured", dt.date(1978, 5, 20))
MING = Person(5, "小明", TY, "resident", None, "insured", dt.date(2012, 1, 15))
NAN = Person(6, "外婆", TY, "resident", None, "insured", dt.date(1948, 6, 30))
START = dt.date(2025, 7, 1)
# (person, care, hospital, typical total in fen): a yearly deductible filled part-way by repeated totals
HABITS = ((1, "outpatient", "2A", 30000), (1, "outpatient", "3A", 20000), (2, "outpatient", "1", 25000),
          (3, "outpatient", "1", 8000), (5, "outpatient", "1", 6000), (6, "outpatient", "3A", 40000))


def busy_family() -> tuple[ProjectionInput, list[Visit]]:
    rng = random.Random(7)
    visits = []
    for k in range(12):
        month = add_months(START, k - 12)
        for pid, care, hosp, typical in HABITS:
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                visits.append(Visit(None, pid, month.replace(day=rng.randint(1, 28)), care, hosp,
                                    typical * rng.randint(40, 200) // 100))
    reg = dt.datetime(2025, 1, 2, 9)
    inp = ProjectionInput(START, (GRANDPA, GRANDMA, DAD, MING, NAN), balances={1: 800000, 3: 300000},
                          credits={1: 30000, 3: 25000}, spending=spending_from_visits(visits, START),
                          events=(Event(dt.date(2025, 11, 1), 6, "inpatient", "3A", 3000000),),
                          bindings=(BindingTerm(1, 1, 2, "spouse", "active", dt.date(2025, 1, 1), None, 500000, reg),
                                    BindingTerm(2, 3, 5, "child", "active", dt.date(2025, 1, 1), dt.date(2026, 6, 30),
                                                None, reg),
                                    BindingTerm(3, 3, 6, "child", "active", dt.date(2025, 1, 1), None, None, reg)),
                          months=12)
    return inp, visits


def test_a_busy_familys_band_is_the_same_without_the_memo():
    """Deductibles filled part-way by the same totals again and again, a cap and family money running low: 300
    futures, each the same through the memo as settled afresh, and so the band."""
    inp, visits = busy_family()
    memo, fresh = Drawdown(inp, PF), _Fresh(inp, PF)
    for a, b in zip(futures(memo, visits, 300, 1), futures(fresh, visits, 300, 1), strict=True):
        assert memo.run(a) == fresh.run(b)
    assert sum(map(len, memo._est.values())) < 300 * 12  # the memo is used: far fewer estimates than visits
    band = simulate(inp, visits, PF, runs=300, seed=1)
    assert band == simulate(inp, visits, PF, runs=300, seed=1)


# amounts on a coarse grid, so an authorizer's balance above the floor, the room under a cap and the share meet
# exactly again and again: a key that dropped either of the first two would meet a figure it does not own
GRID = st.sampled_from((0, 5000, 10000, 20000, 30000, 60000))
FLOOR = PF(TY).value("binding", "reserve_floor_fen", 0)  # an authorizer keeps this much (F-T10)


@st.composite
def paid_by_family(draw):
    """One or two authorizers paying for a resident (and for each other), caps and what they have above the floor
    close to the shares."""
    mum = Person(1, "妈妈", TY, "employee", "in_service", "insured", dt.date(1980, 11, 1))
    dad = Person(2, "爸爸", TY, "employee", draw(st.sampled_from(("in_service", "retired"))), "insured",
                 dt.date(1960, 5, 20))
    nan = Person(3, "外婆", TY, "resident", None, "insured", dt.date(1948, 6, 30))
    reg = dt.datetime(2025, 1, 2, 9)
    cap = st.none() | GRID | st.integers(0, 80000)
    bindings = [BindingTerm(1, 1, 3, "parent", "active", dt.date(2025, 1, 1), None, draw(cap), reg)]
    if draw(st.booleans()):
        bindings.append(BindingTerm(2, 2, 3, "spouse", "active", dt.date(2025, 1, 1), None, draw(cap),
                                    reg + dt.timedelta(hours=1)))
    if draw(st.booleans()):
        bindings.append(BindingTerm(3, 1, 2, "spouse", "active", dt.date(2025, 1, 1), None, draw(cap),
                                    reg + dt.timedelta(hours=2)))
    totals = GRID | st.integers(0, 90000)
    history = [Visit(None, draw(st.sampled_from((1, 2, 3, 3))), add_months(START, -draw(st.integers(1, 12)))
                     + dt.timedelta(days=draw(st.integers(0, 27))), "outpatient",
                     draw(st.sampled_from(("1", "2A", "3A"))), draw(totals))
               for _ in range(draw(st.integers(1, 40)))]
    ids = (1, 2, 3)
    inp = ProjectionInput(START, (mum, dad, nan),
                          balances={pid: FLOOR + draw(GRID | st.integers(-20000, 100000)) for pid in (1, 2)},
                          wallets={pid: draw(GRID) for pid in ids if draw(st.booleans())},
                          credits={pid: draw(st.sampled_from((0, 5000, 10000, 20000))) for pid in (1, 2)},
                          spending=spending_from_visits(history, START), bindings=tuple(bindings),
                          binding_used={b.id: draw(GRID) for b in bindings if draw(st.booleans())}, months=12)
    return inp, history, draw(st.integers(0, 2**32))


@SETTINGS
@given(paid_by_family())
def test_family_money_near_its_floor_and_cap_is_the_same_without_the_memo(case):
    inp, history, seed = case
    memo, fresh = Drawdown(inp, PF), _Fresh(inp, PF)
    for a, b in zip(futures(memo, history, 40, seed), futures(fresh, history, 40, seed), strict=True):
        cash_a: list[list[int]] = []
        cash_b: list[list[int]] = []
        assert memo.run(a, cash=cash_a) == fresh.run(b, cash=cash_b)
        assert cash_a == cash_b


def _futures_by_choices(eng, history, runs, seed):
    """The futures as drawn before issue 18's speed-up: all of a run's draws from ``choices``, then used in order."""
    profiles = eng.profiles(history)
    options = [[[eng.routine_items(pi, m, eng.lines(pi, m, past)) for past in profiles[pi]] if pi in profiles
                 else [eng.routine_items(pi, m, eng.lines(pi, m))] for pi in range(len(eng.people))]
               for m in range(len(eng.months))]
    choices = random.Random(seed).choices
    for _ in range(runs):
        draws = iter(choices(range(12), k=len(eng.months) * len(profiles)))
        yield [[eng.before[m], *[opts[next(draws)] if len(opts) > 1 else opts[0] for opts in options[m]], eng.after[m]]
               for m in range(len(eng.months))]


@SETTINGS
@given(families_with_history())
def test_the_futures_are_the_ones_random_choices_draws(case):
    """The same seed gives the same futures as ``random.Random(seed).choices`` did (bands stay comparable)."""
    inp, history, seed = case
    eng = Drawdown(inp, PF)
    got = list(futures(eng, history, 30, seed))
    assert got == list(_futures_by_choices(eng, history, 30, seed))
