"""The time of day of a record: "now" for today unless the person gives one; none for another date.

A record without a time counts at the end of its day (a balance after that day's visits); a balance or visit
typed today counts from the moment it is typed, so the field starts ticked at the current time for today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from desktop.book import NOW


class TimeOfDayField(QWidget):
    """``value(day)``: NOW (the book takes the exact clock time), a time, or None (the end of the day)."""

    changed = Signal()

    def __init__(self, parent: QWidget, clock, label: str) -> None:
        super().__init__(parent)
        self.clock = clock
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(label, self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of day"))
        row.addWidget(self.given)
        row.addWidget(self.time)
        row.addStretch(1)
        self._touched = False  # the person set the time themselves: keep it
        self._day: dt.date | None = None
        self.given.toggled.connect(self._toggled)
        self.time.timeChanged.connect(self._time_edited)
        self._explain()

    def _now(self) -> dt.datetime:
        return self.clock()

    def set_day(self, day: dt.date, time: dt.time | None = None, *, stored: bool = False) -> None:
        """Follow the date: ticked at the current time for today, unticked for another date (unless the person
        chose); ``stored`` shows a recorded value as it is."""
        self._day = day
        if stored:
            self._touched = True
            self._show(time)
            return
        if self._touched:
            return
        now = self._now()
        self._show(now.time() if day == now.date() else None, touched=False)

    def _show(self, time: dt.time | None, touched: bool | None = None) -> None:
        was = self._touched
        self.given.blockSignals(True)
        self.time.blockSignals(True)
        self.given.setChecked(time is not None)
        self.time.setTime(QTime(time.hour, time.minute) if time is not None else QTime(12, 0))
        self.time.setEnabled(time is not None)
        self.given.blockSignals(False)
        self.time.blockSignals(False)
        self._touched = was if touched is None else touched
        self._explain()
        self.changed.emit()

    def _toggled(self, on: bool) -> None:
        self._touched = True
        self.time.setEnabled(on)
        self._explain()
        self.changed.emit()

    def _time_edited(self, _t: QTime) -> None:
        self._touched = True
        self.changed.emit()

    def _explain(self) -> None:
        tip = (self.tr("The record counts from this time of that day.") if self.given.isChecked()
               else self.tr("Without a time it counts at the end of the day, after that day's visits."))
        self.setToolTip(tip)
        self.given.setToolTip(tip)

    def value(self) -> dt.time | str | None:
        if not self.given.isChecked():
            return None
        if not self._touched:
            return NOW  # untouched "now": the book takes the exact moment of saving
        t = self.time.time()
        return dt.time(t.hour(), t.minute())
