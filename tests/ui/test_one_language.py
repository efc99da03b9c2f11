"""One language at a time: every word a person sees on every page, dialog and guide page — labels, buttons,
tooltips, placeholders, window titles, tab and group titles, combo items, table headers — is in the chosen
language. In Chinese no Latin-script word appears except names, units and codes a person meets outside the
app (CSV, PDF, F-T15 style fact IDs in their "依据" lines); in English no Chinese appears except the family's
own data (names, places, notes). Qt's own dialogs (the file dialog) follow too, and so do the window titles
and the status line after switching language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from desktop.ui.main_window import ENTRIES
from tests.ui.test_keys import dialogs, family, guide_pages, language  # noqa: F401  (fixtures)

# Latin words a Chinese screen may show: file kinds, key names, language and product names.
ALLOWED_LATIN = {"CSV", "PDF", "PNG", "JSON", "App", "APP", "Excel", "Ctrl", "Alt", "Shift", "Del", "Enter", "Esc",
                 "English"}
# Chinese an English screen may show: the name of the Chinese choice of language, and the word the official
# screens use for family sharing, given beside its English (a person must recognise it there).
ALLOWED_CJK = {"中文", "共济"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
CJK = re.compile(r"[\u3400-\u9fff]")
FACT_ID = re.compile(r"\bF-[A-Z]+\d+\b")


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, words) for everything shown in ``root`` that the app wrote (cells hold the family's data)."""
    out: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.window() is not root.window():
            continue
        kind = type(w).__name__
        if w.toolTip():
            out.append((f"{kind} tooltip", _plain(w.toolTip())))
        if isinstance(w, QLabel):
            out.append((kind, _plain(w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((kind, w.text()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QTabBar):
            out += [(kind, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            out += [(f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount())]
    return [(where, words) for where, words in out if words]


def foreign_words(texts: list[tuple[str, str]], lang: str, data: set[str]) -> list[str]:
    """Words in the other language, once the family's own data is taken out."""
    bad = []
    for where, words in texts:
        rest = words
        for d in sorted(data, key=len, reverse=True):
            rest = rest.replace(d, " ")
        rest = FACT_ID.sub(" ", rest)
        if lang.startswith("zh"):
            found = [x for x in LATIN_WORD.findall(rest) if x not in ALLOWED_LATIN]
        else:
            for term in ALLOWED_CJK:
                rest = rest.replace(term, " ")
            found = CJK.findall(rest)
        if found:
            bad.append(f"{where}: {words!r} ({' '.join(found)})")
    return bad


def _official_labels(book) -> set[str]:
    """Chinese labels of official apps and counters that the packs' English steps quote on purpose ("Go to
    服务大厅, then 业务办理"): the person has to find those very words on the official screen."""
    out: set[str] = set()
    for code in book.registry.packs:
        for row in book.registry.get(code).channels():
            for _zh, en in row.get("steps", ()):
                out |= set(re.findall(r"[\u3400-\u9fff]+", en))
            out |= set(re.findall(r"[\u3400-\u9fff]+", row["name"][1]))
    return out


def _data(book, tmp_path) -> set[str]:
    """The family's own words: names, places typed in, notes, file and folder names; these stay as typed in
    either language."""
    out: set[str] = {str(tmp_path), str(book.data_dir), "visits.csv", "家.json"} | _official_labels(book)
    for m in book.members():
        out.add(m.name)
        out.add(m.note)
    for v in book.visits():
        out |= {v.institution, v.notes}
    return {x for x in out if x}


def _walk(w, book, m, lang, qtbot, monkeypatch, tmp_path) -> list[str]:
    data = _data(book, tmp_path)
    bad = []
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        QApplication.processEvents()
        bad += [f"{key}: {x}" for x in foreign_words(texts_of(w), lang, data)]
    for name, d in dialogs(w, qtbot, monkeypatch, tmp_path):
        QApplication.processEvents()
        bad += [f"{name}: {x}" for x in foreign_words(texts_of(d), lang, data)]
    for name, wiz in guide_pages(w, m):
        QApplication.processEvents()
        bad += [f"{name}: {x}" for x in foreign_words(texts_of(wiz), lang, data)]
    return list(dict.fromkeys(bad))


def test_every_screen_speaks_one_language(family, make_window, qtbot, language, monkeypatch, tmp_path):  # noqa: F811
    book, m = family
    w = make_window(book)
    bad = _walk(w, book, m, language, qtbot, monkeypatch, tmp_path)
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("lang, look_in", [("zh_CN", "查找范围(&L)："), ("en", "&Look in:")])
def test_qts_own_file_dialog_speaks_the_language(qtbot, qapp, lang, look_in):
    from desktop.ui import i18n

    i18n.install(lang)
    try:
        d = QFileDialog(None, "x", "/tmp")
        d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(d)
        d.show()
        labels = [lab.text() for lab in d.findChildren(QLabel) if lab.isVisibleTo(d)]
        assert look_in in labels
        assert foreign_words(texts_of(d), lang, {"/tmp", d.directory().absolutePath()}) == []
    finally:
        i18n.install("zh_CN")


def test_switching_language_changes_titles_and_the_status_line(family, make_window, qtbot, qapp):  # noqa: F811
    from desktop.ui import i18n

    book, _m = family
    i18n.install("zh_CN")
    w = make_window(book)
    assert qapp.applicationDisplayName() == "家庭共济助手"
    w.page("family")._say("已添加 王小明。")  # a message from before the switch
    try:
        w.switch_language("en")
        # Qt adds the display name to every window title: "Add a visit — FamilyPool", never "— 家庭共济助手"
        assert qapp.applicationDisplayName() == "FamilyPool"
        assert w.windowTitle() == "FamilyPool"
        assert w.statusBar().currentMessage().startswith("Data folder")
        w.switch_language("zh_CN")
        assert qapp.applicationDisplayName() == "家庭共济助手"
        assert w.statusBar().currentMessage().startswith("数据文件夹")
    finally:
        i18n.install("zh_CN")
