"""Visits page: record a visit and see the split as you type, receipts, bad input, filters with totals,
edit and delete, CSV import with a preview and CSV export, and 50,000 visits read a page at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.book import VisitTotals, VisitView
from desktop.ui.models import visits_model
from desktop.ui.pages import visits_page
from desktop.ui.qtdates import to_qdate
from tests.ui.families import bind_head_to_wife, cells, open_family

MARCH1 = dt.date(2025, 3, 1)


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    bind_head_to_wife(f)
    yield f
    f.book.close()


def _fill(dialog, qtbot, member, day, care, hospital, total, fund=None):
    dialog.person.setCurrentIndex(dialog.person.findData(member))
    dialog.date.setDate(to_qdate(day))
    dialog.care.setCurrentIndex(dialog.care.findData(care))
    dialog.hospital.setCurrentIndex(dialog.hospital.findData(hospital))
    dialog.total.clear()
    qtbot.keyClicks(dialog.total, total)
    if fund is not None:
        qtbot.keyClicks(dialog.fund_actual, fund)
    dialog.preview()


def _save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_record_a_visit_and_see_the_split(english, fam, make_window, qtbot):
    page = make_window(fam.book).page("visits")
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.totals.text() == "No visits shown. Press “Add visit” to record one."
    dialog = page.add_visit()
    _fill(dialog, qtbot, fam.wife, MARCH1, "outpatient", "3A", "1200")
    dialog.institution.setText("太原市中心医院")
    lines = dialog.split_text().split("\n")
    # F-T14 by hand: ¥80 deductible; (1,200 − 80) × 45% = ¥504; the yearly cap of ¥300 cuts it to ¥300
    assert lines[:2] == ["1. What the fund pays", "1. Table used: ordinary outpatient, resident, level 3, grade A — "
                         "deductible ¥80.00 (a year), ratio 45%."]
    assert "3. Above the deductible, ¥1,120.00 at 45% gives ¥504.00." in lines
    assert "5. The yearly limit is reached: the fund pays only ¥300.00; the other ¥204.00 is personal." in lines
    # the fact IDs stand on a line of their own after the steps, never inside a sentence
    assert lines[lines.index("The fund pays ¥300.00; ¥900.00 is left for the family to pay.") - 1] == "Source: F-T14"
    assert not any("F-T14" in ln for ln in lines if ln != "Source: F-T14")
    assert "The fund pays ¥300.00; ¥900.00 is left for the family to pay." in lines
    # the rest: her own account and wallet are empty, so 王建国's bound account pays, above his ¥1,000 floor
    rest = lines[lines.index("2. Who pays the rest") + 1:]
    assert [x for x in rest if x][:4] == ["¥900.00", "family accounts: 王建国",
                        "Shared account no. 1 in registration order (王建国): ¥900.00.", "Source: F-T4, F-G6"]
    assert "• The own personal account is empty." in rest
    assert fam.book.visit_count() == 0  # nothing saved while typing
    _save(dialog).click()
    [v] = fam.book.visits(with_lines=True)
    assert (v.member_id, v.on_date, v.total_fen, v.fund_estimated_fen, v.fund_actual_fen) == (
        fam.wife, MARCH1, 120000, 30000, None)
    assert [(ln.source, ln.payer_id, ln.amount_fen) for ln in v.lines] == [("family", fam.head, 90000)]
    assert cells(page.model, 0) == ["2025-03-01", "李秀英", "ordinary outpatient",
                                    "太原市中心医院 · level 3, grade A", "¥1,200.00", "¥300.00", "—", "—",
                                    "¥900.00", "—"]
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.totals.text() == ("Visits shown: 1, total ¥1,200.00. The fund paid ¥300.00. The rest: own accounts "
                                  "¥0.00, wallets ¥0.00, family accounts ¥900.00, cash ¥0.00.")
    assert "¥900.00 family accounts: 王建国 — Shared account no. 1 in registration order" in page.detail_text()
    assert page.message.text() == "Saved."


def test_the_split_names_the_balance_before_the_payment(english, fam, make_window, qtbot):
    """“(balance ¥2,000.00)” after a payment read as what was left; it is what the account held before."""
    page = make_window(fam.book).page("visits")
    dialog = page.add_visit()
    _fill(dialog, qtbot, fam.son, MARCH1, "pharmacy", "0", "95")
    assert "Own personal account first: ¥95.00 (it held ¥2,000.00 before)." in dialog.split_text().split("\n")
    _save(dialog).click()
    assert fam.book.balance(fam.son).personal_fen == 200000 - 9500  # and after it: ¥1,905.00


def test_fund_share_typed_from_the_receipt(english, fam, make_window, qtbot):
    page = make_window(fam.book).page("visits")
    dialog = page.add_visit()
    _fill(dialog, qtbot, fam.wife, MARCH1, "outpatient", "3A", "1200", fund="250")
    text = dialog.split_text()
    assert "You typed the fund’s share from the receipt: ¥250.00 (the estimate was ¥300.00)." in text
    assert "The fund pays ¥250.00; ¥950.00 is left for the family to pay." in text
    _save(dialog).click()
    [v] = fam.book.visits(with_lines=True)
    assert (v.fund_actual_fen, v.fund_estimated_fen, v.family_fen) == (25000, 30000, 95000)
    assert cells(page.model, 0)[5] == "¥250.00 (receipt)"


def test_bad_input_shows_why_and_saves_nothing(english, fam, make_window, qtbot):
    page = make_window(fam.book).page("visits")
    dialog = page.add_visit()
    _fill(dialog, qtbot, fam.wife, MARCH1, "outpatient", "3A", "12.345")
    assert dialog.total_error.text() == "At most two decimals (the smallest unit is 0.01 yuan)."
    assert not _save(dialog).isEnabled()
    _fill(dialog, qtbot, fam.wife, MARCH1, "outpatient", "3A", "100", fund="200")
    assert dialog.split_text() == ("✗ This cannot be saved:\n"
                                   "✗ The fund's actual share ¥200.00 cannot exceed the total ¥100.00.")
    assert not _save(dialog).isEnabled()
    dialog.save()
    assert fam.book.visit_count() == 0


def test_filters_by_person_year_and_care_with_totals(english, fam, make_window, qtbot):
    b = fam.book
    b.record_visit(fam.wife, MARCH1, "outpatient", "3A", 120000)
    b.record_visit(fam.wife, dt.date(2025, 4, 2), "pharmacy", "0", 12600)
    b.record_visit(fam.head, dt.date(2024, 11, 20), "pharmacy", "0", 9500)
    b.record_visit(fam.son, dt.date(2025, 5, 3), "outpatient", "1", 18000)
    page = make_window(b).page("visits")
    assert page.model.rowCount() == 4
    assert [page.model.visit(r).on_date.isoformat() for r in range(4)] == [
        "2025-05-03", "2025-04-02", "2025-03-01", "2024-11-20"]  # newest first
    page.person.setCurrentIndex(page.person.findData(fam.wife))
    assert [cells(page.model, r)[1] for r in range(page.model.rowCount())] == ["李秀英", "李秀英"]
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.totals.text().startswith("Visits shown: 2, total ¥1,326.00.")
    page.person.setCurrentIndex(0)
    page.year.setCurrentIndex(page.year.findData(2024))
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.model.rowCount() == 1 and page.totals.text().startswith("Visits shown: 1, total ¥95.00.")
    page.year.setCurrentIndex(0)
    page.care.setCurrentIndex(page.care.findData("pharmacy"))
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.model.rowCount() == 2 and page.totals.text().startswith("Visits shown: 2, total ¥221.00.")
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["All years", "2025", "2024"]


def test_edit_and_delete_ask_and_resettle(english, fam, make_window, qtbot, monkeypatch):
    b = fam.book
    b.record_visit(fam.wife, MARCH1, "outpatient", "3A", 120000)
    page = make_window(b).page("visits")
    page.table.select_row(0)
    dialog = page.edit_visit()
    assert dialog.total.text() == "1,200.00" and dialog.windowTitle() == "Edit visit"
    dialog.total.clear()
    qtbot.keyClicks(dialog.total, "2000")
    dialog.preview()
    # the same year: the deductible and the ¥300 cap are the visit's own, so the fund still pays ¥300
    assert "The fund pays ¥300.00; ¥1,700.00 is left for the family to pay." in dialog.split_text()
    _save(dialog).click()
    [v] = b.visits()
    assert (v.total_fen, v.fund_fen, v.family_fen) == (200000, 30000, 170000)
    monkeypatch.setattr(visits_page, "confirm", lambda *a: False)
    assert page.delete_visit() is False and b.visit_count() == 1
    asked = []
    monkeypatch.setattr(visits_page, "confirm", lambda parent, title, text: asked.append(text) or True)
    assert page.delete_visit() is True
    assert asked == ["Delete the visit of 李秀英 on 2025-03-01 (¥2,000.00)? Who paid for later visits is counted again."]
    assert b.visit_count() == 0 and page.model.rowCount() == 0
    assert b.bindings()[0].used_fen == 0  # the authorization's use went with the visit


def test_csv_import_previews_rows_and_errors_then_skips_bad_rows(english, fam, make_window, qtbot, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "visits.csv"
    path.write_text("姓名,日期,就医类型,医院等级,总费用,统筹实际支付\n"
                    "李秀英,2025-03-01,普通门诊,三甲,1200,\n"
                    "无名氏,2025-03-02,普通门诊,三甲,10,\n"
                    "王建国,2025/4/1,药店购药,,¥95.00,\n"
                    "王磊,2025-13-01,住院,三甲,abc,\n", encoding="utf-8")
    monkeypatch.setattr(visits_page, "choose_csv_to_open", lambda parent: path)
    page = make_window(fam.book).page("visits")
    dialog = page.import_csv()
    assert dialog.summary.text() == ("visits.csv: 2 rows can be imported. 2 rows have problems (see the list); nothing "
                                     "is imported while there are problems, unless you choose to skip those rows.")
    assert [cells(dialog.rows_model, r)[:6] for r in range(2)] == [
        ["2", "李秀英", "2025-03-01", "ordinary outpatient", "level 3, grade A", "¥1,200.00"],
        ["4", "王建国", "2025-04-01", "pharmacy", "pharmacy/other", "¥95.00"]]
    errors = [cells(dialog.errors_model, r) for r in range(dialog.errors_model.rowCount())]
    assert errors[0] == ["3", "姓名", "no family member is called “无名氏”; add them first or fix the name."]
    assert {e[0] for e in errors} == {"3", "5"}
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    seen = []
    monkeypatch.setattr(dialog, "_progress", lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    assert dialog.report.imported == 2 and dialog.report.skipped == 2
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached the end
    assert dialog.result.text().startswith("✓ Imported 2 visits in ")
    assert fam.book.visit_count() == 2
    qtbot.waitUntil(lambda: not page.totals_pending())
    assert page.model.rowCount() == 2 and page.totals.text().startswith("Visits shown: 2, total ¥1,295.00.")


def test_csv_export_writes_the_visits_shown(english, fam, make_window, tmp_path, monkeypatch):
    fam.book.record_visit(fam.wife, MARCH1, "outpatient", "3A", 120000, institution="太原市中心医院")
    fam.book.record_visit(fam.head, dt.date(2025, 4, 1), "pharmacy", "0", 9500)
    out = tmp_path / "out.csv"
    monkeypatch.setattr(visits_page, "choose_csv_to_save", lambda parent, suggested: out)
    page = make_window(fam.book).page("visits")
    page.person.setCurrentIndex(page.person.findData(fam.wife))
    assert page.export_csv() == 1
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("person,date,institution,hospital level,care type,total,fund paid")
    assert rows[1].startswith("李秀英,2025-03-01,太原市中心医院,3A,ordinary outpatient,1200.00,")
    assert len(rows) == 2
    assert page.message.text() == f"Wrote 1 visits to {out}."


class _BigBook:
    """50,000 visits in memory: counts what the page asks the book for."""

    N = 50_000

    def __init__(self):
        self.calls = []
        self.base = dt.date(2025, 6, 1)

    def _visit(self, i):
        return VisitView(i + 1, 1, "李秀英", self.base - dt.timedelta(days=i // 20), "", "3A", "outpatient",
                         10000 + i, 3000, None, True, "", own_fen=7000 + i)

    def visits(self, member_id=None, year=None, care_type=None, offset=0, limit=None, with_lines=False, **_):
        self.calls.append((offset, limit))
        return [self._visit(i) for i in range(offset, min(self.N, offset + (limit or self.N)))]

    def visit(self, visit_id):
        return self._visit(visit_id - 1)

    def visit_count(self, **_):
        return self.N

    def visit_totals(self, **_):
        return VisitTotals(self.N, 0, 0, 0, 0, 0, 0, 0)

    def visit_years(self):
        return [2025]

    def members(self):
        return []

    def visit_basis(self, member_id, on, total_fen):  # the chosen visit's waiting period and pack line
        return []


class _Window(QWidget):
    def __init__(self, book):
        super().__init__()
        self.book = book


def test_fifty_thousand_visits_open_fast_and_are_read_a_page_at_a_time(english, qtbot):
    book = _BigBook()
    window = _Window(book)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    page = visits_page.VisitsPage(window)
    window.show()
    page.resize(1100, 700)
    qtbot.waitExposed(window)
    page.grab()
    assert page.model.rowCount() == 50_000
    assert book.calls == [(0, visits_model.PAGE)]  # only the first page was read
    # how fast it opens is benchmarks/scale.py's figure (Visits page first open), not a timed assertion
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    page.grab()
    last = (50_000 - 1) // visits_model.PAGE * visits_model.PAGE
    assert book.calls[-1] == (last, visits_model.PAGE)
    assert len(book.calls) <= 3  # the first page, the last one, maybe the one before it
    assert page.model.visit(49_999).id == 50_000


def test_ctrl_n_adds_a_visit_only_on_the_visits_page(english, fam, make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window(fam.book)
    page = window.page("visits")
    with qtbot.waitActive(window):
        window.activateWindow()
    window._buttons["visits"].setFocus()  # focus in the sidebar, not in the page
    qtbot.keyClick(window._buttons["visits"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert type(page.dialog).__name__ == "VisitDialog" and page.dialog.isVisible()
    page.dialog.reject()
    page.dialog = None
    window.show_page("wallet")
    wallet = window.page("wallet")
    qtbot.keyClick(window._buttons["wallet"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is None  # the hidden Visits page did not react
    assert type(wallet.dialog).__name__ == "TransferDialog"


def test_saving_writes_off_the_gui_thread_locks_the_form_and_chooses_the_saved_visit(english, fam, make_window,
                                                                                    qtbot, monkeypatch):
    import threading

    page = make_window(fam.book).page("visits")
    for i in range(PAGE_PLUS := visits_model.PAGE + 5):  # newer visits, so the back-dated one is on page 2
        fam.book.record_visit(fam.wife, dt.date(2025, 6, 1) + dt.timedelta(days=i % 200), "pharmacy", "0", 100)
    page.refresh()
    seen: dict[str, object] = {}
    real = fam.book.record_visit

    def record(*a, **k):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["locked"] = not dialog.total.isEnabled() and not _save(dialog).isEnabled()
        seen["says"] = dialog.split_text()
        return real(*a, **k)

    monkeypatch.setattr(fam.book, "record_visit", record)
    dialog = page.add_visit()
    _fill(dialog, qtbot, fam.wife, dt.date(2024, 2, 1), "outpatient", "1", "12.34")
    dialog.save()
    assert seen == {"thread": False, "locked": True, "says": "Saving…"}
    assert not dialog.isVisible()
    chosen = page.selected()  # the saved visit is chosen, though it is past the first page of the list
    assert (chosen.on_date, chosen.total_fen) == (dt.date(2024, 2, 1), 1234)
    assert page.table.current_row() == PAGE_PLUS
    assert "¥12.34" in page.detail_text()
