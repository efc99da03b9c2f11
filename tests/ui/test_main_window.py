"""The main window: its title and sidebar in Chinese by default, English one switch away without losing the
page, large text at least 1.5× the normal size, and size and position remembered between runs."""

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import theme
from desktop.ui.main_window import MainWindow

SIDEBAR_ZH = ["首页", "家庭成员", "共济绑定", "就医记录", "医保钱包", "余额预测", "省钱建议", "设置"]
SIDEBAR_EN = ["Home", "Family", "Bindings", "Visits", "Wallet", "Projection", "Savings plan", "Settings"]


def _sidebar(w):
    return [b.text() for b in w._buttons.values()]


def test_title_and_sidebar_in_chinese_by_default(qtbot, lang, make_window, demo_book, ui_settings):
    assert ui_settings.language() == "zh_CN"  # nothing chosen yet: Chinese
    w = make_window(demo_book)
    assert w.windowTitle() == "家庭共济助手"
    assert _sidebar(w) == SIDEBAR_ZH
    assert w.stack.currentWidget() is w.page("home")


def test_switching_to_english_keeps_the_page(qtbot, lang, make_window, demo_book, ui_settings):
    w = make_window(demo_book)
    page = w.page("settings")
    page.language.setCurrentIndex(page.language.findData("en"))
    try:
        assert ui_settings.language() == "en"
        assert w.windowTitle() == "FamilyPool"
        assert _sidebar(w) == SIDEBAR_EN
        assert w._buttons["settings"].isChecked()
        assert w.stack.currentWidget() is w.page("settings")
        assert w.page("settings").language.currentData() == "en"
        w.show_page("family")
        assert w.page("family").model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        settings = w.page("settings")
        settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
        assert w.windowTitle() == "家庭共济助手" and _sidebar(w) == SIDEBAR_ZH
    finally:
        ui_settings.set_language("zh_CN")


def test_large_text_enlarges_fonts_at_least_one_and_a_half_times(qtbot, lang, make_window, demo_book):
    app = QApplication.instance()
    theme.apply(app, False)
    w = make_window(demo_book)
    normal = app.font().pointSizeF()
    button = w._buttons["home"].font().pointSizeF()
    try:
        theme.apply(app, True)
        assert app.font().pointSizeF() >= 1.5 * normal
        assert w._buttons["home"].font().pointSizeF() >= 1.5 * button
        w.show_page("family")
        table = w.page("family").table
        assert table.font().pointSizeF() >= 1.5 * normal
    finally:
        theme.apply(app, False)


def test_sidebar_shortcuts(qtbot, lang, make_window, demo_book):
    w = make_window(demo_book)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.page("family")
    qtbot.keyClick(w, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.page("savings")
    qtbot.keyClick(w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.page("settings")


def test_size_and_position_are_remembered(qtbot, lang, demo_book, ui_settings):
    """The offscreen screen is 800×800, so the test uses a window that fits in height (the width is at least
    the window's minimum of 900 and gets clamped by the platform)."""
    first = MainWindow(data_dir=demo_book.data_dir, settings=ui_settings, book=demo_book)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 640)
    first.move(0, 70)
    qtbot.waitUntil(lambda: first.size() == QSize(900, 640) and first.pos() == QPoint(0, 70))
    first.book = None  # the fixture closes the book itself
    first.close()
    assert ui_settings.geometry() is not None

    second = MainWindow(data_dir=demo_book.data_dir, settings=ui_settings, book=demo_book)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 640  # not the first-run 720
    assert second.y() == 70
    second.book = None


def test_first_window_without_saved_geometry_is_1100_by_720(qtbot, lang, make_window, demo_book):
    w = make_window(demo_book)
    assert w.size() == QSize(1100, 720)


def test_no_sidebar_name_is_cut_short_in_large_english(qtbot, english, make_window, demo_book):
    """A wide page used to squeeze the sidebar to 180 px: with large text “Projection” read “Proj…tion”."""
    app = QApplication.instance()
    w = make_window(demo_book)
    w.resize(1280, 760)
    try:
        w.set_large_text(True)
        for key in ("settings", "projection"):  # pages that want all the width they can get
            w.show_page(key)
            qtbot.waitUntil(lambda: w._buttons["projection"].width() > 0)
            app.processEvents()
            for b in w._buttons.values():
                assert b.width() >= b.sizeHint().width(), f"“{b.text()}” is {b.width()} px, needs {b.sizeHint().width()}"
    finally:
        w.set_large_text(False)
