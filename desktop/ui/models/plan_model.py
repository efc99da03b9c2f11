"""A transfer plan's schedule: when to send each transfer, how much, and by when it must be received."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel, fen_key

COLUMNS = (
    ("no", QT_TRANSLATE_NOOP("PlanModel", "No.")),
    ("at", QT_TRANSLATE_NOOP("PlanModel", "Send at (China time)")),
    ("amount", QT_TRANSLATE_NOOP("PlanModel", "Amount")),
    ("by", QT_TRANSLATE_NOOP("PlanModel", "Must be received before")),
)


class PlanModel(RowsModel):
    """Rows are ``core.wallet.PlannedTransfer`` (aware China times, shown as wall-clock times)."""

    CONTEXT = "PlanModel"
    COLUMNS = COLUMNS
    MONEY = frozenset({"amount"})
    RIGHT = frozenset({"no"})

    def cell(self, p: Any, key: str) -> str:
        if key == "no":
            return str(self.position(p) + 1)
        if key == "at":
            return fmt.moment(p.at.replace(tzinfo=None))
        if key == "amount":
            return fmt.money(p.amount_fen)
        return fmt.moment(p.returns_at.replace(tzinfo=None))

    def sort_value(self, p: Any, key: str) -> Any:
        if key == "no":
            return self.position(p)
        if key == "amount":
            return fen_key(p.amount_fen)
        return self.cell(p, key)
