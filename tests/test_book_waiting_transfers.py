"""book.waiting_transfers(): only transfers still waiting to be received, which go back at 06:00 (F-W6)."""

import datetime as dt

import pytest

from desktop.book import FamilyBook


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def family(tmp_path):
    clock = Clock(dt.datetime(2026, 3, 2, 9, 0))
    book = FamilyBook.open(tmp_path / "data", clock=clock, daily_backup=False)
    son = book.add_member("王建国", "140100", "employee")
    mother = book.add_member("张桂兰", "310000", "resident", head_relation="parent",
                             wallet_opened_on=dt.date(2026, 1, 5))
    book.record_statement(son.id, dt.date(2026, 3, 1), 500000)
    yield book, clock, son.id, mother.id
    book.close()


def test_lists_only_unreceived_transfers_with_their_return_time(family):
    book, clock, son, mother = family
    clock.now = dt.datetime(2026, 3, 2, 13, 0)  # the family records the day's transfers after lunch
    received = book.create_transfer(son, mother, 100000, dt.datetime(2026, 3, 2, 10, 0))
    book.receive_transfer(received.id, dt.datetime(2026, 3, 2, 11, 0))
    waiting = book.create_transfer(son, mother, 50000, dt.datetime(2026, 3, 2, 12, 0))

    got = book.waiting_transfers()

    assert [t.id for t in got] == [waiting.id]
    assert got[0].state == "waiting"
    assert got[0].amount_fen == 50000
    assert got[0].returns_at == dt.datetime(2026, 3, 3, 6, 0)  # 06:00 the next day, China time (F-W6)


def test_a_transfer_past_06_00_is_no_longer_waiting(family):
    book, clock, son, mother = family
    book.create_transfer(son, mother, 50000, dt.datetime(2026, 3, 2, 12, 0))
    clock.now = dt.datetime(2026, 3, 3, 5, 59)
    assert len(book.waiting_transfers()) == 1
    clock.now = dt.datetime(2026, 3, 3, 6, 0)
    assert book.waiting_transfers() == []
