"""The menu bar, its standard keys, undo/redo from the Edit menu, and the one signal pages refresh from.

The demo family (desktop/demo.py) in a fresh book; the database is compared table by table
(tests/test_book_undo.py: ``dump``), so "undone" means every row is as it was, payer lines included.
"""

from __future__ import annotations

import re
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMessageBox

from desktop import demo
from desktop.ui.main_window import ENTRIES
from tests.test_book_undo import dump


@pytest.fixture
def fam(book):
    return demo.build_demo(book)


def _mnemonics(texts):
    return [m.group(1).upper() for t in texts if (m := re.search(r"&(\w)", t))]


def _titles(w):
    m = w.menus
    return [x.title() for x in (m.file, m.edit, m.view, m.help)]


def test_menu_bar_in_chinese_with_a_letter_each(qtbot, lang, make_window, book, fam):
    w = make_window(book)
    assert _titles(w) == ["文件(&F)", "编辑(&E)", "查看(&V)", "帮助(&H)"]
    m = w.menus
    assert [a.text() for a in m.file.actions() if not a.isSeparator()] == [
        "新增家庭成员(&N)…", "导入账本(&I)…", "导出账本(&X)…", "马上备份(&B)", "打印(&P)…", "退出(&Q)"]
    assert [a.text() for a in m.edit.actions() if not a.isSeparator()] == ["撤销(&U)", "重做(&R)", "查找(&F)"]
    assert [a.text() for a in m.help.actions()] == ["帮助内容(&H)", "关于家庭共济助手(&A)"]
    for menu in (m.file, m.edit, m.view, m.help, m.language):
        letters = _mnemonics(a.text() for a in menu.actions() if not a.isSeparator())
        assert len(letters) == len(set(letters)) == len([a for a in menu.actions() if not a.isSeparator()])


def test_menu_bar_in_english(qtbot, english, make_window, book, fam):
    w = make_window(book)
    assert _titles(w) == ["&File", "&Edit", "&View", "&Help"]
    assert w.menus.undo.text() == "&Undo" and not w.menus.undo.isEnabled()


def test_standard_keys(qtbot, lang, make_window, book, fam):
    m = make_window(book).menus
    std = QKeySequence.StandardKey
    assert m.undo.shortcuts() == QKeySequence.keyBindings(std.Undo) and m.undo.shortcuts()
    assert m.redo.shortcuts() == QKeySequence.keyBindings(std.Redo) and m.redo.shortcuts()
    assert m.find.shortcuts() == QKeySequence.keyBindings(std.Find) and m.find.shortcuts()
    assert m.help_contents.shortcuts() == (QKeySequence.keyBindings(std.HelpContents) or [QKeySequence("F1")])
    quit_keys = QKeySequence.keyBindings(std.Quit) or [QKeySequence("Ctrl+Q")]
    assert m.quit.shortcuts() == quit_keys
    assert QKeySequence("Ctrl+Q") in m.quit.shortcuts()  # Linux's Quit; Windows has none, so it is added there


def test_no_page_uses_a_letter_of_the_menu_bar(qtbot, lang, make_window, book, fam):
    """Alt+F, Alt+E, Alt+V and Alt+H open the menus on every page, in both languages (a page's own
    underlined F, E, V or H would make the key ambiguous, and neither would act)."""
    from desktop.ui import i18n

    for language in ("zh_CN", "en"):
        i18n.install(language)
        w = make_window(book)
        bar = set(_mnemonics(_titles(w)))
        assert bar == {"F", "E", "V", "H"}
        for key, *_ in ENTRIES:
            page = w.page(key)
            texts = [x.text() for x in page.findChildren(QAbstractButton) + page.findChildren(QLabel)]
            texts += [x.title() for x in page.findChildren(QGroupBox)]
            clash = [t for t in texts if set(_mnemonics([t])) & bar]
            assert clash == [], (language, key)
        w.close()


def _delete_first_visit(qtbot, w, monkeypatch):
    from desktop.ui.pages import visits_page

    monkeypatch.setattr(visits_page, "confirm", lambda *a: True)
    page = w.page("visits")
    page.table.select_row(0)
    assert page.delete_visit()
    qtbot.waitUntil(lambda: w.history.stack.count() == 1, timeout=5000)  # written off the GUI thread
    return page


def test_undo_and_redo_a_deleted_visit_from_the_edit_menu(qtbot, lang, make_window, book, fam, monkeypatch):
    w = make_window(book)
    before = dump(book)
    page = _delete_first_visit(qtbot, w, monkeypatch)
    after = dump(book)
    assert len(after["visits"]) == len(before["visits"]) - 1
    m = w.menus
    assert m.undo.isEnabled() and m.undo.text() == "撤销 删除就诊记录(&U)"
    assert not m.redo.isEnabled() and m.redo.text() == "重做(&R)"
    m.undo.trigger()
    assert dump(book) == before
    assert w.statusBar().currentMessage() == "已撤销：删除就诊记录"
    qtbot.waitUntil(lambda: page.model.rowCount() == len(before["visits"]), timeout=5000)  # the page read it again
    assert m.redo.isEnabled() and m.redo.text() == "重做 删除就诊记录(&R)" and not m.undo.isEnabled()
    m.redo.trigger()
    assert dump(book) == after
    qtbot.waitUntil(lambda: page.model.rowCount() == len(after["visits"]), timeout=5000)


def test_ctrl_z_undoes_and_the_step_names_follow_the_language(qtbot, lang, make_window, book, fam, monkeypatch):
    w = make_window(book)
    before = dump(book)
    _delete_first_visit(qtbot, w, monkeypatch)
    w.choose_language("en")
    try:
        assert w.menus.undo.text() == "&Undo Delete visit"
        w.activateWindow()
        qtbot.waitUntil(lambda: w.isActiveWindow() and w.stack.isVisible(), timeout=2000)  # rebuilt pages shown
        qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert dump(book) == before
        assert w.menus.redo.text() == "&Redo Delete visit"
    finally:
        w.choose_language("zh_CN")


@pytest.mark.parametrize(("op", "name_zh"), [
    ("remove_member", "删除家庭成员"), ("delete_statement", "删除余额记录"), ("terminate_binding", "终止共济绑定"),
    ("delete_transfer", "删除钱包转账"), ("remove_planned", "删除计划支出"), ("record_visit", "新增就诊记录"),
])
def test_each_kind_of_change_through_the_window_is_one_step(qtbot, lang, make_window, book, fam, op, name_zh):
    import datetime as dt

    extra = book.add_member("王小雨", "140100", "resident", head_relation="child")
    w = make_window(book)
    args = {
        "remove_member": (extra.id,),
        "delete_statement": (book.statements(fam.spouse)[0].id,),
        "terminate_binding": (fam.binding, book.today() - dt.timedelta(days=10)),
        "delete_transfer": (fam.transfers[0],),
        "remove_planned": (book.planned()[0].id,),
        "record_visit": (fam.son, book.today(), "outpatient", "1", 12000),
    }[op]
    before = dump(book)
    getattr(w.book, op)(*args)
    after = dump(book)
    assert after != before and w.history.stack.count() == 1
    assert w.menus.undo.text() == f"撤销 {name_zh}(&U)"
    w.menus.undo.trigger()
    assert dump(book) == before
    w.menus.redo.trigger()
    assert dump(book) == after


def test_a_step_whose_records_changed_since_is_refused_and_the_history_cleared(qtbot, lang, make_window, book,
                                                                               fam):
    w = make_window(book)
    w.book.edit_member(fam.son, name="王磊磊")
    book.edit_member(fam.son, note="从命令行改的")  # not through the window: no step
    before = dump(book)
    w.menus.undo.trigger()
    assert dump(book) == before
    box = w.findChild(QMessageBox, "StepRefused")
    assert box is not None and "不能撤销" in box.text()
    assert w.history.stack.count() == 0 and not w.menus.undo.isEnabled()


def test_the_page_shown_refreshes_after_a_write_and_the_others_when_shown(qtbot, lang, make_window, book, fam):
    w = make_window(book)
    family = w.page("family")
    names = [m.name for m in family.model.rows]
    w.book.add_member("王小雨", "140100", "resident", head_relation="child")
    assert [m.name for m in family.model.rows] == [*names, "王小雨"]  # no refresh called by anyone
    bindings = w.page("bindings")
    w.show_page("family")
    w.book.add_member("王小雪", "140100", "resident", head_relation="child")
    w.show_page("bindings")
    assert "王小雪" in [bindings.person.itemText(i) for i in range(bindings.person.count())]


def test_an_import_starts_the_history_afresh(qtbot, lang, make_window, book, fam, tmp_path):
    w = make_window(book)
    w.book.edit_member(fam.son, name="王磊磊")
    assert w.history.stack.count() == 1
    path = tmp_path / "book.json"
    book.export_json(path)
    w.book.import_json(path, replace=True)
    assert w.history.stack.count() == 0 and not w.menus.undo.isEnabled()


def test_find_puts_the_cursor_in_the_pages_search_box(qtbot, lang, make_window, book, fam):
    w = make_window(book)
    w.show_page("home")
    assert not w.menus.find.isEnabled()  # Home has no search box
    page = w.page("family")
    box = page.search_field()  # the Family page's own search box
    assert box is not None
    box.setText("王")
    w.show_page("family")
    assert w.menus.find.isEnabled()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.focusWidget() is box and box.selectedText() == "王"


def test_view_menu_switches_large_text_and_the_settings_box_follows(qtbot, lang, make_window, book, fam,
                                                                    ui_settings):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import theme

    theme.apply(QApplication.instance(), False)
    w = make_window(book)
    settings_page = w.page("settings")
    try:
        w.menus.large_text.trigger()
        assert ui_settings.large_text() and settings_page.large.isChecked()
        assert QApplication.instance().font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * theme.LARGE_SCALE)
        settings_page.large.setChecked(False)
        assert not ui_settings.large_text() and not w.menus.large_text.isChecked()
        assert QApplication.instance().font().pointSizeF() == theme.BASE_POINT_SIZE
    finally:
        theme.apply(QApplication.instance(), False)


def test_view_menu_switches_the_language(qtbot, lang, make_window, book, fam, ui_settings):
    w = make_window(book)
    w.show_page("visits")
    try:
        w.menus.languages["en"].trigger()
        assert ui_settings.language() == "en" and w.windowTitle() == "FamilyPool"
        assert _titles(w) == ["&File", "&Edit", "&View", "&Help"] and w.menus.languages["en"].isChecked()
        assert w.current_page() is w.page("visits")
    finally:
        w.choose_language("zh_CN")
    assert _titles(w)[0] == "文件(&F)"


def test_help_and_about(qtbot, lang, make_window, book, fam):
    w = make_window(book)
    w.menus.help_contents.trigger()
    box = w.menus.box
    assert box.windowTitle() == "家庭共济助手帮助"
    for text in ("首页", "就医记录", "余额预测", "撤销"):
        assert text in box.text()
    box.close()
    w.menus.about.trigger()
    assert w.menus.about.text() == "关于家庭共济助手(&A)" and str(book.data_dir) in w.menus.box.text()


def test_file_menu_new_member_opens_the_form_on_the_family_page(qtbot, lang, make_window, book, fam):
    w = make_window(book)
    w.show_page("home")
    w.menus.new_member.trigger()
    assert w.current_page() is w.page("family")
    dialog = w.page("family").dialog
    assert dialog.isVisible()
    dialog.reject()


def test_quit_waits_for_the_work_off_the_gui_thread_then_closes_the_book(qtbot, lang, make_window, book, fam):
    """Ctrl+Q while the Visits page's totals are still being worked out: the window waits for them, and only
    then closes the book (a read cut off by the closed database would fail on its thread)."""
    seen = []
    slow_totals = book.visit_totals
    closing = book.close

    def visit_totals(*args, **filters):
        time.sleep(0.4)
        out = slow_totals(*args, **filters)
        seen.append(("totals", threading.current_thread() is threading.main_thread()))
        return out

    def close():
        seen.append(("close", None))
        closing()

    book.visit_totals = visit_totals
    book.close = close
    w = make_window(book)
    page = w.page("visits")
    assert page.totals_pending()
    w.menus.quit.trigger()
    assert not w.isVisible()
    assert ("totals", False) in seen and seen[-1] == ("close", None)  # the background read ended first
    assert seen.count(("close", None)) == 1
    assert not page.totals_pending() or all(t.isFinished() for t in page._totals_workers)
