"""Qt fixtures: a fresh book in a temporary data folder, the demo family, and the main window on it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def ui_settings(tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.settings_store import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def lang(qapp):
    """The UI language for a test; Chinese (the default) unless a test parametrizes it."""
    from desktop.ui import i18n

    i18n.install("zh_CN")
    yield "zh_CN"
    i18n.install("zh_CN")


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    i18n.install("en")
    yield "en"
    i18n.install("zh_CN")


@pytest.fixture
def book(tmp_path):
    from desktop.book import FamilyBook

    b = FamilyBook.open(tmp_path / "data")
    yield b
    b.close()


@pytest.fixture
def demo_book(book):
    from desktop import demo

    demo.build_demo(book)
    return book


def daytime_clock():
    """Today at 10:00 China time, running on from there: for tests that send wallet money "now", which the rules
    refuse between 22:00 and 06:00 (F-W2) — the suite must not fail for the hour it is run at."""
    import datetime as dt
    import time

    from desktop.book.constants import _now

    start, t0 = _now().replace(hour=10, minute=0, second=0, microsecond=0), time.monotonic()
    return lambda: start + dt.timedelta(seconds=time.monotonic() - t0)


@pytest.fixture
def demo_day_book(tmp_path):
    """The demo family in a book whose clock says 10:00 today (:func:`daytime_clock`)."""
    from desktop import demo
    from desktop.book import FamilyBook

    b = FamilyBook.open(tmp_path / "data", clock=daytime_clock())
    demo.build_demo(b)
    yield b
    b.close()


@pytest.fixture
def elder(qapp, ui_settings):
    """Elder mode (large text, high contrast) on, as the Settings page turns it on; off again afterwards."""
    from desktop.ui import theme

    ui_settings.set_large_text(True)
    theme.apply(qapp, True)
    yield
    theme.apply(qapp, False)


@pytest.fixture
def make_window(qtbot, ui_settings, tmp_path):
    """Build the main window on a given book (already open), as the app would after start-up."""
    from desktop.ui.main_window import MainWindow

    def make(book):
        w = MainWindow(data_dir=book.data_dir, settings=ui_settings, book=book)
        qtbot.addWidget(w)
        w.show()
        return w

    return make
