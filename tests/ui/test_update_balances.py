"""Update balances (issue 15): the whole family on one screen, one transaction; Home's total follows; balances
older than the Settings threshold are flagged, judged by the book's (injected) clock.

The family, on 2026-03-02 13:00 (China time), balances recorded on 2026-02-20 (10 days before):
- 王建国 (Taiyuan, employee) ¥1,500.00; 李秀英 (Taiyuan, resident) ¥200.00; 王磊 (Taiyuan, employee) ¥3,000.00;
- 张桂兰 (Shanghai, resident, wallet opened 2026-01-05): own ¥0.00, wallet ¥100.00.
No bindings, no visits: the whole family can use 1,500 + 200 + 3,000 + 0 + 100 = ¥4,800.00.
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.book import FamilyBook

NOW = dt.datetime(2026, 3, 2, 13, 0)
RECORDED = dt.date(2026, 2, 20)


class Clock:
    """The book's clock, moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def family(tmp_path, clock):
    book = FamilyBook.open(tmp_path / "data", clock=clock, daily_backup=False)
    head = book.add_member("王建国", "140100", "employee")
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse")
    son = book.add_member("王磊", "140100", "employee", head_relation="child")
    mother = book.add_member("张桂兰", "310000", "resident", head_relation="parent", employment="retired",
                             wallet_opened_on=dt.date(2026, 1, 5))
    for m, fen in ((head, 150000), (wife, 20000), (son, 300000), (mother, 0)):
        book.record_statement(m.id, RECORDED, fen)
    book.record_statement(mother.id, RECORDED, 10000, account="wallet")
    yield book
    book.close()


def _home(make_window, book):
    w = make_window(book)
    return w, w.page("home")


def _notices(card, kind):
    return [label.text() for label in card.notices if label.property("kind") == kind]


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_four_balances_saved_at_once_and_homes_total_follows(qtbot, lang, make_window, family):
    w, home = _home(make_window, family)
    assert home.top.total.text() == "¥4,800.00"
    qtbot.mouseClick(home.top.update_button, Qt.MouseButton.LeftButton)
    d = w.balances_dialog
    assert d.isVisible() and d.windowTitle() == "更新余额"
    # each box holds what the book works out now
    assert [(b.member.name, b.account, b.edit.text()) for b in d.boxes] == [
        ("王建国", "personal", "1,500.00"), ("李秀英", "personal", "200.00"), ("王磊", "personal", "3,000.00"),
        ("张桂兰", "personal", "0.00"), ("张桂兰", "wallet", "100.00")]
    assert d.on.value() == NOW.date() and d.at.value() == "now"
    assert d.recorded_labels[family.members()[0].id].text() == "2026-02-20（10 天前）"
    # the cursor starts in the first box; Tab (and Enter) go on person by person (offscreen the window may be
    # inactive: the dialog's focus child is what counts)
    assert d.focusWidget() is d.boxes[0].edit
    d.boxes[0].edit.selectAll()
    qtbot.keyClicks(d.boxes[0].edit, "1234")
    qtbot.keyClick(d.boxes[0].edit, Qt.Key.Key_Tab)
    assert d.recorded_labels[family.members()[0].id].text() == "✓ 保存时会记下"
    assert d.recorded_labels[family.members()[1].id].text() == "2026-02-20（10 天前）"
    assert d.focusWidget() is d.boxes[1].edit
    d.boxes[1].edit.selectAll()
    qtbot.keyClicks(d.boxes[1].edit, "150.50")
    qtbot.keyClick(d.boxes[1].edit, Qt.Key.Key_Return)  # Enter moves on too; it does not save half a family
    assert d.focusWidget() is d.boxes[2].edit and family.statements()[0].on_date == RECORDED
    d.boxes[2].edit.selectAll()
    qtbot.keyClicks(d.boxes[2].edit, "2800")
    _type(qtbot, d.boxes[4].edit, "80")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()

    new = [s for s in family.statements() if s.on_date == NOW.date()]
    by_name = {m.id: m.name for m in family.members()}
    assert sorted((by_name[s.member_id], s.account, s.balance_fen, s.on_time) for s in new) == [
        ("张桂兰", "wallet", 8000, NOW.time()), ("李秀英", "personal", 15050, NOW.time()),
        ("王建国", "personal", 123400, NOW.time()), ("王磊", "personal", 280000, NOW.time())]
    # 张桂兰's own account was not typed in: nothing recorded for it (the screen says only typed boxes count)
    assert len(family.statements()) == 5 + 4
    # 1,234 + 150.50 + 2,800 + 0 + 80 = 4,264.50
    assert home.top.total.text() == "¥4,264.50"
    assert home.card("王建国").own.text() == "¥1,234.00"
    assert w.statusBar().currentMessage() == "已记下 4 笔余额。"


def test_nothing_typed_records_nothing_and_says_so(qtbot, lang, make_window, family):
    w, _home_page = _home(make_window, family)
    d = w.update_balances()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.isVisible()
    assert d.general.text().startswith("您还没有改任何一个框")
    assert len(family.statements()) == 5


def test_a_wrong_figure_stores_none(qtbot, lang, make_window, family):
    w, _home_page = _home(make_window, family)
    d = w.update_balances()
    _type(qtbot, d.boxes[0].edit, "999")
    _type(qtbot, d.boxes[2].edit, "12.345")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.general.text() == "请先改正上面标出的框；现在什么都还没保存。"
    assert d.errors[(family.members()[2].id, "personal")].isVisible()
    assert len(family.statements()) == 5


def test_a_past_date_records_the_end_of_that_day(qtbot, lang, make_window, family):
    w, _home_page = _home(make_window, family)
    d = w.update_balances()
    d.on.set_value(dt.date(2026, 2, 28))
    assert d.at.value() is None
    _type(qtbot, d.boxes[2].edit, "2900")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    [s] = [s for s in family.statements() if s.balance_fen == 290000]
    assert (s.on_date, s.on_time) == (dt.date(2026, 2, 28), None)


def test_reached_by_shortcut_and_from_the_family_page(qtbot, lang, make_window, family):
    w, _home_page = _home(make_window, family)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)  # shortcuts work in the active window only
    qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert w.balances_dialog is not None and w.balances_dialog.isVisible()
    w.balances_dialog.reject()
    page = w.page("family")
    assert page.update_button.text() == "更新全家余额(&U)…"
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert w.balances_dialog.isVisible()


def test_old_balances_are_flagged_after_the_threshold(qtbot, lang, make_window, family, clock):
    clock.now = dt.datetime(2026, 3, 22, 9, 0)  # 30 days after 02-20: not older than 30 days yet
    w, home = _home(make_window, family)
    assert _notices(home.card("王建国"), "stale") == []
    assert not home.top.total_warning.isVisible()

    clock.now = dt.datetime(2026, 3, 23, 9, 0)  # 31 days
    home.refresh()
    assert _notices(home.card("王建国"), "stale") == ["⚠ 余额是 31 天前（2026年2月20日）记的，可能已经变了。"]
    assert _notices(home.card("张桂兰"), "stale") == [
        "⚠ 余额是 31 天前（2026年2月20日）记的，可能已经变了。",
        "⚠ 钱包余额是 31 天前（2026年2月20日）记的，可能已经变了。"]
    assert home.top.total_warning.text() == "⚠ 这个总数里有的余额是 30 多天以前记的，可能已经不准了。"
    # one screen updates them all: one reminder naming everyone, with its button
    assert home.top.next_text.text() == "王建国、李秀英、王磊、张桂兰的余额是 30 多天以前记的：请打开官方App核对一下。"
    assert home.top.next_button.text() == "更新余额…"
    assert home.top.reminder_texts() == [home.top.next_text.text()]
    qtbot.mouseClick(home.top.next_button, Qt.MouseButton.LeftButton)
    d = w.balances_dialog
    assert d.isVisible()
    assert d.recorded_labels[family.members()[0].id].text() == "⚠ 2026-02-20（31 天前）"
    d.reject()

    # the threshold is the family's choice, kept in the book
    settings = w.page("settings")
    settings.stale_days.days.setValue(45)
    assert family.stale_days() == 45
    w.show_page("home")
    assert _notices(home.card("王建国"), "stale") == []


def test_money_from_a_family_account_counted_from_an_old_balance_is_flagged(qtbot, lang, make_window, family,
                                                                            clock):
    head, wife = family.members()[:2]
    family.record_statement(wife.id, dt.date(2026, 3, 20), 20000)  # her own balance is fresh
    family.propose_binding(head.id, wife.id, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                           amount_cap_fen=30000, status="active", registered_at=dt.datetime(2026, 1, 1, 9, 0))
    clock.now = dt.datetime(2026, 3, 23, 9, 0)
    _w, home = _home(make_window, family)
    # his ¥1,500 above Taiyuan's ¥1,000 floor (F-T10) is ¥500, within the ¥300 he allowed: ¥300 for her
    assert _notices(home.card("李秀英"), "stale") == [
        "⚠ 其中从王建国账户用的 ¥300.00，是按王建国 31 天前（2026年2月20日）记的余额算的。"]


def test_an_account_at_zero_reads_used_up(qtbot, lang, make_window, family):
    son = family.members()[2]
    family.record_statement(son.id, NOW.date(), 0)
    # the projection does see his account empty within 3 months; Home must not word that as "runs out in …"
    assert any(a.account.person_id == son.id and a.account.kind == "personal" for a in family.runs_out_soon(3))
    _w, home = _home(make_window, family)
    assert home.card("王磊").own.text() == "¥0.00（已经用完）"
    # never "runs out in …" for an account empty now: it says so in those words
    assert _notices(home.card("王磊"), "runs_out") == ["⚠ 你的账户现在已经用完了。"]
    assert home.card("张桂兰").own.text() == "¥0.00"  # a resident's account that never held money


def test_the_projection_says_it_starts_from_old_balances(qtbot, lang, make_window, family, clock):
    clock.now = dt.datetime(2026, 3, 22, 9, 0)  # 30 days: not old yet
    w, _home_page = _home(make_window, family)
    page = w.page("projection")
    assert not page.old_balances.isVisible()
    clock.now = dt.datetime(2026, 3, 23, 9, 0)
    page.recompute()
    assert page.old_balances.text() == ("⚠ 预测从 30 多天以前记的余额算起（王建国、李秀英、王磊、张桂兰），可能不准。"
                                        "在首页按“更新余额”可以改成新的数。")
