"""The savings advisor on hand-worked families: every figure below is worked out by hand from the packs."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.advisor import AddBinding, PayPremium, Situation, advise
from desktop.core.model import BindingTerm, Person
from desktop.core.policy import load_default
from desktop.core.projection import ProjectionInput, Spending

REG = load_default()
START = dt.date(2027, 1, 1)
TAIYUAN, WUHAN = "140100", "420100"
LOCAL = (TAIYUAN,)  # these families keep Taiyuan's own rules (one beneficiary at a time, the ¥1,000 floor)


def rules(code: str, day: dt.date):
    return REG.rules_on(code, day, LOCAL)


def sit(people, balances, spending=(), bindings=(), relations=None, protect=100, credits=None, used=None,
        months=12) -> Situation:
    inp = ProjectionInput(START, tuple(people), balances, {}, credits or {}, tuple(spending), (), (), (),
                          tuple(bindings), used or {}, {}, months)
    return Situation(inp, relations or {}, rules, lambda code: rules(code, START), dt.date(2026, 12, 1), protect,
                     policy_on=rules)


def taiyuan_family():
    # the parent buys ¥500 of pharmacy drugs a month; Taiyuan's pack has no table for pharmacy care, so
    # all of it is the parent's share; the parent has no account of their own (resident)
    parent = Person(1, "妈妈", TAIYUAN, "resident", None, "insured", dt.date(1958, 3, 1))
    child = Person(2, "儿子", TAIYUAN, "employee", "in_service", "insured", dt.date(1988, 6, 1))
    return parent, child


def test_taiyuan_child_binding_to_parent_limited_by_the_floor():
    parent, child = taiyuan_family()
    s = sit([parent, child], {2: 300000}, [Spending(1, "pharmacy", "0", 50000, "user")],
            relations={(2, 1): "parent", (1, 2): "child"})
    got = advise(s, runs=20)
    # without: 12 × ¥500 = ¥6,000 in cash. The son's ¥3,000 may be used only above ¥1,000 (F-T10): ¥2,000.
    assert got.base_cash_fen == 600000
    best = got.best
    assert best is not None
    assert [e.step for e in best.steps] == [AddBinding(2, 1, "parent", START, dt.date(2027, 12, 31), 200000)]
    assert best.saving_fen == 200000
    assert best.plan_cash_fen == 400000
    assert best.projection.account(2).months[-1].closing_fen == 100000  # the floor stays
    # the explanation cites the relation (F-T5), one at a time (F-T1), the floor (F-T10), the form (F-T2)
    assert {"F-T5", "F-T1", "F-T10", "F-T2"} <= set(best.sources)
    text = best.steps[0].what.text_zh
    assert "儿子授权妈妈" in text and "¥2,000.00" in text and "2027-01-01" in text and "2027-12-31" in text
    # every future draws the same ¥500 a month (user-set spending): the range is the saving itself
    assert (best.low_fen, best.high_fen) == (200000, 200000)


def test_the_floor_money_still_pays_the_sons_own_drugs():
    parent, child = taiyuan_family()
    # the son himself buys ¥100 of drugs a month (all his own share), paid from his account
    spending = [Spending(1, "pharmacy", "0", 50000, "user"), Spending(2, "pharmacy", "0", 10000, "user")]
    s = sit([parent, child], {2: 300000}, spending, relations={(2, 1): "parent", (1, 2): "child"})
    best = advise(s, runs=10).best
    assert best is not None
    # his mother is settled first each month and may use only what is above ¥1,000 (F-T10):
    # Jan 3,000 → 2,500 → 2,400; Feb → 1,900 → 1,800; Mar → 1,300 → 1,200; Apr she gets 200 → 1,000 → 900;
    # then nothing more for her, and his own ¥100 a month still comes from his account, down to ¥100.
    assert best.saving_fen == 170000
    [step] = [e.step for e in best.steps]
    assert isinstance(step, AddBinding) and step.amount_fen == 170000  # what she will use, not more
    son = next(p for p in best.people if p.person_id == 2)
    assert (son.base_cash_fen, son.plan_cash_fen) == (0, 0)
    assert best.projection.account(2).months[-1].closing_fen == 10000


def test_protecting_the_son_keeps_his_later_bills_his():
    parent, child = taiyuan_family()
    # the son's own ¥600 a month starts in October: ¥1,800 from his ¥3,000
    spending = [Spending(1, "pharmacy", "0", 50000, "user"),
                Spending(2, "pharmacy", "0", 60000, "user", first_month=dt.date(2027, 10, 1))]
    rel = {(2, 1): "parent", (1, 2): "child"}
    kept = advise(sit([parent, child], {2: 300000}, spending, relations=rel), runs=5).best
    assert kept is not None
    # all protected: his mother may use ¥1,200, so ¥1,800 is left for his own bills; he pays no cash
    assert kept.saving_fen == 120000
    assert [p.plan_cash_fen for p in kept.people] == [480000, 0]
    loose = advise(sit([parent, child], {2: 300000}, spending, relations=rel, protect=0), runs=5).best
    assert loose is not None
    # nothing protected: she uses all ¥2,000 above the floor, and he pays ¥800 of his own bills in cash
    assert [p.plan_cash_fen for p in loose.people] == [400000, 80000]
    assert loose.saving_fen == 120000


def test_premium_paid_from_a_sons_account():
    # Wuhan: resident premium ¥400 a year, collected from September (F-R6); the national rules let the
    # son's account pay a bound parent's premium (F-G9)
    mother = Person(1, "妈妈", WUHAN, "resident", None, "insured", dt.date(1955, 1, 1))
    son = Person(2, "儿子", WUHAN, "employee", "in_service", "insured", dt.date(1985, 1, 1))
    s = sit([mother, son], {2: 200000}, relations={(2, 1): "parent", (1, 2): "child"})
    got = advise(s, runs=5)
    assert got.base_cash_fen == 40000  # her 2028 premium, due September 2027, in cash
    best = got.best
    assert best is not None
    steps = [e.step for e in best.steps]
    assert PayPremium(2, 1, dt.date(2027, 9, 1), 2028, None) in steps
    assert any(isinstance(x, AddBinding) and (x.authorizer_id, x.beneficiary_id) == (2, 1) for x in steps)
    assert best.saving_fen == 40000 and best.plan_cash_fen == 0
    sep = best.projection.account(2).months[8]
    assert sep.paid_for_others_fen == 40000
    assert "F-G9" in best.sources
    assert "儿子的个人账户为妈妈缴纳2028年" in next(e for e in best.steps if e.step.kind == "pay_premium").what.text_zh


def test_one_at_a_time_needs_the_old_binding_ended():
    # the son's binding to his father (who needs nothing) blocks one to his mother (F-T1)
    father = Person(3, "爸爸", TAIYUAN, "resident", None, "insured", dt.date(1957, 1, 1))
    parent, child = taiyuan_family()
    old = BindingTerm(9, 2, 3, "parent", "active", dt.date(2026, 6, 1), dt.date(2027, 5, 31), 100000,
                      dt.datetime(2026, 6, 1, 9))
    s = sit([parent, child, father], {2: 300000}, [Spending(1, "pharmacy", "0", 50000, "user")], [old],
            relations={(2, 1): "parent", (2, 3): "parent", (1, 2): "child", (3, 2): "child", (1, 3): "spouse",
                       (3, 1): "spouse"})
    best = advise(s, runs=5).best
    assert best is not None
    kinds = sorted(e.step.kind for e in best.steps)
    # either end the father's binding first, or start the mother's after it ends (2027-06-01)
    assert kinds in (["add_binding", "end_binding"], ["add_binding"])
    add = next(e.step for e in best.steps if isinstance(e.step, AddBinding))
    if kinds == ["add_binding"]:
        assert add.start == dt.date(2027, 6, 1)
    assert best.saving_fen == 200000


def test_counted_months_beyond_the_input_are_refused():
    parent, child = taiyuan_family()
    base = sit([parent, child], {2: 300000}).base
    with pytest.raises(ValueError):
        Situation(base, {}, REG.rules_on, REG.resolve_insured_place, dt.date(2026, 12, 1), months=13)
    with pytest.raises(ValueError):
        Situation(base, {}, REG.rules_on, REG.resolve_insured_place, dt.date(2026, 12, 1), protect_pct=101)
