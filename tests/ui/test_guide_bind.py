"""Walking the binding guide to a recorded binding: Taiyuan by WeChat (in force at once), Taiyuan on the
web (pending review, then passed), Shanghai through 随申办 (F-W8) and Datong at the counter (F-R2)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.test_guide_support import (
    DATONG,
    SHANGHAI,
    TAIYUAN,
    choose,
    go_next,
    next_enabled,
    no_guide_errors,  # noqa: F401  (fixture)
    open_book,
    pick_channel,
    shanghai_family,
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


def _start_from_bindings_page(window, beneficiary_id):
    """The Bindings page's “Add binding” path: its hook opens the guide at “who”."""
    from desktop.ui.guide import wizard as W

    page = window.page("bindings")
    wiz = page.start_guide(None, beneficiary_id)
    assert isinstance(wiz, W.GuideWizard)
    assert wiz.currentId() == W.PEOPLE
    return wiz


def test_taiyuan_wechat_binding_ends_active_and_shows_on_the_bindings_page(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start_from_bindings_page(window, m["dad"])
    people = wiz.currentPage()
    assert not next_enabled(wiz)  # nobody chosen to pay yet
    choose(people.a, m["son"])
    assert people.relation.currentData() == "parent"  # worked out through the household head
    assert "太原市" in people.region.text()
    assert go_next(wiz) == W.CHECK

    check = wiz.currentPage()
    assert check.start.isVisibleTo(check) and check.amount.isVisibleTo(check)  # Shanxi's form asks (F-T2)
    assert check.basis.text() == "依据：太原市 2025 版地区资料（随程序提供）。"  # which pack and version
    assert not next_enabled(wiz)  # the amount is still missing
    assert "授权额度" in check.form_error.text()
    check.amount.setText("2000")
    assert next_enabled(wiz)
    shown = check.verdict.text()
    assert "可以，能办" in shown and "F-T2" in shown and "F-G3" in shown
    assert go_next(wiz) == W.CHANNEL

    channels = [cid for _, cid in wiz.currentPage().radios]
    assert channels == ["shanxi_wechat", "shanxi_web", "local_wechat", "national_web"]  # the region's own first
    pick_channel(wiz, "shanxi_wechat")
    go_next(wiz)
    tick_through(wiz, steps_of(family_book, TAIYUAN, "shanxi_wechat"))

    result = wiz.currentPage()
    assert wiz.currentId() == W.RESULT
    assert result.active.isChecked()  # no review through the WeChat account
    assert result.amount.fen() == 200000
    result.registered.setDateTime(result.registered.dateTime().addSecs(-3600))  # submitted at 09:00
    assert go_next(wiz) == W.DONE
    assert "有效" in wiz.currentPage().summary.text()
    wiz.accept()

    (b,) = family_book.bindings(m["dad"])
    assert (b.authorizer_id, b.status, b.channel_id) == (m["son"], "active", "shanxi_wechat")
    assert (b.start_date, b.end_date, b.amount_cap_fen) == (dt.date(2025, 3, 10), dt.date(2026, 3, 9), 200000)
    assert b.registered_at == dt.datetime(2025, 3, 10, 9, 0)
    (g,) = family_book.guides()
    assert g.finished and g.binding_id == b.id

    page = window.page("bindings")
    assert page.model.rowCount() == 1
    assert page.model.binding(0).id == b.id
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "王小明" in cells and "有效" in cells


def test_taiyuan_web_binding_waits_for_review_then_passes_when_the_guide_is_reopened(family_book, make_window):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from desktop.ui.guide import open_guide
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start_from_bindings_page(window, m["dad"])
    choose(wiz.currentPage().a, m["son"])
    go_next(wiz)
    wiz.currentPage().amount.setText("1500")
    go_next(wiz)
    pick_channel(wiz, "shanxi_web")
    assert "F-T8" in wiz.currentPage().note.text()  # the pack's warning about false statements
    go_next(wiz)
    tick_through(wiz, steps_of(family_book, TAIYUAN, "shanxi_web"))
    result = wiz.currentPage()
    assert result.pending.isChecked()  # the web platform reviews first (F-T3)
    go_next(wiz)
    assert "待审核" in wiz.currentPage().summary.text()
    wiz.accept()

    (b,) = family_book.bindings(m["dad"])
    assert b.status == "pending" and b.amount_cap_fen == 150000
    (g,) = family_book.guides(finished=False)  # kept open for the review's answer
    assert g.binding_id == b.id

    wiz = open_guide(window, guide_id=g.id)
    assert wiz.currentId() == W.RESULT
    page = wiz.currentPage()
    assert page.review_mode and page.rejected.isVisibleTo(page)
    assert page.registered.dateTime().toString("yyyy-MM-dd HH:mm") == "2025-03-10 10:00"  # as submitted
    assert not page.amount.isEnabled()  # what was submitted is not edited here
    page.active.setChecked(True)
    page.registered.setDateTime(QDateTime(QDate(2025, 3, 12), QTime(9, 30)))  # the time the approval shows
    go_next(wiz)
    wiz.accept()
    (b,) = family_book.bindings(m["dad"])
    assert b.status == "active"
    assert b.registered_at == dt.datetime(2025, 3, 12, 9, 30)
    assert family_book.guides(finished=False) == []


def test_shanghai_binding_through_suishenban(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = shanghai_family(family_book)
    window = make_window(family_book)
    wiz = _start_from_bindings_page(window, m["wife"])
    choose(wiz.currentPage().a, m["husband"])
    assert "上海市" in wiz.currentPage().region.text()
    go_next(wiz)
    check = wiz.currentPage()
    assert not check.start.isVisibleTo(check) and not check.amount.isVisibleTo(check)  # no dates or amount asked
    assert next_enabled(wiz)
    go_next(wiz)
    channels = [cid for _, cid in wiz.currentPage().radios]
    assert channels[0] == "shanghai_suishenban"
    pick_channel(wiz, "shanghai_suishenban")
    go_next(wiz)
    seen = tick_through(wiz, steps_of(family_book, SHANGHAI, "shanghai_suishenban"))
    assert "发起组建" in seen[3]  # F-W8
    assert wiz.currentId() == W.RESULT
    assert not wiz.currentPage().amount.isVisibleTo(wiz.currentPage())
    go_next(wiz)
    wiz.accept()
    (b,) = family_book.bindings(m["wife"])
    assert (b.status, b.channel_id, b.start_date, b.amount_cap_fen) == ("active", "shanghai_suishenban", None, None)


def test_datong_binding_at_the_counter(family_book, make_window):
    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start_from_bindings_page(window, m["dad"])
    choose(wiz.currentPage().a, m["daughter"])
    people = wiz.currentPage()
    assert "大同市" in people.region.text() and "太原市" in people.region.text()
    go_next(wiz)
    wiz.currentPage().amount.setText("800")
    go_next(wiz)
    assert [cid for _, cid in wiz.currentPage().radios][0] == "datong_counter"
    pick_channel(wiz, "datong_counter")
    go_next(wiz)
    step = wiz.currentPage()
    assert "王小红" in step.who.text() and "经办窗口" in step.who.text()
    tick_through(wiz, steps_of(family_book, DATONG, "datong_counter"))
    go_next(wiz)
    wiz.accept()
    (b,) = family_book.bindings(m["dad"])
    assert (b.authorizer_id, b.channel_id, b.region_code, b.status) == (m["daughter"], "datong_counter", DATONG, "active")


def test_going_back_to_another_channel_starts_its_steps_afresh(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    wiz = _start_from_bindings_page(window, m["dad"])
    choose(wiz.currentPage().a, m["son"])
    go_next(wiz)
    wiz.currentPage().amount.setText("2000")
    go_next(wiz)
    pick_channel(wiz, "shanxi_wechat")
    go_next(wiz)
    wiz.currentPage().tick.setChecked(True)
    go_next(wiz)
    assert wiz.state.done == {0}
    wiz.back()
    wiz.back()
    assert wiz.currentId() == W.CHANNEL
    pick_channel(wiz, "shanxi_web")
    go_next(wiz)
    assert wiz.state.done == set()
    assert wiz.currentPage().text.text() == steps_of(family_book, TAIYUAN, "shanxi_web")[0]
    assert len(wiz.items) == 4
    wiz.reject()


def test_home_card_starts_the_guide_and_shows_the_new_binding_at_once(family_book, make_window):
    from desktop.ui.guide import wizard as W

    m = taiyuan_family(family_book)
    window = make_window(family_book)
    home = window.page("home")
    card = home.card("王大爷")
    assert card.summary.balance.usable_fen == 0  # nothing of his own recorded, nobody pays for him yet
    assert card.guide_button.text() == "共济办理向导…"
    card.guide_button.click()
    (wiz,) = [w for w in window.findChildren(W.GuideWizard) if w.isVisible()]
    assert wiz.currentId() == W.PEOPLE
    assert wiz.state.beneficiary_id == m["dad"]
    choose(wiz.currentPage().a, m["son"])
    go_next(wiz)
    wiz.currentPage().amount.setText("2000")
    go_next(wiz)
    pick_channel(wiz, "shanxi_wechat")
    go_next(wiz)
    tick_through(wiz)
    go_next(wiz)
    # stored on leaving the result page: the Home page (shown behind the guide) already counts it:
    # 王小明's ¥8,000 above the ¥1,000 floor (F-T10), capped at the ¥2,000 authorized
    assert window.stack.currentWidget() is home
    card = home.card("王大爷")  # not shown again: refreshed by the guide itself
    assert card.summary.balance.usable_fen == 200000
    wiz.accept()
