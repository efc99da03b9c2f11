"""The 共济额度 in the payment order (F-N11) and relationships that ended by themselves (F-N9), worked by hand."""

import datetime as dt

from desktop.core.model import BindingTerm, QuotaTerm
from desktop.core.settlement import settle
from tests.core.test_settlement import DAD, DAY, KID, MUM, PEOPLE, REG, SHANGHAI, TAIYUAN


def run(personal, accounts, policy=SHANGHAI, **kw):
    s = settle(KID, personal, DAY, "outpatient", policy, accounts=accounts, people=PEOPLE,
               policy_for=REG.resolve_insured_place, **kw)
    assert sum(ln.amount_fen for ln in s.lines) == personal
    return s


def lines(s):
    return [(ln.source, ln.account_id, ln.amount_fen, ln.quota_id) for ln in s.lines]


def test_the_quota_pays_right_after_the_own_account_and_no_more_than_is_left():
    """Own ¥100; dad's quota ¥500 of which ¥380 is left; share ¥600 → own ¥100, quota ¥380, cash ¥120."""
    q = QuotaTerm(7, DAD.id, KID.id, 50000, 38000, "standing")
    s = run(60000, {KID.id: 10000, DAD.id: 200000}, quotas=[q], locked={DAD.id: 38000})
    assert lines(s) == [("own", 1, 10000, None), ("quota", 2, 38000, 7), ("cash", None, 12000, None)]
    assert s.lines[1].code == "quota_pays" and "F-N11" in s.lines[1].sources
    assert "¥380.00" in s.lines[1].text_zh and "爸爸" in s.lines[1].text_zh
    assert s.drawn() == {1: 10000, 2: 38000}


def test_the_quota_comes_before_the_wallet_and_the_bindings():
    q = QuotaTerm(7, DAD.id, KID.id, 50000, 50000, "standing")
    b = BindingTerm(10, MUM.id, KID.id, "child", "active", dt.date(2025, 1, 1), None)
    s = run(30000, {KID.id: 0, DAD.id: 50000, MUM.id: 90000}, quotas=[q], locked={DAD.id: 50000}, bindings=[b],
            wallet_fen=90000)
    assert lines(s) == [("quota", 2, 30000, 7)]


def test_the_payer_cannot_spend_the_locked_part_of_the_own_account():
    """Dad has ¥2,000 and set a ¥1,500 quota for the kid: his own visit of ¥800 gets ¥500 from his account."""
    s = settle(DAD, 80000, DAY, "outpatient", SHANGHAI, accounts={DAD.id: 200000}, people=PEOPLE,
               locked={DAD.id: 150000})
    assert [(ln.source, ln.amount_fen) for ln in s.lines] == [("own", 50000), ("cash", 30000)]
    assert s.lines[0].code == "own_account_locked" and "¥1,500.00" in s.lines[0].text_zh
    s = settle(DAD, 80000, DAY, "outpatient", SHANGHAI, accounts={DAD.id: 150000}, people=PEOPLE,
               locked={DAD.id: 150000})
    assert [(ln.source, ln.amount_fen) for ln in s.lines] == [("cash", 80000)]
    assert [k.code for k in s.skipped if k.source == "own"] == ["own_all_locked"]


def test_a_binding_does_not_draw_the_locked_part_either():
    """Mum (Taiyuan) has ¥4,000 with ¥2,500 locked as a quota for dad: ¥1,500 is hers, and above the ¥1,000 that
    must stay (F-T10) her binding for the kid may take ¥500."""
    b = BindingTerm(10, MUM.id, KID.id, "child", "active", dt.date(2025, 1, 1), None)
    s = run(90000, {KID.id: 0, MUM.id: 400000}, bindings=[b], locked={MUM.id: 250000})
    assert lines(s) == [("family", 3, 50000, None), ("cash", None, 40000, None)]


def test_used_up_empty_and_ended_quotas_pay_nothing_and_say_why():
    used = QuotaTerm(1, DAD.id, KID.id, 50000, 0, "standing")
    empty = QuotaTerm(2, MUM.id, KID.id, 50000, 50000, "standing")
    by_hand = QuotaTerm(3, DAD.id, KID.id, 20000, 5000, "ended", dt.date(2025, 2, 1))
    moved = QuotaTerm(4, MUM.id, KID.id, 30000, 12000, "auto_ended", dt.date(2025, 2, 10), (KID.id, "moved"))
    s = run(10000, {KID.id: 0, DAD.id: 0, MUM.id: 0}, quotas=[used, empty, by_hand, moved])
    assert lines(s) == [("cash", None, 10000, None)]
    codes = {k.quota_id: k.code for k in s.skipped if k.source == "quota"}
    assert codes == {1: "quota_used_up", 2: "quota_payer_empty", 3: "quota_ended", 4: "quota_auto_ended"}
    auto = next(k for k in s.skipped if k.quota_id == 4)
    assert auto.sources == ("F-N11", "F-N9")
    assert "小明的医保在 2025-02-10 转到其他统筹地区" in auto.text_zh and "¥120.00" in auto.text_zh
    assert "moved to another pooling region on 2025-02-10" in auto.text_en


def test_a_binding_ended_by_a_move_pays_nothing_from_that_day_and_says_why():
    """Dad's insurance moved on 1 March (the visit day): the binding ended that day, the visit is paid in cash."""
    b = BindingTerm(10, DAD.id, KID.id, "child", "active", dt.date(2025, 1, 1), None, None, None,
                    dt.date(2025, 3, 1), (DAD.id, "moved"))
    s = settle(KID, 40000, DAY, "outpatient", TAIYUAN, accounts={KID.id: 0, DAD.id: 500000}, bindings=[b],
               people=PEOPLE, policy_for=REG.resolve_insured_place)
    assert [(ln.source, ln.amount_fen) for ln in s.lines] == [("cash", 40000)]
    assert s.lines[0].code == "cash_rest_ended"
    (skip,) = [k for k in s.skipped if k.binding_id == 10]
    assert skip.code == "binding_auto_ended" and skip.sources == ("F-N9",)
    assert "爸爸的医保在 2025-03-01 转到其他统筹地区，与爸爸的共济关系当天自动终止" in skip.text_zh
    b_day_before = BindingTerm(10, DAD.id, KID.id, "child", "active", dt.date(2025, 1, 1), None, None, None,
                               dt.date(2025, 3, 2), (DAD.id, "moved"))
    s = settle(KID, 40000, DAY, "outpatient", TAIYUAN, accounts={KID.id: 0, DAD.id: 500000},
               bindings=[b_day_before], people=PEOPLE, policy_for=REG.resolve_insured_place)
    assert [(ln.source, ln.amount_fen) for ln in s.lines] == [("family", 40000)]
