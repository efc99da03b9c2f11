"""The Savings plan page, its Home card and the printed summary, on the demo family."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.book import Cancelled
from desktop.core.advisor import AddBinding
from desktop.ui.guide import page_ids as W

pytestmark = pytest.mark.usefixtures("lang")


def _savings(make_window, qtbot, book):
    w = make_window(book)
    page = w.page("savings")
    qtbot.waitUntil(lambda: page.advice is not None and not page.progress.isVisible(), timeout=60000)
    return w, page


def test_the_page_names_the_plan_for_li_xiuying(make_window, qtbot, demo_book):
    w, page = _savings(make_window, qtbot, demo_book)
    best = page.advice.best
    text = page.text()
    assert page.boxes and page.boxes[0].title() == "最佳方案"
    assert "李秀英" in text and "预计少自付" in text
    # the headline is the verified saving and its 10-90 % range, as the book computed them
    box = page.boxes[0]
    assert box.headline.text() == f"预计少自付 ¥{best.saving_fen // 100:,}.{best.saving_fen % 100:02d}"
    assert "在 10 次模拟中有 8 次" in box.range.text()
    # every step says what to do, the rules with fact IDs, and what it asks of people
    assert "王磊授权李秀英（父母）使用自己的个人账户" in text
    assert "（F-T10）" in text and "依据的规定" in text and "需要大家做的" in text
    assert all(isinstance(b, QPushButton) and b.text() == "开始办理" for b in box.buttons)


def test_start_this_opens_the_guide_filled_in(make_window, qtbot, demo_book):
    w, page = _savings(make_window, qtbot, demo_book)
    box = page.boxes[0]
    son = next(m for m in demo_book.members() if m.name == "王磊")
    k, step = next((i, e.step) for i, e in enumerate(box.plan.steps)
                   if isinstance(e.step, AddBinding) and e.step.authorizer_id == son.id)
    startable = [e for e in box.plan.steps if e.step.kind in ("add_binding", "renew_binding", "end_binding",
                                                                 "wallet_transfer", "wallet_position", "pay_premium")]
    qtbot.mouseClick(box.buttons[startable.index(box.plan.steps[k])], Qt.MouseButton.LeftButton)
    wiz = page.guide
    qtbot.waitUntil(lambda: wiz.isVisible())
    assert wiz.currentId() == W.CHECK
    assert (wiz.state.authorizer_id, wiz.state.beneficiary_id) == (son.id, step.beneficiary_id)
    assert wiz.state.amount_fen == step.amount_fen and wiz.state.start == step.start and wiz.state.end == step.end
    assert len(demo_book.bindings()) == 1  # nothing bound: the family goes through the guide
    wiz.close()


def test_cancel_stops_and_says_so(make_window, qtbot, demo_book, monkeypatch):
    def slow(months=12, *, protect_pct=None, runs=None, progress=None):
        while progress(0, 10) is not False:
            pass
        raise Cancelled()

    monkeypatch.setattr(demo_book, "advise", slow)
    w = make_window(demo_book)
    page = w.page("savings")
    qtbot.waitUntil(lambda: page.cancel_button.isEnabled())
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=10000)
    assert page.status.text() == "已停止。按“开始计算”可以重新计算。"
    assert page.advice is None and page.boxes == []


def test_home_card_shows_the_saving(make_window, qtbot, demo_book):
    w = make_window(demo_book)
    home = w.page("home")
    qtbot.waitUntil(lambda: home.savings.isVisible(), timeout=60000)
    best = home.savings.advice.best
    assert best.saving_fen >= 10000
    assert home.savings.line.text().startswith("省钱建议：未来 12 个月全家可以少自付现金约 ¥")
    qtbot.mouseClick(home.savings.button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.page("savings")


def test_no_home_card_when_nothing_to_save(make_window, qtbot, book):
    book.add_member("王建国", "140100", "employee")  # one person: no one to share with
    w = make_window(book)
    home = w.page("home")
    qtbot.waitUntil(lambda: home.savings.advice is not None, timeout=60000)
    assert home.savings.advice.best is None and not home.savings.isVisible()


def test_printed_summary_is_one_owner_only_page(make_window, qtbot, demo_book, tmp_path, monkeypatch):
    from desktop.ui.print import pdf

    monkeypatch.setattr(pdf, "choose_pdf_path", lambda parent, suggested: tmp_path / "plan.pdf")
    w, page = _savings(make_window, qtbot, demo_book)
    path = page.save_summary()
    assert path == tmp_path / "plan.pdf"
    assert pdf.pdf_page_count(path) == 1
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    from desktop.ui.print.savings_sheet import savings_sheet

    sheet = savings_sheet(demo_book, page.advice, 12, "zh")
    text = sheet.text()
    assert sheet.title == "省钱建议" and "要办的事" in text and "李秀英" in text
    assert sheet.footer.startswith(demo_book.today().isoformat())  # the English source starts with the date


def test_a_wallet_step_started_is_planned_and_undone_from_the_edit_menu(make_window, qtbot, demo_book):
    import datetime as dt

    from desktop.core.advisor import MoveWallet

    w = make_window(demo_book)
    page = w.page("savings")
    head, son = (next(m.id for m in demo_book.members() if m.name == n) for n in ("王建国", "王磊"))
    before = demo_book.projection_plan()
    step = MoveWallet(head, son, "child", dt.date(2027, 1, 1), 30000)
    assert step.kind == "wallet_transfer"
    page.start_step(step, None)
    assert [(t.from_id, t.to_id, t.amount_fen) for t in demo_book.projection_plan().transfers] == [
        *[(t.from_id, t.to_id, t.amount_fen) for t in before.transfers], (head, son, 30000)]
    assert w.menus.undo.text() == "撤销 计划省钱方案的转账(&U)"
    w.menus.undo.trigger()
    assert demo_book.projection_plan() == before
    page.message.close()
    page.wait_background()
