"""Bindings page: the order family accounts pay in, the add form's live check, a binding's life, ending one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.pages import bindings_page
from tests.ui.families import JAN1, NOW, bind_head_to_wife, cells, open_family


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


@pytest.fixture
def no_guide(monkeypatch):
    monkeypatch.setattr(bindings_page, "find_guide", lambda: None)


def _page(make_window, book):
    return make_window(book).page("bindings")


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_rows_show_each_beneficiarys_payers_in_registration_order(english, fam, make_window):
    bind_head_to_wife(fam)
    # 王磊 registered earlier (1 Jan 08:00) than his father (2 Jan 09:00), so he pays first for 李秀英 (F-G6)
    fam.book.propose_binding(fam.son, fam.wife, start=JAN1, end=dt.date(2025, 6, 30), amount_cap_fen=100000,
                             status="active", registered_at=dt.datetime(2025, 1, 1, 8, 0))
    fam.book.record_visit(fam.wife, dt.date(2025, 3, 1), "outpatient", "3A", 120000)
    page = _page(make_window, fam.book)
    rows = [cells(page.model, r) for r in range(page.model.rowCount())]
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("李秀英", "No. 1", "王磊", "active"),
        ("李秀英", "No. 2", "王建国", "active"),
    ]
    # The ¥1,200 visit: the fund pays ¥300 (F-T14), ¥900 is left; 王磊 pays it first, within his ¥1,000.
    # the last column is the record's number, the one sentences name ("the binding no. 2"): the father's was first
    assert rows[0][5:] == ["2025-01-01 – 2025-06-30", "2025-01-01 08:00", "¥1,000.00", "¥900.00", "¥100.00", "2"]
    assert rows[1][5:] == ["2025-01-01 – 2025-12-31", "2025-01-02 09:00", "¥3,000.00", "¥0.00", "¥3,000.00", "1"]
    page.table.select_row(0)
    assert page.detail.text() == ("Binding no. 2: 王磊's account pays for 李秀英. It is No. 1 in the order of payment. "
                                  "Authorized ¥1,000.00, used ¥900.00, ¥100.00 left. Valid: 2025-01-01 – 2025-06-30.")
    page.person.setCurrentIndex(page.person.findData(fam.head))
    assert page.model.rowCount() == 0  # 王建国 is nobody's beneficiary


def test_add_form_checks_as_you_type_and_saves_a_draft(english, no_guide, fam, make_window, qtbot):
    page = _page(make_window, fam.book)
    assert "No bindings yet" in page.empty.text()
    dialog = page.add_binding()
    dialog.authorizer.setCurrentIndex(dialog.authorizer.findData(fam.head))
    dialog.beneficiary.setCurrentIndex(dialog.beneficiary.findData(fam.wife))
    dialog.use_dates.setChecked(False)
    dialog.check()
    text = dialog.result_text()
    # Taiyuan's channel asks for the dates and the amount (F-T2): refused until they are filled in
    assert "✗ Not possible as it stands:" in text
    assert "✗ The local channel asks for the authorization's start and end dates; please fill them in." in text
    assert ("✗ The local channel asks for the authorized amount (how much may be used); please fill it in."
            "\nSource: F-T2") in text
    assert not _save_button(dialog).isEnabled()
    dialog.use_dates.setChecked(True)
    qtbot.keyClicks(dialog.amount, "3000")
    dialog.check()
    text = dialog.result_text()
    assert "✓ The rules allow this binding." in text
    assert "What the official channel will ask for:" in text
    assert "The channel will ask for the authorized amount." in text
    assert _save_button(dialog).isEnabled()
    dialog.note.setText("山西医保公众号")
    _save_button(dialog).click()
    [b] = fam.book.bindings()
    assert (b.authorizer_id, b.beneficiary_id, b.status, b.amount_cap_fen, b.start_date, b.end_date, b.note) == (
        fam.head, fam.wife, "draft", 300000, NOW.date(), NOW.date() + dt.timedelta(days=364), "山西医保公众号")
    assert cells(page.model, 0)[:5] == ["李秀英", "—", "王建国", "spouse", "draft"]


def test_add_form_shows_the_one_at_a_time_refusal_with_its_fact(english, no_guide, fam, make_window, qtbot):
    first = bind_head_to_wife(fam)
    page = _page(make_window, fam.book)
    dialog = page.open_dialog(fam.head, fam.son)
    qtbot.keyClicks(dialog.amount, "500")
    dialog.check()
    text = dialog.result_text()
    assert (f"✗ Here an authorizer may have at most 1 beneficiary at a time; an active or pending binding already "
            f"covers this period (no. {first}). End it first, or start the new one after it ends.") in text
    assert "Source: F-T1" in text.split("\n")
    assert not _save_button(dialog).isEnabled()
    _save_button(dialog).click()  # disabled: nothing saved
    assert len(fam.book.bindings()) == 1


def test_draft_goes_to_review_then_approved_with_its_registration_time(english, fam, make_window):
    b = fam.book.propose_binding(fam.head, fam.wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=300000)
    page = _page(make_window, fam.book)
    page.table.select_row(0)
    assert page.pending_button.isEnabled() and not page.terminate_button.isEnabled()
    page.pending_button.click()
    assert fam.book.bindings()[0].status == "pending"
    assert cells(page.model, 0)[4] == "pending"
    assert not page.pending_button.isEnabled()
    dialog = page.activate()
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-3))
    dialog.accept()
    [v] = fam.book.bindings()
    assert (v.id, v.status, v.registered_at) == (b.id, "active", NOW.replace(day=13))
    assert cells(page.model, 0)[4:7] == ["active", "2025-01-01 – 2025-12-31", "2025-06-13 10:30"]


def test_terminate_asks_first_and_ends_the_binding_today(english, fam, make_window, monkeypatch):
    bind_head_to_wife(fam)
    page = _page(make_window, fam.book)
    page.table.select_row(0)
    asked = []
    monkeypatch.setattr(bindings_page, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert page.terminate() is False
    assert fam.book.bindings()[0].status == "active"  # said no: nothing changed
    assert asked == ["End the binding: 王建国's account will no longer pay for 李秀英 from today (2025-06-16).\n\n"
                     "To pay again later a new binding is needed. End it?"]
    monkeypatch.setattr(bindings_page, "confirm", lambda *a: True)
    assert page.terminate() is True
    [b] = fam.book.bindings()
    assert (b.status, b.terminated_on) == ("terminated", NOW.date())
    assert cells(page.model, 0)[1] == "—"
    assert cells(page.model, 0)[4] == "terminated on 2025-06-16"
    assert page.detail.text().endswith("Ended on 2025-06-16; it no longer pays.")
    assert not page.terminate_button.isEnabled()
    # a visit after the end is no longer paid from 王建国's account
    out = fam.book.record_visit(fam.wife, NOW.date(), "outpatient", "3A", 10000)
    assert out.settlement.paid_by("family") == 0


def test_add_starts_the_guide_when_it_is_installed(english, fam, make_window, monkeypatch):
    calls = []

    def fake_guide(window, *, authorizer_id, beneficiary_id, purpose):
        calls.append((window, authorizer_id, beneficiary_id, purpose))
        return None  # declines: the page falls back to the form

    monkeypatch.setattr(bindings_page, "find_guide", lambda: fake_guide)
    window = make_window(fam.book)
    page = window.page("bindings")
    page.person.setCurrentIndex(page.person.findData(fam.wife))
    dialog = page.add_binding()
    assert calls == [(window, None, fam.wife, "bind")]
    assert dialog is page.dialog and dialog.beneficiary.currentData() == fam.wife


def test_chinese_labels(lang, fam, make_window):
    bind_head_to_wife(fam)
    page = _page(make_window, fam.book)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "为谁付"
    assert page.add_button.text() == "添加绑定(&A)…"
    row = cells(page.model, 0)
    assert row[1] == "第 1 位" and row[3] == "配偶" and row[4] == "有效"


def test_add_opens_the_installed_guide_and_keeps_the_form_at_hand(english, fam, make_window):
    page = _page(make_window, fam.book)
    assert page.form_button.isVisibleTo(page)  # the form stays for bindings made elsewhere
    page.person.setCurrentIndex(page.person.findData(fam.wife))
    wizard = page.add_binding()
    assert type(wizard).__name__ == "GuideWizard" and wizard is page.guide
    wizard.close()
    page.form_button.click()
    assert type(page.dialog).__name__ == "BindingDialog"
