"""Wallet page, family quotas (F-N11): the model in force said plainly and switchable, a quota set through the
dialog (checked as you type), its row used/left, ending it, and deleting it only after asking; the member form
records a move (F-N9) and the Bindings row says the binding ended by itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.ui.dialogs.member_form import MemberDialog
from desktop.ui.models.bindings_model import COLUMNS
from desktop.ui.pages import wallet_page
from tests.store.family import family
from tests.ui.families import cells, open_family

D = dt.date


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def _save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_page_says_which_model_and_the_family_switches_it(english, fam, make_window):
    page = make_window(fam.book).page("wallet")
    words = page.sharing.words.text()
    assert "Today (2025-06-16) the wallet follows wallet transfers" in words
    assert "This is what the rules in force say" in words
    page.sharing.choice.setCurrentIndex(page.sharing.choice.findData("quota"))
    assert fam.book.sharing_model().model == "quota"
    words = page.sharing.words.text()
    assert "follows the family quota" in words and "The family chose this; the rules in force say “wallet transfers”" \
        in words
    assert page.quota_button.isDefault() and not page.new_button.isDefault()


def test_a_quota_set_in_the_dialog_is_listed_and_deleted_only_after_asking(english, fam, make_window, qtbot,
                                                                          monkeypatch):
    fam.book.set_sharing_model("quota")
    page = make_window(fam.book).page("wallet")
    assert page.quota_empty.isVisibleTo(page)
    d = page.new_quota()
    d.payer.setCurrentIndex(d.payer.findData(fam.head))
    d.receiver.setCurrentIndex(d.receiver.findData(fam.wife))
    d.amount.setText("6000")
    d.check()
    assert not _save(d).isEnabled()
    assert "王建国 can use only ¥5,000.00 of the own account" in d.result_text()
    d.amount.setText("2000")
    d.check()
    assert _save(d).isEnabled() and "This quota can be set." in d.result_text()
    d.save()
    assert [cells(page.quota_model, 0)[1:]] == [
        ["王建国", "李秀英", "¥2,000.00", "¥0.00", "¥2,000.00", "Standing: 王建国 cannot spend the ¥2,000.00 left "
         "⚠ 王建国's balance was recorded 166 days ago (2025-01-01); 李秀英's balance was recorded 166 days ago "
         "(2025-01-01)"]]  # both balances are from 1 January: the quota's figures count from them
    assert fam.book.balance(fam.head).usable_fen == 300000
    page.quota_table.select_row(0)
    asked = []
    monkeypatch.setattr(wallet_page, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert not page.delete_quota()
    assert "Delete the quota of ¥2,000.00 that 王建国 set for 李秀英" in asked[0]
    assert len(fam.book.quotas()) == 1  # not confirmed: nothing changed
    monkeypatch.setattr(wallet_page, "confirm", lambda *a: True)
    assert page.delete_quota()
    assert fam.book.quotas() == [] and page.quota_model.rowCount() == 0
    assert fam.book.balance(fam.head).usable_fen == 500000


def test_ending_a_quota_from_the_page_returns_the_unused_part(english, fam, make_window):
    fam.book.set_sharing_model("quota")
    fam.book.set_quota(fam.head, fam.wife, 200000, dt.datetime(2025, 6, 2, 9, 0))
    fam.book.record_visit(fam.wife, dt.date(2025, 6, 5), "outpatient", "1", 50000, fund_actual_fen=0)
    page = make_window(fam.book).page("wallet")
    page.quota_table.select_row(0)
    assert "used ¥500.00, left ¥1,500.00" in page.quota_detail.text()
    d = page.end_quota()
    d.accept()
    row = cells(page.quota_model, 0)
    assert row[4:] == ["¥500.00", "¥1,500.00", "Ended on 2025-06-16; ¥1,500.00 went back to 王建国"]
    assert not page.end_quota_button.isEnabled()


def test_zh_quota_row_and_model_words(lang, fam, make_window):
    fam.book.set_sharing_model("quota")
    fam.book.set_quota(fam.head, fam.wife, 200000, dt.datetime(2025, 6, 2, 9, 0))
    page = make_window(fam.book).page("wallet")
    assert cells(page.quota_model, 0)[-1] == ("有效：剩下的 ¥2,000.00 王建国自己不能用 ⚠ 王建国的余额是 166 天前（2025年1月1日）"
                                              "记的；李秀英的余额是 166 天前（2025年1月1日）记的")
    assert page.sharing.words.text().startswith("今天（2025-06-16）医保钱包按“共济额度”方式")


def test_the_member_form_records_a_move_and_the_bindings_row_says_it_ended(english, fam, make_window, qtbot):
    book = fam.book
    book.propose_binding(fam.son, fam.wife, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                         amount_cap_fen=100000, status="active")
    window = make_window(book)
    d = MemberDialog(book, window, book.member(fam.son))
    qtbot.addWidget(d)
    assert not d.end_date.isVisibleTo(d)
    d.end_kind.setCurrentIndex(d.end_kind.findData("moved"))
    assert d.end_date.isVisibleTo(d) and d.moved_from.code() == "140100"  # the place left: where he was
    d.region.set_code("310000")
    d.save()
    assert d.result() == 0  # no date yet: not saved, and the form says so
    assert d.errors["coverage_end_on"].text() == "Enter the day the insurance ended or moved."
    d.end_date.setText("2025-05-01")
    d.save()
    m = book.member(fam.son)
    assert (m.region_code, m.coverage_end_on, m.coverage_end_kind, m.region_before) == (
        "310000", dt.date(2025, 5, 1), "moved", "140100")
    page = window.page("bindings")
    page.refresh()
    row = cells(page.model, 0)
    assert "Ended by itself on 2025-05-01" in row and row[1] == "—"  # no longer in the order of payment
    page.table.select_row(0)
    detail = page.detail.text()
    assert "Ended by itself on 2025-05-01: 王磊's insurance moved to another pooling region." in detail
    assert detail.endswith("\nSource: F-N9") and "(F-N9)" not in detail  # the fact ID beside the words
    status = [k for k, _ in COLUMNS].index("status")
    assert page.model.data(page.model.index(0, status), Qt.ItemDataRole.ToolTipRole) == (
        "Ended by itself on 2025-05-01: 王磊's insurance moved to another pooling region\nSource: F-N9")
    assert "in the order of payment" not in page.detail.text()


def test_the_payment_card_lists_a_standing_quota_after_the_own_account_and_drops_an_ended_binding(english, tmp_path):
    from desktop.ui.print import sheets

    f = family(tmp_path)  # the store's Taiyuan family at 2025-06-01
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        book.record_statement(f.son, D(2025, 3, 1), 300000)
        book.propose_binding(f.son, f.wife, start=D(2025, 1, 1), end=D(2025, 12, 31), amount_cap_fen=300000,
                             status="active")
        book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        card = sheets.payment_card(book, f.wife, "en")
        order = card.sections[-1]
        assert [ln.text for ln in order.lines] == [
            "李秀英's own personal account", "The family quota from 王建国 (in the insurance wallet)",
            "王磊's personal account (family sharing)", "Whatever is left: cash or bank card"]
        assert order.lines[1].note == "¥2,000.00 left of it" and "F-N11" in card.footer
        book.end_coverage(f.son, D(2025, 5, 1), "moved", "310000")
        order = sheets.payment_card(book, f.wife, "en").sections[-1]
        assert [ln.text for ln in order.lines] == [
            "李秀英's own personal account", "The family quota from 王建国 (in the insurance wallet)",
            "Whatever is left: cash or bank card"]
    finally:
        book.close()


def test_an_auto_ended_quota_says_why_and_its_fact_ids_stay_on_the_source_line(lang, fam, make_window):
    fam.book.set_sharing_model("quota")
    fam.book.set_quota(fam.head, fam.wife, 200000, dt.datetime(2025, 6, 2, 9, 0))
    fam.book.end_coverage(fam.wife, D(2025, 6, 10), "ended")
    window = make_window(fam.book)
    page = window.page("wallet")
    state = page.quota_model.index(0, 6)
    words = "2025-06-10 已自动终止：李秀英的医保终止；¥2,000.00 已退回王建国"
    assert page.quota_model.data(state) == words
    assert page.quota_model.data(state, Qt.ItemDataRole.ToolTipRole) == words + "\n依据：F-N11、F-N9"
    page.quota_table.select_row(0)
    assert page.quota_detail.text().endswith(words + "\n依据：F-N11、F-N9")
    home = window.page("home")
    home.refresh()
    labels = [lab for lab in home.findChildren(QLabel) if lab.property("kind") == "auto_ended"]
    assert labels and all("F-N9" not in lab.text() for lab in labels)
    assert {lab.toolTip() for lab in labels} == {"依据：F-N11、F-N9"}
    assert any("你给李秀英设的共济额度已在" in lab.text() for lab in labels)


def test_the_payment_card_says_when_a_quota_ends_by_itself_and_drops_it_from_that_day(english, tmp_path):
    from desktop.ui.print import sheets

    f = family(tmp_path)  # 2025-06-01
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        book.end_coverage(f.head, D(2025, 7, 1), "moved", "310000")  # ahead: the quota ends by itself then (F-N9)
        card = sheets.payment_card(book, f.wife, "en")
        order = card.sections[-1]
        assert order.lines[1].text == "The family quota from 王建国 (in the insurance wallet)"
        assert order.lines[1].note == "¥2,000.00 left of it; ends by itself on 2025-07-01"
        assert "F-N9" in card.footer and "F-N11" in card.footer and "F-N9" not in card.text().replace(card.footer, "")
        later = sheets.payment_card(book, f.wife, "en", on=D(2025, 7, 5)).sections[-1]
        assert [ln.text for ln in later.lines] == ["李秀英's own personal account", "Whatever is left: cash or bank card"]
    finally:
        book.close()


def test_the_planner_proposes_no_transfer_where_the_quota_model_applies(english, fam, qtbot):
    from desktop.ui.dialogs.planner_dialog import PlannerDialog

    fam.book.set_sharing_model("quota")
    d = PlannerDialog(fam.book, from_id=fam.head, to_id=fam.wife)
    qtbot.addWidget(d)
    d.amount.setText("3000")
    d.replan()
    assert d.model.rowCount() == 0 and not d.keep_button.isEnabled()
    text = d.message_text()
    assert "the wallet shares by family quota (as the family chose on the Wallet page): no transfer is needed " \
           "then" in text and "set a quota for 李秀英 on the Wallet page instead (¥3,000.00)" in text
    assert "in 2 transfers" not in text and "Source: F-N11" in text  # no schedule for the days left out


def test_the_quota_form_names_its_fact_on_a_source_line_not_in_its_sentence(english, fam, make_window):
    from PySide6.QtWidgets import QLabel

    fam.book.set_sharing_model("quota")
    d = make_window(fam.book).page("wallet").new_quota()
    intro = next(lb.text() for lb in d.findChildren(QLabel) if "No money moves" in lb.text())
    words, source = intro.split("\n")
    assert words.endswith("what is unused goes back to the payer when it ends.") and "F-" not in words
    assert source == "Source: F-N11"
    d.reject()
