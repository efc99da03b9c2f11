"""Tables of the Projection page: each account month by month, each person's cash out of pocket, and a
what-if scenario next to the baseline. Rows are the engine's frozen results (core.projection/scenario)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.projection import account_label, month_label
from desktop.ui import reasons as fmt

_ROOT = QModelIndex()
WORDS = {
    "runs out": QT_TRANSLATE_NOOP("ProjectionModels", "runs out"),
    "down to the reserve": QT_TRANSLATE_NOOP("ProjectionModels", "down to the reserve"),
    "lowest": QT_TRANSLATE_NOOP("ProjectionModels", "lowest"),
    "cash out of pocket": QT_TRANSLATE_NOOP("ProjectionModels", "cash out of pocket"),
    "same": QT_TRANSLATE_NOOP("ProjectionModels", "same"),
    "changed": QT_TRANSLATE_NOOP("ProjectionModels", "changed"),
    "runs out in": QT_TRANSLATE_NOOP("ProjectionModels", "runs out in"),
    "down to the reserve in": QT_TRANSLATE_NOOP("ProjectionModels", "down to the reserve in"),
    "left at the end": QT_TRANSLATE_NOOP("ProjectionModels", "left at the end"),
}


def word(key: str) -> str:
    return QCoreApplication.translate("ProjectionModels", WORDS[key])


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def month_text(month: dt.date | None) -> str:
    """"2026年3月" / "March 2026"; empty for None."""
    return "" if month is None else fmt.pair(month_label(month))


def when_text(month: dt.date | None) -> str:
    """A month, or "not within the horizon"."""
    if month is None:
        return QCoreApplication.translate("ProjectionModels", "not in this period")
    return month_text(month)


class _Model(QAbstractTableModel):
    CONTEXT = "ProjectionModels"
    COLUMNS: tuple[str, ...] = ()
    MONEY: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, r: int) -> Any:
        return self._rows[r]

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def strong(self, row: Any) -> bool:
        return False

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.MONEY:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.strong(row):
            f = QFont()
            f.setBold(True)
            return f
        return None

    def texts(self) -> list[list[str]]:
        """Every cell as shown (tests, the PDF report)."""
        return [list(self.cells(r)) for r in self._rows]


class AccountMonthsModel(_Model):
    """Rows: (AccountProjection, AccountMonth)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ProjectionModels", "Account"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Month"),
        QT_TRANSLATE_NOOP("ProjectionModels", "At the start"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Money in"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Own use"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Paid for family"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Received"),
        QT_TRANSLATE_NOOP("ProjectionModels", "At the end"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Note"),
    )
    MONEY = frozenset({2, 3, 4, 5, 6, 7})
    first_days: tuple[dt.date, int] | None = None  # a projection from today: (first month, days of it left)

    def month_cell(self, month: dt.date) -> str:
        if self.first_days is not None and month == self.first_days[0]:
            if not self.first_days[1]:
                return (QCoreApplication.translate("ProjectionModels", "%1 (today is its last day)")
                        .replace("%1", month_text(month)))
            return (QCoreApplication.translate("ProjectionModels", "%1 (the last %2 days)")
                    .replace("%1", month_text(month)).replace("%2", str(self.first_days[1])))
        return month_text(month)

    def cells(self, row: Any) -> tuple[str, ...]:
        acc, m = row
        return (fmt.pair(acc.label), self.month_cell(m.month), fmt.money(m.opening_fen), fmt.money(m.inflow_fen),
                fmt.money(m.own_use_fen), fmt.money(m.paid_for_others_fen), fmt.money(m.received_fen),
                fmt.money(m.closing_fen), self.note(acc, m.month))

    def note(self, acc: Any, month: dt.date) -> str:
        parts = []
        if acc.empty_month == month:
            parts.append(f"{fmt.REFUSED} " + word("runs out"))
        if acc.floor_month == month and acc.floor_month != acc.empty_month:
            parts.append(f"{fmt.REFUSED} " + word("down to the reserve"))
        if acc.lowest_month == month and acc.empty_month is None and acc.floor_month is None:
            parts.append(f"{fmt.INFO} " + word("lowest"))
        return "；".join(parts) if fmt.lang() == "zh" else "; ".join(parts)

    def strong(self, row: Any) -> bool:
        acc, m = row
        return m.month in (acc.empty_month, acc.floor_month)


class PeopleCashModel(_Model):
    """Rows: PersonProjection (with months)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ProjectionModels", "Person"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Medical costs"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Insurance fund pays"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Own account and wallet"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Family accounts"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Premiums"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Cash out of pocket"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Cash from"),
    )
    MONEY = frozenset({1, 2, 3, 4, 5, 6})

    def cells(self, p: Any) -> tuple[str, ...]:
        ms = p.months
        return (p.name, fmt.money(sum(m.cost_fen for m in ms)), fmt.money(sum(m.fund_fen for m in ms)),
                fmt.money(sum(m.own_fen + m.wallet_fen for m in ms)), fmt.money(sum(m.family_fen for m in ms)),
                fmt.money(sum(m.premium_fen for m in ms)), fmt.money(p.cash_fen), month_text(p.first_cash_month))

    def strong(self, p: Any) -> bool:
        return p.cash_fen > 0


class ComparisonModel(_Model):
    """Rows: (kind, AccountChange or PersonChange): the plan as it is next to the what-if."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ProjectionModels", "What"),
        QT_TRANSLATE_NOOP("ProjectionModels", "As things are"),
        QT_TRANSLATE_NOOP("ProjectionModels", "With the change"),
        QT_TRANSLATE_NOOP("ProjectionModels", "Difference"),
    )
    MONEY = frozenset({3})
    WHO_WHAT = QT_TRANSLATE_NOOP("ProjectionModels", "%1: %2")

    @staticmethod
    def rows_of(comparison: Any) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for a in comparison.accounts:
            out.append(("empty", a))
            if a.floor_fen:
                out.append(("floor", a))
            out.append(("closing", a))
        for p in comparison.people:
            out.append(("cash", p))
        return out

    def _what(self, who: str, key: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.WHO_WHAT).replace("%1", who).replace("%2", word(key))

    @staticmethod
    def _diff(base: int, alt: int) -> str:
        d = alt - base
        return f"{'+' if d > 0 else '−'}{fmt.money(abs(d))}" if d else word("same")

    def cells(self, row: Any) -> tuple[str, ...]:
        kind, x = row
        if kind == "cash":
            return (self._what(x.name, "cash out of pocket"), fmt.money(x.base_cash_fen), fmt.money(x.alt_cash_fen),
                    self._diff(x.base_cash_fen, x.alt_cash_fen))
        who = fmt.pair(account_label(x.name, x.account.kind))
        if kind in ("empty", "floor"):
            base, alt = (x.base_empty, x.alt_empty) if kind == "empty" else (x.base_floor, x.alt_floor)
            key = "runs out in" if kind == "empty" else "down to the reserve in"
            return (self._what(who, key), when_text(base), when_text(alt),
                    word("same") if base == alt else word("changed"))
        return (self._what(who, "left at the end"), fmt.money(x.base_closing_fen), fmt.money(x.alt_closing_fen),
                self._diff(x.base_closing_fen, x.alt_closing_fen))

    def strong(self, row: Any) -> bool:
        kind, x = row
        if kind == "cash":
            return x.extra_cash_fen != 0
        if kind == "empty":
            return x.base_empty != x.alt_empty
        if kind == "floor":
            return x.base_floor != x.alt_floor
        return False
