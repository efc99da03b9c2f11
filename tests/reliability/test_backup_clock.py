"""A wrong PC clock cannot make a new backup vanish (issue 14, item 3).

Backups used to be ordered by the stamp in their names: with the clock behind the newest backup (3 years behind,
or set ahead once and corrected) each new copy sorted as the oldest and rotation deleted it the moment it was
written. They are ordered by a sequence number in the name now; old names without one count as older.
"""

from __future__ import annotations

import datetime as dt
import shutil

from desktop import cli
from desktop.book import FamilyBook
from desktop.store import backups, paths

FUTURE = dt.datetime(2029, 3, 1, 9, 0)  # where the newest backups were stamped
BEHIND = dt.datetime(2026, 3, 1, 9, 0)  # the clock now: three years behind them


def _book_with_ten_future_backups(data):
    with FamilyBook.open(data, clock=lambda: FUTURE, daily_backup=False) as book:
        member = book.add_member("王建国", "140100", "employee").id
        for i in range(10):
            book.record_visit(member, dt.date(2025, 5, 1), "outpatient", "1", 1000 + i)
            book.backup("manual")
    assert len(backups.list_backups(data)) == 10


def _newest(data):
    return backups.list_backups(data)[0]


def test_every_kind_of_new_backup_survives_a_clock_three_years_behind(tmp_path, capsys):
    data = tmp_path / "data"
    _book_with_ten_future_backups(data)
    clock = lambda: BEHIND  # noqa: E731
    with FamilyBook.open(data, clock=clock) as book:  # the day's first open: a daily copy
        assert _newest(data).reason == "daily" and _newest(data).made_at == BEHIND
        daily = _newest(data).path
        made = book.backup("manual")
        assert made.exists() and _newest(data).path == made and daily.exists()
        export = tmp_path / "book.json"
        book.export_json(export)
        report = book.import_json(export, replace=True)
        assert report.backup.exists() and _newest(data).path == report.backup
        assert _newest(data).reason == "before-import"
    assert cli.main(["--data-dir", str(data), "restore", made.name]) == 0
    before_restore = _newest(data)
    assert before_restore.reason == "before-restore" and before_restore.path.exists()
    assert backups.latest_good(data) == before_restore.path  # the latest is the one written last
    assert len(backups.list_backups(data)) == 10
    kept = {b.reason for b in backups.list_backups(data)}
    assert {"daily", "manual", "before-import", "before-restore"} <= kept


def test_a_clock_set_ahead_once_and_corrected(tmp_path):
    data = tmp_path / "data"
    _book_with_ten_future_backups(data)  # the clock was ahead for a while...
    with FamilyBook.open(data, clock=lambda: BEHIND, daily_backup=False) as book:  # ...and is right again
        made = [book.backup("manual") for _ in range(12)]
    listed = [b.path for b in backups.list_backups(data)]
    assert listed == made[::-1][:10]  # the ten written last, newest first, whatever their stamps say


def test_backups_named_before_sequence_numbers_count_as_older(tmp_path):
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=lambda: BEHIND, daily_backup=False) as book:
        book.add_member("王建国", "140100", "employee")
        first = book.backup("manual")
    folder = paths.backup_dir(data)
    old = []
    for i in range(10):  # left by an earlier FamilyPool, stamped in the future by a wrong clock
        p = folder / f"familypool-{FUTURE.year + i}0101-000000-000000-daily.sqlite"
        shutil.copyfile(first, p)
        old.append(p)
    first.unlink()
    assert [b.path for b in backups.list_backups(data)] == old[::-1]  # among themselves: by their stamps
    with FamilyBook.open(data, clock=lambda: BEHIND, daily_backup=False) as book:
        made = book.backup("manual")
    listed = [b.path for b in backups.list_backups(data)]
    assert listed[0] == made and made.exists() and len(listed) == 10
    assert not old[0].exists()  # the oldest of the old ones made room
