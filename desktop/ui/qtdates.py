"""Between Python dates (the book's, China time) and Qt's QDate/QDateTime, without time-zone guessing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(at: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(at.date()), QTime(at.hour, at.minute))


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def from_qdatetime(q: QDateTime) -> dt.datetime:
    """Naive China time, to the minute (as the book stores it)."""
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
