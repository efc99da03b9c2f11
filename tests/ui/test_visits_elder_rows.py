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


def test_turning_large_text_on_later_keeps_four_large_rows(qtbot, english, make_window, demo_day_book):
    """The page was built in normal text; large text turned on afterwards (View menu) re-counts the four rows the
    table keeps in the new, taller rows — not four of the old small ones."""
    from desktop.ui import theme

    w = make_window(demo_day_book)
    page = w.page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    small = page.table.verticalHeader().defaultSectionSize()
    assert page.table.minimumHeight() == 4 * small
    try:
        w.set_large_text(True)
        QApplication.processEvents()
        large = page.table.verticalHeader().defaultSectionSize()
        assert large > small
        assert page.table.minimumHeight() == 4 * large
    finally:
        theme.apply(QApplication.instance(), False)


def test_the_filters_show_their_whole_choice_in_elder_mode(qtbot, elder, english, make_window, demo_day_book):
    """In large text on a 1280×760 window the three filter boxes show "Everyone", "All years" and "All kinds"
    whole (the longest kind of care used to squeeze the first to "Everyon"), and each open list is wide enough for
    its longest name."""
    w = make_window(demo_day_book)
    w.resize(1280, 760)
    w.show_page("visits")
    page = w.page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    QApplication.processEvents()
    for combo in (page.person, page.year, page.care):
        text = combo.currentText()
        room = combo.style().subControlRect(combo.style().ComplexControl.CC_ComboBox, _option(combo),
                                            combo.style().SubControl.SC_ComboBoxEditField, combo).width()
        assert combo.fontMetrics().horizontalAdvance(text) <= room, f"{text!r} is cut"
        view = combo.view()
        assert view.minimumWidth() >= view.sizeHintForColumn(0)


def _option(combo):
    from PySide6.QtWidgets import QStyleOptionComboBox

    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    return opt
