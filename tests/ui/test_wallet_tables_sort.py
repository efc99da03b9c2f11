"""The Wallet page's quota and planned-transfer tables sort as the other tables do (one RowsModel): money as
money (¥900.00 before ¥1,000.00, which as text would come first), days as days, and the page keeps speaking in its
own rows. The family of tests/ui/families.py on 16 June 2025: 王建国 ¥20,000 recorded this morning."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.families import NOW, open_family
from tests.ui.test_table_sorting import click_header, shown


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    f.book.record_statement(f.head, NOW.date(), 2000000)
    yield f
    f.book.close()


def test_planned_transfers_sort_by_amount_as_money_and_by_day(qtbot, lang, fam, make_window):
    book = fam.book
    book.record_transfer_plan(fam.head, fam.mother, 90000, NOW + dt.timedelta(days=5))  # ¥900 today
    book.record_transfer_plan(fam.head, fam.wife, 600000, NOW + dt.timedelta(days=5))  # ¥2,000 ×2 today, ×1 tomorrow
    page = make_window(book).page("wallet")
    table = page.planned_table
    amount, day = 4, 0
    click_header(qtbot, table, amount)
    assert shown(table, amount) == ["¥900.00", "¥2,000.00", "¥2,000.00", "¥2,000.00"]
    click_header(qtbot, table, day)
    click_header(qtbot, table, day)  # newest day first
    assert shown(table, day) == ["2025-06-17", "2025-06-16", "2025-06-16", "2025-06-16"]
    page.planned_table.select_row(page.planned_model.row_of(book.planned_wallet_transfers()[0].id))
    assert page.selected_planned().amount_fen == 90000  # the page's own rows, wherever sorting put them


def test_quotas_sort_by_what_is_left_as_money(qtbot, lang, fam, make_window):
    book = fam.book
    book.set_sharing_model("quota")
    book.set_quota(fam.head, fam.wife, 100000, dt.datetime(2025, 6, 2, 9, 0))  # ¥1,000 (as text before ¥900)
    book.set_quota(fam.head, fam.son, 90000, dt.datetime(2025, 6, 3, 9, 0))  # ¥900
    page = make_window(book).page("wallet")
    left = 5
    click_header(qtbot, page.quota_table, left)
    assert shown(page.quota_table, left) == ["¥900.00", "¥1,000.00"]
    click_header(qtbot, page.quota_table, 0)
    assert shown(page.quota_table, 0) == ["2025-06-02 09:00", "2025-06-03 09:00"]
