"""Planned wallet transfers, by day: the day, the hours they may be sent (China time, F-W6), who, how much,
and whether each is done, still to do, or overdue — and, still to send, whether the sender's balance is old."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import reasons as R
from desktop.ui.models.rows_model import RowsModel, fen_key

COLUMNS = (
    ("day", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Day")),
    ("hours", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Send between")),
    ("from", QT_TRANSLATE_NOOP("PlannedTransfersModel", "From")),
    ("to", QT_TRANSLATE_NOOP("PlannedTransfersModel", "To")),
    ("amount", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Amount")),
    ("state", QT_TRANSLATE_NOOP("PlannedTransfersModel", "Sent?")),
)


def planned_state(p: Any, today: dt.date) -> str:
    if p.done:
        return QCoreApplication.translate("PlannedTransfersModel", "✓ Sent")
    if p.on_date < today:
        return QCoreApplication.translate("PlannedTransfersModel", "⚠ Its day has passed: not marked sent")
    if p.on_date == today:
        return QCoreApplication.translate("PlannedTransfersModel", "Send today")
    return QCoreApplication.translate("PlannedTransfersModel", "Still to send")


class PlannedTransfersModel(RowsModel):
    CONTEXT = "PlannedTransfersModel"
    COLUMNS = COLUMNS
    MONEY = frozenset({"amount"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.old: dict[int, str] = {}  # planned id → its old-balance note

    def set_rows(self, rows: Any, today: dt.date | None = None, old: dict[int, str] | None = None) -> None:
        self.today = today or self.today
        self.old = dict(old or {})
        super().set_rows(rows)

    def planned(self, row: int | None) -> Any | None:
        return self.item(row)

    def cell(self, p: Any, key: str) -> str:
        if key == "state":
            note = self.old.get(p.id, "")
            return f"{planned_state(p, self.today)} {note}" if note else planned_state(p, self.today)
        return {
            "day": R.date(p.on_date),
            "hours": f"{p.window_start:%H:%M}–{p.window_end:%H:%M}",
            "from": p.from_name,
            "to": p.to_name,
            "amount": R.money(p.amount_fen),
        }[key]

    def sort_value(self, p: Any, key: str) -> Any:
        if key in ("day", "hours"):  # the day, then the hours: a date as a date
            return f"{p.on_date.isoformat()} {p.window_start:%H:%M}"
        if key == "amount":
            return fen_key(p.amount_fen)
        return self.cell(p, key)

    def tooltip(self, p: Any, key: str) -> str | None:
        return self.old.get(p.id) or None if key == "amount" else None
