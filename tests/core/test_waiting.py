"""Waiting periods of resident insurance (F-N13 national, F-R5 Xiangyang), figures worked by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.core.model import Person, Visit
from desktop.core.policy import load_default
from desktop.core.reimbursement import estimate
from desktop.core.waiting import add_months, waiting_period

REG = load_default()
XIANGYANG = REG.get("420600")  # resident outpatient at a level-1 hospital: 50%, no deductible (F-R5)
WUHAN = REG.get("420100")  # sets none of its own: the national F-N13 values apply


def resident(enrolled_on=None, in_collection=None, gap=0, birth=dt.date(1960, 5, 1), region="420600"):
    return Person(1, "李秀英", region, "resident", None, "insured", birth, enrolled_on, in_collection, gap)


def visit(day: dt.date, total_fen: int = 30000) -> Visit:
    return Visit(None, 1, day, "outpatient", "1", total_fen)


def test_a_late_enrollee_waits_three_months_and_the_fund_pays_nil_inside():
    p = resident(dt.date(2026, 2, 10), in_collection=False)
    w = waiting_period(p, XIANGYANG)
    assert (w.starts_on, w.months, w.reason) == (dt.date(2026, 5, 10), 3, "outside_collection")
    inside = estimate(visit(dt.date(2026, 5, 9)), p, XIANGYANG)
    assert (inside.fund_fen, inside.personal_fen, inside.known) == (0, 30000, True)
    (step,) = inside.steps
    assert step.code == "waiting_period" and step.sources == ("F-R5", "F-N13")
    assert step.text_zh == ("李秀英在集中缴费期外参保，居民医保有 3 个月的待遇等待期：2026-02-10 参保缴费，2026-05-10 "
                            "起才享受待遇。这次就诊在等待期内，统筹基金不支付（¥0），¥300.00 全部由个人负担（账户或现金）。")
    after = estimate(visit(dt.date(2026, 5, 10)), p, XIANGYANG)  # the first day of benefits: 50% of ¥300
    assert (after.fund_fen, after.personal_fen) == (15000, 15000)
    assert after.benefit["ratio"] == Decimal("0.50")


def test_paid_in_the_collection_period_or_not_recorded_means_no_waiting():
    assert waiting_period(resident(dt.date(2025, 11, 1), in_collection=True), XIANGYANG) is None
    assert waiting_period(resident(dt.date(2026, 2, 10), in_collection=None), XIANGYANG) is None
    assert waiting_period(resident(None, in_collection=False), XIANGYANG) is None
    assert estimate(visit(dt.date(2026, 2, 11)), resident(dt.date(2026, 2, 10), True), XIANGYANG).fund_fen == 15000


def test_each_further_year_of_gap_adds_a_month_f_n13():
    # a gap of 1 year: the fixed 3 months; of 3 years: 3 + 2 × 1 = 5 months (national values in Wuhan)
    one = waiting_period(resident(dt.date(2026, 1, 15), in_collection=True, gap=1, region="420100"), WUHAN)
    assert (one.months, one.starts_on, one.reason, one.sources) == (3, dt.date(2026, 4, 15), "gap", ("F-N13",))
    three = waiting_period(resident(dt.date(2026, 1, 15), gap=3, region="420100"), WUHAN)
    assert (three.months, three.starts_on) == (5, dt.date(2026, 6, 15))
    assert three.sources == ("F-N13",)
    zh = estimate(visit(dt.date(2026, 6, 14)), resident(dt.date(2026, 1, 15), gap=3, region="420100"), WUHAN)
    assert zh.fund_fen == 0 and "断保 3 年后重新参保" in zh.steps[0].text_zh


def test_a_newborn_enrolled_before_the_first_birthday_does_not_wait():
    baby = resident(dt.date(2026, 3, 1), in_collection=False, birth=dt.date(2025, 12, 20))
    assert waiting_period(baby, XIANGYANG) is None
    toddler = resident(dt.date(2026, 3, 1), in_collection=False, birth=dt.date(2025, 2, 28))
    assert waiting_period(toddler, XIANGYANG).starts_on == dt.date(2026, 6, 1)


def test_employees_never_wait():
    worker = Person(1, "王建国", "420600", "employee", "in_service", "insured", None, dt.date(2026, 2, 10), False, 2)
    assert waiting_period(worker, XIANGYANG) is None


def test_benefits_start_on_the_same_day_or_the_months_last_day():
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2025, 10, 31), 3) == dt.date(2026, 1, 31)
