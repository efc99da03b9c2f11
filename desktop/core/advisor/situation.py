"""What the advisor starts from: the family's projection input, how everyone is related, the rules by date.

The baseline is the book's projection input plus every resident relative's premium that falls due in
the horizon and that no family account pays yet: the family pays it in cash today, so it belongs in
"without" as much as in "with" (a plan that pays it from an account then shows the saving it makes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..model import BindingTerm, Person, PersonId
from ..policy import RegionPolicy
from ..projection import PremiumPlan, Projection, ProjectionInput, add_months, month_end

PROTECT_DEFAULT = 100  # per cent of each payer's own expected need kept for them (the default)
ELDERLY_AGE = 60  # 老年人: 60 and over (老年人权益保障法 art. 2); used only to say who should be there


@dataclass(frozen=True)
class Situation:
    """The advisor's inputs. ``relations[(a, b)]`` is what b is to a (absent when it cannot be told)."""

    base: ProjectionInput
    relations: Mapping[tuple[PersonId, PersonId], str]
    rules_on: Callable[[str, dt.date], RegionPolicy]     # the rules in force for a place on a day
    policy_for: Callable[[str], RegionPolicy]            # what the projection settles with
    today: dt.date
    protect_pct: int = PROTECT_DEFAULT
    wallet_open: frozenset[PersonId] = field(default_factory=frozenset)
    months: int | None = None  # months counted from the first (None: the input's whole horizon)
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # eligibility verdicts already asked
    # the projection's rules for each visit's own day (dated versions), as the book's projection uses them
    policy_on: Callable[[str, dt.date], RegionPolicy] | None = None
    # how the wallet shares (F-W6 transfers or F-N11 quotas): "rules" follows the rules of each date; the
    # family may have chosen "transfer" or "quota" for the book (the Wallet page)
    sharing: str = "rules"
    quotas: frozenset[tuple[PersonId, PersonId]] = frozenset()  # (payer, receiver) with a quota standing

    def __post_init__(self) -> None:
        if not 0 <= self.protect_pct <= 100:
            raise ValueError("protect_pct must be 0 to 100")
        if self.months is not None and not 1 <= self.months <= self.base.months:
            raise ValueError("months must be 1 to the input's horizon")

    @property
    def counted(self) -> int:
        return self.base.months if self.months is None else self.months

    @property
    def people(self) -> tuple[Person, ...]:
        return tuple(self.base.people)

    def person(self, pid: PersonId) -> Person:
        got = self.memo.get(("person", pid))
        if got is None:
            got = self.memo[("person", pid)] = next(p for p in self.base.people if p.id == pid)
        return got

    @property
    def first(self) -> dt.date:
        return self.base.first_month

    @property
    def last_day(self) -> dt.date:
        return month_end(add_months(self.first, self.counted - 1))

    def relation(self, a: PersonId, b: PersonId) -> str | None:
        return self.relations.get((a, b))

    @property
    def now_day(self) -> dt.date:
        """The first day a step can be taken in the projection: the day it runs from (today), else the 1st."""
        return self.base.as_of or self.first

    def sharing_model(self, code: str, day: dt.date) -> str:
        """"transfer" or "quota" for a payer insured in ``code`` on ``day`` (the family's choice first)."""
        if self.sharing != "rules":
            return self.sharing
        return str(self.rules_on(code, day).value("wallet", "sharing_model", "transfer"))


def premiums_due(inp: ProjectionInput, policy_for: Callable[[str], RegionPolicy]) -> tuple[PremiumPlan, ...]:
    """Resident premiums due in the horizon that ``inp`` does not plan yet, as cash (the person pays).

    Due in the month the relative's pack opens collection (``collect_from``, F-R6), like the book's
    premiums of bound relatives; a person pays their own premium, which the projection counts as cash.
    """
    planned = {p.person_id for p in inp.premiums}
    first = inp.first_month
    last = add_months(first, inp.months - 1)
    out = []
    for person in inp.people:
        if person.insurance != "resident" or person.id in planned:
            continue
        rows = [r for r in policy_for(person.region_code).rows("premiums")
                if r["insurance"] == "resident" and r.get("collect_from") and r.get("amount_fen") is not None]
        if not rows:
            continue
        row = max(rows, key=lambda r: r["year"])
        opens = dt.date.fromisoformat(row["collect_from"])
        offset = row["year"] - opens.year
        month = first.replace(month=opens.month)
        if month < first:
            month = add_months(month, 12)
        if month <= last:
            out.append(PremiumPlan(person.id, person.id, month, month.year + offset))
    return tuple(out)


def baseline(sit: Situation) -> ProjectionInput:
    """The input "without": the book's, with the premiums the family would pay in cash."""
    due = premiums_due(sit.base, sit.policy_for)
    return dataclasses.replace(sit.base, premiums=(*sit.base.premiums, *due)) if due else sit.base


@dataclass
class Draft:
    """A projection input being changed by a plan's steps (kinds.py apply them in order)."""

    inp: ProjectionInput
    bindings: list[BindingTerm]
    premiums: list[PremiumPlan]
    transfers: list
    wallet_position: str
    balances: dict[PersonId, int]
    wallets: dict[PersonId, int]
    new_terms: list[tuple[BindingTerm, object]] = field(default_factory=list)  # (term, the step that made it)
    next_id: int = -1

    @classmethod
    def of(cls, inp: ProjectionInput) -> Draft:
        return cls(inp, list(inp.bindings), list(inp.premiums), list(inp.transfers), inp.wallet_position,
                   dict(inp.balances), dict(inp.wallets))

    def new_binding_id(self) -> int:
        bid = self.next_id
        self.next_id -= 1
        return bid

    def done(self) -> ProjectionInput:
        return dataclasses.replace(self.inp, bindings=tuple(self.bindings), premiums=tuple(self.premiums),
                                   transfers=tuple(self.transfers), wallet_position=self.wallet_position,
                                   balances=self.balances, wallets=self.wallets)


def person_cash(proj: Projection, pid: PersonId, months: int) -> int:
    """A person's cash out of pocket (care and premiums) in the first ``months`` months."""
    return sum(m.out_of_pocket_fen for m in proj.person(pid).months[:months])


def total_cash(proj: Projection, months: int | None = None) -> int:
    """The family's cash out of pocket in the first ``months`` months (all of them by default)."""
    if months is None:
        return sum(p.cash_fen for p in proj.people)
    return sum(person_cash(proj, p.person_id, months) for p in proj.people)
