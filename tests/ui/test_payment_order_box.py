"""Settings → order of payment: the family's choice lands in the book and re-settles recorded visits."""

import datetime as dt


def _family_with_wallet_and_binding(book):
    """Taiyuan: the head (¥5,000) authorizes his wife (own account ¥0), who also has ¥300 in her wallet."""
    today = book.today()
    start = today - dt.timedelta(days=30)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse",
                           birth_date=dt.date(1968, 7, 21), wallet_opened_on=start)
    book.record_statement(head.id, start, 500000)
    book.record_statement(wife.id, start, 0)
    book.record_statement(wife.id, start, 0, account="wallet")
    book.propose_binding(head.id, wife.id, relation="spouse", start=start, end=today + dt.timedelta(days=300),
                         amount_cap_fen=400000, status="active",
                         registered_at=dt.datetime.combine(start, dt.time(9)))
    sent = dt.datetime.combine(start + dt.timedelta(days=1), dt.time(10))
    t = book.create_transfer(head.id, wife.id, 30000, requested_at=sent)
    book.receive_transfer(t.id, at=sent + dt.timedelta(hours=1))
    visit = book.record_visit(wife.id, today - dt.timedelta(days=2), "pharmacy", "0", 60000)
    return visit


def _paid_by(book, visit_id):
    return {ln.source: ln.amount_fen for ln in book.visit(visit_id).lines if ln.amount_fen}


def _choose(qtbot, box, key):
    """Pick an order; the re-count runs off the GUI thread behind a window-modal progress dialog."""
    box.choice.setCurrentIndex(box.choice.findData(key))
    worker = box.worker
    assert worker is not None and worker.dialog.isVisible() and worker.dialog.isModal()
    assert not box.choice.isEnabled()  # nothing is changed half-way
    qtbot.waitUntil(lambda: box.worker is None, timeout=20000)  # done: the box lets go of it
    assert not worker.dialog.isVisible() and box.choice.isEnabled()


def test_choosing_family_before_wallet_resettles_a_visit(book, make_window, lang, qtbot):
    outcome = _family_with_wallet_and_binding(book)
    visit_id = outcome.visit_id
    # Region default (own → wallet → family → cash, F-G6): wallet ¥300 first, then the husband's ¥300.
    assert _paid_by(book, visit_id) == {"wallet": 30000, "family": 30000}

    window = make_window(book)
    box = window.page("settings").payment_order
    assert box.choice.currentText() == "按当地规定（默认）"

    _choose(qtbot, box, "after_family")
    assert book.wallet_position() == "after_family"
    assert "付款顺序已保存" in window.statusBar().currentMessage()
    # Family first: the husband's account (well above the ¥1,000 floor) pays all ¥600; the wallet is untouched.
    assert _paid_by(book, visit_id) == {"family": 60000}

    _choose(qtbot, box, "region")
    assert _paid_by(book, visit_id) == {"wallet": 30000, "family": 30000}
