"""A policy file's changes are listed in words (issue 17 item 5: no codes in what people read); the key stays
where the value is in the file, for the tooltip and the CLI."""

from desktop.core.pack_words import words


def test_a_rule_and_a_table_row_in_words():
    assert words("binding.reserve_floor_fen") == "共济绑定：账户至少保留的余额"
    assert words("binding.reserve_floor_fen", "en") == "Family sharing: balance that must stay in the account"
    assert words("benefits[outpatient · employee_in_service · 3A].ratio") == "报销：报销比例（普通门诊 · 职工在职 · 三甲）"
    assert words("caps[inpatient · resident].amount_fen", "en") == "Caps: amount (inpatient · resident)"
    assert words("year") == "规定的年份"


def test_every_field_a_pack_may_hold_has_words():
    from desktop.core.policy import ROW_FIELDS, SECTIONS

    keys = [f"{s}.{f}" for s, fields in SECTIONS.items() for f in fields]
    keys += [f"{t}[x].{f}" for t, fields in ROW_FIELDS.items() for f in fields]
    assert [k for k in keys if words(k) == k or words(k, "en") == k] == []


def test_an_unknown_key_is_shown_as_it_is():
    assert words("nothing.like_this") == "nothing.like_this"
