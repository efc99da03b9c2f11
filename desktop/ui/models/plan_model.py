"""A transfer plan's schedule: when to send each transfer, how much, and by when it must be received."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.ui import reasons as fmt

_ROOT = QModelIndex()

COLUMNS = (
    QT_TRANSLATE_NOOP("PlanModel", "No."),
    QT_TRANSLATE_NOOP("PlanModel", "Send at (China time)"),
    QT_TRANSLATE_NOOP("PlanModel", "Amount"),
    QT_TRANSLATE_NOOP("PlanModel", "Must be received before"),
)


class PlanModel(QAbstractTableModel):
    """Rows are ``core.wallet.PlannedTransfer`` (aware China times, shown as wall-clock times)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (str(index.row() + 1), fmt.moment(p.at.replace(tzinfo=None)), fmt.money(p.amount_fen),
                    fmt.moment(p.returns_at.replace(tzinfo=None)))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
