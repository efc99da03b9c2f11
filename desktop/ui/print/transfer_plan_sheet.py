"""The planned wallet transfers on paper: for each day, each transfer to make with a box to tick, in big
type, and the hours it may be sent (the sender's region ``wallet`` limits, F-W6). Built like the other
sheets (``sheets.Sheet``; labels in context "Sheets")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core import money
from desktop.core.explain import sources_of
from desktop.core.wallet import WalletRules
from desktop.ui.print.sheets import Line, Section, Sheet, _footer, _t, _wallet_note

WEEKDAYS_ZH = "一二三四五六日"


def day_heading(day: dt.date, lang: str) -> str:
    """"2025年9月20日 星期六" / "Saturday 20 September 2025"."""
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}"
    return f"{day:%A} {day.day} {day:%B %Y}"


def transfer_plan_sheet(book: Any, planned: Sequence[Any], lang: str) -> Sheet:
    """``planned``: PlannedWalletTransferView rows (those still to make), in day and time order."""
    members = {m.id: m for m in book.members()}
    sections: list[Section] = []
    sources: list[str] = []
    policy = None
    for day in sorted({p.on_date for p in planned}):
        lines = []
        for p in (p for p in planned if p.on_date == day):
            sender = members.get(p.from_id)
            if sender is not None and policy is None:
                policy = book.registry.resolve_insured_place(sender.region_code)
            text = (_t(QT_TRANSLATE_NOOP("Sheets", "%1 → %2's insurance wallet: %3"))
                    .replace("%1", p.from_name).replace("%2", p.to_name).replace("%3", money.format_fen(p.amount_fen)))
            note = (_t(QT_TRANSLATE_NOOP("Sheets", "Send between %1 and %2 (China time); %3 must receive it "
                                                   "before %4 the next morning, or it goes back."))
                    .replace("%1", f"{p.window_start:%H:%M}").replace("%2", f"{p.window_end:%H:%M}")
                    .replace("%3", p.to_name).replace("%4", _return_time(book, sender)))
            lines.append(Line(text, tick=True, note=note))
        sections.append(Section(day_heading(day, lang), tuple(Line(ln.text, ln.tick, i + 1, ln.note)
                                                              for i, ln in enumerate(lines)), big=True))
    if policy is not None:
        note = _wallet_note(policy, lang)
        if note:
            sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Good to know")), (Line(note),)))
        try:
            w = WalletRules.of(policy)
            sources.extend(sources_of(*w.count_src, *w.max_src, *w.blackout_src, *w.return_src))
        except ValueError:
            pass
    total = sum(p.amount_fen for p in planned)
    title = _t(QT_TRANSLATE_NOOP("Sheets", "Planned wallet transfers"))
    subtitle = (_t(QT_TRANSLATE_NOOP("Sheets", "%1 transfers, %2 in all. Tick each one when it is sent."))
                .replace("%1", str(len(planned))).replace("%2", money.format_fen(total)))
    footer = _footer(policy, tuple(dict.fromkeys(sources)), book.today(), lang) if policy is not None else ""
    return Sheet("transfer_plan", title, subtitle, tuple(sections), footer, lang)


def _return_time(book: Any, sender: Any) -> str:
    if sender is None:
        return "06:00"
    try:
        return f"{WalletRules.of(book.registry.resolve_insured_place(sender.region_code)).return_time:%H:%M}"
    except ValueError:
        return "06:00"
