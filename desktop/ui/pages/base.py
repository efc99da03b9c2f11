"""What the main window asks of every page; each page overrides what it has."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.book_adapter import ALL_TABLES

SEARCH_NAME = "search"  # the object name of a page's search box: Edit ▸ Find puts the cursor there


class BasePage(QWidget):
    """A page of the main window: shown from the sidebar, refreshed when the book changes what it shows."""

    # What the page shows, in the names of the book adapter's FOOTPRINTS (tables, settings, FIGURES): after a
    # write that changes any of it the page reads the book again (at once when shown, else when next shown).
    SHOWS: frozenset[str] = ALL_TABLES

    def refresh(self) -> None:
        """Read the book again and show it (when shown, and after a change while shown)."""

    def book_changed(self, change: Any) -> None:
        """After a write to the book while this page is shown (``change``: a BookChange)."""
        self.refresh()

    def wait_background(self) -> None:
        """Let reads running off the GUI thread finish (before the page or the book goes)."""

    def search_field(self) -> QLineEdit | None:
        """The page's search box, if it has one (a QLineEdit named ``search``)."""
        return self.findChild(QLineEdit, SEARCH_NAME)

    def can_print(self) -> bool:
        """Whether File ▸ Print has something to print on this page."""
        return False

    def print_page(self) -> None:
        """Print what the page shows (as a PDF file for people)."""
