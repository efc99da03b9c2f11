"""What a kind's generator reads: the situation, its baseline projection, and the amounts worth trying.

The authorized (or moved, or set-aside) amount is what the relative is expected to pay in cash, capped by what
the payer can spare — the lowest the payer's account is expected to be from then on, less the reserve floor
(F-T10) — so the payer's own expected needs stay covered (the share kept is ``Situation.protect_pct``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..drawdown import Drawdown
from ..model import PersonId
from ..projection import Projection, month_start
from .situation import Draft, Situation
from .steps import Step

PAYER_INSURANCE = ("employee", "flexible")  # only these have a personal account to share (F-T6, F-W3)

def _largest(ok: Callable[[int], bool], top: int) -> int:
    """The largest whole-yuan amount in [0, top] with ``ok`` (which holds for small amounts and, once it
    fails, fails for every larger one: more authorized money never leaves the payer more)."""
    lo, hi = 0, top // 100
    if hi <= 0:
        return 0
    if ok(hi * 100):
        return hi * 100
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(mid * 100):
            lo = mid
        else:
            hi = mid
    return lo * 100


def _up_to_yuan(fen: int) -> int:
    return -(-fen // 100) * 100


def _down_to_yuan(fen: int) -> int:
    return fen // 100 * 100


@dataclass
class Context:
    """The baseline a generator reads: the situation, its projection, and the steps proposed so far."""

    sit: Situation
    base: Projection
    proposed: list[Step] = field(default_factory=list)
    kinds: dict = field(default_factory=dict)  # step type → its kind (kinds.generate fills it in)

    def month_index(self, day: dt.date) -> int:
        first = self.base.months[0]
        m = month_start(day)
        return (m.year - first.year) * 12 + m.month - first.month

    def need(self, pid: PersonId, m0: int, premiums: bool = True) -> int:
        """The person's expected cash from month ``m0`` on (care, and premiums when asked)."""
        months = self.base.person(pid).months[m0:self.sit.counted]
        return sum(m.cash_fen + (m.premium_cash_fen if premiums else 0) for m in months)

    def own_need(self, pid: PersonId) -> int:
        """What the person is expected to pay for their own care from their own money over the horizon."""
        return sum(m.own_fen + m.wallet_fen + m.family_fen + m.cash_fen for m in self.base.person(pid).months[:self.sit.counted])

    def floor(self, pid: PersonId) -> int:
        """The reserve floor of the person's account as a payer (F-T10), by the rules of the first day."""
        return self.sit.rules_on(self.sit.person(pid).region_code, self.sit.first).value(
            "binding", "reserve_floor_fen", 0)

    def spare(self, pid: PersonId, m0: int, floor_fen: int, at_once: bool = True) -> int:
        """What the payer can give from month ``m0`` on and still meet their own expected needs, plus the
        unprotected share of their own need. Given ``at_once`` (money that leaves at the start, a wallet
        transfer): the lowest expected closing from then on, less the floor. Otherwise (a binding, drawn as
        the bills come and never below the floor, F-T10): the expected closing at the horizon's end, less
        the floor — the projection then checks that the payer's own bills are still paid as before."""
        acc = self.base.account(pid)
        if acc is None:
            return 0
        ahead = acc.months[m0:self.sit.counted]
        if not ahead:
            return 0
        have = min(m.closing_fen for m in ahead) if at_once else ahead[-1].closing_fen
        loose = self.own_need(pid) * (100 - self.sit.protect_pct) // 100
        return max(0, have - floor_fen) + loose

    def amounts(self, pid: PersonId, m0: int, floor_fen: int, need: int,
                make: Callable[[int], Step] | None = None) -> list[int]:
        """Authorized amounts worth trying, each at most the need: the cautious spare (what can leave at
        once), the end-of-horizon spare, and — given ``make`` (amount → step) — the largest whole-yuan
        amount with which the payer, by the projection, still pays no more cash than protection allows."""
        out = []
        for at_once in (True, False):
            amount = min(_up_to_yuan(need), _down_to_yuan(self.spare(pid, m0, floor_fen, at_once)))
            if amount > 0 and amount not in out:
                out.append(amount)
        if make is not None:
            acc = self.base.account(pid)
            top = min(_up_to_yuan(need), _down_to_yuan(acc.months[self.sit.counted - 1].closing_fen
                                                       + self.own_need(pid))) if acc else 0
            best = _largest(lambda x: self.keeps_payer(make(x), pid), top)
            if best > 0 and best not in out:
                out.append(best)
        return out

    def keeps_payer(self, step: Step, pid: PersonId) -> bool:
        """With ``step`` alone, the payer's own cash rises by no more than the unprotected share."""
        kind = self.kinds[type(step)]
        draft = Draft.of(self.base.input)
        kind.apply(draft, step, self.sit)
        if kind.check(draft, step, self.sit):
            return False
        cash: list[list[int]] = []
        eng = Drawdown(draft.done(), self.sit.policy_for, self.sit.policy_on)
        eng.run(cash=cash)
        pi = eng.index[pid]
        n = self.sit.counted
        before = sum(m.out_of_pocket_fen for m in self.base.person(pid).months[:n])
        return sum(m[pi] for m in cash[:n]) - before <= self.own_need(pid) * (100 - self.sit.protect_pct) // 100
