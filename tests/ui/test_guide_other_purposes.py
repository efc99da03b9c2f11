"""The guide's other errands from the region pack: open a wallet on its own, look up visit records,
pay a relative's premium; and the sheets saved from the last page."""

from __future__ import annotations

import pytest

from tests.ui.test_guide_support import (
    NOW,
    TAIYUAN,
    choose,
    go_next,
    no_guide_errors,  # noqa: F401  (fixture)
    open_book,
    pick_channel,
    steps_of,
    taiyuan_family,
    tick_through,
)

pytestmark = pytest.mark.usefixtures("lang", "no_guide_errors")


@pytest.fixture
def family_book(tmp_path):
    book = open_book(tmp_path / "data")
    yield book
    book.close()


def _start(window, purpose):
    from desktop.ui.guide import open_guide

    wiz = open_guide(window)
    wiz.currentPage().radios[purpose].setChecked(True)
    go_next(wiz)
    return wiz


def test_open_a_wallet_records_it_open(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start(window, "open_wallet")
    people = wiz.currentPage()
    assert not people.b.isVisibleTo(people)  # one person's errand
    choose(people.a, m["mom"])
    assert go_next(wiz) == W.CHANNEL  # nothing to check before opening one's own wallet
    pick_channel(wiz, "national_app_wallet_open")
    go_next(wiz)
    assert "李阿姨的医保钱包已开通" in wiz.page(W.FIRST_STEP + 3).opens.text()
    tick_through(wiz, steps_of(family_book, TAIYUAN, "national_app_wallet_open"))
    assert wiz.currentId() == W.DONE
    assert family_book.member(m["mom"]).wallet_opened_on == NOW.date()
    assert "2025-03-10" in wiz.currentPage().summary.text()
    assert not wiz.currentPage().print_card.isVisibleTo(wiz.currentPage())
    wiz.accept()
    assert family_book.guides(finished=True)[0].purpose == "open_wallet"


def test_look_up_visit_records_through_the_shanxi_wechat_account(family_book, make_window, tmp_path, monkeypatch):
    from desktop.ui.guide import wizard as W
    from desktop.ui.print import pdf

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start(window, "query")
    choose(wiz.currentPage().a, m["son"])
    go_next(wiz)
    ids = [cid for _, cid in wiz.currentPage().radios]
    assert ids == ["shanxi_wechat_query", "shanxi_web_query", "national_app_query"]  # F-T13, nearest first
    pick_channel(wiz, "shanxi_wechat_query")
    go_next(wiz)
    tick_through(wiz, steps_of(family_book, TAIYUAN, "shanxi_wechat_query"))
    assert wiz.currentId() == W.DONE
    monkeypatch.setattr(pdf, "choose_pdf_path", lambda parent, suggested: tmp_path / "query.pdf")
    wiz.currentPage().pdf_steps.click()
    assert (tmp_path / "query.pdf").read_bytes().startswith(b"%PDF")
    assert "query.pdf" in wiz.currentPage().saved.text()
    wiz.accept()
    assert family_book.bindings() == [] and family_book.transfers() == []  # looking up writes nothing


def test_pay_a_relatives_premium_shows_the_packs_steps(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start(window, "pay_premium")
    choose(wiz.currentPage().a, m["son"])
    choose(wiz.currentPage().b, m["mom"])
    assert go_next(wiz) == W.CHANNEL
    assert [cid for _, cid in wiz.currentPage().radios] == ["local_app_premium"]  # F-G9
    go_next(wiz)
    tick_through(wiz, steps_of(family_book, TAIYUAN, "local_app_premium"))
    assert wiz.currentId() == W.DONE
    wiz.reject()  # “Close” on the last page: nothing is left half-done
    assert family_book.guides(finished=False) == []
    assert family_book.guides(finished=True)[0].purpose == "pay_premium"


def test_channel_page_prints_the_steps_for_a_relative(family_book, make_window, monkeypatch):
    from desktop.ui.print import pdf

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start(window, "bind")
    choose(wiz.currentPage().a, m["son"])
    choose(wiz.currentPage().b, m["dad"])
    go_next(wiz)
    wiz.currentPage().amount.setText("2000")
    go_next(wiz)
    pick_channel(wiz, "shanxi_web")
    printed = []
    monkeypatch.setattr(pdf, "choose_printer", lambda parent: "the printer")
    monkeypatch.setattr(pdf, "print_sheet", lambda sheet, printer: printed.append((sheet, printer)))
    wiz.currentPage().print_button.click()
    ((sheet, printer),) = printed
    assert printer == "the printer"
    assert [ln.text for ln in sheet.sections[1].lines] == steps_of(family_book, TAIYUAN, "shanxi_web")
    assert "授权额度：¥2,000.00" in sheet.text()
    wiz.reject()
