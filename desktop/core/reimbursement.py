"""What the pooled fund (统筹) pays for a visit, and what is left for the person, step by step.

The region pack's ``benefits`` table gives the deductible and ratio for the care type, person kind,
hospital class and age; its ``caps`` table gives the yearly limit of the fund's payments per group.
Deductibles (``deductible_per = "year"``) and caps count per calendar year, so they start afresh on
1 January: :class:`YearUsage` keys everything by year. The ratio is applied once, rounded half-up
to the fen (``money.apply_ratio``). When no table covers the visit the estimate says so plainly and
counts the fund's share as ¥0 instead of guessing.

Public API::

    estimate(visit: Visit, person: Person, policy: RegionPolicy, usage: YearUsage | None = None) -> Estimate
    Estimate(year, group, total_fen, fund_fen, personal_fen, deductible_used_fen, cap_hit: bool,
             known: bool, benefit: Row | None, cap: Row | None, care, hospital, person_kind,
             person_name, deductible_before_fen, fund_before_fen)
        .steps -> tuple[Reason, ...]          # built on reading, from the figures above
    YearUsage()                               # one person's year-to-date use, keyed by (year, group)
        .deductible_used(year, group) -> int  .fund_paid(year, group) -> int
        .add(year, group, deductible_fen=0, fund_fen=0) -> None
        .record(estimate) -> None             # add an estimate's deductible and fund share
        .copy() -> YearUsage

``usage`` is read, never changed: call ``usage.record(result)`` once the visit is saved. The person's
insurance *status* (suspended, in arrears) is not applied here: the sources only say it stops 共济
money (F-T11), which settlement handles. A resident inside a waiting period (``core/waiting.py``,
F-N13/F-R5) gets a nil fund share, with the day benefits start in the steps; the visit counts toward
no deductible or cap (benefits have not started).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import vocab
from .explain import Reason, register
from .memo import table
from .model import Person, Visit
from .money import apply_ratio
from .policy import RegionPolicy, Row
from .waiting import Waiting, waiting_period

_PERIOD = {"year": ("每年", "a year"), "visit": ("每次", "per visit")}

CODES = register({  # every reason code this module can give
    "not_insured": (
        "{name}没有参加基本医疗保险，统筹基金不支付；全部 {total_fen} 由个人负担。",
        "{name} has no basic medical insurance, so the fund pays nothing; all {total_fen} is personal.",
    ),
    "no_table": (
        "地区资料里没有适用于这次就诊的报销表（{care}、{person}、{hospital}），统筹支付按 ¥0 估算，"
        "{total_fen} 先全部算作个人负担；实际报销请向当地医保部门核实。",
        "The region pack has no reimbursement table for this visit ({care}, {person}, {hospital}); "
        "the fund's share is counted as ¥0 and all {total_fen} as personal until checked with the local office.",
    ),
    "age_needed": (
        "需要出生日期才能按年龄段计算：地区资料按年龄段给出这类费用的报销表（{care}、{person}、{hospital}），"
        "统筹支付先按 ¥0 估算，{total_fen} 先全部算作个人负担；请在家庭成员里填上出生日期。",
        "A birth date is needed to pick the age band: the region pack's table for this visit ({care}, {person}, "
        "{hospital}) depends on age, so the fund's share is counted as ¥0 and all {total_fen} as personal "
        "until the family member's birth date is entered.",
    ),
    "benefit_table": (
        "适用报销表：{care}、{person}、{hospital}——起付线 {deductible_fen}（{period}），报销比例 {ratio}。",
        "Table used: {care}, {person}, {hospital} — deductible {deductible_fen} ({period}), ratio {ratio}.",
    ),
    "deductible": (
        "起付线 {deductible_fen}：{year}年此前已用 {before_fen}，还剩 {left_fen}；这次由个人先付 {used_fen}。",
        "Deductible {deductible_fen}: {before_fen} already met in {year}, {left_fen} left; "
        "{used_fen} of this visit goes toward it.",
    ),
    "deductible_visit": (
        "每次起付线 {deductible_fen}：这次由个人先付 {used_fen}。",
        "Per-visit deductible {deductible_fen}: {used_fen} of this visit goes toward it.",
    ),
    "ratio": (
        "起付线以上的 {above_fen} 按 {ratio} 报销，应付 {raw_fen}。",
        "Above the deductible, {above_fen} at {ratio} gives {raw_fen}.",
    ),
    "cap": (
        "{group}年度限额 {cap_fen}：{year}年已付 {paid_fen}，还剩 {left_fen}。",
        "Yearly limit for {group}: {cap_fen}; {paid_fen} paid in {year}, {left_fen} left.",
    ),
    "cap_hit": (
        "已到年度限额，统筹只能再付 {fund_fen}，其余 {cut_fen} 由个人负担。",
        "The yearly limit is reached: the fund pays only {fund_fen}; the other {cut_fen} is personal.",
    ),
    "no_cap": (
        "地区资料里没有这类费用的年度限额，估算时不设上限。",
        "The region pack sets no yearly limit for this group; none is applied.",
    ),
    "ratio_unknown": (
        "来源只给出起付线，没有给出报销比例，统筹支付按 ¥0 估算，{total_fen} 先全部算作个人负担；请向当地医保部门核实。",
        "The source gives the deductible but no ratio, so the fund's share is counted as ¥0 and all "
        "{total_fen} as personal until checked with the local office.",
    ),
    "ratio_range": (
        "来源给出的比例是 {ratio}—{ratio_max}，估算按较低的 {ratio} 计算。",
        "The source gives a ratio of {ratio}–{ratio_max}; the estimate uses the lower {ratio}.",
    ),
    "deductible_unknown": (
        "来源没有给出这类费用的起付线（它并没有说不设起付线），这里先按 ¥0 计算，所以统筹支付是上限：实际可能更少。",
        "The source gives no deductible for this care (it does not say there is none); it is counted as ¥0 here, "
        "so the fund's share is an upper bound: it may be less.",
    ),
    "fund_share_at_most": (
        "统筹基金最多支付 {fund_fen}，个人负担至少 {personal_fen}（合计 {total_fen}）；起付线未知，请向当地医保部门核实。",
        "The fund pays at most {fund_fen}; the personal share is at least {personal_fen} (total {total_fen}); "
        "the deductible is unknown, check it with the local office.",
    ),
    "fund_share": (
        "统筹基金支付 {fund_fen}，个人负担 {personal_fen}（合计 {total_fen}）。",
        "The fund pays {fund_fen}; the personal share is {personal_fen} (total {total_fen}).",
    ),
})


class YearUsage:
    """One person's deductible met and fund paid so far, per (year, group); a new year starts at 0."""

    __slots__ = ("_d",)

    def __init__(self) -> None:
        self._d: dict[tuple[int, str], list[int]] = {}

    def deductible_used(self, year: int, group: str) -> int:
        v = self._d.get((year, group))
        return v[0] if v else 0

    def fund_paid(self, year: int, group: str) -> int:
        v = self._d.get((year, group))
        return v[1] if v else 0

    def add(self, year: int, group: str, deductible_fen: int = 0, fund_fen: int = 0) -> None:
        v = self._d.get((year, group))
        if v is None:
            self._d[(year, group)] = [deductible_fen, fund_fen]
        else:
            v[0] += deductible_fen
            v[1] += fund_fen

    def record(self, est: Estimate) -> None:
        if est.group is not None:
            self.add(est.year, est.group, est.deductible_used_fen, est.fund_fen)

    def copy(self) -> YearUsage:
        c = YearUsage()
        c._d = {k: list(v) for k, v in self._d.items()}
        return c


@dataclass(slots=True)
class Estimate:
    """The fund's share and the personal share of one visit; ``steps`` says how, step by step.

    The steps are built when read (from the figures kept here), so estimating stays fast.
    """

    year: int
    group: str | None
    total_fen: int
    fund_fen: int
    personal_fen: int
    deductible_used_fen: int
    cap_hit: bool
    known: bool  # False when no table or no ratio covers the visit (fund share counted as 0)
    benefit: Row | None = None
    cap: Row | None = None
    care: str = ""
    hospital: str = ""
    person_kind: str | None = None  # None when the person has no basic insurance
    person_name: str = ""
    deductible_before_fen: int = 0  # deductible met earlier in the year (same group)
    fund_before_fen: int = 0  # fund payments earlier in the year (same group)
    age_band: Row | None = None  # no row was picked only because the person's age is unknown: this one needs it
    waiting: Waiting | None = None  # the visit falls in the person's waiting period: the fund pays nil

    @property
    def steps(self) -> tuple[Reason, ...]:
        return _steps(self)

    @property
    def at_most(self) -> bool:
        """The fund's share is an upper bound: the table's deductible is unknown (counted as ¥0)."""
        return self.known and self.benefit is not None and bool(self.benefit.data.get("deductible_unknown"))


_NO_USAGE = YearUsage()
_UNKNOWN = ("未知", "unknown")
_MISS = object()


def estimate(visit: Visit, person: Person, policy: RegionPolicy, usage: YearUsage | None = None) -> Estimate:
    """Estimate the fund's and the person's shares of ``visit`` under ``policy`` (the insured place)."""
    total = visit.total_fen
    if total < 0:
        raise ValueError("a visit's total cost cannot be negative")
    usage = usage or _NO_USAGE
    day = visit.date
    year = day.year
    care, hospital = visit.care, visit.hospital
    if person.insurance not in ("employee", "flexible", "resident"):
        return Estimate(year, None, total, 0, total, 0, False, False, None, None, care, hospital, None,
                        person.name)
    kind = person.kind
    if person.enrolled_on is not None:  # only residents who recorded an enrolment can be waiting
        wait = waiting_period(person, policy)
        if wait is not None and wait.covers(day):
            return Estimate(year, None, total, 0, total, 0, False, True, None, None, care, hospital, kind,
                            person.name, waiting=wait)
    age = person.age_on(day)
    lookups = table(policy, "reimbursement")
    key = (care, kind, hospital, age)
    row = lookups.get(key, _MISS)
    if row is _MISS:
        row = lookups[key] = policy.benefit(care, kind, hospital, age)
    if row is None:
        band = _age_band(policy, care, kind, hospital) if age is None else None
        return Estimate(year, None, total, 0, total, 0, False, False, None, None, care, hospital, kind,
                        person.name, age_band=band)
    data = row.data
    group = data["group"]
    deductible, ratio = data["deductible_fen"], data["ratio"]
    before = 0
    if data["deductible_per"] == "year":
        before = usage.deductible_used(year, group)
        left = deductible - before if deductible > before else 0
    else:
        left = deductible
    used = total if total < left else left
    if ratio is None:
        return Estimate(year, group, total, 0, total, used, False, False, row, None, care, hospital, kind,
                        person.name, before)
    raw = apply_ratio(total - used, ratio)
    key = ("cap", group, kind, age)
    cap_row = lookups.get(key, _MISS)
    if cap_row is _MISS:
        cap_row = lookups[key] = policy.cap(group, kind, age)
    fund, hit, paid = raw, False, 0
    if cap_row is not None:
        paid = usage.fund_paid(year, group)
        cap = cap_row.data["amount_fen"]
        left_cap = cap - paid if cap > paid else 0
        if raw > left_cap:
            fund, hit = left_cap, True
    return Estimate(year, group, total, fund, total - fund, used, hit, True, row, cap_row, care, hospital,
                    kind, person.name, before, paid)


def _age_band(policy: RegionPolicy, care: str, kind: str, hospital: str) -> Row | None:
    """The first row that would cover the visit if the person's age were known (an age-band row), else None."""
    for row in policy.rows("benefits"):
        if (care in row["care"] and kind in row["person"]
                and (row.get("hospital") is None or hospital in row["hospital"])
                and (row.get("age_min") is not None or row.get("age_max") is not None)):
            return row
    return None


def _labels(e: Estimate) -> dict[str, object]:
    return {"care": vocab.CARE_TYPES.get(e.care, (e.care, e.care)),
            "person": vocab.PERSON_KINDS.get(e.person_kind or "", (e.person_kind,) * 2),
            "hospital": vocab.HOSPITAL_CLASSES.get(e.hospital, (e.hospital, e.hospital))}


def _steps(e: Estimate) -> tuple[Reason, ...]:
    """Rebuild the explanation of an estimate from its figures."""
    total = e.total_fen
    if e.person_kind is None:
        return (Reason("not_insured", (), {"name": e.person_name, "total_fen": total}),)
    if e.waiting is not None:
        return (e.waiting.explain(e.person_name, total),)
    if e.benefit is None and e.age_band is not None:
        return (Reason("age_needed", (e.age_band.source,), {**_labels(e), "total_fen": total}),)
    if e.benefit is None:
        return (Reason("no_table", (), {**_labels(e), "total_fen": total}),)
    data = e.benefit.data
    src = (e.benefit.source,)
    deductible, ratio, per = data["deductible_fen"], data["ratio"], data["deductible_per"]
    used = e.deductible_used_fen
    unknown = bool(data.get("deductible_unknown"))
    steps = [Reason("benefit_table", src, {**_labels(e), "deductible_fen": _UNKNOWN if unknown else deductible,
                                           "period": _PERIOD[per], "ratio": ratio if ratio is not None else _UNKNOWN})]
    if unknown:
        steps.append(Reason("deductible_unknown", src))
    if deductible and per == "year":
        before = e.deductible_before_fen
        steps.append(Reason("deductible", src, {
            "deductible_fen": deductible, "year": e.year, "before_fen": before,
            "left_fen": deductible - before if deductible > before else 0, "used_fen": used}))
    elif deductible:
        steps.append(Reason("deductible_visit", src, {"deductible_fen": deductible, "used_fen": used}))
    if ratio is None:
        steps.append(Reason("ratio_unknown", src, {"total_fen": total}))
        return tuple(steps)
    above = total - used
    raw = apply_ratio(above, ratio)
    if data.get("ratio_max") is not None and data["ratio_max"] != ratio:
        steps.append(Reason("ratio_range", src, {"ratio": ratio, "ratio_max": data["ratio_max"]}))
    steps.append(Reason("ratio", src, {"above_fen": above, "ratio": ratio, "raw_fen": raw}))
    group = e.group or ""
    group_l = vocab.CARE_TYPES.get(group, (group, group))
    if e.cap is None:
        steps.append(Reason("no_cap", (), {"group": group_l}))
    else:
        cap, paid = e.cap.data["amount_fen"], e.fund_before_fen
        cap_src = (e.cap.source,)
        steps.append(Reason("cap", cap_src, {"group": group_l, "cap_fen": cap, "year": e.year, "paid_fen": paid,
                                             "left_fen": cap - paid if cap > paid else 0}))
        if e.cap_hit:
            steps.append(Reason("cap_hit", cap_src, {"fund_fen": e.fund_fen, "cut_fen": raw - e.fund_fen}))
    steps.append(Reason("fund_share_at_most" if unknown else "fund_share", src, {
        "fund_fen": e.fund_fen, "personal_fen": e.personal_fen, "total_fen": total}))
    return tuple(steps)
