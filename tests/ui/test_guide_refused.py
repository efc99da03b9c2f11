"""Refusals caught before anyone queues: the reason in plain words, the fact ID, and what to do instead,
with buttons that actually do it (end the binding in the way, start later, switch to the wallet, let
another relative authorize)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.test_guide_support import (
    choose,
    go_next,
    next_enabled,
    no_guide_errors,  # noqa: F401  (fixture)
    open_book,
    taiyuan_family,
)

pytestmark = pytest.mark.usefixtures("lang", "no_guide_errors")


@pytest.fixture
def family_book(tmp_path):
    book = open_book(tmp_path / "data")
    yield book
    book.close()


def _to_check(window, authorizer, beneficiary, amount="1000"):
    from desktop.ui.guide import start_guide
    from desktop.ui.guide import wizard as W

    wiz = start_guide(window, beneficiary_id=beneficiary)
    choose(wiz.currentPage().a, authorizer)
    go_next(wiz)
    assert wiz.currentId() == W.CHECK
    page = wiz.currentPage()
    page.amount.setText(amount)
    return wiz, page


def _button(page, text):
    found = [b for b in page.verdict.buttons if text in b.text()]
    assert found, f"no button “{text}” among {[b.text() for b in page.verdict.buttons]}"
    return found[0]


def test_spouses_parent_is_refused_under_f_g7_and_the_spouse_is_offered(family_book, make_window):
    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz, page = _to_check(window, m["dil"], m["dad"])
    shown = page.verdict.text()
    assert "不行" in shown
    assert "配偶的父母不能作为家庭共济绑定的对象" in shown and "F-G7" in shown
    # the son may: his father is his parent (Taiyuan allows spouse, child, parent: F-T5)
    assert "可以改由王小明（职工医保）来授权：王大爷是王小明的父母" in shown and "F-T5" in shown
    assert "李阿姨" not in shown  # resident insurance cannot authorize (F-T6)
    assert "医保钱包" not in shown  # in-laws are not close relatives for the wallet either (F-W1)
    assert not next_enabled(wiz)

    _button(page, "王小明").click()  # follow the suggestion
    page = wiz.currentPage()
    assert wiz.state.authorizer_id == m["son"] and wiz.state.relation == "parent"
    page.amount.setText("1000")
    assert next_enabled(wiz)
    assert family_book.bindings() == []  # nothing is written by checking


def test_second_beneficiary_in_taiyuan_is_refused_with_three_ways_out(family_book, make_window, monkeypatch):
    m = taiyuan_family(family_book)
    first = family_book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                                        amount_cap_fen=200000, status="active")
    window = make_window(family_book)
    wiz, page = _to_check(window, m["son"], m["mom"])
    shown = page.verdict.text()
    assert "最多授权1位家人" in shown and f"编号 {first.id}" in shown and "F-T1" in shown
    assert f"先终止王小明给王大爷的绑定（编号 {first.id}）" in shown and "F-T7" in shown
    assert "从 2026-01-01 开始" in shown  # the day after the current binding ends
    assert "改用医保钱包转账" in shown and "F-W1" in shown  # both qualify for the wallet (F-W3)
    assert "可以改由王大爷（职工医保）来授权：李阿姨是王大爷的配偶" in shown
    assert not next_enabled(wiz)

    _button(page, "等它结束后再开始").click()
    assert page.start.date().toString("yyyy-MM-dd") == "2026-01-01"
    assert page.end.date().toString("yyyy-MM-dd") == "2026-12-31"  # same length as before
    assert next_enabled(wiz)

    # or end the first one now (asked first; here the family says yes)
    from desktop.ui.guide import wizard as W

    page.set_start(dt.date(2025, 3, 10))
    assert not next_enabled(wiz)
    asked = []
    monkeypatch.setattr(W, "confirm", lambda parent, title, text: asked.append(text) or True)
    _button(page, "终止那条绑定").click()
    assert asked and str(first.id) in asked[0]
    assert family_book.bindings(m["dad"])[0].status == "terminated"
    assert next_enabled(wiz)


def test_second_beneficiary_can_switch_to_the_wallet_path(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    family_book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                                amount_cap_fen=200000, status="active")
    window = make_window(family_book)
    wiz, page = _to_check(window, m["son"], m["mom"])
    _button(page, "改用医保钱包转账").click()
    assert wiz.state.purpose == "transfer" and wiz.currentId() == W.CHECK
    assert next_enabled(wiz)
    assert "还没开通" in wiz.currentPage().wallets.text()


def test_suspended_beneficiary_is_refused_until_the_insurance_is_restored(family_book, make_window):
    m = taiyuan_family(family_book)
    family_book.edit_member(m["mom"], status="suspended")
    window = make_window(family_book)
    wiz, page = _to_check(window, m["son"], m["mom"])
    shown = page.verdict.text()
    assert "“停保”状态，不能使用共济资金" in shown and "F-T11" in shown
    assert "先为李阿姨恢复正常参保" in shown
    assert "改由" not in shown and "医保钱包" not in shown  # another payer would not help a suspended person
    assert not next_enabled(wiz)
    assert [b.text() for b in page.verdict.buttons] == ["打开“家庭成员”页"]


def test_refusal_in_english(family_book, make_window, english):
    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz, page = _to_check(window, m["dil"], m["dad"])
    shown = page.verdict.text()
    assert "No — not as it stands." in shown
    assert "A spouse's parent cannot be the other side of a family-sharing binding" in shown
    assert "王小明 (employee insurance) could authorize instead" in shown
