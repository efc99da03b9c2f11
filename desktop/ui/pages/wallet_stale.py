"""Which of the Wallet page's figures rest on an old balance (issue 15): a quota's use and what is left count
from the receiver's account and the payer's (whose money it sets aside); a planned transfer needs the sender's
money on its day. Older than the book's threshold (Settings, default 30 days) is flagged: "余额是 45 天前记的"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.pages.home_facts import age_days, day_text, is_stale, names_text

OldBalances = dict[int, str]  # member id → "王建国的余额是 45 天前（2026年4月17日）记的"


def old_balances(book: Any) -> OldBalances:
    """Who has a personal (or wallet) balance recorded longer ago than the threshold, in words."""
    today, limit = book.today(), book.stale_days()
    out: OldBalances = {}
    for b in book.balances(today):
        if is_stale(today, b.statement_date, limit):
            day = b.statement_date
            text = QCoreApplication.translate("WalletStale", "%1's balance was recorded %2 days ago (%3)")
        elif is_stale(today, b.wallet_statement_date, limit):
            day = b.wallet_statement_date
            text = QCoreApplication.translate("WalletStale", "%1's wallet balance was recorded %2 days ago (%3)")
        else:
            continue
        out[b.member_id] = text.replace("%1", b.name).replace("%2", str(age_days(today, day))).replace(
            "%3", day_text(day))
    return out


def quota_rests_on(q: Any) -> tuple[int, ...]:
    """A quota still standing (or set for later) counts from both people's balances; an ended one is settled."""
    return (q.payer_id, q.receiver_id) if q.state in ("standing", "waiting") else ()


def planned_rests_on(p: Any) -> tuple[int, ...]:
    return () if p.done else (p.from_id,)


def note_for(ids: tuple[int, ...], old: OldBalances) -> str:
    """"⚠ 王建国的余额是 45 天前（…）记的" for the old balances among ``ids``; "" when none is old."""
    said = [old[i] for i in dict.fromkeys(ids) if i in old]
    return "⚠ " + ("；" if _zh() else "; ").join(said) if said else ""


def page_note(book: Any, old: OldBalances, quotas: list[Any], planned: list[Any]) -> str:
    """The page's one line over its tables: whose old balance the figures below count from."""
    ids = [i for q in quotas for i in quota_rests_on(q)] + [i for p in planned for i in planned_rests_on(p)]
    names = [i for i in dict.fromkeys(ids) if i in old]
    if not names:
        return ""
    return "⚠ " + QCoreApplication.translate(
        "WalletStale", "The quotas and planned transfers below count from balances recorded more than %1 days ago: "
                       "%2. Check them in the official app and update them.").replace(
        "%1", str(book.stale_days())).replace("%2", names_text([old[i] for i in names]))


def _zh() -> bool:
    from desktop.ui import reasons

    return reasons.lang() == "zh"
