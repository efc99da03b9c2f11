"""Every sidebar entry shows its whole text beside its icon, in Chinese and English, normal and elder mode, also
after switching mode or language while the window is open (in English elder mode "Projection" was elided)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui import theme
from desktop.ui.main_window import ENTRIES


def _cut(qtbot, w) -> list[str]:
    """Entries narrower than Qt's own size hint for their icon and whole text (QToolButton then elides the text),
    or reaching past the sidebar."""
    qtbot.waitUntil(lambda: w._decorated)  # the icons are in
    QApplication.processEvents()
    problems = []
    for key, _text, _icon in ENTRIES:
        b = w._buttons[key]
        bar = b.parentWidget()
        assert not b.icon().isNull()
        if b.width() < b.sizeHint().width() or b.geometry().right() >= bar.width():
            problems.append(f"{key} “{b.text()}”: {b.width()} px of {b.sizeHint().width()}, sidebar {bar.width()}")
    widths = {w._buttons[key].width() for key, _t, _i in ENTRIES}
    if len(widths) != 1:  # one column of equal targets, not ragged by the length of each name
        problems.append(f"entries of unequal widths {sorted(widths)}")
    return problems


def test_no_sidebar_text_is_cut_in_either_language_or_mode(qtbot, lang, make_window, demo_book, ui_settings):
    app = QApplication.instance()
    w = make_window(demo_book)
    w.resize(1280, 760)
    try:
        seen = {}
        for language in ("zh_CN", "en"):
            w.choose_language(language)
            for large in (False, True, False):
                w.set_large_text(large)
                assert _cut(qtbot, w) == [], (language, large)
                seen[(language, large)] = w._buttons["home"].parentWidget().width()
        assert seen[("en", True)] > seen[("en", False)]  # the larger text made the sidebar wider
    finally:
        theme.apply(app, False)


def test_a_window_opened_in_english_elder_mode_fits_its_sidebar(qtbot, english, make_window, demo_book, ui_settings):
    app = QApplication.instance()
    ui_settings.set_large_text(True)
    theme.apply(app, True)
    try:
        w = make_window(demo_book)
        w.resize(1280, 760)
        assert _cut(qtbot, w) == []
        assert w._buttons["projection"].text() == "Projection"
    finally:
        theme.apply(app, False)
