"""A disk that fills up (or a folder that turns read-only) while the window saves something (issue 14, item 11):
every dialog and page that writes shows the store's plain sentence in a message box, in the UI language — never a
Python error — and the book holds nothing of the change (its transaction is rolled back).

The full disk is simulated where SQLite writes: the N-th INSERT/UPDATE/DELETE of the book's engine raises what
SQLite or the OS raise then (``sqlite3.OperationalError('database or disk is full')``, ``OSError(ENOSPC)``), after
earlier statements of the same change have run, so a half-written change would show."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from desktop.store.db import WRITE
from desktop.ui.guide import parts
from desktop.ui.pages import bindings_page, family_page, settings_page, visits_page, wallet_page
from desktop.ui.qtdates import to_qdate, to_qdatetime
from tests.reliability.book_rows import all_rows
from tests.ui.families import bind_head_to_wife, open_family

FAILURES = {
    "sqlite full": lambda: sqlite3.OperationalError("database or disk is full"),
    "no space": lambda: OSError(errno.ENOSPC, "No space left on device"),
}
SAID = {"zh_CN": "无法在数据文件夹", "en": "cannot write in the data folder"}


@contextlib.contextmanager
def disk_fills(book, failure, after: int = 1):
    """Writes fail from the ``after``-th write statement of a write transaction on (earlier ones succeed)."""
    seen = [0]

    def before(conn, cursor, statement, params, context, many):
        if not conn.get_execution_options().get(WRITE):
            return  # a preview tries a change and rolls it back: it never reaches the disk
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            seen[0] += 1
            if seen[0] >= after:
                raise FAILURES[failure]()

    event.listen(book.db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(book.db.engine, "before_cursor_execute", before)


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    bind_head_to_wife(f)
    f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "3A", 120_000)
    f.book.create_transfer(f.head, f.mother, 50_000, dt.datetime(2025, 6, 16, 9, 0))
    f.book.add_member("刘芳", "140100", "resident")  # no records: she may be removed
    yield f
    f.book.close()


@pytest.fixture(params=["zh_CN", "en"])
def ui_lang(request, qapp):
    from desktop.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("zh_CN")


@pytest.fixture(autouse=True)
def no_boxes_left():
    """Each test counts its own message boxes: close any a test leaves open."""
    yield
    for b in _boxes():
        b.close()
        b.deleteLater()


def _boxes() -> list[QMessageBox]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for w in QApplication.topLevelWidgets():
        found += w.findChildren(QMessageBox)
    return [b for b in dict.fromkeys(found) if b.objectName() == "WriteFailure" and b.isVisible()]


def _record_visit(f, w, qtbot, monkeypatch):
    d = w.page("visits").add_visit()
    d.person.setCurrentIndex(d.person.findData(f.wife))
    d.date.setDate(to_qdate(dt.date(2025, 4, 1)))
    d.care.setCurrentIndex(d.care.findData("outpatient"))
    d.hospital.setCurrentIndex(d.hospital.findData("3A"))
    qtbot.keyClicks(d.total, "1200")
    d.preview()
    d.save()
    assert d.isVisible()  # the form stays, with what was typed, for another try


def _edit_visit(f, w, qtbot, monkeypatch):
    page = w.page("visits")
    page.table.select_row(0)
    d = page.edit_visit()
    d.total.clear()
    qtbot.keyClicks(d.total, "2000")
    d.preview()
    d.save()


def _delete_visit(f, w, qtbot, monkeypatch):
    monkeypatch.setattr(visits_page, "confirm", lambda *a: True)
    page = w.page("visits")
    page.table.select_row(0)
    assert page.delete_visit() is False


def _add_member(f, w, qtbot, monkeypatch):
    page = w.page("family")
    page.add_member()
    d = page.dialog
    d.name.setText("赵兰英")
    d.region.set_code("140100")
    d.insurance.setCurrentIndex(d.insurance.findData("resident"))
    assert not d.check()
    d.save()


def _remove_member(f, w, qtbot, monkeypatch):
    monkeypatch.setattr(family_page, "confirm", lambda *a: True)
    page = w.page("family")
    page.refresh()
    page.table.select_row(next(i for i, m in enumerate(page.model.rows) if m.name == "刘芳"))
    page.remove_member()


def _received(f, w, qtbot, monkeypatch):
    page = w.page("wallet")
    page._received(f.book.transfers()[0].id, dt.datetime(2025, 6, 16, 9, 30))


def _returned(f, w, qtbot, monkeypatch):
    monkeypatch.setattr(wallet_page, "confirm", lambda *a: True)
    page = w.page("wallet")
    page.table.select_row(0)
    assert page.mark_returned() is False


def _terminate(f, w, qtbot, monkeypatch):
    monkeypatch.setattr(bindings_page, "confirm", lambda *a: True)
    page = w.page("bindings")
    page.table.select_row(0)
    assert page.terminate() is False


def _wallet_position(f, w, qtbot, monkeypatch):
    from desktop.ui.pages.payment_order_box import PaymentOrderBox

    order = w.page("settings").findChild(PaymentOrderBox)
    order.choice.setCurrentIndex(order.choice.findData("after_family"))
    qtbot.waitUntil(lambda: order.worker is None, timeout=20000)  # the re-count runs off the GUI thread
    assert f.book.wallet_position() == "region"
    assert order.choice.currentData() == "region"  # the box shows what is stored


def _import_book(f, w, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "other.json"
    f.book.export_json(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["members"][0]["name"] = "赵兰英"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(settings_page, "choose_open_path", lambda *_a: path)
    monkeypatch.setattr(settings_page, "confirm", lambda *_a: True)
    page = w.page("settings")
    page.import_book()
    qtbot.waitUntil(lambda: page.import_worker is None, timeout=20000)  # the import runs off the GUI thread


def _record_balance(f, w, qtbot, monkeypatch):
    from desktop.ui.dialogs.statement_dialog import StatementDialog

    d = StatementDialog(f.book, f.book.member(f.son), w)
    d.open()
    d.balance.setText("1234.50")
    d.save()
    assert d.isVisible()  # the form stays for another try


def _new_transfer(f, w, qtbot, monkeypatch):
    d = w.page("wallet").new_transfer()
    d.sender.setCurrentIndex(d.sender.findData(f.head))
    d.recipient.setCurrentIndex(d.recipient.findData(f.mother))
    d.amount.setText("100")
    d.when.setDateTime(to_qdatetime(dt.datetime(2025, 6, 16, 10, 0)))
    d.check()
    assert d.verdict is not None and d.verdict.allowed
    d.save()


def _plan_cost_and_figures(f, w, qtbot, monkeypatch):
    from desktop.ui.dialogs.projection_plan_dialog import ProjectionPlanDialog

    d = ProjectionPlanDialog(f.book, w)
    d.cost_person.setCurrentIndex(d.cost_person.findData(f.wife))
    d.cost_amount.setText("30")
    assert d.add_cost() is False
    d.credit_edits[f.head].setText("500")
    assert d.save_plan() is False


def _update_balances(f, w, qtbot, monkeypatch):
    d = w.update_balances()
    for box in d.boxes[:3]:
        box.edit.selectAll()
        qtbot.keyClicks(box.edit, "77")
    d.save()
    assert d.isVisible()  # the screen stays, with what was typed, for another try


def _add_member_with_balance(f, w, qtbot, monkeypatch):
    page = w.page("family")
    page.add_member()
    d = page.dialog
    d.name.setText("赵兰英")
    d.region.set_code("140100")
    d.insurance.setCurrentIndex(d.insurance.findData("resident"))
    d.own_now.setText("120")
    assert not d.check()
    d.save()


ACTIONS = {
    "update several balances": _update_balances, "add a member with a balance": _add_member_with_balance,
    "record a balance": _record_balance, "make a wallet transfer": _new_transfer,
    "plan a cost and save the plan": _plan_cost_and_figures,
    "record a visit": _record_visit, "edit a visit": _edit_visit, "delete a visit": _delete_visit,
    "add a member": _add_member, "remove a member": _remove_member, "mark a transfer received": _received,
    "mark a transfer returned": _returned, "end a binding": _terminate,
    "choose where the wallet pays": _wallet_position, "import a whole book": _import_book,
}

# changes of several statements fail at the second, so that the first must be rolled back
SECOND_WRITE = {"record a visit": 2, "edit a visit": 2, "import a whole book": 2, "update several balances": 2,
                "add a member with a balance": 2}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_a_full_disk_while_saving_is_said_in_words_and_nothing_is_half_written(
        fam, make_window, qtbot, monkeypatch, tmp_path, ui_lang, action, failure):
    w = make_window(fam.book)
    before = all_rows(fam.book.data_dir)
    errors_before = len(parts.ERRORS)
    after = SECOND_WRITE.get(action, 1)
    run = ACTIONS[action]
    with disk_fills(fam.book, failure, after=after):
        if action == "import a whole book":
            run(fam, w, qtbot, monkeypatch, tmp_path)
        else:
            run(fam, w, qtbot, monkeypatch)
    boxes = _boxes()
    assert len(boxes) == (2 if action == "plan a cost and save the plan" else 1), action
    said = boxes[0].text()
    assert SAID[ui_lang] in said and "Traceback" not in said and "sqlite3" not in said
    assert all_rows(fam.book.data_dir) == before
    assert len(parts.ERRORS) == errors_before


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_full_disk_during_a_csv_import_is_said_in_the_dialog(fam, make_window, qtbot, monkeypatch, tmp_path,
                                                               ui_lang, failure):
    path = tmp_path / "visits.csv"
    path.write_text("姓名,日期,就医类型,医院等级,总费用\n李秀英,2025-04-01,普通门诊,三甲,1200\n"
                    "王建国,2025-04-02,普通门诊,三甲,300\n", encoding="utf-8")
    monkeypatch.setattr(visits_page, "choose_csv_to_open", lambda parent: path)
    w = make_window(fam.book)
    before = all_rows(fam.book.data_dir)
    dialog = w.page("visits").import_csv()
    with disk_fills(fam.book, failure, after=2):
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.worker is None and dialog.result.isVisible(), timeout=20000)
    said = dialog.result.text()
    assert SAID[ui_lang] in said and "sqlite3" not in said and "Errno" not in said
    assert all_rows(fam.book.data_dir) == before
