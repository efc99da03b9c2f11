"""The projection follows 共济额度 (F-N11) and relationships that end by themselves (F-N9), by hand.

Taiyuan (F-T14, F-T15) with the rules of one day for the whole window (``policy_for`` only): Mum is in resident
insurance, level 1: deductible ¥80 a year, 60 %, fund cap ¥300 a year; Dad is an employee, level 1: 55 %."""

import datetime as dt

from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person
from desktop.core.policy import load_default
from desktop.core.projection import Event, ProjectionInput, QuotaPlan

REG = load_default()
PF = REG.resolve_insured_place
TY = "140100"
OCT = dt.date(2025, 10, 1)
DAD = Person(2, "爸爸", TY, "employee", "in_service", "insured", dt.date(1985, 1, 1))
MUM = Person(1, "妈妈", TY, "resident", None, "insured", dt.date(1955, 1, 1))


def ev(month, who, total, day=15):
    return Event(dt.date(2025, month, 1), who, "outpatient", "1", total, day=day)


def closings(proj, pid):
    return [m.closing_fen for m in proj.account(pid).months]


def col(proj, pid, name):
    return [getattr(m, name) for m in proj.person(pid).months]


EVENTS = (ev(10, 1, 58000), ev(11, 1, 40000), ev(11, 2, 100000, 20), ev(12, 1, 50000), ev(12, 2, 100000, 20))


def test_a_quota_is_drawn_after_the_own_account_and_ends_with_the_payers_move():
    """Dad holds ¥1,200, ¥1,000 of it Mum's quota (so ¥200 is his to spend); his insurance moves on 1 December.

    Oct: Mum ¥580 → fund (580 − 80) × 60 % = 300 (her cap), ¥280 from the quota (left ¥720); Dad 1,200 − 280 = 920.
    Nov: Mum ¥400 → fund 0 (cap reached), ¥400 from the quota (left ¥320); Dad's ¥1,000 → fund 550, his 450: his
         ¥200 pays, ¥250 is cash (the locked ¥320 is not his to spend); Dad 920 − 400 − 200 = 320, all locked.
    Dec 1: the quota ends by itself (F-N9) and its ¥320 is Dad's again. Mum's ¥500 is cash; Dad's 450: ¥320 from
         his account, ¥130 cash; Dad closes at 0.
    """
    q = QuotaPlan(7, 2, 1, 200000, 100000, ends_on=dt.date(2025, 12, 1), end_why=(2, "moved"))
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 120000}, events=EVENTS, quotas=(q,), months=3)
    p = project(inp, PF)
    assert p.account(2).months[0].opening_fen == 120000  # as the ledger shows it: the locked part included
    assert closings(p, 2) == [92000, 32000, 0]
    assert col(p, 1, "fund_fen") == [30000, 0, 0]
    assert col(p, 1, "family_fen") == [28000, 40000, 0]
    assert col(p, 1, "cash_fen") == [0, 0, 50000]
    assert col(p, 2, "own_fen") == [0, 20000, 32000]
    assert col(p, 2, "cash_fen") == [0, 25000, 13000]
    assert [m.paid_for_others_fen for m in p.account(2).months] == [28000, 40000, 0]
    codes = [n.code for n in p.notes]
    assert "proj_quota_ends" in codes and "proj_cash_ended" in codes
    ends = next(n for n in p.notes if n.code == "proj_quota_ends")
    assert ends.text_zh == ("爸爸的医保在 2025-12-01 转到其他统筹地区：爸爸给妈妈设的共济额度当天自动终止，没用完的部分"
                            "退回爸爸，此后妈妈看病不能再用这份额度。") and ends.sources == ("F-N11", "F-N9")
    why = next(n for n in p.notes if n.code == "proj_cash_ended")
    assert why.text_en.startswith("From December 2025, 妈妈 pays in cash: ")
    assert "ended by itself" in why.text_en and "¥320.00" in why.text_en and "F-N9" in why.sources


def test_without_an_end_the_quota_keeps_paying_and_dad_never_spends_the_locked_part():
    """The same months with no end: Mum's December ¥500 takes the last ¥320 of the quota and ¥180 is cash;
    Dad's December 450 is all cash (his account holds nothing of his own)."""
    q = QuotaPlan(7, 2, 1, 200000, 100000)
    inp = ProjectionInput(OCT, (MUM, DAD), balances={2: 120000}, events=EVENTS, quotas=(q,), months=3)
    p = project(inp, PF)
    assert closings(p, 2) == [92000, 32000, 0]
    assert col(p, 1, "family_fen") == [28000, 40000, 32000]
    assert col(p, 1, "cash_fen") == [0, 0, 18000]
    assert col(p, 2, "cash_fen") == [0, 25000, 45000]
    assert not [n for n in p.notes if n.code in ("proj_quota_ends", "proj_cash_ended")]


def test_a_binding_ended_by_the_payers_move_stops_paying_from_that_day():
    """A binding from Dad for Mum (Taiyuan: only money above ¥1,000 may pay for her, F-T10): Dad ¥2,000.
    Oct: ¥280 from Dad (2,000 → 1,720); Nov: ¥400 (→ 1,320). Dad's move on 1 December ends it (F-N9): Mum's ¥500
    is cash, where without the move ¥320 (to the floor) would come from Dad."""
    b = BindingTerm(1, 2, 1, "parent", "active", dt.date(2025, 1, 1), dt.date(2026, 12, 31), None,
                    dt.datetime(2025, 1, 1, 8), ended_on=dt.date(2025, 12, 1), ended_why=(2, "moved"))
    events = (ev(10, 1, 58000), ev(11, 1, 40000), ev(12, 1, 50000))
    ended = project(ProjectionInput(OCT, (MUM, DAD), balances={2: 200000}, events=events, bindings=(b,), months=3), PF)
    assert closings(ended, 2) == [172000, 132000, 132000]
    assert col(ended, 1, "cash_fen") == [0, 0, 50000]
    note = next(n for n in ended.notes if n.code == "proj_binding_ends")
    assert note.text_en == ("爸爸's insurance moved to another pooling region on 2025-12-01: the binding of 爸爸's "
                            "account for 妈妈 ends by itself that day, and 妈妈's later visits no longer draw on 爸爸's "
                            "account.")
    kept = BindingTerm(1, 2, 1, "parent", "active", dt.date(2025, 1, 1), dt.date(2026, 12, 31), None,
                       dt.datetime(2025, 1, 1, 8))
    going = project(ProjectionInput(OCT, (MUM, DAD), balances={2: 200000}, events=events, bindings=(kept,),
                                    months=3), PF)
    assert closings(going, 2) == [172000, 132000, 100000]
    assert col(going, 1, "cash_fen") == [0, 0, 18000]
