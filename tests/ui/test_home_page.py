"""Home: a card per person with own balance, money usable now (with its breakdown), status and warnings.

The family, on 2026-03-02 13:00 (China time), figures worked out by hand:
- 王建国 (Taiyuan, employee): statement ¥1,300.00 on 03-01, then sent ¥200.00 to his mother's wallet at
  10:00 today (the sender pays when he asks, F-W6) → own ¥1,100.00. His account is bound to his wife and
  Taiyuan keeps ¥1,000.00 in it (F-T10): ¥100.00 above the floor, within 20% of it → "near the floor".
- 李秀英 (his wife, resident): own ¥200.00 + ¥100.00 of his account above the floor = ¥300.00 usable now.
  The binding ends 2026-03-22: 20 days from today → the "ending" warning on both cards.
- 张桂兰 (Shanghai): the ¥200.00 is not received yet; it goes back at 06:00 on 03-03 (F-W6). No statement.
- 王磊: own ¥5,000.00, nothing to warn about. 王强: suspended since 2026-02-01 (blocks family money, F-T11).
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.book import FamilyBook

NOW = dt.datetime(2026, 3, 2, 13, 0)


@pytest.fixture
def family(tmp_path):
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    head = book.add_member("王建国", "140100", "employee")
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse")
    son = book.add_member("王磊", "140100", "employee", head_relation="child")
    mother = book.add_member("张桂兰", "310000", "resident", head_relation="parent", employment="retired",
                             wallet_opened_on=dt.date(2026, 1, 5))
    brother = book.add_member("王强", "140100", "employee", head_relation="sibling", status="suspended",
                              status_date=dt.date(2026, 2, 1))
    day = dt.date(2026, 3, 1)
    for m, fen in ((head, 130000), (wife, 20000), (son, 500000), (brother, 30000)):
        book.record_statement(m.id, day, fen)
    book.propose_binding(head.id, wife.id, start=dt.date(2025, 3, 23), end=dt.date(2026, 3, 22),
                         amount_cap_fen=500000, status="active", registered_at=dt.datetime(2025, 3, 23, 9, 0))
    book.create_transfer(head.id, mother.id, 20000, dt.datetime(2026, 3, 2, 10, 0))
    yield book
    book.close()


def _home(make_window, book):
    w = make_window(book)
    return w, w.page("home")


def _notices(card, kind):
    return [label.text() for label in card.notices if label.property("kind") == kind]


def test_a_card_per_person_with_own_and_usable_money(qtbot, lang, make_window, family):
    _w, home = _home(make_window, family)
    assert [c.summary.member.name for c in home.cards] == ["王建国", "李秀英", "王磊", "张桂兰", "王强"]
    wife = home.card("李秀英")
    assert wife.own.text() == "¥200.00"
    assert wife.usable.text().startswith("¥300.00")
    assert home.card("王建国").own.text() == "¥1,100.00"
    assert home.card("王建国").usable.text().startswith("¥1,100.00")
    assert home.card("王磊").usable.text().startswith("¥5,000.00")
    assert home.card("王磊").notices == []
    assert home.card("王强").status.text() == "参保状态：停保（从 2026-02-01 起）"
    assert home.title.text() == "今天是 2026年3月2日"


def test_the_usable_figure_opens_its_breakdown_on_click_and_on_enter(qtbot, lang, make_window, family):
    _w, home = _home(make_window, family)
    wife = home.card("李秀英")
    assert not wife.breakdown.isVisible()
    qtbot.mouseClick(wife.usable, Qt.MouseButton.LeftButton)
    assert wife.breakdown.isVisible()
    lines = wife.breakdown.text().splitlines()
    assert lines[0] == "• 本人个人账户：¥200.00"
    assert lines[1] == "• 王建国的账户（家庭共济）：¥100.00"
    assert "只能用到账户保留 ¥1,000.00 为止" in lines[2]
    assert lines[-1] == "= 一共 ¥300.00"
    qtbot.mouseClick(wife.usable, Qt.MouseButton.LeftButton)
    assert not wife.breakdown.isVisible()
    wife.usable.setFocus()
    qtbot.keyClick(wife.usable, Qt.Key.Key_Return)
    assert wife.breakdown.isVisible()


def test_warnings_in_plain_words(qtbot, lang, make_window, family):
    _w, home = _home(make_window, family)
    head, wife, mother, brother = (home.card(n) for n in ("王建国", "李秀英", "张桂兰", "王强"))
    assert _notices(wife, "binding_ending") == ["⚠ 你能用王建国账户的共济绑定将在 2026年3月22日 到期（还有 20 天）。"]
    assert _notices(head, "binding_ending") == ["⚠ 李秀英用你账户的共济绑定将在 2026年3月22日 到期（还有 20 天）。"]
    assert _notices(head, "floor") == ["⚠ 你的账户有 ¥1,100.00，快到必须留下的 ¥1,000.00 了：家人最多还能用 ¥100.00。"]
    assert _notices(mother, "transfer_returns") == [
        "⚠ 王建国 转给你的医保钱包 ¥200.00，还没有接收。请在 2026年3月3日 06:00 前接收，否则钱会退回给王建国。"]
    assert _notices(head, "transfer_returns") == [
        "⚠ 你转给张桂兰的 ¥200.00 对方还没有接收；如果 2026年3月3日 06:00 前还不接收，钱会退回你的账户。"]
    assert _notices(brother, "status") == ["⚠ 参保状态：停保（从2026年2月1日起）。这段时间里，家人的账户不能替他付钱。"]
    assert _notices(mother, "no_statement")
    assert _notices(wife, "floor") == []  # the floor is about the account others use, not hers


def test_at_the_floor_family_money_stops(qtbot, lang, make_window, family):
    head = family.members()[0]
    family.record_statement(head.id, dt.date(2026, 3, 2), 100000)  # exactly the ¥1,000.00 that must stay
    _w, home = _home(make_window, family)
    assert _notices(home.card("王建国"), "floor") == [
        "⚠ 你的账户只有 ¥1,000.00，没有超过必须留下的 ¥1,000.00：家人现在用不了。"]
    wife = home.card("李秀英")
    assert wife.usable.text().startswith("¥200.00")
    assert any("不高于必须保留的 ¥1,000.00" in t for t in _notices(wife, "family_blocked"))


def test_english_cards(qtbot, english, make_window, family):
    _w, home = _home(make_window, family)
    wife = home.card("李秀英")
    assert _notices(wife, "binding_ending") == [
        "⚠ The binding that lets you use 王建国's account ends on 2026-03-22 (in 20 days)."]
    qtbot.mouseClick(wife.usable, Qt.MouseButton.LeftButton)
    assert wife.breakdown.text().splitlines()[0] == "• Own account: ¥200.00"


def test_home_reads_no_visit_or_transfer_history(qtbot, lang, make_window, family, monkeypatch):
    """The figures come from balances() and the few open items only; whole tables are never listed."""
    def refuse(*_a, **_k):
        raise AssertionError("Home must not list whole tables")

    for name in ("visits", "transfers", "statements", "visit_totals"):
        monkeypatch.setattr(family, name, refuse)
    _w, home = _home(make_window, family)
    assert len(home.cards) == 5
    assert home.last_seconds < 1.0


def test_home_follows_changes_when_shown_again(qtbot, lang, make_window, family):
    w, home = _home(make_window, family)
    son = next(m for m in family.members() if m.name == "王磊")
    w.show_page("family")
    family.record_statement(son.id, dt.date(2026, 3, 2), 123400)
    w.show_page("home")
    assert home.card("王磊").own.text() == "¥1,234.00"


def test_demo_family_home(qtbot, lang, make_window, demo_book):
    _w, home = _home(make_window, demo_book)
    names = [c.summary.member.name for c in home.cards]
    assert names == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert home.card("张桂兰").wallet is not None  # her wallet receives the transfers
    assert home.card("王磊").wallet is None


def test_the_top_answers_at_a_glance_with_ranked_reminders(qtbot, lang, make_window, family):
    w, home = _home(make_window, family)
    # own money only, each account once: 1,100 + 200 + 5,000 + 0 (张桂兰, nothing recorded) + 300 (王强)
    # = ¥6,600.00; 李秀英's ¥100.00 from her husband's account is his money, already in his ¥1,100.00
    assert home.top.total.text() == "¥6,600.00"
    assert home.top.total_warning.text() == "⚠ 张桂兰还没记余额，这个总数里还没有算上。"
    texts = home.top.reminder_texts()
    # the transfer goes back at 06:00 tomorrow: first, in the words of the one who must receive it; once
    assert texts[0].startswith("张桂兰：王建国 转给你的医保钱包 ¥200.00，还没有接收。请在 2026年3月3日 06:00 前接收")
    assert sum("¥200.00" in t for t in texts) == 1
    assert home.top.next_text.text() == texts[0] and home.top.next_button.text() == "打开“医保钱包”页"
    # then the suspended status (blocks family money now), the missing balance, the binding ending in 20 days
    # (once, though both cards say it), and the floor
    kinds = [r.notice.kind for r in home.top.reminders]
    assert [k for k in kinds if k != "runs_out"] == ["transfer_returns", "status", "no_statement", "binding_ending",
                                                     "floor"]
    assert texts[1].startswith("王强：参保状态：停保")
    assert texts[2] == "张桂兰还没记余额：请照官方App填上。"
    qtbot.mouseClick(home.top.next_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.page("wallet")
