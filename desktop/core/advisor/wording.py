"""Each step in plain words: what to do, the rules it relies on (with fact IDs), what it asks of people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import vocab
from ..explain import Reason, register, sources_of
from ..projection import month_end, month_label
from ..rules import check_binding
from ..terms import BindingRules, Channel, PaymentRules, WalletAccess, channels
from ..wallet import CHINA, WalletRules, plan_transfers
from .situation import ELDERLY_AGE, Situation
from .steps import AddBinding, EndBinding, MoveWallet, PayPremium, RenewBinding, SetQuota, Step, WalletOrder

CODES = register({
    "advisor_add_binding": (
        "{authorizer}授权{beneficiary}（{relation}）使用自己的个人账户：{amount}，{period}。",
        "{authorizer} authorizes {beneficiary} ({relation}) to use {authorizer}'s personal account: {amount}, "
        "{period}.",
    ),
    "advisor_renew_binding": (
        "{authorizer}给{beneficiary}的绑定（编号 {binding_id}）在 {on} 终止，同一天重新办理：{amount}，{period}。"
        "重新办理的排在{beneficiary}其他共济账户之后。",
        "{authorizer} ends binding no. {binding_id} for {beneficiary} on {on} and registers it again the same day: "
        "{amount}, {period}. The new registration pays after {beneficiary}'s other family accounts.",
    ),
    "advisor_end_binding": (
        "{authorizer}终止给{beneficiary}的绑定（编号 {binding_id}），从 {on} 起不再付款。",
        "{authorizer} ends binding no. {binding_id} for {beneficiary}; it pays nothing from {on}.",
    ),
    "advisor_pay_premium": (
        "{month}用{payer}的个人账户为{person}缴纳{year}年的城乡居民医保保费。",
        "In {month}, pay {person}'s {year} resident-insurance premium from {payer}'s personal account.",
    ),
    "advisor_wallet": (
        "{month}，{payer}通过医保钱包转给{recipient}共 {amount_fen}：分 {n} 笔，每笔不超过 {max_fen}，"
        "最早 {finish} 可以转完。",
        "In {month}, {payer} sends {recipient} {amount_fen} through the insurance wallet: {n} transfer(s) of at "
        "most {max_fen} each, done at the earliest by {finish}.",
    ),
    "advisor_quota": (
        "{on}起，{payer}通过医保钱包给{recipient}（{relation}）设定共济额度 {amount_fen}：钱不转走，{recipient}看病时"
        "先用自己的账户，再用这份额度；额度存在期间{payer}不能花这部分钱，没用完的在额度结束时退回{payer}。",
        "From {on}, {payer} sets a family quota of {amount_fen} for {recipient} ({relation}) in the insurance "
        "wallet: no money moves; {recipient}'s visits use their own account first, then the quota; while it stands "
        "{payer} cannot spend that part, and what is unused goes back to {payer} when it ends.",
    ),
    "advisor_wallet_position": (
        "结算时{position}（如果医院或药店允许这样付）。",
        "At the cashier, {position} (if the hospital or pharmacy lets you pay that way).",
    ),
    "advisor_amount": ("授权额度 {amount_fen}", "an authorized amount of {amount_fen}"),
    "advisor_no_amount": ("不设授权额度（账户里高于保留额的钱都可以用）",
                          "no set amount (everything above the reserve may be used)"),
    "advisor_period": ("从 {start} 到 {end}", "from {start} to {end}"),
    "advisor_open_period": ("从 {start} 起，直到终止", "from {start} until it is ended"),
    # the rules a step relies on
    "advisor_rule_relation": ("{beneficiary}是{authorizer}的{relation}，本地允许的亲属：{allowed}。",
                              "{beneficiary} is {authorizer}'s {relation}; the local rules allow: {allowed}."),
    "advisor_rule_one": ("每位授权人同一时间最多授权 {max} 位家人。",
                         "An authorizer may have at most {max} beneficiary at a time."),
    "advisor_rule_several": ("一个人可以同时和几位家人建立共济关系。",
                             "One person may hold sharing relationships with several relatives."),
    "advisor_rule_floor": ("{authorizer}账户里只有超过 {floor_fen} 的部分可以给家人用。",
                           "Only the part of {authorizer}'s account above {floor_fen} can be used by the family."),
    "advisor_rule_order": ("先用{beneficiary}本人的账户，再按备案顺序用家人的账户。",
                           "{beneficiary}'s own account pays first, then family accounts in registration order."),
    "advisor_rule_terminable": ("授权人可以随时终止绑定，终止后立即失效。",
                                "The authorizer may end a binding at any time; it stops at once."),
    "advisor_rule_premium": ("个人账户可以为已绑定共济的亲属缴纳城乡居民医保保费。",
                             "The personal account may pay a bound relative's resident-insurance premium."),
    "advisor_rule_wallet": ("{payer}和{recipient}符合医保钱包转账的条件（近亲属，可跨省）。",
                            "{payer} and {recipient} qualify for wallet transfers (close relatives, across provinces)."),
    "advisor_rule_wallet_limits": (
        "每个钱包每天最多转 {count} 笔，每笔不超过 {max_fen}，{blackout}不能转；对方没接收的，次日 {back} 退回。",
        "Each wallet may send at most {count} transfers a day, each at most {max_fen}, none {blackout}; money not "
        "received goes back at {back} the next day.",
    ),
    "advisor_rule_quota": (
        "按当天施行的规定，医保钱包的共济方式是设定共济额度：额度是虚拟的，付款人不能花这部分钱，没用完的退回付款人。",
        "By the rules in force that day the wallet shares by a family quota: the quota is virtual, the payer cannot "
        "spend that part, and what is unused goes back to the payer.",
    ),
    "advisor_rule_quota_who": ("{recipient}是{payer}的{relation}，可以接受{payer}的共济额度（近亲属，可跨省）。",
                               "{recipient} is {payer}'s {relation} and may receive {payer}'s quota (close "
                               "relatives, across provinces)."),
    "advisor_rule_position": ("政策没有说医保钱包在付款顺序里排在哪里；按医院的实际做法选择。",
                              "The rules do not say where the wallet pays in the order; it depends on the hospital."),
    # what a step asks of people
    "advisor_ask_channel": ("由{actor}通过：{channels}。", "{actor} does it through: {channels}."),
    "advisor_ask_quota_channel": ("{payer}在自己的医保钱包里给{recipient}设定额度（医保钱包在“{channel}”里）。",
                                  "{payer} sets it for {recipient} in their own insurance wallet (the wallet is in "
                                  "“{channel}”)."),
    "advisor_ask_counter": ("{actor}要本人带身份证和医保卡（社保卡）到经办窗口办理（{channel}）。",
                            "{actor} must go to the counter in person with the ID card and insurance card ({channel})."),
    "advisor_ask_elderly_consent": (
        "{name}（{age}岁）要本人确认同意：授权人本人同意后才能生效；家人可以陪同帮忙操作。",
        "{name} ({age}) must agree in person: it holds only with the authorizer's own consent; family may help "
        "with the phone.",
    ),
    "advisor_ask_elderly_pays": (
        "{name}（{age}岁）看病时出示自己的医保码，告诉收费处用“家庭共济”支付；可以有家人陪同。",
        "{name} ({age}) shows their own insurance QR code at the hospital and asks the cashier to pay with family "
        "sharing; family may go along.",
    ),
    "advisor_ask_pays": ("{name}看病时出示自己的医保码，告诉收费处用“家庭共济”支付。",
                         "{name} shows their own insurance QR code and asks the cashier to pay with family sharing."),
    "advisor_ask_ask_cashier": ("问一问收费处能不能先用（或后用）医保钱包。",
                                "Ask the cashier whether the wallet can pay first (or last)."),
    # why a step is refused (the advisor's own checks)
    "advisor_not_terminable": ("本地规定绑定不能随时终止。", "Here a binding cannot be ended at will."),
    "advisor_quota_model_transfer": ("{day}按规定医保钱包靠转账共济，不能设定共济额度。",
                                     "On {day} the wallet shares by transfers; a family quota cannot be set."),
    "advisor_wallet_model_quota": ("{day}按规定医保钱包靠设定共济额度共济，不再转账。",
                                   "On {day} the wallet shares by family quotas, not transfers."),
    "advisor_quota_standing": ("{payer}给{receiver}的共济额度已经有一份。",
                               "{payer} already has a family quota standing for {receiver}."),
    "advisor_quota_over": ("额度超过了{payer}账户里现在能用的钱。",
                           "The quota is more than {payer}'s account can use now."),
    "advisor_premium_not_allowed": ("本地个人账户不能代缴居民医保保费。",
                                    "Here the personal account cannot pay resident premiums."),
    "advisor_premium_not_resident": ("这位家人不是城乡居民医保参保人。", "This relative is not in resident insurance."),
    "advisor_premium_needs_binding": ("要先有有效的共济绑定才能代缴保费。",
                                      "A binding in force is needed to pay the premium from the account."),
})

POSITIONS = {
    "region": ("按地区规定的顺序用医保钱包", "pay with the wallet where the region's order puts it"),
    "before_family": ("先用医保钱包，再用家人的共济账户", "use the wallet before family accounts"),
    "after_family": ("先用家人的共济账户，再用医保钱包", "use family accounts before the wallet"),
}


@dataclass(frozen=True)
class Explained:
    """One step for people: the sentence, the rules (each with its facts), what it asks, the channels."""

    step: Step
    what: Reason
    rules: tuple[Reason, ...]
    asks: tuple[Reason, ...]
    channels: tuple[Channel, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return sources_of(*(s for r in (self.what, *self.rules, *self.asks) for s in r.sources))


def _rel(rel: str) -> tuple[str, str]:
    return vocab.RELATIONS.get(rel, (rel, rel))


def _amount(fen: int | None) -> Reason:
    return Reason("advisor_amount", (), {"amount_fen": fen}) if fen is not None else Reason("advisor_no_amount")


def _period(start: dt.date, end: dt.date | None) -> Reason:
    if end is None:
        return Reason("advisor_open_period", (), {"start": start})
    return Reason("advisor_period", (), {"start": start, "end": end})


def _pair(r: Reason) -> tuple[str, str]:
    return (r.text_zh, r.text_en)


def _channel_names(chans: tuple[Channel, ...]) -> tuple[str, str]:
    return ("、".join(c.name[0] for c in chans) or "—", "; ".join(c.name[1] for c in chans) or "—")


def _people_asks(sit: Situation, actor, chans: tuple[Channel, ...], on: dt.date) -> list[Reason]:
    out = []
    if chans:
        out.append(Reason("advisor_ask_channel", sources_of(*(c.source for c in chans if c.source)), {
            "actor": actor.name, "channels": _channel_names(chans)}))
    counters = [c for c in chans if c.kind == "counter"]
    if counters and len(counters) == len(chans):
        out.append(Reason("advisor_ask_counter", (counters[0].source,) if counters[0].source else (), {
            "actor": actor.name, "channel": counters[0].name}))
    return out


def _elderly(person, on: dt.date) -> int | None:
    age = person.age_on(on)
    return age if age is not None and age >= ELDERLY_AGE else None


def _binding(sit: Situation, a_id: int, b_id: int, relation: str, start: dt.date, end: dt.date | None,
             amount: int | None, extra_rules: tuple[Reason, ...] = ()) -> tuple[tuple[Reason, ...],
                                                                              tuple[Reason, ...], tuple[Channel, ...]]:
    a, b = sit.person(a_id), sit.person(b_id)
    pol = sit.rules_on(a.region_code, start)
    br = BindingRules.of(pol)
    rules = [Reason("advisor_rule_relation", br.relations_src, {
        "authorizer": a.name, "beneficiary": b.name, "relation": _rel(relation),
        "allowed": (("、".join(_rel(r)[0] for r in br.relations)), ", ".join(_rel(r)[1] for r in br.relations))})]
    most = pol.rule("binding", "max_beneficiaries")
    if most is not None and most.value is not None:
        rules.append(Reason("advisor_rule_one", (most.source,), {"max": most.value}))
    elif most is not None:  # the 2026 notice: no limit (F-N8)
        rules.append(Reason("advisor_rule_several", (most.source,)))
    if br.reserve_floor_fen:
        rules.append(Reason("advisor_rule_floor", br.floor_src, {"authorizer": a.name,
                                                                 "floor_fen": br.reserve_floor_fen}))
    order = PaymentRules.of(sit.rules_on(b.region_code, start))
    rules.append(Reason("advisor_rule_order", order.order_src, {"beneficiary": b.name}))
    rules.extend(extra_rules)
    verdict = check_binding(a, b, relation, pol, on=start, start=start, end=end, amount_fen=amount)
    chans = channels(pol, "bind")
    asks = _people_asks(sit, a, chans, start) + list(verdict.asks)
    age = _elderly(a, start)
    if age is not None and br.requires_consent:
        asks.append(Reason("advisor_ask_elderly_consent", br.consent_src, {"name": a.name, "age": age}))
    age_b = _elderly(b, start)
    settle = channels(sit.rules_on(b.region_code, start), "settle")
    src = tuple(c.source for c in settle[:1] if c.source)
    if age_b is not None:
        asks.append(Reason("advisor_ask_elderly_pays", src, {"name": b.name, "age": age_b}))
    else:
        asks.append(Reason("advisor_ask_pays", src, {"name": b.name}))
    return tuple(rules), tuple(asks), chans


def explain(sit: Situation, step: Step) -> Explained:
    """The step in words, in the rules of its date."""
    if isinstance(step, AddBinding):
        a, b = sit.person(step.authorizer_id), sit.person(step.beneficiary_id)
        what = Reason("advisor_add_binding", (), {
            "authorizer": a.name, "beneficiary": b.name, "relation": _rel(step.relation),
            "amount": _pair(_amount(step.amount_fen)), "period": _pair(_period(step.start, step.end))})
        rules, asks, chans = _binding(sit, a.id, b.id, step.relation, step.start, step.end, step.amount_fen)
        return Explained(step, what, rules, asks, chans)
    if isinstance(step, RenewBinding):
        a, b = sit.person(step.authorizer_id), sit.person(step.beneficiary_id)
        br = BindingRules.of(sit.rules_on(a.region_code, step.on))
        what = Reason("advisor_renew_binding", (), {
            "authorizer": a.name, "beneficiary": b.name, "binding_id": step.binding_id, "on": step.on,
            "amount": _pair(_amount(step.amount_fen)), "period": _pair(_period(step.on, step.end))})
        rules, asks, chans = _binding(sit, a.id, b.id, step.relation, step.on, step.end, step.amount_fen,
                                      (Reason("advisor_rule_terminable", br.terminable_src),))
        return Explained(step, what, rules, asks, chans)
    if isinstance(step, EndBinding):
        a, b = sit.person(step.authorizer_id), sit.person(step.beneficiary_id)
        pol = sit.rules_on(a.region_code, step.on)
        br = BindingRules.of(pol)
        what = Reason("advisor_end_binding", (), {"authorizer": a.name, "beneficiary": b.name,
                                                  "binding_id": step.binding_id, "on": step.on})
        chans = channels(pol, "bind")
        return Explained(step, what, (Reason("advisor_rule_terminable", br.terminable_src),),
                         tuple(_people_asks(sit, a, chans, step.on)), chans)
    if isinstance(step, PayPremium):
        payer, person = sit.person(step.payer_id), sit.person(step.person_id)
        pol = sit.rules_on(payer.region_code, step.month)
        rule = pol.rule("payment", "pays_resident_premiums")
        what = Reason("advisor_pay_premium", (), {"month": month_label(step.month), "payer": payer.name,
                                                  "person": person.name, "year": step.coverage_year})
        chans = channels(pol, "pay_premium")
        return Explained(step, what, (Reason("advisor_rule_premium", sources_of(rule)),),
                         tuple(_people_asks(sit, payer, chans, step.month)), chans)
    if isinstance(step, MoveWallet):
        payer, rec = sit.person(step.from_id), sit.person(step.to_id)
        pol = sit.rules_on(payer.region_code, step.month)
        wr = WalletRules.of(pol)
        e = month_end(step.month)
        start = dt.datetime(step.month.year, step.month.month, 1, 6, 0, tzinfo=CHINA)
        plan = plan_transfers(wr, step.amount_fen, start, dt.datetime(e.year, e.month, e.day, 21, 59, tzinfo=CHINA))
        what = Reason("advisor_wallet", (), {
            "month": month_label(step.month), "payer": payer.name, "recipient": rec.name,
            "amount_fen": step.amount_fen, "n": len(plan.transfers), "max_fen": wr.max_per_transfer_fen,
            "finish": plan.finish or start})
        access = WalletAccess.of(pol)
        rules = (Reason("advisor_rule_wallet", access.sources, {"payer": payer.name, "recipient": rec.name}),
                 Reason("advisor_rule_wallet_limits", sources_of(*wr.all_src, *wr.return_src), {
                     "count": wr.daily_count, "max_fen": wr.max_per_transfer_fen,
                     "blackout": (f"{wr.blackout_start:%H:%M}—{wr.blackout_end:%H:%M}",
                                  f"{wr.blackout_start:%H:%M}–{wr.blackout_end:%H:%M}"),
                     "back": wr.return_time.strftime("%H:%M")}))
        chans = channels(pol, "transfer")
        opening = () if rec.id in sit.wallet_open and payer.id in sit.wallet_open else channels(pol, "open_wallet")
        verdict = check_binding(payer, rec, step.relation, pol, on=step.month, purpose="wallet")
        sends = _people_asks(sit, payer, chans + opening, step.month) + [
            r for r in verdict.asks if r.code != "asks_open_wallet" or opening]
        return Explained(step, what, rules, tuple(sends), chans + opening)
    if isinstance(step, SetQuota):
        payer, rec = sit.person(step.payer_id), sit.person(step.receiver_id)
        pol = sit.rules_on(payer.region_code, step.on)
        what = Reason("advisor_quota", (), {"on": step.on, "payer": payer.name, "recipient": rec.name,
                                            "relation": _rel(step.relation), "amount_fen": step.amount_fen})
        access = WalletAccess.of(pol)
        rules = (Reason("advisor_rule_quota_who", access.sources, {"payer": payer.name, "recipient": rec.name,
                                                                   "relation": _rel(step.relation)}),
                 Reason("advisor_rule_quota", WalletRules.of(pol).sharing_src or ("F-N11",)))
        # the quota is set in the insurance wallet (F-N11): the pack's quota channel, else where the wallet is
        chans = channels(pol, "quota") or channels(pol, "open_wallet")
        verdict = check_binding(payer, rec, step.relation, pol, on=step.on, purpose="wallet")
        opened = rec.id in sit.wallet_open and payer.id in sit.wallet_open
        quota_asks: list[Reason] = [Reason("advisor_ask_quota_channel", sources_of(
            "F-N11", *(c.source for c in chans[:1] if c.source)), {
            "payer": payer.name, "recipient": rec.name, "channel": chans[0].name if chans else ("—", "—")})] + [
            r for r in verdict.asks if r.code != "asks_wallet_limits" and (r.code != "asks_open_wallet" or not opened)]
        settle = channels(sit.rules_on(rec.region_code, step.on), "settle")
        src = tuple(c.source for c in settle[:1] if c.source)
        age = _elderly(rec, step.on)
        quota_asks.append(Reason("advisor_ask_elderly_pays", src, {"name": rec.name, "age": age}) if age is not None
                    else Reason("advisor_ask_pays", src, {"name": rec.name}))
        return Explained(step, what, rules, tuple(quota_asks), chans)
    assert isinstance(step, WalletOrder)
    what = Reason("advisor_wallet_position", (), {"position": POSITIONS[step.position]})
    first_pol = sit.rules_on(sit.people[0].region_code, sit.first)
    order = PaymentRules.of(first_pol)
    return Explained(step, what, (Reason("advisor_rule_position", order.order_chain_src),),
                     (Reason("advisor_ask_ask_cashier"),), ())
