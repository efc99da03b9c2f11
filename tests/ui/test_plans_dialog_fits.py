"""The projection's Plans dialog in large text fits a 1280×800 screen: it opens no larger than the screen,
its smallest size fits 1280×800 (less the room fit_to_font leaves for the window frame and task bar), and on
every tab each button is on the dialog or can be scrolled onto it (issue 15 item 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea

from desktop.book import FamilyBook

SCREEN_W, SCREEN_H = 1280, 800
ROOM_W, ROOM_H = SCREEN_W - 40, SCREEN_H - 60  # what layouts.fit_to_font leaves on such a screen


@pytest.fixture
def demo(tmp_path):
    from desktop import demo as demo_family

    book = FamilyBook.open(tmp_path / "demo", clock=lambda: dt.datetime(2026, 3, 17, 10, 0), daily_backup=False)
    demo_family.build_demo(book)
    yield book
    book.close()


def _inside(widget, dialog) -> bool:
    top_left = widget.mapTo(dialog, widget.rect().topLeft())
    bottom_right = widget.mapTo(dialog, widget.rect().bottomRight())
    return dialog.rect().contains(top_left) and dialog.rect().contains(bottom_right)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_plans_dialog_in_large_text_fits_1280_by_800(qtbot, qapp, demo, language):
    from desktop.ui import i18n, theme
    from desktop.ui.dialogs.projection_plan_dialog import ProjectionPlanDialog

    i18n.install(language)
    theme.apply(qapp, True)
    try:
        d = ProjectionPlanDialog(demo)
        qtbot.addWidget(d)
        screen = d.screen().availableGeometry()
        assert d.width() <= screen.width() and d.height() <= screen.height()  # opens within the screen
        low = d.minimumSizeHint()
        assert low.width() <= ROOM_W and low.height() <= ROOM_H, low
        d.resize(ROOM_W, ROOM_H)
        d.show()
        qapp.processEvents()
        assert d.size().width() == ROOM_W and d.size().height() == ROOM_H
        for bottom in (d.save_button,):
            assert _inside(bottom, d)
        for i in range(d.tabs.count()):
            d.tabs.setCurrentIndex(i)
            qapp.processEvents()
            buttons = [b for b in d.tabs.currentWidget().findChildren(QPushButton) if b.isVisibleTo(d)]
            assert buttons, i
            for b in buttons:
                scroll = next((p for p in _parents(b) if isinstance(p, QScrollArea)), None)
                if scroll is not None:
                    scroll.ensureWidgetVisible(b)
                    qapp.processEvents()
                assert _inside(b, d), (i, b.text())
    finally:
        theme.apply(qapp, False)
        i18n.install("zh_CN")


def _parents(w):
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()
