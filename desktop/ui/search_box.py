"""The search box over a page's table: a labelled line that shows only the rows containing its words.

Edit → Find focuses it through the page's ``search_box()``. The words are applied a moment after the last
key (a search of a big visits book is a query on the book, not one per key)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.ui.tables import Table

DELAY_MS = 250


class SearchBox(QLineEdit):
    def __init__(self, parent: QWidget, on_search: Callable[[str], None], hint: str = "") -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setObjectName("search")  # BasePage.search_field: Edit ▸ Find puts the cursor here
        self.setPlaceholderText(hint or QCoreApplication.translate("SearchBox", "Words to look for"))
        self.setAccessibleName(QCoreApplication.translate("SearchBox", "Search the table"))
        self.setToolTip(QCoreApplication.translate("SearchBox", "Shows only the rows that contain these words"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(lambda: on_search(self.words()))
        self.textChanged.connect(lambda _t: self._timer.start())

    def words(self) -> str:
        return self.text().strip()

    def apply_now(self) -> None:
        """Search at once (tests, and Enter)."""
        self._timer.stop()
        self._timer.timeout.emit()

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply_now()
            return
        super().keyPressEvent(event)


def search_row(page: QWidget, layout: QBoxLayout, on_search: Callable[[str], None] | Table,
               hint: str = "") -> SearchBox:
    """A "Search:" label and box added to ``layout``; searching a Table filters its rows."""
    act = on_search.set_search if isinstance(on_search, Table) else on_search
    box = SearchBox(page, act, hint)
    label = QLabel(QCoreApplication.translate("SearchBox", "&Search:"), page)
    label.setBuddy(box)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(box, 1)
    layout.addLayout(row)
    return box
