"""Family: add and change members with a form that checks as you type, record balances, remove with care.

14010519660308123X is a valid ID number: Σ digit×weight over the first 17 = 222, 222 mod 11 = 2 → "X"
(GB 11643-1999); ending it in 0 instead breaks the checksum.
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.ui.pages import family_page

GOOD_ID = "14010519660308123X"
BAD_ID = "140105196603081230"


@pytest.fixture
def asked(monkeypatch):
    """Answer every "are you sure?" with ``asked.answer`` and remember the questions."""
    class Asked(list):
        answer = True

    questions = Asked()

    def confirm(_parent, title, text):
        questions.append((title, text))
        return questions.answer

    monkeypatch.setattr(family_page, "confirm", confirm)
    return questions


def _active(qtbot, w):
    """Shortcuts work in the active window only."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)


def _type(widget, text):
    """Typing Chinese: QTest can only send ASCII keys, so insert the text as an input method would."""
    widget.setFocus()
    widget.insert(text)


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _choose(combo, text):
    i = combo.findText(text)
    assert i >= 0, f"{text} not offered: {[combo.itemText(k) for k in range(combo.count())]}"
    combo.setCurrentIndex(i)


def _cells(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _select(page, name):
    row = next(i for i, m in enumerate(page.model.rows) if m.name == name)
    page.table.select_row(row)


def test_add_a_member_through_the_form(qtbot, lang, make_window, book):
    w = make_window(book)
    page = w.page("family")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    assert d.isVisible() and d.windowTitle() == "添加家庭成员"
    _type(d.name, "刘芳")
    _choose(d.region.province, "山西省")
    _choose(d.region.city, "太原市")
    _choose(d.insurance, "职工医保")
    _choose(d.employment, "退休")
    qtbot.keyClicks(d.id_number, GOOD_ID)
    assert d.birth.text() == "1966-03-08"  # filled from the ID number
    assert all(not e.isVisible() for e in d.errors.values())
    _save(qtbot, d)

    assert d.result() == QDialog.DialogCode.Accepted
    [m] = book.members()
    assert (m.name, m.region_code, m.insurance, m.employment) == ("刘芳", "140100", "employee", "retired")
    assert m.birth_date == dt.date(1966, 3, 8)
    assert m.id_number_masked == "1401**********123X"
    row = _cells(page.model)[0]
    assert row[0] == "刘芳" and row[3] == "1401**********123X" and row[4] == "太原市"
    assert all(GOOD_ID not in str(cell) for cell in row)
    assert w.statusBar().currentMessage() == "已添加 刘芳。"


def test_bad_input_shows_the_message_as_you_type_and_saves_nothing(qtbot, lang, make_window, book):
    w = make_window(book)
    page = w.page("family")
    _active(qtbot, w)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: new member
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=2000)  # a shortcut "animates" the click
    d = page.dialog
    qtbot.keyClicks(d.id_number, BAD_ID)
    assert d.errors["id_number"].isVisible()
    assert d.errors["id_number"].text() == "校验位不对，请核对号码是否输错。"
    d.id_number.clear()
    qtbot.keyClicks(d.id_number, "1401051966")
    assert d.errors["id_number"].text() == "身份证号码应为18位，现在是10位。"
    qtbot.keyClicks(d.birth, (book.today() + dt.timedelta(days=1)).isoformat())
    assert d.errors["birth_date"].text() == "出生日期不能晚于今天。"
    d.birth.clear()
    qtbot.keyClicks(d.birth, "1966-02-30")
    assert d.errors["birth_date"].text() == "这不是日期，请写成 1956-03-08 这样。"
    assert not d.errors["name"].isVisible()  # not touched yet: no shouting at an empty form

    _save(qtbot, d)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.errors["name"].text() == "请填写姓名。"
    assert d.errors["region_code"].text() == "请选择这个人参保所在的省和市。"
    assert d.general.text() == "请改正上面标出的地方；现在还没有保存。"
    assert book.members() == []
    assert d.focusWidget() is d.name  # the first field to fix has the focus (offscreen: the window may be inactive)


def test_region_is_chosen_by_province_then_city(qtbot, lang, make_window, book):
    w = make_window(book)
    page = w.page("family")
    page.add_member()
    r = page.dialog.region
    assert r.code() is None and not r.city.isEnabled()
    _choose(r.province, "山西省")
    assert [r.city.itemText(i) for i in range(r.city.count())] == ["太原市", "大同市", "省内其他城市（按全省规定）"]
    _choose(r.city, "省内其他城市（按全省规定）")
    assert r.code() == "140000"
    _choose(r.province, "上海市")
    assert [r.city.itemText(i) for i in range(r.city.count())] == ["上海市"]
    assert r.code() == "310000"


def test_change_a_member_keeps_the_id_number_unless_retyped(qtbot, lang, make_window, demo_book):
    w = make_window(demo_book)
    page = w.page("family")
    _select(page, "李秀英")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    d = page.dialog
    assert d.name.text() == "李秀英" and d.id_number.text() == ""
    assert "1401**********302X" in d.id_number.placeholderText()
    _choose(d.status, "停保")
    qtbot.keyClicks(d.status_date, "2026-01-01")
    _save(qtbot, d)
    m = next(m for m in demo_book.members() if m.name == "李秀英")
    assert (m.status, m.status_date, m.has_id_number) == ("suspended", dt.date(2026, 1, 1), True)
    assert _cells(page.model)[page.table.current_row()][7] == "停保（从 2026-01-01 起）"
    assert w.statusBar().currentMessage() == "李秀英 的资料已保存。"


def test_record_a_balance_statement(qtbot, lang, make_window, demo_book):
    w = make_window(demo_book)
    page = w.page("family")
    _select(page, "王磊")
    son = page.selected()
    _active(qtbot, w)
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B: record a balance
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=2000)
    d = page.dialog
    before = len(demo_book.statements(son.id))
    assert d.on.text() == demo_book.today().isoformat()
    qtbot.keyClicks(d.balance, "1234.567")
    assert d.errors["balance"].text() == "最多两位小数（最小单位是 0.01 元）。"
    _save(qtbot, d)
    assert len(demo_book.statements(son.id)) == before and d.isVisible()
    d.balance.clear()
    qtbot.keyClicks(d.balance, "1234.5")
    qtbot.keyClicks(d.credit, "380")
    _save(qtbot, d)
    latest = demo_book.statements(son.id)[0]
    assert (latest.on_date, latest.balance_fen, latest.monthly_credit_fen, latest.account) == (
        demo_book.today(), 123450, 38000, "personal")
    assert _cells(page.statements)[0][:4] == [demo_book.today().isoformat(), "个人账户", "¥1,234.50", "¥380.00"]
    assert page.statements_title.text() == "王磊 的余额记录"
    assert w.statusBar().currentMessage() == f"已记下 王磊 在 {demo_book.today().isoformat()} 的余额：¥1,234.50"


def test_removal_asks_first_and_is_refused_with_the_reason(qtbot, lang, make_window, demo_book, asked):
    w = make_window(demo_book)
    page = w.page("family")
    _select(page, "王建国")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked == [("删除成员", "要把 王建国 从家庭账本里删除吗？")]
    assert page.message.isVisible()
    # two balance records: the demo's opening one and yesterday's
    assert page.message.text().startswith("王建国还有相关记录，不能删除：余额记录 2 条、共济绑定 1 条、就医记录 2 条")
    assert len(demo_book.members()) == 4
    assert w.statusBar().currentMessage() == "没有删除 王建国。"


def test_removal_of_someone_without_records(qtbot, lang, make_window, book, asked):
    book.add_member("张三", "140100", "employee")
    w = make_window(book)
    page = w.page("family")
    _select(page, "张三")
    asked.answer = False
    _active(qtbot, w)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and [m.name for m in book.members()] == ["张三"]
    asked.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert book.members() == []
    assert page.model.rowCount() == 0
    assert w.statusBar().currentMessage() == "已删除 张三。"


def test_family_page_in_english(qtbot, english, make_window, demo_book):
    w = make_window(demo_book)
    page = w.page("family")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Name", "Relation to the head", "Age", "ID number", "Insured place", "Insurance",
                       "Working or retired", "Status"]
    assert _cells(page.model)[0][:2] == ["王建国", "Head of the household"]
    assert _cells(page.model)[3][4] == "Shanghai"
