"""Tables of the Projection page: each account month by month, each person's cash out of pocket, and a
what-if scenario next to the baseline. Rows are the engine's frozen results (core.projection/scenario)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.projection import account_label, month_label
from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel, fen_key

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


def month_text(month: dt.date | None) -> str:
    """"2026年3月" / "March 2026"; empty for None."""
    return "" if month is None else fmt.pair(month_label(month))


def when_text(month: dt.date | None) -> str:
    """A month, or "not within the horizon"."""
    if month is None:
        return QCoreApplication.translate("ProjectionModels", "not in this period")
    return month_text(month)


class _Model(RowsModel):
    """Each subclass gives a row's cells at once (:meth:`cells`) and, for sorting, its amounts in fen
    (:meth:`amounts`, one per money column, in column order)."""

    CONTEXT = "ProjectionModels"

    def row(self, r: int) -> Any:
        return self.rows[r]

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def amounts(self, row: Any) -> tuple[int | None, ...]:
        return ()

    def cell(self, row: Any, key: str) -> str:
        return self.cells(row)[self._keys.index(key)]

    def texts(self) -> list[list[str]]:
        return [list(self.cells(r)) for r in self.rows]

    def sort_value(self, row: Any, key: str) -> Any:
        if key in self.MONEY:
            money = [k for k, _ in self.COLUMNS if k in self.MONEY]
            amounts = self.amounts(row)
            if len(amounts) == len(money):
                return fen_key(amounts[money.index(key)])
        if key == "month":
            return row[1].month.isoformat()
        return self.cell(row, key)


class AccountMonthsModel(_Model):
    """Rows: (AccountProjection, AccountMonth)."""

    COLUMNS = (
        ("account", QT_TRANSLATE_NOOP("ProjectionModels", "Account")),
        ("month", QT_TRANSLATE_NOOP("ProjectionModels", "Month")),
        ("opening", QT_TRANSLATE_NOOP("ProjectionModels", "At the start")),
        ("inflow", QT_TRANSLATE_NOOP("ProjectionModels", "Money in")),
        ("own", QT_TRANSLATE_NOOP("ProjectionModels", "Own use")),
        ("paid", QT_TRANSLATE_NOOP("ProjectionModels", "Paid for family")),
        ("received", QT_TRANSLATE_NOOP("ProjectionModels", "Received")),
        ("closing", QT_TRANSLATE_NOOP("ProjectionModels", "At the end")),
        ("note", QT_TRANSLATE_NOOP("ProjectionModels", "Note")),
    )
    MONEY = frozenset({"opening", "inflow", "own", "paid", "received", "closing"})

    def amounts(self, row: Any) -> tuple[int | None, ...]:
        _acc, m = row
        return (m.opening_fen, m.inflow_fen, m.own_use_fen, m.paid_for_others_fen, m.received_fen, m.closing_fen)
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
        ("person", QT_TRANSLATE_NOOP("ProjectionModels", "Person")),
        ("cost", QT_TRANSLATE_NOOP("ProjectionModels", "Medical costs")),
        ("fund", QT_TRANSLATE_NOOP("ProjectionModels", "Insurance fund pays")),
        ("own", QT_TRANSLATE_NOOP("ProjectionModels", "Own account and wallet")),
        ("family", QT_TRANSLATE_NOOP("ProjectionModels", "Family accounts")),
        ("premium", QT_TRANSLATE_NOOP("ProjectionModels", "Premiums")),
        ("cash", QT_TRANSLATE_NOOP("ProjectionModels", "Cash out of pocket")),
        ("cash_from", QT_TRANSLATE_NOOP("ProjectionModels", "Cash from")),
    )
    MONEY = frozenset({"cost", "fund", "own", "family", "premium", "cash"})

    def amounts(self, p: Any) -> tuple[int | None, ...]:
        ms = p.months
        return (sum(m.cost_fen for m in ms), sum(m.fund_fen for m in ms), sum(m.own_fen + m.wallet_fen for m in ms),
                sum(m.family_fen for m in ms), sum(m.premium_fen for m in ms), p.cash_fen)

    def sort_value(self, p: Any, key: str) -> Any:
        if key == "cash_from":
            return p.first_cash_month.isoformat() if p.first_cash_month else "9999"
        return super().sort_value(p, key)

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
        ("what", QT_TRANSLATE_NOOP("ProjectionModels", "What")),
        ("base", QT_TRANSLATE_NOOP("ProjectionModels", "As things are")),
        ("alt", QT_TRANSLATE_NOOP("ProjectionModels", "With the change")),
        ("diff", QT_TRANSLATE_NOOP("ProjectionModels", "Difference")),
    )
    RIGHT = frozenset({"diff"})
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
