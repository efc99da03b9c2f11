"""Home's figures before the book is open: members and their money now, read with ``sqlite3`` alone.

The main window shows these on its first turn and opens the book (SQLAlchemy, migrations, the daily backup, the
lock) on the next; Home is then refreshed from the book, with its notices and reminders. The balances are the
ledger's own rule at the end of today — latest statement, then transfers and allocation lines after it — and
usable money comes from ``core.settlement`` exactly as in ``FamilyBook.balances``;
``tests/reliability/test_glance.py`` checks the two agree on generated books.

Only what Home's cards need is here: everything else (bindings, transfers, reminders) answers "nothing yet".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.book import CHINA, MemberBalance, MemberView, UsableLine, _member_view, _now
from desktop.core import model, settlement, wallet


class BookGlance:
    """A read-only stand-in for ``FamilyBook`` on Home's first paint (``is_glance`` tells pages apart)."""

    is_glance = True

    def __init__(self, data_dir: Path, registry: Any, clock: Callable[[], dt.datetime], members: list[MemberView],
                 balances: list[MemberBalance]) -> None:
        self.data_dir = Path(data_dir)
        self.registry = registry
        self.clock = clock
        self._members = members
        self._balances = balances

    def today(self) -> dt.date:
        return self.clock().date()

    def is_empty(self) -> bool:
        return not self._members

    def members(self) -> list[MemberView]:
        return list(self._members)

    def balances(self, on: dt.date | None = None, care_type: str = "outpatient") -> list[MemberBalance]:
        if (on is not None and on != self.today()) or care_type != "outpatient":
            raise ValueError("a glance knows only today's outpatient figures")
        return list(self._balances)

    def bindings(self, *_args: Any, **_kwargs: Any) -> list:
        return []

    def waiting_transfers(self) -> list:
        return []

    def runs_out_soon(self, *_args: Any, **_kwargs: Any) -> list:
        return []


def glance(data_dir: Path | str, registry: Any = None, clock: Callable[[], dt.datetime] | None = None
           ) -> BookGlance | None:
    """Today's members and balances of the book in ``data_dir``; None when only the real open can tell."""
    from desktop.store.glance import open_glance

    g = open_glance(Path(data_dir))
    if g is None:
        return None
    clock = clock or _now
    try:
        if registry is None:
            from desktop.core import policy

            registry = policy.load_default()
        now = clock()
        members = [_member_view(m) for m in g.members]
        balances = _balances(g, registry, now.replace(tzinfo=CHINA) if now.tzinfo is None else now, now.date())
    except (KeyError, ValueError, TypeError, AttributeError):
        return None  # anything unexpected: the real open will say what it is
    finally:
        g.close()
    return BookGlance(Path(data_dir), registry, clock, members, balances)


def _term_on(b: Any, day: dt.date) -> model.BindingTerm:
    """As ``desktop.store.ledger.term_on``: a terminated binding paid until the day it was terminated."""
    status, end = b.status, b.end_date
    if status == "terminated" and b.terminated_on is not None and day < b.terminated_on:
        status = "active"
        last = b.terminated_on - dt.timedelta(days=1)
        end = last if end is None or last < end else end
    start = b.start_date
    if start is None and b.registered_at is not None:
        start = b.registered_at.date()
    return model.BindingTerm(b.id, b.authorizer_id, b.beneficiary_id, b.relation, status, start, end,
                             b.amount_cap_fen, b.registered_at)


def _balances(g: Any, registry: Any, now: dt.datetime, day: dt.date) -> list[MemberBalance]:
    """``FamilyBook.balances(day)`` from the glance's rows (the ledger's state at the end of ``day``)."""
    members = {m.id: m for m in g.members}
    policies: dict[str, Any] = {}

    def policy(code: str) -> Any:
        if code not in policies:
            policies[code] = registry.resolve_insured_place(code)
        return policies[code]

    def person(mid: int, on: dt.date | None) -> model.Person:  # as Ledger.person: a status counts from its date
        m = members[mid]
        before = on is not None and m.status_date is not None and on < m.status_date and m.status != "insured"
        return model.Person(m.id, m.name, m.region_code, m.insurance, m.employment,
                            "insured" if before else m.status, m.birth_date)

    events: list[tuple[dt.date, int, str, int]] = []  # the ledger's transfer events: day, member, account, amount
    for t in g.transfers:
        events.append((wallet.china_time(t.requested_at).date(), t.from_id, "personal", -t.amount_fen))
        if t.received_at is not None:
            events.append((wallet.china_time(t.received_at).date(), t.to_id, "wallet", t.amount_fen))
            continue
        back = t.returned_at
        if back is None:
            sender = members.get(t.from_id)
            try:
                rules = wallet.WalletRules.of(policy(sender.region_code if sender is not None else "000000"))
            except ValueError:
                rules = None
            if rules is not None:
                due = rules.returns_at(t.requested_at)
                if due <= wallet.china_time(now):
                    back = due
        if back is not None:
            events.append((wallet.china_time(back).date(), t.from_id, "personal", t.amount_fen))

    def base(mid: int, account: str) -> tuple[dt.date | None, int]:
        best: tuple[dt.date | None, int] = (None, 0)
        for st in g.statements.get((mid, account), ()):
            if st.on_date <= day:
                best = (st.on_date, st.balance_fen)
            else:
                break
        return best

    cache: dict[tuple[int, str], int] = {}

    def balance(mid: int, account: str) -> int:
        if (mid, account) not in cache:
            since, value = base(mid, account)
            value += sum(a for d, who, acc, a in events
                         if who == mid and acc == account and (since is None or d > since) and d <= day)
            cache[(mid, account)] = value - g.spent(mid, account, since, day)
        return cache[(mid, account)]

    position = g.wallet_position if g.wallet_position in settlement.WALLET_POSITIONS else "region"
    people = {mid: person(mid, None) for mid in members}  # as Ledger.people()
    out = []
    for mid, m in members.items():
        personal, wallet_fen = balance(mid, "personal"), balance(mid, "wallet")
        terms = [_term_on(b, day) for b in g.bindings if b.beneficiary_id == mid]
        accounts = {mid: personal}
        used = {}
        for t in terms:
            if t.status == "active":
                accounts.setdefault(t.authorizer_id, balance(t.authorizer_id, "personal"))
                if t.amount_cap_fen is not None:
                    used[t.id] = g.binding_used(t.id, day)
        big = sum(max(0, v) for v in accounts.values()) + max(0, wallet_fen) + 1
        who = person(mid, day)
        pol = policy(who.region_code)
        res = settlement.settle(who, big, day, "outpatient", pol, accounts=accounts, wallet_fen=wallet_fen,
                                bindings=terms, used_fen=used, people=people, policy_for=policy,
                                order=settlement.payment_order(pol, position))
        lines = tuple(UsableLine(ln.source, ln.account_id, members[ln.account_id].name, ln.binding_id, ln.amount_fen,
                                 ln.text_zh, ln.text_en) for ln in res.lines if ln.source != "cash")
        since, _ = base(mid, "personal")
        credits = [st.monthly_credit_fen for st in g.statements.get((mid, "personal"), ())
                   if st.on_date <= day and st.monthly_credit_fen is not None]
        out.append(MemberBalance(mid, m.name, day, personal, wallet_fen, sum(x.amount_fen for x in lines), lines,
                                 tuple(res.skipped), since, credits[-1] if credits else None))
    return out
