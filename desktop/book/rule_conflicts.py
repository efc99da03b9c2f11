"""Where a newer national rule meets an older local one, in plain words for Settings: each conflict with
both values and both fact IDs (e.g. F-T1 against F-N8)."""

from __future__ import annotations

from desktop.core import vocab
from desktop.core.explain import Reason, labels, register

register({
    "rule_conflict": (
        "{what}：地方规定是“{local}”（{local_src}）；{since} 起国家规定是“{newer}”（{newer_src}）。",
        "{what}: the local rule says “{local}” ({local_src}); from {since} the national rule says “{newer}” "
        "({newer_src}).",
    ),
})


_FIELD_WORDS = {
    "relations": ("可以共济的亲属", "Relatives who may share"),
    "scope": ("家人的参保地", "Where the relative may be insured"),
    "max_beneficiaries": ("同一时间可授权的人数", "How many people at a time"),
    "beneficiary_insurance": ("接受方的参保类型", "The receiver's insurance"),
    "authorizer_insurance": ("付款方的参保类型", "The payer's insurance"),
}


def _value_words(name: str, value) -> tuple[str, str]:
    if value is None:
        return ("不限人数", "no limit")
    if name == "scope":
        return vocab.SCOPES.get(value, (value, value))
    if name == "max_beneficiaries":
        return (f"最多{value}人", f"at most {value}")
    if name.endswith("insurance"):
        return labels(vocab.INSURANCE_TYPES, value)
    if isinstance(value, tuple):
        return labels(vocab.RELATIONS, value)
    return (str(value), str(value))


def conflict_reasons(conflicts) -> tuple[Reason, ...]:
    """Each place a newer national rule meets an older local one, in plain words with both facts."""
    out = []
    for c in conflicts:
        section_words = ("钱包：", "Wallet: ") if c.section == "wallet" else ("", "")
        what = _FIELD_WORDS.get(c.name, (c.name, c.name))
        out.append(Reason("rule_conflict", (c.local.source, c.newer.source), {
            "what": (section_words[0] + what[0], section_words[1] + what[1]),
            "local": _value_words(c.name, c.local.value), "newer": _value_words(c.name, c.newer.value),
            "local_src": c.local.source, "newer_src": c.newer.source, "since": c.newer.since}))
    return tuple(out)
