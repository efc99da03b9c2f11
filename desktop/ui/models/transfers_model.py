"""The wallet transfer log, newest first, with each transfer's state in words (China time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.ui import reasons as fmt

_ROOT = QModelIndex()

COLUMNS = (
    ("sent", QT_TRANSLATE_NOOP("TransfersModel", "Sent (China time)")),
    ("from", QT_TRANSLATE_NOOP("TransfersModel", "From")),
    ("to", QT_TRANSLATE_NOOP("TransfersModel", "To")),
    ("amount", QT_TRANSLATE_NOOP("TransfersModel", "Amount")),
    ("state", QT_TRANSLATE_NOOP("TransfersModel", "What happened")),
    ("note", QT_TRANSLATE_NOOP("TransfersModel", "Note")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransfersModel", text)


def state_text(t: Any) -> str:
    """Received at …; waiting (goes back at … if not received); went back at …."""
    if t.state == "received" and t.received_at is not None:
        return QCoreApplication.translate("TransfersModel", "✓ Received %1").replace("%1", fmt.moment(t.received_at))
    if t.state == "returned":
        return QCoreApplication.translate("TransfersModel", "↩ Went back to %1 at %2").replace("%1", t.from_name).replace(
            "%2", fmt.moment(t.returned_at or t.returns_at))
    return QCoreApplication.translate("TransfersModel", "… Waiting: goes back at %1 if not received").replace("%1", fmt.moment(t.returns_at))


class TransfersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def transfer(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, transfer_id: int) -> int | None:
        for i, t in enumerate(self._rows):
            if t.id == transfer_id:
                return i
        return None

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def cell(self, t: Any, key: str) -> str:
        return {
            "sent": fmt.moment(t.requested_at),
            "from": t.from_name,
            "to": t.to_name,
            "amount": fmt.money(t.amount_fen),
            "state": state_text(t),
            "note": t.note,
        }[key]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(t, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return t.id
        return None
