"""Elder mode on a laptop screen: the Visits table keeps several rows in sight, and a long explanation of the
chosen visit scrolls in its own area instead of squeezing the table to a single row (seen on the 2026-12-02
screenshots)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_table_keeps_rows_and_the_explanation_scrolls_in_elder_mode(qtbot, elder, english, make_window,
                                                                         demo_day_book):
    w = make_window(demo_day_book)
    w.resize(1280, 760)
    page = w.page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "¥" in page.detail.text())
    QApplication.processEvents()
    rows = page.table.viewport().height() // page.table.rowHeight(0)
    assert rows >= 3, f"only {rows} rows of the table are in sight"
    # the whole explanation is there to scroll to: its label is as tall as its text needs
    label = page.detail
    assert label.height() >= label.heightForWidth(label.width())
    bar = page.detail_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # in large text the demo's first visit's explanation is longer than its area
