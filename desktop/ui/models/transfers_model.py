"""The wallet transfer log, newest first, with each transfer's state in words (China time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel, fen_key

COLUMNS = (
    ("sent", QT_TRANSLATE_NOOP("TransfersModel", "Sent (China time)")),
    ("from", QT_TRANSLATE_NOOP("TransfersModel", "From")),
    ("to", QT_TRANSLATE_NOOP("TransfersModel", "To")),
    ("amount", QT_TRANSLATE_NOOP("TransfersModel", "Amount")),
    ("state", QT_TRANSLATE_NOOP("TransfersModel", "What happened")),
    ("note", QT_TRANSLATE_NOOP("TransfersModel", "Note")),
)


def state_text(t: Any) -> str:
    """Received at …; waiting (goes back at … if not received); went back at …."""
    if t.state == "received" and t.received_at is not None:
        return QCoreApplication.translate("TransfersModel", "✓ Received %1").replace("%1", fmt.moment(t.received_at))
    if t.state == "returned":
        return QCoreApplication.translate("TransfersModel", "↩ Went back to %1 at %2").replace("%1", t.from_name).replace(
            "%2", fmt.moment(t.returned_at or t.returns_at))
    return QCoreApplication.translate("TransfersModel", "… Waiting: goes back at %1 if not received").replace("%1", fmt.moment(t.returns_at))


class TransfersModel(RowsModel):
    CONTEXT = "TransfersModel"
    COLUMNS = COLUMNS
    MONEY = frozenset({"amount"})

    def transfer(self, row: int | None) -> Any | None:
        return self.item(row)

    def cell(self, t: Any, key: str) -> str:
        return {
            "sent": fmt.moment(t.requested_at),
            "from": t.from_name,
            "to": t.to_name,
            "amount": fmt.money(t.amount_fen),
            "state": state_text(t),
            "note": t.note,
        }[key]

    def sort_value(self, t: Any, key: str) -> Any:
        if key == "sent":
            return t.requested_at.isoformat()
        if key == "amount":
            return fen_key(t.amount_fen)
        return self.cell(t, key)
