""""Start this" on the Savings page for a family quota (asked first, then recorded or the form opened filled
in) and for a premium payment (recorded as planned, shown on the page and Home, undone from the Edit menu)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.core.advisor import PayPremium, SetQuota

pytestmark = pytest.mark.usefixtures("lang")


def _savings(make_window, qtbot, book):
    w = make_window(book)
    page = w.page("savings")
    qtbot.waitUntil(lambda: page.advice is not None and not page.progress.isVisible(), timeout=60000)
    return w, page


def _start(qtbot, page, kind):
    """Click "Start this" of the first step of ``kind``; (the step, its plan)."""
    for box in page.boxes:
        startable = [e for e in box.plan.steps if e.step.kind in ("add_binding", "renew_binding", "end_binding",
                     "wallet_transfer", "wallet_position", "pay_premium", "set_quota")]
        for e, button in zip(startable, box.buttons, strict=True):
            if e.step.kind == kind:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return e.step, box.plan
    raise AssertionError(f"no {kind} step on the page")


def _button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def test_quota_is_recorded_after_asking_and_undone_from_the_edit_menu(make_window, qtbot, demo_book):
    w, page = _savings(make_window, qtbot, demo_book)
    assert "共济额度" in page.text()
    step, _plan = _start(qtbot, page, "set_quota")
    assert isinstance(step, SetQuota)
    box = page.confirm
    qtbot.waitUntil(box.isVisible)
    assert "现在记下王磊给李秀英设定的共济额度" in box.text() and demo_book.quotas() == []  # asked first
    qtbot.mouseClick(_button(box, "记下这个额度(&R)"), Qt.MouseButton.LeftButton)
    [q] = demo_book.quotas()
    assert (q.payer_id, q.receiver_id, q.amount_fen, q.state) == (step.payer_id, step.receiver_id, step.amount_fen,
                                                                 "standing")
    assert w.menus.undo.text() == "撤销 设共济额度(&U)"
    page.message.close()
    w.menus.undo.trigger()
    assert demo_book.quotas() == []


def test_quota_form_opens_filled_in(make_window, qtbot, demo_book):
    w, page = _savings(make_window, qtbot, demo_book)
    step, _plan = _start(qtbot, page, "set_quota")
    qtbot.waitUntil(page.confirm.isVisible)
    qtbot.mouseClick(_button(page.confirm, "打开额度表单(&O)"), Qt.MouseButton.LeftButton)
    d = page.quota_form
    qtbot.waitUntil(d.isVisible)
    f = d.fields()
    assert (f["payer_id"], f["receiver_id"], f["amount_fen"]) == (step.payer_id, step.receiver_id, step.amount_fen)
    d.check()
    assert d.result_text() == "✓ 可以设这个额度。"
    assert demo_book.quotas() == []  # nothing until the family saves the form
    d.close()


@pytest.fixture
def wuhan_mother(book):
    # a Taiyuan son and his mother insured in Wuhan (resident, not bound): her premium is due in September
    son = book.add_member("儿子", "140100", "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", "420100", "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    book.record_statement(son, book.today(), 500000, monthly_credit_fen=10000)
    return book, son, mum


def test_premium_is_planned_shown_and_the_binding_guide_opens(make_window, qtbot, wuhan_mother):
    book, son, mum = wuhan_mother
    w, page = _savings(make_window, qtbot, book)
    step, plan = _start(qtbot, page, "pay_premium")
    assert isinstance(step, PayPremium)
    [p] = book.planned_premiums()
    assert (p.payer_id, p.person_id, p.amount_fen, p.coverage_year) == (son, mum, plan.premium_fen(step),
                                                                        step.coverage_year)
    wiz = page.guide  # the premium rides on the binding the plan names: its guide opens filled in
    qtbot.waitUntil(wiz.isVisible)
    assert (wiz.state.authorizer_id, wiz.state.beneficiary_id) == (son, mum)
    wiz.close()
    qtbot.waitUntil(page.planned.isVisible)
    assert f"妈妈缴纳 {step.coverage_year} 年的城乡居民医保保费 ¥400.00" in page.planned.text()
    assert w.menus.undo.text() == "撤销 计划代缴保费(&U)"
    qtbot.mouseClick(page.planned.rows[0][1], Qt.MouseButton.LeftButton)  # Remove
    assert book.planned_premiums() == []
    w.menus.undo.trigger()  # the removal is undone: it is planned again
    assert [x.person_id for x in book.planned_premiums()] == [mum]


def test_home_reminds_the_payer_of_a_planned_premium(make_window, qtbot, wuhan_mother):
    book, son, mum = wuhan_mother
    book.plan_premium_payment(son, mum, 40000, 2027, book.today() + dt.timedelta(days=10))
    w = make_window(book)
    texts = w.page("home").top.reminder_texts()
    assert any("用儿子的个人账户为妈妈缴纳 2027 年的城乡居民医保保费 ¥400.00" in t for t in texts), texts
