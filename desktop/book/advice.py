"""What to do instead, when the rules say no: derived from the refusal codes and the family's data.

No region is named here. A one-at-a-time refusal (``binding.max_beneficiaries``) offers to end the
binding in the way (when the pack says bindings are ``terminable``) or to start after it ends; a
relation, insurance or area refusal looks for another family member the rules do allow; and where
both sides qualify for the 医保钱包 under the pack's ``wallet`` rules, a transfer is offered. Each
suggestion cites the pack values it rests on. The book decides what to suggest; the guide (``ui/guide``)
only renders the text and wires each ``action`` to a button.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.book.views import Refused
from desktop.core import rules, vocab
from desktop.core.explain import Reason, labels, register
from desktop.core.terms import BindingRules, WalletAccess

if TYPE_CHECKING:
    from desktop.book.facade import FamilyBook

# Reasons about the form (dates, amount) rather than the people: the user fixes them in place.
FORM_CODES = frozenset({"missing_dates", "missing_amount", "end_before_start", "amount_not_positive",
                        "quota_not_positive", "quota_over_usable"})  # the last two: the quota form's amount
_PEOPLE_CODES = frozenset({"one_at_a_time", "relation_excluded", "relation_not_allowed", "authorizer_insurance",
                           "outside_area"})
_WALLET_HELPS = frozenset({"one_at_a_time", "relation_excluded", "relation_not_allowed", "outside_area"})

register({
    "advice_terminate": (
        "先终止{authorizer}给{beneficiary}的绑定（编号 {binding_id}）：授权人可以随时终止，终止后立即失效。",
        "End binding no. {binding_id} ({authorizer} for {beneficiary}) first: the authorizer may end it at any "
        "time and it stops at once.",
    ),
    "advice_wait_review": (
        "{authorizer}给{beneficiary}的绑定（编号 {binding_id}）还在审核中；如果审核没通过，在“共济绑定”页标记后再办。",
        "Binding no. {binding_id} ({authorizer} for {beneficiary}) is still under review; if it does not pass, "
        "mark it on the Bindings page and try again.",
    ),
    "advice_start_after": (
        "或者让新的授权从 {start} 开始，也就是现在的绑定结束（{end}）之后。",
        "Or let the new authorization start on {start}, after the current binding ends ({end}).",
    ),
    "advice_wallet": (
        "或者改用医保钱包转账：{payer}和{recipient}都符合钱包转账的条件，钱可以直接转进{recipient}的医保钱包。",
        "Or use a wallet transfer instead: {payer} and {recipient} both qualify, so money can go straight into "
        "{recipient}'s insurance wallet.",
    ),
    "advice_other_authorizer": (
        "可以改由{name}（{insurance}）来授权：{beneficiary}是{name}的{relation}，符合本地规定。",
        "{name} ({insurance}) could authorize instead: {beneficiary} is {name}'s {relation}, which the local "
        "rules allow.",
    ),
    "advice_other_payer": (
        "可以改由{name}（{insurance}）转账给{recipient}：两人符合钱包转账的条件。",
        "{name} ({insurance}) could send the money to {recipient} instead: the two qualify for wallet transfers.",
    ),
    "advice_bind_instead": (
        "也可以办理家庭共济绑定：{authorizer}的个人账户可以直接替{beneficiary}付钱。",
        "A family binding is also possible: {authorizer}'s personal account can pay for {beneficiary} directly.",
    ),
    "advice_already_bound": (
        "{authorizer}和{beneficiary}之间已经有绑定（编号 {binding_ids}），不用再办；可以在“共济绑定”页查看。",
        "{authorizer} and {beneficiary} already have a binding (no. {binding_ids}); nothing more to do. See the "
        "Bindings page.",
    ),
    "advice_restore_status": (
        "先为{name}恢复正常参保（补缴欠费或恢复参保），在“家庭成员”页改好状态，再回来继续；这个向导的进度已经保存。",
        "First restore {name}'s insurance (pay what is owed or resume it) and update the status on the Family "
        "page, then come back; this guide's progress is saved.",
    ),
    "advice_enrol": (
        "{name}要先参加{allowed}，然后再来办理。",
        "{name} first needs {allowed}; then come back and do this.",
    ),
    "advice_has_others": (
        "{beneficiary}已经有{authorizers}的账户在替他（她）付钱（绑定编号 {binding_ids}），可以在“共济绑定”页查看。",
        "{beneficiary} already has {authorizers}'s account paying (binding no. {binding_ids}); see the Bindings page.",
    ),
    "rules_newer_applied": (
        "{day} 适用的规定：{region}原有的地方规定与 {since} 起的国家新规定不一致，这里按国家新规定判断。"
        "如果当地经办机构仍按地方规定办理，可在“设置”里为{region}改为沿用地方规定。",
        "Rules on {day}: {region}'s older local rules differ from the national rules in force since {since}; "
        "this check follows the national rules. If your local office still applies its own rules, "
        "switch {region} to its local rules in Settings.",
    ),
    "rules_local_applied": (
        "{day} 适用的规定：按“设置”里的选择，{region}沿用原有的地方规定，没有采用 {since} 起的国家新规定。",
        "Rules on {day}: as chosen in Settings, {region} keeps its older local rules rather than the "
        "national rules in force since {since}.",
    ),
    "advice_quota_instead": (
        "{day} 医保钱包按“共济额度”方式共济：{payer}可以给{recipient}设共济额度，钱不转走，{recipient}看病时先用自己的"
        "账户、再用这份额度。",
        "On {day} the wallet shares by family quota: {payer} can set a quota for {recipient} instead; no money moves, "
        "and {recipient}'s visits draw on it after {recipient}'s own account.",
    ),
    "advice_transfer_instead": (
        "{day} 医保钱包按“钱包转账”方式共济：可以改用钱包转账，把钱转进{recipient}的医保钱包。",
        "On {day} the wallet shares by transfers: send money into {recipient}'s wallet instead.",
    ),
    "sharing_rules_applied": (
        "{day} 适用的规定：医保钱包按“{model}”方式共济，这是当天施行的规定。",
        "Rules on {day}: the wallet shares by {model}, as the rules in force that day say.",
    ),
    "sharing_family_applied": (
        "{day} 适用的规定：医保钱包按“{model}”方式共济，这是家庭在“医保钱包”页的选择；当天施行的规定是“{rules_model}”。",
        "Rules on {day}: the wallet shares by {model}, as the family chose on the Wallet page; the rules in force "
        "that day say {rules_model}.",
    ),
    "advice_ask_office": (
        "家里暂时没有别的办法。可以带上身份证和医保卡，到当地医保经办机构问一问。",
        "There is no other way within the family for now. Take the ID card and insurance card to the local "
        "medical-insurance office and ask.",
    ),
})


def rules_applied(policy, day: dt.date) -> Reason | None:
    """Which rule the verdict applied where a newer national version meets older local rules, or None."""
    if not policy.conflicts:
        return None
    cs = policy.conflicts
    local = sorted({c.local.source for c in cs})
    newer = sorted({c.newer.source for c in cs})
    since = min(c.newer.since for c in cs if c.newer.since)
    code = "rules_local_applied" if cs[0].applied == "local" else "rules_newer_applied"
    used = local if code == "rules_local_applied" else newer
    # the fact IDs of the rules applied are the reason's sources: shown on the "Source" line, not in the sentence
    return Reason(code, tuple(used), {"day": day, "region": policy.name, "since": since})


def binding_rules_applied(book: FamilyBook, authorizer_id: int, day: dt.date | None = None) -> Reason | None:
    """The line the guide shows under its verdict: which of the conflicting rules it applied on ``day``."""
    day = day or book.today()
    a = book.member(authorizer_id)
    return rules_applied(book.registry.rules_on(a.region_code, day, book.local_rules()), day)


@dataclass(frozen=True)
class Suggestion:
    """One thing the family can do instead; ``action`` is what the wizard's button does."""

    reason: Reason
    action: str | None = None  # terminate, start_after, use_wallet, use_bind, use_authorizer, show_bindings
    target: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.reason.code

    @property
    def sources(self) -> tuple[str, ...]:
        return self.reason.sources

    def text(self, lang: str = "zh") -> str:
        return self.reason.text(lang)


def blocking(reasons) -> list:
    """The reasons about the people (not about the form's dates and amount)."""
    return [r for r in reasons if r.code not in FORM_CODES]


def wallet_refusals(book: FamilyBook, payer_id: int, recipient_id: int, day: dt.date | None = None) -> tuple:
    """Why ``payer`` may not send wallet money to ``recipient`` at all (relation, insurance, area), by the
    rules of ``day`` (default today).

    The day's count, the hour, the amount and the balance are checked later, when the amount is known.
    """
    noon = dt.datetime.combine(day or book.today(), dt.time(12, 0))
    verdict = book.check_transfer(payer_id, recipient_id, 1, noon)
    return tuple(r for r in verdict.reasons if r.code in rules.CODES)


def wallet_asks(book: FamilyBook, payer_id: int, recipient_id: int, day: dt.date | None = None) -> tuple:
    """What the wallet channels will ask for (open both wallets, the limits), from the pack of ``day``."""
    noon = dt.datetime.combine(day or book.today(), dt.time(12, 0))
    return tuple(book.check_transfer(payer_id, recipient_id, 1, noon).asks)


def binding_refusals(book: FamilyBook, authorizer_id: int, beneficiary_id: int, start=None, end=None, amount_fen=None):
    """Blocking reasons for a binding, or None when the relation cannot be told."""
    try:
        verdict = book.check_binding(authorizer_id, beneficiary_id, start=start, end=end,
                                     amount_cap_fen=amount_fen)
    except Refused:
        return None
    return tuple(blocking(verdict.reasons))


def suggest(book: FamilyBook, purpose: str, authorizer_id: int, beneficiary_id: int, reasons, *,
            start: dt.date | None = None, end: dt.date | None = None, amount_fen: int | None = None) -> list[Suggestion]:
    """Everything the family could do instead of what was refused, most direct first."""
    reasons = blocking(reasons)
    if not reasons:
        return []
    members = {m.id: m for m in book.members()}
    a, b = members[authorizer_id], members[beneficiary_id]
    day = start or book.today()  # what the rules of that date allow
    policy = book.registry.rules_on(a.region_code, day, book.local_rules())
    codes = {r.code for r in reasons}
    out: list[Suggestion] = []
    if purpose == "set_quota":
        if "quota_model_transfer" in codes:
            out.append(Suggestion(Reason("advice_transfer_instead", (), {"day": day, "recipient": b.name}),
                                  "use_wallet"))
    elif purpose == "transfer":
        out.extend(_transfer_advice(book, members, a, b, codes, policy, day))
    else:
        out.extend(_binding_advice(book, members, a, b, reasons, codes, policy, start, end, amount_fen, day))
    if not out:
        out.append(Suggestion(Reason("advice_ask_office")))
    return out


def _binding_advice(book: FamilyBook, members, a, b, reasons, codes, policy, start, end, amount_fen,
                    day: dt.date) -> list[Suggestion]:
    out: list[Suggestion] = []
    for r in reasons:
        if r.code == "one_at_a_time":
            out.extend(_one_at_a_time(book, a, b, r, policy))
        elif r.code == "already_bound":
            out.append(Suggestion(Reason("advice_already_bound", (), {
                "authorizer": a.name, "beneficiary": b.name, "binding_ids": r.args["binding_ids"]}),
                "show_bindings"))
        elif r.code == "beneficiary_status":
            out.append(Suggestion(Reason("advice_restore_status", r.sources, {"name": b.name}), "show_family"))
        elif r.code == "beneficiary_insurance":
            out.append(Suggestion(Reason("advice_enrol", r.sources, {"name": b.name, "allowed": r.args["allowed"]}),
                                  "show_family"))
    if codes & _PEOPLE_CODES and not codes & {"beneficiary_status", "beneficiary_insurance"}:
        for m in members.values():
            if m.id in (a.id, b.id):
                continue
            got = binding_refusals(book, m.id, b.id, start, end, amount_fen)
            if got is None or got:
                continue
            rel = book.relation_between(m.id, b.id) or ""  # known: check_binding did not refuse it
            out.append(Suggestion(Reason("advice_other_authorizer", BindingRules.of(policy).relations_src, {
                "name": m.name, "insurance": vocab.INSURANCE_TYPES.get(m.insurance, (m.insurance,) * 2),
                "beneficiary": b.name, "relation": vocab.RELATIONS.get(rel, (rel,) * 2)}), "use_authorizer", m.id))
    others = [x for x in book.bindings(b.id) if x.status == "active" and x.authorizer_id != a.id]
    if others and codes & _PEOPLE_CODES - {"one_at_a_time"}:
        out.append(Suggestion(Reason("advice_has_others", (), {
            "beneficiary": b.name, "authorizers": ("、".join(x.authorizer_name for x in others),
                                                        ", ".join(x.authorizer_name for x in others)),
            "binding_ids": ", ".join(str(x.id) for x in others)}), "show_bindings"))
    if codes & _WALLET_HELPS and not wallet_refusals(book, a.id, b.id, day):
        out.append(Suggestion(Reason("advice_wallet", WalletAccess.of(policy).sources, {"payer": a.name, "recipient": b.name}),
                              "use_wallet"))
    return out


def _one_at_a_time(book: FamilyBook, a, b, reason, policy) -> list[Suggestion]:
    ids = [int(x) for x in str(reason.args.get("binding_ids", "")).replace(" ", "").split(",") if x]
    held = [x for x in book.bindings() if x.id in ids]
    binding = BindingRules.of(policy)
    out = []
    for x in held:
        if x.status == "active" and binding.terminable:
            out.append(Suggestion(Reason("advice_terminate", binding.terminable_src, {
                "authorizer": x.authorizer_name, "beneficiary": x.beneficiary_name, "binding_id": x.id}),
                "terminate", x.id))
        elif x.status == "pending":
            out.append(Suggestion(Reason("advice_wait_review", (), {
                "authorizer": x.authorizer_name, "beneficiary": x.beneficiary_name, "binding_id": x.id}),
                "show_bindings"))
    ends = [x.end_date for x in held if x.end_date is not None]
    if held and len(ends) == len(held):
        last = max(ends)
        out.append(Suggestion(Reason("advice_start_after", reason.sources, {
            "start": last + dt.timedelta(days=1), "end": last}), "start_after", last + dt.timedelta(days=1)))
    return out


def _transfer_advice(book: FamilyBook, members, a, b, codes, policy, day: dt.date) -> list[Suggestion]:
    out: list[Suggestion] = []
    if "beneficiary_insurance" in codes:
        allowed = vocab.INSURANCE_TYPES
        access = WalletAccess.of(policy)
        out.append(Suggestion(Reason("advice_enrol", access.recipient_src, {
            "name": b.name, "allowed": labels(allowed, access.recipient_insurance)}), "show_family"))
    for m in members.values():
        if m.id in (a.id, b.id):
            continue
        if not wallet_refusals(book, m.id, b.id, day):
            out.append(Suggestion(Reason("advice_other_payer", WalletAccess.of(policy).sources, {
                "name": m.name, "insurance": vocab.INSURANCE_TYPES.get(m.insurance, (m.insurance,) * 2),
                "recipient": b.name}), "use_authorizer", m.id))
    got = binding_refusals(book, a.id, b.id, start=day)
    if got is not None and not got:
        out.append(Suggestion(Reason("advice_bind_instead", BindingRules.of(policy).relations_src, {
            "authorizer": a.name, "beneficiary": b.name}), "use_bind"))
    return out


def sharing_applied(book: FamilyBook, payer_id: int, day: dt.date | None = None) -> Reason:
    """Which wallet model the guide applied on ``day`` (F-W6 transfers or F-N11 quotas) and whose choice it is."""
    day = day or book.today()
    m = book.sharing_model(day, payer_id)
    args = {"day": day, "model": vocab.SHARING_MODELS[m.model], "rules_model": vocab.SHARING_MODELS[m.rules_model]}
    code = "sharing_rules_applied" if m.chosen == "rules" else "sharing_family_applied"
    return Reason(code, tuple(m.sources), args)


def quota_instead(book: FamilyBook, payer_id: int, recipient_id: int, day: dt.date | None = None) -> Suggestion | None:
    """On the transfer path: where the wallet follows the quota model on ``day``, the quota path instead."""
    day = day or book.today()
    if book.sharing_model(day, payer_id).model != "quota":
        return None
    a, b = book.member(payer_id), book.member(recipient_id)
    return Suggestion(Reason("advice_quota_instead", tuple(book.sharing_model(day, payer_id).sources),
                             {"day": day, "payer": a.name, "recipient": b.name}), "use_quota")
