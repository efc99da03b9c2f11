"""The savings plan on one page in big type, for the family meeting: the saving, who pays less, and each
step of the best plan with who must do what; the other plans in one line each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.money import format_fen

from .sheets import Line, Section, Sheet

OTHERS = 2  # other plans named on the sheet (one line each) at most
PEOPLE_ASKS = ("advisor_ask_counter", "advisor_ask_elderly_consent", "advisor_ask_elderly_pays")
LEVELS = 3  # ever shorter versions of the sheet, until it fits on one page


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheets", text)


def _who(e, lang: str, level: int) -> str:
    """Who does the step and where (the first channel only), and who must be there in person."""
    out = []
    actor = next((r for r in e.asks if r.code == "advisor_ask_channel"), None)
    if actor is not None and e.channels:
        name = e.channels[0].name_in(lang)
        out.append(_t(QT_TRANSLATE_NOOP("Sheets", "%1 does it through %2.")).replace(
            "%1", str(actor.args["actor"])).replace("%2", name))
    if level < 2:
        out.extend(r.text(lang) for r in e.asks if r.code in PEOPLE_ASKS)
    return "\n".join(out)


def savings_sheet(book, advice, months: int, lang: str, level: int = 0) -> Sheet:
    """What the printed summary says (``desktop.ui.print.pdf.write_pdf`` draws it); a higher ``level`` leaves
    out the less important lines (the other plans, then who must be present) so that it fits on one page."""
    today = book.today()
    subtitle = _t(QT_TRANSLATE_NOOP("Sheets", "Over the next %1 months the family is expected to pay %2 in cash.")).replace(
        "%1", str(months)).replace("%2", format_fen(advice.base_cash_fen))
    sections: list[Section] = []
    best = advice.best
    sources: list[str] = []
    if best is None:
        sections.append(Section("", (Line(_t(QT_TRANSLATE_NOOP("Sheets", "No arrangement the rules allow would cut that."))),), big=True))
    else:
        sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Best plan")), (Line(_t(QT_TRANSLATE_NOOP("Sheets", "Expected to save %1 in cash")).replace(
            "%1", format_fen(best.saving_fen)), note=_t(QT_TRANSLATE_NOOP("Sheets", "In 8 of 10 simulated futures: %1 to %2.")).replace(
            "%1", format_fen(best.low_fen)).replace("%2", format_fen(best.high_fen))),), big=True))
        people = tuple(Line(_t(QT_TRANSLATE_NOOP("Sheets", "%1 pays %2 instead of %3.")).replace("%1", p.name).replace(
            "%2", format_fen(p.plan_cash_fen)).replace("%3", format_fen(p.base_cash_fen)))
            for p in best.people if p.saved_fen)
        if people:
            sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Who pays less")), people))
        steps = []
        for k, e in enumerate(best.steps, 1):
            steps.append(Line(e.what.text(lang), tick=True, number=k, note=_who(e, lang, level)))
            sources.extend(s for s in e.sources if s not in sources)
        sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "What to do")), tuple(steps)))
        others = tuple(Line(_t(QT_TRANSLATE_NOOP("Sheets", "Plan %1: save about %2 — %3")).replace("%1", str(i)).replace(
            "%2", format_fen(p.saving_fen)).replace("%3", "；".join(e.what.text(lang) for e in p.steps)
                                                    if lang.startswith("zh") else
                                                    "; ".join(e.what.text(lang) for e in p.steps)))
            for i, p in enumerate(advice.plans[1:1 + max(0, OTHERS - 2 * level)], 2))
        if others:
            sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Other ways")), others))
    footer = _t(QT_TRANSLATE_NOOP("Sheets", "Worked out on %1 from the family book. Nothing has been done yet: every step needs the people "
                "named to confirm it. Rules relied on: %2. Policies change: check with your local "
                "medical-insurance office.")).replace("%1", today.isoformat()).replace(
        "%2", ", ".join(sources) or "—")
    return Sheet("savings", _t(QT_TRANSLATE_NOOP("Sheets", "Savings plan")), subtitle, tuple(sections), footer, lang)


def write_one_page(book, advice, months: int, lang: str, path) -> int:
    """Write the summary as an owner-only PDF, as full as fits on one page; returns the pages written."""
    from .pdf import write_pdf

    pages = 0
    for level in range(LEVELS):
        pages = write_pdf(savings_sheet(book, advice, months, lang, level), path)
        if pages <= 1:
            break
    return pages
