"""The 余额预测 page: what a user sees for a small Taiyuan family worked out by hand (the figures of
tests/test_book_projection.py: resident level 1, deductible ¥80, 60 %, fund cap ¥300 a year, F-T14; family
money only above the ¥1,000 floor, F-T10), from today (20 September: its last 10 days first), a what-if side by side, the band off the GUI thread (seeded,
cancellable), saving the chart and the report, the demo family at a glance, and Home's reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.book import FamilyBook
from desktop.ui import reasons as fmt

TY = "140100"
NOW = dt.datetime(2025, 9, 20, 10, 0)  # the projection runs from today: the rest of September, then October …


@pytest.fixture
def pair(tmp_path):
    """儿子 (employee) ¥1,500 and ¥200 a month; his mother bound to his account; her ¥6,000 visit in Dec 2024
    makes ¥500 a month on average."""
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    dad = book.add_member("儿子", TY, "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", TY, "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    book.record_visit(mum, dt.date(2024, 12, 15), "outpatient", "1", 600000)
    book.record_statement(dad, dt.date(2025, 9, 10), 150000, monthly_credit_fen=20000)
    book.propose_binding(dad, mum, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), amount_cap_fen=1000000,
                         status="active", registered_at=dt.datetime(2025, 1, 1, 9, 0))
    yield book
    book.close()


@pytest.fixture
def demo(tmp_path):
    from desktop import demo as demo_family

    book = FamilyBook.open(tmp_path / "demo", clock=lambda: dt.datetime(2026, 3, 17, 10, 0), daily_backup=False)
    fam = demo_family.build_demo(book)
    yield book, fam
    book.close()


def open_page(make_window, book, months=None):
    w = make_window(book)
    w.show_page("projection")
    page = w.stack.currentWidget()
    assert page.objectName() == "page_projection"
    if months is not None:
        page.months.setValue(months)
        page.recompute()
    return w, page


def summary(page) -> list[str]:
    return fmt.html_to_text(page.summary.text()).splitlines()


def wait_band(qtbot, page):
    qtbot.waitUntil(lambda: page.run is None, timeout=60000)


# ---- what the user reads ----

def test_sentences_table_and_cash_by_hand(qtbot, lang, make_window, pair):
    """From today, 20 Sep: September's last 10 of 30 days → her ¥500 a month is ¥166.67; deductible ¥80, fund
    86.67 × 60 % = ¥52.00, her share ¥114.67 from his ¥1,500 (read on 10 Sep: September's credit is in it).
    Oct: +200, fund only 300 − 52 = 248 left → share 252. Nov: +200, share 500 → 1,033.33. Dec: +200, only
    233.33 above the floor → cash 266.67. Jan (new year): share 248, 200 above the floor → cash 48.
    Feb: fund 48 left → share 452 → cash 252."""
    _w, page = open_page(make_window, pair, months=6)
    assert page.summary_title.text() == "简单说：从今天（2025-09-20）到 2026年2月"
    lines = summary(page)
    assert lines[0] == "✗ 儿子的账户预计在2025年12月降到必须保留的 ¥1,000.00，此后家人只能用超出这部分的钱。"
    assert "• 妈妈预计要自付 ¥566.67，从2025年12月开始。" in lines  # 266.67 + 48 + 252
    rows = page.months_model.texts()
    assert len(rows) == 6  # one account (hers has no balance), six months
    assert rows[0] == ["儿子的账户", "2025年9月（最后 10 天）", "¥1,500.00", "¥0.00", "¥0.00", "¥114.67", "¥0.00",
                       "¥1,385.33", ""]
    assert rows[1][1:8] == ["2025年10月", "¥1,385.33", "¥200.00", "¥0.00", "¥252.00", "¥0.00", "¥1,333.33"]
    # Dec: the cap is used up, only 233.33 above the floor can pay her 500
    assert rows[3][1:8] == ["2025年12月", "¥1,033.33", "¥200.00", "¥0.00", "¥233.33", "¥0.00", "¥1,000.00"]
    assert rows[3][8] == "✗ 降到必须保留的钱"
    cash = {r[0]: r for r in page.people_model.texts()}
    # cost 166.67 + 5 × 500; fund 52 + 248 + 0 + 252 + 48 + 0; family 114.67 + 252 + 500 + 233.33 + 200 + 200
    assert cash["妈妈"][1:] == ["¥2,666.67", "¥600.00", "¥0.00", "¥1,500.00", "¥0.00", "¥566.67", "2025年12月"]
    assert "儿子" not in cash  # no costs of his own: not listed


def test_english_page(qtbot, english, make_window, pair):
    _w, page = open_page(make_window, pair, months=6)
    assert summary(page)[0] == ("✗ 儿子's account is expected to fall to the ¥1,000.00 reserve in December 2025; from "
                                "then on the family can use only what rises above it.")
    assert page.months_model.texts()[3][8] == "✗ down to the reserve"
    assert page.months_model.texts()[0][1] == "September 2025 (the last 10 days)"
    assert page.summary_title.text() == "In short: from today (2025-09-20) to February 2026"
    assert page.months_model.headerData(7, Qt.Orientation.Horizontal) == "At the end"
    assert page.band_button.text() == "How &likely?"


def test_chart_shows_floor_lowest_point_and_month_figures(qtbot, lang, make_window, pair):
    _w, page = open_page(make_window, pair, months=6)
    page.account.setCurrentIndex(page.account.findData(f"personal:{pair.members()[0].id}"))
    data = page.chart.data
    (line,) = data.lines
    assert line.label == "儿子的账户"
    assert line.values == (138533, 133333, 103333, 100000, 100000, 100000)
    assert line.floor_fen == 100000 and line.empty_index is None and line.lowest_index == 3
    assert data.months[:4] == ("9月", "10月", "11月", "12月") and data.with_year[4] == "2026年1月"
    tip = page.chart.tooltip_text(2).splitlines()
    assert tip == ["2025年11月", "儿子的账户: ¥1,033.33", "划入 ¥200.00", "自己用 ¥0.00", "给家人付 ¥500.00",
                   "收到 ¥0.00"]
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_End)
    assert page.chart.hover == 5 and page.chart.accessibleDescription().startswith("2026年2月")
    page.account.setCurrentIndex(page.account.findData("pool"))
    assert page.chart.data.lines[0].values == (138533, 133333, 103333, 100000, 100000, 100000)


def test_a_what_if_side_by_side(qtbot, lang, make_window, pair):
    """Stop the binding from November (4 months, September's rest first): she then pays 500 and 500 herself
    instead of 266.67 in December; his account keeps 1,333.33 + 200 + 200."""
    _w, page = open_page(make_window, pair, months=4)
    d = page.open_scenario()
    d.name.setText("不再共济")
    d.kind.setCurrentIndex(d.kind.findData("stop"))
    form = d.pages["stop"]
    form["month"].setCurrentIndex(2)
    assert form["month"].currentText() == "2025年11月"
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.list.item(0).text() == "从2025年11月起停掉儿子给妈妈付钱"
    qtbot.mouseClick(d.compare_button, Qt.MouseButton.LeftButton)
    assert page.scenario.currentText() == "不再共济"
    assert page.compare_card.isVisible()
    assert page.compare_title.text() == "假如：不再共济"
    sentences = fmt.html_to_text(page.compare_text.text()).splitlines()
    assert "• 妈妈在这个方案里要多自付 ¥733.33（共 ¥1,000.00，原计划 ¥266.67）。" in sentences
    rows = page.compare_model.texts()
    assert ["妈妈：自己掏现金", "¥266.67", "¥1,000.00", "+¥733.33"] in rows
    assert ["儿子的账户：哪个月降到必须保留的钱", "2025年12月", "这段时间内不会", "变了"] in rows
    assert ["儿子的账户：最后还剩", "¥1,000.00", "¥1,733.33", "+¥733.33"] in rows
    scen = [ln for ln in page.chart.data.lines if ln.dashed]
    assert [ln.values for ln in scen] == [(138533, 133333, 153333, 173333)]
    assert pair.bindings()[0].status == "active"  # nothing written
    page.remove_scenario()
    assert page.scenario.currentIndex() == 0 and not page.compare_card.isVisible()


def test_a_what_if_needs_an_amount(qtbot, lang, make_window, pair):
    _w, page = open_page(make_window, pair, months=3)
    d = page.open_scenario()
    d.kind.setCurrentIndex(d.kind.findData("event"))
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.changes == [] and d.problem.isVisible()
    assert not d.compare_button.isEnabled()
    d.pages["event"]["amount"].setText("10000")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert len(d.changes) == 1 and d.list.item(0).text() == "儿子：2025年10月在三甲住院，¥10,000.00"


# ---- the band ----

def test_band_in_the_background_same_seed_same_figures(qtbot, lang, make_window, pair):
    _w, page = open_page(make_window, pair, months=6)
    run = page.start_band()
    assert run is not None and page.progress.isVisible() and page.cancel_button.isEnabled()
    wait_band(qtbot, page)
    assert not page.progress.isVisible() and page.band is not None and page.band.runs == 1000
    first = page.band
    text = fmt.html_to_text(page.band_text.text()).splitlines()
    assert text[0].startswith("按每个人最近12个月看病的情况，模拟了 1,000 种可能的将来")
    # every account at once: no band is drawn, so no chances are said; they wait for one account
    assert page.chart.data.bands == ()
    assert text[1:] == ["• 在“显示”里选一个账户，就能在图上看到它大概的范围和可能性。"]
    dad = first.account(pair.members()[0].id)
    page.account.setCurrentIndex(page.account.findData(f"personal:{pair.members()[0].id}"))
    text = fmt.html_to_text(page.band_text.text()).splitlines()
    assert "图上的阴影部分" in text[0]
    assert any(t.startswith("• 儿子的账户在") and "降到必须保留的 ¥1,000.00" in t for t in text[1:])
    # her one ¥6,000 month in twelve: the plain line (¥500 every month) reaches the floor in December, but a
    # future reaches it by the year's end only if it draws that month (1 − (11/12)^4 ≈ 29 %): the page says why
    assert ("• 两种说法不一样，是因为上面的预测把每个人平常的花费平均摊到每个月，而模拟按他们过去真实的月份来算："
            "在多数模拟里大额费用来得晚或隔得开，儿子的账户到那时还不会降到必须保留的 ¥1,000.00。") in text
    (band,) = page.chart.data.bands
    assert band.low == dad.band.p10 and band.high == dad.band.p90
    page.refresh()  # the book may have changed: the band is worked out again
    assert page.band is None
    page.start_band()
    wait_band(qtbot, page)
    assert page.band == first
    assert fmt.html_to_text(page.band_text.text()).splitlines() == text


def test_band_can_be_stopped(qtbot, lang, make_window, demo):
    book, _fam = demo
    _w, page = open_page(make_window, book, months=60)
    page.start_band()
    page.cancel_band()
    wait_band(qtbot, page)
    assert page.band is None
    assert page.message.text() == "已停止：没有算出大概的范围。"
    assert page.band_button.isEnabled() and not page.cancel_button.isEnabled()


# ---- saving ----

def test_save_chart_and_report(qtbot, lang, make_window, pair, tmp_path, monkeypatch):
    from desktop.ui.pages import projection_page

    _w, page = open_page(make_window, pair, months=6)
    monkeypatch.setattr(projection_page, "choose_save_path", lambda _p, _t, name, kind: tmp_path / f"out.{kind}")
    png = page.save_png()
    assert png == tmp_path / "out.png" and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = page.save_pdf()
    assert pdf.read_bytes()[:4] == b"%PDF"
    from desktop.ui.pages.projection_report import report_html
    from desktop.ui.print.pdf import pdf_page_count

    assert pdf_page_count(pdf) >= 1
    body = fmt.html_to_text(report_html(page))
    assert "儿子的账户预计在2025年12月降到必须保留的 ¥1,000.00" in body and "¥1,385.33" in body
    assert "2025年9月（最后 10 天）" in body
    monkeypatch.setattr(projection_page, "choose_save_path", lambda *_a: None)
    assert page.save_png() is None


# ---- the demo family, large text, Home ----

def test_demo_family_at_a_glance(qtbot, lang, make_window, demo):
    book, fam = demo
    _w, page = open_page(make_window, book)
    proj = book.project()
    assert page.months.value() == 12 and page.projection.months == proj.months
    marks = {"proj_empty": "✗", "proj_floor": "✗", "proj_lasts": "✓"}
    assert summary(page) == [f"{marks.get(r.code, '•')} {r.text_zh}" for r in proj.summary()]
    wallet = proj.account(fam.mother, "wallet")
    assert wallet.empty_month is not None
    assert any(t.startswith("✗ 张桂兰的医保钱包预计在") for t in summary(page))
    line = next(ln for ln in page.chart.data.lines if ln.label == "张桂兰的医保钱包")
    assert line.empty_index == proj.months.index(wallet.empty_month)
    assert [ln.label for ln in page.chart.data.lines] == [fmt.pair(a.label) for a in proj.accounts]
    assert page.account.count() == len(proj.accounts) + 2


def test_large_text_enlarges_the_chart(qtbot, lang, make_window, pair, qapp):
    from desktop.ui import theme

    theme.apply(qapp, False)  # as the app does at start
    _w, page = open_page(make_window, pair, months=6)
    normal = page.chart.font().pointSizeF()
    normal_hint = page.chart.sizeHint()
    try:
        theme.apply(qapp, True)
        qapp.processEvents()
        assert page.chart.font().pointSizeF() >= 1.5 * normal
        assert page.chart.sizeHint().height() > normal_hint.height()
    finally:
        theme.apply(qapp, False)


def test_home_warns_of_an_account_running_out_within_3_months(qtbot, lang, make_window, pair):
    w = make_window(pair)
    w.show_page("home")
    home = w.stack.currentWidget()
    card = home.card("儿子")
    notes = [label.text() for label in card.notices if label.property("kind") == "runs_out"]
    assert notes == ["⚠ 你的账户预计在2025年12月降到必须留下的 ¥1,000.00，之后家人就用不了了。"]
    assert [label.property("kind") for label in home.card("妈妈").notices].count("runs_out") == 0


# ---- plans ----

def test_plans_monthly_figures_costs_and_transfers(qtbot, lang, make_window, pair):
    """His own figure ¥500 a month instead of the statement's ¥200 (September's is in today's balance already)."""
    _w, page = open_page(make_window, pair, months=3)
    dad, mum = (m.id for m in pair.members())
    d = page.open_plans()
    credit = d.credit_edits[dad]
    assert credit.text() == "" and credit.placeholderText() == "按记录：¥200.00"
    assert d.spend_edits[(mum, "outpatient")].placeholderText() == "按记录：¥500.00"
    credit.setText("500")
    # a planned cost is stored at once
    d.cost_person.setCurrentIndex(d.cost_person.findData(mum))
    d.cost_care.setCurrentIndex(d.cost_care.findData("pharmacy"))
    d.cost_hospital.setCurrentIndex(d.cost_hospital.findData("0"))
    d.cost_amount.setText("30")
    d.cost_note.setText("降压药")
    qtbot.mouseClick(d.add_cost_button, Qt.MouseButton.LeftButton)
    assert [(p.member_id, p.care_type, p.total_fen, p.note) for p in pair.planned()] == [
        (mum, "pharmacy", 3000, "降压药")]
    assert d.planned_model.texts()[0][:5] == ["妈妈", "2025-09-21", "药店购药", "药店/其他", "¥30.00"]  # tomorrow
    d.t_amount.setText("100")
    qtbot.mouseClick(d.add_transfer_button, Qt.MouseButton.LeftButton)
    assert d.transfer_list.text() == "• 儿子 → 妈妈的医保钱包：2025年9月 ¥100.00"
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    plan = pair.projection_plan()
    assert plan.credits == {dad: 50000} and plan.spending == ()
    assert [(t.from_id, t.to_id, t.amount_fen, t.first_month, t.monthly) for t in plan.transfers] == [
        (dad, mum, 10000, dt.date(2025, 9, 1), False)]
    # the rest of September (from the 21st): ¥100 to her wallet; her ¥114.67 share takes the wallet's 100 first,
    # then 14.67 from his account; her ¥30 pharmacy on the 21st (no Taiyuan table: all hers) from his account
    # too: 1500 − 100 − 14.67 − 30 = 1,355.33. October: + his own ¥500, her share 252 → 1,603.33
    sep_row, oct_row = page.months_model.texts()[:2]
    assert sep_row[:2] == ["儿子的账户", "2025年9月（最后 10 天）"] and sep_row[3] == "¥0.00"
    assert sep_row[7] == "¥1,355.33"
    assert oct_row[:2] == ["儿子的账户", "2025年10月"] and oct_row[3] == "¥500.00" and oct_row[7] == "¥1,603.33"


def test_plans_refuse_a_bad_figure(qtbot, lang, make_window, pair):
    _w, page = open_page(make_window, pair, months=3)
    d = page.open_plans()
    d.credit_edits[pair.members()[0].id].setText("12.345")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.problem.text().startswith("儿子：")
    assert pair.projection_plan().credits == {}


def test_switching_language_or_closing_while_the_band_runs(qtbot, lang, make_window, demo):
    from desktop.ui.pages import projection_worker

    book, _fam = demo
    w, page = open_page(make_window, book, months=60)
    page.start_band()
    w.switch_language("en")  # the page is rebuilt; the run goes on by itself and ends
    qtbot.waitUntil(lambda: not any(r.running() for r in list(projection_worker._RUNNING)), timeout=60000)
    w.switch_language("zh_CN")
    w.show_page("projection")
    page = w.stack.currentWidget()
    page.months.setValue(60)
    page.recompute()
    run = page.start_band()
    w.close()  # waits for the band before the window closes the book
    assert not run.running()


@pytest.mark.parametrize("large", [False, True])
def test_the_reports_chart_fits_its_page_with_the_legend_whole(qtbot, lang, make_window, demo, qapp, large):
    """The chart in the PDF is no wider than the A4 text width (180 mm at 300 dpi) in normal and large text,
    and it is drawn whole: its legend rows fit the picture (BalanceChart wraps them)."""
    from PySide6.QtGui import QImage, QTextImageFormat

    from desktop.ui import theme
    from desktop.ui.pages.projection_report import CSS_DPI, chart_png, report_document
    from desktop.ui.print.pdf import a4_writer, memory

    book, _fam = demo
    theme.apply(qapp, large)
    try:
        _w, page = open_page(make_window, book)
        writer = a4_writer(memory(), "report", 15)
        doc = report_document(page, writer)
        text_width = writer.pageLayout().paintRectPixels(writer.resolution()).width()
        assert abs(text_width - 180 / 25.4 * 300) < 1
        assert doc.idealWidth() <= text_width  # nothing sticks out of the page
        images = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    images.append(QTextImageFormat(fmt))
                it += 1
            block = block.next()
        (chart,) = images
        assert chart.width() * writer.resolution() / CSS_DPI <= text_width
        picture = QImage.fromData(chart_png(page))
        assert (picture.width(), picture.height()) == (900 * 3, 480 * 3)
        assert picture.pixelColor(picture.width() - 2, picture.height() - 2).name() == "#ffffff"  # drawn on white
    finally:
        theme.apply(qapp, False)


def test_an_account_empty_today_reads_empty_now_on_the_page_and_home(qtbot, lang, make_window, tmp_path):
    """¥0 read off the app this morning and no credit: "现在已经用完", never "runs out in September"."""
    book = FamilyBook.open(tmp_path / "empty", clock=lambda: NOW, daily_backup=False)
    try:
        son = book.add_member("儿子", TY, "employee", birth_date=dt.date(1985, 1, 1)).id
        book.record_statement(son, NOW.date(), 0)
        w, page = open_page(make_window, book, months=3)
        assert summary(page)[0] == "✗ 儿子的账户现在已经用完（余额 ¥0）。"
        assert page.months_model.texts()[0][1:3] == ["2025年9月（最后 10 天）", "¥0.00"]
        w.show_page("home")
        card = w.stack.currentWidget().card("儿子")
        assert [lb.text() for lb in card.notices if lb.property("kind") == "runs_out"] == ["⚠ 你的账户现在已经用完了。"]
    finally:
        book.close()
