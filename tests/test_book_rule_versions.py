"""The book judges every event by the rules in force on its date: visits settled by their own version (also
after a re-count), the binding check and its advice on both sides of the 2026 notice, and the family's
per-region choice of older local rules (stored in the book, re-settling every visit)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.book import FamilyBook, Refused, advice
from desktop.core.policy import load_packs, packs_dir

NOTICE = dt.date(2026, 1, 9)
TEST_CITY = """\
code = "530100"
name = { zh = "测试市（昆明）", en = "Test city" }
parent = "000000"
year = 2025

[[benefits]]
care = ["outpatient"]
person = ["employee_in_service"]
deductible_fen = 0
ratio = "0.50"
source = "F-T15"

[[versions]]
effective = "2026-01-09"
year = 2026

[[versions.benefits]]
care = ["outpatient"]
person = ["employee_in_service"]
deductible_fen = 0
ratio = "0.70"
source = "F-T15"
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    (folder / "530100-testcity.toml").write_text(TEST_CITY, encoding="utf-8")
    reg = load_packs([*packs_dir().glob("*.toml"), folder / "530100-testcity.toml"])
    assert reg.errors == []
    return reg


def _book(path, registry=None, now=dt.datetime(2026, 3, 1, 10, 0)):
    return FamilyBook.open(path, registry=registry, clock=lambda: now, daily_backup=False)


def test_a_2025_visit_stays_settled_by_2025_rules_and_a_2026_one_uses_2026s(tmp_path, registry):
    book = _book(tmp_path / "data", registry)
    me = book.add_member("测试", "530100", "employee", birth_date=dt.date(1980, 1, 1))
    book.record_statement(me.id, dt.date(2025, 1, 1), 1000000)
    old = book.record_visit(me.id, dt.date(2026, 1, 8), "outpatient", "1", 10001)
    new = book.record_visit(me.id, NOTICE, "outpatient", "1", 10001)
    assert old.fund_fen == 5001  # 100.01 × 50% = 50.005 → 50.01 (half-up, once)
    assert new.fund_fen == 7001  # 100.01 × 70% = 70.007 → 70.01
    book.set_wallet_position("after_family")  # every visit is settled again: each by its own date's rules
    got = {v.on_date: v.fund_estimated_fen for v in book.visits()}
    assert got == {dt.date(2026, 1, 8): 5001, NOTICE: 7001}
    book.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.dates(dt.date(2025, 10, 1), dt.date(2026, 4, 30)), st.integers(0, 500000)),
                min_size=1, max_size=6))
def test_every_visit_is_settled_by_the_version_in_force_on_its_date(tmp_path_factory, registry, visits):
    book = _book(tmp_path_factory.mktemp("book") / "data", registry)
    me = book.add_member("测试", "530100", "employee", birth_date=dt.date(1980, 1, 1))
    for day, total in visits:
        book.record_visit(me.id, day, "outpatient", "1", total)
    want = sorted((day, (total * (5 if day < NOTICE else 7) + 5) // 10) for day, total in visits)
    assert sorted((v.on_date, v.fund_estimated_fen) for v in book.visits()) == want
    book.close()


# ---- the sister in Shanghai ----

def _siblings(path, now):
    book = _book(path, None, now)
    me = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    sister = book.add_member("王芳", "310000", "employee", head_relation="sibling", birth_date=dt.date(1970, 1, 2))
    return book, me.id, sister.id


def test_on_2025_06_01_the_binding_is_refused_and_the_wallet_is_offered(tmp_path):
    book, me, sister = _siblings(tmp_path / "data", dt.datetime(2025, 6, 1, 10, 0))
    start, end = dt.date(2025, 6, 1), dt.date(2026, 5, 31)
    v = book.check_binding(me, sister, start=start, end=end, amount_cap_fen=100000)
    assert v.codes == ("relation_not_allowed", "outside_area") and {s for r in v.reasons for s in r.sources} == {"F-T5"}
    tips = advice.suggest(book, "bind", me, sister, v.reasons, start=start, end=end, amount_fen=100000)
    assert [t.code for t in tips] == ["advice_wallet"]
    assert tips[0].text("zh") == "或者改用医保钱包转账：王建国和王芳都符合钱包转账的条件，钱可以直接转进王芳的医保钱包。"
    assert advice.binding_rules_applied(book, me, start) is None  # nothing newer met the local rules then
    with pytest.raises(Refused):
        book.propose_binding(me, sister, start=start, end=end, amount_cap_fen=100000)
    book.close()


def test_on_2026_03_01_the_same_binding_is_allowed_citing_the_notice(tmp_path):
    book, me, sister = _siblings(tmp_path / "data", dt.datetime(2026, 3, 1, 10, 0))
    start, end = dt.date(2026, 3, 1), dt.date(2027, 2, 28)
    v = book.check_binding(me, sister, start=start, end=end, amount_cap_fen=100000)
    assert v.allowed and [g.sources for g in v.grounds] == [("F-N7",), ("F-N6",), ("F-N8",)]
    line = advice.binding_rules_applied(book, me, start)
    assert line.code == "rules_newer_applied" and line.sources == ("F-N6", "F-N7", "F-N8")
    assert line.text("en").startswith("Rules on 2026-03-01: Taiyuan's older local rules differ from the national "
                                      "rules in force since 2026-01-09; this check follows the national rules.")
    assert "F-" not in line.text("en") and "F-" not in line.text("zh")  # the IDs are its sources, not its words
    assert book.propose_binding(me, sister, start=start, end=end, amount_cap_fen=100000, status="active").id
    # a binding that would begin before the notice is judged by the rules of its start
    early = book.check_binding(me, sister, start=dt.date(2025, 12, 1), end=end, amount_cap_fen=100000)
    assert "outside_area" in early.codes
    book.close()


def test_the_family_may_keep_taiyuans_local_rules_and_the_choice_is_stored(tmp_path):
    book, me, sister = _siblings(tmp_path / "data", dt.datetime(2026, 3, 1, 10, 0))
    [choice] = book.rule_choices()
    assert (choice.region_code, choice.keep_local, choice.on) == ("140100", False, dt.date(2026, 3, 1))
    assert [r.sources for r in choice.lines] == [("F-T5", "F-N7"), ("F-T5", "F-N6"), ("F-T1", "F-N8")]
    assert choice.lines[2].text("zh") == ("同一时间可授权的人数：地方规定是“最多1人”（F-T1）；2026-01-09 起国家规定是"
                                          "“不限人数”（F-N8）。")
    book.set_local_rules("140100", True)
    assert book.meta("policy.local_rules") == "140100" and book.local_rules() == frozenset({"140100"})
    v = book.check_binding(me, sister, start=dt.date(2026, 3, 1), end=dt.date(2027, 2, 28), amount_cap_fen=100000)
    assert v.codes == ("relation_not_allowed", "outside_area")
    line = advice.binding_rules_applied(book, me, dt.date(2026, 3, 1))
    assert line.code == "rules_local_applied" and line.sources == ("F-T1", "F-T5")
    assert book.rule_choices()[0].keep_local is True
    book.set_local_rules("140100", False)
    assert book.meta("policy.local_rules") == "" and book.check_binding(
        me, sister, start=dt.date(2026, 3, 1), end=dt.date(2027, 2, 28), amount_cap_fen=100000).allowed
    with pytest.raises(Refused):
        book.set_local_rules("140105", True)  # a district: the choice belongs to the city's pack, 140100
    book.close()


def test_the_choice_shows_before_the_notice_too(tmp_path):
    """In 2025 Settings already offers the choice that will matter from 2026-01-09."""
    book, _me, _sister = _siblings(tmp_path / "data", dt.datetime(2025, 11, 20, 10, 0))
    [choice] = book.rule_choices()
    assert choice.on == NOTICE
    book.close()


def test_a_one_at_a_time_refusal_goes_by_the_rules_of_the_new_bindings_start(tmp_path):
    """F-T1 holds in 2025; from 2026-01-09 one person may share with several (F-N8)."""
    book = _book(tmp_path / "data", None, dt.datetime(2025, 6, 1, 10, 0))
    dad = book.add_member("爸爸", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    mum = book.add_member("妈妈", "140100", "resident", head_relation="spouse", birth_date=dt.date(1968, 1, 1))
    kid = book.add_member("儿子", "140100", "resident", head_relation="child", birth_date=dt.date(2000, 1, 1))
    book.propose_binding(dad.id, mum.id, start=dt.date(2025, 6, 1), end=dt.date(2026, 12, 31),
                         amount_cap_fen=100000, status="active")
    in_2025 = book.check_binding(dad.id, kid.id, start=dt.date(2025, 7, 1), end=dt.date(2025, 12, 31),
                                 amount_cap_fen=100000)
    assert in_2025.codes == ("one_at_a_time",) and in_2025.reasons[0].sources == ("F-T1",)
    in_2026 = book.check_binding(dad.id, kid.id, start=dt.date(2026, 2, 1), end=dt.date(2026, 12, 31),
                                 amount_cap_fen=100000)
    assert in_2026.allowed
    book.close()


def test_unknown_deductible_visit_says_at_most(tmp_path):
    book = _book(tmp_path / "data", None, dt.datetime(2026, 3, 1, 10, 0))
    me = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    out = book.preview_visit(me.id, dt.date(2026, 3, 1), "outpatient", "3", 20000)
    assert out.estimate.fund_fen == 13000 and out.estimate.at_most  # 200 × 65% (F-T15), deductible unknown
    assert out.estimate.steps[-1].code == "fund_share_at_most"
    book.close()


def test_each_projection_month_estimates_the_fund_by_its_own_rules(tmp_path, registry):
    """¥100 in each of January–November 2025 → ¥91.67 a month (12-month average) from December 2025: the fund
    pays 50% in December (the 2025 version) and 70% from January (care on the 15th, after 2026-01-09)."""
    book = _book(tmp_path / "data", registry, dt.datetime(2025, 11, 20, 10, 0))
    me = book.add_member("测试", "530100", "employee", birth_date=dt.date(1980, 1, 1))
    book.record_statement(me.id, dt.date(2024, 12, 1), 1000000)
    for month in range(1, 12):
        book.record_visit(me.id, dt.date(2025, month, 3), "outpatient", "1", 10000)
    proj = book.project(dt.date(2025, 12, 1), 3)
    [person] = [p for p in proj.people if p.person_id == me.id]
    spent = [(m.month, m.cost_fen, m.fund_fen) for m in person.months]
    monthly = (11 * 10000 + 6) // 12  # the 12-month average, half-up: ¥91.67
    assert spent == [(dt.date(2025, 12, 1), monthly, (monthly * 5 + 5) // 10),
                     (dt.date(2026, 1, 1), monthly, (monthly * 7 + 5) // 10),
                     (dt.date(2026, 2, 1), monthly, (monthly * 7 + 5) // 10)]
    note = next(n for n in proj.notes if n.code == "proj_rules_change")
    assert note.text("en").startswith("The rules of Test city have a new version from 2026-01-09: in this "
                                      "projection the fund's share of each visit follows its own month's rules")
    book.close()
