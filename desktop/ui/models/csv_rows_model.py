"""The rows of a CSV file as an import would take them, and the rows it cannot take, for the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.core import vocab
from desktop.ui import reasons as fmt

_ROOT = QModelIndex()

ROW_COLUMNS = (
    QT_TRANSLATE_NOOP("CsvRowsModel", "Row"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Person"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Date"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Care"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Hospital level"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Total"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Fund paid"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Wallet"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Hospital or pharmacy"),
)
ERROR_COLUMNS = (
    QT_TRANSLATE_NOOP("CsvRowsModel", "Row"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "Column"),
    QT_TRANSLATE_NOOP("CsvRowsModel", "What is wrong"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CsvRowsModel", text)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()
    right: frozenset[int] = frozenset()

    def __init__(self, rows: tuple[Any, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.rows = tuple(rows)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.headers[section])
        return None

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CsvRowsModel(_Table):
    """Good rows (``csvio.ParsedVisit``) with the member's name."""

    headers = ROW_COLUMNS
    right = frozenset({0, 5, 6})

    def __init__(self, rows: tuple[Any, ...], names: dict[int, str], parent=None) -> None:
        super().__init__(rows, parent)
        self.names = names

    def cell(self, r: Any, column: int) -> str:
        if column == 0:
            return str(r.row)
        if column == 1:
            return self.names.get(r.member_id, "")
        if column == 2:
            return fmt.date(r.on_date)
        if column == 3:
            return fmt.label(vocab.CARE_TYPES, r.care_type)
        if column == 4:
            return fmt.label(vocab.HOSPITAL_CLASSES, r.hospital_class)
        if column == 5:
            return fmt.money(r.total_fen)
        if column == 6:
            return fmt.money(r.fund_actual_fen) if r.fund_actual_fen is not None else QCoreApplication.translate("CsvRowsModel", "estimate")
        if column == 7:
            return QCoreApplication.translate("CsvRowsModel", "yes") if r.wallet_accepted else QCoreApplication.translate("CsvRowsModel", "no")
        return r.institution


class CsvErrorsModel(_Table):
    """Problems (``csvio.RowError``): row number as a spreadsheet shows it, column, words."""

    headers = ERROR_COLUMNS
    right = frozenset({0})

    def cell(self, e: Any, column: int) -> str:
        if column == 0:
            return str(e.row) if e.row else ""
        if column == 1:
            return e.column
        return e.message_zh if fmt.lang() == "zh" else e.message_en
