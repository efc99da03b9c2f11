"""The advisor over a real book: the demo family's best plan, the CLI, and what is refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop import cli
from desktop.book import FamilyBook, Refused
from desktop.core.advisor import AddBinding
from desktop.core.drawdown import project
from desktop.demo import build_demo

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def demo(tmp_path):
    book = FamilyBook.open(tmp_path, clock=lambda: dt.datetime(2026, 12, 1, 10, 0))
    fam = build_demo(book, TODAY)
    yield book, fam
    book.close()


def test_demo_best_plan_cuts_li_xiuyings_cash_bill(demo):
    book, fam = demo
    advice = book.advise(12)
    base = book.project(months=12)
    # the advisor's "without" is the Projection page's figure (no resident premium is due in Taiyuan or Shanghai)
    assert advice.base_cash_fen == sum(p.cash_fen for p in base.people)
    best = advice.best
    assert best is not None
    # the saving is the projection's difference, to the fen
    from desktop.book.projection import _policy_for, _policy_on

    alt = project(best.input, _policy_for(book, best.input), _policy_on(book))  # as book.project runs it
    assert best.saving_fen == advice.base_cash_fen - sum(p.cash_fen for p in alt.people) > 0
    # the person whose bill falls most is 李秀英, and by more than half of what she would pay
    most = max(best.people, key=lambda p: p.saved_fen)
    assert most.person_id == fam.spouse and most.name == "李秀英"
    assert most.saved_fen * 2 > most.base_cash_fen
    # her son 王磊 authorizes her (a parent, F-T5) with an authorized amount (F-T2) over the 12 months from today
    # (the projection starts today: issue 15)
    son = [e.step for e in best.steps if isinstance(e.step, AddBinding) and e.step.authorizer_id == fam.son]
    assert son and son[0].beneficiary_id == fam.spouse and son[0].relation == "parent"
    today = book.today()
    last = dt.date(today.year + 1, today.month, 1) - dt.timedelta(days=1)  # the end of the 12th month
    assert son[0].amount_fen and son[0].start == today and son[0].end == last
    # in 2027 the 2026 national notice is in force (the book's default): several relationships (F-N8),
    # close relatives (F-N7); Taiyuan's ¥1,000 floor (F-T10) still stands
    explained = next(e for e in best.steps if e.step == son[0])
    assert [(r.code, r.sources) for r in explained.rules][:3] == [
        ("advisor_rule_relation", ("F-N7",)), ("advisor_rule_several", ("F-N8",)), ("advisor_rule_floor", ("F-T10",))]
    assert "一个人可以同时和几位家人建立共济关系" in explained.rules[1].text_zh
    # no payer pays more cash than without
    for p in best.people:
        if p.person_id in (fam.head, fam.son):
            assert p.plan_cash_fen <= p.base_cash_fen
    assert best.low_fen <= best.high_fen
    # nothing was applied
    assert [b.id for b in book.bindings()] == [fam.binding]


def test_advise_refuses_months_and_protection_out_of_range(demo):
    book, _ = demo
    for months in (0, 37):
        with pytest.raises(Refused) as e:
            book.advise(months)
        assert e.value.codes == ("advise_months",)
        assert "1 到 36" in e.value.text("zh")
    with pytest.raises(Refused) as e:
        book.advise(12, protect_pct=101)
    assert e.value.codes == ("advise_protect",)


def test_one_month_counts_only_the_rest_of_this_month(demo):
    book, _ = demo
    advice = book.advise(1)
    three = book.project(months=3)
    assert advice.base_cash_fen == sum(p.months[0].out_of_pocket_fen for p in three.people)
    today = book.today()
    month_end = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1) - dt.timedelta(days=1)
    for plan in advice.plans:
        for e in plan.steps:
            end = getattr(e.step, "end", None)
            assert end is None or end == month_end


def test_cli_advise_json_and_text(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", data, "advise", "--json", "--lang", "en"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["months"] == 12 and out["plans"]
    best = out["plans"][0]
    assert best["rank"] == 1 and best["saving_fen"] == best["cash_without_fen"] - best["cash_with_fen"] > 0
    assert best["saving_low_fen"] <= best["saving_high_fen"]
    step = next(s for s in best["steps"] if s["kind"] == "add_binding")
    assert step["what"] and "F-T10" in step["sources"] and step["channels"]
    assert cli.main(["--data-dir", data, "advise", "--months", "6"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("未来 6 个月，全家预计自付") and "最佳方案" in text
    with pytest.raises(SystemExit) as e:
        cli.main(["--data-dir", data, "advise", "--months", "37"])
    assert e.value.code == 2
    assert "expected 1 to 36 months" in capsys.readouterr().err


def test_advice_text_says_why_the_expected_saving_is_outside_its_range():
    from types import SimpleNamespace as NS

    from desktop.book.advice_text import advice_lines

    def advice(saving):
        plan = NS(saving_fen=saving, low_fen=456_200, high_fen=1_004_800, people=(), steps=())
        return NS(base_cash_fen=2_154_389, plans=(plan,))

    outside = advice_lines(advice(1_024_419), 12)
    assert outside[2] == "最佳方案：预计少自付 ¥10,244.19（模拟的 10%–90%：¥4,562.00–¥10,048.00）"
    assert "可能落在范围之外" in outside[3]
    inside = advice_lines(advice(900_000), 12, "en")
    assert not any("outside their range" in line for line in inside)
