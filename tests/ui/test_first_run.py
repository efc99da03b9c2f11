"""First run: an empty book shows a welcome offering the demo family or one's own; either way Home follows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.first_run import WelcomePanel


def _home(make_window, book):
    w = make_window(book)
    return w, w.page("home")


def test_an_empty_book_shows_the_welcome(qtbot, lang, make_window, book):
    _w, home = _home(make_window, book)
    assert isinstance(home.stack.currentWidget(), WelcomePanel)
    assert home.welcome.demo_button.text() == "先看看演示家庭(&D)"
    assert home.welcome.own_button.text() == "从我自己的家庭开始(&M)"
    assert home.cards == []


def test_start_with_the_demo_family(qtbot, lang, make_window, book):
    w, home = _home(make_window, book)
    qtbot.mouseClick(home.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in book.members()] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert len(book.bindings()) == 1 and book.visit_count() > 0 and len(book.transfers()) == 3
    assert home.stack.currentWidget() is home.cards_view
    assert [c.summary.member.name for c in home.cards] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert w.statusBar().currentMessage() == "演示家庭已经准备好，可以到各页看看。"


def test_start_with_my_own_family_adds_the_first_member_right_there(qtbot, lang, make_window, book):
    w, home = _home(make_window, book)
    qtbot.mouseClick(home.welcome.own_button, Qt.MouseButton.LeftButton)
    d = home.welcome.dialog
    assert d.isVisible() and d.windowTitle() == "添加第一位家庭成员"
    assert d.relation.currentData() == "self"
    save = d.buttons.button(QDialogButtonBox.StandardButton.Save)

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # nothing filled in yet
    assert book.is_empty() and d.isVisible()
    assert d.errors["name"].text() == "请填写姓名。"
    assert isinstance(home.stack.currentWidget(), WelcomePanel)

    d.name.insert("赵兰英")
    d.region.province.setCurrentIndex(d.region.province.findText("上海市"))
    d.insurance.setCurrentIndex(d.insurance.findData("resident"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [m] = book.members()
    assert (m.name, m.head_relation, m.region_code, m.insurance) == ("赵兰英", "self", "310000", "resident")
    assert home.stack.currentWidget() is home.cards_view
    [card] = home.cards
    assert card.name.text() == "赵兰英"
    assert [n.property("kind") for n in card.notices] == ["no_statement"]  # asks for her balance next
    assert w.statusBar().currentMessage() == ("已保存。请到“家庭成员”页添加其他家人；在首页按“更新余额”可以一次记下"
                                              "全家人的余额。")


def test_cancelling_the_form_keeps_the_welcome(qtbot, lang, make_window, book):
    _w, home = _home(make_window, book)
    home.welcome.start_own()
    home.welcome.dialog.reject()
    assert book.is_empty()
    assert isinstance(home.stack.currentWidget(), WelcomePanel)


@pytest.mark.parametrize("button", ["demo_button", "own_button"])
def test_welcome_in_english(qtbot, english, make_window, book, button):
    _w, home = _home(make_window, book)
    texts = {"demo_button": "Start with a &demo family", "own_button": "Start with &my own family"}
    assert getattr(home.welcome, button).text() == texts[button]


def _fill_first(qtbot, d, name="赵兰英"):
    d.name.insert(name)
    d.region.province.setCurrentIndex(d.region.province.findText("上海市"))
    d.insurance.setCurrentIndex(d.insurance.findData("employee"))


def test_my_own_family_with_the_balance_now(qtbot, lang, make_window, tmp_path):
    """The first person's balance as the official app shows it is recorded with them: Home shows it, not ¥0."""
    import datetime as dt

    from desktop.book import FamilyBook

    now = dt.datetime(2026, 3, 2, 13, 0)
    book = FamilyBook.open(tmp_path / "own", clock=lambda: now, daily_backup=False)
    try:
        _w, home = _home(make_window, book)
        home.welcome.start_own()
        d = home.welcome.dialog
        assert d.unknown.text() == "还不知道(&K)" and d.own_now.placeholderText() == "照官方App上显示的填"
        _fill_first(qtbot, d)
        qtbot.keyClicks(d.own_now, "1234.50")
        qtbot.keyClicks(d.wallet_now, "66")
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        [m] = book.members()
        assert sorted((s.account, s.balance_fen, s.on_date, s.on_time) for s in book.statements(m.id)) == [
            ("personal", 123450, now.date(), now.time()), ("wallet", 6600, now.date(), now.time())]
        [card] = home.cards
        assert card.own.text() == "¥1,234.50" and card.wallet.text() == "¥66.00"
        assert [n.property("kind") for n in card.notices] == []  # no "no balance yet", nothing old
        assert home.top.total.text() == "¥1,300.50"  # 1,234.50 + 66
    finally:
        book.close()


def test_i_dont_know_yet_records_no_balance_and_home_says_not_recorded(qtbot, lang, make_window, book):
    _w, home = _home(make_window, book)
    home.welcome.start_own()
    d = home.welcome.dialog
    _fill_first(qtbot, d)
    qtbot.keyClicks(d.own_now, "50")
    d.unknown.setChecked(True)
    assert not d.own_now.isEnabled() and d.own_now.text() == ""
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert book.statements() == []
    [card] = home.cards
    assert card.own.text() == "还没记"  # never a bare ¥0.00 for a balance nobody has told the book
    assert [n.property("kind") for n in card.notices] == ["no_statement"]
    assert home.top.next_button.text() == "更新余额…"
    assert home.top.total_warning.text() == "⚠ 赵兰英还没记余额，这个总数里还没有算上。"


def test_the_birth_date_comes_from_the_id_number_and_a_mismatch_is_shown(qtbot, lang, make_window, book):
    """GB 11643: characters 7–14 are the birth date (the demo's 王建国, born 1966-03-08)."""
    from desktop.core import idnumber

    number = "14010519660308123" + idnumber.check_char("14010519660308123")
    _w, home = _home(make_window, book)
    home.welcome.start_own()
    d = home.welcome.dialog
    _fill_first(qtbot, d)
    qtbot.keyClicks(d.id_number, number)
    assert d.birth.text() == "1966-03-08"
    # a corrected number moves the date it filled in; a date the person typed is theirs and stays
    d.id_number.clear()
    fixed = "14010519660309123" + idnumber.check_char("14010519660309123")
    qtbot.keyClicks(d.id_number, fixed)
    assert d.birth.text() == "1966-03-09"
    d.birth.clear()
    qtbot.keyClicks(d.birth, "1966-03-10")
    d.id_number.clear()
    qtbot.keyClicks(d.id_number, number)
    assert d.birth.text() == "1966-03-10"
    assert d.errors["birth_date"].text() == "身份证号码显示出生日期是 1966-03-08，请核对这两项。"
    d.unknown.setChecked(True)
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert book.is_empty() and d.isVisible()  # nothing saved while the two disagree


def test_save_and_add_the_next_person_sets_up_the_family_in_one_sitting(qtbot, lang, make_window, book):
    _w, home = _home(make_window, book)
    home.welcome.start_own()
    first = home.welcome.dialog
    _fill_first(qtbot, first)
    qtbot.keyClicks(first.own_now, "800")
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    second = home.welcome.dialog
    assert second is not first and second.isVisible() and second.windowTitle() == "添加下一位家庭成员"
    assert [c.summary.member.name for c in home.cards] == ["赵兰英"]
    _fill_first(qtbot, second, "钱小明")
    qtbot.keyClicks(second.own_now, "1200")
    qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not second.isVisible() and home.welcome.dialog is second
    assert [(m.name, book.balance(m.id).personal_fen) for m in book.members()] == [("赵兰英", 80000),
                                                                                  ("钱小明", 120000)]
    assert home.top.total.text() == "¥2,000.00"
