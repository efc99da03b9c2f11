"""The family quotas (共济额度, F-N11), newest first: who set how much for whom, what is used and left, and how it
stands — ended by hand, or by itself when someone's insurance ended or moved (F-N9). A standing quota that counts
from an old balance says so in its state (desktop/ui/pages/wallet_stale.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel, fen_key

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


def quota_state_source(q: Any) -> str:
    """The Source line beside a quota's state: F-N11, and F-N9 when it ends or ended by itself."""
    return fmt.source_line(["F-N11", *(["F-N9"] if q.ended_by_id is not None and q.end_day is not None else [])])


def quota_state_text(q: Any) -> str:
    """Standing (ends by itself on … when an end is known); ended on …, … went back; ended by itself because …."""
    back = fmt.money(q.left_fen)
    if q.state == "auto_ended":
        return QCoreApplication.translate("QuotasModel", "Ended by itself on %1: %2's insurance %3; %4 went back to %5").replace(
            "%1", fmt.date(q.end_day)).replace("%2", q.ended_by_name).replace(
            "%3", fmt.label(vocab.COVERAGE_ENDS, q.ended_kind or "ended")).replace("%4", back).replace("%5", q.payer_name)
    if q.state == "ended":
        return QCoreApplication.translate("QuotasModel", "Ended on %1; %2 went back to %3").replace("%1", fmt.date(q.end_day)).replace(
            "%2", back).replace("%3", q.payer_name)
    if q.state == "waiting":
        return QCoreApplication.translate("QuotasModel", "Set for a later time")
    if q.end_day is not None:
        return QCoreApplication.translate("QuotasModel", "Standing; ends by itself on %1: %2's insurance %3").replace("%1", fmt.date(q.end_day)) \
            .replace("%2", q.ended_by_name).replace("%3", fmt.label(vocab.COVERAGE_ENDS, q.ended_kind or "ended"))
    return QCoreApplication.translate("QuotasModel", "Standing: %1 cannot spend the %2 left").replace("%1", q.payer_name).replace("%2", back)


class QuotasModel(RowsModel):
    CONTEXT = "QuotasModel"
    COLUMNS = COLUMNS
    MONEY = frozenset({"amount", "used", "left"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.old: dict[int, str] = {}  # quota id → its old-balance note ("" or absent: none)

    def set_rows(self, rows: Any, old: dict[int, str] | None = None) -> None:
        self.old = dict(old or {})
        super().set_rows(rows)

    def quota(self, row: int | None) -> Any | None:
        return self.item(row)

    def cell(self, q: Any, key: str) -> str:
        if key == "state":
            note = self.old.get(q.id, "")
            return f"{quota_state_text(q)} {note}" if note else quota_state_text(q)
        return {
            "set": fmt.moment(q.set_at),
            "from": q.payer_name,
            "to": q.receiver_name,
            "amount": fmt.money(q.amount_fen),
            "used": fmt.money(q.used_fen),
            "left": fmt.money(q.left_fen),
        }[key]

    def sort_value(self, q: Any, key: str) -> Any:
        if key == "set":
            return q.set_at.isoformat()
        if key in self.MONEY:
            return fen_key({"amount": q.amount_fen, "used": q.used_fen, "left": q.left_fen}[key])
        return self.cell(q, key)

    def tooltip(self, q: Any, key: str) -> str | None:
        """The used and left figures of a quota counting from an old balance say so on hover too."""
        if key == "state":
            return self.cell(q, key) + "\n" + quota_state_source(q)  # the fact IDs: beside the words
        return self.old.get(q.id) or None if key in ("used", "left") else None
