"""Small pieces the guide's pages share: wrapped labels, larger text, a page body that scrolls, form rows."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


def label(text: str, parent: QWidget, name: str = "", scale: float = 1.0) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        lab.setObjectName(name)
    if scale != 1.0:
        enlarge(lab, scale)
    return lab


def enlarge(w: QWidget, scale: float) -> None:
    """Relative to the app font, so large-text mode scales it too."""
    f = QFont(w.font())
    f.setPointSizeF(QApplication.font().pointSizeF() * scale)
    w.setFont(f)


def clear_widgets(layout) -> None:
    """Empty a layout that holds only widgets (rows are QWidgets, never nested layouts: a layout item
    taken out of a layout would be freed twice, once by Python and once by its old parent)."""
    while layout.count():
        w = layout.takeAt(0).widget()
        if w is not None:
            w.hide()  # at once: the deletion itself waits for the event loop
            w.deleteLater()


def row_widget(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    """A row of widgets as one widget (so it can be removed safely later)."""
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    return row, lay


def big_indicator(w: QWidget) -> None:
    """A tick box as tall as a line of its text (so it grows in large-text mode too)."""
    em = w.fontMetrics().height()
    w.setStyleSheet(f"QCheckBox::indicator, QRadioButton::indicator {{ width: {em}px; height: {em}px; }}")


class _Body(QWidget):
    """A scroll area's content that asks for the height its wrapped lines need at its width.

    (A layout's minimum size ignores height-for-width, so word-wrapped labels would be squeezed
    on top of each other instead of the area scrolling.) Worked out again when the width changes and when
    the content does (a page filling in its answer at the same width, or while hidden: no resize comes)."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._fit()
            # and once more after the lines just added are shown (Qt shows them on a later turn, and their
            # height reaches this layout with no event to this widget)
            QTimer.singleShot(0, self, self._fit)
        return done

    def _fit(self) -> None:
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            need = lay.heightForWidth(self.width())
            if need != self.minimumHeight():
                self.setMinimumHeight(need)


def scrolling_body(page: QWizardPage) -> QVBoxLayout:
    """The page's content in a scroll area, so large text never pushes the buttons off screen."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = _Body(area)
    area.setWidget(inner)
    outer.addWidget(area)
    col = QVBoxLayout(inner)
    return col


def datetime_edit(parent: QWidget) -> QDateTimeEdit:
    """A date and a time of day to the minute, with a calendar (the moment an official channel showed)."""
    w = QDateTimeEdit(parent)
    w.setDisplayFormat("yyyy-MM-dd HH:mm")
    w.setCalendarPopup(True)
    return w


def form_rows(form: QFormLayout, parent: QWidget, rows) -> list[QLabel]:
    """``(text, widget)`` rows: each label is the widget's buddy (its ``&`` key focuses it) and names it for
    screen readers; the widgets are tall enough for a finger. Returns the labels, in order."""
    labels = []
    for text, w in rows:
        lab = QLabel(text, parent)
        lab.setBuddy(w)
        w.setAccessibleName(text.replace("&", ""))
        w.setMinimumHeight(36)
        form.addRow(lab, w)
        labels.append(lab)
    return labels


ERRORS: list[str] = []  # tracebacks caught in Qt virtuals (tests assert it stays empty)


def guarded(default: Any = None) -> Callable:
    """For methods Qt calls (initializePage, validatePage, isComplete): an exception escaping into Qt
    can take the whole app down, so it is printed, kept in ``ERRORS`` and the safe ``default`` returned."""
    def wrap(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except WRITE_FAILURES as e:  # the disk said no: said in words, not a traceback
                show_write_failure(args[0] if args and isinstance(args[0], QWidget) else None, e)
                return default
            except Exception:
                ERRORS.append(traceback.format_exc())
                traceback.print_exc()
                return default
        return call
    return wrap
