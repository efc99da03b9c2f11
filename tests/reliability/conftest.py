"""The UI fixtures (offscreen Qt, settings in a temporary file, books, the main window) for these tests too."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import book, demo_book, english, lang, make_window, ui_settings  # noqa: F401
