"""Constants the book shares: China time, the head's relation, accounts, provinces, plan key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.core import vocab

CHINA = dt.timezone(dt.timedelta(hours=8))
HEAD = "self"
HEAD_RELATIONS = (HEAD, *vocab.RELATIONS)
ACCOUNTS = ("personal", "wallet")
# First two digits of GB/T 2260 codes: the provinces, regions and municipalities (and 71/81/82).
PROVINCES = frozenset({"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                       "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                       "65", "71", "81", "82"})
Progress = Callable[[int, int], None]
PROJECTION_PLAN_KEY = "projection.plan"  # app meta: the user's ProjectionPlan as JSON
STALE_DAYS_KEY = "balances.stale_days"  # app meta: after how many days a recorded balance counts as old
STALE_DAYS_DEFAULT = 30  # issue 15: "a balance older than a threshold (default 30 days)"
STALE_DAYS_MAX = 3650
FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years the app shows and computes with (as store.import_checks)


def _now() -> dt.datetime:
    return dt.datetime.now(CHINA).replace(tzinfo=None)


NOW = "now"  # a time-of-day default: the clock's time when the date is today, else none (the end of the day)


def time_for(clock: Callable[[], dt.datetime], on: dt.date, on_time: dt.time | str | None) -> dt.time | None:
    """The time of day an event is stored with: ``NOW`` gives the clock's China time for today's date and no
    time for another date; a time or None is kept as given."""
    if on_time != NOW:
        return on_time if isinstance(on_time, dt.time) else None
    now = clock()
    now = now.astimezone(CHINA).replace(tzinfo=None) if now.tzinfo is not None else now
    return now.time() if on == now.date() else None
