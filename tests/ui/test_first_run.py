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
