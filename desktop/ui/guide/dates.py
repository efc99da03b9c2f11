"""Between the book's dates (naive China time) and Qt's QDate/QDateTime, with no time-zone guessing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def qdatetime(t: dt.datetime) -> QDateTime:
    return QDateTime(qdate(t.date()), QTime(t.hour, t.minute))


def pydatetime(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def one_year_from(start: dt.date) -> dt.date:
    """The last day of a one-year period starting on ``start``."""
    try:
        return start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return start.replace(year=start.year + 1, day=28)
