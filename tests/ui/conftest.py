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
