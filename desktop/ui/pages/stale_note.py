"""The warning a page shows when the figures it works out start from old balances (issue 15): the names and
the book's threshold (Settings, default 30 days), in one sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.pages.home_facts import is_stale, names_text


def old_balances_text(book: Any) -> str:
    """"" when every recorded balance is recent enough; otherwise who has an old one."""
    today = book.today()
    limit = book.stale_days()
    names = [b.name for b in book.balances(today)
             if is_stale(today, b.statement_date, limit) or is_stale(today, b.wallet_statement_date, limit)]
    if not names:
        return ""
    return "⚠ " + QCoreApplication.translate(
        "StaleNote", "The projection starts from balances recorded more than %2 days ago (%1); it may be out of date. "
                     "“Update balances” on Home brings them up to date.").replace(
        "%1", names_text(names)).replace("%2", str(limit))
