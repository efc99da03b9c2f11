"""Home's reminder from the projection: an account expected to run out (or fall to the reserve that must
stay) within the next 3 months. Computed when Home is shown, never stored (FamilyBook.runs_out_soon)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.book import Refused
from desktop.core import money

WITHIN_MONTHS = 3  # issue 7: "an account projected to run out within 3 months"


def projected_soon(book: Any) -> list[Any]:
    """The accounts running out within the next months; none when the book cannot be projected."""
    try:
        return book.runs_out_soon(WITHIN_MONTHS)
    except Refused:
        return []


def runout_notices(member_id: int, soon: list[Any]) -> list[tuple[str, str]]:
    """(kind, text) for Home's card of ``member_id``: "runs_out" notices in plain words."""
    if not soon:
        return []
    # only when there is something to say: the projection's models are not imported before Home's first figures
    from desktop.ui.pages.projection_models import month_text

    out = []
    for a in soon:
        if a.account.person_id != member_id:
            continue
        if a.months[0].opening_fen <= 0 and a.empty_month == a.months[0].month:  # nothing in it today
            if a.account.kind == "wallet":
                text = QCoreApplication.translate("ProjectionReminders", "Your insurance wallet is empty now.")
            else:
                text = QCoreApplication.translate("ProjectionReminders", "Your account is empty now.")
            out.append(("runs_out", text))
        elif a.account.kind == "wallet":
            text = QCoreApplication.translate("ProjectionReminders",
                                              "Your insurance wallet is expected to run out in %1.")
            out.append(("runs_out", text.replace("%1", month_text(a.empty_month))))
        elif a.floor_month is not None and (a.empty_month is None or a.floor_month < a.empty_month):
            text = QCoreApplication.translate(
                "ProjectionReminders", "Your account is expected to fall to the %2 that must stay in %1; "
                "after that family members cannot use it.")
            out.append(("runs_out", text.replace("%1", month_text(a.floor_month))
                        .replace("%2", money.format_fen(a.floor_fen))))
        else:
            text = QCoreApplication.translate("ProjectionReminders", "Your account is expected to run out in %1.")
            out.append(("runs_out", text.replace("%1", month_text(a.empty_month))))
    return out
