"""What a printed sheet says, as plain data, in the UI language.

Two sheets: the **steps** of a chosen channel, each with a box to tick, for a relative doing it on
their own phone or at the counter; and a **payment card** for the beneficiary to carry: what to say
at the cashier (the pack's ``settle`` channel, F-G4/F-T9 …) and whose accounts pay in which order
(the pack's ``payment.order``, F-G6, with bindings in registration order). Everything regional
comes from the packs; labels go through Qt's translator (context "Sheets").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import money, terms, vocab
from desktop.core.explain import sources_of
from desktop.core.terms import BindingRules, PaymentRules
from desktop.core.wallet import WalletRules
from desktop.ui.guide import flow
from desktop.ui.guide.state import GuideState
from desktop.ui.reasons import without_ids


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheets", text)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang.startswith("zh") else pair[1]


@dataclass(frozen=True)
class Line:
    text: str
    tick: bool = False          # a box to tick
    number: int | None = None   # shown as "3." before the text
    note: str = ""              # a smaller line under it


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...]
    big: bool = False           # the most important words: printed larger still


@dataclass(frozen=True)
class Sheet:
    kind: str                   # "steps" or "payment_card"
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: str
    lang: str

    def text(self) -> str:
        """Everything on the sheet as plain text (tests, and a check that nothing is lost in printing)."""
        out = [self.title, self.subtitle]
        for s in self.sections:
            out.append(s.heading)
            for ln in s.lines:
                out.append(ln.text)
                if ln.note:
                    out.append(ln.note)
        out.append(self.footer)
        return "\n".join(x for x in out if x)


def _footer(policy, sources: tuple[str, ...], on: dt.date, lang: str) -> str:
    parts = []
    if sources:
        parts.append(_t(QT_TRANSLATE_NOOP("Sheets", "Rules: %1")).replace("%1", ", ".join(sources)))
    if policy.since is not None:  # a dated version (a city pack's own year may predate the national one in force)
        parts.append(_t(QT_TRANSLATE_NOOP("Sheets", "Rules of %1 in force since %2")).replace("%1", policy.name_in(lang))
                     .replace("%2", policy.since.isoformat()))
    else:
        parts.append(_t(QT_TRANSLATE_NOOP("Sheets", "Region rules of %1, %2")).replace("%1", policy.name_in(lang))
                     .replace("%2", str(policy.year)))
    parts.append(_t(QT_TRANSLATE_NOOP("Sheets", "Printed %1 by FamilyPool")).replace("%1", on.isoformat()))
    verify = policy.verify_note()
    if verify:
        parts.append(_pick(verify, lang))
    return " · ".join(parts[:3]) + ("\n" + parts[3] if len(parts) > 3 else "")


_TITLES = {
    "bind": QT_TRANSLATE_NOOP("Sheets", "Family sharing: %1's account pays for %2"),
    "transfer": QT_TRANSLATE_NOOP("Sheets", "Wallet transfer from %1 to %2"),
    "set_quota": QT_TRANSLATE_NOOP("Sheets", "%1 sets a family quota for %2"),
    "pay_premium": QT_TRANSLATE_NOOP("Sheets", "%1 pays %2's resident insurance premium"),
    "open_wallet": QT_TRANSLATE_NOOP("Sheets", "Open the insurance wallet of %1"),
    "query": QT_TRANSLATE_NOOP("Sheets", "Look up the visit records of %1"),
}


def _title(purpose: str, a: str, b: str) -> str:
    key = _TITLES.get(purpose, _TITLES["bind"])
    return _t(key).replace("%1", a).replace("%2", b)


def steps_sheet(book, state: GuideState, lang: str) -> Sheet:
    """The chosen channel's steps, each with a tick box, and what to have ready."""
    policy = book.rules_on(state.region_code, state.start)  # the rules in force when the binding begins
    names = {m.id: m.name for m in book.members()}
    a = names.get(state.authorizer_id, "")
    b = names.get(state.beneficiary_id, "")
    main = flow.channel(policy, state.channel_id)
    items = flow.sequence(policy, state)
    sources: list[str] = []
    sections: list[Section] = []

    ready: list[Line] = []
    if state.purpose == "bind":
        ready.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "The ID card and insurance card of %1 and of %2")).replace("%1", a).replace("%2", b),
                          tick=True))
        if state.start and state.end:
            ready.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "Authorization from %1 to %2")).replace("%1", state.start.isoformat())
                              .replace("%2", state.end.isoformat()), tick=True))
        if state.amount_fen is not None:
            ready.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "Authorized amount: %1")).replace("%1", money.format_fen(state.amount_fen)), tick=True))
    if state.purpose == "set_quota":
        amount = money.format_fen(state.amount_fen) if state.amount_fen is not None else "______"
        ready.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "Quota for %1: %2")).replace("%1", b).replace("%2", amount),
                          tick=True))
    if ready:
        sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Have ready")), tuple(ready)))

    current: list[Line] = []
    heading = ""
    n = 0

    def flush() -> None:
        if current:
            sections.append(Section(heading, tuple(current)))

    for item in items:
        if item.kind == flow.WALLET_CHECK:
            flush()
            amount = (money.format_fen(state.transfer_amount_fen) if state.transfer_amount_fen is not None
                      else "______")
            current, heading = [Line(_t(QT_TRANSLATE_NOOP("Sheets", "Amount to send: %1")).replace("%1", amount), tick=True,
                                     note=_wallet_note(policy, lang, sources))], _t(QT_TRANSLATE_NOOP("Sheets", "Before sending money"))
            flush()
            current, heading = [], ""
            continue
        row = flow.channel(policy, item.channel_id)
        title = _pick(row.name, lang)
        if item.who_id is not None and names.get(item.who_id):
            title = _t(QT_TRANSLATE_NOOP("Sheets", "%1 — done by %2")).replace("%1", title).replace("%2", names[item.who_id])
        if title != heading:
            flush()
            current, heading, n = [], title, 0
            if row.source not in sources:
                sources.append(row.source)
        n += 1
        current.append(Line(item.text_in(lang), tick=True, number=n))
    flush()

    good: list[Line] = []
    if main is not None:
        if main.note:
            note, ids = without_ids(_pick(main.note, lang))  # a sheet for relatives: IDs only in the footnote
            good.append(Line(note))
            sources.extend(ids)
        if main.review:
            good.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "After submitting, wait until the review has passed; only then can the money be used."))))
    if state.purpose == "bind":
        binding = BindingRules.of(policy)
        if binding.requires_consent:
            good.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "%1 must agree to let %2 use the balance.")).replace("%1", a).replace("%2", b)))
            sources.extend(binding.consent_src)
    if good:
        sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Good to know")), tuple(good)))

    subtitle = ""
    if main is not None:
        subtitle = " · ".join((_pick(main.name, lang), vocab.label(vocab.CHANNEL_KINDS, main.kind, lang)))
    return Sheet("steps", _title(state.purpose, a, b), subtitle, tuple(sections),
                 _footer(policy, tuple(dict.fromkeys(sources)), book.today(), lang), lang)


def _wallet_note(policy, lang: str, sources: list[str] | None = None) -> str:
    """The wallet's limits in words; their fact IDs go to ``sources`` (the footnote), not into the sentence."""
    try:
        w = WalletRules.of(policy)
    except ValueError:  # a pack without the wallet's limits: nothing to say
        return ""
    if sources is not None:
        sources.extend(sources_of(*w.count_src, *w.max_src, *w.blackout_src, *w.return_src))
    return (_t(QT_TRANSLATE_NOOP("Sheets", "At most %1 transfers a day, each at most %2; none between %3 and %4 (China time); "
               "money not received goes back at %5 the next day."))
            .replace("%1", str(w.daily_count)).replace("%2", money.format_fen(w.max_per_transfer_fen))
            .replace("%3", f"{w.blackout_start:%H:%M}").replace("%4", f"{w.blackout_end:%H:%M}")
            .replace("%5", f"{w.return_time:%H:%M}"))


def settle_channel(policy):
    """The region's steps at the cashier: a ``settle`` channel of kind ``hospital``, nearest pack first."""
    rows = terms.channels(policy, "settle")
    return next((r for r in rows if r.kind == "hospital"), rows[0] if rows else None)


def _shadowed(policy, settle):
    """The wider region's cashier steps that the region's own channel replaces (e.g. the national F-G4
    steps behind a city's), so the card says both what the city adds and what holds everywhere."""
    return next((r for r in terms.every_channel(policy) if r.id == settle.id and r.origin != settle.origin
                 and r.kind == settle.kind and r.steps != settle.steps), None)


def payment_card(book, beneficiary_id: int, lang: str, on: dt.date | None = None) -> Sheet:
    """What the beneficiary shows and says at the cashier, and whose money pays in which order."""
    day = on or book.today()
    person = book.member(beneficiary_id)
    policy = book.rules_on(person.region_code, day)
    sources: list[str] = []
    sections: list[Section] = []

    settle = settle_channel(policy)
    if settle is not None:
        sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "At the cashier")), tuple(
            Line(_pick(s, lang), number=i + 1) for i, s in enumerate(settle.steps)), big=True))
        sources.append(settle.source)
        general = _shadowed(policy, settle)
        if general is not None:
            heading = _t(QT_TRANSLATE_NOOP("Sheets", "The general rule"))  # its fact ID: in the footnote
            sections.append(Section(heading, tuple(Line(_pick(s, lang)) for s in general.steps)))
            sources.append(general.source)

    payment = PaymentRules.of(policy)
    bindings = [x for x in book.bindings(beneficiary_id) if x.status in ("active", "pending")
                and (x.end_date is None or x.end_date >= day)
                and (x.ended_on is None or x.ended_on > day)]  # ended by itself (F-N9): not on the card
    # quotas standing on the card's day: set before it, not ended by then (by hand, or by itself, F-N9)
    quotas = [q for q in book.quotas(beneficiary_id) if q.receiver_id == beneficiary_id and q.left_fen > 0
              and q.state in ("standing", "waiting") and q.set_at.date() <= day
              and (q.end_day is None or q.end_day > day)]
    bindings.sort(key=lambda x: (x.rank is None, x.rank or 0))
    lines: list[Line] = []
    order = tuple(payment.order)
    if "quota" not in order:  # a quota pays right after the own account (F-N11) unless the pack places it
        at = order.index("own") + 1 if "own" in order else 0
        order = (*order[:at], "quota", *order[at:])
    for src in order:
        if src == "own":
            lines.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "%1's own personal account")).replace("%1", person.name)))
        elif src == "quota":
            for q in quotas:
                notes = [_t(QT_TRANSLATE_NOOP("Sheets", "%1 left of it")).replace("%1", money.format_fen(q.left_fen))]
                if q.end_day is not None:
                    notes.append(_t(QT_TRANSLATE_NOOP("Sheets", "ends by itself on %1")).replace(
                        "%1", q.end_day.isoformat()) if q.ended_by_id is not None else
                        _t(QT_TRANSLATE_NOOP("Sheets", "until %1")).replace("%1", q.end_day.isoformat()))
                    if q.ended_by_id is not None:
                        sources.append("F-N9")
                lines.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "The family quota from %1 (in the insurance wallet)"))
                                  .replace("%1", q.payer_name), note=("；" if lang.startswith("zh") else "; ").join(notes)))
                sources.append("F-N11")
        elif src == "wallet":
            if person.wallet_opened_on is not None:
                lines.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "%1's insurance wallet")).replace("%1", person.name)))
        elif src == "family":
            for x in bindings:
                lines.append(_binding_line(book, x, lang, day))
                floor = _floor(book, x, day)
                if floor.reserve_floor_fen:
                    sources.extend(floor.floor_src)  # repeats are dropped below
        elif src == "cash":
            lines.append(Line(_t(QT_TRANSLATE_NOOP("Sheets", "Whatever is left: cash or bank card"))))
    lines = [Line(ln.text, number=i + 1, note=ln.note) for i, ln in enumerate(lines)]
    sources.extend(payment.order_chain_src)
    sections.append(Section(_t(QT_TRANSLATE_NOOP("Sheets", "Who pays, in this order")), tuple(lines)))
    title = _t(QT_TRANSLATE_NOOP("Sheets", "Payment card: %1")).replace("%1", person.name)
    subtitle = _t(QT_TRANSLATE_NOOP("Sheets", "Insured in %1")).replace("%1", policy.name_in(lang))
    return Sheet("payment_card", title, subtitle, tuple(sections),
                 _footer(policy, tuple(dict.fromkeys(sources)), day, lang), lang)


def _floor(book, x, day: dt.date) -> BindingRules:
    """The binding rules of the authorizer's insured place on ``day``: only money above ``reserve_floor_fen``
    may be used."""
    region = book.member(x.authorizer_id).region_code
    return BindingRules.of(book.rules_on(region, day))


def _binding_line(book, x, lang: str, day: dt.date) -> Line:
    text = _t(QT_TRANSLATE_NOOP("Sheets", "%1's personal account (family sharing)")).replace("%1", x.authorizer_name)
    notes = []
    if x.status == "pending":
        notes.append(_t(QT_TRANSLATE_NOOP("Sheets", "waiting for review, cannot pay yet")))
    if x.end_date is not None:
        notes.append(_t(QT_TRANSLATE_NOOP("Sheets", "until %1")).replace("%1", x.end_date.isoformat()))
    if x.left_fen is not None:
        notes.append(_t(QT_TRANSLATE_NOOP("Sheets", "%1 left of the authorized amount")).replace("%1", money.format_fen(x.left_fen)))
    floor = _floor(book, x, day)
    if floor.reserve_floor_fen:
        notes.append(_t(QT_TRANSLATE_NOOP("Sheets", "only money above %1 in the account can be used"))
                     .replace("%1", money.format_fen(floor.reserve_floor_fen)))  # its fact ID: in the footnote
    sep = "；" if lang.startswith("zh") else "; "
    return Line(text, note=sep.join(notes))
