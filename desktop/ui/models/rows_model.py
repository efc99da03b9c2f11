"""The one base of the app's table models: a list of book results, one per row, with named columns.

A subclass names its columns (``COLUMNS``: key and English header, marked with ``QT_TRANSLATE_NOOP`` in
``CONTEXT``), says which hold money (right-aligned, sorted as fen), and turns a row into each cell's words
(:meth:`cell`). Sorting reads :data:`SORT_ROLE`: by default the cell's words, money as integer fen and dates
as ISO text (:meth:`sort_value`), so a QSortFilterProxyModel over it sorts 9,80 元 before 120,00 元.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()
# a missing amount ("no limit", "—") sorts after every real one
NO_AMOUNT = 2**62


class RowsModel(QAbstractTableModel):
    CONTEXT = "RowsModel"
    COLUMNS: tuple[tuple[str, str], ...] = ()  # (key, English header)
    MONEY: frozenset[str] = frozenset()  # keys of money columns: right-aligned, sorted by fen
    RIGHT: frozenset[str] = frozenset()  # other right-aligned keys (counts)

    def __init__(self, parent=None, rows: Iterable[Any] = ()) -> None:
        super().__init__(parent)
        self.rows: list[Any] = list(rows)
        self._keys = tuple(k for k, _ in self.COLUMNS)

    # ---- rows ----
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def item(self, row: int | None) -> Any | None:
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    def row_id(self, item: Any) -> Any:
        return getattr(item, "id", None)

    def position(self, item: Any) -> int:
        """The row of this very item (not of an equal one)."""
        return next(i for i, x in enumerate(self.rows) if x is item)

    def row_of(self, item_id: Any) -> int | None:
        return next((i for i, x in enumerate(self.rows) if self.row_id(x) == item_id), None)

    def key(self, column: int) -> str:
        return self._keys[column]

    # ---- what subclasses say ----
    def cell(self, item: Any, key: str) -> str:
        raise NotImplementedError

    def sort_value(self, item: Any, key: str) -> Any:
        """What the column sorts by: the cell's words unless a subclass gives fen, a date or a number."""
        return self.cell(item, key)

    def tooltip(self, item: Any, key: str) -> str | None:
        return None

    def strong(self, item: Any) -> bool:
        """Whether the row is shown in bold."""
        return False

    def texts(self) -> list[list[str]]:
        """Every cell as shown, in the model's own order (tests, printed reports)."""
        return [[self.cell(x, k) for k in self._keys] for x in self.rows]

    # ---- Qt ----
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        role = int(role)
        item = self.rows[index.row()]
        key = self._keys[index.column()]
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self.cell(item, key)
        if role == SORT_ROLE:
            return self.sort_value(item, key)
        if role == _ALIGN:
            return RIGHT if key in self.MONEY or key in self.RIGHT else None
        if role == _TOOLTIP:
            return self.tooltip(item, key)
        if role == ID_ROLE:
            return self.row_id(item)
        if role == _FONT and self.strong(item):
            f = QFont()
            f.setBold(True)
            return f
        return None


def fen_key(fen: int | None) -> int:
    """A money column's sort value: the amount in fen, a missing one last."""
    return NO_AMOUNT if fen is None else int(fen)
