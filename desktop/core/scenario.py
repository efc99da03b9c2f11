"""What-if scenarios: the baseline projection input plus a few changes, compared side by side.

A scenario never edits the baseline: :meth:`Scenario.apply` returns a new input, so the baseline
projection stays as it was and the comparison shows only what the changes did. See the API list at
the top of ``projection.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .drawdown import project
from .explain import Reason, register
from .model import PersonId
from .policy import RegionPolicy
from .projection import (
    Account,
    Event,
    Projection,
    ProjectionError,
    ProjectionInput,
    Spending,
    WalletTransfer,
    account_label,
    month_label,
    month_start,
)

CODES = register({
    "proj_cmp_empty": ("{account}用完的时间：原计划{base}，这个方案{alt}。",
                       "{account} runs out: baseline {base}, this scenario {alt}."),
    "proj_cmp_floor": ("{account}降到必须保留的 {floor_fen} 的时间：原计划{base}，这个方案{alt}。",
                       "{account} falls to the {floor_fen} reserve: baseline {base}, this scenario {alt}."),
    "proj_cmp_cash_more": ("{name}在这个方案里要多自付 {extra_fen}（共 {alt_fen}，原计划 {base_fen}）。",
                           "{name} pays {extra_fen} more in cash in this scenario ({alt_fen} against {base_fen})."),
    "proj_cmp_cash_less": ("{name}在这个方案里少自付 {extra_fen}（共 {alt_fen}，原计划 {base_fen}）。",
                           "{name} pays {extra_fen} less in cash in this scenario ({alt_fen} against {base_fen})."),
    "proj_cmp_pool": ("全家账户合计最低点：原计划 {base_fen}（{base_month}），这个方案 {alt_fen}（{alt_month}）。",
                      "Lowest point of all accounts together: baseline {base_fen} ({base_month}), "
                      "this scenario {alt_fen} ({alt_month})."),
    "proj_cmp_same": ("这个方案不改变谁的钱何时用完，也不改变自付金额。",
                      "This scenario changes neither when anyone's money runs out nor the cash paid."),
})

_NEVER = ("预测期内不会", "not within the horizon")


@dataclass(frozen=True, slots=True)
class AddEvent:
    event: Event


@dataclass(frozen=True, slots=True)
class StopBinding:
    """The binding stops applying from ``month`` on (the authorizer ends it, F-T7)."""

    binding_id: int
    month: dt.date


@dataclass(frozen=True, slots=True)
class SetSpending:
    """Replace a person's expected spending on one care type by a monthly amount (0 = none)."""

    person_id: PersonId
    care: str
    monthly_fen: int
    hospital: str | None = None  # None: the hospital class of the line it replaces, else level 1


@dataclass(frozen=True, slots=True)
class SetCredit:
    person_id: PersonId
    monthly_fen: int


@dataclass(frozen=True, slots=True)
class MoveMoney:
    """A wallet transfer in ``month`` (checked against the wallet limits like a planned one)."""

    month: dt.date
    from_id: PersonId
    to_id: PersonId
    amount_fen: int
    relation: str | None = None


Change = AddEvent | StopBinding | SetSpending | SetCredit | MoveMoney


def _known(inp: ProjectionInput, pid: PersonId) -> None:
    if all(p.id != pid for p in inp.people):
        raise ProjectionError("proj_unknown_person", person_id=pid)


@dataclass(frozen=True)
class Scenario:
    """A named list of changes to a baseline input."""

    name: tuple[str, str]
    changes: tuple[Change, ...]

    def apply(self, inp: ProjectionInput) -> ProjectionInput:
        for ch in self.changes:
            inp = _apply(inp, ch)
        return inp


def _apply(inp: ProjectionInput, ch: Change) -> ProjectionInput:
    replace = dataclasses.replace
    if isinstance(ch, AddEvent):
        _known(inp, ch.event.person_id)
        return replace(inp, events=(*inp.events, ch.event))
    if isinstance(ch, StopBinding):
        if all(b.id != ch.binding_id for b in inp.bindings):
            raise ProjectionError("proj_unknown_binding", binding_id=ch.binding_id)
        last = month_start(ch.month) - dt.timedelta(days=1)
        return replace(inp, bindings=tuple(
            replace(b, end=last) if b.id == ch.binding_id and (b.end is None or b.end > last) else b
            for b in inp.bindings))
    if isinstance(ch, SetSpending):
        _known(inp, ch.person_id)
        old = [s for s in inp.spending if s.person_id == ch.person_id and s.care == ch.care]
        hospital = ch.hospital or (max(old, key=lambda s: s.monthly_fen).hospital if old else "1")
        accepted = all(s.wallet_accepted for s in old)
        kept = tuple(s for s in inp.spending if s not in old)
        new = (Spending(ch.person_id, ch.care, hospital, ch.monthly_fen, "user", accepted),) if ch.monthly_fen else ()
        return replace(inp, spending=kept + new)
    if isinstance(ch, SetCredit):
        _known(inp, ch.person_id)
        return replace(inp, credits={**inp.credits, ch.person_id: ch.monthly_fen})
    if isinstance(ch, MoveMoney):
        _known(inp, ch.from_id)
        _known(inp, ch.to_id)
        return replace(inp, transfers=(*inp.transfers, WalletTransfer(ch.month, ch.from_id, ch.to_id,
                                                                      ch.amount_fen, ch.relation)))
    raise TypeError(f"not a scenario change: {ch!r}")


@dataclass(frozen=True, slots=True)
class PersonChange:
    person_id: PersonId
    name: str
    base_empty: dt.date | None  # their personal account runs out (None: not within the horizon / no account)
    alt_empty: dt.date | None
    base_first_cash: dt.date | None
    alt_first_cash: dt.date | None
    base_cash_fen: int
    alt_cash_fen: int

    @property
    def extra_cash_fen(self) -> int:
        return self.alt_cash_fen - self.base_cash_fen


@dataclass(frozen=True, slots=True)
class AccountChange:
    account: Account
    name: str
    floor_fen: int
    base_empty: dt.date | None
    alt_empty: dt.date | None
    base_floor: dt.date | None
    alt_floor: dt.date | None
    base_closing_fen: int
    alt_closing_fen: int


@dataclass(frozen=True)
class Comparison:
    baseline: Projection
    scenario: Projection
    people: tuple[PersonChange, ...]
    accounts: tuple[AccountChange, ...]

    @property
    def extra_cash_fen(self) -> int:
        return sum(p.extra_cash_fen for p in self.people)

    def sentences(self) -> tuple[Reason, ...]:
        """What changed, in plain words: run-out months, reserve months, cash, the pool's low."""
        out: list[Reason] = []
        for a in self.accounts:
            label = account_label(a.name, a.account.kind)
            if a.base_empty != a.alt_empty:
                out.append(Reason("proj_cmp_empty", (), {"account": label, "base": _when(a.base_empty),
                                                         "alt": _when(a.alt_empty)}))
            if a.floor_fen and a.base_floor != a.alt_floor:
                out.append(Reason("proj_cmp_floor", (), {"account": label, "floor_fen": a.floor_fen,
                                                         "base": _when(a.base_floor), "alt": _when(a.alt_floor)}))
        for p in self.people:
            if p.extra_cash_fen:
                code = "proj_cmp_cash_more" if p.extra_cash_fen > 0 else "proj_cmp_cash_less"
                out.append(Reason(code, (), {"name": p.name, "extra_fen": abs(p.extra_cash_fen),
                                             "alt_fen": p.alt_cash_fen, "base_fen": p.base_cash_fen}))
        if not out:
            out.append(Reason("proj_cmp_same"))
        b, s = self.baseline, self.scenario
        if (b.lowest_fen, b.lowest_month) != (s.lowest_fen, s.lowest_month):
            out.append(Reason("proj_cmp_pool", (), {
                "base_fen": b.lowest_fen, "base_month": month_label(b.lowest_month),
                "alt_fen": s.lowest_fen, "alt_month": month_label(s.lowest_month)}))
        return tuple(out)


def _when(month: dt.date | None) -> tuple[str, str]:
    return _NEVER if month is None else month_label(month)


def compare_projections(base: Projection, alt: Projection) -> Comparison:
    """Side by side: per person and per account, baseline against scenario."""
    people = []
    for bp in base.people:
        ap = alt.person(bp.person_id)
        ba, aa = base.account(bp.person_id), alt.account(bp.person_id)
        people.append(PersonChange(
            bp.person_id, bp.name, ba.empty_month if ba else None, aa.empty_month if aa else None,
            bp.first_cash_month, ap.first_cash_month, bp.cash_fen, ap.cash_fen))
    accounts = []
    keys = [a.account for a in base.accounts] + [a.account for a in alt.accounts
                                                 if base.account(*a.account) is None]
    for key in keys:
        ba, aa = base.account(*key), alt.account(*key)
        one = ba or aa
        assert one is not None  # every key comes from base's or alt's accounts
        accounts.append(AccountChange(
            key, one.name, one.floor_fen,
            ba.empty_month if ba else None, aa.empty_month if aa else None,
            ba.floor_month if ba else None, aa.floor_month if aa else None,
            ba.months[-1].closing_fen if ba else 0, aa.months[-1].closing_fen if aa else 0))
    return Comparison(base, alt, tuple(people), tuple(accounts))


def compare(baseline: ProjectionInput, scenario: Scenario,
            policy_for: Callable[[str], RegionPolicy]) -> Comparison:
    """Project the baseline and the scenario and compare them."""
    return compare_projections(project(baseline, policy_for), project(scenario.apply(baseline), policy_for))
