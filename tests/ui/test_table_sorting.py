"""Tables people can work with: a click on a header sorts (money as money, dates as dates), the search box
keeps only matching rows, column widths a person drags are kept between runs, and large text cuts no header.

The family is tests/ui/families.py's Taiyuan family on 16 June 2025: ages 王磊 31, 李秀英 56, 王建国 59,
张桂兰 84 (worked out from their birth dates by hand)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.ui import theme
from desktop.ui.main_window import ENTRIES
from desktop.ui.tables import Table
from tests.ui.families import open_family


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def click_header(qtbot, table: Table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def shown(table: Table, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_members_sort_by_age_as_numbers_and_the_page_keeps_its_rows(fam, make_window, qtbot, lang):
    page = make_window(fam.book).page("family")
    assert shown(page.table, 0) == ["王建国", "李秀英", "王磊", "张桂兰"]  # the book's order at first
    click_header(qtbot, page.table, 2)
    assert shown(page.table, 0) == ["王磊", "李秀英", "王建国", "张桂兰"]
    assert shown(page.table, 2) == ["31", "56", "59", "84"]
    click_header(qtbot, page.table, 2)
    assert shown(page.table, 0) == ["张桂兰", "王建国", "李秀英", "王磊"]
    # the page still speaks in its own rows: choosing 王建国 shows his balance records
    page.table.select_row(page.model.row_of(fam.head))
    assert page.selected().name == "王建国"
    assert page.table.selectionModel().selectedRows()[0].row() == 1  # second from the top as sorted
    assert "王建国" in page.statements_title.text()


def test_balances_sort_as_money_not_as_text(fam, make_window, qtbot, lang):
    fam.book.record_statement(fam.head, dt.date(2025, 2, 1), 9000)  # ¥90.00
    fam.book.record_statement(fam.head, dt.date(2025, 3, 1), 120000)  # ¥1,200.00
    page = make_window(fam.book).page("family")
    page.table.select_row(page.model.row_of(fam.head))
    balance = [k for k, _ in page.statements.COLUMNS].index("balance")
    click_header(qtbot, page.statement_table, balance)
    # as text "¥1,200.00" < "¥5,000.00" < "¥90.00"; as money 90 < 1,200 < 5,000
    assert shown(page.statement_table, balance) == ["¥90.00", "¥1,200.00", "¥5,000.00"]
    date = [k for k, _ in page.statements.COLUMNS].index("date")
    click_header(qtbot, page.statement_table, date)
    assert shown(page.statement_table, date) == ["2025-01-01", "2025-02-01", "2025-03-01"]


def test_family_search_keeps_the_matching_members(fam, make_window, qtbot, lang):
    page = make_window(fam.book).page("family")
    assert page.search_box() is page.search
    page.search.setText("王")
    page.search.apply_now()
    assert shown(page.table, 0) == ["王建国", "王磊"]
    page.search.clear()
    page.search.apply_now()
    assert len(shown(page.table, 0)) == 4


def _visits(fam):
    b = fam.book
    b.record_visit(fam.son, dt.date(2025, 3, 2), "outpatient", "3A", 8000, institution="太原市中心医院")
    b.record_visit(fam.wife, dt.date(2025, 4, 9), "outpatient", "1", 120000, institution="社区卫生服务站")
    b.record_visit(fam.head, dt.date(2025, 2, 20), "outpatient", "3A", 90000, institution="太原市中心医院")


def test_visits_sort_in_the_book_by_money_and_by_date(fam, make_window, qtbot, english):
    _visits(fam)
    page = make_window(fam.book).page("visits")
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert shown(page.table, 0) == ["2025-04-09", "2025-03-02", "2025-02-20"]  # newest first at first
    total = [k for k, _ in page.model.COLUMNS].index("total")
    click_header(qtbot, page.table, total)
    assert shown(page.table, total) == ["¥80.00", "¥900.00", "¥1,200.00"]
    click_header(qtbot, page.table, total)
    assert shown(page.table, total) == ["¥1,200.00", "¥900.00", "¥80.00"]
    click_header(qtbot, page.table, 0)
    assert shown(page.table, 0) == ["2025-02-20", "2025-03-02", "2025-04-09"]
    assert page.selected() is not None and "2025-02-20" in page.detail_text()  # the first row is chosen


def test_visits_search_filters_rows_totals_and_the_export(fam, make_window, qtbot, english, tmp_path, monkeypatch):
    _visits(fam)
    page = make_window(fam.book).page("visits")
    page.search.setText("中心医院")
    page.search.apply_now()
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert shown(page.table, 1) == ["王磊", "王建国"]
    assert page.totals.text().startswith("Visits shown: 2, total ¥980.00.")  # 80 + 900
    page.search.setText("李秀英")  # a person's name finds their visits
    page.search.apply_now()
    assert shown(page.table, 1) == ["李秀英"]
    target = tmp_path / "out.csv"
    from desktop.ui.pages import visits_page

    monkeypatch.setattr(visits_page, "choose_csv_to_save", lambda _parent, _name: target)
    assert page.export_csv() == 1


def test_dragged_column_widths_are_kept_for_the_next_run(fam, make_window, qtbot, lang):
    w = make_window(fam.book)
    page = w.page("family")
    page.table.horizontalHeader().resizeSection(4, 333)  # what dragging the border does
    w.close()
    again = make_window(fam.book).page("family")
    assert again.table.columnWidth(4) == 333
    # a width never hides the title: narrower than it, the title's width wins
    again.table.horizontalHeader().resizeSection(2, 5)
    again.table.fit_columns()
    assert again.table.columnWidth(2) >= again.table.header_width(2)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_large_text_cuts_no_header_and_a_cut_cell_says_its_words(fam, make_window, qtbot, qapp, language):
    from desktop.ui import i18n

    i18n.install(language)
    theme.apply(qapp, True)
    try:
        w = make_window(fam.book)
        problems = []
        for key, _text, _icon in ENTRIES:
            page = w.page(key)
            qtbot.wait(10)
            for table in page.findChildren(Table):
                if table.model() is None or not table.isVisibleTo(page):
                    continue
                header = table.horizontalHeader()
                fm = header.fontMetrics()
                for c in range(table.model().columnCount()):
                    title = str(table.model().headerData(c, Qt.Orientation.Horizontal))
                    if header.sectionSize(c) < fm.horizontalAdvance(title):
                        problems.append(f"{key}: header {title!r} cut ({header.sectionSize(c)} px)")
                    for r in range(table.model().rowCount()):
                        index = table.model().index(r, c)
                        if table.is_cut(index) and table.tooltip(index) != index.data():
                            problems.append(f"{key}: cell {index.data()!r} cut with no tooltip")
        assert problems == []
    finally:
        theme.apply(qapp, False)
        i18n.install("zh_CN")
