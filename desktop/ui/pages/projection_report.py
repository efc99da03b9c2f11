"""The whole projection as an A4 PDF: the sentences, the chart, a what-if next to the plan, the likely range,
each account month by month, each person's cash, and the assumptions. Built from what the page shows."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.ui.charts.balance_chart import BalanceChart
from desktop.ui.print.pdf import a4_writer, memory, pdf_page_count, save_private

BODY_PT = 10.5
MARGIN_MM = 15
CSS_DPI = 96
_H = Qt.Orientation.Horizontal


# headings: the page's own words (context ProjectionPage, the same strings as on screen)
TITLE = QT_TRANSLATE_NOOP("ProjectionPage", "Projection")
LIKELY = QT_TRANSLATE_NOOP("ProjectionPage", "How likely")
CASH = QT_TRANSLATE_NOOP("ProjectionPage", "Cash out of pocket")
MONTHS = QT_TRANSLATE_NOOP("ProjectionPage", "Month by month")
ABOUT = QT_TRANSLATE_NOOP("ProjectionPage", "About these figures")


def _t(text: str) -> str:
    return html.escape(QCoreApplication.translate("ProjectionPage", text))


def chart_png(page: Any, width: int = 900, height: int = 480, scale: int = 3) -> bytes:
    """The page's chart drawn at a fixed size, whatever the window looks like (or the large-text mode is).

    900 × 480 at 11 pt fills the report's 180 mm text width with labels of about 8 pt on paper, the legend
    whole; it is drawn at ``scale`` times the pixels so it stays sharp in print."""
    chart = BalanceChart()
    font = QFont(QApplication.font())
    font.setPointSizeF(11)
    chart.setFont(font)
    chart.set_data(page.chart.data)
    chart.resize(width, height)
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    chart.deleteLater()
    return bytes(data.data())


def _table(model: Any) -> str:
    heads = "".join(f"<th>{html.escape(str(model.headerData(c, _H)))}</th>" for c in range(model.columnCount()))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in model.texts())
    return f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{heads}</tr>{body}</table>"


def report_html(page: Any, image_width: int = 640) -> str:
    """The report's body; ``<img src='chart.png'>`` is given to the document as a resource."""
    parts = [f"<h1>{_t(TITLE)}</h1>",
             f"<h3>{html.escape(page.summary_title.text())}</h3>", page.summary.text(),
             f"<p><img src='chart.png' width='{image_width}'></p>"]
    if page.band is not None:
        parts += [f"<h2>{_t(LIKELY)}</h2>", page.band_text.text()]
    if page.comparison is not None:
        parts += [f"<h2>{html.escape(page.compare_title.text())}</h2>", page.compare_changes.text(),
                  page.compare_text.text(), _table(page.compare_model)]
    parts += [f"<h2>{_t(CASH)}</h2>", _table(page.people_model),
              f"<h2>{_t(MONTHS)}</h2>", _table(page.months_model),
              f"<h2>{_t(ABOUT)}</h2>", page.notes.text()]
    return "".join(parts)


def report_document(page: Any, writer: Any) -> QTextDocument:
    """The report laid out for ``writer``'s pages (A4 at its resolution)."""
    doc = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), QImage.fromData(chart_png(page)))
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units, so points are points
    size = writer.pageLayout().paintRectPixels(writer.resolution()).size()
    doc.setPageSize(QSizeF(size))
    # an <img> width is in CSS pixels (1/96 inch), not the writer's dots: the chart takes 95 % of the text width
    doc.setHtml(report_html(page, int(size.width() * 0.95 * CSS_DPI / writer.resolution())))
    return doc


def write_report(page: Any, path: Path | str) -> int:
    """Write the PDF, owner-only; returns its number of pages."""
    buf = memory()
    writer = a4_writer(buf, QCoreApplication.translate("ProjectionPage", TITLE), MARGIN_MM)
    report_document(page, writer).print_(writer)
    del writer  # finish the PDF
    save_private(buf, path)
    return pdf_page_count(Path(path))
