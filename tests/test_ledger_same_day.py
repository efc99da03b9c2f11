"""Events in time (issue 12): a balance typed today counts from the moment it is typed, and every screen
takes the same "usable now" figure from the core ledger.

Taiyuan: the son (employee) authorizes his father; only the part of the son's account above ¥1,000 may be
used (F-T10), within the authorized amount (F-T2); own account first, then family (F-G6, F-T4). The fund's
share is given from the receipt (``fund_actual_fen=0``) so the figures below are the personal share.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook

DAY = dt.date(2026, 3, 2)


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def set(self, hh: int, mm: int) -> None:
        self.at = self.at.replace(hour=hh, minute=mm)


@pytest.fixture
def fam(tmp_path):
    clock = Clock(dt.datetime.combine(DAY, dt.time(8, 0)))
    book = FamilyBook.open(tmp_path / "data", clock=clock)
    father = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8)).id
    son = book.add_member("王磊", "140100", "employee", head_relation="child", birth_date=dt.date(1993, 11, 2)).id
    yield book, clock, father, son
    book.close()


def _lines(out):
    return [(ln.source, ln.account_id, ln.amount_fen) for ln in out.settlement.lines]


def _usable(book, member_id):
    return next(b for b in book.balances() if b.member_id == member_id)


def test_the_reported_case_pays_from_the_sons_account_and_every_screen_agrees(fam):
    book, clock, father, son = fam
    clock.set(9, 0)
    book.propose_binding(son, father, start=DAY, end=dt.date(2026, 12, 31), amount_cap_fen=200000, status="active")
    clock.set(9, 30)
    book.record_statement(son, DAY, 350000)  # typed this morning, from the official app
    clock.set(9, 40)
    # Home: the father may use ¥2,000 of family money now (3,500 − 1,000 floor = 2,500, capped at 2,000)
    assert _usable(book, father).usable_fen == 200000
    # the visit form's preview, the transfer check and the planner see the same ¥3,500 now
    preview = book.preview_visit(father, DAY, "inpatient", "3", 2500000, fund_actual_fen=0)
    assert _lines(preview) == [("family", son, 200000), ("cash", None, 2300000)]
    verdict = book.check_transfer(son, father, 200000)
    assert verdict.allowed, [r.text_en for r in verdict.reasons]
    assert not book.check_transfer(son, father, 200000 + 350001).allowed  # more than the ¥3,500 there
    out = book.record_visit(father, DAY, "inpatient", "3", 2500000, fund_actual_fen=0)
    assert _lines(out) == [("family", son, 200000), ("cash", None, 2300000)]
    family_line = out.settlement.lines[0]
    assert family_line.reason.args["balance_fen"] == 350000  # the explanation works from this morning's ¥3,500
    assert "¥2,000.00" in family_line.text_en and "¥2,000.00" in family_line.text_zh
    after = {b.member_id: b for b in book.balances()}
    assert after[son].personal_fen == 150000
    assert after[father].usable_fen == 0  # the authorization is used up


def test_worked_day_typed_at_0930_visits_at_1000_and_1030_typed_again_at_1100(fam):
    """By hand, cap ¥3,000, floor ¥1,000:
    09:30 son's balance ¥3,500.
    10:00 father's ¥1,000: family ¥1,000 (son 3,500 → 2,500; authorization used 1,000).
    10:30 father's ¥1,500: above the floor 1,500, cap left 2,000 → family ¥1,500 (son → 1,000).
    11:00 son's balance typed again: ¥4,000 (a credit came in). The earlier visits are in it and keep their lines.
    11:30 father's ¥800: above the floor 3,000, cap left 500 → family ¥500, cash ¥300 (son → 3,500).
    """
    book, clock, father, son = fam
    clock.set(9, 0)
    book.propose_binding(son, father, start=DAY, end=dt.date(2026, 12, 31), amount_cap_fen=300000, status="active")
    clock.set(9, 30)
    book.record_statement(son, DAY, 350000)
    clock.set(10, 0)
    v1 = book.record_visit(father, DAY, "outpatient", "3", 100000, fund_actual_fen=0)
    clock.set(10, 30)
    v2 = book.record_visit(father, DAY, "outpatient", "3", 150000, fund_actual_fen=0)
    assert _lines(v1) == [("family", son, 100000)]
    assert _lines(v2) == [("family", son, 150000)]
    assert _usable(book, son).personal_fen == 100000
    clock.set(11, 0)
    book.record_statement(son, DAY, 400000)
    assert _usable(book, son).personal_fen == 400000
    # typed after the two visits: they are taken as included in it and keep their payer lines
    assert [(ln.source, ln.payer_id, ln.amount_fen) for ln in book.visit(v1.visit_id).lines] == [
        ("family", son, 100000)]
    assert [(ln.source, ln.payer_id, ln.amount_fen) for ln in book.visit(v2.visit_id).lines] == [
        ("family", son, 150000)]
    clock.set(11, 30)
    v3 = book.record_visit(father, DAY, "outpatient", "3", 80000, fund_actual_fen=0)
    assert _lines(v3) == [("family", son, 50000), ("cash", None, 30000)]
    assert _usable(book, son).personal_fen == 350000
    assert _usable(book, father).usable_fen == 0


def test_a_statement_for_a_past_date_is_the_end_of_that_day(fam):
    """Yesterday's balance typed today without a time: yesterday's visits are already in it."""
    book, clock, father, son = fam
    yesterday = DAY - dt.timedelta(days=1)
    book.propose_binding(son, father, start=yesterday, end=dt.date(2026, 12, 31), amount_cap_fen=300000, status="active")
    v = book.record_visit(father, yesterday, "outpatient", "3", 100000, fund_actual_fen=0)
    assert _lines(v) == [("cash", None, 100000)]  # nothing was known of the son's money then
    clock.set(9, 30)
    st = book.record_statement(son, yesterday, 350000)
    assert st.on_time is None
    # the statement closes yesterday: the visit stays as it was, the balance starts from ¥3,500
    assert [ln.source for ln in book.visit(v.visit_id).lines] == ["cash"]
    assert _usable(book, son).personal_fen == 350000


def test_a_statement_typed_today_gets_the_time_it_was_typed(fam):
    book, clock, father, son = fam
    clock.set(9, 30)
    st = book.record_statement(son, DAY, 350000)
    assert st.on_time == dt.time(9, 30)
    given = book.record_statement(son, DAY, 360000, on_time=dt.time(7, 15))
    assert given.on_time == dt.time(7, 15)
    # the 09:30 figure is the latest one at the end of the day, whatever order they were typed in
    assert _usable(book, son).personal_fen == 350000


def test_a_visit_given_a_time_before_the_statement_is_included_in_it(fam):
    """A visit at 08:00 recorded after the 09:30 balance was typed: the official balance already has it."""
    book, clock, father, son = fam
    book.propose_binding(son, father, start=DAY, end=dt.date(2026, 12, 31), amount_cap_fen=300000, status="active")
    clock.set(9, 30)
    book.record_statement(son, DAY, 350000)
    clock.set(12, 0)
    v = book.record_visit(father, DAY, "outpatient", "3", 100000, fund_actual_fen=0, on_time=dt.time(8, 0))
    assert _lines(v) == [("cash", None, 100000)]  # before 09:30 the son's money was not known
    assert _usable(book, son).personal_fen == 350000
