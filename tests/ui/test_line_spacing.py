"""长辈模式 line spacing (MIIT 2021 适老化: 行间距不小于1.3倍): every multi-line text is laid out with its lines at
least 1.3 em apart in elder mode, measured on the laid-out text; texts stay as given (plain stays literal, links
stay links); normal mode keeps Qt's own spacing; and the check reports a text laid out without it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTextEdit, QVBoxLayout, QWidget

from desktop.ui import theme
from tests.ui.elder_checks import MIN_LINE_SPACING, Minimums, line_spacing, measure

LONG = "Money one person may use from another's account is counted once, in its owner's account. " * 4
LITERAL = "Tom & Jerry <b>not bold</b> a < b &amp; " * 6


@pytest.fixture
def elder(qapp):
    theme.apply(qapp, True)
    yield
    theme.apply(qapp, False)


def _window(qtbot, *widgets: QWidget) -> QWidget:
    top = QWidget()
    col = QVBoxLayout(top)
    for w in widgets:
        col.addWidget(w)
    top.resize(420, 900)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    QApplication.processEvents()
    return top


def _wrapped(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> QLabel:
    label = QLabel()
    label.setTextFormat(fmt)
    label.setWordWrap(True)
    label.setText(text)
    return label


def _settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_the_check_reports_wrapped_text_laid_out_with_the_fonts_own_spacing(qtbot, qapp):
    plain, rich = _wrapped(LONG), _wrapped(f"<p>{LONG}</p>")
    top = _window(qtbot, plain, rich)
    big = QFont(top.font())
    big.setPointSizeF(18)
    top.setFont(big)
    _settle()
    failures = [f for f in measure(top, "probe", Minimums()) if "line spacing" in f.what]
    assert len(failures) == 2  # the plain label (drawn straight) and the rich one (its own document)
    assert all(f.where == "probe" and f.widget.startswith("QLabel") for f in failures)
    assert line_spacing(plain) < MIN_LINE_SPACING and line_spacing(rich) < MIN_LINE_SPACING


def test_elder_mode_spaces_plain_rich_and_later_texts_and_keeps_them_as_given(qtbot, qapp):
    before = _wrapped(LITERAL, Qt.TextFormat.PlainText)  # made before elder mode is switched on
    theme.apply(qapp, True)
    try:
        link = _wrapped(f'<a href="fp:bindings">Open the Bindings page</a> {LONG}')
        auto = _wrapped("Tom & Jerry " * 20)  # not taken for HTML: shown as typed
        later = _wrapped("", Qt.TextFormat.PlainText)
        top = _window(qtbot, before, link, auto, later)
        later.setText(LITERAL.replace("Tom", "Ann"))  # a text set after the window is up
        _settle()
        for label in (before, link, auto, later):
            assert line_spacing(label) >= MIN_LINE_SPACING, label.text()[:30]
        assert before.text() == LITERAL and before.findChild(QTextDocument).toPlainText() == LITERAL
        assert auto.findChild(QTextDocument).toPlainText() == "Tom & Jerry " * 20
        assert later.findChild(QTextDocument).toPlainText() == LITERAL.replace("Tom", "Ann")
        assert 'href="fp:bindings"' in link.findChild(QTextDocument).toHtml()
        assert not [f for f in measure(top, "elder", Minimums()) if "line spacing" in f.what]
        later.clear()  # Qt drops the label's document: the next text gets a new one, spaced too
        later.setText(LONG)
        _settle()
        assert line_spacing(later) >= MIN_LINE_SPACING
    finally:
        theme.apply(qapp, False)
    _settle()
    for label in (before, auto):  # normal mode: drawn straight with the font again, as before
        assert label.findChild(QTextDocument) is None
        assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert line_spacing(label) == pytest.approx(QFontMetricsF(label.font()).lineSpacing()
                                                    / (label.font().pointSizeF() * label.logicalDpiY() / 72))
    assert line_spacing(link) < MIN_LINE_SPACING


def test_message_boxes_and_text_views_are_spaced(qtbot, elder):
    box = QMessageBox(QMessageBox.Icon.Warning, "Not saved", LITERAL, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    _settle()
    words = box.findChild(QLabel, "qt_msgbox_label")
    assert words.findChild(QTextDocument).toPlainText() == LITERAL
    assert line_spacing(words) >= MIN_LINE_SPACING
    view = QTextEdit()
    view.setReadOnly(True)
    view.setPlainText(LONG)
    top = _window(qtbot, view)
    assert line_spacing(view) >= MIN_LINE_SPACING
    view.setPlainText(LONG + " Again.")  # a new text: spaced again
    _settle()
    assert line_spacing(view) >= MIN_LINE_SPACING and top.isVisible()


def test_a_click_on_a_spaced_label_leaves_the_focus_where_it_was(qtbot, elder):
    field, label = QLineEdit(), _wrapped(LONG)
    top = _window(qtbot, field, label)
    top.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert field.hasFocus() and QApplication.focusWidget() is field
