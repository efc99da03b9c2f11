"""Binding eligibility: one test per reason code, each checking the fact ID the pack gives for it."""

import datetime as dt

import pytest

from desktop.core import rules
from desktop.core.model import BindingTerm, Person
from desktop.core.policy import load_default

REG = load_default()
TAIYUAN = REG.get("140100")
SHANGHAI = REG.get("310000")
NATIONAL = REG.get("000000")
DAY = dt.date(2025, 3, 1)
START, END = dt.date(2025, 3, 1), dt.date(2025, 12, 31)


def person(pid, insurance="employee", employment="in_service", status="insured", region="140100"):
    return Person(pid, f"p{pid}", region, insurance, employment, status, dt.date(1970, 1, 1))


DAD = person(1)
MUM = person(2)
KID = person(3, "resident", None)
GRANNY = person(4, "resident", None)


def check(authorizer=DAD, beneficiary=KID, relation="child", policy=TAIYUAN, **kw):
    kw.setdefault("on", DAY)
    if policy is TAIYUAN and kw.get("purpose", "bind") == "bind":
        kw.setdefault("start", START)
        kw.setdefault("end", END)
        kw.setdefault("amount_fen", 300000)
    return rules.check_binding(authorizer, beneficiary, relation, policy, **kw)


def only(result, code):
    """The result has exactly this one reason; return it."""
    assert not result.allowed
    assert result.codes == (code,)
    return result.reasons[0]


def binding(bid, authorizer, beneficiary, status="active", start=START, end=END, relation="child"):
    return BindingTerm(bid, authorizer, beneficiary, relation, status, start, end, 100000,
                       dt.datetime(2025, 1, 1) + dt.timedelta(hours=bid))


# ---- allowed, and what the channels ask for ----

def test_taiyuan_parent_to_child_is_allowed_with_what_the_channel_asks():
    r = check()
    assert r.allowed and r.reasons == ()
    asks = {a.code: a.sources for a in r.asks}
    assert asks["asks_dates"] == ("F-T2",)
    assert asks["asks_amount"] == ("F-T2",)
    assert asks["asks_consent"] == ("F-G3",)
    assert asks["asks_review"] == ("F-T3",)  # the Shanxi web platform reviews applications
    ids = {c["id"] for c in r.channels}
    assert {"shanxi_wechat", "shanxi_web"} <= ids
    assert all("bind" in c["purposes"] for c in r.channels)
    for a in r.asks:
        assert a.text_zh and a.text_en


def test_shanghai_sibling_is_allowed_without_dates_or_amount():
    r = check(person(5, region="310000"), person(6, region="310000"), "sibling", SHANGHAI)
    assert r.allowed
    codes = {a.code for a in r.asks}
    assert "asks_consent" in codes
    assert "asks_dates" not in codes and "asks_amount" not in codes


def test_wallet_relation_across_provinces_is_allowed_and_states_the_limits():
    r = check(DAD, person(6, "resident", None, region="310000"), "grandparent", TAIYUAN, purpose="wallet")
    assert r.allowed
    asks = {a.code: a for a in r.asks}
    assert asks["asks_open_wallet"].sources == ("F-W4",)
    limits = asks["asks_wallet_limits"]
    assert limits.sources == ("F-W6",)
    assert "3" in limits.text_zh and "¥2,000.00" in limits.text_zh and "22:00" in limits.text_en
    assert {c["id"] for c in r.channels} >= {"national_app_wallet_open", "national_app_wallet_transfer"}


# ---- one test per reason code ----

def test_same_person():
    r = check(DAD, DAD, "spouse", SHANGHAI)
    assert "same_person" in r.codes
    assert r.reasons[r.codes.index("same_person")].sources == ()


def test_relation_excluded_spouse_parent():
    reason = only(check(DAD, GRANNY, "spouse_parent"), "relation_excluded")
    assert reason.sources == ("F-G7",)
    assert "配偶的父母" in reason.text_zh and "spouse's parent" in reason.text_en


def test_relation_not_allowed_in_taiyuan_sibling():
    reason = only(check(DAD, person(7, region="140100"), "sibling"), "relation_not_allowed")
    assert reason.sources == ("F-T5",)
    assert "兄弟姐妹" in reason.text_zh and "parent" in reason.text_en


def test_relation_not_allowed_for_the_wallet_in_law():
    reason = only(check(DAD, GRANNY, "spouse_parent", purpose="wallet"), "relation_not_allowed")
    assert reason.sources == ("F-W1",)


def test_authorizer_insurance_resident_cannot_authorize():
    reason = only(check(KID, DAD, "parent"), "authorizer_insurance")
    assert reason.sources == ("F-T6",)
    assert "城乡居民医保" in reason.text_zh


def test_authorizer_insurance_for_the_wallet():
    reason = only(check(KID, DAD, "parent", purpose="wallet"), "authorizer_insurance")
    assert reason.sources == ("F-W3",)


def test_flexible_employment_may_authorize():
    assert check(person(8, "flexible"), KID).allowed


def test_beneficiary_insurance_not_insured():
    r = check(DAD, person(9, "none", None, "insured"))
    reason = only(r, "beneficiary_insurance")
    assert reason.sources == ("F-T5",)


def test_beneficiary_insurance_wallet_recipient_uninsured():
    reason = only(check(DAD, person(9, "resident", None, "uninsured"), purpose="wallet"), "beneficiary_insurance")
    assert reason.sources == ("F-W3",)


@pytest.mark.parametrize("status", ["suspended", "arrears", "uninsured"])
def test_beneficiary_status_blocks(status):
    reason = only(check(DAD, person(10, "resident", None, status)), "beneficiary_status")
    assert reason.sources == ("F-T11",)


def test_outside_area_other_province_in_taiyuan():
    reason = only(check(DAD, person(11, "resident", None, region="310000")), "outside_area")
    assert reason.sources == ("F-T5",)
    assert "310000" in reason.text_zh


def test_other_city_in_the_province_is_inside_the_area():
    assert check(DAD, person(12, "resident", None, region="140200")).allowed


def test_one_at_a_time_in_taiyuan():
    existing = [binding(50, DAD.id, MUM.id, relation="spouse")]
    reason = only(check(existing=existing), "one_at_a_time")
    assert reason.sources == ("F-T1",)
    assert "50" in reason.text_zh


def test_one_at_a_time_counts_pending_but_not_ended_or_terminated_bindings():
    assert only(check(existing=[binding(51, DAD.id, MUM.id, "pending")]), "one_at_a_time")
    past = binding(52, DAD.id, MUM.id, start=dt.date(2024, 1, 1), end=dt.date(2025, 2, 28))
    assert check(existing=[past, binding(53, DAD.id, MUM.id, "terminated"),
                           binding(54, DAD.id, MUM.id, "rejected")]).allowed


def test_a_new_binding_may_start_after_the_current_one_ends():
    current = binding(55, DAD.id, MUM.id, end=dt.date(2025, 6, 30))
    assert not check(existing=[current]).allowed
    assert check(existing=[current], start=dt.date(2025, 7, 1)).allowed


def test_national_rules_have_no_one_at_a_time_limit():
    existing = [binding(56, DAD.id, MUM.id), binding(57, DAD.id, GRANNY.id)]
    assert check(policy=SHANGHAI, existing=existing).allowed


def test_other_authorizers_bindings_do_not_count():
    assert check(existing=[binding(58, MUM.id, GRANNY.id)]).allowed


def test_already_bound():
    existing = [binding(59, DAD.id, KID.id)]
    reason = only(check(policy=SHANGHAI, existing=existing), "already_bound")
    assert reason.sources == ()


def test_rechecking_a_stored_binding_ignores_itself():
    existing = [binding(60, DAD.id, KID.id)]
    assert check(existing=existing, binding_id=60).allowed


def test_missing_dates():
    reason = only(check(start=None, end=None), "missing_dates")
    assert reason.sources == ("F-T2",)
    assert only(check(end=None), "missing_dates")


def test_end_before_start():
    reason = only(check(start=dt.date(2025, 6, 1), end=dt.date(2025, 5, 31)), "end_before_start")
    assert reason.sources == ("F-T2",)
    assert "2025-05-31" in reason.text_zh and "2025-06-01" in reason.text_en


def test_missing_amount():
    reason = only(check(amount_fen=None), "missing_amount")
    assert reason.sources == ("F-T2",)


def test_amount_not_positive():
    reason = only(check(amount_fen=0), "amount_not_positive")
    assert reason.sources == ("F-T2",)


def test_every_reason_is_returned_together():
    r = check(KID, person(13, "none", None, "arrears", region="310000"), "spouse_parent",
              start=dt.date(2025, 6, 1), end=dt.date(2025, 5, 1), amount_fen=None,
              existing=[binding(61, KID.id, MUM.id)])
    assert set(r.codes) == {"relation_excluded", "authorizer_insurance", "beneficiary_insurance",
                            "beneficiary_status", "outside_area", "one_at_a_time", "end_before_start",
                            "missing_amount"}
    assert r.asks == ()


def test_every_reason_code_has_a_test_here():
    tested = {"same_person", "relation_excluded", "relation_not_allowed", "authorizer_insurance",
              "beneficiary_insurance", "beneficiary_status", "outside_area", "one_at_a_time", "already_bound",
              "missing_dates", "end_before_start", "missing_amount", "amount_not_positive",
              "asks_dates", "asks_amount", "asks_consent", "asks_review", "asks_open_wallet",
              "asks_wallet_limits", "grounds_relation", "grounds_area", "grounds_several"}
    assert rules.CODES == tested


def test_unknown_purpose_or_relation_is_a_programming_error():
    with pytest.raises(ValueError):
        check(purpose="gift")
    with pytest.raises(ValueError):
        check(relation="cousin")
