"""Moments in the book's order: every event (statement, visit, wallet-transfer event) has one, in China time.

Within a day, events with a time of day come in time order; an event without one counts at the end of its day —
the day's visits first (in the order they were recorded), then its statements — so a statement for a past date is
the balance at the end of that day with the day's visits in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import wallet

DAY_US = 86_400_000_000
END = DAY_US  # the time of day of an event without one: the end of its day
TRANSFER, VISIT, STATEMENT, AFTER = 0, 1, 2, 3  # ranks of events at the same time of day
END_TEXT = "24:00:00.000000"  # how END compares with stored times of day (text "HH:MM:SS.ffffff")
LATER = 2 ** 62  # a sequence after every stored id (a visit not yet saved)


def tod(t: dt.time | None) -> int:
    """Microseconds since midnight; :data:`END` without a time."""
    if t is None:
        return END
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def tod_text(us: int) -> str:
    """A time of day as the store keeps it ("HH:MM:SS.ffffff"; :data:`END_TEXT` for the end of the day)."""
    if us >= END:
        return END_TEXT
    s, micro = divmod(us, 1_000_000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}.{micro:06d}"


@dataclass(frozen=True, order=True, slots=True)
class Moment:
    """A point in the book's order: day, time of day (µs), rank among events at that time, sequence (id)."""

    day: dt.date
    tod: int = 0
    rank: int = 0
    seq: int = 0

    @classmethod
    def start_of(cls, day: dt.date) -> Moment:
        """Before everything dated ``day``."""
        return cls(day, 0, TRANSFER, -1)

    @classmethod
    def end_of(cls, day: dt.date) -> Moment:
        """After everything dated ``day`` (what "the balance on that day" means)."""
        return cls(day, END, AFTER, LATER)

    @classmethod
    def of_visit(cls, day: dt.date, time: dt.time | None, visit_id: int | None) -> Moment:
        """A visit's place; ``visit_id`` None for one not yet saved (after the stored ones of that time)."""
        return cls(day, tod(time), VISIT, LATER if visit_id is None else visit_id)

    @classmethod
    def of_statement(cls, day: dt.date, time: dt.time | None, statement_id: int) -> Moment:
        return cls(day, tod(time), STATEMENT, statement_id)

    @classmethod
    def of_time(cls, at: dt.datetime, rank: int = TRANSFER, seq: int = 0) -> Moment:
        """A moment from a datetime (aware, or naive China time)."""
        c = wallet.china_time(at)
        return cls(c.date(), tod(c.time()), rank, seq)

    @classmethod
    def now(cls, at: dt.datetime) -> Moment:
        """Just after everything recorded up to ``at`` (a visit saved now comes after this)."""
        c = wallet.china_time(at)
        return cls(c.date(), tod(c.time()), AFTER, LATER)

    @property
    def text(self) -> str:
        return tod_text(self.tod)


def naive_china(moment: dt.datetime) -> dt.datetime:
    """How datetimes are stored: naive China time."""
    return wallet.china_time(moment).replace(tzinfo=None)
