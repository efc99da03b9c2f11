"""Who may bind whom: every reason a 共济 binding (or a wallet transfer relation) is not allowed.

All limits come from the authorizer's region pack (``binding.*`` for purpose "bind", ``wallet.*``
for purpose "wallet"); each reason cites the fact ID of the pack value it applied. When nothing is
wrong, the result lists what the official channels will ask for (dates, amount, consent, review).

Public API::

    check_binding(authorizer: Person, beneficiary: Person, relation: str, policy: RegionPolicy, *,
                  on: date, existing: Sequence[BindingTerm] = (), start: date | None = None,
                  end: date | None = None, amount_fen: int | None = None,
                  purpose: str = "bind", binding_id: int | None = None) -> Eligibility
    Eligibility(purpose, allowed: bool, reasons: tuple[Reason, ...], asks: tuple[Reason, ...],
                channels: tuple[Row, ...])      .codes -> tuple[str, ...]
    HOLDING_STATUSES = ("active", "pending")    # binding statuses that occupy a beneficiary slot
    PURPOSES = ("bind", "wallet")

``policy`` is the authorizer's (payer's) region. ``relation`` is the beneficiary's relation to the
authorizer. ``existing`` may hold any bindings of the family; only the authorizer's count, and the
one with ``binding_id`` (when re-checking a stored binding) is ignored. The proposed period is
``[start or on, end]``; an active or pending binding of the same authorizer to another person that
overlaps it counts against ``binding.max_beneficiaries`` (F-T1). Pending ones count too: once
approved they would hold the slot, so the check stays on the safe side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import vocab
from .explain import Reason, labels, register, sources_of
from .model import BindingTerm, Person
from .policy import RegionPolicy, Row, Sourced

PURPOSES = ("bind", "wallet")
HOLDING_STATUSES = ("active", "pending")
_WHAT = {"bind": ("家庭共济绑定", "a family-sharing binding"), "wallet": ("医保钱包转账", "wallet transfers")}

CODES = register({  # every reason code this module can give
    "same_person": ("授权人和被授权人是同一个人。", "The authorizer and the beneficiary are the same person."),
    "relation_excluded": (
        "{relation}不能作为{what}的对象（明确排除：{excluded}）。",
        "A {relation} cannot be the other side of {what} (expressly excluded: {excluded}).",
    ),
    "relation_not_allowed": (
        "{relation}不在{what}允许的亲属范围内；允许的是：{allowed}。",
        "A {relation} is not among the relatives allowed for {what}; allowed: {allowed}.",
    ),
    "authorizer_insurance": (
        "付款一方参加的是{insurance}；只有{allowed}的参保人才能拿个人账户给家人用。",
        "The paying side has {insurance}; only people with {allowed} can share their personal account.",
    ),
    "beneficiary_insurance": (
        "家人参加的是{insurance}；{what}要求家人参加{allowed}。",
        "The relative has {insurance}; {what} needs the relative to have {allowed}.",
    ),
    "beneficiary_status": (
        "家人目前处于“{status}”状态，不能使用共济资金；先恢复正常参保。",
        "The relative is currently “{status}” and cannot use shared funds; restore the insurance first.",
    ),
    "outside_area": (
        "家人的参保地（{there}）不在允许范围内：{scope}（授权人在 {here}）。",
        "The relative's insured place ({there}) is outside the allowed area: {scope} (authorizer in {here}).",
    ),
    "one_at_a_time": (
        "本地规定每位授权人同一时间最多授权{max}位家人；这段时间已有有效或审核中的绑定（编号 {binding_ids}）。"
        "先终止它，或让新的授权在它结束之后开始。",
        "Here an authorizer may have at most {max} beneficiary at a time; an active or pending binding already "
        "covers this period (no. {binding_ids}). End it first, or start the new one after it ends.",
    ),
    "already_bound": (
        "这两人之间在这段时间已有有效或审核中的绑定（编号 {binding_ids}）。",
        "These two already have an active or pending binding for this period (no. {binding_ids}).",
    ),
    "missing_dates": (
        "本地办理时要填写授权的开始和结束日期，请补上。",
        "The local channel asks for the authorization's start and end dates; please fill them in.",
    ),
    "end_before_start": (
        "结束日期 {end} 早于开始日期 {start}。", "The end date {end} is before the start date {start}.",
    ),
    "missing_amount": (
        "本地办理时要填写授权额度（最多可用多少钱），请补上。",
        "The local channel asks for the authorized amount (how much may be used); please fill it in.",
    ),
    "amount_not_positive": (
        "授权额度必须大于0，现在是 {amount_fen}。", "The authorized amount must be above zero; it is {amount_fen}.",
    ),
    "grounds_relation": (
        "{relation}在{what}允许的亲属范围内。", "A {relation} is among the relatives allowed for {what}.",
    ),
    "grounds_area": (
        "家人的参保地（{there}）在允许范围内：{scope}。", "The relative's insured place ({there}) is within the allowed "
        "area: {scope}.",
    ),
    "grounds_several": (
        "一人可以与多人建立共济关系，已有的其他绑定不影响这一个。",
        "One person may share with several people; other bindings do not stand in the way of this one.",
    ),
    "asks_dates": ("办理时要填写授权开始和结束日期。", "The channel will ask for the start and end dates."),
    "asks_amount": ("办理时要填写授权额度。", "The channel will ask for the authorized amount."),
    "asks_consent": (
        "授权人本人要确认同意家人使用个人账户余额。",
        "The authorizer must agree to let the relative use the balance.",
    ),
    "asks_review": (
        "通过“{channel}”办理后要等待审核通过才生效。",
        "Through “{channel}” the binding takes effect only after a review.",
    ),
    "asks_open_wallet": (
        "双方都要先在“{channel}”开通医保钱包。", "Both sides must first open a wallet in “{channel}”.",
    ),
    "asks_wallet_limits": (
        "每个钱包每天最多转{count}笔，每笔不超过{max_fen}，{blackout_start}—{blackout_end}不能转账（北京时间）。",
        "Each wallet may make at most {count} transfers a day, each at most {max_fen}, none between "
        "{blackout_start} and {blackout_end} (China time).",
    ),
})


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The verdict: allowed or not, every reason, and what the channels will ask for."""

    purpose: str
    allowed: bool
    reasons: tuple[Reason, ...]
    asks: tuple[Reason, ...]
    channels: tuple[Row, ...]
    grounds: tuple[Reason, ...] = ()  # when allowed: the rules that allow it, with their facts (e.g. F-N6)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


def _in_scope(scope: str, here: str, there: str) -> bool:
    if scope == "same_region":
        return here == there
    if scope == "province":
        return here[:2] == there[:2]
    return True


def check_binding(
    authorizer: Person,
    beneficiary: Person,
    relation: str,
    policy: RegionPolicy,
    *,
    on: dt.date,
    existing: Sequence[BindingTerm] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    amount_fen: int | None = None,
    purpose: str = "bind",
    binding_id: int | None = None,
    place_name: Callable[[str], tuple[str, str]] | None = None,
) -> Eligibility:
    """Every reason the binding (or wallet relation) is not allowed, or what the channel asks for."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}; expected one of {', '.join(PURPOSES)}")
    if relation not in vocab.RELATIONS:
        raise ValueError(f"unknown relation {relation!r}")
    wallet = purpose == "wallet"
    sec = "wallet" if wallet else "binding"
    what = _WHAT[purpose]
    reasons: list[Reason] = []
    rel_label = vocab.RELATIONS[relation]

    if authorizer.id == beneficiary.id:
        reasons.append(Reason("same_person"))

    excluded = None if wallet else policy.rule("binding", "excluded_relations")
    allowed_rel = policy.rule(sec, "relations")
    if excluded is not None and relation in excluded.value:
        reasons.append(Reason("relation_excluded", sources_of(excluded), {
            "relation": rel_label, "what": what, "excluded": labels(vocab.RELATIONS, excluded.value)}))
    elif allowed_rel is not None and relation not in allowed_rel.value:
        reasons.append(Reason("relation_not_allowed", sources_of(allowed_rel), {
            "relation": rel_label, "what": what, "allowed": labels(vocab.RELATIONS, allowed_rel.value)}))

    payer = policy.rule(sec, "payer_insurance" if wallet else "authorizer_insurance")
    if payer is not None and authorizer.insurance not in payer.value:
        reasons.append(Reason("authorizer_insurance", sources_of(payer), {
            "insurance": vocab.INSURANCE_TYPES.get(authorizer.insurance, (authorizer.insurance,) * 2),
            "allowed": labels(vocab.INSURANCE_TYPES, payer.value)}))

    taker = policy.rule(sec, "recipient_insurance" if wallet else "beneficiary_insurance")
    not_insured = beneficiary.insurance not in taker.value if taker is not None else False
    if wallet and beneficiary.status == "uninsured":
        not_insured = True  # F-W3: the relative must be in basic insurance where they live
    if not_insured:
        reasons.append(Reason("beneficiary_insurance", sources_of(taker), {
            "insurance": vocab.INSURANCE_TYPES.get(beneficiary.insurance, (beneficiary.insurance,) * 2),
            "what": what,
            "allowed": labels(vocab.INSURANCE_TYPES, taker.value if taker is not None else ())}))

    if not wallet:
        blocking = policy.rule("binding", "blocking_statuses")
        if blocking is not None and beneficiary.status in blocking.value:
            reasons.append(Reason("beneficiary_status", sources_of(blocking), {
                "status": vocab.STATUSES.get(beneficiary.status, (beneficiary.status,) * 2)}))

    def named(code: str) -> tuple[str, str] | str:
        """A place in words ("上海市"), not its code, in a sentence."""
        return place_name(code) if place_name is not None else code

    scope = policy.rule(sec, "scope")
    if scope is not None and not _in_scope(scope.value, authorizer.region_code, beneficiary.region_code):
        reasons.append(Reason("outside_area", sources_of(scope), {
            "scope": vocab.SCOPES[scope.value], "here": named(authorizer.region_code),
            "there": named(beneficiary.region_code)}))

    if not wallet:
        reasons.extend(_period_reasons(authorizer, beneficiary, policy, on, existing, start, end,
                                       amount_fen, binding_id))

    asks = () if reasons else _asks(policy, purpose)
    grounds = () if reasons else _grounds(policy, sec, what, rel_label, beneficiary.region_code, scope, allowed_rel)
    return Eligibility(purpose, not reasons, tuple(reasons), asks, _channels(policy, purpose), grounds)


def _grounds(policy: RegionPolicy, sec: str, what: tuple[str, str], rel_label: tuple[str, str], there: str,
             scope: Sourced | None, allowed_rel: Sourced | None) -> tuple[Reason, ...]:
    """The pack values that allow what was asked, each with its fact ID."""
    out = []
    if allowed_rel is not None:
        out.append(Reason("grounds_relation", sources_of(allowed_rel), {"relation": rel_label, "what": what}))
    if scope is not None:
        out.append(Reason("grounds_area", sources_of(scope), {"there": there, "scope": vocab.SCOPES[scope.value]}))
    most = policy.rule("binding", "max_beneficiaries") if sec == "binding" else None
    if most is not None and most.value is None:
        out.append(Reason("grounds_several", sources_of(most)))
    return tuple(out)


def _period_reasons(authorizer: Person, beneficiary: Person, policy: RegionPolicy, on: dt.date,
                    existing: Sequence[BindingTerm], start: dt.date | None, end: dt.date | None,
                    amount_fen: int | None, binding_id: int | None) -> list[Reason]:
    """One-at-a-time, duplicates, and the form's dates and amount."""
    out: list[Reason] = []
    p_start = start or on
    holding = [b for b in existing
               if b.authorizer_id == authorizer.id and b.id != binding_id
               and b.status in HOLDING_STATUSES and b.overlaps(p_start, end)]
    most = policy.rule("binding", "max_beneficiaries")
    others = [b for b in holding if b.beneficiary_id != beneficiary.id]
    if most is not None and most.value is not None and len({b.beneficiary_id for b in others}) >= most.value:
        out.append(Reason("one_at_a_time", sources_of(most), {
            "max": most.value, "binding_ids": ", ".join(str(b.id) for b in others)}))
    same = [b for b in holding if b.beneficiary_id == beneficiary.id]
    if same:
        out.append(Reason("already_bound", (), {"binding_ids": ", ".join(str(b.id) for b in same)}))

    dates = policy.rule("binding", "requires_dates")
    if dates is not None and dates.value and (start is None or end is None):
        out.append(Reason("missing_dates", sources_of(dates)))
    if start is not None and end is not None and end < start:
        out.append(Reason("end_before_start", sources_of(dates), {"start": start, "end": end}))
    amount = policy.rule("binding", "requires_amount")
    if amount is not None and amount.value and amount_fen is None:
        out.append(Reason("missing_amount", sources_of(amount)))
    if amount_fen is not None and amount_fen <= 0:
        out.append(Reason("amount_not_positive", sources_of(amount), {"amount_fen": amount_fen}))
    return out


def _channels(policy: RegionPolicy, purpose: str) -> tuple[Row, ...]:
    wanted = ("open_wallet", "transfer") if purpose == "wallet" else ("bind",)
    return tuple(r for r in policy.channels() if any(p in r["purposes"] for p in wanted))


def _asks(policy: RegionPolicy, purpose: str) -> tuple[Reason, ...]:
    """What the official channel will want, with the facts that say so."""
    out: list[Reason] = []
    channels = _channels(policy, purpose)
    if purpose == "wallet":
        for row in channels:
            if "open_wallet" in row["purposes"]:
                out.append(Reason("asks_open_wallet", sources_of(row), {"channel": row["name"]}))
        count, most = policy.rule("wallet", "daily_count"), policy.rule("wallet", "max_per_transfer_fen")
        b_start, b_end = policy.rule("wallet", "blackout_start"), policy.rule("wallet", "blackout_end")
        if count and most and b_start and b_end:
            out.append(Reason("asks_wallet_limits", sources_of(count, most, b_start, b_end), {
                "count": count.value, "max_fen": most.value,
                "blackout_start": b_start.value, "blackout_end": b_end.value}))
        return tuple(out)
    for name, code in (("requires_dates", "asks_dates"), ("requires_amount", "asks_amount"),
                       ("requires_consent", "asks_consent")):
        rule = policy.rule("binding", name)
        if rule is not None and rule.value:
            out.append(Reason(code, sources_of(rule)))
    for row in channels:
        if row.get("review"):
            out.append(Reason("asks_review", sources_of(row), {"channel": row["name"]}))
    return tuple(out)
