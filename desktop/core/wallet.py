"""医保钱包 transfers: the day's count, the per-transfer maximum, the night blackout, returns, a planner.

All wallet rules run on **China time (UTC+8)** whatever the computer's zone (F-W6): aware datetimes
are converted to UTC+8, and a *naive* datetime is taken to be China time already. Every datetime
this module returns is aware, in UTC+8. The limits come from the region pack's ``wallet`` section.

* The count is per **sending** wallet per China calendar day (midnight to midnight), and counts every
  transfer that wallet made that day, whether or not it was later returned.
* The blackout is the half-open interval [``blackout_start``, ``blackout_end``) (22:00–06:00: 21:59 is
  fine, 22:00 is not, 06:00 is fine again); it may span midnight. Equal start and end mean none.
* A transfer the recipient has not received is returned to the sender at the next ``return_time``
  strictly after it was sent (06:00 the next day, since nothing can be sent 22:00–06:00).

The planner sends as many transfers as the day allows as soon as the rules allow (several at the
same minute are made one after another right away), each of the maximum amount except the last.
That is the earliest finish: the n-th transfer of any valid plan can be no earlier than the n-th
open slot, and the greedy plan takes the open slots in time order. Tests check it against an
exhaustive search.

Public API::

    CHINA: datetime.timezone                                  # UTC+8
    china_time(moment: datetime) -> datetime                  # aware UTC+8; naive = China time
    WalletRules.of(policy: RegionPolicy) -> WalletRules      # .sharing_model: "transfer" (F-W6) or "quota" (F-N11)
    WalletRules(daily_count, max_per_transfer_fen, blackout_start: time, blackout_end: time,
                return_time: time, ...sources)
        .in_blackout(moment) -> bool   .next_open(moment) -> datetime   .returns_at(sent_at) -> datetime
    check_transfer(rules, amount_fen: int, at: datetime, made: Iterable[datetime] = (),
                   balance_fen: int | None = None) -> TransferCheck(allowed, reasons, at)
    transfer_state(rules, sent_at, received_at: datetime | None, now) -> TransferState(status, returns_at, reason)
        status ∈ {"received", "waiting", "returned"}
    plan_transfers(rules, amount_fen: int, now: datetime, deadline: datetime,
                   made: Iterable[datetime] = (), balance_fen: int | None = None) -> TransferPlan
    TransferPlan(feasible, transfers: tuple[PlannedTransfer(at, amount_fen, returns_at), ...],
                 finish: datetime | None, reasons: tuple[Reason, ...])

``made`` lists when the sending wallet already sent transfers (any days; only the same China day
counts against a transfer). ``balance_fen``, when given, is the sender's personal-account surplus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .explain import Reason, register, sources_of
from .policy import RegionPolicy

CHINA = dt.timezone(dt.timedelta(hours=8), "UTC+08:00")
_DAY = dt.timedelta(days=1)

CODES = register({  # every reason code this module can give
    "wallet_amount_not_positive": ("转账金额必须大于0。", "The amount must be above zero."),
    "wallet_over_max": (
        "每笔最多转 {max_fen}，这笔是 {amount_fen}；请分成几笔。",
        "Each transfer may be at most {max_fen}; this one is {amount_fen}. Split it.",
    ),
    "wallet_blackout": (
        "北京时间 {blackout_start}—{blackout_end} 不能转账（现在是 {at}）；{next_open} 以后再转。",
        "No transfers between {blackout_start} and {blackout_end} China time (it is {at}); try after {next_open}.",
    ),
    "wallet_daily_count": (
        "这个钱包今天（{day}）已经转了 {done} 笔，每天最多 {count} 笔；{next_open} 以后再转。",
        "This wallet already made {done} transfers today ({day}); the limit is {count} a day. Try after {next_open}.",
    ),
    "wallet_insufficient": (
        "转出方可用余额 {balance_fen} 不够转 {amount_fen}。",
        "The sender's available balance {balance_fen} is not enough for {amount_fen}.",
    ),
    "wallet_received": ("对方已在 {received_at} 收到。", "Received on {received_at}."),
    "wallet_waiting": (
        "等待对方接收；{returns_at} 前没有接收就会退回转出方。",
        "Waiting for the recipient; if not received by {returns_at} it returns to the sender.",
    ),
    "wallet_returned": (
        "对方没有在 {returns_at} 前接收，钱已退回转出方。",
        "Not received by {returns_at}; the money went back to the sender.",
    ),
    "wallet_plan": (
        "分 {n} 笔转完 {amount_fen}，第一笔 {first}，最后一笔 {finish}；每笔都要在转出后的下一个 {return_time} 前被接收，"
        "否则退回。",
        "{amount_fen} in {n} transfers, the first at {first}, the last at {finish}; each must be received "
        "before the next {return_time} after it is sent, or it goes back.",
    ),
    "wallet_nothing": ("不需要转账。", "Nothing to transfer."),
    "wallet_deadline_missed": (
        "在 {deadline} 前转不完 {amount_fen}：按每天 {count} 笔、每笔最多 {max_fen}、{blackout_start}—"
        "{blackout_end} 不能转的规定，最早 {finish} 才能转完。",
        "{amount_fen} cannot be moved by {deadline}: with {count} transfers a day, at most {max_fen} each and "
        "none between {blackout_start} and {blackout_end}, the earliest finish is {finish}.",
    ),
})


def china_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC+8. Aware datetimes are converted; naive ones are taken as China time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=CHINA)
    return moment.astimezone(CHINA)


def _hhmm(text: str) -> dt.time:
    h, m = text.split(":")
    return dt.time(int(h), int(m))


@dataclass(frozen=True, slots=True)
class WalletRules:
    """A region's wallet limits, with the fact IDs they come from."""

    daily_count: int
    max_per_transfer_fen: int
    blackout_start: dt.time
    blackout_end: dt.time
    return_time: dt.time
    count_src: tuple[str, ...] = ()
    max_src: tuple[str, ...] = ()
    blackout_src: tuple[str, ...] = ()
    return_src: tuple[str, ...] = ()
    payer_src: tuple[str, ...] = ()
    # how wallet 共济 works on the date asked: "transfer" (money moves, F-W6) or "quota" (a quota is set
    # for the receiver and locked in the payer's account, F-N11); "transfer" when no pack says
    sharing_model: str = "transfer"
    sharing_src: tuple[str, ...] = ()

    @classmethod
    def of(cls, policy: RegionPolicy) -> WalletRules:
        maybe = {n: policy.rule("wallet", n) for n in
               ("daily_count", "max_per_transfer_fen", "blackout_start", "blackout_end", "return_time")}
        missing = [n for n, v in maybe.items() if v is None]
        if missing:
            raise ValueError(f"the region pack {policy.code} has no wallet.{', wallet.'.join(missing)}")
        got = {n: v for n, v in maybe.items() if v is not None}
        return cls(
            got["daily_count"].value, got["max_per_transfer_fen"].value,
            _hhmm(got["blackout_start"].value), _hhmm(got["blackout_end"].value),
            _hhmm(got["return_time"].value),
            sources_of(got["daily_count"]), sources_of(got["max_per_transfer_fen"]),
            sources_of(got["blackout_start"], got["blackout_end"]), sources_of(got["return_time"]),
            sources_of(policy.rule("wallet", "payer_insurance")),
            policy.value("wallet", "sharing_model", "transfer"),
            sources_of(policy.rule("wallet", "sharing_model")),
        )

    @property
    def all_src(self) -> tuple[str, ...]:
        return sources_of(*self.count_src, *self.max_src, *self.blackout_src)

    def _blocked(self, t: dt.time) -> bool:
        s, e = self.blackout_start, self.blackout_end
        if s == e:
            return False
        if s < e:
            return s <= t < e
        return t >= s or t < e

    def in_blackout(self, moment: dt.datetime) -> bool:
        return self._blocked(china_time(moment).time())

    def next_open(self, moment: dt.datetime) -> dt.datetime:
        """The earliest moment at or after ``moment`` outside the blackout (China time)."""
        t = china_time(moment)
        if not self._blocked(t.time()):
            return t
        e = self.blackout_end
        end = t.replace(hour=e.hour, minute=e.minute, second=0, microsecond=0)
        return end if end > t else end + _DAY

    def returns_at(self, sent_at: dt.datetime) -> dt.datetime:
        """When an unreceived transfer goes back: the next ``return_time`` strictly after sending."""
        t = china_time(sent_at)
        r = self.return_time
        back = t.replace(hour=r.hour, minute=r.minute, second=0, microsecond=0)
        return back if back > t else back + _DAY

    def _args(self) -> dict[str, object]:
        return {"count": self.daily_count, "max_fen": self.max_per_transfer_fen,
                "blackout_start": self.blackout_start.strftime("%H:%M"),
                "blackout_end": self.blackout_end.strftime("%H:%M")}


def _midnight_after(t: dt.datetime) -> dt.datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + _DAY


@dataclass(frozen=True, slots=True)
class TransferCheck:
    """Whether one transfer may be made at ``at`` (China time), and every reason it may not."""

    allowed: bool
    reasons: tuple[Reason, ...]
    at: dt.datetime

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


def check_transfer(rules: WalletRules, amount_fen: int, at: dt.datetime, made: Iterable[dt.datetime] = (),
                   balance_fen: int | None = None) -> TransferCheck:
    """Check one transfer of the sending wallet against the day's count, the maximum and the blackout."""
    t = china_time(at)
    reasons: list[Reason] = []
    if amount_fen <= 0:
        reasons.append(Reason("wallet_amount_not_positive"))
    elif amount_fen > rules.max_per_transfer_fen:
        reasons.append(Reason("wallet_over_max", rules.max_src,
                              {"max_fen": rules.max_per_transfer_fen, "amount_fen": amount_fen}))
    if rules._blocked(t.time()):
        reasons.append(Reason("wallet_blackout", rules.blackout_src,
                              {**rules._args(), "at": t, "next_open": rules.next_open(t)}))
    done = sum(1 for m in made if china_time(m).date() == t.date())
    if done >= rules.daily_count:
        reasons.append(Reason("wallet_daily_count", rules.count_src, {
            "done": done, "count": rules.daily_count, "day": t.date(),
            "next_open": rules.next_open(_midnight_after(t))}))
    if balance_fen is not None and 0 < amount_fen and balance_fen < amount_fen:
        reasons.append(Reason("wallet_insufficient", rules.payer_src,
                              {"balance_fen": balance_fen, "amount_fen": amount_fen}))
    return TransferCheck(not reasons, tuple(reasons), t)


@dataclass(frozen=True, slots=True)
class TransferState:
    """Where a sent transfer stands: received, still waiting, or returned to the sender."""

    status: str
    returns_at: dt.datetime
    reason: Reason


def transfer_state(rules: WalletRules, sent_at: dt.datetime, received_at: dt.datetime | None,
                   now: dt.datetime) -> TransferState:
    """Resolve a transfer: not received by the next ``return_time`` means returned."""
    back = rules.returns_at(sent_at)
    if received_at is not None and china_time(received_at) < back:
        return TransferState("received", back, Reason("wallet_received", rules.return_src,
                                                      {"received_at": china_time(received_at)}))
    if china_time(now) >= back or received_at is not None:
        return TransferState("returned", back, Reason("wallet_returned", rules.return_src, {"returns_at": back}))
    return TransferState("waiting", back, Reason("wallet_waiting", rules.return_src, {"returns_at": back}))


@dataclass(frozen=True, slots=True)
class PlannedTransfer:
    at: dt.datetime
    amount_fen: int
    returns_at: dt.datetime


@dataclass(frozen=True, slots=True)
class TransferPlan:
    """The earliest schedule, whether it meets the deadline, and why."""

    feasible: bool
    transfers: tuple[PlannedTransfer, ...]
    finish: dt.datetime | None
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


def earliest_slots(rules: WalletRules, n: int, now: dt.datetime,
                   made: Iterable[dt.datetime] = ()) -> list[dt.datetime]:
    """The first ``n`` moments at or after ``now`` at which transfers may be sent (greedy, earliest)."""
    counts = Counter(china_time(m).date() for m in made)
    t = china_time(now)
    out: list[dt.datetime] = []
    while len(out) < n:
        t = rules.next_open(t)
        day = t.date()
        room = rules.daily_count - counts[day]
        if room > 0:
            k = min(room, n - len(out))
            out.extend([t] * k)
            counts[day] += k
            if len(out) == n:
                break
        t = _midnight_after(t)
    return out


def plan_transfers(rules: WalletRules, amount_fen: int, now: dt.datetime, deadline: dt.datetime,
                   made: Iterable[dt.datetime] = (), balance_fen: int | None = None) -> TransferPlan:
    """Earliest schedule moving ``amount_fen`` from ``now``; infeasible (with the earliest finish) if late."""
    made = list(made)
    if amount_fen <= 0:
        return TransferPlan(True, (), None, (Reason("wallet_nothing"),))
    if balance_fen is not None and balance_fen < amount_fen:
        return TransferPlan(False, (), None, (Reason("wallet_insufficient", rules.payer_src,
                                                     {"balance_fen": balance_fen, "amount_fen": amount_fen}),))
    most = rules.max_per_transfer_fen
    n = -(-amount_fen // most)
    amounts = [most] * (n - 1) + [amount_fen - most * (n - 1)]
    slots = earliest_slots(rules, n, now, made)
    transfers = tuple(PlannedTransfer(t, a, rules.returns_at(t)) for t, a in zip(slots, amounts, strict=True))
    finish = slots[-1]
    limit = china_time(deadline)
    args = {**rules._args(), "amount_fen": amount_fen, "finish": finish}
    if finish > limit:
        return TransferPlan(False, transfers, finish, (Reason("wallet_deadline_missed", rules.all_src,
                                                              {**args, "deadline": limit}),))
    return TransferPlan(True, transfers, finish, (Reason("wallet_plan", sources_of(*rules.all_src, *rules.return_src), {
        **args, "n": n, "first": slots[0], "return_time": rules.return_time.strftime("%H:%M")}),))
