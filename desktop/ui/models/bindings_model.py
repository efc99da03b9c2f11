"""The family's bindings, grouped by beneficiary in registration (payment) order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.core import vocab
from desktop.ui import reasons as R

COLUMNS = (
    ("beneficiary", QT_TRANSLATE_NOOP("BindingsModel", "For")),
    ("rank", QT_TRANSLATE_NOOP("BindingsModel", "Order")),
    ("authorizer", QT_TRANSLATE_NOOP("BindingsModel", "Paid from the account of")),
    ("relation", QT_TRANSLATE_NOOP("BindingsModel", "Relation")),
    ("status", QT_TRANSLATE_NOOP("BindingsModel", "Status")),
    ("period", QT_TRANSLATE_NOOP("BindingsModel", "Valid")),
    ("registered", QT_TRANSLATE_NOOP("BindingsModel", "Registered")),
    ("cap", QT_TRANSLATE_NOOP("BindingsModel", "Authorized")),
    ("used", QT_TRANSLATE_NOOP("BindingsModel", "Used")),
    ("left", QT_TRANSLATE_NOOP("BindingsModel", "Left")),
)
_MONEY = {"cap", "used", "left"}

_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("BindingsModel", text)


def auto_end_text(b: Any, today: Any = None) -> str:
    """F-N9: "Ended by itself on …: …'s insurance moved …" (or "ends by itself on …" when it is still ahead)."""
    if today is not None and b.ended_on > today:
        text = QCoreApplication.translate("BindingsModel", "Ends by itself on %1: %2's insurance %3 (F-N9)")
    else:
        text = QCoreApplication.translate("BindingsModel", "Ended by itself on %1: %2's insurance %3 (F-N9)")
    return text.replace("%1", R.date(b.ended_on)).replace("%2", b.ended_by_name).replace(
        "%3", R.label(vocab.COVERAGE_ENDS, b.ended_kind or "ended"))


def status_text(b: Any, today: Any = None) -> str:
    """Status in words; a terminated one says since when; one that ended by itself (F-N9) says why."""
    if getattr(b, "ended_on", None) is not None and b.status in ("active", "pending", "draft"):
        if today is None or b.ended_on <= today:
            return QCoreApplication.translate("BindingsModel", "Ended by itself on %1").replace(
                "%1", R.date(b.ended_on))
    s = R.label(vocab.BINDING_STATUSES, b.status)
    if b.status == "terminated" and b.terminated_on is not None:
        return QCoreApplication.translate("BindingsModel", "%1 on %2").replace("%1", s).replace("%2", R.date(b.terminated_on))
    return s


def period_text(b: Any) -> str:
    if b.start_date is None and b.end_date is None:
        return QCoreApplication.translate("BindingsModel", "no dates set")
    start = R.date(b.start_date) if b.start_date else QCoreApplication.translate("BindingsModel", "now")
    end = R.date(b.end_date) if b.end_date else QCoreApplication.translate("BindingsModel", "no end")
    return f"{start} – {end}"


def rank_text(b: Any, today: Any = None) -> str:
    if b.rank is None or b.status not in ("active", "pending"):
        return "—"
    if getattr(b, "ended_on", None) is not None and today is not None and b.ended_on <= today:
        return "—"  # ended by itself (F-N9): no longer in the order
    return QCoreApplication.translate("BindingsModel", "No. %1").replace("%1", str(b.rank))


class BindingsModel(QAbstractTableModel):
    """Rows are ``book.BindingView`` as ``book.bindings()`` orders them (per beneficiary, 备案 order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.today: Any = None  # the book's today (a binding that ended by itself shows so from that day)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def binding(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, binding_id: int) -> int | None:
        for i, b in enumerate(self._rows):
            if b.id == binding_id:
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

    def cell(self, b: Any, key: str) -> str:
        if key == "beneficiary":
            return b.beneficiary_name
        if key == "rank":
            return rank_text(b, self.today)
        if key == "authorizer":
            return b.authorizer_name
        if key == "relation":
            return R.label(vocab.RELATIONS, b.relation)
        if key == "status":
            return status_text(b, self.today)
        if key == "period":
            return period_text(b)
        if key == "registered":
            return R.moment(b.registered_at) or "—"
        if key == "cap":
            return R.money(b.amount_cap_fen) if b.amount_cap_fen is not None else QCoreApplication.translate("BindingsModel", "no limit")
        if key == "used":
            return R.money(b.used_fen)
        if key == "left":
            return R.money(b.left_fen) if b.left_fen is not None else "—"
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(b, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return b.id
        if role == Qt.ItemDataRole.ToolTipRole and key == "status" and getattr(b, "ended_on", None) is not None:
            return auto_end_text(b, self.today)
        if role == Qt.ItemDataRole.FontRole and key == "status" and b.status == "active" \
                and not (getattr(b, "ended_on", None) is not None and self.today is not None
                         and b.ended_on <= self.today):
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return None
