"""长辈模式 / elder mode (issue 17 item 7) against the MIIT 2021 适老化 numbers, measured on every page of the main
window and every dialog it opens, with the demo family: text ≥ 18 pt with line spacing ≥ 1.3, click targets
≥ 60 × 60 px, text contrast ≥ 4.5 : 1 (≥ 3 : 1 for large text) by the WCAG formula. One assertion lists every
failure; dialogs also fit a 1280 × 800 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

from desktop.ui import theme
from desktop.ui.main_window import ENTRIES
from tests.ui.catalogue import GUIDE, dialogs
from tests.ui.elder_checks import Minimums, contrast, measure

SCREEN = QSize(1280, 800)


def _settle(qtbot, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def _guide_pages(qtbot, wiz, where: str, mins: Minimums, failures: list) -> None:
    """The guide's first two pages (choosing what to do, then the people); later pages need the people chosen."""
    while True:
        _settle(qtbot, wiz)
        key = wiz.page_key(wiz.currentId())
        failures += measure(wiz, f"{where} page {key}", mins)
        if key != "intro":
            break
        wiz.next()


def _fits(d: QWidget, where: str) -> list[str]:
    problems = []
    size = d.size()
    if size.width() > SCREEN.width() or size.height() > SCREEN.height():
        problems.append(f"{where}: {size.width()}×{size.height()} does not fit 1280×800")
    for box in d.findChildren(QDialogButtonBox):
        for b in box.findChildren(QPushButton):
            if b.isVisible() and b.mapTo(d, b.rect().bottomRight()).y() > d.height():
                problems.append(f"{where}: “{b.text()}” is below the window")
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_and_dialog_meets_the_elder_numbers(qtbot, elder, make_window, demo_day_book, tmp_path,
                                                       monkeypatch, language):
    from desktop.ui import i18n

    i18n.install(language)
    try:
        w = make_window(demo_day_book)
        w.resize(1280, 760)
        mins = Minimums()
        failures: list = []
        for key, _text, _icon in ENTRIES:  # every sidebar page, the ones added later too
            w.show_page(key)
            _settle(qtbot, w)
            failures += measure(w, f"page {key}", mins)
        fit: list[str] = []
        opened = []
        for where, open_it in dialogs(qtbot, w, tmp_path, monkeypatch):
            d = open_it()
            assert d is not None, f"{where} did not open"
            opened.append(where)
            _settle(qtbot, d)
            fit += _fits(d, where)
            if where == GUIDE:
                _guide_pages(qtbot, d, where, mins, failures)
            else:
                failures += measure(d, where, mins)
            d.close()
        print(f"{language}: {len(opened)} dialogs; {mins.line()}")
        assert not failures, f"{len(failures)} elder-mode failures ({mins.line()}):\n" + "\n".join(map(str, failures))
        assert not fit, "\n".join(fit)
    finally:
        i18n.install("zh_CN")


def test_contrast_formula_matches_wcag_figures():
    from PySide6.QtGui import QColor

    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)  # WCAG's grey limit
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


def test_home_button_switches_elder_mode_and_every_toggle_follows(qtbot, lang, make_window, demo_book, ui_settings):
    from PySide6.QtCore import Qt

    app = QApplication.instance()
    theme.apply(app, False)
    w = make_window(demo_book)
    home = w.page("home")
    settings = w.page("settings")
    w.show_page("home")
    try:
        assert home.elder_button.text() == "开启长辈模式（大字）"
        qtbot.mouseClick(home.elder_button, Qt.MouseButton.LeftButton)
        assert ui_settings.large_text() is True
        assert app.font().pointSizeF() == 18.0
        assert home.elder_button.text() == "关闭长辈模式"
        assert settings.large.isChecked() and w.menus.large_text.isChecked()  # View menu ticked too
        assert home.elder_button.height() >= 60
        qtbot.mouseClick(home.elder_button, Qt.MouseButton.LeftButton)
        assert ui_settings.large_text() is False and not settings.large.isChecked()
        assert app.font().pointSizeF() == 11.0
        assert home.elder_button.text() == "开启长辈模式（大字）"
    finally:
        theme.apply(app, False)
