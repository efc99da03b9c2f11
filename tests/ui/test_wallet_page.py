"""Wallet page: the transfer log with received, waiting and returned transfers (back at 06:00), a new
transfer checked against the limits as you type (F-W6, China time), marking received/returned, the planner."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.pages import wallet_page
from desktop.ui.qtdates import to_qdatetime
from tests.ui.families import NOW, cells, open_family


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, day, hour, minute)


def _save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_log_shows_received_waiting_and_returned_transfers(english, fam, make_window):
    b = fam.book
    t1 = b.create_transfer(fam.head, fam.mother, 200000, at(14, 10), note="给妈妈买药")
    b.receive_transfer(t1.id, at(14, 11))
    t2 = b.create_transfer(fam.head, fam.mother, 80000, at(14, 21))
    b.return_transfer(t2.id)  # recorded as gone back at the rule's time
    b.create_transfer(fam.head, fam.mother, 30000, at(15, 21))  # never received: back at 06:00 today
    b.create_transfer(fam.head, fam.mother, 50000, at(16, 10))  # sent this morning, still waiting
    page = make_window(b).page("wallet")
    rows = [cells(page.model, r) for r in range(page.model.rowCount())]
    assert rows == [
        ["2025-06-16 10:00", "王建国", "张桂兰", "¥500.00", "… Waiting: goes back at 2025-06-17 06:00 if not received", ""],
        ["2025-06-15 21:00", "王建国", "张桂兰", "¥300.00", "↩ Went back to 王建国 at 2025-06-16 06:00", ""],
        ["2025-06-14 21:00", "王建国", "张桂兰", "¥800.00", "↩ Went back to 王建国 at 2025-06-15 06:00", ""],
        ["2025-06-14 10:00", "王建国", "张桂兰", "¥2,000.00", "✓ Received 2025-06-14 11:00", "给妈妈买药"],
    ]
    page.table.select_row(0)
    assert page.received_button.isEnabled() and page.returned_button.isEnabled()
    page.table.select_row(1)
    assert not page.received_button.isEnabled()
    page.person.setCurrentIndex(page.person.findData(fam.son))
    assert page.model.rowCount() == 0 and page.empty.isVisibleTo(page)


def test_new_transfer_is_checked_against_the_limits_as_you_type(english, fam, make_window, qtbot):
    page = make_window(fam.book).page("wallet")
    dialog = page.new_transfer()
    dialog.sender.setCurrentIndex(dialog.sender.findData(fam.head))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(fam.mother))
    qtbot.keyClicks(dialog.amount, "2500")
    dialog.when.setDateTime(to_qdatetime(at(16, 22, 30)))
    dialog.check()
    text = dialog.result_text()
    assert "✗ Not allowed as it stands:" in text
    assert "✗ Each transfer may be at most ¥2,000.00; this one is ¥2,500.00. Split it." in text
    assert ("✗ No transfers between 22:00 and 06:00 China time (it is 2025-06-16 22:30); try after 2025-06-17 06:00."
            "\nSource: F-W6") in text
    assert "• Each wallet may make at most 3 transfers a day, each at most ¥2,000.00, none between 22:00 and 06:00" in text
    assert not _save(dialog).isEnabled()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "2000")
    dialog.when.setDateTime(to_qdatetime(at(16, 21, 59)))
    dialog.check()
    assert "✓ This transfer is allowed." in dialog.result_text()
    dialog.note.setText("买药")
    _save(dialog).click()
    [t] = fam.book.transfers()
    assert (t.from_id, t.to_id, t.amount_fen, t.requested_at, t.note, t.state) == (
        fam.head, fam.mother, 200000, at(16, 21, 59), "买药", "waiting")
    assert cells(page.model, 0)[4] == "… Waiting: goes back at 2025-06-17 06:00 if not received"


def test_fourth_transfer_of_the_day_is_refused(english, fam, make_window, qtbot):
    for h in (8, 9, 10):
        fam.book.create_transfer(fam.head, fam.mother, 10000, at(16, h))
    page = make_window(fam.book).page("wallet")
    dialog = page.new_transfer()
    qtbot.keyClicks(dialog.amount, "100")
    dialog.check()
    assert ("✗ This wallet already made 3 transfers today (2025-06-16); the limit is 3 a day. "
            "Try after 2025-06-17 06:00.\nSource: F-W6") in dialog.result_text()
    dialog.save()
    assert len(fam.book.transfers()) == 3


def test_mark_received_and_went_back(english, fam, make_window, monkeypatch):
    b = fam.book
    first = b.create_transfer(fam.head, fam.mother, 100000, at(16, 9))
    second = b.create_transfer(fam.head, fam.mother, 50000, at(16, 10))
    page = make_window(b).page("wallet")
    page.table.select_row(page.model.row_of(first.id))
    dialog = page.mark_received()
    assert dialog.when.dateTime() == to_qdatetime(NOW)
    dialog.when.setDateTime(QDateTime(to_qdatetime(at(16, 9, 45))))
    dialog.accept()
    got = {t.id: t for t in b.transfers()}
    assert (got[first.id].state, got[first.id].received_at) == ("received", at(16, 9, 45))
    assert cells(page.model, page.model.row_of(first.id))[4] == "✓ Received 2025-06-16 09:45"
    page.table.select_row(page.model.row_of(second.id))
    monkeypatch.setattr(wallet_page, "confirm", lambda *a: False)
    assert page.mark_returned() is False and b.transfers()[0].state == "waiting"
    asked = []
    monkeypatch.setattr(wallet_page, "confirm", lambda parent, title, text: asked.append(text) or True)
    assert page.mark_returned() is True
    assert asked == ["张桂兰 did not accept it: the ¥500.00 goes back to 王建国 at 2025-06-17 06:00. Record that?"]
    got = {t.id: t for t in b.transfers()}
    assert (got[second.id].state, got[second.id].returned_at) == ("returned", at(17, 6))


def test_planner_gives_the_schedule_or_the_earliest_finish(english, fam, make_window, qtbot):
    page = make_window(fam.book).page("wallet")
    dialog = page.open_planner()
    dialog.sender.setCurrentIndex(dialog.sender.findData(fam.head))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(fam.mother))
    qtbot.keyClicks(dialog.amount, "5000")
    dialog.deadline.setDateTime(to_qdatetime(at(20, 12)))
    dialog.replan()
    # 3 transfers a day, at most ¥2,000 each (F-W6): ¥2,000 + ¥2,000 + ¥1,000, all now, back at 06:00
    assert [cells(dialog.model, r) for r in range(dialog.model.rowCount())] == [
        ["1", "2025-06-16 10:30", "¥2,000.00", "2025-06-17 06:00"],
        ["2", "2025-06-16 10:30", "¥2,000.00", "2025-06-17 06:00"],
        ["3", "2025-06-16 10:30", "¥1,000.00", "2025-06-17 06:00"],
    ]
    assert dialog.message_text().startswith("✓ ¥5,000.00 in 3 transfers, the first at 2025-06-16 10:30, the last at "
                                            "2025-06-16 10:30;")
    assert fam.book.transfers() == []  # planning records nothing


def test_planner_says_when_the_deadline_cannot_be_met(english, fam, make_window, qtbot):
    for h in (8, 9):
        fam.book.create_transfer(fam.head, fam.mother, 10000, at(16, h))
    page = make_window(fam.book).page("wallet")
    dialog = page.open_planner()
    dialog.sender.setCurrentIndex(dialog.sender.findData(fam.head))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(fam.mother))
    qtbot.keyClicks(dialog.amount, "4000")
    dialog.deadline.setDateTime(to_qdatetime(at(17, 0)))
    dialog.replan()
    # one transfer left today, the next opens at 06:00 tomorrow (the night blackout ends then)
    assert dialog.message_text() == (
        "✗ ¥4,000.00 cannot be moved by 2025-06-17 00:00: with 3 transfers a day, at most ¥2,000.00 each and none "
        "between 22:00 and 06:00, the earliest finish is 2025-06-17 06:00.\nSource: F-W6")
    assert [cells(dialog.model, r)[1] for r in range(dialog.model.rowCount())] == [
        "2025-06-16 10:30", "2025-06-17 06:00"]


def test_chinese_states(lang, fam, make_window):
    t = fam.book.create_transfer(fam.head, fam.mother, 50000, at(16, 9))
    fam.book.receive_transfer(t.id, at(16, 9, 30))
    page = make_window(fam.book).page("wallet")
    assert cells(page.model, 0)[4] == "✓ 已在 2025-06-16 09:30 接收"
    assert page.new_button.text() == "新的转账(&N)…"
