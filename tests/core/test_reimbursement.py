"""Reimbursement estimates: hand-computed examples from the Taiyuan tables (F-T14..F-T17) and properties."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import reimbursement
from desktop.core.model import Person, Visit
from desktop.core.money import apply_ratio
from desktop.core.policy import Pack, RegionPolicy, Row, load_default, load_packs, packs_dir
from desktop.core.reimbursement import YearUsage, estimate

REG = load_default()
TAIYUAN = REG.get("140100")
SHANGHAI = REG.get("310000")

RESIDENT = Person(1, "奶奶", "140100", "resident", None, "insured", dt.date(1950, 6, 15))
WORKER = Person(2, "爸爸", "140100", "employee", "in_service", "insured", dt.date(1980, 1, 1))
RETIREE = Person(3, "爷爷", "140100", "employee", "retired", "insured", dt.date(1955, 1, 1))


def visit(total, care="outpatient", hospital="1", day=dt.date(2025, 3, 1), pid=1):
    return Visit(None, pid, day, care, hospital, total)


def codes(est):
    return [s.code for s in est.steps]


def test_resident_outpatient_year_by_hand():
    """F-T14: deductible ¥80 a year, 60/55/45 % by level, fund pays at most ¥300 a year."""
    u = YearUsage()
    # ¥100 at level 1: ¥80 meets the deductible, (100-80)×60% = ¥12.
    e1 = estimate(visit(10000), RESIDENT, TAIYUAN, u)
    assert (e1.fund_fen, e1.personal_fen, e1.deductible_used_fen) == (1200, 8800, 8000)
    assert e1.known and not e1.cap_hit and e1.group == "outpatient"
    u.record(e1)
    # ¥500 at level 2: deductible already met, 500×55% = ¥275; ¥288 of the cap left.
    e2 = estimate(visit(50000, hospital="2A"), RESIDENT, TAIYUAN, u)
    assert (e2.fund_fen, e2.personal_fen, e2.deductible_used_fen) == (27500, 22500, 0)
    u.record(e2)
    # ¥200 at level 3: 200×45% = ¥90, but only 300-12-275 = ¥13 of the cap is left.
    e3 = estimate(visit(20000, hospital="3A"), RESIDENT, TAIYUAN, u)
    assert (e3.fund_fen, e3.personal_fen) == (1300, 18700)
    assert e3.cap_hit and codes(e3)[-2:] == ["cap_hit", "fund_share"]
    u.record(e3)
    assert u.fund_paid(2025, "outpatient") == 30000
    assert u.deductible_used(2025, "outpatient") == 8000
    # Later that year the fund pays nothing more.
    e4 = estimate(visit(10000, day=dt.date(2025, 12, 31)), RESIDENT, TAIYUAN, u)
    assert (e4.fund_fen, e4.personal_fen) == (0, 10000)
    # 1 January: deductible and cap start again: the ¥100 visit is back to ¥12.
    e5 = estimate(visit(10000, day=dt.date(2026, 1, 1)), RESIDENT, TAIYUAN, u)
    assert (e5.fund_fen, e5.personal_fen, e5.deductible_used_fen) == (1200, 8800, 8000)


def test_steps_explain_with_sources_and_amounts():
    e = estimate(visit(10000), RESIDENT, TAIYUAN)
    assert codes(e) == ["benefit_table", "deductible", "ratio", "cap", "fund_share"]
    assert all(s.sources == ("F-T14",) for s in e.steps)
    texts = [s.text_zh for s in e.steps]
    assert "60%" in texts[0] and "¥80.00" in texts[0]
    assert "¥80.00" in texts[1]
    assert "¥20.00" in texts[2] and "¥12.00" in texts[2]
    assert "¥300.00" in texts[3]
    assert "¥12.00" in e.steps[-1].text_en and "¥88.00" in e.steps[-1].text_en


def test_employee_outpatient_has_no_deductible_and_no_cap_in_the_pack():
    """F-T15 as printed: in-service 55 % at level 1, retired 70 % at level 3; no cap given."""
    e = estimate(visit(12345, pid=2), WORKER, TAIYUAN)
    assert e.fund_fen == 6790  # 12345 × 0.55 = 6789.75 → 6790 (half-up)
    assert e.personal_fen == 12345 - 6790
    assert "no_cap" in codes(e) and "deductible" not in codes(e)
    assert e.steps[codes(e).index("no_cap")].sources == ()
    r = estimate(visit(10000, hospital="3", pid=3), RETIREE, TAIYUAN)
    assert r.fund_fen == 7000 and r.steps[0].sources == ("F-T15",)


def test_an_unknown_deductible_makes_the_fund_share_an_upper_bound():
    """F-T15 gives ratios only while the same source says outpatient sharing has a deductible: the fund pays
    *at most* ¥100 × 60% = ¥60 at level 2, and the explanation says why."""
    e = estimate(visit(10000, hospital="2", pid=2), WORKER, TAIYUAN)
    assert (e.fund_fen, e.personal_fen, e.at_most) == (6000, 4000, True)
    assert codes(e) == ["benefit_table", "deductible_unknown", "ratio", "no_cap", "fund_share_at_most"]
    assert e.steps[0].text("zh").startswith("适用报销表：普通门诊、职工在职、二级——起付线 未知（每年）")
    assert e.steps[1].sources == ("F-T15",)
    assert e.steps[-1].text("zh") == "统筹基金最多支付 ¥60.00，个人负担至少 ¥40.00（合计 ¥100.00）；起付线未知，请向当地医保部门核实。"
    assert e.steps[-1].text("en").startswith("The fund pays at most ¥60.00; the personal share is at least ¥40.00")
    # Hainan resident inpatient (F-R14 gives ratios, no deductible): ¥10,000 at level 2 → at most ¥7,500
    hainan = REG.get("460000")
    granny = Person(5, "外婆", "460000", "resident", None, "insured", dt.date(1950, 1, 1))
    h = estimate(visit(1000000, "inpatient", "2", pid=5), granny, hainan)
    assert (h.fund_fen, h.at_most) == (750000, True) and "fund_share_at_most" in codes(h)
    # a deductible the source gives is not "at most": F-T14 ¥80, F-T17 level 1 "none" (written 0)
    assert not estimate(visit(10000), RESIDENT, TAIYUAN).at_most
    none = estimate(visit(100000, "inpatient", "1"), RESIDENT, TAIYUAN)
    assert (none.fund_fen, none.at_most) == (65000, False) and "fund_share" in codes(none)


def test_an_ungraded_level_2_hospital_counts_as_erjia_in_taiyuan():
    """F-T16: like an ungraded level 3 as 三甲, an ungraded level 2 takes 二甲's ¥500 at 86%: (10000-500)×0.86."""
    e = estimate(visit(1000000, "inpatient", "2", pid=2), WORKER, TAIYUAN)
    assert (e.fund_fen, e.deductible_used_fen) == (817000, 50000)


def test_employee_inpatient_by_grade():
    """F-T16: 三甲 ¥800 at 82 %, 三乙/二甲 ¥500 at 86 %, 二乙 and below ¥300 at 90 %; the deductible counts
    per admission (the source gives no period; per stay is the cautious reading)."""
    u = YearUsage()
    e = estimate(visit(1000000, "inpatient", "3A", pid=2), WORKER, TAIYUAN, u)
    assert (e.fund_fen, e.personal_fen) == (754400, 245600)  # (10000-800)×0.82 = 7544
    u.record(e)
    # A second stay the same year at 二乙: its own ¥300 deductible again, (5000-300)×0.90 = 4230.
    e2 = estimate(visit(500000, "inpatient", "2B", pid=2), WORKER, TAIYUAN, u)
    assert (e2.fund_fen, e2.personal_fen, e2.deductible_used_fen) == (423000, 77000, 30000)
    assert "deductible_visit" in codes(e2) and "deductible" not in codes(e2)
    e3 = estimate(visit(100000, "inpatient", "3B", pid=2), WORKER, TAIYUAN)
    assert e3.fund_fen == 43000  # (1000-500)×0.86


def test_inpatient_deductible_per_admission_is_noted_as_a_reading():
    """Where a source gives an inpatient deductible (F-T16, F-T17, F-R12) it is charged per stay, and the row
    says the period is not in the source."""
    zhaoqing = REG.get("441200")
    rows = [r for code in ("140100", "441200") for r in REG.get(code).rows("benefits")
            if "inpatient" in r["care"] and r["deductible_fen"]]
    assert {r.source for r in rows} == {"F-T16", "F-T17", "F-R12"} and len(rows) == 8
    for r in rows:
        assert r["deductible_per"] == "visit"
        assert r.note is not None and "来源未说明" in r.note[0] and "not in the source" in r.note[1]
        assert "每次住院" in r.note[0] and "per admission" in r.note[1]
    # Resident 三级, twice in one year (F-T17): ¥2,000 − 500 = 1,500 × 50 % = ¥750 each time.
    u = YearUsage()
    for _ in range(2):
        e = estimate(visit(200000, "inpatient", "3"), RESIDENT, TAIYUAN, u)
        assert (e.fund_fen, e.personal_fen, e.deductible_used_fen) == (75000, 125000, 50000)
        assert e.steps[1].code == "deductible_visit" and "¥500.00" in e.steps[1].text_zh
        u.record(e)
    # Zhaoqing flexible employment, level 2, twice (F-R12): ¥1,000 − 600 = 400 × 80 % = ¥320 each time.
    flex = Person(4, "姑姑", "441200", "flexible", "in_service", "insured", dt.date(1985, 5, 5))
    u = YearUsage()
    for _ in range(2):
        e = estimate(visit(100000, "inpatient", "2", pid=4), flex, zhaoqing, u)
        assert (e.fund_fen, e.deductible_used_fen) == (32000, 60000)
        u.record(e)


def test_inpatient_cap_hit_cites_the_cap_row():
    u = YearUsage()
    u.add(2025, "inpatient", deductible_fen=50000, fund_fen=7900000)
    e = estimate(visit(2000000, "inpatient", "3B", pid=3), RETIREE, TAIYUAN, u)
    # (20000 − 500 per-stay deductible) × 0.86 = 16770 but only 80000 − 79000 = ¥1,000 of the ¥80,000 cap is left.
    assert (e.fund_fen, e.personal_fen, e.cap_hit) == (100000, 1900000, True)
    assert e.cap is not None and e.cap.source == "F-T16" and e.cap["amount_fen"] == 8000000
    hit = e.steps[codes(e).index("cap_hit")]
    assert hit.sources == ("F-T16",) and "¥15,770.00" in hit.text_zh


def test_resident_inpatient_rounds_half_up_once():
    """F-T17 level 3: ¥500 deductible, 50 %: one fen above the deductible gives 0.5 fen → 1 fen."""
    e = estimate(visit(50001, "inpatient", "3"), RESIDENT, TAIYUAN)
    assert (e.fund_fen, e.personal_fen) == (1, 50000)
    e = estimate(visit(30000, "inpatient", "1"), RESIDENT, TAIYUAN)  # level 1: no deductible, 65 %
    assert e.fund_fen == 19500 and e.deductible_used_fen == 0


def test_no_table_says_so_and_counts_the_fund_as_zero():
    e = estimate(visit(10000), Person(9, "x", "310000", "resident", None, "insured"), SHANGHAI)
    assert not e.known and e.fund_fen == 0 and e.personal_fen == 10000
    assert codes(e) == ["no_table"] and e.steps[0].sources == ()
    assert "¥0" in e.steps[0].text_zh and "no reimbursement table" in e.steps[0].text_en


def test_age_band_rows_ask_for_a_birth_date():
    """Leshan retired (F-R3): the ratio depends on age (70 % under 70, 80 % from 70). Without a birth date no
    row can be picked: the estimate says a birth date is needed, citing the row, not that there is no table."""
    leshan = REG.get("511100")
    no_birthday = Person(9, "外公", "511100", "employee", "retired", "insured", None)
    e = estimate(visit(300000, pid=9), no_birthday, leshan)
    assert (e.known, e.fund_fen, e.personal_fen, e.benefit) == (False, 0, 300000, None)
    assert codes(e) == ["age_needed"] and e.steps[0].sources == ("F-R3",)
    assert "需要出生日期才能按年龄段计算" in e.steps[0].text_zh and "¥3,000.00" in e.steps[0].text_zh
    assert e.steps[0].text_en.startswith("A birth date is needed to pick the age band")
    # with the birth date the band is found: age 66, (3000 − 1300) × 70 % = ¥1,190
    born = Person(9, "外公", "511100", "employee", "retired", "insured", dt.date(1958, 7, 1))
    assert estimate(visit(300000, pid=9), born, leshan).fund_fen == 119000
    # in service there is no age band: the row applies whatever the birth date
    worker = Person(9, "舅舅", "511100", "employee", "in_service", "insured", None)
    assert estimate(visit(300000, pid=9), worker, leshan).fund_fen == 50000  # (3000 − 2000) × 50 %


def test_not_insured_pays_everything_personally():
    e = estimate(visit(10000), Person(9, "无保", "140100", "none", None, "uninsured"), TAIYUAN)
    assert (e.fund_fen, e.personal_fen, e.known) == (0, 10000, False)
    assert codes(e) == ["not_insured"]


def test_zero_cost_visit():
    e = estimate(visit(0), RESIDENT, TAIYUAN)
    assert (e.fund_fen, e.personal_fen, e.deductible_used_fen) == (0, 0, 0)


def test_negative_total_is_refused():
    with pytest.raises(ValueError):
        estimate(visit(-1), RESIDENT, TAIYUAN)


# ---- rows the Taiyuan pack does not have: age bands, per-visit deductibles, unknown ratios ----

AGE_PACK = """
code = "990100"
name = { zh = "测试市", en = "Test city" }
parent = "000000"
year = 2025

[[benefits]]
care = ["outpatient"]
person = ["employee_retired"]
age_max = 69
deductible_fen = 130000
ratio = "0.70"
source = "F-R3"

[[benefits]]
care = ["outpatient"]
person = ["employee_retired"]
age_min = 70
deductible_fen = 130000
ratio = "0.80"
source = "F-R3"

[[benefits]]
care = ["chronic"]
person = ["resident"]
deductible_fen = 5000
deductible_per = "visit"
ratio = "0.65"
source = "F-R7"

[[caps]]
group = "outpatient"
person = ["employee_retired"]
age_min = 70
amount_fen = 20000
source = "F-R3"
"""


@pytest.fixture(scope="module")
def test_city(tmp_path_factory):
    d: Path = tmp_path_factory.mktemp("packs")
    (d / "990100-testcity.toml").write_text(AGE_PACK, encoding="utf-8")
    reg = load_packs([packs_dir() / "000000-national.toml", d / "990100-testcity.toml"])
    assert not reg.errors, reg.errors
    return reg.get("990100")


def test_age_on_the_visit_date_picks_the_band(test_city):
    p = Person(5, "爷爷", "990100", "employee", "retired", "insured", dt.date(1955, 3, 1))
    before = estimate(visit(230000, day=dt.date(2025, 2, 28), pid=5), p, test_city)
    assert before.fund_fen == 70000  # age 69: (2300-1300)×70 %, no cap for under 70
    on_birthday = estimate(visit(230000, day=dt.date(2025, 3, 1), pid=5), p, test_city)
    # age 70: (2300-1300)×80 % = ¥800, but the 70+ cap is ¥200.
    assert (on_birthday.fund_fen, on_birthday.cap_hit) == (20000, True)


def test_per_visit_deductible_applies_every_visit(test_city):
    p = Person(6, "妈妈", "990100", "resident", None, "insured")
    u = YearUsage()
    for _ in range(2):
        e = estimate(visit(15000, care="chronic", pid=6), p, test_city, u)
        assert (e.fund_fen, e.deductible_used_fen) == (6500, 5000)  # (150-50)×65 %
        assert "deductible_visit" in codes(e)
        u.record(e)


def test_unknown_ratio_is_not_guessed():
    row = Row("benefits", {"care": ("outpatient",), "person": ("employee_in_service",), "hospital": ("3X",),
                           "deductible_fen": 60000, "deductible_per": "year", "group": "outpatient",
                           "ratio": None}, "F-R4", "990200")
    pack = Pack(code="990200", name=("测试", "Test"), parent=None, year=2025, file="x.toml",
                values={}, rows={"benefits": (row,)})
    pol = RegionPolicy("990200", ("测试", "Test"), 2025, (pack,))
    p = Person(7, "x", "990200", "employee", "in_service", "insured")
    u = YearUsage()
    e = estimate(visit(100000, hospital="3X", pid=7), p, pol, u)
    assert (e.known, e.fund_fen, e.personal_fen, e.deductible_used_fen) == (False, 0, 100000, 60000)
    assert codes(e)[-1] == "ratio_unknown" and e.steps[-1].sources == ("F-R4",)
    u.record(e)
    assert u.deductible_used(2025, "outpatient") == 60000


def test_ratio_range_uses_the_lower_end():
    row = Row("benefits", {"care": ("inpatient",), "person": ("flexible_in_service",), "hospital": ("3",),
                           "deductible_fen": 100000, "deductible_per": "year", "group": "inpatient",
                           "ratio": Decimal("0.53"), "ratio_max": Decimal("0.68")}, "F-R12", "990300")
    pack = Pack(code="990300", name=("测试", "Test"), parent=None, year=2025, file="x.toml",
                values={}, rows={"benefits": (row,)})
    pol = RegionPolicy("990300", ("测试", "Test"), 2025, (pack,))
    p = Person(8, "x", "990300", "flexible", "in_service", "insured")
    e = estimate(visit(300000, "inpatient", "3", pid=8), p, pol)
    assert e.fund_fen == 106000  # (3000-1000) × 53 %
    rng = e.steps[codes(e).index("ratio_range")]
    assert "53%" in rng.text_zh and "68%" in rng.text_en


def test_every_reason_code_is_exercised_here():
    assert reimbursement.CODES == {"not_insured", "no_table", "age_needed", "benefit_table", "deductible",
                                   "deductible_visit",
                                   "ratio", "cap", "cap_hit", "no_cap", "ratio_unknown", "ratio_range",
                                   "fund_share", "deductible_unknown", "fund_share_at_most"}


# ---- properties ----

PEOPLE = [RESIDENT, WORKER, RETIREE,
          Person(4, "姑姑", "140100", "flexible", "in_service", "insured", dt.date(1985, 5, 5))]
visits = st.lists(st.tuples(
    st.sampled_from(PEOPLE),
    st.dates(dt.date(2024, 11, 1), dt.date(2026, 2, 28)),
    st.sampled_from(["outpatient", "inpatient", "chronic", "pharmacy"]),
    st.sampled_from(["0", "1", "2", "2A", "2B", "3", "3A", "3B", "3S", "3X"]),
    st.integers(0, 5_000_000),
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(visits)
def test_shares_add_up_and_caps_hold(vs):
    usage = {p.id: YearUsage() for p in PEOPLE}
    fund_by = {}
    for p, day, care, hosp, total in sorted(vs, key=lambda v: v[1]):
        e = estimate(Visit(None, p.id, day, care, hosp, total), p, TAIYUAN, usage[p.id])
        assert e.fund_fen + e.personal_fen == total
        assert 0 <= e.fund_fen <= total and 0 <= e.deductible_used_fen <= total
        if e.benefit is not None and e.benefit["ratio"] is not None:
            assert e.fund_fen <= apply_ratio(total - e.deductible_used_fen, e.benefit["ratio"])
            assert e.deductible_used_fen <= e.benefit["deductible_fen"]
        usage[p.id].record(e)
        if e.group:
            key = (p.id, day.year, e.group)
            fund_by[key] = fund_by.get(key, 0) + e.fund_fen
            cap = TAIYUAN.cap(e.group, p.kind, p.age_on(day))
            if cap is not None:
                assert fund_by[key] <= cap["amount_fen"]
            rows = [r for r in TAIYUAN.rows("benefits") if r["group"] == e.group]
            ded = usage[p.id].deductible_used(day.year, e.group)
            if all(r["deductible_per"] == "year" for r in rows):  # a yearly deductible is met once a year
                assert ded <= max(r["deductible_fen"] for r in rows)
            if e.benefit is not None and e.benefit["deductible_per"] == "visit":  # each stay pays its own
                assert e.deductible_used_fen == min(total, e.benefit["deductible_fen"])
