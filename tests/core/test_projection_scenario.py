"""What-if scenarios: each change does what it says, nothing else moves, and the comparison says so in words.

Baseline (hand-computed in test_projection.py): Mum (Taiyuan resident, level-1 outpatient ¥500 a month,
F-T14) draws on Dad's account above the ¥1,000 floor (F-T10); Dad has ¥1,500 and a ¥200 credit.
Mum's cash is 0, 0, 100, 48, 252, 300 (¥700 in all); Dad reaches the floor in December 2025.
A Shanghai cousin with his own account is independent of both.
"""

import dataclasses
import datetime as dt

import pytest

from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person
from desktop.core.policy import load_default
from desktop.core.projection import Event, ProjectionError, ProjectionInput, Spending
from desktop.core.scenario import (
    AddEvent,
    MoveMoney,
    Scenario,
    SetCredit,
    SetSpending,
    StopBinding,
    compare,
)

PF = load_default().resolve_insured_place
OCT = dt.date(2025, 10, 1)
MUM = Person(1, "妈妈", "140100", "resident", None, "insured", dt.date(1955, 1, 1))
DAD = Person(2, "爸爸", "140100", "employee", "in_service", "insured", dt.date(1985, 1, 1))
COUSIN = Person(3, "表哥", "310000", "employee", "in_service", "insured", dt.date(1990, 1, 1))
BASE = ProjectionInput(
    OCT, (MUM, DAD, COUSIN), balances={2: 150000, 3: 50000}, credits={2: 20000, 3: 10000},
    spending=(Spending(1, "outpatient", "1", 50000), Spending(3, "pharmacy", "0", 12000)),
    bindings=(BindingTerm(1, 2, 1, "parent", "active", dt.date(2025, 1, 1), dt.date(2026, 12, 31), None,
                          dt.datetime(2025, 1, 1, 8)),), months=6)


def closings(p, pid, kind="personal"):
    return [m.closing_fen for m in p.account(pid, kind).months]


def cash(p, pid):
    return [m.out_of_pocket_fen for m in p.person(pid).months]


def test_baseline_is_the_hand_computed_one():
    p = project(BASE, PF)
    assert closings(p, 2) == [145200, 120000, 100000, 100000, 100000, 100000]
    assert cash(p, 1) == [0, 0, 10000, 4800, 25200, 30000]


def test_an_operation_costs_mum_its_personal_share_and_brings_dad_to_the_floor_sooner():
    """Inpatient at level 2 in October, ¥5,000 (F-T17: deductible ¥300, 60 %) → share ¥2,180, after her
    routine visit. Dad has ¥452 above the floor left: he reaches ¥1,000 in October instead of December, and
    Mum pays ¥2,180 more in cash in all (Dad's money only moves earlier)."""
    scen = Scenario(("住院手术", "operation"), (AddEvent(Event(OCT, 1, "inpatient", "2A", 500000, "手术", day=20)),))
    c = compare(BASE, scen, PF)
    alt = c.scenario
    assert closings(alt, 2) == [100000] * 6
    assert cash(alt, 1) == [172800, 25200, 30000, 4800, 25200, 30000]
    mum = next(x for x in c.people if x.person_id == 1)
    assert (mum.base_cash_fen, mum.alt_cash_fen, mum.extra_cash_fen) == (70000, 288000, 218000)
    assert (mum.base_first_cash, mum.alt_first_cash) == (dt.date(2025, 12, 1), OCT)
    dad = next(a for a in c.accounts if a.account == (2, "personal"))
    assert (dad.base_floor, dad.alt_floor) == (dt.date(2025, 12, 1), OCT)
    assert c.extra_cash_fen == 218000
    # nothing else moves: the cousin's account and cash are identical
    assert c.baseline.account(3) == alt.account(3) and c.baseline.person(3) == alt.person(3)
    texts = [r.text_zh for r in c.sentences()]
    assert "爸爸的账户降到必须保留的 ¥1,000.00 的时间：原计划2025年12月，这个方案2025年10月。" in texts
    assert "妈妈在这个方案里要多自付 ¥2,180.00（共 ¥2,880.00，原计划 ¥700.00）。" in texts
    assert all(r.text_en for r in c.sentences())


def test_a_later_event_leaves_the_earlier_months_alone():
    scen = Scenario(("", ""), (AddEvent(Event(dt.date(2026, 2, 1), 1, "inpatient", "3A", 900000)),))
    c = compare(BASE, scen, PF)
    for base_acc, alt_acc in zip(c.baseline.accounts, c.scenario.accounts, strict=True):
        assert base_acc.months[:4] == alt_acc.months[:4]
    assert c.baseline.person(1).months[:4] == c.scenario.person(1).months[:4]
    assert c.baseline.person(1).months[4] != c.scenario.person(1).months[4]


def test_stopping_the_binding_in_december():
    """From December Dad's account no longer pays: Mum pays 500, 248, 452, 500; Dad keeps his credits."""
    c = compare(BASE, Scenario(("停止共济", "stop sharing"), (StopBinding(1, dt.date(2025, 12, 1)),)), PF)
    assert cash(c.scenario, 1) == [0, 0, 50000, 24800, 45200, 50000]
    assert closings(c.scenario, 2) == [145200, 120000, 140000, 160000, 180000, 200000]
    assert c.people[0].extra_cash_fen == 100000
    assert c.scenario.input.bindings[0].end == dt.date(2025, 11, 30)
    assert BASE.bindings[0].end == dt.date(2026, 12, 31)  # the baseline is untouched
    dad = next(a for a in c.accounts if a.account == (2, "personal"))
    assert (dad.base_floor, dad.alt_floor) == (dt.date(2025, 12, 1), None)
    assert any("预测期内不会" in r.text_zh for r in c.sentences())


def test_changing_a_monthly_spend_and_a_credit():
    c = compare(BASE, Scenario(("", ""), (SetSpending(1, "outpatient", 0), SetCredit(2, 30000))), PF)
    assert cash(c.scenario, 1) == [0] * 6
    assert closings(c.scenario, 2) == [180000 + 30000 * k for k in range(6)]
    assert c.people[0].extra_cash_fen == -70000
    assert "妈妈在这个方案里少自付 ¥700.00（共 ¥0.00，原计划 ¥700.00）。" in [r.text_zh for r in c.sentences()]
    # a new amount keeps the hospital class of the line it replaces
    inp = Scenario(("", ""), (SetSpending(1, "outpatient", 30000),)).apply(BASE)
    assert Spending(1, "outpatient", "1", 30000, "user") in inp.spending
    assert Spending(1, "outpatient", "1", 50000) not in inp.spending


def test_moving_money_by_wallet_in_october():
    """Dad sends ¥300 to Mum's wallet (the floor does not limit a transfer): her October share comes from the
    wallet, November's ¥52 wallet rest + ¥400 family; from December on everything is as in the baseline."""
    c = compare(BASE, Scenario(("", ""), (MoveMoney(OCT, 2, 1, 30000),)), PF)
    assert closings(c.scenario, 2) == [140000, 120000, 100000, 100000, 100000, 100000]
    assert closings(c.scenario, 1, "wallet") == [5200, 0, 0, 0, 0, 0]
    assert [m.wallet_fen for m in c.scenario.person(1).months] == [24800, 5200, 0, 0, 0, 0]
    assert cash(c.scenario, 1) == cash(c.baseline, 1)
    assert c.extra_cash_fen == 0


def test_no_change_says_so():
    c = compare(BASE, Scenario(("", ""), ()), PF)
    assert [r.code for r in c.sentences()] == ["proj_cmp_same"]
    assert c.baseline == c.scenario


def test_unknown_people_and_bindings_are_refused():
    with pytest.raises(ProjectionError):
        Scenario(("", ""), (StopBinding(99, OCT),)).apply(BASE)
    with pytest.raises(ProjectionError):
        Scenario(("", ""), (MoveMoney(OCT, 2, 42, 100),)).apply(BASE)
    with pytest.raises(ProjectionError):
        Scenario(("", ""), (SetCredit(42, 100),)).apply(BASE)
    assert dataclasses.replace(BASE) == BASE
