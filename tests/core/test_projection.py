"""Projected drawdown: hand-computed months (Taiyuan tables F-T14, F-T15; floor F-T10; Wuhan premium F-R6),
conservation and floor properties over random families, and agreement with a naive month loop that calls
estimate() and settle() directly for every visit."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import vocab
from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person, Visit
from desktop.core.policy import load_default
from desktop.core.projection import (
    Event,
    PremiumPlan,
    ProjectionError,
    ProjectionInput,
    Spending,
    WalletTransfer,
    add_months,
    month_label,
    spending_from_visits,
    usage_from_visits,
)
from desktop.core.reimbursement import YearUsage, estimate
from desktop.core.settlement import settle

REG = load_default()
PF = REG.resolve_insured_place
TY, WH, SH = "140100", "420100", "310000"
OCT = dt.date(2025, 10, 1)

DAD = Person(2, "爸爸", TY, "employee", "in_service", "insured", dt.date(1985, 1, 1))
MUM = Person(1, "妈妈", TY, "resident", None, "insured", dt.date(1955, 1, 1))


def bind(bid=1, authorizer=2, beneficiary=1, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), cap=None,
         relation="parent", status="active"):
    return BindingTerm(bid, authorizer, beneficiary, relation, status, start, end, cap,
                       dt.datetime(2025, 1, 1, 8) + dt.timedelta(minutes=bid))


def closings(proj, pid, kind="personal"):
    return [m.closing_fen for m in proj.account(pid, kind).months]


def cash(proj, pid):
    return [m.out_of_pocket_fen for m in proj.person(pid).months]


# ---- hand-computed examples ----

def test_one_person_credit_and_fixed_spend_month_by_month():
    """Employee at a level-1 hospital: 55 % (F-T15), no deductible, no cap in the pack.

    ¥400 a month → fund ¥220, personal ¥180. Balance ¥200, credit ¥100 a month:
    Oct 200+100−180 = 120; Nov 120+100−180 = 40; Dec 40+100 = 140 < 180 → own 140, cash 40, closing 0;
    Jan 0+100 → own 100, cash 80.
    """
    inp = ProjectionInput(OCT, (DAD,), balances={2: 20000}, credits={2: 10000},
                          spending=(Spending(2, "outpatient", "1", 40000),), months=4)
    p = project(inp, PF)
    assert closings(p, 2) == [12000, 4000, 0, 0]
    assert cash(p, 2) == [0, 0, 4000, 8000]
    acc = p.account(2)
    assert [m.own_use_fen for m in acc.months] == [18000, 18000, 14000, 10000]
    assert [m.inflow_fen for m in acc.months] == [10000] * 4
    assert acc.empty_month == dt.date(2025, 12, 1) and acc.floor_month is None and acc.floor_fen == 0
    assert [m.fund_fen for m in p.person(2).months] == [22000] * 4
    assert p.person(2).first_cash_month == dt.date(2025, 12, 1) and p.person(2).cash_fen == 12000
    assert (p.lowest_fen, p.lowest_month) == (0, dt.date(2025, 12, 1))
    texts = [r.text_zh for r in p.summary()]
    assert texts[0] == "爸爸的账户预计在2025年12月用完。"
    assert any("¥120.00" in t and "2025年12月" in t for t in texts)


def test_taiyuan_pair_family_money_stops_at_the_floor_and_resets_in_january():
    """Mum (resident, level 1: deductible ¥80 a year, 60 %, fund cap ¥300 a year, F-T14) spends ¥500 a month;
    Dad's account (¥1,500, credit ¥200) pays her share, but only above ¥1,000 (F-T10).

    Oct: fund (500−80)×60 % = 252 → share 248, Dad 1500+200−248 = 1452.
    Nov: 500×60 % = 300 but only 48 of the cap left → share 452, Dad 1652−452 = 1200.
    Dec: cap used up → share 500; Dad 1400 has 400 above the floor → family 400, cash 100, Dad 1000.
    Jan (deductible and cap start again): share 248; Dad 1200 has 200 above the floor → cash 48.
    Feb: share 452 → family 200, cash 252.  Mar: share 500 → family 200, cash 300.
    """
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 150000}, credits={2: 20000},
                          spending=(Spending(1, "outpatient", "1", 50000),), bindings=(bind(),), months=6)
    p = project(inp, PF)
    assert closings(p, 2) == [145200, 120000, 100000, 100000, 100000, 100000]
    assert [m.fund_fen for m in p.person(1).months] == [25200, 4800, 0, 25200, 4800, 0]
    assert [m.family_fen for m in p.person(1).months] == [24800, 45200, 40000, 20000, 20000, 20000]
    assert cash(p, 1) == [0, 0, 10000, 4800, 25200, 30000]
    dad = p.account(2)
    assert dad.floor_fen == 100000 and dad.floor_month == dt.date(2025, 12, 1) and dad.empty_month is None
    assert [m.paid_for_others_fen for m in dad.months] == [24800, 45200, 40000, 20000, 20000, 20000]
    assert p.account(1) is None  # a resident without a balance has no personal account
    assert p.pool_floor_fen == 100000
    assert all(m.closing_fen >= p.pool_floor_fen for m in p.pool)
    first = p.summary()[0]
    assert first.code == "proj_floor" and "¥1,000.00" in first.text_zh and "2025年12月" in first.text_zh


def test_own_use_may_go_below_the_floor_but_family_use_may_not():
    """Dad also spends ¥100 a month at level 1 (55 % → his share ¥45), after Mum (input order)."""
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 150000}, credits={2: 20000},
                          spending=(Spending(1, "outpatient", "1", 50000), Spending(2, "outpatient", "1", 10000)),
                          bindings=(bind(),), months=6)
    p = project(inp, PF)
    # Dec: Dad 1110+200 = 1310 → family 310, cash 190, then his own 45 → 955; later months he is below
    # the floor before Mum's visit, so only the credit above ¥1,000 (155) is hers.
    assert closings(p, 2) == [140700, 111000, 95500, 95500, 95500, 95500]
    assert cash(p, 1) == [0, 0, 19000, 9300, 29700, 34500]
    assert [m.own_use_fen for m in p.account(2).months] == [4500] * 6


def test_year_to_date_usage_is_taken_into_account():
    """Mum already met the ¥80 deductible and ¥300 cap in 2025: the fund pays nothing until January."""
    used = YearUsage()
    used.add(2025, "outpatient", 8000, 30000)
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 500000}, spending=(Spending(1, "outpatient", "1", 50000),),
                          bindings=(bind(),), usage={1: used}, months=4)
    p = project(inp, PF)
    assert [m.fund_fen for m in p.person(1).months] == [0, 0, 0, 25200]
    assert used.fund_paid(2025, "outpatient") == 30000  # the input is not changed


def test_authorization_cap_and_end_date():
    """Authorized amount ¥500 (F-T2): Oct 248 drawn, Nov only 252 of the 452 share. A binding ending on
    30 Nov pays nothing in December (end date inclusive, visits on the 15th)."""
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 900000}, spending=(Spending(1, "outpatient", "1", 50000),),
                          bindings=(bind(cap=50000),), binding_used={1: 0}, months=3)
    p = project(inp, PF)
    assert [m.family_fen for m in p.person(1).months] == [24800, 25200, 0]
    assert cash(p, 1) == [0, 20000, 50000]
    ended = ProjectionInput(OCT, (MUM, DAD), balances={2: 900000}, spending=(Spending(1, "outpatient", "1", 50000),),
                            bindings=(bind(end=dt.date(2025, 11, 30)),), months=3)
    q = project(ended, PF)
    assert [m.family_fen for m in q.person(1).months] == [24800, 45200, 0]
    assert cash(q, 1) == [0, 0, 50000]


def test_a_steady_share_runs_into_the_authorized_amount():
    """Shanghai (no table, no floor): ¥200 a month all personal; ¥500 authorized → 200, 200, 100, then 0."""
    kid = Person(1, "小明", SH, "resident", None, "insured")
    dad = Person(2, "爸爸", SH, "employee", "in_service", "insured")
    inp = ProjectionInput(OCT, (kid, dad), balances={2: 900000}, spending=(Spending(1, "pharmacy", "0", 20000),),
                          bindings=(BindingTerm(3, 2, 1, "child", "active", None, None, 50000),), months=5)
    p = project(inp, PF)
    assert [m.family_fen for m in p.person(1).months] == [20000, 20000, 10000, 0, 0]
    assert closings(p, 2) == [880000, 860000, 850000, 850000, 850000]


def test_registration_order_decides_who_pays_first():
    """Two bound accounts (Shanghai: no floor): the earlier registration pays first (F-G6)."""
    kid = Person(1, "小明", SH, "resident", None, "insured")
    a = Person(2, "爸爸", SH, "employee", "in_service", "insured")
    b = Person(3, "妈妈", SH, "employee", "in_service", "insured")
    late = BindingTerm(7, 2, 1, "child", "active", None, None, None, dt.datetime(2025, 3, 1))
    early = BindingTerm(9, 3, 1, "child", "active", None, None, None, dt.datetime(2025, 2, 1))
    inp = ProjectionInput(OCT, (kid, a, b), balances={2: 100000, 3: 30000},
                          spending=(Spending(1, "pharmacy", "0", 20000),), bindings=(late, early), months=3)
    p = project(inp, PF)
    # No Shanghai table: the whole ¥200 is personal. Mum (registered first) pays 200, then 100 and Dad 100, then Dad.
    assert closings(p, 3) == [10000, 0, 0]
    assert closings(p, 2) == [100000, 90000, 70000]
    assert p.notes and p.notes[0].code == "proj_no_table"


def test_events_are_settled_in_their_month():
    """A planned operation: Dad, inpatient at a 三甲 hospital, ¥10,000 in November (F-T16: deductible ¥800,
    82 % → fund 7,544, share 2,456), paid from his ¥3,000: closing 544."""
    inp = ProjectionInput(OCT, (DAD,), balances={2: 300000},
                          events=(Event(dt.date(2025, 11, 1), 2, "inpatient", "3A", 1000000, "手术", day=3),
                                  Event(dt.date(2027, 1, 1), 2, "inpatient", "3A", 1000000)), months=3)
    p = project(inp, PF)
    assert closings(p, 2) == [300000, 54400, 54400]
    assert p.person(2).months[1].fund_fen == 754400


def test_wallet_transfer_is_limited_by_balance_and_used_after_the_own_account():
    """Dad sends ¥300 to Grandma's wallet in October (F-W5); her ¥500 share goes wallet first (no own account,
    national order own → wallet → family → cash), then cash. In November he has only ¥100 left to send."""
    gran = Person(1, "奶奶", SH, "resident", None, "insured")
    dad = Person(2, "爸爸", SH, "employee", "in_service", "insured")
    inp = ProjectionInput(OCT, (gran, dad), balances={2: 40000},
                          spending=(Spending(1, "pharmacy", "0", 50000),),
                          transfers=(WalletTransfer(OCT, 2, 1, 30000, "parent"),
                                     WalletTransfer(dt.date(2025, 11, 1), 2, 1, 30000)), months=3)
    p = project(inp, PF)
    assert closings(p, 2) == [10000, 0, 0]
    wallet = p.account(1, "wallet")
    assert [m.received_fen for m in wallet.months] == [30000, 10000, 0]
    assert [m.own_use_fen for m in wallet.months] == [30000, 10000, 0]
    assert closings(p, 1, "wallet") == [0, 0, 0]
    assert [m.wallet_fen for m in p.person(1).months] == [30000, 10000, 0]
    assert cash(p, 1) == [20000, 40000, 50000]
    assert [n.code for n in p.notes if n.code.startswith("proj_transfer")] == ["proj_transfer_reduced"]


def test_wallet_transfer_limits_and_relation_are_checked():
    """F-W6: 3 transfers a day of at most ¥2,000 from 06:00: February 2026 (28 days) moves at most ¥168,000.
    A relation the wallet does not allow (F-W1: close relatives only) moves nothing."""
    gran = Person(1, "奶奶", SH, "resident", None, "insured")
    dad = Person(2, "爸爸", SH, "employee", "in_service", "insured")
    feb = dt.date(2026, 2, 1)
    inp = ProjectionInput(feb, (gran, dad), balances={2: 50000000},
                          transfers=(WalletTransfer(feb, 2, 1, 20000000), WalletTransfer(feb, 2, 1, 100000, "other")),
                          months=3)
    p = project(inp, PF)
    assert closings(p, 1, "wallet") == [16800000] * 3
    codes = [n.code for n in p.notes]
    assert "proj_transfer_late" in codes and "proj_transfer_refused" in codes
    late = p.notes[codes.index("proj_transfer_late")]
    assert "¥168,000.00" in late.text_zh and "¥200,000.00" in late.text_en


def test_premium_paid_for_a_bound_relative_from_the_pack_and_again_next_year():
    """Wuhan (F-R6): resident premium ¥400. The pack has only 2025, so 2026 and 2027 use that figure (noted).
    Uncle pays Grandpa's premium each October from his account (F-G9)."""
    uncle = Person(8, "舅舅", WH, "employee", "in_service", "insured")
    gp = Person(9, "外公", WH, "resident", None, "insured")
    inp = ProjectionInput(dt.date(2025, 9, 1), (uncle, gp), balances={8: 100000},
                          premiums=(PremiumPlan(8, 9, OCT, 2026),),
                          bindings=(bind(4, 8, 9, start=dt.date(2024, 1, 1), end=None),), months=15)
    p = project(inp, PF)
    c = closings(p, 8)
    assert c[0] == 100000 and c[1:13] == [60000] * 12 and c[13:] == [20000, 20000]
    months = p.person(9).months
    assert [m.month for m in months if m.premium_fen] == [OCT, dt.date(2026, 10, 1)]
    assert sum(m.premium_by_others_fen for m in months) == 80000 and p.person(9).cash_fen == 0
    notes = [n for n in p.notes if n.code == "proj_premium_assumed_year"]
    assert [n.args["year"] for n in notes] == [2026, 2027]
    assert "¥400.00" in notes[0].text_zh


def test_premium_without_binding_or_above_the_floor_is_cash():
    """Without a binding the premium is the relative's cash; in Taiyuan only the part above ¥1,000 pays."""
    uncle = Person(8, "舅舅", WH, "employee", "in_service", "insured")
    gp = Person(9, "外公", WH, "resident", None, "insured")
    inp = ProjectionInput(OCT, (uncle, gp), balances={8: 100000}, premiums=(PremiumPlan(8, 9, OCT, 2025),), months=3)
    p = project(inp, PF)
    assert closings(p, 8) == [100000] * 3 and p.person(9).cash_fen == 40000
    assert "proj_premium_not_bound" in [n.code for n in p.notes]
    # Taiyuan payer with ¥1,150: ¥150 above the floor pays, ¥250 is cash; the amount is the user's figure.
    inp2 = ProjectionInput(OCT, (MUM, DAD), balances={2: 115000}, bindings=(bind(),),
                           premiums=(PremiumPlan(2, 1, OCT, 2026, amount_fen=40000, yearly=False),), months=3)
    q = project(inp2, PF)
    assert closings(q, 2) == [100000] * 3
    assert [m.premium_cash_fen for m in q.person(1).months] == [25000, 0, 0]
    assert q.account(2).months[0].paid_for_others_fen == 15000
    assert "proj_premium_partial" in [n.code for n in q.notes]


def test_spending_from_visits_is_the_twelve_month_average_rounded_half_up():
    start = dt.date(2025, 7, 20)
    visits = [
        Visit(None, 1, dt.date(2024, 7, 1), "outpatient", "1", 10000),
        Visit(None, 1, dt.date(2025, 6, 30), "outpatient", "1", 6),       # (10000 + 6) / 12 = 833.83 → 834
        Visit(None, 1, dt.date(2025, 1, 5), "pharmacy", "0", 18, False),  # 18 / 12 = 1.5 → 2
        Visit(None, 1, dt.date(2024, 6, 30), "outpatient", "1", 99999),   # before the window
        Visit(None, 1, dt.date(2025, 7, 1), "outpatient", "1", 99999),    # in the start month: not history
    ]
    assert spending_from_visits(visits, start) == (
        Spending(1, "outpatient", "1", 834, "history", True),
        Spending(1, "pharmacy", "0", 2, "history", False),
    )


def test_bad_input_is_refused_in_both_languages():
    for months in (2, 61):
        with pytest.raises(ProjectionError) as e:
            project(ProjectionInput(OCT, (DAD,), months=months), PF)
        assert e.value.reason.code == "proj_bad_months" and "3" in e.value.reason.text_zh
    with pytest.raises(ProjectionError) as e:
        project(ProjectionInput(OCT, (DAD,), spending=(Spending(99, "outpatient", "1", 100),)), PF)
    assert e.value.reason.code == "proj_unknown_person"
    with pytest.raises(ProjectionError):
        project(ProjectionInput(OCT, (DAD,), balances={2: -1}), PF)
    with pytest.raises(ProjectionError):
        project(ProjectionInput(OCT, (DAD,), spending=(Spending(2, "dentist", "1", 100),)), PF)


def test_from_today_the_first_month_is_the_rest_of_this_month():
    """Balances at the end of 21 Oct (31 days): 10 days are left. ¥400 a month → 400 × 10/31 = 129.03 (half up);
    55 % fund = 70.97, personal 58.06. His credit was read this month (``credited``): none in October; then
    +100 a month. An operation-like event on 5 Oct is past (left out); one on 25 Oct counts (¥100 → 45 own).
    Oct 200 − 58.06 − 45 = 96.94; Nov 96.94 + 100 − 180 = 16.94; Dec 16.94 + 100 = 116.94 < 180 → 0."""
    inp = ProjectionInput(dt.date(2025, 10, 21), (DAD,), balances={2: 20000}, credits={2: 10000},
                          spending=(Spending(2, "outpatient", "1", 40000),),
                          events=(Event(OCT, 2, "outpatient", "1", 90000, day=5),
                                  Event(OCT, 2, "outpatient", "1", 10000, day=25)),
                          months=3, as_of=dt.date(2025, 10, 21), credited=frozenset({2}))
    assert inp.first_month_days() == (10, 31)
    p = project(inp, PF)
    assert [m.cost_fen for m in p.person(2).months] == [12903 + 10000, 40000, 40000]
    assert [m.inflow_fen for m in p.account(2).months] == [0, 10000, 10000]
    assert closings(p, 2) == [9694, 1694, 0]
    without = project(ProjectionInput(dt.date(2025, 10, 21), (DAD,), balances={2: 20000}, credits={2: 10000},
                                      months=3, as_of=dt.date(2025, 10, 21)), PF)
    assert [m.inflow_fen for m in without.account(2).months] == [10000, 10000, 10000]  # not read this month yet
    with pytest.raises(ProjectionError) as e:
        project(ProjectionInput(OCT, (DAD,), months=3, as_of=dt.date(2025, 9, 30)), PF)
    assert e.value.reason.code == "proj_bad_as_of"


def test_horizon_and_month_labels():
    p = project(ProjectionInput(dt.date(2025, 11, 17), (DAD,), balances={2: 100}), PF)
    assert p.months[0] == dt.date(2025, 11, 1) and p.months[-1] == dt.date(2026, 10, 1) and len(p.months) == 12
    assert month_label(dt.date(2026, 3, 1)) == ("2026年3月", "March 2026")
    assert add_months(dt.date(2025, 11, 1), 3) == dt.date(2026, 2, 1)
    assert add_months(dt.date(2025, 1, 1), -1) == dt.date(2024, 12, 1)


# ---- random families: conservation, floors, and the naive loop ----

REGIONS = (TY, TY, SH, WH)
CARES = tuple(vocab.CARE_TYPES)
HOSPITALS = ("0", "1", "2A", "3A", "3")


@st.composite
def families(draw, with_plans=True):
    n = draw(st.integers(2, 4))
    people = []
    for pid in range(1, n + 1):
        ins = draw(st.sampled_from(("employee", "employee", "flexible", "resident", "none")))
        emp = draw(st.sampled_from(("in_service", "retired"))) if ins in ("employee", "flexible") else None
        status = draw(st.sampled_from(("insured", "insured", "insured", "suspended")))
        born = dt.date(draw(st.integers(1940, 2020)), draw(st.integers(1, 12)), 1)
        people.append(Person(pid, f"P{pid}", draw(st.sampled_from(REGIONS)), ins, emp, status, born))
    ids = [p.id for p in people]
    fen = st.integers(0, 300000)
    balances = {pid: draw(fen) for pid in ids if draw(st.booleans())}
    credits = {pid: draw(st.integers(0, 40000)) for pid in ids if draw(st.booleans())}
    spending = tuple(Spending(draw(st.sampled_from(ids)), draw(st.sampled_from(CARES)),
                              draw(st.sampled_from(HOSPITALS)), draw(st.integers(0, 120000)),
                              draw(st.sampled_from(("history", "user"))), draw(st.booleans()))
                     for _ in range(draw(st.integers(1, 5))))
    start = dt.date(2025, draw(st.integers(1, 12)), 1)
    months = draw(st.integers(3, 15))
    events = tuple(Event(add_months(start, draw(st.integers(0, months))), draw(st.sampled_from(ids)),
                         draw(st.sampled_from(CARES)), draw(st.sampled_from(HOSPITALS)), draw(st.integers(0, 3000000)),
                         day=draw(st.integers(1, 31)))
                   for _ in range(draw(st.integers(0, 2))))
    bindings = []
    for bid in range(1, draw(st.integers(0, 4)) + 1):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        s_ = draw(st.none() | st.just(add_months(start, draw(st.integers(-3, 6)))))
        e_ = draw(st.none() | st.just(add_months(start, draw(st.integers(0, 12))) + dt.timedelta(days=9)))
        bindings.append(BindingTerm(bid, a, b, "child", draw(st.sampled_from(("active", "active", "terminated",
                                                                               "pending"))),
                                    s_, e_, draw(st.none() | st.integers(0, 200000)),
                                    dt.datetime(2025, 1, 1) + dt.timedelta(hours=draw(st.integers(0, 99)))))
    used = {b.id: draw(st.integers(0, 50000)) for b in bindings if draw(st.booleans())}
    wallets = {pid: draw(st.integers(0, 50000)) for pid in ids if draw(st.booleans())}
    transfers = premiums = ()
    if with_plans:
        transfers = tuple(WalletTransfer(add_months(start, draw(st.integers(0, months - 1))), draw(st.sampled_from(ids)),
                                         draw(st.sampled_from(ids)), draw(st.integers(0, 300000)))
                          for _ in range(draw(st.integers(0, 2))))
        premiums = tuple(PremiumPlan(draw(st.sampled_from(ids)), draw(st.sampled_from(ids)),
                                     add_months(start, draw(st.integers(-12, months))), 2025 + draw(st.integers(0, 2)),
                                     amount_fen=draw(st.none() | st.integers(0, 80000)), yearly=draw(st.booleans()))
                         for _ in range(draw(st.integers(0, 2))))
    usage = {}
    for pid in ids:
        if draw(st.booleans()):
            u = YearUsage()
            u.add(start.year, "outpatient", draw(st.integers(0, 10000)), draw(st.integers(0, 40000)))
            usage[pid] = u
    return ProjectionInput(start, tuple(people), balances, wallets, credits, spending, events, premiums, transfers,
                           tuple(bindings), used, usage, months)


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(families())
def test_every_month_balances_and_what_is_paid_for_others_is_received(inp):
    p = project(inp, PF)
    for acc in p.accounts:
        prev = None
        for m in acc.months:
            assert m.closing_fen == (m.opening_fen + m.inflow_fen - m.own_use_fen - m.paid_for_others_fen
                                     + m.received_fen)
            assert m.closing_fen >= 0
            assert prev is None or m.opening_fen == prev
            prev = m.closing_fen
    for i, month in enumerate(p.months):
        accs = [a.months[i] for a in p.accounts]
        pm = [x.months[i] for x in p.people]
        # Paid for others = family draws + premiums paid for relatives + wallet money sent; received by
        # wallets + family share of visits + premiums covered.
        assert sum(a.paid_for_others_fen for a in accs) == (
            sum(a.received_fen for a in accs) + sum(x.family_fen + x.premium_by_others_fen for x in pm))
        for x in pm:
            assert x.cost_fen == x.fund_fen + x.own_fen + x.wallet_fen + x.family_fen + x.cash_fen
            assert x.premium_fen == x.premium_by_others_fen + x.premium_cash_fen
        assert p.pool[i].closing_fen == sum(a.closing_fen for a in accs)
        assert p.pool[i].month == month
    assert p.lowest_fen == min(m.closing_fen for m in p.pool)
    for r in p.summary():
        assert r.text_zh and r.text_en


@SETTINGS
@given(families(with_plans=False))
def test_family_use_never_takes_an_account_below_its_floor(inp):
    """After the last family draw of a month the balance is at least the floor, so closing + own use ≥ floor."""
    p = project(inp, PF)
    for acc in p.accounts:
        for m in acc.months:
            if m.paid_for_others_fen:
                assert m.closing_fen + m.own_use_fen >= acc.floor_fen
    floors = sum(a.floor_fen for a in p.accounts)
    assert p.pool_floor_fen == floors


def reference(inp):
    """The plainest possible month loop: every visit through estimate() and settle(), nothing cached."""
    people = {p.id: p for p in inp.people}
    order = {p.id: i for i, p in enumerate(inp.people)}
    bal = {p.id: inp.balances.get(p.id, 0) for p in inp.people}
    wal = {p.id: inp.wallets.get(p.id, 0) for p in inp.people}
    used = dict(inp.binding_used)
    usage = {p.id: (inp.usage.get(p.id) or YearUsage()).copy() for p in inp.people}
    out, cash_by = [], {p.id: 0 for p in inp.people}
    for month in inp.month_list():
        for pid, c in inp.credits.items():
            bal[pid] += c
        visits = []
        for k, ev in enumerate(inp.events):
            if ev.month.replace(day=1) == month and ev.total_fen:
                last = (add_months(month, 1) - dt.timedelta(days=1)).day
                day = month.replace(day=max(1, min(ev.day, last)))
                visits.append(((0 if day.day < 15 else 2, day, order[ev.person_id], k),
                               Visit(None, ev.person_id, day, ev.care, ev.hospital, ev.total_fen, ev.wallet_accepted)))
        for p in inp.people:
            hist = sorted((s.care, s.hospital, s.monthly_fen, s.wallet_accepted) for s in inp.spending
                          if s.person_id == p.id and s.origin == "history" and s.monthly_fen)
            user = [(s.care, s.hospital, s.monthly_fen, s.wallet_accepted) for s in inp.spending
                    if s.person_id == p.id and s.origin != "history" and s.monthly_fen]
            for k, (c, h, t, a) in enumerate(hist + user):
                visits.append(((1, None, order[p.id], k), Visit(None, p.id, month.replace(day=15), c, h, t, a)))
        visits.sort(key=lambda t: (t[0][0], t[0][1] or month, t[0][2], t[0][3]))
        for _, v in visits:
            person = people[v.person_id]
            policy = PF(person.region_code)
            est = estimate(v, person, policy, usage[person.id])
            usage[person.id].record(est)
            s = settle(person, est.personal_fen, v.date, v.care, policy, accounts=bal, wallet_fen=wal[person.id],
                       bindings=inp.bindings, used_fen=used, people=people, policy_for=PF,
                       wallet_accepted=v.wallet_accepted)
            for pid, amt in s.drawn().items():
                bal[pid] -= amt
            wal[person.id] -= s.wallet_fen
            for bid, amt in s.by_binding().items():
                used[bid] = used.get(bid, 0) + amt
            cash_by[person.id] += s.cash_fen
        out.append((dict(bal), dict(wal), dict(cash_by)))
    return out


@SETTINGS
@given(families(with_plans=False))
def test_projection_equals_the_naive_loop_through_estimate_and_settle(inp):
    p = project(inp, PF)
    ref = reference(inp)
    running = {x.person_id: 0 for x in p.people}
    for i, (bal, wal, cash_by) in enumerate(ref):
        for acc in p.accounts:
            want = wal if acc.account.kind == "wallet" else bal
            assert acc.months[i].closing_fen == want[acc.account.person_id]
        for x in p.people:
            running[x.person_id] += x.months[i].cash_fen
        assert running == cash_by


def test_memoised_figures_match_for_a_long_busy_horizon():
    """60 months of a family where accounts empty, refill, hit floors and caps: still the naive loop's figures."""
    people = (MUM, DAD, Person(3, "小明", TY, "resident", None, "insured", dt.date(2015, 5, 5)),
              Person(4, "爷爷", TY, "employee", "retired", "insured", dt.date(1950, 2, 2)))
    inp = ProjectionInput(dt.date(2025, 3, 1), people, balances={2: 250000, 4: 120000}, credits={2: 21000, 4: 9000},
                          spending=(Spending(1, "outpatient", "1", 41000), Spending(1, "outpatient", "3A", 17000),
                                    Spending(3, "outpatient", "2A", 23000, "history"),
                                    Spending(4, "outpatient", "2", 15000), Spending(2, "outpatient", "1", 4000)),
                          events=(Event(dt.date(2026, 5, 1), 4, "inpatient", "3A", 2500000),),
                          bindings=(bind(), bind(2, 4, 3, relation="grandchild", cap=300000, end=None)), months=60)
    p = project(inp, PF)
    for i, (bal, _wal, _cash) in enumerate(reference(inp)):
        for pid in (2, 4):
            assert p.account(pid).months[i].closing_fen == bal[pid]


def test_a_monthly_prescription_with_an_end_month():
    """A user line from November to December only: Dad pays his ¥45 share just in those two months."""
    inp = ProjectionInput(OCT, (DAD,), balances={2: 100000},
                          spending=(Spending(2, "outpatient", "1", 10000, first_month=dt.date(2025, 11, 20),
                                             last_month=dt.date(2025, 12, 1)),), months=4)
    assert closings(project(inp, PF), 2) == [100000, 95500, 91000, 91000]


def test_usage_from_visits_replays_this_years_visits_in_date_order():
    """Mum's 2025 visits before October: ¥100 (deductible ¥80 met, fund 12) then ¥600 (fund 288 of the
    remaining cap 288): the ¥300 cap is used up; 2024 and October visits do not count."""
    visits = [Visit(2, 1, dt.date(2025, 5, 2), "outpatient", "1", 60000),
              Visit(1, 1, dt.date(2025, 3, 2), "outpatient", "1", 10000),
              Visit(3, 1, dt.date(2024, 12, 2), "outpatient", "1", 90000),
              Visit(4, 1, dt.date(2025, 10, 1), "outpatient", "1", 90000)]
    usage = usage_from_visits(visits, (MUM, DAD), PF, OCT)
    assert usage[1].deductible_used(2025, "outpatient") == 8000
    assert usage[1].fund_paid(2025, "outpatient") == 30000
    assert usage[2].fund_paid(2025, "outpatient") == 0
