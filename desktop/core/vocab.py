"""The closed vocabularies shared by packs, rules and the book: relations, insurance, care, hospitals.

Labels are here (zh and en) so every layer names things the same way without Qt.
"""

from __future__ import annotations

# Relation of the beneficiary to the authorizer ("the beneficiary is the authorizer's …").
RELATIONS: dict[str, tuple[str, str]] = {
    "spouse": ("配偶", "spouse"),
    "parent": ("父母", "parent"),
    "child": ("子女", "child"),
    "sibling": ("兄弟姐妹", "sibling"),
    "grandparent": ("祖父母/外祖父母", "grandparent"),
    "grandchild": ("孙子女/外孙子女", "grandchild"),
    "spouse_parent": ("配偶的父母", "spouse's parent"),
    "child_spouse": ("子女的配偶", "child's spouse"),
    "other": ("其他", "other"),
}

# Insurance types: flexible employment (灵活就业) is employee-type insurance.
INSURANCE_TYPES: dict[str, tuple[str, str]] = {
    "employee": ("职工医保", "employee insurance"),
    "flexible": ("灵活就业", "flexible employment"),
    "resident": ("城乡居民医保", "resident insurance"),
    "none": ("未参保", "not insured"),
}
EMPLOYMENT: dict[str, tuple[str, str]] = {
    "in_service": ("在职", "in service"),
    "retired": ("退休", "retired"),
}
# Person categories used by reimbursement tables: insurance type × employment.
PERSON_KINDS: dict[str, tuple[str, str]] = {
    "employee_in_service": ("职工在职", "employee, in service"),
    "employee_retired": ("职工退休", "employee, retired"),
    "flexible_in_service": ("灵活就业在职", "flexible employment, in service"),
    "flexible_retired": ("灵活就业退休", "flexible employment, retired"),
    "resident": ("城乡居民", "resident"),
}
STATUSES: dict[str, tuple[str, str]] = {
    "insured": ("正常参保", "insured"),
    "suspended": ("停保", "suspended"),
    "arrears": ("欠费", "in arrears"),
    "uninsured": ("未参保", "not insured"),
}
CARE_TYPES: dict[str, tuple[str, str]] = {
    "outpatient": ("普通门诊", "ordinary outpatient"),
    "chronic": ("门诊慢特病", "outpatient chronic/special disease"),
    "special_drugs": ("门诊特药", "outpatient special drugs"),
    "inpatient": ("住院", "inpatient"),
    "pharmacy": ("药店购药", "pharmacy"),
}
# Hospital class: level with optional grade (甲/乙), tier-3 specialty, and a city's special tier-3 list.
HOSPITAL_CLASSES: dict[str, tuple[str, str]] = {
    "0": ("药店/其他", "pharmacy/other"),
    "1": ("一级", "level 1"),
    "2": ("二级", "level 2"),
    "2A": ("二甲", "level 2, grade A"),
    "2B": ("二乙", "level 2, grade B"),
    "3": ("三级", "level 3"),
    "3A": ("三甲", "level 3, grade A"),
    "3B": ("三乙", "level 3, grade B"),
    "3S": ("三级专科", "level 3 specialty"),
    "3X": ("特殊三级", "special level 3 (named by the city)"),
}
# Life cycle of a binding (共济关系): drafted in the app, pending the channel's review, then
# active; ended by the authorizer (F-T7) or refused by the agency.
BINDING_STATUSES: dict[str, tuple[str, str]] = {
    "draft": ("草稿", "draft"),
    "pending": ("待审核", "pending"),
    "active": ("有效", "active"),
    "terminated": ("已终止", "terminated"),
    "rejected": ("未通过", "rejected"),
}
SCOPES: dict[str, tuple[str, str]] = {
    "same_region": ("同一参保地", "same insured place"),
    "province": ("省内", "within the province"),
    "anywhere": ("不限地区", "anywhere"),
}
WAITING_APPLIES: dict[str, tuple[str, str]] = {  # who waits before resident benefits start
    "outside_collection": ("集中缴费期外参保或断保后", "enrolled outside the collection period or after a gap"),
    "every_payment": ("每次缴费后", "after every payment"),
}
PAYMENT_SOURCES: dict[str, tuple[str, str]] = {
    "own": ("本人个人账户", "own personal account"),
    "wallet": ("医保钱包", "insurance wallet"),
    "family": ("家庭共济账户", "family accounts"),
    "quota": ("共济额度", "family quota"),
    "cash": ("现金/自付", "cash"),
}
# How a wallet shares money (F-W6 transfers the money; F-N11 sets a quota the payer cannot spend meanwhile).
SHARING_MODELS: dict[str, tuple[str, str]] = {
    "transfer": ("钱包转账", "wallet transfers"),
    "quota": ("共济额度", "family quota"),
}
# Why a member's insurance stopped counting in the book from a date (F-N9: their 共济 relationships end then).
COVERAGE_ENDS: dict[str, tuple[str, str]] = {
    "ended": ("终止", "ended"),
    "moved": ("转到其他统筹地区", "moved to another pooling region"),
}
CHANNEL_KINDS: dict[str, tuple[str, str]] = {
    "wechat": ("微信公众号", "WeChat official account"),
    "mini_program": ("微信小程序", "WeChat mini program"),
    "web": ("网上服务平台", "web platform"),
    "national_app": ("国家医保服务平台APP", "national insurance app"),
    "provincial_app": ("省市政务APP", "provincial app"),
    "counter": ("经办窗口", "service counter"),
    "hospital": ("定点医药机构收费处", "hospital or pharmacy cashier"),
}
PURPOSES: dict[str, tuple[str, str]] = {
    "bind": ("绑定共济", "bind family accounts"),
    "query": ("查询记录", "query records"),
    "open_wallet": ("开通钱包", "open a wallet"),
    "transfer": ("钱包转账", "wallet transfer"),
    "set_quota": ("设定共济额度", "set a family quota"),
    "pay_premium": ("代缴保费", "pay a premium"),
    "stop_insurance": ("暂停参保", "stop insurance"),
    "settle": ("就医结算", "pay at the hospital"),
    "out_of_area": ("异地就医备案", "register care in another area"),
}


def person_kind(insurance: str, employment: str) -> str:
    """Map a member's insurance type and employment to a reimbursement person category."""
    if insurance == "resident":
        return "resident"
    if insurance in ("employee", "flexible"):
        return f"{insurance}_{'retired' if employment == 'retired' else 'in_service'}"
    raise ValueError(f"no reimbursement category for insurance type {insurance!r}")


def label(vocab: dict[str, tuple[str, str]], key: str, lang: str = "zh") -> str:
    zh, en = vocab.get(key, (key, key))
    return zh if lang.startswith("zh") else en
