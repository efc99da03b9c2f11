"""The family's bindings, grouped by beneficiary in registration (payment) order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import NO_AMOUNT, RowsModel, fen_key

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
    ("id", QT_TRANSLATE_NOOP("BindingsModel", "Record no.")),  # the number sentences name ("binding no. 1")
)
_MONEY = {"cap", "used", "left"}


def auto_end_text(b: Any, today: Any = None) -> str:
    """F-N9: "Ended by itself on …: …'s insurance moved …" (or "ends by itself on …" when it is still ahead); the
    fact ID goes on a Source line beside it (``auto_end_source``), never into the sentence."""
    if today is not None and b.ended_on > today:
        text = QCoreApplication.translate("BindingsModel", "Ends by itself on %1: %2's insurance %3")
    else:
        text = QCoreApplication.translate("BindingsModel", "Ended by itself on %1: %2's insurance %3")
    return text.replace("%1", fmt.date(b.ended_on)).replace("%2", b.ended_by_name).replace(
        "%3", fmt.label(vocab.COVERAGE_ENDS, b.ended_kind or "ended"))


def auto_end_source() -> str:
    """The Source line under an auto-end sentence (F-N9)."""
    return fmt.source_line(["F-N9"])


def status_text(b: Any, today: Any = None) -> str:
    """Status in words; a terminated one says since when; one that ended by itself (F-N9) says why."""
    if getattr(b, "ended_on", None) is not None and b.status in ("active", "pending", "draft"):
        if today is None or b.ended_on <= today:
            return QCoreApplication.translate("BindingsModel", "Ended by itself on %1").replace(
                "%1", fmt.date(b.ended_on))
    s = fmt.label(vocab.BINDING_STATUSES, b.status)
    if b.status == "terminated" and b.terminated_on is not None:
        return QCoreApplication.translate("BindingsModel", "%1 on %2").replace("%1", s).replace("%2", fmt.date(b.terminated_on))
    return s


def period_text(b: Any) -> str:
    if b.start_date is None and b.end_date is None:
        return QCoreApplication.translate("BindingsModel", "no dates set")
    start = fmt.date(b.start_date) if b.start_date else QCoreApplication.translate("BindingsModel", "now")
    end = fmt.date(b.end_date) if b.end_date else QCoreApplication.translate("BindingsModel", "no end")
    return f"{start} – {end}"


def rank_text(b: Any, today: Any = None) -> str:
    if b.rank is None or b.status not in ("active", "pending"):
        return "—"
    if getattr(b, "ended_on", None) is not None and today is not None and b.ended_on <= today:
        return "—"  # ended by itself (F-N9): no longer in the order
    return QCoreApplication.translate("BindingsModel", "No. %1").replace("%1", str(b.rank))


class BindingsModel(RowsModel):
    """Rows are ``book.BindingView`` as ``book.bindings()`` orders them (per beneficiary, 备案 order)."""

    CONTEXT = "BindingsModel"
    COLUMNS = COLUMNS
    MONEY = frozenset(_MONEY)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: Any = None  # the book's today (a binding that ended by itself shows so from that day)

    def binding(self, row: int | None) -> Any | None:
        return self.item(row)

    def cell(self, b: Any, key: str) -> str:
        if key == "beneficiary":
            return b.beneficiary_name
        if key == "rank":
            return rank_text(b, self.today)
        if key == "authorizer":
            return b.authorizer_name
        if key == "relation":
            return fmt.label(vocab.RELATIONS, b.relation)
        if key == "status":
            return status_text(b, self.today)
        if key == "period":
            return period_text(b)
        if key == "registered":
            return fmt.moment(b.registered_at) or "—"
        if key == "cap":
            return fmt.money(b.amount_cap_fen) if b.amount_cap_fen is not None else QCoreApplication.translate("BindingsModel", "no limit")
        if key == "used":
            return fmt.money(b.used_fen)
        if key == "left":
            return fmt.money(b.left_fen) if b.left_fen is not None else "—"
        if key == "id":
            return str(b.id)
        return ""

    def sort_value(self, b: Any, key: str) -> Any:
        if key == "id":
            return b.id
        if key == "rank":
            return b.rank if rank_text(b, self.today) != "—" else NO_AMOUNT
        if key == "period":
            return (b.start_date or b.end_date or dt.date.min).isoformat()
        if key == "registered":
            return b.registered_at.isoformat() if b.registered_at else ""
        if key in _MONEY:
            return fen_key(getattr(b, {"cap": "amount_cap_fen", "used": "used_fen", "left": "left_fen"}[key]))
        return self.cell(b, key)

    def tooltip(self, b: Any, key: str) -> str | None:
        if key == "status" and getattr(b, "ended_on", None) is not None:
            return auto_end_text(b, self.today) + "\n" + auto_end_source()
        return None

    def strong(self, b: Any) -> bool:
        return b.status == "active" and not (getattr(b, "ended_on", None) is not None and self.today is not None
                                             and b.ended_on <= self.today)
