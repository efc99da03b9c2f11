"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped one reference to None on every call
that returns nothing, so a long session (or a long test run) aborted with "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("¥1,000.00")
        label.resize(10, 10)
        label.property("not-set")
    assert sys.getrefcount(None) - before > -100  # a leak of one per call would be -3000
