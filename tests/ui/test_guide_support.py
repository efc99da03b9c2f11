"""Families and helpers the guide tests share (and a check that the family is what they assume).

The book's clock is fixed at Monday 2025-03-10 10:00 China time, so dates, the wallet's day count and
its night blackout are the same on every run.
"""

from __future__ import annotations

import datetime as dt

import pytest

NOW = dt.datetime(2025, 3, 10, 10, 0)
TAIYUAN, DATONG, SHANGHAI = "140100", "140200", "310000"


def open_book(path, now: dt.datetime = NOW):
    from desktop.book import FamilyBook

    return FamilyBook.open(path, clock=lambda: now)


def taiyuan_family(book) -> dict[str, int]:
    """A Taiyuan family: the head (retired employee), his wife (resident), son and daughter-in-law
    (employees), and a daughter insured in Datong. The son has ¥8,000 in his account."""
    m = {}
    m["dad"] = book.add_member("王大爷", TAIYUAN, "employee", employment="retired", birth_date=dt.date(1955, 1, 1)).id
    m["mom"] = book.add_member("李阿姨", TAIYUAN, "resident", head_relation="spouse",
                               birth_date=dt.date(1957, 1, 1)).id
    m["son"] = book.add_member("王小明", TAIYUAN, "employee", head_relation="child", birth_date=dt.date(1985, 1, 1)).id
    m["dil"] = book.add_member("赵丽", TAIYUAN, "employee", head_relation="child_spouse",
                               birth_date=dt.date(1987, 1, 1)).id
    m["daughter"] = book.add_member("王小红", DATONG, "employee", head_relation="child",
                                    birth_date=dt.date(1983, 1, 1)).id
    book.record_statement(m["son"], dt.date(2025, 3, 1), 800000)
    return m


def shanghai_family(book) -> dict[str, int]:
    m = {}
    m["husband"] = book.add_member("陈建华", SHANGHAI, "employee", birth_date=dt.date(1970, 5, 1)).id
    m["wife"] = book.add_member("周梅", SHANGHAI, "resident", head_relation="spouse", birth_date=dt.date(1972, 6, 1)).id
    return m


def steps_of(book, region: str, channel_id: str, lang: str = "zh") -> list[str]:
    row = next(r for r in book.registry.get(region).channels() if r["id"] == channel_id)
    return [s[0] if lang.startswith("zh") else s[1] for s in row["steps"]]


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(i)


def next_enabled(wizard) -> bool:
    from PySide6.QtWidgets import QWizard

    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def go_next(wizard) -> int:
    """Press Next and return the new page id; fails if the page refused to move on."""
    before = wizard.currentId()
    wizard.next()
    assert wizard.currentId() != before, f"the wizard stayed on page {before}"
    return wizard.currentId()


def pick_channel(wizard, channel_id: str) -> None:
    page = wizard.currentPage()
    radio = next(r for r, cid in page.radios if cid == channel_id)
    radio.setChecked(True)
    assert wizard.state.channel_id == channel_id


def tick_through(wizard, texts: list[str] | None = None) -> list[str]:
    """Tick every official step page (checking Next waits for the tick); returns the step texts seen."""
    from desktop.ui.guide import wizard as W
    from desktop.ui.guide.step_page import StepPage

    seen = []
    while W.FIRST_STEP <= wizard.currentId() < W.RESULT:
        page = wizard.currentPage()
        if not isinstance(page, StepPage):
            break
        assert not next_enabled(wizard), "Next must wait until the step is ticked"
        seen.append(page.text.text())
        page.tick.setChecked(True)
        assert next_enabled(wizard)
        go_next(wizard)
    if texts is not None:
        assert seen == texts
    return seen


@pytest.fixture
def no_guide_errors():
    from desktop.ui.guide import parts

    parts.ERRORS.clear()
    yield
    assert parts.ERRORS == [], "an exception escaped into Qt:\n" + "\n".join(parts.ERRORS)


def test_the_family_relations_are_what_the_guide_tests_assume(tmp_path):
    book = open_book(tmp_path / "d")
    try:
        m = taiyuan_family(book)
        assert book.relation_between(m["son"], m["dad"]) == "parent"
        assert book.relation_between(m["son"], m["mom"]) == "parent"
        assert book.relation_between(m["dil"], m["dad"]) == "spouse_parent"
        assert book.relation_between(m["dad"], m["mom"]) == "spouse"
        assert book.registry.resolve_insured_place(book.member(m["daughter"]).region_code).code == DATONG
    finally:
        book.close()
