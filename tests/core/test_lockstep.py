"""The band's futures run side by side (``core/lockstep.py``, issue 18) close every month exactly as
:meth:`Drawdown.run` closes each of them one by one — with every visit in, those of people whose visits move no
balance included — and the band built from them is the one the one-by-one path builds."""

import dataclasses
import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import lockstep
from desktop.core.drawdown import Drawdown
from desktop.core.model import Person, Visit
from desktop.core.montecarlo import Stopped, futures, options, simulate
from desktop.core.policy import load_default
from desktop.core.projection import (
    HISTORY_MONTHS,
    ProjectionInput,
    QuotaPlan,
    add_months,
    spending_from_visits,
)
from tests.core.test_band_memo import busy_family, families_with_history, paid_by_family
from tests.core.test_projection import PF, SETTINGS

REG = load_default()


def _dated(code: str, day: dt.date):
    return REG.rules_on(code, day)


def _side_by_side(inp, history, runs, seed, policy_on=None) -> np.ndarray:
    eng = Drawdown(inp, PF, policy_on)
    opts = options(eng, history, balances_only=True)
    n_drawn = sum(1 for _o, drawn in opts[0] if drawn)
    return lockstep.closings(eng, opts, lockstep.draws(seed, runs, len(eng.months), n_drawn, HISTORY_MONTHS))


def _one_by_one(inp, history, runs, seed, policy_on=None) -> list:
    """Each future through ``run``, every person's visits in (none left out)."""
    eng = Drawdown(inp, PF, policy_on)
    return [eng.run(f) for f in futures(eng, history, runs, seed)]


def _assert_same(inp, history, runs, seed, policy_on=None) -> None:
    side = _side_by_side(inp, history, runs, seed, policy_on)
    for r, closings in enumerate(_one_by_one(inp, history, runs, seed, policy_on)):
        assert side[:, :, r].tolist() == closings, f"future {r}"


def test_the_draws_are_pythons_own():
    """NumPy's Mersenne Twister from Python's state gives ⌊random() · 12⌋ in the same order as ``futures``."""
    for seed in (0, 1, 7, 2**32 - 1, 123456789012):
        rnd = random.Random(seed).random
        expected = [int(rnd() * 12.0) for _ in range(3 * 5 * 4)]
        assert lockstep.draws(seed, 3, 5, 4, 12).reshape(-1).tolist() == expected


@SETTINGS
@given(families_with_history())
def test_random_families_close_every_month_as_one_by_one(case):
    inp, history, seed = case
    _assert_same(inp, history, 30, seed)


@SETTINGS
@given(families_with_history())
def test_random_families_under_each_days_rules_close_as_one_by_one(case):
    inp, history, seed = case
    _assert_same(inp, history, 20, seed, _dated)


@SETTINGS
@given(paid_by_family())
def test_family_money_near_its_floor_and_cap_closes_as_one_by_one(case):
    inp, history, seed = case
    _assert_same(inp, history, 40, seed)


def test_a_busy_family_closes_as_one_by_one_and_gives_the_same_band():
    inp, visits = busy_family()
    _assert_same(inp, visits, 300, 3)
    assert simulate(inp, visits, PF, runs=300, seed=3) == simulate(inp, visits, PF, runs=300, seed=3,
                                                                   side_by_side=False)


@SETTINGS
@given(families_with_history())
def test_the_band_is_the_one_of_the_one_by_one_path(case):
    inp, history, seed = case
    assert simulate(inp, history, PF, runs=25, seed=seed) == simulate(inp, history, PF, runs=25, seed=seed,
                                                                      side_by_side=False)


def test_a_child_without_account_or_binding_is_left_out_but_the_others_draws_stay():
    """小红 has no account, no wallet and nobody pays for her: her visits are not run for the band, yet her draws
    are made, so the others' futures (and every figure) are those of the full run."""
    ty = "140100"
    mum = Person(1, "妈妈", ty, "employee", "in_service", "insured", dt.date(1980, 1, 1))
    kid = Person(2, "小红", ty, "resident", None, "insured", dt.date(2016, 9, 9))
    start = dt.date(2025, 7, 1)
    rng = random.Random(5)
    history = [Visit(None, pid, dt.date(2025, 1 + k % 6, 3), "outpatient", "1", rng.randint(1000, 90000))
               for k in range(24) for pid in (1, 2)]
    inp = ProjectionInput(start, (mum, kid), balances={1: 200000}, credits={1: 10000},
                          spending=spending_from_visits(history, start), months=12)
    eng = Drawdown(inp, PF)
    assert eng.inert(1) and not eng.inert(0)
    opts = options(eng, history, balances_only=True)
    assert all(opts[m][1] == ([[] for _ in range(HISTORY_MONTHS)], True) for m in range(12))
    assert any(items for m in range(12) for items in options(eng, history)[m][1][0])  # she does have visits
    _assert_same(inp, history, 100, 9)


def test_a_standing_quota_closes_as_one_by_one():
    """Grandpa has set ¥500 aside for grandma (F-N11): her visits draw on it one future at a time, the rest side by
    side, and every month closes as ``run`` closes it."""
    inp, visits = busy_family()
    inp = dataclasses.replace(inp, quotas=(QuotaPlan(1, 1, 2, 50000, 50000, None, None),))
    eng = Drawdown(inp, PF)
    assert lockstep.supported(eng) and eng.q_of[1]
    _assert_same(inp, visits, 120, 1)
    assert simulate(inp, visits, PF, runs=50, seed=1) == simulate(inp, visits, PF, runs=50, seed=1,
                                                                  side_by_side=False)


@st.composite
def families_with_quotas(draw):
    inp, history, seed = draw(families_with_history())
    ids = [p.id for p in inp.people]
    quotas = []
    for qid in range(1, draw(st.integers(0, 3)) + 1):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a == b:
            continue
        amount = draw(st.integers(1, 300000))
        ends = draw(st.none() | st.just(add_months(inp.start, draw(st.integers(0, inp.months)))
                                        + dt.timedelta(days=draw(st.integers(0, 27)))))
        why = draw(st.none() | st.sampled_from(((a, "moved"), (b, "ended"))))
        quotas.append(QuotaPlan(qid, a, b, amount, draw(st.integers(0, amount)), ends, why if ends else None))
    balances = dict(inp.balances)
    for q in quotas:
        balances.setdefault(q.payer_id, draw(st.integers(0, 300000)))
    return dataclasses.replace(inp, quotas=tuple(quotas), balances=balances), history, seed


@SETTINGS
@given(families_with_quotas())
def test_quotas_that_stand_are_drawn_and_end_close_as_one_by_one(case):
    inp, history, seed = case
    _assert_same(inp, history, 20, seed)


@SETTINGS
@given(families_with_quotas())
def test_quotas_under_each_days_rules_close_as_one_by_one(case):
    """Under the dated rules a planned wallet transfer from 2026-01-09 on becomes a quota set that month."""
    inp, history, seed = case
    inp = dataclasses.replace(inp, start=dt.date(2026, 1, 1))
    _assert_same(inp, history, 15, seed, _dated)


@pytest.mark.parametrize("runs", [1, 2, 999])
def test_any_number_of_runs(runs):
    inp, visits = busy_family()
    _assert_same(inp, visits, runs, 11)
    assert simulate(inp, visits, PF, runs=runs, seed=2) == simulate(inp, visits, PF, runs=runs, seed=2,
                                                                    side_by_side=False)


def test_the_miss_functions_are_the_ones_run_uses():
    """A wrong key would be caught above; here, that a memo filled side by side serves ``run`` unchanged."""
    inp, visits = busy_family()
    eng = Drawdown(inp, PF)
    opts = options(eng, visits)
    lockstep.closings(eng, opts, lockstep.draws(4, 200, 12, 5, 12))
    fresh = Drawdown(inp, PF)
    for a, b in zip(futures(eng, visits, 50, 4), futures(fresh, visits, 50, 4), strict=True):
        assert eng.run(a) == fresh.run(b)


def test_no_person_drawn():
    inp, visits = busy_family()
    inp = dataclasses.replace(inp, spending=tuple(dataclasses.replace(s, origin="user") for s in inp.spending))
    _assert_same(inp, visits, 20, 1)


def test_the_months_are_reported_and_a_stop_is_heard():
    inp, visits = busy_family()
    eng = Drawdown(inp, PF)
    opts = options(eng, visits, balances_only=True)
    seen: list[int] = []
    assert lockstep.closings(eng, opts, lockstep.draws(1, 10, 12, 5, 12), lambda k: seen.append(k) or k < 4) is None
    assert seen == [1, 2, 3, 4]
    with pytest.raises(Stopped):
        simulate(inp, visits, PF, runs=100, seed=1, progress=lambda done, runs: done < 30)


def test_a_total_too_large_for_int64_keys_runs_one_by_one():
    """A ¥50,000,000 event (a typing slip): its estimate key would pass int64, so the band runs one future at a
    time in Python's ints — and still gives the figures of the one-by-one path."""
    from desktop.core.projection import Event

    inp, visits = busy_family()
    eng = Drawdown(inp, PF)
    assert lockstep.fits(eng, options(eng, visits))
    huge = dataclasses.replace(inp, events=(Event(dt.date(2025, 12, 1), 6, "inpatient", "3A", 5_000_000_000),))
    eng = Drawdown(huge, PF)
    assert lockstep.supported(eng) and not lockstep.fits(eng, options(eng, visits))
    band = simulate(huge, visits, PF, runs=30, seed=2)
    assert band == simulate(huge, visits, PF, runs=30, seed=2, side_by_side=False)
    assert band.account(1) is not None
