"""Settings box: after how many days a recorded balance counts as old (kept in the book, default 30).

Home flags every figure that counts from an older balance ("recorded 45 days ago") and offers the update
screen; the family chooses how often they look at the official app.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from desktop.book import Refused
from desktop.book.constants import STALE_DAYS_MAX
from desktop.ui import reasons
from desktop.ui.widgets import ErrorLine
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class StaleDaysBox(QGroupBox):
    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(self.tr("Old balances"), parent)
        self.window_ = window
        form = QFormLayout(self)
        note = QLabel(self.tr("A balance recorded longer ago than this is marked on Home, with a button to update "
                              "it."), self)
        note.setWordWrap(True)
        note.setObjectName("Note")
        form.addRow(note)
        self.days = QSpinBox(self)
        self.days.setRange(1, STALE_DAYS_MAX)
        self.days.setSuffix(self.tr(" days"))
        self.days.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)  # a number, not a line of text
        self.days.setAccessibleName(self.tr("Mark a balance as old after this many days"))
        label = QLabel(self.tr("Mark as old &after"), self)
        label.setBuddy(self.days)
        form.addRow(label, self.days)
        self.error = ErrorLine(self)
        form.addRow(self.error)
        self.refresh()
        self.days.valueChanged.connect(self._changed)

    def refresh(self) -> None:
        book = self.window_.book
        ready = book is not None and not getattr(book, "is_glance", False)
        self.days.setEnabled(ready)
        if ready:
            self.days.blockSignals(True)
            self.days.setValue(book.stale_days())
            self.days.blockSignals(False)

    def _changed(self, days: int) -> None:
        book = self.window_.book
        if book is None:
            return
        try:
            book.set_stale_days(days)
        except Refused as e:
            self.error.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            self.refresh()
            return
        self.error.show_error("")
