"""长辈模式 / elder mode: line spacing of at least 1.3 × the em (MIIT 2021 适老化: 行间距不小于1.3倍) for every
multi-line text a person reads — word-wrapped labels (pages, Home cards, the guide's steps, message boxes) and
read-only text views.

Why this way: Qt draws a plain-text label with the font's own line height (1.15–1.17 em with DejaVu Sans and
WenQuanYi Micro Hei) and no style-sheet property changes it; only Qt's rich-text engine (QTextDocument) has line
heights, per block (``QTextBlockFormat.setLineHeight``; CSS ``line-height`` in HTML maps to the same). Rewriting
each label's text as HTML would change what ``text()`` returns, the escaping of plain text and every call site. So
the text is left alone: in elder mode a wrapped label gets the focus policy ``ClickFocus`` — Qt then lays out
even a plain text with a QTextDocument of its own (``QLabelPrivate::needTextControl``), filled from the text as
given (plain stays literal, ``<`` and ``&`` included; links stay links) and kept across every later ``setText``.
Whenever Qt (re)fills that document (``contentsChanged``, before it is measured or painted) each block gets a
proportional line height worked out from the document's font: Qt's percentage is of the font's own line, so
1.3 em / that line, rounded up. A click no longer leaves the focus on such a label (see ``_hand_on``), so
nothing moves for the keyboard. Normal mode keeps Qt's defaults: the labels get back their focus policy and text.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import (
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit, QWidget

from desktop.ui.qprops import own_property

MIN_LINE_SPACING = 1.3
KEY = "elderSpacing"  # a label's own focus policy before elder mode (None: not handled)
_OURS = QTextBlockFormat.Property.UserProperty + 13  # marks block formats set here, to take them off again


def em_pixels(font) -> float:
    """The em of ``font`` in pixels (its size; line heights are measured against it)."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return font.pointSizeF() * dpi / 72 if font.pointSizeF() > 0 else float(QFontInfo(font).pixelSize())


def percent_for(font) -> int:
    """Qt's proportional line height (percent of the font's own line) that gives at least 1.3 em; 1 % more for
    Qt rounding line heights to whole pixels."""
    line = QFontMetricsF(font).lineSpacing()
    return max(100, math.ceil(100 * MIN_LINE_SPACING * em_pixels(font) / line) + 1) if line > 0 else 130


def space(doc: QTextDocument) -> None:
    """Give every block of ``doc`` without a line height of its own the elder-mode spacing."""
    if not _on or not shiboken6.isValid(doc):
        return
    blocks = []
    b = doc.firstBlock()
    while b.isValid():
        if b.blockFormat().lineHeightType() == QTextBlockFormat.LineHeightTypes.SingleHeight.value:
            blocks.append(b)
        b = b.next()
    if not blocks:
        return  # already spaced: the change made here comes back as one more contentsChanged
    fmt = QTextBlockFormat()
    fmt.setLineHeight(percent_for(doc.defaultFont()), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setProperty(_OURS, True)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for block in blocks:
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)
    cursor.endEditBlock()


def unspace(doc: QTextDocument) -> None:
    """Back to Qt's single spacing where :func:`space` set it."""
    single = QTextBlockFormat()
    single.setLineHeight(0, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
    single.setProperty(_OURS, False)
    cursor = QTextCursor(doc)
    b = doc.firstBlock()
    while b.isValid():
        if b.blockFormat().boolProperty(_OURS):
            cursor.setPosition(b.position())
            cursor.mergeBlockFormat(single)
        b = b.next()


def label_document(label: QLabel) -> QTextDocument | None:
    """The document Qt lays the label's text out with (None: a plain text drawn straight with the font)."""
    return label.findChild(QTextDocument)


def multi_line(label: QLabel) -> bool:
    """A label whose text may take more than one line: word-wrapped, with a line break, or a message box's
    (QMessageBox turns word wrap on only when it sizes itself, after the label is polished). Not a tooltip (a
    window of its own) nor a picture."""
    if label.isWindow() or not label.pixmap().isNull():
        return False
    return label.wordWrap() or "\n" in label.text() or isinstance(label.window(), QMessageBox)


class _Spacer(QObject):
    """Receives every watched document's ``contentsChanged``; the document is the signal's sender, looked up
    afresh each time (a Python reference kept in a lambda can outlive PySide's wrapper of it)."""

    @Slot()
    def changed(self) -> None:
        doc = self.sender()
        if isinstance(doc, QTextDocument):
            space(doc)


_spacer: _Spacer | None = None


def _watch(doc: QTextDocument) -> None:
    global _spacer
    if _spacer is None:
        _spacer = _Spacer(QCoreApplication.instance())
    if own_property(doc, KEY) is None:
        doc.setProperty(KEY, True)
        doc.contentsChanged.connect(_spacer.changed)
    space(doc)


def adopt(label: QLabel) -> None:
    """Lay ``label`` out with the elder-mode spacing, now and after every later change of its text."""
    if not multi_line(label):
        return
    if own_property(label, KEY) is None:
        label.setProperty(KEY, label.focusPolicy().value)
        if label.focusPolicy() == Qt.FocusPolicy.NoFocus:
            label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    doc = label_document(label)
    if doc is None:  # Qt makes the document when a text is set (an empty one too), and keeps it from then on
        text = label.text()
        label.setText(" " if not text else "")
        label.setText(text)
        doc = label_document(label)
    if doc is not None:
        _watch(doc)
        label.setIndent(label.indent())  # a size worked out before the spacing is worked out again


def release(label: QLabel) -> None:
    saved = own_property(label, KEY)
    if saved is None:
        return
    label.setProperty(KEY, None)
    label.setFocusPolicy(Qt.FocusPolicy(saved))
    text = label.text()  # laid out afresh: plain text straight with the font again, rich text without our spacing
    label.setText("")
    label.setText(text)


def _text_view(w: QWidget) -> bool:
    return isinstance(w, QTextEdit) and w.isReadOnly()


class LineSpacing(QObject):
    """Adopts each label and read-only text view as it is polished (or gets a new text document); hands a
    click's focus on from a label that only takes focus for its document."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left: QWidget | None = None  # the widget that last lost the focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        t = event.type()
        if t == QEvent.Type.Polish and isinstance(watched, QLabel):
            adopt(watched)
        elif t == QEvent.Type.Polish and isinstance(watched, QTextEdit) and _text_view(watched):
            _watch(watched.document())
        elif t == QEvent.Type.ChildAdded and isinstance(watched, QLabel) and own_property(watched, KEY) is not None:
            # a label emptied with clear() gets a new document; it exists once the label's call returns
            QTimer.singleShot(0, watched, lambda lab=watched: adopt(lab))
        elif t == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            self._left = watched
        elif (t == QEvent.Type.FocusIn and isinstance(watched, QLabel)
              and own_property(watched, KEY) == Qt.FocusPolicy.NoFocus.value
              and event.reason() == Qt.FocusReason.MouseFocusReason):
            self._hand_on(watched)
        return False

    def _hand_on(self, label: QLabel) -> None:
        """Where the click would have left the focus without elder mode: the nearest enclosing widget that takes
        focus by click, else the widget that had it."""
        w = label.parentWidget()
        while w is not None and not w.isWindow():
            if w.isEnabled() and w.focusPolicy().value & Qt.FocusPolicy.ClickFocus.value:
                w.setFocus(Qt.FocusReason.MouseFocusReason)
                return
            w = w.parentWidget()
        left = self._left
        if left is not None and shiboken6.isValid(left) and left is not label and left.window() is label.window():
            left.setFocus(Qt.FocusReason.MouseFocusReason)
        else:
            label.clearFocus()


_filter: LineSpacing | None = None
_on = False


def apply(app: QApplication, large: bool) -> None:
    """Elder mode on: every multi-line text spaced, the ones already made too; off: Qt's defaults again."""
    global _filter, _on
    _on = large
    if large and _filter is None:
        _filter = LineSpacing(app)
        app.installEventFilter(_filter)
    elif not large and _filter is not None:
        app.removeEventFilter(_filter)
        _filter = None
    for w in app.allWidgets():
        if isinstance(w, QLabel):
            (adopt if large else release)(w)
        elif _text_view(w):
            if large:
                _watch(w.document())
            else:
                unspace(w.document())
