"""Planned wallet transfers through the Wallet page are undo steps named in the Edit menu: keeping the planner's
schedule, marking one done (the real transfer recorded with it), deleting one. Undone, every table is as before.
The family of tests/ui/families.py on 16 June 2025 (transfer model), 王建国 ¥10,000 recorded this morning."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.ui.pages import wallet_page
from tests.test_book_undo import dump
from tests.ui.families import NOW, open_family
from tests.ui.test_planned_transfers_ui import plan


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    f.book.record_statement(f.head, NOW.date(), 1000000)
    yield f
    f.book.close()


def test_plan_mark_done_and_delete_each_undo_to_the_database_before(qtbot, lang, fam, make_window, monkeypatch):
    w = make_window(fam.book)
    page = w.page("wallet")
    empty = dump(fam.book)
    plan(qtbot, page, fam, "3000", dt.datetime(2025, 6, 20, 12, 0)).keep()  # ¥2,000 today, ¥1,000 tomorrow
    assert page.planned_model.rowCount() == 2
    assert w.menus.undo.text() == "撤销 安排钱包转账(&U)"
    planned = dump(fam.book)

    page.planned_table.select_row(0)
    assert page.mark_planned_done()
    assert len(fam.book.transfers()) == 1 and page.model.rowCount() == 1
    assert w.menus.undo.text() == "撤销 标记计划转账已转(&U)"
    w.menus.undo.trigger()
    assert dump(fam.book) == planned  # the transfer is gone and the planned one is still to send
    assert page.model.rowCount() == 0 and page.planned_model.planned(0).done is False

    monkeypatch.setattr(wallet_page, "confirm", lambda *a: True)
    page.planned_table.select_row(1)
    assert page.delete_planned()
    assert page.planned_model.rowCount() == 1
    assert w.menus.undo.text() == "撤销 删除计划的钱包转账(&U)"
    w.menus.undo.trigger()
    assert dump(fam.book) == planned and page.planned_model.rowCount() == 2

    w.menus.undo.trigger()  # the plan itself
    assert dump(fam.book) == empty and not page.planned_table.isVisibleTo(page)
    w.menus.redo.trigger()
    assert dump(fam.book) == planned and page.planned_model.rowCount() == 2


def test_the_sharing_model_chosen_on_the_page_is_undone_from_the_edit_menu(qtbot, lang, fam, make_window):
    w = make_window(fam.book)
    page = w.page("wallet")
    before = dump(fam.book)
    page.sharing.choice.setCurrentIndex(page.sharing.choice.findData("quota"))
    assert fam.book.sharing_model().model == "quota" and page.quota_button.isDefault()
    assert w.menus.undo.text() == "撤销 修改钱包共济方式(&U)"
    w.menus.undo.trigger()
    assert dump(fam.book) == before and fam.book.sharing_model().chosen == "rules"
    assert page.sharing.choice.currentData() == "rules" and page.new_button.isDefault()  # the page follows
