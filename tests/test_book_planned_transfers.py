"""Planned wallet transfers: the planner's schedule kept (each on its day within 06:00–22:00, F-W6), done by
recording the real transfer, deleted, reminded on the day; only people the rules allow pay (F-W3)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused
from tests.store.family import JAN1

NOW = dt.datetime(2025, 9, 20, 10, 0)  # China time


@pytest.fixture
def fam(tmp_path):
    clock = [NOW]
    book = FamilyBook.open(tmp_path / "data", clock=lambda: clock[0], daily_backup=False)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8)).id
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse",
                           birth_date=dt.date(1968, 7, 21)).id
    flex = book.add_member("王磊", "140100", "flexible", head_relation="child", birth_date=dt.date(1993, 11, 2)).id
    book.record_statement(head, JAN1, 1000000)
    book.record_statement(wife, JAN1, 0, account="wallet")
    yield book, clock, head, wife, flex
    book.close()


def rows(book):
    return [(p.amount_fen, p.on_date, p.window_start, p.window_end, p.done)
            for p in book.planned_wallet_transfers()]


def test_only_employee_or_flexible_insured_people_may_pay(fam):
    book, _clock, head, wife, flex = fam
    assert book.wallet_payers() == [head, flex]  # 李秀英 has resident insurance: she can receive, not send
    with pytest.raises(Refused):
        book.record_transfer_plan(wife, head, 10000, NOW + dt.timedelta(days=3))
    assert book.planned_wallet_transfers() == []


def test_the_plan_is_kept_day_by_day_with_its_hours(fam):
    """¥9,000 at most ¥2,000 a transfer, 3 a day: three today from now (10:00) until 22:00, two tomorrow from
    06:00; nothing has moved yet."""
    book, _clock, head, wife, _flex = fam
    kept = book.record_transfer_plan(head, wife, 900000, dt.datetime(2025, 9, 25, 12, 0), note="住院押金")
    assert [(p.from_name, p.to_name, p.note) for p in kept] == [("王建国", "李秀英", "住院押金")] * 5
    today, tomorrow = dt.date(2025, 9, 20), dt.date(2025, 9, 21)
    ten, six, ten_pm = dt.time(10, 0), dt.time(6, 0), dt.time(22, 0)
    assert rows(book) == [(200000, today, ten, ten_pm, False)] * 3 + [(200000, tomorrow, six, ten_pm, False),
                                                                      (100000, tomorrow, six, ten_pm, False)]
    assert book.transfers() == []
    assert book.balance(head).personal_fen == 1000000
    # Home's list for today: the three of today; tomorrow's come tomorrow
    assert [p.on_date for p in book.planned_wallet_transfers(done=False, due_by=today)] == [today] * 3


def test_marking_one_done_records_the_real_transfer(fam):
    book, clock, head, wife, _flex = fam
    first, *_rest = book.record_transfer_plan(head, wife, 300000, dt.datetime(2025, 9, 25, 12, 0))
    clock[0] = dt.datetime(2025, 9, 20, 10, 30)
    done = book.complete_planned_wallet_transfer(first.id)
    assert done.done
    (tr,) = book.transfers()
    assert (tr.from_id, tr.to_id, tr.amount_fen, tr.requested_at) == (head, wife, 200000, clock[0])
    assert done.transfer_id == tr.id
    assert book.balance(head).personal_fen == 1000000 - 200000
    with pytest.raises(Refused) as e:
        book.complete_planned_wallet_transfer(first.id)
    assert e.value.codes == ("planned_transfer_done",)
    assert len(book.transfers()) == 1
    assert [p.done for p in book.planned_wallet_transfers()] == [True, False]
    # the real transfer deleted: the plan is open again, nothing else lost
    book.delete_transfer(tr.id)
    assert [p.done for p in book.planned_wallet_transfers()] == [False, False]


def test_a_transfer_the_rules_refuse_now_is_not_recorded(fam):
    """At 23:00 no transfer may be sent (22:00–06:00): marking it done is refused and nothing is written."""
    book, clock, head, wife, _flex = fam
    (p,) = book.record_transfer_plan(head, wife, 50000, dt.datetime(2025, 9, 25, 12, 0))
    clock[0] = dt.datetime(2025, 9, 20, 23, 0)
    with pytest.raises(Refused):
        book.complete_planned_wallet_transfer(p.id)
    assert book.transfers() == [] and not book.planned_wallet_transfers()[0].done


def test_a_later_plan_leaves_room_for_the_planned_ones(fam):
    """Three planned for today fill today's 3 transfers: a second plan starts tomorrow at 06:00."""
    book, _clock, head, wife, _flex = fam
    book.record_transfer_plan(head, wife, 600000, dt.datetime(2025, 9, 25, 12, 0))
    (more,) = book.record_transfer_plan(head, wife, 10000, dt.datetime(2025, 9, 25, 12, 0))
    assert (more.on_date, more.window_start) == (dt.date(2025, 9, 21), dt.time(6, 0))


def test_deleting_a_planned_transfer_and_a_short_balance(fam):
    book, _clock, head, wife, flex = fam
    a, b = book.record_transfer_plan(head, wife, 250000, dt.datetime(2025, 9, 25, 12, 0))
    book.delete_planned_wallet_transfer(a.id)
    assert [p.id for p in book.planned_wallet_transfers()] == [b.id]
    with pytest.raises(Refused) as e:
        book.delete_planned_wallet_transfer(a.id)
    assert e.value.codes == ("no_record",)
    with pytest.raises(Refused) as e:  # 王磊 has no balance recorded: no schedule to keep
        book.record_transfer_plan(flex, wife, 10000, dt.datetime(2025, 9, 25, 12, 0))
    assert e.value.codes == ("wallet_insufficient",)
    with pytest.raises(Refused) as e:  # members named by a plan cannot be removed under it
        book.remove_member(wife)
    assert "计划的钱包转账 1 条" in e.value.reasons[0].text_zh


def test_planned_transfers_survive_export_and_import(fam, tmp_path):
    book, _clock, head, wife, _flex = fam
    book.record_transfer_plan(head, wife, 250000, dt.datetime(2025, 9, 25, 12, 0))
    out = tmp_path / "book.json"
    book.export_json(out)
    other = FamilyBook.open(tmp_path / "other", clock=lambda: NOW, daily_backup=False)
    try:
        other.import_json(out)
        assert rows(other) == rows(book)
    finally:
        other.close()
