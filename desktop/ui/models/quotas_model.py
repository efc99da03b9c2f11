"""The family quotas (共济额度, F-N11), newest first: who set how much for whom, what is used and left, and how it
stands — ended by hand, or by itself when someone's insurance ended or moved (F-N9)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.core import vocab
from desktop.ui import reasons as fmt

_ROOT = QModelIndex()

COLUMNS = (
    ("set", QT_TRANSLATE_NOOP("QuotasModel", "Set (China time)")),
    ("from", QT_TRANSLATE_NOOP("QuotasModel", "Set by")),
    ("to", QT_TRANSLATE_NOOP("QuotasModel", "For")),
    ("amount", QT_TRANSLATE_NOOP("QuotasModel", "Quota")),
    ("used", QT_TRANSLATE_NOOP("QuotasModel", "Used")),
    ("left", QT_TRANSLATE_NOOP("QuotasModel", "Left")),
    ("state", QT_TRANSLATE_NOOP("QuotasModel", "How it stands")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuotasModel", text)


def quota_state_text(q: Any) -> str:
    """Standing (ends by itself on … when an end is known); ended on …, … went back; ended by itself because …."""
    back = fmt.money(q.left_fen)
    if q.state == "auto_ended":
        return QCoreApplication.translate("QuotasModel", "Ended by itself on %1: %2's insurance %3; %4 went back to %5").replace(
            "%1", fmt.date(q.end_day)).replace("%2", q.ended_by_name).replace(
            "%3", fmt.label(vocab.COVERAGE_ENDS, q.ended_kind or "ended")).replace("%4", back).replace("%5", q.payer_name)
    if q.state == "ended":
        return QCoreApplication.translate("QuotasModel", "Ended on %1; %2 went back to %3").replace("%1", fmt.date(q.end_day)).replace("%2", back).replace(
            "%3", q.payer_name)
    if q.state == "waiting":
        return QCoreApplication.translate("QuotasModel", "Set for a later time")
    if q.end_day is not None:
        return QCoreApplication.translate("QuotasModel", "Standing; ends by itself on %1: %2's insurance %3").replace("%1", fmt.date(q.end_day)) \
            .replace("%2", q.ended_by_name).replace("%3", fmt.label(vocab.COVERAGE_ENDS, q.ended_kind or "ended"))
    return QCoreApplication.translate("QuotasModel", "Standing: %1 cannot spend the %2 left").replace("%1", q.payer_name).replace("%2", back)


class QuotasModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def quota(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, quota_id: int) -> int | None:
        for i, q in enumerate(self._rows):
            if q.id == quota_id:
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

    def cell(self, q: Any, key: str) -> str:
        return {
            "set": fmt.moment(q.set_at),
            "from": q.payer_name,
            "to": q.receiver_name,
            "amount": fmt.money(q.amount_fen),
            "used": fmt.money(q.used_fen),
            "left": fmt.money(q.left_fen),
            "state": quota_state_text(q),
        }[key]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(q, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "used", "left"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return q.id
        return None
