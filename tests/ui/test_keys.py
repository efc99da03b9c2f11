"""Underlined letters and shortcuts: one of each per window, and each one acts.

Every page of the main window and every dialog is opened as a person would open it, in Chinese and in
English; tests/ui/keys.py lists its letters and keys and the faults (a letter used twice, a label's
letter with no field behind it, a button's letter replaced by another shortcut). Then a few letters are
pressed for real: Alt+letter on a label moves to its field, on a button presses it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget

from desktop.ui.main_window import ENTRIES
from tests.ui.keys import keys_and_faults, letter
from tests.ui.test_guide_support import choose, go_next, open_book, pick_channel, taiyuan_family

LANGS = ["zh_CN", "en"]


@pytest.fixture(params=LANGS)
def language(request, qapp):
    from desktop.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("zh_CN")


@pytest.fixture
def family(tmp_path):
    book = open_book(tmp_path / "data")
    m = taiyuan_family(book)
    book.record_visit(m["son"], dt.date(2025, 3, 2), "outpatient", "3A", 8000, institution="太原市中心医院")
    book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 3, 10), end=dt.date(2026, 3, 9),
                         amount_cap_fen=200000)  # a draft, to be approved
    yield book, m
    book.close()


def _faults(name: str, root: QWidget) -> list[str]:
    """The faults of the window as shown, and of each of its tabs in turn (another tab, other letters)."""
    QApplication.processEvents()
    out = [f"{name}: {f}" for f in keys_and_faults(root)[1]]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != first:
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                out += [f"{name} ({tabs.tabText(i)}): {f}" for f in keys_and_faults(root)[1]]
        tabs.setCurrentIndex(first)
    return list(dict.fromkeys(out))


def dialogs(window, qtbot, monkeypatch, tmp_path):
    """(name, dialog) for every dialog, opened from its page as a person opens it."""
    fam = window.page("family")
    fam.add_member()
    yield "member form (new)", fam.dialog
    fam.dialog.reject()
    fam.edit_member()
    yield "member form (change)", fam.dialog
    fam.dialog.reject()
    fam.record_statement()
    yield "balance record", fam.dialog
    fam.dialog.reject()

    visits = window.page("visits")
    d = visits.add_visit()
    yield "visit", d
    d.reject()
    csv = tmp_path / "visits.csv"
    csv.write_text("日期,就医人,总费用\n2025-03-01,王小明,12.50\n2025-03-01,某人,-1\n", encoding="utf-8")
    from desktop.ui.pages import visits_page

    monkeypatch.setattr(visits_page, "choose_csv_to_open", lambda _parent: csv)
    d = visits.import_csv()
    yield "CSV import", d
    d.reject()

    wallet = window.page("wallet")
    wallet.new_transfer()
    yield "wallet transfer", wallet.dialog
    wallet.dialog.reject()
    wallet.open_planner()
    yield "transfer planner", wallet.dialog
    wallet.dialog.reject()

    bindings = window.page("bindings")
    d = bindings.open_dialog()
    yield "binding", d
    d.reject()
    bindings.table.select_row(0)  # the draft binding, chosen as a person chooses it before "Approved"
    d = bindings.activate()
    yield "binding approved", d
    d.reject()

    projection = window.page("projection")
    d = projection.open_plans()
    yield "planned costs", d
    d.reject()
    qtbot.waitUntil(lambda: projection.projection is not None, timeout=10000)
    d = projection.open_scenario()
    yield "what-if", d
    d.reject()

    from desktop.store.jsonio import FileProblem
    from desktop.ui.dialogs.book_import_problems import ImportProblemsDialog

    d = ImportProblemsDialog([FileProblem("members[0].name", "姓名是空的。", "The name is empty.")], "家.json", window)
    d.open()
    yield "book import problems", d
    d.reject()


def test_every_page_has_its_own_working_letters(family, make_window, qtbot, language):
    book, _m = family
    w = make_window(book)
    problems = []
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        problems += _faults(key, w)
    assert problems == [], "\n".join(problems)


def test_every_dialog_has_its_own_working_letters(family, make_window, qtbot, language, monkeypatch, tmp_path):
    book, _m = family
    w = make_window(book)
    problems, seen = [], []
    for name, d in dialogs(w, qtbot, monkeypatch, tmp_path):
        assert d is not None, name
        qtbot.waitExposed(d)
        seen.append(name)
        problems += _faults(name, d)
    assert len(seen) == 12
    assert problems == [], "\n".join(problems)


def test_the_first_run_screen_has_its_own_working_letters(book, make_window, qtbot, language):
    w = make_window(book)  # an empty book: Home offers the example family or one's own
    assert _faults("first run", w) == []
    home = w.page("home")
    assert any(letter(b.text()) for b in home.findChildren(QPushButton) if b.isVisibleTo(home))


def guide_pages(window, m):
    """(name, wizard) at each page of the binding guide, walked as a person walks it (son pays for dad)."""
    from desktop.ui.guide import wizard as W

    wiz = W.open_guide(window, purpose="bind")
    yield "guide: start", wiz
    go_next(wiz)
    people = wiz.currentPage()
    choose(people.b, m["dad"])
    choose(people.a, m["son"])
    yield "guide: who", wiz
    go_next(wiz)
    wiz.currentPage().amount.setText("2000")
    yield "guide: can it be done", wiz
    go_next(wiz)
    pick_channel(wiz, "shanxi_wechat")
    yield "guide: channel", wiz
    go_next(wiz)
    yield "guide: a step", wiz
    while W.FIRST_STEP <= wiz.currentId() < W.RESULT:
        wiz.currentPage().tick.setChecked(True)
        go_next(wiz)
    yield "guide: result", wiz
    go_next(wiz)
    yield "guide: done", wiz
    wiz.reject()


def test_every_guide_page_has_its_own_working_letters(family, make_window, qtbot, language):
    book, m = family
    w = make_window(book)
    problems = []
    for name, wiz in guide_pages(w, m):
        problems += _faults(name, wiz)
    assert problems == [], "\n".join(problems)


def test_alt_letters_reach_their_field_or_press_their_button(family, make_window, qtbot, language):
    book, _m = family
    w = make_window(book)
    fam = w.page("family")
    fam.add_member()
    form = fam.dialog
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    moved = []
    for label in form.findChildren(QLabel):
        key = letter(label.text())
        if not key or not label.isVisibleTo(form) or not label.buddy().isEnabled():
            continue
        form.setFocus()
        qtbot.keyClick(form, key[-1], Qt.KeyboardModifier.AltModifier)
        moved.append(QApplication.focusWidget() is label.buddy() or label.buddy().isAncestorOf(
            QApplication.focusWidget()))
    assert moved and all(moved)
    # the reported fault: Alt+S in the member form saves (it went to the insurance status)
    form.name.setText("孙小美")
    form.region.set_code("140100")
    choose(form.insurance, "resident")
    choose(form.employment, "in_service")
    qtbot.keyClick(form.name, "S", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(x.name == "孙小美" for x in book.members()))  # Qt presses it visibly first
    form.close()
    # and Alt+A on the Family page opens the member form (it did nothing)
    w.show_page("family")
    fam.dialog = None
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, "A", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: fam.dialog is not None and fam.dialog.isVisible())
    fam.dialog.reject()




def test_the_list_of_keys_finds_each_kind_of_fault(qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow, QVBoxLayout

    w = QMainWindow()
    qtbot.addWidget(w)
    w.menuBar().addMenu("&File")
    body = QWidget(w)
    col = QVBoxLayout(body)
    find = QPushButton("&Find", body)
    save = QPushButton("&Save", body)
    save.setShortcut(QKeySequence("Ctrl+S"))  # replaces Alt+S
    alone = QLabel("&Name", body)  # no field behind it
    for x in (find, save, alone):
        col.addWidget(x)
    w.setCentralWidget(body)
    w.show()
    qtbot.waitExposed(w)
    _keys, faults = keys_and_faults(w)
    assert "Alt+F twice: '&Find' and '&File'" in faults
    assert "button '&Save': Alt+S does nothing (its shortcut is 'Ctrl+S')" in faults
    assert "label '&Name': Alt+N has no field to go to" in faults
    assert len(faults) == 3
