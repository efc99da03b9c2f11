"""What to do instead of a refused binding or transfer: the book derives it from the refusal and the family's
records, each suggestion citing the pack values it rests on (the guide only shows it and wires the buttons)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, advice

NOW = dt.datetime(2025, 3, 10, 10, 0)
TAIYUAN = "140100"


@pytest.fixture
def fam(tmp_path):
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    m = {
        "dad": book.add_member("王大爷", TAIYUAN, "employee", employment="retired", birth_date=dt.date(1955, 1, 1)).id,
        "mom": book.add_member("李阿姨", TAIYUAN, "resident", head_relation="spouse",
                               birth_date=dt.date(1957, 1, 1)).id,
        "son": book.add_member("王小明", TAIYUAN, "employee", head_relation="child", birth_date=dt.date(1985, 1, 1)).id,
        "dil": book.add_member("赵丽", TAIYUAN, "employee", head_relation="child_spouse",
                               birth_date=dt.date(1987, 1, 1)).id,
    }
    yield book, m
    book.close()


def _advice(book, purpose, a, b, **kw):
    if purpose == "transfer":
        reasons = advice.wallet_refusals(book, a, b)
    else:
        reasons = advice.binding_refusals(book, a, b, kw.get("start"), kw.get("end"), kw.get("amount_fen"))
    return advice.suggest(book, purpose, a, b, reasons, **kw)


def test_one_at_a_time_offers_to_end_the_binding_start_after_it_or_use_the_wallet(fam):
    book, m = fam
    first = book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                                 amount_cap_fen=200000, status="active")
    tips = _advice(book, "bind", m["son"], m["mom"], start=dt.date(2025, 3, 10), end=dt.date(2026, 3, 9),
                   amount_fen=100000)
    by_action = {t.action: t for t in tips}
    assert by_action["terminate"].target == first.id and "F-T7" in by_action["terminate"].sources
    assert f"先终止王小明给王大爷的绑定（编号 {first.id}）" in by_action["terminate"].text("zh")
    assert by_action["start_after"].target == dt.date(2026, 1, 1)
    assert "use_wallet" in by_action and "F-W1" in by_action["use_wallet"].sources
    assert "Or use a wallet transfer instead" in by_action["use_wallet"].text("en")


def test_a_spouses_parent_is_refused_and_the_spouse_is_offered_instead(fam):
    book, m = fam
    tips = _advice(book, "bind", m["dil"], m["dad"], start=dt.date(2025, 3, 10), end=dt.date(2026, 3, 9),
                   amount_fen=100000)
    others = [t for t in tips if t.action == "use_authorizer"]
    assert [t.target for t in others] == [m["son"]]
    assert "可以改由王小明（职工医保）来授权：王大爷是王小明的父母" in others[0].text("zh")
    assert "F-T5" in others[0].sources
    assert all(t.action != "use_wallet" for t in tips)  # in-laws are not close relatives for the wallet (F-W1)


def test_nothing_to_suggest_when_nothing_is_refused_and_the_office_when_nothing_helps(fam):
    book, m = fam
    assert advice.suggest(book, "bind", m["son"], m["dad"], ()) == []
    reasons = advice.wallet_refusals(book, m["mom"], m["dil"])  # a resident payer, an in-law recipient
    assert {r.code for r in reasons} == {"relation_not_allowed", "authorizer_insurance"}
    tips = advice.suggest(book, "transfer", m["mom"], m["dil"], reasons)
    assert [(t.code, t.action) for t in tips] == [("advice_ask_office", None)]
    assert "医保经办机构" in tips[0].text("zh")


def test_the_forms_dates_and_amount_are_fixed_in_place_not_advised_on(fam):
    book, m = fam
    verdict = book.check_binding(m["son"], m["dad"])
    assert {r.code for r in verdict.reasons} == {"missing_dates", "missing_amount"}
    assert advice.blocking(verdict.reasons) == []
    assert advice.suggest(book, "bind", m["son"], m["dad"], verdict.reasons) == []
