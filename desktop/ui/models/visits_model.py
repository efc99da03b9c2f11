"""Visits for a table, read from the book a page at a time: 50,000 visits open as fast as 50.

The model knows only the row count up front (``book.visit_count``); rows are fetched in pages of
:data:`PAGE` through ``book.visits(offset, limit)`` when the view first asks for them, and at most
:data:`KEEP` pages are kept. The view therefore touches only the rows on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel

PAGE = 100
KEEP = 60

COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("VisitsModel", "Date")),
    ("person", QT_TRANSLATE_NOOP("VisitsModel", "Person")),
    ("care", QT_TRANSLATE_NOOP("VisitsModel", "Care")),
    ("where", QT_TRANSLATE_NOOP("VisitsModel", "Where")),
    ("total", QT_TRANSLATE_NOOP("VisitsModel", "Total")),
    ("fund", QT_TRANSLATE_NOOP("VisitsModel", "Fund pays")),
    ("own", QT_TRANSLATE_NOOP("VisitsModel", "Own account")),
    ("wallet", QT_TRANSLATE_NOOP("VisitsModel", "Wallet")),
    ("family", QT_TRANSLATE_NOOP("VisitsModel", "Family accounts")),
    ("cash", QT_TRANSLATE_NOOP("VisitsModel", "Cash")),
)
MONEY = {"total", "fund", "own", "wallet", "family", "cash"}
# roles as plain ints: painting calls data() hundreds of times per screen
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_WHERE = [k for k, _ in COLUMNS].index("where")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGNMENT = tuple(_RIGHT if key in MONEY else None for key, _ in COLUMNS)

_ROOT = QModelIndex()


def where_text(v: Any) -> str:
    level = fmt.label(vocab.HOSPITAL_CLASSES, v.hospital_class)
    return f"{v.institution} · {level}" if v.institution else level


class VisitsModel(RowsModel):
    """Windowed view of ``book.visits`` (newest first) under the current filters.

    Sorting and searching happen in the book (SQL), not in a proxy: a proxy would read every row."""

    CONTEXT = "VisitsModel"
    COLUMNS = COLUMNS
    MONEY = frozenset(MONEY)
    SORTS_ITSELF = True  # desktop.ui.tables.Table puts no proxy in front of it

    def __init__(self, book: Any, parent=None) -> None:
        super().__init__(parent)
        self.book = book
        self.filters: dict[str, Any] = {"member_id": None, "year": None, "care_type": None, "text": None}
        self.order: tuple[str, bool] | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Any, tuple[str, ...]]]] = OrderedDict()
        self.fetches = 0  # pages read from the book (the big-data test counts them)

    def set_filters(self, member_id: int | None = None, year: int | None = None,
                    care_type: str | None = None, text: str | None = None) -> None:
        self.filters = {"member_id": member_id, "year": year, "care_type": care_type, "text": text or None}
        self.reload()

    def set_search(self, text: str) -> None:
        self.filters = self.filters | {"text": text.strip() or None}
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header: the book reads the rows in that order (column -1: newest first again)."""
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        wanted = None if key is None else (key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:  # the view asks once when sorting is switched on: no second read then
            self.order = wanted
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.book.visit_count(**self.filters)
        self.endResetModel()

    def _page(self, n: int) -> list[tuple[Any, tuple[str, ...]]]:
        """Page ``n``: each visit with its cells already turned into text (painting asks often)."""
        rows = self._pages.get(n)
        if rows is None:
            visits = self.book.visits(**self.filters, offset=n * PAGE, limit=PAGE, order=self.order)
            rows = [(v, tuple(self.cell(v, key) for key, _ in COLUMNS)) for v in visits]
            self.fetches += 1
            self._pages[n] = rows
            while len(self._pages) > KEEP:
                self._pages.popitem(last=False)
        return rows

    def _row(self, row: int) -> tuple[Any, tuple[str, ...]] | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE)
        i = row % PAGE
        return rows[i] if i < len(rows) else None

    def visit(self, row: int) -> Any | None:
        hit = self._row(row)
        return None if hit is None else hit[0]

    def row_of(self, visit_id: int) -> int | None:
        """The row of a visit among the pages already read (None if not loaded)."""
        for n, rows in self._pages.items():
            for i, (v, _cells) in enumerate(rows):
                if v.id == visit_id:
                    return n * PAGE + i
        return None

    def item(self, row: int | None) -> Any | None:
        return None if row is None else self.visit(row)

    def locate(self, visit_id: int) -> int | None:
        """The row of a visit under the filters, loaded or not (None if the filters leave it out, or if it is
        not among the rows read while sorted by a column: a count over the date index gives only date order)."""
        row = self.row_of(visit_id)
        if row is not None or self.order is not None:
            return row
        return self.book.visit_row(visit_id, **self.filters)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def cell(self, v: Any, key: str) -> str:
        if key == "date":
            return fmt.date(v.on_date)
        if key == "person":
            return v.member_name
        if key == "care":
            return fmt.label(vocab.CARE_TYPES, v.care_type)
        if key == "where":
            return where_text(v)
        if key == "total":
            return fmt.money(v.total_fen)
        if key == "fund":
            text = fmt.money(v.fund_fen)
            return text + QCoreApplication.translate("VisitsModel", " (receipt)") if v.fund_actual_fen is not None else text
        if key in ("own", "wallet", "family", "cash"):
            fen = getattr(v, f"{key}_fen")
            return fmt.money(fen) if fen else "—"
        return ""

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role == _DISPLAY or role == _ACCESSIBLE or role == _TOOLTIP:
            hit = self._row(index.row())
            if hit is None:
                return ""
            if role == _TOOLTIP and index.column() != _WHERE:
                return None
            return hit[1][index.column()]
        if role == _ALIGN:
            return _ALIGNMENT[index.column()]
        if role == _USER:
            v = self.visit(index.row())
            return None if v is None else v.id
        return None
