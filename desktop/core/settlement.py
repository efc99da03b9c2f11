"""Who pays the personal share of a visit: ordered allocation lines that add up exactly.

The order is the beneficiary's region's ``payment.order`` (own account → wallet → family → cash by
default, F-G6): the own personal account first, the wallet where the region puts it, then every
bound family account **in registration (备案) order**, and cash for whatever is left. A family
account pays only when all of these hold on the visit date:

* 共济 may pay this care type (``payment.covered_care``) and the beneficiary's insurance status is
  not blocking (``binding.blocking_statuses``);
* the binding is active (not draft/pending/rejected, not terminated — ``binding.terminable``) and
  the date lies within its start and end (end inclusive);
* money is left under the authorized amount (``amount_cap_fen`` minus what was already drawn);
* the authorizer's balance is above the reserve floor of the **authorizer's** region
  (``binding.reserve_floor_fen``; only the part above it is usable).

The beneficiary's blocking status and the covered care types stop only family (共济) money (F-T11,
F-T12); the own account and the wallet still pay. Sources that were passed over are listed in
``skipped`` with the reason, so a family can see why.
The wallet is the beneficiary's own 医保钱包 balance; it is skipped when the hospital does not take
it (F-W7). Balances and usage are read, never changed: apply the lines once the visit is saved.

Public API::

    settle(beneficiary: Person, personal_fen: int, on: date, care: str, policy: RegionPolicy, *,
           accounts: Mapping[PersonId, int], wallet_fen: int = 0,
           bindings: Sequence[BindingTerm] = (), used_fen: Mapping[int, int] = {},
           people: Mapping[PersonId, Person] = {},
           policy_for: Callable[[str], RegionPolicy] | None = None,
           wallet_accepted: bool = True, order: Sequence[str] | None = None) -> Settlement
    payment_order(policy, wallet_position="region") -> tuple[str, ...]   # the order, wallet moved if asked
    WALLET_POSITIONS = ("region", "before_family", "after_family")
    Settlement(personal_fen, lines: tuple[Line, ...], skipped: tuple[Skip, ...])
        .cash_fen  .paid_by(source) -> int  .drawn() -> dict[PersonId, int]   # personal accounts
        .by_binding() -> dict[int, int]  .wallet_fen
    Line(source, account_id, binding_id, amount_fen, reason)   .code .text_zh .text_en .sources
    Skip(source, account_id, binding_id, reason)               .code .text_zh .text_en .sources
    SOURCES = ("own", "wallet", "family", "cash")

``accounts`` holds personal-account balances on the visit date (the beneficiary's own and each
authorizer's). ``used_fen`` is what each binding has already paid (binding id → fen). ``people`` and
``policy_for`` (e.g. ``Registry.resolve_insured_place``) find the authorizer's region for its floor;
without them the beneficiary's ``policy`` is used. Cash always takes the remainder, last.
``order`` replaces the region's ``payment.order`` (the sources do not say where the wallet sits, SEED-FACTS §5:
a family may move it; :func:`payment_order` builds such an order).

The reason codes are in :mod:`desktop.core.settlement_codes`, the result types in
:mod:`desktop.core.settlement_lines`; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from . import vocab
from .explain import Reason, labels, sources_of
from .memo import table
from .model import BindingTerm, Person, PersonId, QuotaTerm, registration_key
from .policy import RegionPolicy
from .settlement_codes import CODES  # noqa: F401  (re-exported: read here by the tests)
from .settlement_lines import Line, Settlement, Skip

SOURCES = ("own", "wallet", "family", "cash")
_NOTHING: Mapping = {}
WALLET_POSITIONS = ("region", "before_family", "after_family")  # where the family says the wallet pays
_QUOTA_SRC = ("F-N11",)
_AUTO_END_SRC = ("F-N9",)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The settlement rules of one region, read from its pack once."""

    order: tuple[str, ...]
    order_src: tuple[str, ...]
    covered: frozenset[str]
    covered_keys: tuple[str, ...]
    covered_src: tuple[str, ...]
    blocking: frozenset[str]
    blocking_src: tuple[str, ...]
    floor: int
    floor_src: tuple[str, ...]
    terminate_src: tuple[str, ...]
    consent_src: tuple[str, ...]
    dates_src: tuple[str, ...]
    amount_src: tuple[str, ...]


_last: tuple = (None, None)  # the last (policy, rules): consecutive visits nearly always share a region


def _rules(policy: RegionPolicy) -> _Rules:
    global _last
    last = _last  # one read of an immutable pair: safe if another thread replaces it
    if last[0] is policy:
        return last[1]
    memo = table(policy, "settlement")
    hit = memo.get("rules")
    if hit is not None:
        _last = (policy, hit)
        return hit
    order = policy.rule("payment", "order")
    covered = policy.rule("payment", "covered_care")
    blocking = policy.rule("binding", "blocking_statuses")
    floor = policy.rule("binding", "reserve_floor_fen")
    keys = covered.value if covered is not None else tuple(vocab.CARE_TYPES)
    r = _Rules(
        order=order.value if order is not None else SOURCES, order_src=_chain_sources(policy, "payment", "order"),
        covered=frozenset(keys), covered_keys=keys, covered_src=sources_of(covered),
        blocking=frozenset(blocking.value if blocking is not None else ()), blocking_src=sources_of(blocking),
        floor=floor.value if floor is not None else 0, floor_src=sources_of(floor),
        terminate_src=sources_of(policy.rule("binding", "terminable")),
        consent_src=sources_of(policy.rule("binding", "requires_consent")),
        dates_src=sources_of(policy.rule("binding", "requires_dates")),
        amount_src=sources_of(policy.rule("binding", "requires_amount")),
    )
    memo["rules"] = r
    _last = (policy, r)
    return r


def _chain_sources(policy: RegionPolicy, section: str, name: str) -> tuple[str, ...]:
    """Fact IDs of a rule in every pack of the chain, nearest first (a city refines the national order)."""
    return sources_of(*(p.values.get(section, {}).get(name) for p in policy.chain))


def settle(
    beneficiary: Person,
    personal_fen: int,
    on: dt.date,
    care: str,
    policy: RegionPolicy,
    *,
    accounts: Mapping[PersonId, int],
    wallet_fen: int = 0,
    bindings: Sequence[BindingTerm] = (),
    used_fen: Mapping[int, int] = _NOTHING,
    people: Mapping[PersonId, Person] = _NOTHING,
    policy_for: Callable[[str], RegionPolicy] | None = None,
    wallet_accepted: bool = True,
    order: Sequence[str] | None = None,
    quotas: Sequence[QuotaTerm] = (),
    locked: Mapping[PersonId, int] = _NOTHING,
) -> Settlement:
    """Split ``personal_fen`` into ordered lines (own → wallet → family in 备案 order → cash, or ``order``).

    ``quotas`` are the 共济额度 set for the beneficiary (F-N11); they pay right after the own account (unless
    ``order`` places "quota"). ``locked`` is what each account holder has set aside as quotas for others: not
    theirs to spend, nor any binding's to draw.
    """
    if personal_fen < 0:
        raise ValueError("a personal share cannot be negative")
    rules = _rules(policy)
    need = personal_fen
    lines: list[Line] = []
    skipped: list[Skip] = []
    me = beneficiary.id
    whole = accounts
    if locked:
        accounts = {who: bal - min(max(0, bal), locked.get(who, 0)) for who, bal in accounts.items()}
    steps = tuple(rules.order if order is None else order)
    if quotas and "quota" not in steps:
        at = steps.index("own") + 1 if "own" in steps else 0
        steps = (*steps[:at], "quota", *steps[at:])
    for source in steps:
        if source == "quota":
            need = _quotas(need, quotas, whole, people, lines, skipped)
            continue
        if need == 0:
            break
        if source == "own":
            bal = accounts.get(me, 0)
            held = locked.get(me, 0)
            if bal <= 0:
                if held > 0:
                    skipped.append(Skip("own", me, None, Reason("own_all_locked", _QUOTA_SRC, {"locked_fen": held})))
                else:
                    skipped.append(Skip("own", me, None, Reason("own_empty", rules.order_src)))
                continue
            take = need if need < bal else bal
            if held > 0:
                reason = Reason("own_account_locked", rules.order_src + _QUOTA_SRC,
                                {"amount_fen": take, "balance_fen": bal, "locked_fen": held})
            else:
                reason = Reason("own_account", rules.order_src, {"amount_fen": take, "balance_fen": bal})
            lines.append(Line("own", me, None, take, reason))
            need -= take
        elif source == "wallet":
            if not wallet_accepted:
                skipped.append(Skip("wallet", me, None, Reason("wallet_not_accepted")))
                continue
            if wallet_fen <= 0:
                skipped.append(Skip("wallet", me, None, Reason("wallet_empty", rules.order_src)))
                continue
            take = need if need < wallet_fen else wallet_fen
            lines.append(Line("wallet", me, None, take, Reason("wallet_pays", rules.order_src,
                                                                 {"amount_fen": take, "balance_fen": wallet_fen})))
            need -= take
        elif source == "family":
            need = _family(beneficiary, need, on, care, rules, accounts, bindings, used_fen, people,
                           policy_for, lines, skipped)
    if need:
        # a relationship that ended by itself (F-N9) is why cash pays: the stored line says so (the visit's
        # explanation keeps its lines, not what was passed over)
        ended = [k for k in skipped if k.code in ("binding_auto_ended", "quota_auto_ended")]
        if ended:
            why = " ".join(k.text_zh for k in ended), " ".join(k.text_en for k in ended)
            reason = Reason("cash_rest_ended", rules.order_src + _AUTO_END_SRC, {"amount_fen": need, "why": why})
        else:
            reason = Reason("cash_rest", rules.order_src, {"amount_fen": need})
        lines.append(Line("cash", None, None, need, reason))
    return Settlement(personal_fen, tuple(lines), tuple(skipped))


def payment_order(policy: RegionPolicy, wallet_position: str = "region") -> tuple[str, ...]:
    """The region's payment order, with the wallet just before or just after family money when the family
    says so (``WALLET_POSITIONS``; "region" keeps the pack's order)."""
    if wallet_position not in WALLET_POSITIONS:
        raise ValueError(f"unknown wallet position {wallet_position!r}; expected one of {WALLET_POSITIONS}")
    order = tuple(_rules(policy).order)
    if wallet_position == "region" or "family" not in order:
        return order
    rest = [s for s in order if s != "wallet"]
    at = rest.index("family") + (wallet_position == "after_family")
    return (*rest[:at], "wallet", *rest[at:])


def _name(people: Mapping[PersonId, Person], pid: PersonId) -> str:
    p = people.get(pid)
    return p.name if p is not None else f"#{pid}"


def _quotas(need: int, quotas: Sequence[QuotaTerm], whole: Mapping[PersonId, int],
            people: Mapping[PersonId, Person], lines: list[Line], skipped: list[Skip]) -> int:
    """Draw on the quotas set for the beneficiary (in the order they were set); ended ones are said, not drawn.

    A quota draws what is left of it, no more than the payer's whole balance (``whole``: the locked part
    included — that part is there for this).
    """
    taken: dict[PersonId, int] = {}
    for q in sorted(quotas, key=lambda q: q.id):
        name = _name(people, q.payer_id)
        if q.state != "standing":
            if q.end_day is None:
                continue
            if q.state == "auto_ended" and q.end_why is not None:
                skipped.append(Skip("quota", q.payer_id, None, Reason("quota_auto_ended", _QUOTA_SRC + _AUTO_END_SRC, {
                    "who": _name(people, q.end_why[0]), "why": vocab.COVERAGE_ENDS.get(q.end_why[1], ("", "")),
                    "day": q.end_day, "name": name, "left_fen": q.left_fen}), q.id))
            else:
                skipped.append(Skip("quota", q.payer_id, None, Reason("quota_ended", _QUOTA_SRC, {
                    "day": q.end_day, "name": name, "left_fen": q.left_fen}), q.id))
            continue
        if need == 0:
            continue
        if q.left_fen <= 0:
            skipped.append(Skip("quota", q.payer_id, None, Reason("quota_used_up", _QUOTA_SRC, {
                "name": name, "amount_fen": q.amount_fen}), q.id))
            continue
        room = whole.get(q.payer_id, 0) - taken.get(q.payer_id, 0)
        if room <= 0:
            skipped.append(Skip("quota", q.payer_id, None, Reason("quota_payer_empty", _QUOTA_SRC, {"name": name}),
                                q.id))
            continue
        take = min(need, q.left_fen, room)
        lines.append(Line("quota", q.payer_id, None, take, Reason("quota_pays", _QUOTA_SRC, {
            "name": name, "amount_fen": take, "left_fen": q.left_fen - take}), q.id))
        taken[q.payer_id] = taken.get(q.payer_id, 0) + take
        need -= take
    return need


def _family(beneficiary: Person, need: int, on: dt.date, care: str, rules: _Rules,
            accounts: Mapping[PersonId, int], bindings: Sequence[BindingTerm],
            used_fen: Mapping[int, int], people: Mapping[PersonId, Person],
            policy_for: Callable[[str], RegionPolicy] | None,
            lines: list[Line], skipped: list[Skip]) -> int:
    """Draw from bound family accounts in registration order; return what is still needed."""
    mine = [b for b in bindings if b.beneficiary_id == beneficiary.id and b.authorizer_id != beneficiary.id]
    if not mine:
        return need
    if care not in rules.covered:
        skipped.append(Skip("family", None, None, Reason("care_not_covered", rules.covered_src, {
            "care": vocab.CARE_TYPES.get(care, (care, care)),
            "covered": labels(vocab.CARE_TYPES, rules.covered_keys)})))
        return need
    if beneficiary.status in rules.blocking:
        skipped.append(Skip("family", None, None, Reason("beneficiary_blocked", rules.blocking_src, {
            "status": vocab.STATUSES.get(beneficiary.status, (beneficiary.status,) * 2)})))
        return need
    if len(mine) > 1:
        mine.sort(key=registration_key)
    left_in: dict[PersonId, int] = {}  # balances after earlier lines of this settlement
    rank = 0
    for b in mine:
        if need == 0:
            break
        rank += 1
        who = b.authorizer_id
        name = _name(people, who)
        if b.ended_on is not None and on >= b.ended_on and b.status == "active":
            why = b.ended_why or (who, "ended")
            skipped.append(Skip("family", who, b.id, Reason("binding_auto_ended", _AUTO_END_SRC, {
                "who": _name(people, why[0]), "why": vocab.COVERAGE_ENDS.get(why[1], ("", "")), "day": b.ended_on,
                "name": name})))
            continue
        if b.status != "active":
            if b.status == "terminated":
                reason = Reason("binding_terminated", rules.terminate_src, {"name": name})
            else:
                reason = Reason("binding_not_active", rules.consent_src, {
                    "name": name, "status": vocab.BINDING_STATUSES.get(b.status, (b.status, b.status))})
            skipped.append(Skip("family", who, b.id, reason))
            continue
        if b.start is not None and on < b.start:
            skipped.append(Skip("family", who, b.id, Reason("binding_not_started", rules.dates_src, {
                "name": name, "start": b.start, "day": on})))
            continue
        if b.end is not None and on > b.end:
            skipped.append(Skip("family", who, b.id, Reason("binding_ended", rules.dates_src, {
                "name": name, "end": b.end, "day": on})))
            continue
        cap = b.amount_cap_fen
        room = None
        if cap is not None:
            room = cap - used_fen.get(b.id, 0)
            if room <= 0:
                skipped.append(Skip("family", who, b.id, Reason("authorization_used", rules.amount_src, {
                    "name": name, "cap_fen": cap})))
                continue
        bal = left_in.get(who)
        if bal is None:
            bal = accounts.get(who, 0)
        floor, floor_src = _floor_of(who, rules, people, policy_for)
        above = bal - floor
        if above <= 0:
            if floor > 0:
                reason = Reason("at_floor", floor_src, {"name": name, "balance_fen": bal, "floor_fen": floor})
            else:
                reason = Reason("account_empty", (), {"name": name})
            skipped.append(Skip("family", who, b.id, reason))
            continue
        take = need if need < above else above
        if room is not None and room < take:
            take = room
        if take == need:
            code = "family_pays"
        elif take == room:
            code = "family_pays_to_cap"
        else:
            code = "family_pays_to_floor" if floor > 0 else "family_pays_all"
        src = rules.order_src
        if code == "family_pays_to_floor":
            src = src + floor_src
        elif code == "family_pays_to_cap":
            src = src + rules.amount_src
        lines.append(Line("family", who, b.id, take, Reason(code, src, {
            "rank": rank, "name": name, "amount_fen": take, "balance_fen": bal, "floor_fen": floor,
            "cap_fen": cap if cap is not None else 0})))
        left_in[who] = bal - take
        need -= take
    return need


def _floor_of(who: PersonId, rules: _Rules, people: Mapping[PersonId, Person],
              policy_for: Callable[[str], RegionPolicy] | None) -> tuple[int, tuple[str, ...]]:
    """The reserve floor of the authorizer's own region (falls back to the beneficiary's)."""
    person = people.get(who)
    if person is None or policy_for is None:
        return rules.floor, rules.floor_src
    r = _rules(policy_for(person.region_code))
    return r.floor, r.floor_src
