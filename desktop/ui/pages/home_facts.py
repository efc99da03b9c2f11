"""What the Home page says about each person: their money now and the warnings, in plain words.

One pass over the book: ``members()``, ``balances()`` (the ledger), ``bindings()``, ``quotas()``,
``waiting_transfers()`` and the planned wallet transfers due by today;
nothing else is read, so the figures come up at once even in a book with years of visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core import money, vocab
from desktop.ui import reasons
from desktop.ui.pages.projection_reminders import projected_soon, runout_notices

if TYPE_CHECKING:  # names for annotations only: the facade behind FamilyBook is not imported before Home's figures
    from desktop.book import BindingView, FamilyBook, MemberBalance, MemberView, TransferView

ENDING_DAYS = 30  # "a binding ending within 30 days" (issue 5)
ENDED_DAYS = 90  # a relationship that ended by itself (F-N9) is still said for this long (a display choice)
NEAR_FLOOR_SHARE = Decimal("0.2")  # a display choice: within 20% above the floor counts as "near"
ATTENTION_STATUSES = ("suspended", "arrears", "uninsured")
STARTED_DAYS = 7  # "benefits started" stays on Home this many days after a waiting period ends


# How urgent each kind of reminder is (lower first), and what the button next to it opens. A transfer goes
# back at 06:00 (hours), a status blocks payments now, an unknown or old balance makes every figure doubtful;
# a projection, an ending binding and the floor are weeks away.
RANKS = {"transfer_returns": 0, "status": 1, "no_statement": 2, "runs_out": 3, "binding_ending": 4, "stale": 5,
         "floor": 6, "family_blocked": 7}
ACTIONS = {"transfer_returns": "wallet", "status": "family", "no_statement": "update_balances",
           "stale": "update_balances", "runs_out": "projection", "binding_ending": "bindings", "floor": "bindings",
           "family_blocked": "bindings", "planned_premium": "savings"}
PREMIUM_AHEAD_DAYS = 30  # a planned premium payment shows on Home from 30 days before its date (a display choice)


@dataclass(frozen=True)
class Notice:
    kind: str  # binding_ending / floor / status / transfer_returns / no_statement / family_blocked / runs_out /
    # stale / auto_ended (F-N9) / quota_locked (F-N11)
    text: str
    urgency: int = 0  # within a kind, lower first (days left, hours left)
    about: str = ""  # the record it is about ("binding:3"): both people's cards say it, the family list once
    sources: tuple[str, ...] = ()  # fact IDs: on the card's Source tooltip, never in the sentence

    @property
    def rank(self) -> int:
        return RANKS.get(self.kind, len(RANKS))

    @property
    def action(self) -> str:
        return ACTIONS.get(self.kind, "")


@dataclass(frozen=True)
class PersonSummary:
    member: MemberView
    balance: MemberBalance
    notices: tuple[Notice, ...]
    show_wallet: bool
    stale_days: int = 0  # the book's threshold the "old balance" notices were judged by

    @property
    def own_fen(self) -> int:
        """What this person can use of their own money now (own account and wallet): the family total adds
        these, so money one person may use from another's account is counted once, in its owner's card."""
        return sum(ln.amount_fen for ln in self.balance.breakdown if ln.source in ("own", "wallet"))


@dataclass(frozen=True)
class Reminder:
    """A card's notice on the family's ranked list, with whose it is."""

    name: str
    member_id: int
    notice: Notice


def reminders(summaries: list[PersonSummary]) -> list[Reminder]:
    """Every card's notices, most urgent first (by kind, then days or hours left, then the family's order). One
    screen deals with every unknown or old balance, so those come as one reminder each naming everyone."""
    out = [(n.rank, n.urgency, i, Reminder(s.member.name, s.member.id, n))
           for i, s in enumerate(summaries) for n in s.notices if n.kind not in GATHERED]
    for kind in GATHERED:
        names = list(dict.fromkeys(s.member.name for s in summaries for n in s.notices if n.kind == kind))
        if names:
            out.append((RANKS[kind], 0, -1, Reminder("", 0, Notice(kind, _gathered_text(kind, names, summaries)))))
    seen: set[str] = set()
    ranked = []
    for *_key, r in sorted(out, key=lambda x: x[:3]):
        if r.notice.about and r.notice.about in seen:
            continue
        seen.add(r.notice.about)
        ranked.append(r)
    return ranked


GATHERED = ("no_statement", "stale")


def names_text(names: list[str]) -> str:
    return ("、" if reasons.lang() == "zh" else ", ").join(names)


def _gathered_text(kind: str, names: list[str], summaries: list[PersonSummary]) -> str:
    if kind == "no_statement":
        return QCoreApplication.translate(
            "HomeFacts", "No balance recorded yet for %1: type what the official app shows.").replace(
            "%1", names_text(names))
    days = summaries[0].stale_days if summaries else 0
    return QCoreApplication.translate(
        "HomeFacts", "Balances of %1 were recorded more than %2 days ago: check them in the official app.").replace(
        "%1", names_text(names)).replace("%2", str(days))


def family_total(summaries: list[PersonSummary]) -> int:
    return sum(s.own_fen for s in summaries)


def used_up(member: MemberView, bal: MemberBalance) -> bool:
    """The own account is at ¥0 now and it is one that held money: employee (and flexible) insurance always
    has a personal account, and any account whose last recorded balance held money. A resident's account
    recorded at ¥0 never held any: it reads ¥0.00, not "used up"."""
    if bal.personal_fen != 0 or bal.statement_date is None:
        return False
    return member.insurance in ("employee", "flexible") or bool(bal.statement_fen)


def day_text(day: dt.date) -> str:
    """"2026年11月23日" in Chinese, an ISO date in English."""
    return f"{day.year}年{day.month}月{day.day}日" if reasons.lang() == "zh" else day.isoformat()


def moment_text(at: dt.datetime) -> str:
    return f"{day_text(at.date())} {at:%H:%M}"


def summarise(book: FamilyBook) -> list[PersonSummary]:
    today = book.today()
    members = book.members()
    balances = {b.member_id: b for b in book.balances(today)}
    bindings = book.bindings(on=today)
    waiting = book.waiting_transfers()
    quotas = book.quotas() if hasattr(book, "quotas") else []
    planned = book.planned_wallet_transfers(done=False, due_by=today)
    premiums = [p for p in book.planned_premiums(from_date=today - dt.timedelta(days=PREMIUM_AHEAD_DAYS))
                if p.on_date <= today + dt.timedelta(days=PREMIUM_AHEAD_DAYS)] if hasattr(book, "planned_premiums") else []
    soon = projected_soon(book)  # accounts the projection sees running out within 3 months (issue 7)
    stale_days = book.stale_days()
    waits = book.waiting_periods(today)  # resident waiting periods (F-N13, F-R5)
    windows = {w.member_id: w for w in book.closing_collection_windows(today)}  # closing soon (F-R6)
    out = []
    for m in members:
        bal = balances.get(m.id)
        if bal is None:
            continue
        notices: list[Notice] = []
        notices += _status_notices(book, m)
        notices += _enrolment_notices(m, waits.get(m.id), windows.get(m.id), today)
        notices += _binding_notices(m, bindings, today)
        notices += _auto_end_notices(m, bindings, quotas, today)
        notices += _locked_notices(bal, quotas)
        notices += _floor_notices(book, m, bal, bindings)
        notices += _transfer_notices(m, waiting)
        notices += _planned_transfer_notices(m, planned, today)
        notices += _planned_premium_notices(m, premiums, today)
        notices += _family_blocked(bal)
        show_wallet = m.wallet_opened_on is not None or bal.wallet_fen != 0
        # an account already at ¥0 is worded "empty now" by runout_notices (the projection starts today), never
        # "expected to run out in …", which would contradict its "used up" figure
        if bal.statement_date is not None:  # with no balance recorded there is nothing to project from
            notices += [Notice(kind, text) for kind, text in runout_notices(m.id, soon)]
        if bal.statement_date is None:
            notices.append(Notice("no_statement", QCoreApplication.translate(
                "HomeFacts", "No balance recorded yet: press “Update balances” and type what the official app "
                             "shows, so the figures are right.")))
        notices += _stale_notices(bal, balances, today, stale_days, show_wallet)
        out.append(PersonSummary(m, bal, tuple(notices), show_wallet, stale_days))
    return out


def age_days(today: dt.date, day: dt.date) -> int:
    return (today - day).days


def is_stale(today: dt.date, day: dt.date | None, limit: int) -> bool:
    """Recorded more than ``limit`` days ago (the Settings threshold); an unknown balance has its own notice."""
    return day is not None and age_days(today, day) > limit


def _stale_notices(bal: MemberBalance, balances: dict[int, MemberBalance], today: dt.date, limit: int,
                   show_wallet: bool) -> list[Notice]:
    """Each figure on the card that counts from an old balance says so: own account, wallet, and the money
    from a family member's account (counted from that person's balance)."""
    out = []
    if is_stale(today, bal.statement_date, limit):
        assert bal.statement_date is not None
        out.append((bal.statement_date, QCoreApplication.translate(
            "HomeFacts", "Balance recorded %1 days ago (%2); it may have changed.")))
    if show_wallet and is_stale(today, bal.wallet_statement_date, limit):
        assert bal.wallet_statement_date is not None
        out.append((bal.wallet_statement_date, QCoreApplication.translate(
            "HomeFacts", "The wallet balance was recorded %1 days ago (%2); it may have changed.")))
    for ln in bal.breakdown:
        payer = balances.get(ln.payer_id) if ln.source == "family" else None
        if payer is not None and is_stale(today, payer.statement_date, limit):
            assert payer.statement_date is not None
            out.append((payer.statement_date, QCoreApplication.translate(
                "HomeFacts", "The %3 from %4's account is counted from %4's balance recorded %1 days ago (%2).")
                .replace("%3", money.format_fen(ln.amount_fen)).replace("%4", ln.payer_name)))
    return [Notice("stale", text.replace("%1", str(age_days(today, day))).replace("%2", day_text(day)),
                   -age_days(today, day)) for day, text in out]


def _status_notices(book: FamilyBook, m: MemberView) -> list[Notice]:
    if m.status not in ATTENTION_STATUSES:
        return []
    status = reasons.label(vocab.STATUSES, m.status)
    since = ""
    if m.status_date is not None:
        since = QCoreApplication.translate("HomeFacts", " since %1").replace("%1", day_text(m.status_date))
    text = QCoreApplication.translate("HomeFacts", "Insurance status: %1%2.").replace("%1", status)
    text = text.replace("%2", since)
    try:
        from desktop.core.terms import BindingRules  # when needed: not before Home's first figures

        blocking = BindingRules.of(book.rules_on(m.region_code)).blocking_statuses
    except KeyError:
        blocking = ()
    if m.status in blocking:
        text += ("" if reasons.lang() == "zh" else " ") + QCoreApplication.translate(
            "HomeFacts", "While it lasts, family accounts cannot pay for this person.")
    return [Notice("status", text)]


def _gap() -> str:
    """Between two sentences: nothing in Chinese, a space in English."""
    return "" if reasons.lang() == "zh" else " "


def _enrolment_notices(m: MemberView, wait, window, today: dt.date) -> list[Notice]:
    """A resident's waiting period (and the day it ends), and a collection window about to close."""
    out = []
    if wait is not None and today < wait.starts_on:
        text = QCoreApplication.translate(
            "HomeFacts", "Waiting period: %1 %4, so the fund pays nothing for visits before %2 (in %3 days).")
        why = wait.why()[0 if reasons.lang() == "zh" else 1]
        text = text.replace("%1", m.name).replace("%2", day_text(wait.starts_on))
        text = text.replace("%3", str((wait.starts_on - today).days)).replace("%4", why)
        out.append(Notice("waiting_period", text + _gap() + reasons.source_note(wait.sources)))
    elif wait is not None and today < wait.starts_on + dt.timedelta(days=STARTED_DAYS):
        text = QCoreApplication.translate(
            "HomeFacts", "The waiting period is over: since %1 the fund pays its share of visits again.")
        out.append(Notice("waiting_ended", text.replace("%1", day_text(wait.starts_on))))
    if window is not None:
        left = (window.collect_to - today).days
        region = window.region[0] if reasons.lang() == "zh" else window.region[1]
        text = QCoreApplication.translate(
            "HomeFacts", "The resident-insurance collection period in %1 closes on %2 (in %3 days).")
        text = text.replace("%1", region).replace("%2", day_text(window.collect_to)).replace("%3", str(left))
        if window.covers_from is not None:
            text += _gap() + QCoreApplication.translate(
                "HomeFacts", "Paid inside it, benefits cover %1 to %2; enrolling later means a waiting period.").replace(
                    "%1", day_text(window.covers_from)).replace("%2", day_text(window.covers_to or window.collect_to))
        out.append(Notice("collection_closing", text + _gap() + reasons.source_note((window.source,))))
    return out


def _binding_notices(m: MemberView, bindings: list[BindingView], today: dt.date) -> list[Notice]:
    out = []
    last = today + dt.timedelta(days=ENDING_DAYS)
    for b in bindings:
        if b.status != "active" or b.end_date is None or not today <= b.end_date <= last:
            continue
        if b.beneficiary_id == m.id:
            text = QCoreApplication.translate(
                "HomeFacts", "The binding that lets you use %1's account ends on %2 (in %3 days).")
            text = text.replace("%1", b.authorizer_name)
        elif b.authorizer_id == m.id:
            text = QCoreApplication.translate(
                "HomeFacts", "The binding that lets %1 use your account ends on %2 (in %3 days).")
            text = text.replace("%1", b.beneficiary_name)
        else:
            continue
        left = (b.end_date - today).days
        out.append(Notice("binding_ending", text.replace("%2", day_text(b.end_date)).replace("%3", str(left)), left,
                          f"binding:{b.id}"))
    return out


def _auto_end_notices(m: MemberView, bindings: list[BindingView], quotas: list, today: dt.date) -> list[Notice]:
    """F-N9, for the payer's side (the receiver's side is said by the skipped sources): a binding or quota that
    ended by itself because someone's insurance ended or moved, or will end so soon."""
    out = []
    first, last = today - dt.timedelta(days=ENDED_DAYS), today + dt.timedelta(days=ENDING_DAYS)
    for b in bindings:
        if b.ended_on is None or b.authorizer_id != m.id or b.status not in ("active", "pending"):
            continue
        if not first <= b.ended_on <= last:
            continue
        if b.ended_on > today:
            text = QCoreApplication.translate(
                "HomeFacts", "The binding that lets %1 use your account ends by itself on %2: %3's insurance %4.")
        else:
            text = QCoreApplication.translate(
                "HomeFacts", "The binding that let %1 use your account ended by itself on %2: %3's insurance %4.")
        out.append(Notice("auto_ended", text.replace("%1", b.beneficiary_name).replace("%2", day_text(b.ended_on))
                          .replace("%3", b.ended_by_name).replace("%4", reasons.label(vocab.COVERAGE_ENDS,
                                                                                      b.ended_kind or "ended")),
                          sources=("F-N9",)))
    for q in quotas:
        if q.payer_id != m.id or q.ended_by_id is None or q.end_day is None or not first <= q.end_day <= last:
            continue
        if q.state not in ("standing", "auto_ended"):
            continue
        if q.end_day > today:
            text = QCoreApplication.translate(
                "HomeFacts", "The quota you set for %1 ends by itself on %2: %3's insurance %4. What is left of "
                "it then is yours again.")
        else:
            text = QCoreApplication.translate(
                "HomeFacts", "The quota you set for %1 ended by itself on %2: %3's insurance %4. The unused %5 "
                "is yours again.")
        out.append(Notice("auto_ended", text.replace("%1", q.receiver_name).replace("%2", day_text(q.end_day))
                          .replace("%3", q.ended_by_name).replace("%4", reasons.label(vocab.COVERAGE_ENDS,
                                                                                      q.ended_kind or "ended"))
                          .replace("%5", money.format_fen(q.left_fen)), sources=("F-N11", "F-N9")))
    return out


def _locked_notices(bal: MemberBalance, quotas: list) -> list[Notice]:
    """F-N11: part of the own account is set aside for relatives, so the usable figure is lower than the balance."""
    if not bal.locked_fen:
        return []
    names = "、".join(dict.fromkeys(q.receiver_name for q in quotas
                                   if q.payer_id == bal.member_id and q.state == "standing"))
    if reasons.lang() != "zh":
        names = names.replace("、", ", ")
    text = QCoreApplication.translate(
        "HomeFacts", "%1 of your account is set aside as a family quota for %2: you cannot spend it until "
        "the quota ends.")
    return [Notice("quota_locked", text.replace("%1", money.format_fen(bal.locked_fen)).replace("%2", names))]


def _floor_notices(book: FamilyBook, m: MemberView, bal: MemberBalance, bindings: list[BindingView]) -> list[Notice]:
    """For someone whose account others may use: at the reserve floor nothing more can be used."""
    if not any(b.status == "active" and b.authorizer_id == m.id for b in bindings):
        return []
    try:
        from desktop.core.terms import BindingRules

        floor = BindingRules.of(book.rules_on(m.region_code)).reserve_floor_fen
    except KeyError:
        return []
    if not floor:
        return []
    personal = bal.personal_fen
    if personal <= floor:
        text = QCoreApplication.translate(
            "HomeFacts", "Your account holds %1, not above the %2 that must stay: family members cannot use it now.")
    elif personal - floor <= money.apply_ratio(floor, NEAR_FLOOR_SHARE):
        text = QCoreApplication.translate(
            "HomeFacts", "Your account holds %1, close to the %2 that must stay: family members can use only %3 more.")
    else:
        return []
    text = text.replace("%1", money.format_fen(personal)).replace("%2", money.format_fen(floor))
    return [Notice("floor", text.replace("%3", money.format_fen(max(0, personal - floor))))]


def _transfer_notices(m: MemberView, waiting: list[TransferView]) -> list[Notice]:
    out = []
    for t in waiting:
        if t.returns_at is None:
            continue
        if t.to_id == m.id:
            text = QCoreApplication.translate(
                "HomeFacts", "%1 sent %2 to your wallet; it is not received yet. Receive it before %3, "
                "or it goes back to %1.").replace("%1", t.from_name)
        elif t.from_id == m.id:
            text = QCoreApplication.translate(
                "HomeFacts", "The %2 you sent to %1 is not received yet; if it is not received before %3, "
                "it comes back to your account.").replace("%1", t.to_name)
        else:
            continue
        text = text.replace("%2", money.format_fen(t.amount_fen)).replace("%3", moment_text(t.returns_at))
        # on the family's list the recipient's wording comes first: receiving it is the thing to do
        urgency = int(t.returns_at.timestamp()) * 2 + (0 if t.to_id == m.id else 1)
        out.append(Notice("transfer_returns", text, urgency, f"transfer:{t.id}"))
    return out


def _planned_transfer_notices(m: MemberView, planned: list, today: dt.date) -> list[Notice]:
    """The sender's planned wallet transfers of today (and earlier ones not marked done), one line per
    recipient and day: how much, in how many transfers, between which hours."""
    groups: dict[tuple[dt.date, int], list] = {}
    for p in planned:
        if p.from_id == m.id:
            groups.setdefault((p.on_date, p.to_id), []).append(p)
    out = []
    for (day, _to), rows in sorted(groups.items(), key=lambda kv: kv[0]):
        first = rows[0]
        if day == today:
            text = QCoreApplication.translate(
                "HomeFacts", "Planned for today, between %1 and %2: send %3 to %4's insurance wallet in %5 "
                "transfer(s). Mark each done on the Wallet page once sent.")
        else:
            text = QCoreApplication.translate(
                "HomeFacts", "Planned for %6 and not marked done: %3 to %4's insurance wallet in %5 transfer(s), "
                "between %1 and %2. Send it or mark it done on the Wallet page.")
        text = (text.replace("%1", f"{min(r.window_start for r in rows):%H:%M}")
                .replace("%2", f"{max(r.window_end for r in rows):%H:%M}")
                .replace("%3", money.format_fen(sum(r.amount_fen for r in rows))).replace("%4", first.to_name)
                .replace("%5", str(len(rows))).replace("%6", day_text(day)))
        out.append(Notice("planned_transfer", text))
    return out


def _planned_premium_notices(m: MemberView, planned: list, today: dt.date) -> list[Notice]:
    """The payer's planned premium payments from 30 days before their date (and a month after, until removed)."""
    out = []
    for p in planned:
        if p.payer_id != m.id:
            continue
        text = (QCoreApplication.translate(
            "HomeFacts", "Planned for %1: pay %2's %3 resident-insurance premium, %4, from %5's personal account "
            "(in the local insurance app). Remove it on the Savings page once paid.")
            .replace("%1", day_text(p.on_date)).replace("%2", p.person_name).replace("%3", str(p.coverage_year))
            .replace("%4", money.format_fen(p.amount_fen)).replace("%5", p.payer_name))
        out.append(Notice("planned_premium", text, (p.on_date - today).days, f"premium:{p.id}"))
    return out


def _family_blocked(bal: MemberBalance) -> list[Notice]:
    """Why family money someone is bound to cannot be used now (cap used up, at the floor, ended…), said so
    that it cannot be read against the "can use now" figure beside it: that figure leaves this money out."""
    lang = reasons.lang()
    out = []
    for s in bal.skipped:
        src = getattr(s, "source", "")
        if src != "family" and not (src == "quota" and s.code != "quota_ended"):
            continue
        why = s.text_zh if lang == "zh" else s.text_en
        text = why + ("" if lang == "zh" else " ") + QCoreApplication.translate(
            "HomeFacts", "So “%1” above leaves this account out.").replace("%1", QCoreApplication.translate(
                "PersonCard", "Can use now in all"))
        out.append(Notice("family_blocked", text))
    return out
