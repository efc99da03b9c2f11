"""The reason codes of the settlement (:mod:`desktop.core.settlement`): code → (zh, en) templates,
registered with :mod:`desktop.core.explain` when imported."""

from __future__ import annotations

from .explain import register

CODES = register({  # every reason code this module can give
    "own_account": (
        "先用本人个人账户：付 {amount_fen}（付之前有 {balance_fen}）。",
        "Own personal account first: {amount_fen} (it held {balance_fen} before).",
    ),
    "own_empty": ("本人个人账户没有余额。", "The own personal account is empty."),
    "wallet_pays": (
        "再用本人医保钱包：付 {amount_fen}（付之前有 {balance_fen}）。",
        "Then the own insurance wallet: {amount_fen} (it held {balance_fen} before).",
    ),
    "wallet_empty": ("医保钱包没有余额。", "The insurance wallet is empty."),
    "wallet_not_accepted": (
        "这家医院或药店不能用医保钱包支付。", "This hospital or pharmacy does not accept the insurance wallet.",
    ),
    "family_pays": (
        "按备案顺序第{rank}个共济账户（{name}）：付 {amount_fen}。",
        "Shared account no. {rank} in registration order ({name}): {amount_fen}.",
    ),
    "family_pays_to_floor": (
        "按备案顺序第{rank}个共济账户（{name}）：付 {amount_fen}，只能用到账户保留 {floor_fen} 为止"
        "（付之前有 {balance_fen}）。",
        "Shared account no. {rank} in registration order ({name}): {amount_fen}, down to the reserve of "
        "{floor_fen} that must stay (it held {balance_fen} before).",
    ),
    "family_pays_to_cap": (
        "按备案顺序第{rank}个共济账户（{name}）：付 {amount_fen}，授权额度只剩这么多（额度 {cap_fen}）。",
        "Shared account no. {rank} in registration order ({name}): {amount_fen}, all that is left of the "
        "authorized amount ({cap_fen}).",
    ),
    "family_pays_all": (
        "按备案顺序第{rank}个共济账户（{name}）：付 {amount_fen}，用完了余额。",
        "Shared account no. {rank} in registration order ({name}): {amount_fen}, the whole balance.",
    ),
    "cash_rest": ("其余 {amount_fen} 自付（现金或其他方式）。", "The remaining {amount_fen} is paid in cash."),
    "care_not_covered": (
        "共济资金不能支付“{care}”；可支付：{covered}。",
        "Shared funds cannot pay for “{care}”; they pay for: {covered}.",
    ),
    "beneficiary_blocked": (
        "被授权人目前处于“{status}”状态，不能使用共济资金。",
        "The beneficiary is currently “{status}” and cannot use shared funds.",
    ),
    "binding_terminated": (
        "与{name}的共济已终止，终止后立即失效。", "The binding with {name} was terminated and no longer applies.",
    ),
    "binding_not_active": (
        "与{name}的共济还未生效（{status}）。", "The binding with {name} is not in effect ({status}).",
    ),
    "binding_not_started": (
        "与{name}的授权从 {start} 开始，就诊日 {day} 还没开始。",
        "The authorization from {name} starts on {start}; the visit on {day} is before it.",
    ),
    "binding_ended": (
        "与{name}的授权到 {end} 已结束（就诊日 {day}）。",
        "The authorization from {name} ended on {end} (visit on {day}).",
    ),
    "authorization_used": (
        "{name}授权的额度 {cap_fen} 已经用完。", "The amount authorized by {name} ({cap_fen}) is used up.",
    ),
    "at_floor": (
        "{name}的账户余额 {balance_fen} 不高于必须保留的 {floor_fen}，这次不能用。",
        "{name}'s balance {balance_fen} is not above the reserve of {floor_fen} that must stay; none can be used.",
    ),
    "account_empty": ("{name}的账户没有余额。", "{name}'s account is empty."),
    "own_account_locked": (
        "先用本人个人账户：付 {amount_fen}（可用 {balance_fen}；另有 {locked_fen} 是给家人设的共济额度，本人不能用）。",
        "Own personal account first: {amount_fen} (usable {balance_fen}; another {locked_fen} is set aside as a "
        "family quota and is not the owner's to spend).",
    ),
    "own_all_locked": (
        "本人个人账户的余额都设成了给家人的共济额度（{locked_fen}），本人不能用。",
        "The whole own balance is set aside as a family quota ({locked_fen}); the owner cannot spend it.",
    ),
    "quota_pays": (
        "再用{name}设的共济额度：付 {amount_fen}（额度还剩 {left_fen}）。",
        "Then the family quota set by {name}: {amount_fen} (quota left {left_fen}).",
    ),
    "quota_used_up": ("{name}设的共济额度 {amount_fen} 已经用完。", "The family quota set by {name} ({amount_fen}) is used up."),
    "quota_payer_empty": ("{name}的账户没有余额，额度这次付不了。",
                          "{name}'s account is empty; the quota cannot pay this time."),
    "quota_ended": (
        "{name}设的共济额度在 {day} 已取消，没用完的 {left_fen} 已退回{name}。",
        "The family quota set by {name} was ended on {day}; the unused {left_fen} went back to {name}.",
    ),
    "quota_auto_ended": (
        "{who}的医保在 {day} {why}，{name}设的共济额度当天自动终止，没用完的 {left_fen} 已退回{name}。",
        "{who}'s insurance {why} on {day}, so the family quota set by {name} ended by itself that day; the unused "
        "{left_fen} went back to {name}.",
    ),
    "cash_rest_ended": (
        "其余 {amount_fen} 自付（现金或其他方式）。{why}",
        "The remaining {amount_fen} is paid in cash. {why}",
    ),
    "binding_auto_ended": (
        "{who}的医保在 {day} {why}，与{name}的共济关系当天自动终止。",
        "{who}'s insurance {why} on {day}, so the binding with {name} ended by itself that day.",
    ),
})
