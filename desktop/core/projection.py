"""Projected drawdown: how long each personal account, each wallet and the family pool will last.

Month by month over a horizon (3 to 60 months, default 12) every account gets its monthly credit,
planned wallet transfers and relatives' resident-insurance premiums are paid, and each person's
expected care is settled through **the same** :func:`reimbursement.estimate` and
:func:`settlement.settle` as real visits: deductibles and caps restart every 1 January
(``YearUsage`` is keyed by year), family accounts pay in registration order, only above their floor
(F-T10), within the authorized amount and between the authorization's start and end dates.
Projections are derived, never stored (DESIGN: "Derived, not stored").

Order inside a month (fixed, so results are reproducible):

1. day 1: each personal account receives its monthly credit;
2. day 1: planned wallet transfers move money from the sender's personal account to the
   recipient's wallet (checked against the sender's region ``wallet`` limits, F-W6; a transfer is cut
   to the sender's balance; the recipient is assumed to accept it before the 06:00 return);
3. day 1: premiums due this month are paid by the payer's account for a bound relative (F-G9,
   ``payment.pays_resident_premiums``), above the payer's floor and within the binding's authorized
   amount (the cautious reading of F-T10); whatever the account cannot pay is the relative's cash;
4. care: one-off events dated before the 15th, then everyone's routine spending on the 15th (people
   in input order; for each, history-derived lines then user-set lines), then the remaining events.
   A month's spending of one kind (care type × hospital class) is settled as one visit.

Rules by month: with ``policy_on`` every month follows the rules in force on its days (dated versions): the
fund's share, the payment order, each authorizer's floor, premiums (resident F-G9, long-term care F-N10) and the
wallet's model — in a month of the quota model (F-N11, or the family's ``sharing_choice``) a planned transfer
does not move money but is set aside as a quota.

Quotas (``QuotaPlan``, F-N11): the payer's balance holds the unused part, locked (not the payer's to spend,
nor a binding's to draw, nor to transfer); the receiver draws on it right after the own account; on its end
(by hand, or by itself when one side's insurance ends or moves, F-N9) the unused part is the payer's again and
the receiver's later visits pay otherwise — a note says why. A binding ended by F-N9 stops on its day too.

The first month (a projection from today, ``as_of`` set): the balances already hold everything
recorded up to the end of that day, so its routine spending is cut to the days after it (monthly × days
left ÷ days in the month, half-up to the fen; settled on the 15th or the day after ``as_of`` if later),
events dated on or before it are left out, the month's credit is paid only to people not in
``credited``, and planned transfers start the day after it. Later months run whole, as above.

Public API (money is always int fen; months are ``date``s on the 1st)::

    # inputs (frozen dataclasses)
    Spending(person_id, care, hospital, monthly_fen, origin="user", wallet_accepted=True,
             first_month=None, last_month=None)
        origin "history" = derived from past visits (bootstrapped by the uncertainty band);
        first/last_month (inclusive) limit a user line, e.g. a monthly prescription until a date
    Event(month, person_id, care, hospital, total_fen, label="", day=15, wallet_accepted=True)
    PremiumPlan(payer_id, person_id, month, coverage_year, tier=None, amount_fen=None, yearly=True,
                insurance="resident")
        amount None = the relative's region pack ``premiums`` row (F-R6, F-R9); yearly = again every 12 months;
        insurance "care": a long-term-care premium (F-N10, ``payment.pays_care_premiums``)
    QuotaPlan(id, payer_id, receiver_id, amount_fen, left_fen, ends_on=None, end_why=None, set_on=None)
        a 共济额度 (F-N11): locked in the payer's balance, drawn after the receiver's own account, unused part
        back to the payer on ``ends_on`` (F-N9)
    WalletTransfer(month, from_id, to_id, amount_fen, relation=None)
    ProjectionInput(start, people, balances={}, wallets={}, credits={}, spending=(), events=(),
                    premiums=(), transfers=(), bindings=(), binding_used={}, usage={}, months=12,
                    wallet_position="region",   # settlement.WALLET_POSITIONS: the family's place for the wallet
                    as_of=None, credited=frozenset(),  # from today: balances at the end of as_of (see above)
                    quotas=(), sharing_choice="rules")
    spending_from_visits(visits, start, months=12) -> tuple[Spending, ...]   # average of the last 12 months
    usage_from_visits(visits, people, policy_for, before) -> dict[PersonId, YearUsage]  # year to date
    month_start(d)  add_months(month, n)  month_end(month)  month_label(month) -> (zh, en)
    account_label(name, kind) -> (zh, en)     # "妈妈的账户" / "妈妈的医保钱包"
    MIN_MONTHS, MAX_MONTHS, DEFAULT_MONTHS = 3, 60, 12

    # the projection (desktop/core/drawdown.py: the machine over these types)
    drawdown.project(inp, policy_for: Callable[[str], RegionPolicy]) -> Projection
        policy_for is e.g. Registry.resolve_insured_place (region code → policy)
    Projection(input, months, accounts, people, pool, pool_floor_fen, lowest_fen, lowest_month, notes)
        .account(person_id, kind="personal") -> AccountProjection | None   .person(person_id)
        .summary() -> tuple[Reason, ...]      # plain sentences, .text_zh / .text_en
    Account(person_id, kind)                  # kind "personal" | "wallet"
    AccountProjection(account, name, floor_fen, months: tuple[AccountMonth, ...],
                      empty_month, floor_month, lowest_fen, lowest_month)   .label -> (zh, en)
    AccountMonth(month, opening_fen, inflow_fen, own_use_fen, paid_for_others_fen, received_fen, closing_fen)
        closing = opening + inflow − own use − paid for others + received
    PersonProjection(person_id, name, months: tuple[PersonMonth, ...], cash_fen, first_cash_month)
    PersonMonth(month, cost_fen, fund_fen, own_fen, wallet_fen, family_fen, cash_fen,
                premium_fen, premium_by_others_fen, premium_cash_fen)   .out_of_pocket_fen
    PoolMonth(month, opening_fen, closing_fen)
    ProjectionError(reason)                   # bad input; .reason has zh and en text

    # what-if (desktop/core/scenario.py)
    AddEvent(event)  StopBinding(binding_id, month)  SetSpending(person_id, care, monthly_fen, hospital=None)
    SetCredit(person_id, monthly_fen)  MoveMoney(month, from_id, to_id, amount_fen)
    Scenario(name: (zh, en), changes).apply(inp) -> ProjectionInput
    compare(baseline: ProjectionInput, scenario: Scenario, policy_for) -> Comparison
    compare_projections(base: Projection, alt: Projection) -> Comparison
    Comparison(baseline, scenario, people: tuple[PersonChange, ...], accounts: tuple[AccountChange, ...])
        .sentences() -> tuple[Reason, ...]    .extra_cash_fen
    PersonChange(person_id, name, base_empty, alt_empty, base_first_cash, alt_first_cash,
                 base_cash_fen, alt_cash_fen)   .extra_cash_fen
    AccountChange(account, name, floor_fen, base_empty, alt_empty, base_floor, alt_floor,
                  base_closing_fen, alt_closing_fen)

    # uncertainty (desktop/core/montecarlo.py)
    simulate(inp, history: Sequence[Visit], policy_for, runs=1000, seed=0) -> Band
    Band(months, runs, seed, accounts: tuple[AccountBand, ...], pool: BandLine)
        .account(person_id, kind="personal")  .chance(account, by, level="empty") -> Fraction
        .chance_sentence(account, by, level=None) -> Reason   .sentences(by=None) -> tuple[Reason, ...]
        .default_date() -> date               # end of the first year, or of the horizon if sooner
        .disagreement(plain: AccountProjection, by=None) -> Reason | None   # why the band and the plain differ
    AccountBand(account, name, floor_fen, band: BandLine, empty_runs, floor_runs, had_money)   .label
        empty_runs[m] / floor_runs[m]: runs out / at the floor by the end of month m (cumulative counts)
    BandLine(p10, p50, p90)                   # tuples of fen per month, picked by rank

"Runs out" means the month's closing balance is 0 (``empty_month``); an account with a reserve
floor also reports the first month its closing is at or below the floor (``floor_month``): from
then on the family can use only what rises above it. Personal accounts are listed for people with
employee or flexible insurance and anyone given a balance or credit; wallets for anyone given a
wallet balance or receiving a transfer. ``notes`` lists assumptions the projection had to make (a
premium year missing from the pack, a transfer cut by the wallet limits, care no table covers …).

The month machine is ``drawdown.py`` (it imports this module, never the other way round); it memoises estimate/settle figures by exactly the inputs
that decide them, which keeps a 60-month projection in milliseconds and the 1,000-future band in
seconds (``benchmarks/projection.py``). ``simulate``'s ``runs`` and ``seed`` are keyword-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from .explain import Reason, register
from .model import BindingTerm, Person, PersonId, Visit
from .policy import RegionPolicy
from .reimbursement import YearUsage, estimate

MIN_MONTHS, MAX_MONTHS, DEFAULT_MONTHS = 3, 60, 12
CARE_DAY = 15  # routine spending of a month is settled on the 15th (a modelling choice, not a rule)
HISTORY_MONTHS = 12
KINDS = ("personal", "wallet")

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")

CODES = register({  # every reason code of the projection
    "proj_bad_months": ("预测月数必须在 {lo} 到 {hi} 之间，现在是 {months}。",
                        "The horizon must be {lo} to {hi} months; it is {months}."),
    "proj_unknown_person": ("预测里提到的家庭成员（编号 {person_id}）不在家庭名单里。",
                            "The projection names a family member (no. {person_id}) who is not in the family."),
    "proj_unknown_binding": ("找不到编号为 {binding_id} 的共济绑定。", "There is no binding no. {binding_id}."),
    "proj_bad_as_of": ("余额日期 {as_of} 不在预测的第一个月（{month}）里。",
                       "The balances' day {as_of} is not in the projection's first month ({month})."),
    "proj_negative": ("{what}不能是负数（{amount_fen}）。", "{what} cannot be negative ({amount_fen})."),
    "proj_bad_vocab": ("“{value}”不是已知的{what}。", "“{value}” is not a known {what}."),
    "proj_no_table": (
        "{name}的“{care}”（{hospital}）在地区资料里没有可用的报销表，预测中按全部个人负担计算。",
        "{name}: no reimbursement table covers {care} at {hospital}; the projection counts it all as personal.",
    ),
    "proj_premium_assumed_year": (
        "地区资料里没有{name}{year}年的居民医保保费，按{used_year}年的 {amount_fen} 估算。",
        "The region pack has no {year} resident premium for {name}; the {used_year} figure {amount_fen} is used.",
    ),
    "proj_premium_tier": (
        "{name}的居民医保保费按“{tier}”档 {amount_fen} 估算（地区资料有多个档次）。",
        "{name}'s resident premium is estimated at tier “{tier}”, {amount_fen} (the pack lists several tiers).",
    ),
    "proj_premium_unknown": (
        "地区资料里没有{name}的居民医保保费标准，{year}年的保费没有计入；请填写金额。",
        "The region pack has no resident premium for {name}; the {year} premium is left out. Enter the amount.",
    ),
    "proj_premium_outside_window": (
        "{name}{year}年的保费计划在 {month} 缴纳，不在缴费期（{collect_from}—{collect_to}）内，待遇可能延后。",
        "{name}'s {year} premium is planned for {month}, outside the collection period "
        "({collect_from}–{collect_to}); benefits may start later.",
    ),
    "proj_premium_not_allowed": (
        "{payer}所在地的个人账户不能代缴居民医保保费，{name}的保费按自付计算。",
        "{payer}'s region does not let the personal account pay resident premiums; {name}'s premium is cash.",
    ),
    "proj_premium_not_resident": (
        "{name}不是城乡居民医保参保人，个人账户不能代缴，保费按自付计算。",
        "{name} is not in resident insurance, so the account cannot pay the premium; it is cash.",
    ),
    "proj_premium_not_bound": (
        "{month}时{payer}和{name}之间没有有效的共济绑定，不能代缴保费，按自付计算。",
        "In {month} {payer} and {name} have no binding in force, so the premium cannot be paid from the "
        "account; it is cash.",
    ),
    "proj_premium_partial": (
        "{month}：{payer}的账户只能代缴 {paid_fen}，{name}的保费其余 {cash_fen} 自付。",
        "{month}: {payer}'s account can pay only {paid_fen}; the other {cash_fen} of {name}'s premium is cash.",
    ),
    "proj_transfer_late": (
        "{month}从{payer}转给{name}的 {amount_fen} 在当月转不完（每天笔数和每笔金额有限），只计入 {moved_fen}。",
        "{month}: the {amount_fen} from {payer} to {name} cannot all be sent within the month (daily count "
        "and per-transfer limits); only {moved_fen} is counted.",
    ),
    "proj_transfer_refused": (
        "{month}从{payer}转给{name}的医保钱包转账不允许：{why}",
        "{month}: the wallet transfer from {payer} to {name} is not allowed: {why}",
    ),
    "proj_transfer_reduced": (
        "{month}：{payer}的账户余额不够，只能转给{name} {moved_fen}（计划 {amount_fen}）。",
        "{month}: {payer}'s balance is short; only {moved_fen} of the planned {amount_fen} goes to {name}.",
    ),
    "proj_transfer_as_quota": (
        "{month}起按共济额度办理：计划从{payer}转给{name}的 {amount_fen} 不转走，而是作为额度留在{payer}的账户里，"
        "{payer}自己不能用，{name}看病时先用自己的账户、再用这份额度。",
        "From {month} sharing works by quota: the {amount_fen} planned from {payer} to {name} does not move; it stays "
        "in {payer}'s account as a quota {payer} cannot spend, and {name}'s visits draw on it after {name}'s own "
        "account.",
    ),
    "proj_quota_ends": (
        "{who}的医保在 {day} {why}：{payer}给{name}设的共济额度当天自动终止，没用完的部分退回{payer}，"
        "此后{name}看病不能再用这份额度。",
        "{who}'s insurance {why} on {day}: the family quota {payer} set for {name} ends by itself that day, what is "
        "unused goes back to {payer}, and {name}'s later visits no longer draw on it.",
    ),
    "proj_binding_ends": (
        "{who}的医保在 {day} {why}：{payer}和{name}的共济绑定当天自动终止，此后{name}看病不能再用{payer}的账户。",
        "{who}'s insurance {why} on {day}: the binding of {payer}'s account for {name} ends by itself that day, and "
        "{name}'s later visits no longer draw on {payer}'s account.",
    ),
    "proj_insurance_ended": ("{name}的医保在 {day} 终止：预测里从那天起统筹基金不再为{name}支付。",
                             "{name}'s insurance ends on {day}: from then on the fund pays nothing for {name} in this "
                             "projection."),
    "proj_insurance_moved": ("{name}的医保在 {day} 转到其他统筹地区：预测里从那天起{name}看病按新参保地的规定计算。",
                             "{name}'s insurance moves to another pooling region on {day}: from then on {name}'s visits "
                             "follow the rules of the new place in this projection."),
    "proj_cash_ended": ("{month}起{name}看病要自付的部分：{why}", "From {month}, {name} pays in cash: {why}"),
    "proj_care_premium_unknown": (
        "地区资料里没有{name}长期护理保险的保费标准，{year}年的这笔保费没有计入；请填写金额。",
        "The region pack has no long-term-care premium for {name}; the {year} premium is left out. Enter the amount.",
    ),
    "proj_care_premium_not_allowed": (
        "{month}时{payer}所在地的规定还不允许个人账户代缴长期护理保险保费，{name}的这笔保费按自付计算。",
        "In {month} the rules of {payer}'s region do not yet let the personal account pay long-term-care premiums; "
        "{name}'s premium is cash.",
    ),
    "proj_empty": ("{account}预计在{month}用完。", "{account} is expected to run out in {month}."),
    "proj_empty_now": ("{account}现在已经用完（余额 ¥0）。", "{account} is empty now (¥0 left)."),
    "proj_floor": (
        "{account}预计在{month}降到必须保留的 {floor_fen}，此后家人只能用超出这部分的钱。",
        "{account} is expected to fall to the {floor_fen} reserve in {month}; from then on the family can use "
        "only what rises above it.",
    ),
    "proj_lasts": ("{account}到{month}都够用，预计还剩 {closing_fen}。",
                   "{account} lasts through {month}, with about {closing_fen} left."),
    "proj_cash": ("{name}预计要自付 {cash_fen}，从{month}开始。",
                  "{name} is expected to pay {cash_fen} in cash, starting in {month}."),
    "proj_pool_lowest": ("全家账户合计最低在{month}：{amount_fen}。",
                         "All accounts together are lowest in {month}: {amount_fen}."),
})


class ProjectionError(ValueError):
    """Input the projection cannot use; ``reason`` says what, in Chinese and English."""

    def __init__(self, code: str, **args: object) -> None:
        self.reason = Reason(code, (), args)
        super().__init__(self.reason.text_en)


# ---- months ----

def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, n: int) -> dt.date:
    """The 1st of the month ``n`` months after ``month`` (negative goes back)."""
    k = month.year * 12 + month.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


def month_label(month: dt.date) -> tuple[str, str]:
    """("2026年3月", "March 2026") for sentences."""
    return (f"{month.year}年{month.month}月", f"{MONTHS_EN[month.month - 1]} {month.year}")


# ---- inputs ----

@dataclass(frozen=True, slots=True)
class Spending:
    """Expected spending of one person on one kind of care, per month (total cost, before the fund)."""

    person_id: PersonId
    care: str
    hospital: str
    monthly_fen: int
    origin: str = "user"  # "history": the average of past visits; "user": a figure the user set
    wallet_accepted: bool = True
    first_month: dt.date | None = None  # user lines only: from this month (None: from the start) …
    last_month: dt.date | None = None   # … to this month, inclusive (None: to the end)


@dataclass(frozen=True, slots=True)
class Event:
    """A planned one-off: e.g. an operation in a month, at a hospital class, with an estimated total."""

    month: dt.date
    person_id: PersonId
    care: str
    hospital: str
    total_fen: int
    label: str = ""
    day: int = CARE_DAY
    wallet_accepted: bool = True


@dataclass(frozen=True, slots=True)
class PremiumPlan:
    """A relative's resident-insurance premium paid from the payer's account in ``month`` (F-G9)."""

    payer_id: PersonId
    person_id: PersonId
    month: dt.date
    coverage_year: int
    tier: str | None = None
    amount_fen: int | None = None  # None: the relative's region pack premiums row
    yearly: bool = True  # repeat every 12 months within the horizon (coverage year + 1 each time)
    insurance: str = "resident"  # "resident" (F-G9) or "care": long-term-care insurance (F-N10)


@dataclass(frozen=True, slots=True)
class WalletTransfer:
    """Money moved by 医保钱包 from a personal account to a relative's wallet in ``month`` (F-W5, F-W6)."""

    month: dt.date
    from_id: PersonId
    to_id: PersonId
    amount_fen: int
    relation: str | None = None  # the recipient is the sender's …; checked with rules.check_binding when given


@dataclass(frozen=True, slots=True)
class QuotaPlan:
    """A 共济额度 (F-N11) in the projection: the payer's ``left_fen`` is locked (not the payer's to spend, nor any
    binding's to draw), the receiver's personal share draws on it after the own account; on ``ends_on`` (by hand,
    or by itself when one side's insurance ends or moves, F-N9: ``end_why`` = (member, vocab.COVERAGE_ENDS key))
    what is unused is the payer's again, and later visits of the receiver no longer draw on it.
    ``set_on`` None: standing at the projection's start; a day: set then (from a planned transfer in a month
    whose rules follow the quota model)."""

    id: int
    payer_id: PersonId
    receiver_id: PersonId
    amount_fen: int
    left_fen: int
    ends_on: dt.date | None = None
    end_why: tuple[PersonId, str] | None = None
    set_on: dt.date | None = None


@dataclass(frozen=True)
class ProjectionInput:
    """Everything a projection needs, as plain values; ``start`` is taken as its month's 1st."""

    start: dt.date
    people: tuple[Person, ...]
    balances: Mapping[PersonId, int] = field(default_factory=dict)  # personal accounts at the start
    wallets: Mapping[PersonId, int] = field(default_factory=dict)   # wallet balances at the start
    credits: Mapping[PersonId, int] = field(default_factory=dict)   # monthly credit per person
    spending: tuple[Spending, ...] = ()
    events: tuple[Event, ...] = ()
    premiums: tuple[PremiumPlan, ...] = ()
    transfers: tuple[WalletTransfer, ...] = ()
    bindings: tuple[BindingTerm, ...] = ()
    binding_used: Mapping[int, int] = field(default_factory=dict)  # fen already drawn per binding
    usage: Mapping[PersonId, YearUsage] = field(default_factory=dict)  # year-to-date deductible and fund
    months: int = DEFAULT_MONTHS
    wallet_position: str = "region"  # the wallet's place in the payment order (settlement.WALLET_POSITIONS)
    # A projection from today: the balances are as at the end of ``as_of`` (a day of the first month), so
    # the first month covers only the days after it (see "The first month" above); ``credited`` are the
    # people whose first-month credit is already in their balance (read on or after that month's 1st).
    as_of: dt.date | None = None
    credited: frozenset[PersonId] = frozenset()
    quotas: tuple[QuotaPlan, ...] = ()  # standing 共济额度 (F-N11); balances hold their locked part
    sharing_choice: str = "rules"  # the family's wallet model: "rules" (each month's rules), "transfer", "quota"
    # F-N9: the day a member's insurance ends or moves to another pooling region, and which (COVERAGE_ENDS key);
    # bindings carry their own end, a quota set inside the projection ends on the earlier of its two sides'
    coverage_ends: Mapping[PersonId, tuple[dt.date, str]] = field(default_factory=dict)
    moved_to: Mapping[PersonId, str] = field(default_factory=dict)  # the new insured place after a "moved" end

    @property
    def first_month(self) -> dt.date:
        return month_start(self.start)

    def first_month_days(self) -> tuple[int, int]:
        """(days of the first month the projection covers, days in that month): (31, 31) without ``as_of``."""
        total = month_end(self.first_month).day
        if self.as_of is None:
            return total, total
        return total - self.as_of.day, total

    def month_list(self) -> tuple[dt.date, ...]:
        first = self.first_month
        return tuple(add_months(first, i) for i in range(self.months))


def _half_up_div(a: int, b: int) -> int:
    return (2 * a + b) // (2 * b)


def history_window(visits: Iterable[Visit], start: dt.date, months: int = HISTORY_MONTHS) -> list[Visit]:
    """Visits in the ``months`` whole months before ``start``'s month."""
    end = month_start(start)
    begin = add_months(end, -months)
    return [v for v in visits if begin <= v.date < end]


def spending_from_visits(visits: Iterable[Visit], start: dt.date,
                         months: int = HISTORY_MONTHS) -> tuple[Spending, ...]:
    """Average monthly spending per person, care type and hospital class over the last ``months``.

    Months without visits count as zero; the average is rounded half-up to the fen. A kind of care
    is marked wallet-accepting only if every past visit of that kind was.
    """
    sums: dict[tuple[PersonId, str, str], int] = {}
    accepted: dict[tuple[PersonId, str, str], bool] = {}
    for v in history_window(visits, start, months):
        k = (v.person_id, v.care, v.hospital)
        sums[k] = sums.get(k, 0) + v.total_fen
        accepted[k] = accepted.get(k, True) and v.wallet_accepted
    return tuple(Spending(pid, care, hosp, _half_up_div(total, months), "history", accepted[(pid, care, hosp)])
                 for (pid, care, hosp), total in sorted(sums.items()) if total > 0)


def usage_from_visits(visits: Iterable[Visit], people: Iterable[Person],
                      policy_for: Callable[[str], RegionPolicy], before: dt.date) -> dict[PersonId, YearUsage]:
    """Each person's deductible met and fund paid so far in ``before``'s year (visits before that day),
    replayed through :func:`reimbursement.estimate` in date order, as the projection's ``usage``."""
    by_id = {p.id: p for p in people}
    out = {pid: YearUsage() for pid in by_id}
    start = dt.date(before.year, 1, 1)
    for v in sorted((v for v in visits if start <= v.date < before and v.person_id in by_id),
                    key=lambda v: (v.date, v.id or 0)):
        person = by_id[v.person_id]
        out[v.person_id].record(estimate(v, person, policy_for(person.region_code), out[v.person_id]))
    return out


# ---- outputs ----

class Account(NamedTuple):
    person_id: PersonId
    kind: str  # "personal" or "wallet"


def account_label(name: str, kind: str) -> tuple[str, str]:
    """("妈妈的账户", "Mum's account") / ("妈妈的医保钱包", "Mum's insurance wallet")."""
    if kind == "wallet":
        return (f"{name}的医保钱包", f"{name}'s insurance wallet")
    return (f"{name}的账户", f"{name}'s account")


@dataclass(frozen=True, slots=True)
class AccountMonth:
    month: dt.date
    opening_fen: int
    inflow_fen: int
    own_use_fen: int
    paid_for_others_fen: int
    received_fen: int
    closing_fen: int


@dataclass(frozen=True, slots=True)
class AccountProjection:
    account: Account
    name: str
    floor_fen: int
    months: tuple[AccountMonth, ...]
    empty_month: dt.date | None
    floor_month: dt.date | None
    lowest_fen: int
    lowest_month: dt.date

    @property
    def label(self) -> tuple[str, str]:
        return account_label(self.name, self.account.kind)

    def empty_now(self, inp: ProjectionInput) -> bool:
        """Empty today and still empty at the first month's end: it reads "empty now", not "runs out in …"."""
        return (inp.as_of is not None and self.months[0].opening_fen <= 0
                and self.empty_month == self.months[0].month)


@dataclass(frozen=True, slots=True)
class PersonMonth:
    month: dt.date
    cost_fen: int          # total cost of care
    fund_fen: int          # paid by the pooled fund
    own_fen: int           # from the own personal account
    wallet_fen: int        # from the own wallet
    family_fen: int        # from family accounts (共济)
    cash_fen: int          # care paid in cash
    premium_fen: int       # this person's resident premium due
    premium_by_others_fen: int  # … paid by a family account
    premium_cash_fen: int  # … paid in cash

    @property
    def out_of_pocket_fen(self) -> int:
        return self.cash_fen + self.premium_cash_fen


@dataclass(frozen=True, slots=True)
class PersonProjection:
    person_id: PersonId
    name: str
    months: tuple[PersonMonth, ...]
    cash_fen: int  # out of pocket over the horizon (care and premiums)
    first_cash_month: dt.date | None


@dataclass(frozen=True, slots=True)
class PoolMonth:
    month: dt.date
    opening_fen: int
    closing_fen: int


@dataclass(frozen=True)
class Projection:
    input: ProjectionInput
    months: tuple[dt.date, ...]
    accounts: tuple[AccountProjection, ...]
    people: tuple[PersonProjection, ...]
    pool: tuple[PoolMonth, ...]
    pool_floor_fen: int
    lowest_fen: int
    lowest_month: dt.date
    notes: tuple[Reason, ...]

    def account(self, person_id: PersonId, kind: str = "personal") -> AccountProjection | None:
        for a in self.accounts:
            if a.account == (person_id, kind):
                return a
        return None

    def person(self, person_id: PersonId) -> PersonProjection:
        for p in self.people:
            if p.person_id == person_id:
                return p
        raise KeyError(person_id)

    def summary(self) -> tuple[Reason, ...]:
        """Plain sentences: accounts that run out (earliest first), those that last, cash, the pool's low."""
        out: list[tuple[tuple, Reason]] = []
        end = month_label(self.months[-1])
        for a in self.accounts:
            if a.empty_now(self.input):
                out.append(((0, self.months[0]), Reason("proj_empty_now", (), {"account": a.label})))
                continue
            if a.floor_month is not None and (a.empty_month is None or a.floor_month < a.empty_month):
                out.append(((0, a.floor_month), Reason("proj_floor", (), {
                    "account": a.label, "month": month_label(a.floor_month), "floor_fen": a.floor_fen})))
            if a.empty_month is not None:
                out.append(((0, a.empty_month), Reason("proj_empty", (), {
                    "account": a.label, "month": month_label(a.empty_month)})))
            elif a.floor_month is None and (a.account.kind == "personal" or a.months[0].opening_fen
                                            or any(m.received_fen for m in a.months)):
                out.append(((1, self.months[-1]), Reason("proj_lasts", (), {
                    "account": a.label, "month": end, "closing_fen": a.months[-1].closing_fen})))
        for p in self.people:
            if p.cash_fen and p.first_cash_month is not None:
                out.append(((2, p.first_cash_month), Reason("proj_cash", (), {
                    "name": p.name, "cash_fen": p.cash_fen, "month": month_label(p.first_cash_month)})))
        out.sort(key=lambda t: t[0])
        res = [r for _, r in out]
        if self.pool:
            res.append(Reason("proj_pool_lowest", (), {"month": month_label(self.lowest_month),
                                                        "amount_fen": self.lowest_fen}))
        return tuple(res)
