"""A line chart of balances by month, drawn with QPainter: one line per account (a scenario dashed), a shaded
10–90 % band, the reserve (floor) as a dashed line, a cross where an account runs out and a ring at its
lowest point. Text uses the widget's font, so large-text mode enlarges the chart too. Meaning never rests on
colour alone: every line has its own marker shape and dash in the legend, and the markers carry words.

Hover (or Left/Right with the keyboard) picks a month; the tooltip and the accessible description say that
month's figures. The chart knows nothing of the engine: the page gives it plain :class:`ChartData`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.money import format_fen

# Okabe–Ito colours: told apart with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
SHAPES = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class ChartLine:
    label: str
    values: tuple[int, ...]  # fen, one per month (closing balance)
    color: str = PALETTE[0]
    dashed: bool = False  # a what-if scenario
    floor_fen: int = 0
    empty_index: int | None = None   # the month it runs out
    lowest_index: int | None = None  # its lowest point (marked when it is above zero)
    shape: str = "circle"


@dataclass(frozen=True)
class ChartBand:
    label: str
    low: tuple[int, ...]
    high: tuple[int, ...]
    color: str = PALETTE[0]


@dataclass(frozen=True)
class ChartData:
    months: tuple[str, ...] = ()        # short axis labels ("4月", "2027年1月")
    month_titles: tuple[str, ...] = ()  # long labels for the tooltip
    lines: tuple[ChartLine, ...] = ()
    bands: tuple[ChartBand, ...] = ()
    marks: bool = True  # write the marker words (one account shown)
    extra: tuple[tuple[str, ...], ...] = field(default_factory=tuple)  # per month: more tooltip lines
    with_year: tuple[str, ...] = ()  # axis labels with the year ("2027年1月"), used where the year changes
    years: tuple[int, ...] = ()


def nice_step(span: float, ticks: int = 5) -> int:
    """A round axis step in fen (1, 2 or 5 × a power of ten yuan) giving about ``ticks`` intervals."""
    raw = max(span / max(ticks, 1), 100)
    step = 100
    while True:
        for m in (1, 2, 5):
            if step * m >= raw:
                return step * m
        step *= 10


def unit_gap(fm: QFontMetricsF) -> float:
    """A small gap off the axis for marker words, in proportion to the font."""
    return fm.height() / 4


def axis_money(fen: int) -> str:
    """Whole yuan for the axis (¥12,000), never decimals."""
    text = format_fen(fen)
    return text[:-3] if text.endswith(".00") else text


class BalanceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.hover: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Balance chart"))
        self.setAutoFillBackground(False)

    # ---- data ----
    def set_data(self, data: ChartData) -> None:
        self.data = data
        if self.hover is not None and self.hover >= len(data.months):
            self.hover = None
        self.setAccessibleDescription(self.summary_text())
        self.update()

    def summary_text(self) -> str:
        """What the chart shows, in words (screen readers; tests)."""
        parts = [ln.label for ln in self.data.lines] + [b.label for b in self.data.bands]
        return "; ".join(parts)

    def tooltip_text(self, index: int) -> str:
        """The month's figures: each line's balance, the band's range, then the page's extra lines."""
        d = self.data
        if not 0 <= index < len(d.months):
            return ""
        out = [d.month_titles[index] if index < len(d.month_titles) else d.months[index]]
        for ln in d.lines:
            if index < len(ln.values):
                out.append(f"{ln.label}: {format_fen(ln.values[index])}")
        for b in d.bands:
            if index < len(b.low):
                out.append(self.tr("%1: %2 to %3").replace("%1", b.label).replace("%2", format_fen(b.low[index]))
                           .replace("%3", format_fen(b.high[index])))
        if index < len(d.extra):
            out.extend(d.extra[index])
        return "\n".join(out)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 90, fm.height() * 20)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, fm.height() * 14)

    # ---- geometry ----
    def _range(self) -> tuple[int, int]:
        d = self.data
        values = [v for ln in d.lines for v in ln.values] + [v for b in d.bands for v in b.high]
        values += [ln.floor_fen for ln in d.lines]
        top = max(values, default=0)
        low = min([v for ln in d.lines for v in ln.values] + [v for b in d.bands for v in b.low] + [0])
        step = nice_step(max(top - low, 100))
        hi = (top // step + 1) * step
        lo = -((-low) // step) * step if low < 0 else 0
        return lo, hi

    def _legend_rows(self, fm: QFontMetricsF, width: float) -> list[list[tuple[str, object]]]:
        items: list[tuple[str, object]] = [(ln.label, ln) for ln in self.data.lines]
        items += [(b.label, b) for b in self.data.bands]
        if any(ln.floor_fen for ln in self.data.lines):
            items.append((self.tr("reserve that must stay"), "floor"))
        rows: list[list[tuple[str, object]]] = [[]]
        x = 0.0
        for text, what in items:
            w = fm.height() * 2.5 + fm.horizontalAdvance(text) + fm.height()
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((text, what))
            x += w
        return rows

    def _plot_rect(self, fm: QFontMetricsF, legend_rows: int) -> QRectF:
        lo, hi = self._range()
        label_w = max(fm.horizontalAdvance(axis_money(hi)), fm.horizontalAdvance(axis_money(lo)))
        left = label_w + fm.height()
        top = fm.height() * (legend_rows * 1.6 + 0.8)
        right = fm.horizontalAdvance("M") * 3
        bottom = fm.height() * 2.8
        return QRectF(left, top, max(self.width() - left - right, 10), max(self.height() - top - bottom, 10))

    def _x(self, plot: QRectF, i: int) -> float:
        n = len(self.data.months)
        if n <= 1:
            return plot.center().x()
        return plot.left() + plot.width() * i / (n - 1)

    def _y(self, plot: QRectF, fen: int, lo: int, hi: int) -> float:
        return plot.bottom() - plot.height() * (fen - lo) / max(hi - lo, 1)

    # ---- painting ----
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        d = self.data
        fm = QFontMetricsF(self.font())
        text_color = QColor("#000000")
        if not d.months:
            p.setPen(text_color)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show yet."))
            p.end()
            return
        legend = self._legend_rows(fm, self.width() - fm.height() * 2)
        plot = self._plot_rect(fm, len(legend))
        lo, hi = self._range()
        unit = max(fm.height() / 9, 1.5)
        self._draw_axes(p, fm, plot, lo, hi, text_color, unit)
        for b in d.bands:
            self._draw_band(p, plot, b, lo, hi)
        floors = set()
        for ln in d.lines:
            if ln.floor_fen and ln.floor_fen not in floors:  # one reserve line per amount
                floors.add(ln.floor_fen)
                self._draw_floor(p, fm, plot, ln, lo, hi, unit)
        for ln in d.lines:
            self._draw_line(p, plot, ln, lo, hi, unit)
        for ln in d.lines:
            self._draw_marks(p, fm, plot, ln, lo, hi, unit, text_color)
        if self.hover is not None:
            x = self._x(plot, self.hover)
            p.setPen(QPen(QColor("#555555"), unit / 2, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        self._draw_legend(p, fm, legend, unit, text_color)
        if self.hasFocus():
            p.setPen(QPen(QColor("#0050c8"), unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(unit, unit, -unit, -unit))
        p.end()

    def _draw_axes(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, lo: int, hi: int, text_color: QColor,
                   unit: float) -> None:
        step = nice_step(hi - lo)
        p.setFont(self.font())
        v = lo
        while v <= hi:
            y = self._y(plot, v, lo, hi)
            p.setPen(QPen(QColor("#d0d0d0") if v else QColor("#000000"), unit / 2 if v else unit))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            label = axis_money(v)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - fm.height() / 2, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            v += step
        p.setPen(QPen(QColor("#000000"), unit))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        n = len(self.data.months)
        widest = max(fm.horizontalAdvance(m) for m in self.data.months + self.data.with_year) + fm.height()
        every = 1
        while every < n and plot.width() / max(n - 1, 1) * every < widest:
            every += 1
        d = self.data
        last_year = None
        for i, label in enumerate(d.months):
            x = self._x(plot, i)
            p.setPen(QPen(QColor("#000000"), unit / 2))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fm.height() / 4))
            if i % every == 0:
                year = d.years[i] if i < len(d.years) else None
                if year is not None and year != last_year and i < len(d.with_year):
                    label = d.with_year[i]
                last_year = year
                w = fm.horizontalAdvance(label) + fm.height() / 2
                left = min(max(x - w / 2, 0), self.width() - w)
                p.setPen(text_color)
                p.drawText(QRectF(left, plot.bottom() + fm.height() * 0.4, w, fm.height() * 1.2),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)

    def _draw_band(self, p: QPainter, plot: QRectF, b: ChartBand, lo: int, hi: int) -> None:
        top = [QPointF(self._x(plot, i), self._y(plot, v, lo, hi)) for i, v in enumerate(b.high)]
        bottom = [QPointF(self._x(plot, i), self._y(plot, v, lo, hi)) for i, v in enumerate(b.low)]
        color = QColor(b.color)
        color.setAlpha(60)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(color))
        p.drawPolygon(QPolygonF(top + bottom[::-1]))
        hatch = QColor(b.color)
        hatch.setAlpha(110)
        p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        p.drawPolygon(QPolygonF(top + bottom[::-1]))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_floor(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, ln: ChartLine, lo: int, hi: int,
                    unit: float) -> None:
        y = self._y(plot, ln.floor_fen, lo, hi)
        p.setPen(QPen(QColor(ln.color), unit, Qt.PenStyle.DashDotLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self.data.marks:
            text = self.tr("reserve %1").replace("%1", axis_money(ln.floor_fen))
            p.setPen(QColor("#000000"))
            w = fm.horizontalAdvance(text) + fm.height()
            p.drawText(QRectF(plot.left() + fm.height() / 2, y - fm.height() * 1.2, w, fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    def _draw_line(self, p: QPainter, plot: QRectF, ln: ChartLine, lo: int, hi: int, unit: float) -> None:
        path = QPainterPath()
        for i, v in enumerate(ln.values):
            pt = QPointF(self._x(plot, i), self._y(plot, v, lo, hi))
            if i == 0:
                path.moveTo(pt)
            else:
                path.lineTo(pt)
        pen = QPen(QColor(ln.color), unit * (1.6 if not ln.dashed else 1.4))
        if ln.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        for i, v in enumerate(ln.values):
            self._shape(p, ln.shape, QPointF(self._x(plot, i), self._y(plot, v, lo, hi)), unit * 2.2, ln.color,
                        hollow=ln.dashed)

    def _shape(self, p: QPainter, shape: str, c: QPointF, r: float, color: str, hollow: bool = False) -> None:
        p.setPen(QPen(QColor(color), max(r / 3, 1)))
        p.setBrush(QColor("#ffffff") if hollow else QColor(color))
        if shape == "square":
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.2), QPointF(c.x() - r * 1.1, c.y() + r * 0.8),
                                     QPointF(c.x() + r * 1.1, c.y() + r * 0.8)]))
        elif shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x() + r * 1.3, c.y()),
                                     QPointF(c.x(), c.y() + r * 1.3), QPointF(c.x() - r * 1.3, c.y())]))
        else:
            p.drawEllipse(c, r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_marks(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, ln: ChartLine, lo: int, hi: int,
                    unit: float, text_color: QColor) -> None:
        r = fm.height() * 0.45
        if ln.empty_index is not None and ln.empty_index < len(ln.values):
            c = QPointF(self._x(plot, ln.empty_index), self._y(plot, ln.values[ln.empty_index], lo, hi))
            p.setPen(QPen(QColor("#b00000"), unit * 1.8))
            p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
            p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
            if self.data.marks:
                self._label(p, fm, plot, c, self.tr("runs out"), text_color, above=True)
        if (ln.lowest_index is not None and ln.lowest_index < len(ln.values) and ln.values[ln.lowest_index] > 0
                and not ln.dashed):
            v = ln.values[ln.lowest_index]
            c = QPointF(self._x(plot, ln.lowest_index), self._y(plot, v, lo, hi))
            p.setPen(QPen(QColor("#000000"), unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, r * 1.3, r * 1.3)
            if self.data.marks:
                self._label(p, fm, plot, c, self.tr("lowest %1").replace("%1", axis_money(v)), text_color,
                            above=False)

    def _label(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, c: QPointF, text: str, color: QColor,
               above: bool) -> None:
        w = fm.horizontalAdvance(text) + fm.height() / 2
        h = fm.height()
        x = min(max(c.x() - w / 2, plot.left() + unit_gap(fm)), plot.right() - w)
        y = c.y() - h * 1.9 if above else c.y() + h * 0.8
        y = min(max(y, plot.top() - h * 0.5), plot.bottom() - h)
        box = QRectF(x, y, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 220))
        p.drawRect(box)
        p.setPen(color)
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _draw_legend(self, p: QPainter, fm: QFontMetricsF, rows: list[list[tuple[str, object]]], unit: float,
                     text_color: QColor) -> None:
        y = fm.height() * 0.4
        for row in rows:
            x = fm.height()
            for text, what in row:
                mid = y + fm.height() / 2
                sample = QRectF(x, mid - fm.height() * 0.4, fm.height() * 2, fm.height() * 0.8)
                if isinstance(what, ChartLine):
                    pen = QPen(QColor(what.color), unit * 1.6)
                    if what.dashed:
                        pen.setStyle(Qt.PenStyle.DashLine)
                    p.setPen(pen)
                    p.drawLine(QPointF(sample.left(), mid), QPointF(sample.right(), mid))
                    self._shape(p, what.shape, QPointF(sample.center().x(), mid), unit * 2.2, what.color,
                                hollow=what.dashed)
                elif isinstance(what, ChartBand):
                    color = QColor(what.color)
                    color.setAlpha(60)
                    p.fillRect(sample, color)
                    hatch = QColor(what.color)
                    hatch.setAlpha(110)
                    p.fillRect(sample, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                else:
                    p.setPen(QPen(QColor("#555555"), unit, Qt.PenStyle.DashDotLine))
                    p.drawLine(QPointF(sample.left(), mid), QPointF(sample.right(), mid))
                p.setPen(text_color)
                tx = sample.right() + fm.height() / 2
                p.drawText(QRectF(tx, y, fm.horizontalAdvance(text) + 2, fm.height()),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
                x = tx + fm.horizontalAdvance(text) + fm.height()
            y += fm.height() * 1.6

    # ---- interaction ----
    def index_at(self, x: float) -> int | None:
        n = len(self.data.months)
        if not n:
            return None
        fm = QFontMetricsF(self.font())
        plot = self._plot_rect(fm, len(self._legend_rows(fm, self.width() - fm.height() * 2)))
        if n == 1:
            return 0
        i = round((x - plot.left()) / plot.width() * (n - 1))
        return min(max(i, 0), n - 1)

    def set_hover(self, index: int | None, pos=None) -> None:
        self.hover = index
        text = self.tooltip_text(index) if index is not None else ""
        self.setToolTip(text)
        if index is not None:
            self.setAccessibleDescription(text)
            if pos is not None:
                QToolTip.showText(pos, text, self)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.set_hover(self.index_at(event.position().x()), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        n = len(self.data.months)
        if n and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            i = self.hover if self.hover is not None else -1
            i = {Qt.Key.Key_Left: max(i - 1, 0), Qt.Key.Key_Right: min(i + 1, n - 1), Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: n - 1}[Qt.Key(event.key())]
            self.set_hover(i, self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
