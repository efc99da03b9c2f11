"""Measuring a window against the MIIT 2021 适老化 numbers (elder mode, issue 17 item 7), by computation:
text size in points, line spacing, click-target size in pixels, and text/background contrast by the WCAG 2
formula (relative luminance of the palette's text colour against the colour actually painted behind it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontMetricsF, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

MIN_POINTS = 18.0
MIN_LINE_SPACING = 1.3
MIN_TARGET = 60
MIN_CONTRAST = 4.5
MIN_CONTRAST_LARGE = 3.0  # text ≥ 18 pt bold or ≥ 24 pt (WCAG "large text")

TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QAbstractItemView,
                QHeaderView, QGroupBox, QTabBar)
TARGETS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


@dataclass(frozen=True)
class Failure:
    where: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.widget}: {self.what}"


@dataclass
class Minimums:
    points: float = 1e9
    target: int = 10**9
    contrast: float = 1e9
    spacing: float = 1e9

    def line(self) -> str:
        return (f"smallest text {self.points:.1f} pt, smallest target {self.target} px, lowest contrast "
                f"{self.contrast:.2f}:1, tightest line spacing {self.spacing:.2f}")


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "currentText", "placeholderText"):
        f = getattr(w, attr, None)
        if callable(f):
            try:
                v = f()
            except TypeError:
                continue
            if isinstance(v, str) and v:
                text = v
                break
    text = " ".join(text.split())[:40]
    return f"{type(w).__name__}({w.objectName() or '-'}) “{text}”"


def _inner_editor(w: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box is measured as its owner."""
    p = w.parentWidget()
    return isinstance(w, QLineEdit) and isinstance(p, (QAbstractSpinBox, QComboBox))


def _shown(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.isVisible() and w.width() > 0 and w.height() > 0


def _background(img: QImage, w: QWidget, top: QWidget) -> QColor | None:
    """The colour most painted inside the widget's rectangle on the grabbed window: what its text sits on."""
    origin = w.mapTo(top, w.rect().topLeft())
    ratio = img.devicePixelRatio()
    counts: Counter[int] = Counter()
    step = max(1, min(w.width(), w.height()) // 12)
    for y in range(origin.y() + 1, origin.y() + w.height() - 1, step):
        for x in range(origin.x() + 1, origin.x() + w.width() - 1, step):
            px, py = int(x * ratio), int(y * ratio)
            if 0 <= px < img.width() and 0 <= py < img.height():
                counts[img.pixel(px, py)] += 1
    if not counts:
        return None
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _painted_ink(img: QImage, w: QWidget, top: QWidget, bg: QColor) -> QColor:
    """The painted colour standing out most from the background: the text's own colour at a stroke's core."""
    origin = w.mapTo(top, w.rect().topLeft())
    ratio = img.devicePixelRatio()
    best, best_ratio = bg, 1.0
    for y in range(origin.y() + 2, origin.y() + w.height() - 2):
        for x in range(origin.x() + 2, origin.x() + w.width() - 2):
            px, py = int(x * ratio), int(y * ratio)
            if 0 <= px < img.width() and 0 <= py < img.height():
                c = QColor.fromRgb(img.pixel(px, py))
                r = contrast(c, bg)
                if r > best_ratio:
                    best, best_ratio = c, r
    return best


def _ink(w: QWidget) -> QColor:
    pal = w.palette()
    if isinstance(w, (QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit)):
        return pal.color(pal.ColorGroup.Active if w.isEnabled() else pal.ColorGroup.Disabled, pal.ColorRole.Text)
    if isinstance(w, QComboBox) and w.isEditable():
        return pal.color(pal.ColorRole.Text)
    group = pal.ColorGroup.Active if w.isEnabled() else pal.ColorGroup.Disabled
    return pal.color(group, w.foregroundRole())


def _em(w: QWidget) -> float:
    return w.font().pointSizeF() * w.logicalDpiY() / 72


def document_spacing(doc: QTextDocument, em: float) -> float | None:
    """The tightest step from one laid-out line of ``doc`` to the next in the same paragraph, over ``em``; a
    one-line paragraph by the line height its block format gives that line (what a second line would get).
    Between paragraphs (or table cells) the step also holds margins, so it is not counted. None: no text."""
    doc.size()  # lays the document out (at the width its widget gave it)
    steps: list[float] = []
    for block in _blocks(doc):
        layout = block.layout()
        if not block.text().strip() or layout.lineCount() == 0:
            continue
        tops = [layout.lineAt(i).y() for i in range(layout.lineCount())]
        if len(tops) > 1:
            steps += [b - a for a, b in zip(tops, tops[1:], strict=False)]
        else:
            steps.append(block.blockFormat().lineHeight(layout.lineAt(0).height(), 1.0))
    return min(steps) / em if steps else None


def line_spacing(w: QWidget) -> float | None:
    """How far apart the lines of ``w``'s text are laid out, in em, for a multi-line text (a word-wrapped label,
    one with a line break, a text view); None for a single-line one. A label Qt lays out with a text document is
    measured in that document; a plain label without one is drawn with the font's own line height."""
    if isinstance(w, QTextEdit):
        return document_spacing(w.document(), _em(w))
    if not isinstance(w, QLabel) or not w.text().strip():
        return None
    doc = w.findChild(QTextDocument)
    if doc is not None:
        spacing = document_spacing(doc, _em(w))
        lines = sum(b.layout().lineCount() for b in _blocks(doc))
        return spacing if w.wordWrap() or lines > 1 else None
    if w.wordWrap() or "\n" in w.text():
        return QFontMetricsF(w.font()).lineSpacing() / _em(w)
    return None


def _blocks(doc: QTextDocument):
    b = doc.firstBlock()
    while b.isValid():
        yield b
        b = b.next()


def measure(top: QWidget, where: str, mins: Minimums) -> list[Failure]:
    """Every failure in ``top`` (a window already shown and laid out), and the smallest figures seen."""
    failures: list[Failure] = []
    img = top.grab().toImage()
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not _shown(w, top) or _inner_editor(w):
            continue
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                r = w.tabRect(i)
                side = min(r.width(), r.height())
                mins.target = min(mins.target, side)
                if side < MIN_TARGET:
                    failures.append(Failure(where, f"tab “{w.tabText(i)}”", f"{r.width()}×{r.height()} px"))
        if isinstance(w, TARGETS) and not (isinstance(w, QAbstractButton) and w.parentWidget() is not None
                                           and isinstance(w.parentWidget(), QTabBar)):
            side = min(w.width(), w.height())
            mins.target = min(mins.target, side)
            if side < MIN_TARGET:
                failures.append(Failure(where, name(w), f"{w.width()}×{w.height()} px"))
            if isinstance(w, QPushButton) and w.text() and w.width() < w.sizeHint().width():
                failures.append(Failure(where, name(w), f"{w.width()} px of {w.sizeHint().width()}: its text is cut"))
        if not isinstance(w, TEXT_WIDGETS):
            continue
        if isinstance(w, QLabel) and not w.text() and w.pixmap().isNull() is False:
            continue
        if isinstance(w, QLabel) and not w.text().strip():
            continue
        if isinstance(w, QAbstractButton) and not w.text().strip():
            continue
        font = w.font()
        pt = font.pointSizeF()
        mins.points = min(mins.points, pt)
        if pt < MIN_POINTS - 0.05:
            failures.append(Failure(where, name(w), f"{pt:.1f} pt"))
        if isinstance(w, QLabel) and ("font-size" in w.text() or "<small" in w.text()):
            failures.append(Failure(where, name(w), "rich text sets its own size"))
        spacing = line_spacing(w)
        if spacing is not None:
            mins.spacing = min(mins.spacing, spacing)
            if spacing < MIN_LINE_SPACING:
                failures.append(Failure(where, name(w), f"line spacing {spacing:.2f} em"))
        bg = _background(img, w, top)
        if bg is None:
            continue
        ink = _ink(w)
        ratio = contrast(ink, bg)
        if ratio < MIN_CONTRAST:  # a state's own colour (a checked entry, a header) is not in the palette
            ink = _painted_ink(img, w, top, bg)
            ratio = contrast(ink, bg)
        large = pt >= 24 or (pt >= 18 and font.bold())
        mins.contrast = min(mins.contrast, ratio)
        if ratio < (MIN_CONTRAST_LARGE if large else MIN_CONTRAST):
            failures.append(Failure(where, name(w), f"contrast {ratio:.2f}:1 ({ink.name()} on {bg.name()})"))
    return failures
