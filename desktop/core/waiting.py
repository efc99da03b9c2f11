"""The waiting period of resident insurance: from when the fund pays for a resident who enrolled late.

A resident who enrols outside the collection period, or after a gap, waits a fixed number of months
before benefits start, plus a month for each further full year of gap; what the fund would pay in the
waiting period is nil (F-N13). Xiangyang prints its rule as "3 months after paying" (F-R5). The pack
says how long (``insurance.resident_waiting_months``), who waits (``resident_waiting_applies``: the
national "outside_collection", or "every_payment" as F-R5 is printed) and what a year of gap adds
(``resident_gap_extra_months``). Newborns enrolled in time are exempt where ``newborn_exempt`` says
so; a baby enrolled before its first birthday is read as enrolled in time (our reading: the sources
give no deadline).

Benefits start on the same day of the month ``months`` later (the month's last day when it is
shorter: paid 30 November + 3 months → 28 February). The rules read are the ones in force on the day
asked about (the visit's date), like every other figure of the estimate.

Public API::

    Waiting(enrolled_on, starts_on, months, reason, gap_years, sources)
        .covers(day) -> bool              # day falls inside the waiting period
        .explain(name, total_fen) -> Reason # "… benefits start on …; the fund pays nothing (¥0)"
    waiting_period(person, policy) -> Waiting | None    # None: no waiting (or nothing recorded)
    add_months(day, n) -> date
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .explain import Reason, register, sources_of
from .model import Person, age_on
from .policy import RegionPolicy

CODES = register({
    "waiting_period": (
        "{name}{why}，居民医保有 {months} 个月的待遇等待期：{enrolled_on} 参保缴费，{starts_on} 起才享受待遇。"
        "这次就诊在等待期内，统筹基金不支付（¥0），{total_fen} 全部由个人负担（账户或现金）。",
        "{name} {why}, so resident insurance has a waiting period of {months} month(s): enrolled and paid on "
        "{enrolled_on}, benefits start on {starts_on}. This visit falls inside it, so the fund pays nothing (¥0) "
        "and all {total_fen} is personal (accounts or cash).",
    ),
})

_WHY = {
    "outside_collection": ("在集中缴费期外参保", "enrolled outside the collection period"),
    "gap": ("断保 {gap} 年后重新参保", "enrolled again after a gap of {gap} year(s)"),
    "every_payment": ("缴费后须等待（当地规定）", "must wait after paying (the local rule)"),
}


def add_months(day: dt.date, n: int) -> dt.date:
    """The same day ``n`` months later; the last day of the month when that month is shorter."""
    k = day.year * 12 + day.month - 1 + n
    year, month = k // 12, k % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Waiting:
    """A resident's waiting period: from ``enrolled_on`` until the day before ``starts_on``."""

    enrolled_on: dt.date
    starts_on: dt.date  # the first day the fund pays
    months: int
    reason: str  # "outside_collection" / "gap" / "every_payment"
    gap_years: int
    sources: tuple[str, ...]

    def covers(self, day: dt.date) -> bool:
        return day < self.starts_on

    def why(self) -> tuple[str, str]:
        zh, en = _WHY[self.reason]
        return zh.replace("{gap}", str(self.gap_years)), en.replace("{gap}", str(self.gap_years))

    def explain(self, name: str, total_fen: int) -> Reason:
        """Why a visit of ``total_fen`` inside the period gets nothing from the fund, and when benefits start."""
        return Reason("waiting_period", self.sources, {
            "name": name, "why": self.why(), "months": self.months, "enrolled_on": self.enrolled_on,
            "starts_on": self.starts_on, "total_fen": total_fen})


def waiting_period(person: Person, policy: RegionPolicy) -> Waiting | None:
    """The waiting period of ``person`` under ``policy``; None when there is none or nothing tells of one.

    Nothing is assumed: without an enrolment date, or (for "outside_collection") without knowing the
    enrolment was outside the period or after a gap, no waiting period is applied.
    """
    enrolled = person.enrolled_on
    if person.insurance != "resident" or enrolled is None:
        return None
    base = policy.rule("insurance", "resident_waiting_months")
    if base is None or base.value <= 0:
        return None
    applies = policy.rule("insurance", "resident_waiting_applies")
    mode = "outside_collection" if applies is None else applies.value
    gap = max(0, person.gap_years or 0)
    if mode == "every_payment":
        reason = "every_payment"
    elif gap > 0:
        reason = "gap"
    elif person.enrolled_in_collection is False:
        reason = "outside_collection"
    else:
        return None
    exempt = policy.rule("insurance", "newborn_exempt")
    if (exempt is not None and exempt.value and gap == 0 and person.birth_date is not None
            and person.birth_date <= enrolled and age_on(person.birth_date, enrolled) == 0):
        return None
    months = base.value
    extra = policy.rule("insurance", "resident_gap_extra_months")
    if gap > 1 and extra is not None and extra.value > 0:
        months += (gap - 1) * extra.value  # "each further full year" beyond the first
    srcs = sources_of(base, applies, extra if gap > 1 else None)
    return Waiting(enrolled, add_months(enrolled, months), months, reason, gap, srcs)
