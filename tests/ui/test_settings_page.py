"""Settings: backups (back up now, restore with the book closed and reopened), the whole book as a JSON file
(export; import all-or-nothing with every problem and its place), large text."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.book import FamilyBook
from desktop.ui import theme
from desktop.ui.pages import settings_page


@pytest.fixture
def answers(monkeypatch):
    """File choosers and "are you sure?" answered by the test."""
    class Answers:
        save_path = None
        open_path = None
        confirm = True
        questions: list = []

    a = Answers()
    a.questions = []
    monkeypatch.setattr(settings_page, "choose_save_path", lambda _p, _t, _s: a.save_path)
    monkeypatch.setattr(settings_page, "choose_open_path", lambda _p, _t: a.open_path)

    def confirm(_parent, title, text):
        a.questions.append((title, text))
        return a.confirm

    monkeypatch.setattr(settings_page, "confirm", confirm)
    return a


@pytest.fixture
def own_book(tmp_path):
    book = FamilyBook.open(tmp_path / "data", daily_backup=False)
    yield book
    book.close()


def _cells(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_back_up_now(qtbot, lang, make_window, own_book):
    own_book.add_member("王建国", "140100", "employee")
    w = make_window(own_book)
    page = w.page("settings")
    assert page.backups.rowCount() == 0
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    [row] = _cells(page.backups)
    assert row[1] == "手动备份"
    [made] = own_book.backups()
    assert row[2] == made.name and made.reason == "manual"
    assert w.statusBar().currentMessage() == f"已备份：{made.name}"


def test_restore_closes_the_book_puts_the_backup_in_place_and_reopens(qtbot, lang, make_window, own_book, answers):
    own_book.add_member("王建国", "140100", "employee")
    w = make_window(own_book)
    page = w.page("settings")
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    own_book.add_member("李秀英", "140100", "resident", head_relation="spouse")  # after the backup
    page.refresh()
    page.backup_table.select_row(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)

    [(title, text)] = answers.questions
    assert title == "恢复备份" and "手动备份" in text
    assert w.book.book is not own_book and isinstance(w.book.book, FamilyBook)
    try:
        assert [m.name for m in w.book.members()] == ["王建国"]
        reasons = [b.reason for b in w.book.backups()]
        assert reasons.count("before-restore") == 1  # the book as it was, kept
        assert w.stack.currentWidget() is w.page("settings") and w.page("settings") is not page
        assert w.statusBar().currentMessage().startswith("已恢复 ")
        w.show_page("family")
        assert [m.name for m in w.page("family").model.rows] == ["王建国"]  # pages built on the new book
    finally:
        w.book.close()


def test_restore_cancelled_changes_nothing(qtbot, lang, make_window, own_book, answers):
    own_book.add_member("王建国", "140100", "employee")
    own_book.backup("manual")
    own_book.add_member("李秀英", "140100", "resident", head_relation="spouse")
    w = make_window(own_book)
    page = w.page("settings")
    answers.confirm = False
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert w.book.book is own_book and len(own_book.members()) == 2


def test_export_the_whole_book(qtbot, lang, make_window, demo_book, answers, tmp_path):
    w = make_window(demo_book)
    page = w.page("settings")
    answers.save_path = tmp_path / "out" / "家里的账本"
    answers.save_path.parent.mkdir()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "家里的账本.json"
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert doc["format"] == "familypool-book"
    assert [m["name"] for m in doc["members"]] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert w.statusBar().currentMessage() == f"整本账已保存到 {written}：4 位成员，{len(doc['visits'])} 条就医记录。"


def test_import_replaces_the_book_after_asking(qtbot, lang, make_window, demo_book, answers, tmp_path):
    other = FamilyBook.open(tmp_path / "other", daily_backup=False)
    other.add_member("赵兰英", "310000", "resident")
    other.export_json(tmp_path / "other.json")
    other.close()
    w = make_window(demo_book)
    page = w.page("settings")
    answers.open_path = tmp_path / "other.json"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert answers.questions[0][0] == "替换整本账"
    worker = page.import_worker  # checking, writing and settling run off the GUI thread
    assert worker is not None and worker.dialog.isModal()
    assert "原来的数字" in worker.dialog.labelText()
    qtbot.waitUntil(lambda: page.import_worker is None, timeout=20000)
    assert not worker.dialog.isVisible()
    assert [m.name for m in demo_book.members()] == ["赵兰英"]
    assert any(b.reason == "before-import" for b in demo_book.backups())
    assert w.statusBar().currentMessage().startswith("已导入 other.json：1 位成员，0 条就医记录。导入前的备份：")


def test_import_with_problems_shows_each_with_its_place_and_changes_nothing(
        qtbot, lang, make_window, demo_book, answers, tmp_path):
    good = tmp_path / "good.json"
    demo_book.export_json(good)
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["members"][1]["insurance"] = "gold"
    doc["visits"][0]["member_id"] = 99
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    w = make_window(demo_book)
    page = w.page("settings")
    answers.open_path = bad
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_worker is None, timeout=20000)
    d = page.problems_dialog
    assert d is not None and d.isVisible()
    places = [row[0] for row in _cells(d.model)]
    assert "members[1].insurance" in places
    assert "visits[0].member_id" in places
    assert all(row[1] for row in _cells(d.model))  # every problem says what is wrong
    assert page.message.text() == f"什么都没有导入：文件里有 {len(places)} 处问题。"
    assert [m.name for m in demo_book.members()] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert not any(b.reason == "before-import" for b in demo_book.backups())


def test_large_text_is_remembered_and_enlarges_fonts(qtbot, lang, make_window, demo_book, ui_settings):
    app = QApplication.instance()
    theme.apply(app, False)
    w = make_window(demo_book)
    home = w.page("home")
    normal_body = home.card("王建国").about.font().pointSizeF()
    normal_title = home.title.font().pointSizeF()
    page = w.page("settings")
    try:
        page.large.setChecked(True)
        assert ui_settings.large_text() is True
        w.show_page("home")
        assert home.card("王建国").about.font().pointSizeF() >= 1.5 * normal_body
        assert home.title.font().pointSizeF() >= 1.5 * normal_title
    finally:
        theme.apply(app, False)
