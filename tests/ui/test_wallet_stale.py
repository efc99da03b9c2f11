"""The Wallet page flags figures that count from an old balance (issue 15), as Home does: a standing quota (both
people's balances) and a planned transfer still to send (the sender's), each saying whose balance is how old, and
one line over the tables with the update screen's button. The threshold is the book's (Settings, 30 days by
default); the clock is injected: balances recorded on 1 May 2026, the page opened on 31 May (30 days: not old),
16 June (46 days: old), and after the family updates them (not old again)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.book import BalanceEntry, FamilyBook
from tests.ui.families import cells

RECORDED = dt.datetime(2026, 5, 1, 9, 0)


@pytest.fixture
def fam(tmp_path):
    clock = [RECORDED]
    book = FamilyBook.open(tmp_path / "data", clock=lambda: clock[0], daily_backup=False)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8)).id
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse",
                           birth_date=dt.date(1968, 7, 21)).id
    son = book.add_member("王磊", "140100", "employee", head_relation="child", birth_date=dt.date(1993, 11, 2)).id
    book.record_statements([BalanceEntry(head, 800000), BalanceEntry(wife, 50000), BalanceEntry(son, 300000)],
                           RECORDED.date())
    book.set_quota(head, wife, 200000, dt.datetime(2026, 5, 2, 9, 0))  # 2026: the quota model (F-N11)
    yield book, clock, head, wife, son
    book.close()


def _open_on(make_window, book, clock, when):
    """On ``when`` 王磊 plans ¥1,000 for his mother (sent today: within the day's limits), then the page opens."""
    clock[0] = when
    son, wife = (next(m.id for m in book.members() if m.name == n) for n in ("王磊", "李秀英"))
    book.set_sharing_model("transfer")  # the planner's transfers need the transfer model
    book.record_transfer_plan(son, wife, 100000, when + dt.timedelta(days=5))
    book.set_sharing_model("rules")
    w = make_window(book)
    return w, w.page("wallet")


def test_no_flag_while_balances_are_recent(qtbot, lang, fam, make_window):
    book, clock, *_ = fam
    _w, page = _open_on(make_window, book, clock, dt.datetime(2026, 5, 31, 10, 0))  # 30 days: within the limit
    assert not page.stale_note.isVisibleTo(page) and not page.update_button.isVisibleTo(page)
    assert cells(page.quota_model, 0)[-1] == "有效：剩下的 ¥2,000.00 王建国自己不能用"
    assert cells(page.planned_model, 0)[-1] == "今天转"


def test_every_figure_on_an_old_balance_says_so(qtbot, lang, fam, make_window):
    book, clock, *_ = fam
    _w, page = _open_on(make_window, book, clock, dt.datetime(2026, 6, 16, 10, 0))  # 1 May + 46 days
    assert page.stale_note.isVisibleTo(page) and page.update_button.isVisibleTo(page)
    assert page.stale_note.text() == (
        "⚠ 下面的额度和计划转账是按 30 多天以前记的余额算的：王建国的余额是 46 天前（2026年5月1日）记的、"
        "李秀英的余额是 46 天前（2026年5月1日）记的、王磊的余额是 46 天前（2026年5月1日）记的。请打开官方App核对并更新余额。")
    # the quota counts from both its people's balances: in its row, its used and left figures, and its detail
    quota = cells(page.quota_model, 0)
    assert quota[-1] == ("有效：剩下的 ¥2,000.00 王建国自己不能用 ⚠ 王建国的余额是 46 天前（2026年5月1日）记的；"
                         "李秀英的余额是 46 天前（2026年5月1日）记的")
    tip = Qt.ItemDataRole.ToolTipRole
    for column in (4, 5):  # used, left
        assert page.quota_model.data(page.quota_model.index(0, column), tip) == (
            "⚠ 王建国的余额是 46 天前（2026年5月1日）记的；李秀英的余额是 46 天前（2026年5月1日）记的")
    page.quota_table.select_row(0)
    assert "⚠ 王建国的余额是 46 天前" in page.quota_detail.text()
    # a planned transfer counts from its sender's balance only
    assert {cells(page.planned_model, r)[-1] for r in range(page.planned_model.rowCount())} == {
        "今天转 ⚠ 王磊的余额是 46 天前（2026年5月1日）记的"}


def test_the_threshold_from_settings_decides(qtbot, lang, fam, make_window):
    book, clock, *_ = fam
    w, page = _open_on(make_window, book, clock, dt.datetime(2026, 6, 16, 10, 0))
    w.book.set_stale_days(60)  # 46 days is within 60: the page follows at once
    assert not page.stale_note.isVisibleTo(page)
    assert cells(page.quota_model, 0)[-1] == "有效：剩下的 ¥2,000.00 王建国自己不能用"


def test_updating_the_balances_clears_the_flags(qtbot, lang, fam, make_window):
    book, clock, head, wife, son = fam
    w, page = _open_on(make_window, book, clock, dt.datetime(2026, 6, 16, 10, 0))
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = w.balances_dialog
    assert dialog is not None and dialog.isVisible()
    w.book.record_statements([BalanceEntry(head, 790000), BalanceEntry(wife, 45000), BalanceEntry(son, 290000)],
                             book.today())
    dialog.reject()
    assert not page.stale_note.isVisibleTo(page)
    assert "⚠" not in cells(page.quota_model, 0)[-1]
    assert "⚠" not in cells(page.planned_model, 0)[-1]
