"""A policy pack's keys in words people read (the policy-file preview): ``binding.reserve_floor_fen`` →
"共济：账户至少保留的余额", a table row's key → the field's words with the row's care, person and hospital in
words. The key itself stays available (tooltip, CLI): it is where the value is in the file."""

from __future__ import annotations

from desktop.core import vocab

_SECTIONS = {"binding": ("共济绑定", "Family sharing"), "payment": ("支付", "Payment"),
             "wallet": ("医保钱包", "Insurance wallet"), "insurance": ("参保", "Insurance"),
             "benefits": ("报销", "Benefits"), "caps": ("封顶", "Caps"), "premiums": ("保费", "Premiums"),
             "channels": ("办理渠道", "Channels")}
_FIELDS = {
    "year": ("规定的年份", "year of the rules"),
    "relations": ("可以共济的亲属", "relatives who may share"),
    "excluded_relations": ("不能共济的亲属", "relatives who may not share"),
    "max_beneficiaries": ("同时最多几位家人", "relatives at one time"),
    "scope": ("家人参保的范围", "where the relative may be insured"),
    "authorizer_insurance": ("授权人的参保类型", "authorizer's insurance"),
    "beneficiary_insurance": ("家人的参保类型", "relative's insurance"),
    "blocking_statuses": ("不能使用的参保状态", "statuses that stop sharing"),
    "reserve_floor_fen": ("账户至少保留的余额", "balance that must stay in the account"),
    "requires_dates": ("要填授权日期", "dates needed"),
    "requires_amount": ("要填授权额度", "amount needed"),
    "requires_consent": ("要授权人本人同意", "authorizer's consent needed"),
    "terminable": ("授权人可以随时终止", "authorizer may end it at once"),
    "order": ("付钱的先后顺序", "payment order"),
    "covered_care": ("共济能付的就医类型", "care that shared money may pay"),
    "pays_resident_premiums": ("能代缴亲属的居民医保", "may pay relatives' resident premiums"),
    "pays_care_premiums": ("能代缴亲属的长期护理保险", "may pay relatives' long-term-care premiums"),
    "payer_insurance": ("转出人的参保类型", "sender's insurance"),
    "recipient_insurance": ("接收人的参保类型", "recipient's insurance"),
    "daily_count": ("每天最多转几次", "transfers a day"),
    "max_per_transfer_fen": ("每次最多转多少", "most per transfer"),
    "blackout_start": ("不能转账的时段开始", "no transfers from"),
    "blackout_end": ("不能转账的时段结束", "no transfers until"),
    "return_time": ("没接收的钱退回的时间", "unreceived money goes back at"),
    "sharing_model": ("共济方式（转账或额度）", "sharing by transfer or quota"),
    "resident_waiting_months": ("居民医保等待期（月）", "resident waiting period (months)"),
    "newborn_exempt": ("新生儿不用等待", "newborns do not wait"),
    "resident_waiting_applies": ("谁要等待", "who waits"),
    "resident_gap_extra_months": ("断缴每年多等几个月", "extra months per year of gap"),
    "out_of_area_filing": ("异地就医要先备案", "care elsewhere needs filing first"),
    "flexible_pays_yearly": ("灵活就业可以按年缴", "flexible employment may pay yearly"),
    "deductible_fen": ("起付线", "deductible"), "ratio": ("报销比例", "ratio"),
    "ratio_max": ("报销比例上限", "highest ratio"), "group": ("封顶分组", "cap group"),
    "deductible_per": ("起付线按年还是按次", "deductible per year or visit"),
    "amount_fen": ("金额", "amount"), "period": ("缴费周期", "period"), "rate": ("费率", "rate"),
    "individual_rate": ("个人费率", "individual rate"), "unit_rate": ("单位费率", "employer rate"),
    "unit_fen": ("单位缴费", "employer's part"), "subsidy_fen": ("财政补助", "government subsidy"),
    "collect_from": ("集中缴费开始", "collection opens"), "collect_to": ("集中缴费结束", "collection closes"),
    "covers_from": ("保障开始", "coverage from"), "covers_to": ("保障结束", "coverage until"),
    "kind": ("渠道类型", "channel kind"), "name": ("名称", "name"), "purposes": ("能办的事", "purposes"),
    "steps": ("办理步骤", "steps"), "review": ("要等审核", "needs review"),
    "asks_dates": ("要填日期", "asks for dates"), "asks_amount": ("要填额度", "asks for an amount"),
    "care": ("就医类型", "care type"), "person": ("参保人群", "insured group"), "hospital": ("医院等级", "hospital level"),
    "age_min": ("最小年龄", "youngest age"), "age_max": ("最大年龄", "oldest age"), "tier": ("档次", "tier"),
    "insurance": ("参保类型", "insurance"), "id": ("渠道", "channel"),
    "code": ("地区代码", "region code"), "parent": ("上级地区", "parent region"),
}
_GROUPS = {"outpatient": ("门诊", "outpatient"), "inpatient": ("住院", "inpatient"), "chronic": ("慢特病", "chronic"),
           "all": ("所有人", "everyone"), "children": ("儿童", "children"), "adult": ("成人", "adults"),
           "tier1": ("第一档", "tier 1"), "tier2": ("第二档", "tier 2")}
_ROW_WORDS = (vocab.CARE_TYPES, vocab.PERSON_KINDS, vocab.HOSPITAL_CLASSES, vocab.INSURANCE_TYPES, _GROUPS)


def _part(value: str, zh: bool) -> str:
    for table in _ROW_WORDS:
        if value in table:
            return vocab.label(table, value, "zh" if zh else "en")
    return value


def words(key: str, lang: str = "zh") -> str:
    """The key in words; an unknown key is returned as it is (it still says where the value is)."""
    zh = lang.startswith("zh")
    head, sep, field = key.rpartition(".")
    if not sep:
        pair = _FIELDS.get(key)
        return (pair[0] if zh else pair[1]) if pair else key
    section, _b, row = head.partition("[")
    sec, fld = _SECTIONS.get(section), _FIELDS.get(field)
    if sec is None or fld is None:
        return key
    text = f"{sec[0 if zh else 1]}：{fld[0 if zh else 1]}" if zh else f"{sec[1]}: {fld[1]}"
    if row:
        parts = [_part(p.strip(), zh) for p in row.rstrip("]").split("·")]
        text += f"（{' · '.join(parts)}）" if zh else f" ({' · '.join(parts)})"
    return text
