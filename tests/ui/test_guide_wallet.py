"""The national wallet path: open both wallets (F-W4), check the hospital (F-W7) and the limits (F-W6)
right before sending, send (F-W5), and the transfer is recorded in the book."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.test_guide_support import (
    NOW,
    TAIYUAN,
    choose,
    go_next,
    next_enabled,
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


def test_wallet_path_opens_both_wallets_checks_limits_and_records_the_transfer(family_book, make_window):
    from PySide6.QtCore import QDateTime

    from desktop.ui.guide import open_guide
    from desktop.ui.guide import wizard as W
    from desktop.ui.guide.wallet_check_page import WalletCheckPage

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = open_guide(window)
    assert wiz.currentId() == W.INTRO
    wiz.currentPage().radios["transfer"].setChecked(True)
    go_next(wiz)
    people = wiz.currentPage()
    assert not people.relation.isVisibleTo(people)
    choose(people.a, m["son"])
    choose(people.b, m["mom"])
    go_next(wiz)
    check = wiz.currentPage()
    assert next_enabled(wiz)  # a son may send to his mother; she has resident insurance (F-W3)
    assert "王小明的医保钱包：还没开通" in check.wallets.text()
    assert "F-W4" in check.verdict.text() and "F-W6" in check.verdict.text()
    go_next(wiz)

    assert [cid for _, cid in wiz.currentPage().radios] == ["national_app_wallet_transfer"]
    pick_channel(wiz, "national_app_wallet_transfer")
    assert "王小明、李阿姨" in wiz.currentPage().opening.text()
    go_next(wiz)

    opening = steps_of(family_book, TAIYUAN, "national_app_wallet_open")
    seen = tick_through(wiz)
    assert seen == opening + opening  # each opens their own wallet, in turn
    assert family_book.member(m["son"]).wallet_opened_on == NOW.date()
    assert family_book.member(m["mom"]).wallet_opened_on == NOW.date()

    page = wiz.currentPage()
    assert isinstance(page, WalletCheckPage)
    assert "每天最多转3笔，每笔不超过¥2,000.00，22:00—06:00不能转账" in page.limits.text()
    assert "F-W6" in page.limits.text()
    page.amount.setText("2500")
    shown = page.verdict.text()
    assert "每笔最多转 ¥2,000.00，这笔是 ¥2,500.00" in shown
    assert "分 2 笔转完 ¥2,500.00" in shown  # the planner says how to split it
    page.amount.setText("500")
    page.when.setDateTime(QDateTime(page.when.date(), page.when.time().addSecs(13 * 3600)))  # 23:00
    assert "22:00—06:00 不能转账" in page.verdict.text()
    page.when.setDateTime(QDateTime(page.when.date(), page.when.time().addSecs(-13 * 3600)))  # back to 10:00
    assert "如果李阿姨在 2025-03-11 06:00 前没有接收，钱会退回给王小明" in page.verdict.text()
    assert not next_enabled(wiz)  # the hospital check (F-W7) is not ticked yet
    page.hospital.setChecked(True)
    page.institution.setText("太原市中心医院")
    assert next_enabled(wiz)
    go_next(wiz)

    step = wiz.currentPage()
    assert "要转给李阿姨：¥500.00" in step.reminder.text()
    tick_through(wiz, steps_of(family_book, TAIYUAN, "national_app_wallet_transfer"))
    assert wiz.currentId() == W.SENT
    assert wiz.currentPage().amount.fen() == 50000
    go_next(wiz)
    assert "¥500.00" in wiz.currentPage().summary.text()
    wiz.accept()

    (t,) = family_book.transfers()
    assert (t.from_id, t.to_id, t.amount_fen, t.requested_at) == (m["son"], m["mom"], 50000, NOW)
    assert t.state == "waiting" and t.returns_at == dt.datetime(2025, 3, 11, 6, 0)
    assert t.note == "太原市中心医院"
    assert family_book.guides(finished=True)[0].data["transfer_id"] == t.id


def test_the_transfer_is_checked_again_when_recorded(family_book, make_window):
    """Three transfers already sent today: the fourth is refused on the result page, nothing recorded."""
    from desktop.ui.guide import open_guide

    m = taiyuan_family(family_book)
    for d in (m["son"], m["mom"]):
        family_book.edit_member(d, wallet_opened_on=dt.date(2025, 1, 1))
    for h in (7, 8, 9):
        family_book.create_transfer(m["son"], m["mom"], 10000, dt.datetime(2025, 3, 10, h))
    window = make_window(family_book)
    wiz = open_guide(window, purpose="transfer", authorizer_id=m["son"], beneficiary_id=m["mom"])
    wiz.currentPage().radios["transfer"].setChecked(True)
    go_next(wiz)
    go_next(wiz)
    go_next(wiz)
    go_next(wiz)  # no wallet to open: straight to the check before sending
    page = wiz.currentPage()
    page.hospital.setChecked(True)
    page.amount.setText("100")
    assert "已经转了 3 笔" in page.verdict.text()  # F-W6: three a day
    assert not next_enabled(wiz)
    assert len(family_book.transfers()) == 3
    wiz.reject()
