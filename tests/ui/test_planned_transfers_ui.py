"""The planner's schedule kept as planned transfers and acted on (issue 15 item 6): only people the rules let
send are offered (F-W3); "Keep" stores each transfer on its day with its hours (F-W6: 3 a day, ≤ ¥2,000, none
22:00–06:00); the Wallet page lists them, "Mark done" records the real transfer, deleting asks first; Home
reminds the sender on the day; the plan prints as a big-type sheet with a box per transfer."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.ui.pages import wallet_page
from desktop.ui.qtdates import to_qdatetime
from tests.ui.families import NOW, cells, open_family


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def plan(qtbot, page, fam, amount: str, deadline: dt.datetime):
    d = page.open_planner()
    d.sender.setCurrentIndex(d.sender.findData(fam.head))
    d.recipient.setCurrentIndex(d.recipient.findData(fam.mother))
    qtbot.keyClicks(d.amount, amount)
    d.deadline.setDateTime(to_qdatetime(deadline))
    d.replan()
    return d


def test_the_planner_offers_only_people_who_may_send(english, fam, make_window):
    d = make_window(fam.book).page("wallet").open_planner()
    senders = [d.sender.itemText(i) for i in range(d.sender.count())]
    assert senders == ["王建国", "王磊"]  # employee insurance; 李秀英 and 张桂兰 are resident-insured
    assert [d.recipient.itemText(i) for i in range(d.recipient.count())] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert not d.no_payer.isVisibleTo(d)


def test_keeping_the_plan_lists_it_on_the_wallet_page_and_home(english, fam, make_window, qtbot):
    fam.book.record_statement(fam.head, NOW.date(), 1000000)  # ¥10,000 read off the app this morning
    w = make_window(fam.book)
    page = w.page("wallet")
    assert not page.planned_table.isVisibleTo(page)  # nothing planned yet
    d = plan(qtbot, page, fam, "9000", dt.datetime(2025, 6, 20, 12, 0))
    assert not d.print_button.isEnabled()
    kept = d.keep()
    # ¥9,000: three ¥2,000 today from now (10:30) until 22:00, then ¥2,000 and ¥1,000 tomorrow from 06:00
    assert [(p.amount_fen, p.on_date, p.window_start) for p in kept] == [
        (200000, dt.date(2025, 6, 16), dt.time(10, 30))] * 3 + [
        (200000, dt.date(2025, 6, 17), dt.time(6, 0)), (100000, dt.date(2025, 6, 17), dt.time(6, 0))]
    assert d.message_text() == "✓ Kept: 5 planned transfers, on the Wallet page. Home reminds 王建国 on each day."
    assert d.print_button.isEnabled() and not d.keep_button.isEnabled()
    assert fam.book.transfers() == []  # planned, not sent
    assert page.planned_table.isVisibleTo(page)
    assert [cells(page.planned_model, r) for r in range(page.planned_model.rowCount())] == [
        ["2025-06-16", "10:30–22:00", "王建国", "张桂兰", "¥2,000.00", "Send today"]] * 3 + [
        ["2025-06-17", "06:00–22:00", "王建国", "张桂兰", "¥2,000.00", "Still to send"],
        ["2025-06-17", "06:00–22:00", "王建国", "张桂兰", "¥1,000.00", "Still to send"]]
    w.show_page("home")
    home = w.stack.currentWidget()
    notes = [label.text() for label in home.card("王建国").notices if label.property("kind") == "planned_transfer"]
    assert notes == ["⚠ Planned for today, between 10:30 and 22:00: send ¥6,000.00 to 张桂兰's insurance wallet in "
                     "3 transfer(s). Mark each done on the Wallet page once sent."]
    assert not [lb for lb in home.card("张桂兰").notices if lb.property("kind") == "planned_transfer"]


def test_mark_done_records_the_transfer_and_delete_asks_first(english, fam, make_window, qtbot, monkeypatch):
    page = make_window(fam.book).page("wallet")
    plan(qtbot, page, fam, "3000", dt.datetime(2025, 6, 20, 12, 0)).keep()
    page.planned_table.select_row(0)
    assert page.mark_planned_done() is True
    (t,) = fam.book.transfers()
    assert (t.from_id, t.to_id, t.amount_fen, t.requested_at, t.state) == (fam.head, fam.mother, 200000, NOW,
                                                                           "waiting")
    assert cells(page.model, 0)[:4] == ["2025-06-16 10:30", "王建国", "张桂兰", "¥2,000.00"]
    assert [cells(page.planned_model, r)[5] for r in range(2)] == [
        "✓ Sent", "Send today ⚠ 王建国's balance was recorded 166 days ago (2025-01-01)"]  # the sender's, of 1 January
    assert page.message.text() == "Recorded: ¥2,000.00 from 王建国 to 张桂兰."
    assert fam.book.balance(fam.head).personal_fen == 500000 - 200000
    page.planned_table.select_row(0)
    assert not page.done_button.isEnabled()  # done already
    page.planned_table.select_row(1)
    monkeypatch.setattr(wallet_page, "confirm", lambda *a: False)
    assert page.delete_planned() is False and len(fam.book.planned_wallet_transfers()) == 2
    asked = []
    monkeypatch.setattr(wallet_page, "confirm", lambda parent, title, text: asked.append(text) or True)
    assert page.delete_planned() is True
    assert asked == ["Forget the planned transfer of ¥1,000.00 from 王建国 to 张桂兰 on 2025-06-16? A transfer "
                     "already recorded for it stays."]
    assert [p.amount_fen for p in fam.book.planned_wallet_transfers()] == [200000]
    assert len(fam.book.transfers()) == 1  # the recorded transfer stays


def test_the_printed_sheet_in_big_type(lang, fam, make_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.print import html, pdf
    from desktop.ui.print.pdf import pdf_page_count

    page = make_window(fam.book).page("wallet")
    d = plan(qtbot, page, fam, "5000", dt.datetime(2025, 6, 20, 12, 0))
    d.keep()
    out = tmp_path / "plan.pdf"

    def printer(_parent):
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(pdf, "choose_printer", printer)
    assert d.print_plan() is True
    assert pdf_page_count(out) == 1
    sheet = page.planned_sheet()
    lines = sheet.text().splitlines()
    assert lines[:2] == ["计划的钱包转账", "一共 3 笔，合计 ¥5,000.00。每转完一笔就打个勾。"]
    assert lines[2] == "2025年6月16日 星期一"
    assert lines[3:5] == ["王建国 → 张桂兰的医保钱包：¥2,000.00",
                          "在 10:30 到 22:00 之间转（北京时间）；张桂兰要在第二天早上 06:00 前收下，不然钱会退回去。"]
    assert lines.count("王建国 → 张桂兰的医保钱包：¥2,000.00") == 2
    assert "王建国 → 张桂兰的医保钱包：¥1,000.00" in lines
    assert all(ln.tick for s in sheet.sections[:1] for ln in s.lines) and sheet.sections[0].big
    body = html.to_html(sheet)
    assert f"font-size:{html.BIG_PT}pt" in body and "&#9633;" in body  # big type, a box to tick
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(pdf, "choose_pdf_path", lambda _p, _s: saved)
    assert page.save_planned_pdf() == saved and pdf_page_count(saved) == 1
