"""Who pays the personal share: worked examples from the sources, and properties over random families."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import settlement
from desktop.core.model import BindingTerm, Person, registration_key
from desktop.core.policy import load_default, load_packs, packs_dir
from desktop.core.settlement import settle

REG = load_default()
TAIYUAN = REG.get("140100")
SHANGHAI = REG.get("310000")
DAY = dt.date(2025, 3, 1)

KID = Person(1, "小明", "140100", "resident", None, "insured")
DAD = Person(2, "爸爸", "140100", "employee", "in_service", "insured")
MUM = Person(3, "妈妈", "140100", "employee", "in_service", "insured")
PEOPLE = {p.id: p for p in (KID, DAD, MUM)}
SH_PEOPLE = {p.id: Person(p.id, p.name, "310000", p.insurance, p.employment, p.status) for p in (KID, DAD, MUM)}


def bind(bid, authorizer, beneficiary=1, status="active", start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
         cap=None, registered=None):
    return BindingTerm(bid, authorizer, beneficiary, "child", status, start, end, cap,
                       registered or dt.datetime(2025, 1, 1, 8) + dt.timedelta(minutes=bid))


def run(personal, accounts, bindings=(), policy=TAIYUAN, beneficiary=KID, care="outpatient", **kw):
    kw.setdefault("people", PEOPLE)
    kw.setdefault("policy_for", REG.resolve_insured_place)
    s = settle(beneficiary, personal, DAY, care, policy, accounts=accounts, bindings=bindings, **kw)
    assert sum(ln.amount_fen for ln in s.lines) == personal
    return s


def summary(s):
    return [(ln.source, ln.account_id, ln.amount_fen) for ln in s.lines]


def skips(s):
    return {(k.binding_id, k.code): k.sources for k in s.skipped}


def test_taiyuan_worked_example_floor():
    """Own ¥200, bound account ¥1,500, personal share ¥800 → own ¥200, family ¥500 (above ¥1,000), cash ¥100."""
    s = run(80000, {KID.id: 20000, DAD.id: 150000}, [bind(10, DAD.id)])
    assert summary(s) == [("own", 1, 20000), ("family", 2, 50000), ("cash", None, 10000)]
    own, fam, cash = s.lines
    assert own.code == "own_account" and "F-T4" in own.sources
    assert fam.code == "family_pays_to_floor" and "F-T10" in fam.sources and fam.binding_id == 10
    assert "¥1,000.00" in fam.text_zh and "¥500.00" in fam.text_en
    assert cash.code == "cash_rest" and "¥100.00" in cash.text_zh
    assert s.cash_fen == 10000 and s.drawn() == {1: 20000, 2: 50000} and s.by_binding() == {10: 50000}


def test_the_wallet_can_be_moved_in_the_payment_order():
    """SEED-FACTS §5 leaves the wallet's place open: Taiyuan's pack puts it before family money (F-T4 order);
    the family may put it after. Own ¥0, wallet ¥300, bound account ¥1,500 above the ¥1,000 floor, share ¥600."""
    assert settlement.payment_order(TAIYUAN) == ("own", "wallet", "family", "cash")
    assert settlement.payment_order(TAIYUAN, "region") == ("own", "wallet", "family", "cash")
    assert settlement.payment_order(TAIYUAN, "before_family") == ("own", "wallet", "family", "cash")
    after = settlement.payment_order(TAIYUAN, "after_family")
    assert after == ("own", "family", "wallet", "cash")
    with pytest.raises(ValueError):
        settlement.payment_order(TAIYUAN, "first")
    accounts, terms = {KID.id: 0, DAD.id: 150000}, [bind(10, DAD.id)]
    region = run(60000, accounts, terms, wallet_fen=30000)
    assert summary(region) == [("wallet", 1, 30000), ("family", 2, 30000)]
    moved = run(60000, accounts, terms, wallet_fen=30000, order=after)
    assert summary(moved) == [("family", 2, 50000), ("wallet", 1, 10000)]  # family down to the floor first
    assert moved.lines[1].code == "wallet_pays" and "¥100.00" in moved.lines[1].text_en


def test_registration_order_not_list_order():
    """F-G6: in Shanghai (no floor) the earlier-registered account pays first, whatever the input order."""
    early = bind(11, MUM.id, registered=dt.datetime(2024, 5, 1, 9))
    late = bind(12, DAD.id, registered=dt.datetime(2024, 6, 1, 9))
    s = run(50000, {KID.id: 0, DAD.id: 100000, MUM.id: 30000}, [late, early], policy=SHANGHAI,
            beneficiary=SH_PEOPLE[1], people=SH_PEOPLE)
    assert summary(s) == [("family", 3, 30000), ("family", 2, 20000)]
    assert s.lines[0].code == "family_pays_all" and s.lines[1].code == "family_pays"
    assert "F-G6" in s.lines[0].sources
    assert ("own", "own_empty") in {(k.source, k.code) for k in s.skipped}


def test_registration_ties_fall_back_to_id_and_unknown_times_go_last():
    same = dt.datetime(2024, 5, 1, 9)
    b = [bind(21, DAD.id, registered=same), bind(20, MUM.id, registered=same),
         BindingTerm(5, 9, 1, "child", "active")]
    assert [x.id for x in sorted(b, key=registration_key)] == [20, 21, 5]


def test_taiyuan_order_cites_both_the_city_and_the_national_fact():
    s = run(10000, {KID.id: 0, DAD.id: 200000}, [bind(13, DAD.id)])
    assert s.lines[0].sources == ("F-T4", "F-G6")


def test_authorization_remaining_amount():
    """F-T2: an authorized amount of ¥300 with ¥250 used leaves ¥50."""
    s = run(20000, {KID.id: 0, DAD.id: 500000}, [bind(14, DAD.id, cap=30000)], used_fen={14: 25000})
    assert summary(s) == [("family", 2, 5000), ("cash", None, 15000)]
    assert s.lines[0].code == "family_pays_to_cap" and "F-T2" in s.lines[0].sources
    used = run(20000, {KID.id: 0, DAD.id: 500000}, [bind(14, DAD.id, cap=30000)], used_fen={14: 30000})
    assert summary(used) == [("cash", None, 20000)]
    assert skips(used)[(14, "authorization_used")] == ("F-T2",)


@pytest.mark.parametrize(("binding", "code", "source"), [
    (bind(15, 2, start=dt.date(2025, 3, 2)), "binding_not_started", ("F-T2",)),
    (bind(15, 2, end=dt.date(2025, 2, 28)), "binding_ended", ("F-T2",)),
    (bind(15, 2, status="terminated"), "binding_terminated", ("F-T7",)),
    (bind(15, 2, status="pending"), "binding_not_active", ("F-G3",)),
    (bind(15, 2, status="draft"), "binding_not_active", ("F-G3",)),
    (bind(15, 2, status="rejected"), "binding_not_active", ("F-G3",)),
])
def test_bindings_that_do_not_pay(binding, code, source):
    s = run(10000, {KID.id: 0, DAD.id: 500000}, [binding])
    assert summary(s) == [("cash", None, 10000)]
    assert skips(s) == {(None, "own_empty"): ("F-T4", "F-G6"), (None, "wallet_empty"): ("F-T4", "F-G6"),
                        (15, code): source}
    assert s.skipped[-1].text_zh and s.skipped[-1].text_en


def test_binding_dates_are_inclusive():
    s = run(10000, {KID.id: 0, DAD.id: 500000}, [bind(16, DAD.id, start=DAY, end=DAY)])
    assert summary(s) == [("family", 2, 10000)]


@pytest.mark.parametrize("status", ["suspended", "arrears"])
def test_blocked_beneficiary_uses_own_money_but_no_shared_money(status):
    kid = Person(1, "小明", "140100", "resident", None, status)
    s = run(30000, {KID.id: 10000, DAD.id: 500000}, [bind(17, DAD.id)], beneficiary=kid)
    assert summary(s) == [("own", 1, 10000), ("cash", None, 20000)]
    assert skips(s)[(None, "beneficiary_blocked")] == ("F-T11",)


def test_at_floor_and_empty_accounts():
    s = run(10000, {KID.id: 0, DAD.id: 100000, MUM.id: 0}, [bind(18, DAD.id), bind(19, MUM.id)])
    assert summary(s) == [("cash", None, 10000)]
    assert skips(s)[(18, "at_floor")] == ("F-T10",)  # exactly ¥1,000: nothing usable
    assert skips(s)[(19, "at_floor")] == ("F-T10",)
    s = run(10000, {KID.id: 0, MUM.id: 0}, [bind(19, MUM.id)], policy=SHANGHAI, people=SH_PEOPLE)
    assert skips(s)[(19, "account_empty")] == ()


def test_floor_is_the_authorizers_region():
    """A Shanghai authorizer has no floor even for a Taiyuan beneficiary, and the reverse."""
    sh_dad = Person(2, "爸爸", "310000", "employee", "in_service", "insured")
    s = run(50000, {KID.id: 0, DAD.id: 120000}, [bind(20, DAD.id)], people={1: KID, 2: sh_dad})
    assert summary(s) == [("family", 2, 50000)]
    sh_kid = Person(1, "小明", "310000", "resident", None, "insured")
    s = run(50000, {KID.id: 0, DAD.id: 120000}, [bind(20, DAD.id)], policy=SHANGHAI, beneficiary=sh_kid)
    assert summary(s) == [("family", 2, 20000), ("cash", None, 30000)]
    assert "F-T10" in s.lines[0].sources


def test_same_authorizer_twice_keeps_the_floor_once():
    s = run(80000, {KID.id: 0, DAD.id: 150000}, [bind(21, DAD.id), bind(22, DAD.id)])
    assert summary(s) == [("family", 2, 50000), ("cash", None, 30000)]
    assert (22, "at_floor") in skips(s)


def test_wallet_after_own_and_before_family():
    s = run(50000, {KID.id: 10000, DAD.id: 500000}, [bind(23, DAD.id)], wallet_fen=15000)
    assert summary(s) == [("own", 1, 10000), ("wallet", 1, 15000), ("family", 2, 25000)]
    assert s.lines[1].code == "wallet_pays" and s.wallet_fen == 15000
    assert s.drawn() == {1: 10000, 2: 25000}  # the wallet is not the personal account


def test_wallet_not_accepted_is_skipped():
    s = run(50000, {KID.id: 0, DAD.id: 500000}, [bind(23, DAD.id)], wallet_fen=15000, wallet_accepted=False)
    assert summary(s) == [("family", 2, 50000)]
    assert (None, "wallet_not_accepted") in skips(s)


def test_nothing_to_pay_gives_no_lines():
    s = run(0, {KID.id: 10000}, [bind(24, DAD.id)])
    assert s.lines == () and s.skipped == ()


def test_later_sources_are_not_even_looked_at_once_paid():
    s = run(5000, {KID.id: 10000}, [bind(25, DAD.id, status="terminated")], wallet_fen=100)
    assert summary(s) == [("own", 1, 5000)] and s.skipped == ()


OTHER_ORDER = """
code = "990100"
name = { zh = "测试市", en = "Test city" }
parent = "000000"
year = 2025

[payment]
order = { value = ["own", "family", "wallet", "cash"], source = "F-G6" }
covered_care = { value = ["inpatient", "chronic"], source = "F-T12" }
"""


@pytest.fixture(scope="module")
def test_city(tmp_path_factory):
    d: Path = tmp_path_factory.mktemp("packs")
    (d / "990100-testcity.toml").write_text(OTHER_ORDER, encoding="utf-8")
    reg = load_packs([packs_dir() / "000000-national.toml", d / "990100-testcity.toml"])
    assert not reg.errors, reg.errors
    return reg.get("990100")


def test_a_region_may_put_the_wallet_after_the_family(test_city):
    s = run(50000, {KID.id: 0, DAD.id: 30000}, [bind(26, DAD.id)], policy=test_city, care="inpatient",
            wallet_fen=40000, policy_for=None)
    assert summary(s) == [("family", 2, 30000), ("wallet", 1, 20000)]


def test_care_not_covered(test_city):
    s = run(50000, {KID.id: 0, DAD.id: 30000}, [bind(26, DAD.id)], policy=test_city, care="pharmacy",
            policy_for=None)
    assert summary(s) == [("cash", None, 50000)]
    reason = skips(s)[(None, "care_not_covered")]
    assert reason == ("F-T12",)
    text = next(k for k in s.skipped if k.code == "care_not_covered").text_zh
    assert "药店购药" in text and "住院" in text


def test_negative_share_is_refused():
    with pytest.raises(ValueError):
        settle(KID, -1, DAY, "outpatient", TAIYUAN, accounts={})


def test_every_reason_code_is_exercised_here():
    assert settlement.CODES == {
        "own_account", "own_empty", "wallet_pays", "wallet_empty", "wallet_not_accepted", "family_pays",
        "family_pays_to_floor", "family_pays_to_cap", "family_pays_all", "cash_rest", "care_not_covered",
        "beneficiary_blocked", "binding_terminated", "binding_not_active", "binding_not_started",
        "binding_ended", "authorization_used", "at_floor", "account_empty",
        # exercised in tests/core/test_settlement_quota.py
        "own_account_locked", "own_all_locked", "quota_pays", "quota_used_up", "quota_payer_empty", "quota_ended",
        "quota_auto_ended", "binding_auto_ended", "cash_rest_ended"}


# ---- properties over random families ----

REGIONS = ["140100", "310000"]
FLOOR = {"140100": 100000, "310000": 0}
d0 = dt.date(2025, 1, 1)


@st.composite
def families(draw):
    region = draw(st.sampled_from(REGIONS))
    status = draw(st.sampled_from(["insured", "insured", "insured", "suspended", "arrears"]))
    me = Person(1, "me", region, "resident", None, status)
    n = draw(st.integers(0, 5))
    people, bindings, accounts, used = {1: me}, [], {1: draw(st.integers(0, 50000))}, {}
    for i in range(n):
        aid = 100 + i
        people[aid] = Person(aid, f"a{i}", draw(st.sampled_from(REGIONS)), "employee", "in_service", "insured")
        accounts[aid] = draw(st.integers(0, 300000))
        start = draw(st.none() | st.dates(d0, d0 + dt.timedelta(days=60)))
        end = draw(st.none() | st.dates(d0 + dt.timedelta(days=20), d0 + dt.timedelta(days=90)))
        cap = draw(st.none() | st.integers(1, 200000))
        bid = 1000 + i
        if cap is not None:
            used[bid] = draw(st.integers(0, cap + 1000))
        reg = dt.datetime(2024, 1, 1) + dt.timedelta(hours=draw(st.integers(0, 2000)))
        bstatus = draw(st.sampled_from(["active"] * 4 + ["pending", "terminated", "draft", "rejected"]))
        bindings.append(BindingTerm(bid, aid, 1, "child", bstatus, start, end, cap, reg))
    return {
        "me": me, "people": people, "bindings": bindings, "accounts": accounts, "used": used,
        "wallet": draw(st.integers(0, 30000)), "accepted": draw(st.booleans()),
        "share": draw(st.integers(0, 600000)),
        "day": draw(st.dates(d0, d0 + dt.timedelta(days=90))),
        "care": draw(st.sampled_from(["outpatient", "chronic", "special_drugs", "inpatient", "pharmacy"])),
    }


@settings(max_examples=300, deadline=None)
@given(families())
def test_settlement_properties(f):
    me, policy = f["me"], REG.get(f["me"].region_code)
    s = settle(me, f["share"], f["day"], f["care"], policy, accounts=f["accounts"], wallet_fen=f["wallet"],
               bindings=f["bindings"], used_fen=f["used"], people=f["people"],
               policy_for=REG.resolve_insured_place, wallet_accepted=f["accepted"])
    # Lines plus cash are exactly the personal share; every line pays something.
    assert sum(ln.amount_fen for ln in s.lines) == f["share"]
    assert all(ln.amount_fen > 0 for ln in s.lines)
    # Sources come in the pack's order, family accounts in registration order.
    order = policy.value("payment", "order")
    rank = [order.index(ln.source) if ln.source != "cash" else len(order) for ln in s.lines]
    assert rank == sorted(rank)
    by_reg = sorted(f["bindings"], key=registration_key)
    pos = {b.id: i for i, b in enumerate(by_reg)}
    fam = [ln.binding_id for ln in s.lines if ln.source == "family"]
    assert fam == sorted(fam, key=pos.__getitem__)

    # What each source could give, computed independently of the engine.
    blocked = me.status in ("suspended", "arrears", "uninsured")
    usable = {}
    for b in f["bindings"]:
        ok = (not blocked and b.status == "active" and (b.start is None or b.start <= f["day"])
              and (b.end is None or f["day"] <= b.end))
        floor = FLOOR[f["people"][b.authorizer_id].region_code]
        room = f["accounts"][b.authorizer_id] - floor
        if b.amount_cap_fen is not None:
            room = min(room, b.amount_cap_fen - f["used"].get(b.id, 0))
        usable[b.id] = max(0, room) if ok else 0
    drawn = s.by_binding()
    for bid, amount in drawn.items():
        assert amount <= usable[bid]  # floors, zero, authorization caps, dates and statuses hold
    own = s.paid_by("own")
    wal = s.paid_by("wallet")
    assert own <= f["accounts"][1] and wal <= (f["wallet"] if f["accepted"] else 0)

    # A later source is touched only when every earlier one is exhausted or blocked.
    used_sources = [ln.source for ln in s.lines]
    def exhausted_before(source):
        if source == "own":
            return own == f["accounts"][1]
        if source == "wallet":
            return wal == (f["wallet"] if f["accepted"] else 0)
        return all(drawn.get(b.id, 0) == usable[b.id] for b in by_reg)
    for i, src in enumerate(used_sources[:-1]):
        later = used_sources[i + 1:]
        if any(x != src for x in later):
            assert exhausted_before(src), (src, summary(s))
    for bid in fam:
        for b in by_reg[:pos[bid]]:
            assert drawn.get(b.id, 0) == usable[b.id]
    if s.cash_fen:
        assert own == f["accounts"][1] and wal == (f["wallet"] if f["accepted"] else 0)
        assert all(drawn.get(b.id, 0) == usable[b.id] for b in by_reg)
