"""Money now and on a date, per member: every screen's "usable" figure comes from :func:`member_balances`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.book.base import BookBase
from desktop.book.constants import STALE_DAYS_DEFAULT, STALE_DAYS_KEY, STALE_DAYS_MAX
from desktop.book.views import MemberBalance, Refused, UsableLine, _problem

if TYPE_CHECKING:
    from desktop.core.ledger import Moment, Rules, State


def member_balances(rules: Rules, state: State, at: Moment, care_type: str = "outpatient") -> list[MemberBalance]:
    """Everyone's money at ``at`` from the core ledger's :func:`~desktop.core.ledger.usable` (the book, the
    start-up glance and the CLI all call this)."""
    from desktop.core import ledger

    out = []
    for mid, m in rules.members.items():
        u = ledger.usable(rules, state, mid, at.day, care_type, at)
        lines = tuple(UsableLine(ln.source, ln.account_id, rules.members[ln.account_id].name, ln.binding_id,
                                 ln.amount_fen, ln.text_zh, ln.text_en)
                      for ln in u.lines if ln.account_id is not None)
        base = rules.base_statement((mid, "personal"), at)
        wallet_base = rules.base_statement((mid, "wallet"), at)
        out.append(MemberBalance(mid, m.name, at.day, u.personal_fen, u.wallet_fen, sum(x.amount_fen for x in lines),
                                 lines, u.skipped, None if base is None else base.on_date,
                                 rules.latest_credit(mid, at),
                                 None if wallet_base is None else wallet_base.on_date,
                                 None if base is None else base.balance_fen, u.locked_fen))
    return out


class BalancesMixin(BookBase):
    """Balance use cases of FamilyBook."""

    # -- balances --

    def balances(self, on: dt.date | None = None, care_type: str = "outpatient") -> list[MemberBalance]:
        """Everyone's money on ``on`` (default today), after everything recorded for that day: own, wallet,
        and usable in all — what the settlement rules would let them spend on ``care_type`` (their own
        account, their wallet, and the family accounts bound to them, above floors, within caps, in order)."""
        from desktop.core.ledger import Moment

        at = Moment.end_of(on or self.today())
        with self.db.session() as s:
            led = self._ledger(s.connection())
            return member_balances(led.rules, led.state(at), at, care_type)

    def balance(self, member_id: int, on: dt.date | None = None, care_type: str = "outpatient") -> MemberBalance:
        for b in self.balances(on, care_type):
            if b.member_id == member_id:
                return b
        raise Refused([_problem("no_member", id=member_id)])

    # -- how old a balance may be before screens flag it --

    def stale_days(self) -> int:
        """After how many days a recorded balance counts as old (Settings; default 30): Home and the figures
        built on it say "recorded N days ago" and offer the update screen."""
        return parse_stale_days(self.meta(STALE_DAYS_KEY))

    def set_stale_days(self, days: int) -> None:
        if not 1 <= days <= STALE_DAYS_MAX:
            raise Refused([_problem("stale_days_range", "stale_days", most=STALE_DAYS_MAX)])
        self.set_meta(STALE_DAYS_KEY, str(days))


def parse_stale_days(stored: str | None) -> int:
    """The stored setting, or the default when there is none or it is not a sensible number of days."""
    try:
        days = int(stored) if stored is not None else STALE_DAYS_DEFAULT
    except ValueError:
        return STALE_DAYS_DEFAULT
    return days if 1 <= days <= STALE_DAYS_MAX else STALE_DAYS_DEFAULT
