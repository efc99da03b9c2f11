"""The demo family: built through the book, with balances worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused
from desktop.demo import build_demo
from tests.store.family import JAN1, family

TODAY = dt.date(2025, 11, 20)  # statements on 2025-07-23 (120 days before)


@pytest.fixture
def demo(tmp_path):
    book = FamilyBook.open(tmp_path, clock=lambda: dt.datetime(2025, 11, 20, 10, 0))
    fam = build_demo(book, TODAY)
    yield book, fam
    book.close()


def test_demo_family_shape(demo):
    book, fam = demo
    assert [(m.name, m.region_code) for m in book.members()] == [
        ("王建国", "140100"), ("李秀英", "140100"), ("王磊", "140100"), ("张桂兰", "310000")]
    [binding] = book.bindings()
    assert (binding.authorizer_id, binding.beneficiary_id, binding.status) == (fam.head, fam.spouse, "active")
    assert [t.state for t in book.transfers()] == ["received", "returned", "received"]
    assert {t.to_id for t in book.transfers()} == {fam.mother}
    assert book.visit_count() == 8 and len(book.planned()) == 2
    assert book.members()[0].id_number_masked.startswith("1401") and "*" in book.members()[0].id_number_masked
    with pytest.raises(Refused):
        build_demo(book, TODAY)


def test_demo_balances_by_hand(demo):
    book, fam = demo
    bal = {b.member_id: b for b in book.balances(TODAY)}
    # 王建国: 8,600 − 81 (¥180 at level 1, 55 %: fund 99) − 3,000 (his wife's stay, the authorized amount)
    #         − 2,000 − 1,500 (transfers received; the ¥800 one came back) − 95 (pharmacy, no wallet) = 1,924
    assert bal[fam.head].personal_fen == 192400
    # 李秀英: 350 − 289 (¥460 at 三甲: (460 − 80) × 45 % = 171 from the fund) − 61 (own, for the stay) = 0
    assert bal[fam.spouse].personal_fen == 0
    # 王磊: 4,200 − 217 (¥620 at level 3, 65 %: fund 403) = 3,983
    assert bal[fam.son].personal_fen == 398300
    # 张桂兰's wallet: 2,000 + 1,500 received − 320 − 540 paid (Shanghai has no table: all personal)
    assert bal[fam.mother].wallet_fen == 264000
    # the wife could still use her husband's account only above ¥1,000, and the ¥3,000 is used up
    assert bal[fam.spouse].usable_fen == 0
    assert [s.code for s in bal[fam.spouse].skipped] == ["own_empty", "wallet_empty", "authorization_used"]


def test_demo_balances_are_yesterdays_whatever_the_day(tmp_path):
    """Built on any day, the demo's latest balances are dated the day before (none is old on Home), and they are
    the figures worked out by hand above: the opening balances 120 days back minus what the records used."""
    for today in (dt.date(2025, 11, 20), dt.date(2031, 2, 28)):
        book = FamilyBook.open(tmp_path / today.isoformat(), clock=lambda t=today: dt.datetime.combine(t, dt.time(9)))
        fam = build_demo(book, today)
        latest = {}
        for st in book.statements():  # newest first
            latest.setdefault((st.member_id, st.account), st)
        assert {k: (st.on_date, st.on_time, st.balance_fen) for k, st in latest.items()} == {
            (fam.head, "personal"): (today - dt.timedelta(days=1), None, 192400),
            (fam.spouse, "personal"): (today - dt.timedelta(days=1), None, 0),
            (fam.son, "personal"): (today - dt.timedelta(days=1), None, 398300),
            (fam.mother, "personal"): (today - dt.timedelta(days=1), None, 0),
            (fam.mother, "wallet"): (today - dt.timedelta(days=1), None, 264000)}
        opening = {st.on_date for st in book.statements()} - {today - dt.timedelta(days=1)}
        assert opening == {today - dt.timedelta(days=120)}
        days = sorted(v.on_date for v in book.visits())
        assert (days[0], days[-1]) == (today - dt.timedelta(days=108), today - dt.timedelta(days=25))
        assert book.balance(fam.head).monthly_credit_fen == 23000
        book.close()


def test_demo_stay_split_by_hand(demo):
    book, fam = demo
    stay = next(v for v in book.visits(member_id=fam.spouse, with_lines=True) if v.care_type == "inpatient")
    # resident, 三乙: deductible ¥500, 50 % (F-T17): (12,800 − 500) × 50 % = 6,150
    assert (stay.total_fen, stay.fund_fen, stay.personal_fen) == (1280000, 615000, 665000)
    assert [(ln.source, ln.amount_fen) for ln in stay.lines] == [("own", 6100), ("family", 300000),
                                                                  ("cash", 358900)]


def test_usable_money_breakdown(tmp_path):
    f = family(tmp_path)
    b = f.book
    b.record_statement(f.wife, JAN1, 20000)
    b.record_statement(f.head, JAN1, 150000)
    b.record_statement(f.wife, JAN1, 5000, account="wallet")
    b.propose_binding(f.head, f.wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=30000, status="active")
    wife = b.balance(f.wife, dt.date(2025, 2, 1))
    # own 200 + wallet 50 + family min(1,500 − 1,000 floor, 300 authorized) = 550
    assert [(u.source, u.amount_fen) for u in wife.breakdown] == [("own", 20000), ("wallet", 5000), ("family", 30000)]
    assert wife.usable_fen == 55000
    assert b.balance(f.wife, dt.date(2024, 12, 31)).usable_fen == 0  # before any statement
    b.close()
