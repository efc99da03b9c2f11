"""Planned premium payments (F-G9, F-N10): "Start this" on the advisor's premium step stores one in the book,
the projection follows it (the payer's account pays it in its month; the relative pays no cash), and it is
undone like any planned item."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.book import FamilyBook, Refused
from desktop.core.advisor import AddBinding, PayPremium
from desktop.store import paths

NOW = dt.datetime(2026, 12, 2, 10, 0)
TAIYUAN, WUHAN = "140100", "420100"


@pytest.fixture
def family(tmp_path):
    # 儿子 (Taiyuan employee, ¥5,000, ¥100 a month) and 妈妈 (Wuhan resident, not bound). Wuhan collects resident
    # premiums from September (F-R6; ¥400, the 2025 figure, the only one the pack has): due September 2027 for
    # 2028, paid in cash unless a bound family account pays it (F-G9, F-N10).
    book = FamilyBook.open(tmp_path, clock=lambda: NOW, daily_backup=False)
    son = book.add_member("儿子", TAIYUAN, "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", WUHAN, "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    book.record_statement(son, NOW.date(), 500000, monthly_credit_fen=10000)
    yield book, son, mum, tmp_path
    book.close()


def _premium_plan(advice):
    return next(p for p in advice.plans if any(isinstance(e.step, PayPremium) for e in p.steps))


def test_start_this_stores_the_premium_and_the_projection_follows_it(family):
    book, son, mum, tmp = family
    advice = book.advise(12, runs=5)
    plan = _premium_plan(advice)
    step = next(e.step for e in plan.steps if isinstance(e.step, PayPremium))
    bind = next(e.step for e in plan.steps if isinstance(e.step, AddBinding))
    assert (step.payer_id, step.person_id, step.month, step.coverage_year) == (son, mum, dt.date(2027, 9, 1), 2028)
    assert plan.premium_fen(step) == 40000
    view, undo = book.undoable("plan_advice_premium", step, plan.premium_fen(step), channel_id="local_app_premium")
    assert (view.payer_name, view.person_name, view.amount_fen, view.coverage_year, view.on_date) == (
        "儿子", "妈妈", 40000, 2028, dt.date(2027, 9, 1))
    con = sqlite3.connect(paths.db_path(tmp))
    assert con.execute("SELECT payer_id, person_id, amount_fen, coverage_year, on_date, channel_id "
                       "FROM planned_premiums").fetchall() == [(son, mum, 40000, 2028, "2027-09-01", "local_app_premium")]
    con.close()
    # not bound yet: the projection says so and she still pays it in cash (F-G9 needs the binding)
    p = book.project(months=12)
    sep = [m.month for m in p.person(mum).months].index(dt.date(2027, 9, 1))
    assert p.person(mum).months[sep].premium_cash_fen == 40000
    assert "proj_premium_not_bound" in [n.code for n in p.notes]
    # the family does the binding the plan names: now his account pays it in September and she pays nothing
    book.propose_binding(son, mum, relation=bind.relation, start=bind.start, end=bind.end,
                         amount_cap_fen=bind.amount_fen, status="active", registered_at=NOW)
    p = book.project(months=12)
    assert p.person(mum).months[sep].premium_cash_fen == 0
    assert p.person(mum).months[sep].premium_by_others_fen == 40000
    assert p.account(son).months[sep].paid_for_others_fen == 40000
    assert p.account(son).months[sep].closing_fen == p.account(son).months[sep - 1].closing_fen + 10000 - 40000
    assert sum(x.cash_fen for x in p.people) == plan.plan_cash_fen  # what the advisor promised, to the fen
    # the advisor does not propose it again
    again = book.advise(12, runs=5)
    assert not any(isinstance(e.step, PayPremium) for q in again.plans for e in q.steps)
    with pytest.raises(Refused) as e:
        book.plan_advice_premium(step, 40000)
    assert e.value.codes == ("premium_planned_twice",)
    # planned: paid once, the stated ¥400; the book's own plan for the bound relative (yearly, the pack's figure)
    # moves to the year after, outside these 12 months
    assert [(pr.amount_fen, pr.yearly) for pr in book.projection_input(months=12).premiums] == [(40000, False)]
    # undone like any planned item: the book's own plan for a bound relative is back in its place
    book.undo(undo)
    assert book.planned_premiums() == []
    assert [(pr.payer_id, pr.month, pr.amount_fen, pr.yearly) for pr in book.projection_input(months=12).premiums] == [
        (son, dt.date(2027, 9, 1), None, True)]
    book.redo(undo)
    assert [v.amount_fen for v in book.planned_premiums()] == [40000]


def test_refused_where_the_rules_or_the_people_do_not_allow_it(family):
    book, son, mum, _tmp = family
    day = dt.date(2027, 9, 1)
    assert book.check_premium_payment(son, mum, 40000, 2028, day) == []
    assert [p.code for p in book.check_premium_payment(mum, son, 40000, 2028, day)] == [
        "premium_not_resident", "premium_payer_insurance"]
    assert [p.code for p in book.check_premium_payment(son, mum, 0, 2028, day)] == ["premium_not_positive"]
    assert [p.code for p in book.check_premium_payment(son, mum, None, 2028, day)] == ["premium_amount_unknown"]
    assert [p.code for p in book.check_premium_payment(son, son, 1, 2028, day)] == ["premium_same_person"]
    with pytest.raises(Refused):  # a member with a planned premium cannot be removed behind its back
        book.plan_premium_payment(son, mum, 40000, 2028, day)
        book.remove_member(mum)
    assert [p.person_id for p in book.planned_premiums()] == [mum]
