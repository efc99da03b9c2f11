"""Backups carry one clock (China time, naive): a backup made after the daily copy is the one restored.

On a computer whose zone is behind China (UTC here), stamping some backups in local time and the daily
one in China time made an older daily copy sort as the newest, and restore brought back old content.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop.book import FamilyBook
from desktop.store import backups

CHINA = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def utc_computer(monkeypatch):
    """The computer's zone is UTC (eight hours behind China)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _names(book: FamilyBook) -> list[str]:
    return [m.name for m in book.members()]


def test_a_manual_backup_after_the_daily_one_is_restored(tmp_path, utc_computer):
    data = tmp_path / "data"
    with FamilyBook.open(data) as book:
        book.add_member("王建国", "140100", "employee")
    with FamilyBook.open(data) as book:  # not empty: the day's first open makes the daily copy
        assert [b.reason for b in book.backups()] == ["daily"]
        book.add_member("李秀英", "140100", "employee", head_relation="spouse")
        made = book.backup()
    assert backups.list_backups(data)[0].path == made  # the newest by its stamp
    result = FamilyBook.restore(data)
    assert result.source == made
    with FamilyBook.open(data) as book:
        assert _names(book) == ["王建国", "李秀英"]


def test_backups_are_stamped_with_the_books_clock(tmp_path):
    moment = dt.datetime(2031, 5, 6, 7, 8, 9)
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=lambda: moment) as book:
        book.add_member("王建国", "140100", "employee")
    with FamilyBook.open(data, clock=lambda: moment) as book:
        book.add_member("李秀英", "140100", "employee", head_relation="spouse")
        book.backup()
    stamps = [(b.reason, b.made_at) for b in backups.list_backups(data)]
    assert stamps == [("manual", moment + dt.timedelta(microseconds=1)), ("daily", moment)]
    FamilyBook.restore(data)
    with FamilyBook.open(data, clock=lambda: moment) as book:
        assert _names(book) == ["王建国", "李秀英"]


def test_store_stamps_are_china_time(tmp_path, utc_computer):
    with FamilyBook.open(tmp_path / "data", daily_backup=False) as book:
        book.add_member("王建国", "140100", "employee")
    before = dt.datetime.now(CHINA).replace(tzinfo=None)
    made = backups.make_backup(tmp_path / "data", "manual")
    after = dt.datetime.now(CHINA).replace(tzinfo=None)
    stamp = backups.list_backups(tmp_path / "data")[0]
    assert stamp.path == made and before <= stamp.made_at <= after
    aside = backups.move_aside(tmp_path / "data" / "familypool.sqlite", "damaged")
    when = dt.datetime.strptime(aside.name[len("familypool-damaged-"):-len(".sqlite")], "%Y%m%d-%H%M%S-%f")
    assert after <= when <= dt.datetime.now(CHINA).replace(tzinfo=None)
