"""FamilyBook: wallet transfers (F-W6 limits in China time), receiving, returns, and what money moves."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import Refused
from tests.store.family import JAN1, family


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path, now=dt.datetime(2025, 6, 1, 10, 0))
    fam.book.record_statement(fam.head, JAN1, 1000000)
    fam.book.record_statement(fam.grandma, JAN1, 0, account="wallet")
    yield fam
    fam.book.close()


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 5, day, hour, minute)


def test_a_received_transfer_moves_money_to_the_wallet(f):
    tr = f.book.create_transfer(f.head, f.grandma, 200000, t(1, 10), note="买药")
    # the book's clock is 1 June: a 1 May transfer not received by 06:00 on 2 May has gone back
    assert (tr.state, tr.returns_at) == ("returned", t(2, 6))
    tr = f.book.receive_transfer(tr.id, t(1, 11))
    assert (tr.state, tr.returns_at) == ("received", t(2, 6))
    bal = {b.member_id: b for b in f.book.balances(dt.date(2025, 5, 1))}
    assert bal[f.head].personal_fen == 1000000 - 200000
    assert bal[f.grandma].wallet_fen == 200000
    assert f.book.member(f.grandma).wallet_opened_on == dt.date(2025, 5, 1)
    # grandma's pharmacy visit is paid from her wallet (no Shanghai table: the whole cost is personal)
    out = f.book.record_visit(f.grandma, dt.date(2025, 5, 3), "pharmacy", "0", 32000)
    assert [(ln.source, ln.amount_fen) for ln in out.settlement.lines] == [("wallet", 32000)]
    assert f.book.balance(f.grandma, dt.date(2025, 5, 3)).wallet_fen == 200000 - 32000
    # a place that does not take the wallet (F-W7): cash
    out = f.book.record_visit(f.grandma, dt.date(2025, 5, 4), "pharmacy", "0", 1000, wallet_accepted=False)
    assert [ln.source for ln in out.settlement.lines] == ["cash"]


def test_limits_are_checked_f_w6(f):
    over = f.book.check_transfer(f.head, f.grandma, 200001, t(1, 10))
    assert "wallet_over_max" in [r.code for r in over.reasons]
    night = f.book.check_transfer(f.head, f.grandma, 1000, t(1, 22, 30))
    assert "wallet_blackout" in [r.code for r in night.reasons]
    for hour in (8, 9, 10):
        f.book.create_transfer(f.head, f.grandma, 1000, t(2, hour))
    with pytest.raises(Refused) as e:
        f.book.create_transfer(f.head, f.grandma, 1000, t(2, 15))
    assert e.value.codes == ("wallet_daily_count",)
    assert f.book.check_transfer(f.head, f.grandma, 1000, t(3, 8)).allowed
    # an aware time in another zone is converted to China time: 14:30 UTC is 22:30 in Beijing
    utc = dt.datetime(2025, 5, 5, 14, 30, tzinfo=dt.UTC)
    assert "wallet_blackout" in [r.code for r in f.book.check_transfer(f.head, f.grandma, 1000, utc).reasons]


def test_the_sender_needs_the_money_and_employee_insurance(f):
    with pytest.raises(Refused) as e:
        f.book.create_transfer(f.son, f.grandma, 1000, t(1, 10))  # no statement: nothing to send
    assert "wallet_insufficient" in e.value.codes
    with pytest.raises(Refused) as e:
        f.book.create_transfer(f.wife, f.grandma, 1000, t(1, 10))
    assert "authorizer_insurance" in e.value.codes


def test_unreceived_transfer_returns_at_six_the_next_morning(f):
    tr = f.book.create_transfer(f.head, f.grandma, 50000, t(1, 21))
    assert tr.state == "returned" and tr.returns_at == t(2, 6)  # the clock (June) is past 06:00
    assert f.book.balance(f.head, dt.date(2025, 5, 1)).personal_fen == 1000000 - 50000
    assert f.book.balance(f.head, dt.date(2025, 5, 2)).personal_fen == 1000000
    with pytest.raises(Refused) as e:
        f.book.receive_transfer(tr.id, t(2, 7))
    assert e.value.codes == ("transfer_too_late",)


def test_waiting_then_explicitly_returned(tmp_path):
    fam = family(tmp_path, now=t(1, 21, 30))
    b = fam.book
    b.record_statement(fam.head, JAN1, 100000)
    tr = b.create_transfer(fam.head, fam.grandma, 40000, t(1, 21))
    assert tr.state == "waiting"
    assert b.balance(fam.head, dt.date(2025, 5, 1)).personal_fen == 60000
    tr = b.return_transfer(tr.id)
    assert (tr.state, tr.returned_at) == ("returned", t(2, 6))
    assert b.balance(fam.head, dt.date(2025, 5, 2)).personal_fen == 100000
    with pytest.raises(Refused) as e:
        b.receive_transfer(tr.id, t(1, 23))
    assert e.value.codes == ("transfer_state",)
    b.close()


def test_plan_transfers(f):
    plan = f.book.plan_transfers(f.head, f.grandma, 500000, deadline=t(20, 12), now=t(19, 22, 30))
    assert plan.feasible
    assert [p.amount_fen for p in plan.transfers] == [200000, 200000, 100000]  # at most ¥2,000 each
    assert {p.at.replace(tzinfo=None) for p in plan.transfers} == {t(20, 6)}  # after the night blackout
    late = f.book.plan_transfers(f.head, f.grandma, 800000, deadline=t(20, 12), now=t(19, 22, 30))
    assert not late.feasible and late.finish.replace(tzinfo=None) == t(21, 6)  # the 4th waits a day


def test_delete_transfer_gives_the_money_back(f):
    tr = f.book.create_transfer(f.head, f.grandma, 200000, t(1, 10))
    f.book.delete_transfer(tr.id)
    assert f.book.transfers() == []
    assert f.book.balance(f.head, dt.date(2025, 5, 1)).personal_fen == 1000000


def test_a_receipt_cannot_be_recorded_before_it_happens(f):
    """At 10:00 a receipt "at 10:30" is money not yet there: Home would count it as usable now while a visit
    now could not draw on it (found by tests/reliability/test_glance.py). The book refuses it and keeps the
    transfer waiting; at 10:00 itself it is received."""
    tr = f.book.create_transfer(f.head, f.grandma, 10000, dt.datetime(2025, 6, 1, 9, 0))
    with pytest.raises(Refused) as e:
        f.book.receive_transfer(tr.id, dt.datetime(2025, 6, 1, 10, 30))
    assert e.value.reasons[0].text("zh") == "接收时间 2025-06-01 10:30 还没到：钱到了再记。"
    assert f.book.transfers()[0].state == "waiting"
    assert f.book.receive_transfer(tr.id, dt.datetime(2025, 6, 1, 10, 0)).state == "received"
