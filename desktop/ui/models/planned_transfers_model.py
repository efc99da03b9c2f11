"""Planned wallet transfers, by day: the day, the hours they may be sent (China time, F-W6), who, how much,
and whether each is done, still to do, or overdue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.ui import reasons as R

_ROOT = QModelIndex()

COLUMNS = (
    ("day", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Day")),
    ("hours", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Send between")),
    ("from", QT_TRANSLATE_NOOP("PlannedTransfersModel", "From")),
    ("to", QT_TRANSLATE_NOOP("PlannedTransfersModel", "To")),
    ("amount", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Amount")),
    ("state", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Sent?")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannedTransfersModel", text)


def planned_state(p: Any, today: dt.date) -> str:
    if p.done:
        return QCoreApplication.translate("PlannedTransfersModel", "✓ Sent")
    if p.on_date < today:
        return QCoreApplication.translate("PlannedTransfersModel", "⚠ Its day has passed: not marked sent")
    if p.on_date == today:
        return QCoreApplication.translate("PlannedTransfersModel", "Send today")
    return QCoreApplication.translate("PlannedTransfersModel", "Still to send")


class PlannedTransfersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[Any], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def planned(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, planned_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == planned_id), None)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def cell(self, p: Any, key: str) -> str:
        return {
            "day": R.date(p.on_date),
            "hours": f"{p.window_start:%H:%M}–{p.window_end:%H:%M}",
            "from": p.from_name,
            "to": p.to_name,
            "amount": R.money(p.amount_fen),
            "state": planned_state(p, self.today),
        }[key]

    def texts(self) -> list[list[str]]:
        return [[self.cell(p, k) for k, _ in COLUMNS] for p in self._rows]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(p, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None
