"""Every form opens with the cursor in its first field, and Enter saves where that is safe (issue 15): not while
Save is disabled or the form shows problems, and not in the planner, which has nothing to save. What lands in
the book is checked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.dialogs.binding_dialog import BindingDialog
from desktop.ui.dialogs.member_form import MemberDialog
from desktop.ui.dialogs.planner_dialog import PlannerDialog
from desktop.ui.dialogs.statement_dialog import StatementDialog
from desktop.ui.dialogs.transfer_dialog import TransferDialog
from tests.ui.families import NOW, open_family


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def _open(qtbot, d):
    qtbot.addWidget(d)
    d.show()
    return d


def _enter(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_statement_form_starts_at_its_first_field_and_enter_saves(english, fam, qtbot):
    head = fam.book.member(fam.head)
    before = fam.book.statements(fam.head)
    d = _open(qtbot, StatementDialog(fam.book, head))
    assert d.focusWidget() is d.account  # offscreen the window may be inactive: the focus child is what counts
    assert d.buttons.button(QDialogButtonBox.StandardButton.Save).isDefault()
    _enter(qtbot, d.balance)  # no balance yet: the problem shows, nothing is saved
    assert d.errors["balance"].text() == "Enter an amount, for example 120.50."
    assert fam.book.statements(fam.head) == before and d.isVisible()
    qtbot.keyClicks(d.balance, "1234.50")
    _enter(qtbot, d.balance)
    [st] = [s for s in fam.book.statements(fam.head) if s not in before]
    assert (st.account, st.balance_fen, st.on_date) == ("personal", 123450, NOW.date())
    assert not d.isVisible()


def test_member_form_enter_does_not_save_while_it_shows_problems(english, fam, qtbot):
    before = len(fam.book.members())
    d = _open(qtbot, MemberDialog(fam.book))
    assert d.focusWidget() is d.name
    _enter(qtbot, d.name)
    assert len(fam.book.members()) == before and d.isVisible()
    assert d.general.text() == "Please correct the fields marked above; nothing was saved yet."
    d.name.setText("王小明")
    d.region.set_code("140100")
    _enter(qtbot, d.note)
    assert [m.name for m in fam.book.members()][-1] == "王小明" and not d.isVisible()


def test_binding_form_starts_at_whose_account_and_enter_saves_an_allowed_binding(english, fam, qtbot):
    d = _open(qtbot, BindingDialog(fam.book, authorizer_id=fam.head, beneficiary_id=fam.wife))
    assert d.focusWidget() is d.authorizer
    d.check()
    assert not d.verdict.allowed  # Taiyuan needs an authorized amount (F-T2): Save is disabled, Enter does nothing
    _enter(qtbot, d.note)
    assert fam.book.bindings() == [] and d.isVisible()
    qtbot.keyClicks(d.amount, "3000")
    d.check()
    assert d.verdict.allowed
    _enter(qtbot, d.amount)
    [b] = fam.book.bindings()
    assert (b.authorizer_id, b.beneficiary_id, b.status, b.amount_cap_fen) == (fam.head, fam.wife, "draft", 300000)
    assert not d.isVisible()


def test_transfer_form_enter_waits_for_an_allowed_amount(english, fam, qtbot):
    fam.book.record_statement(fam.head, NOW.date() - dt.timedelta(days=1), 500000)
    d = _open(qtbot, TransferDialog(fam.book, from_id=fam.head, to_id=fam.wife))
    assert d.focusWidget() is d.sender
    _enter(qtbot, d.amount)  # no amount: Save is disabled, Enter does nothing
    assert fam.book.transfers() == [] and d.isVisible()
    qtbot.keyClicks(d.amount, "100")
    d.check()
    assert d.verdict.allowed, d.result_text()
    _enter(qtbot, d.amount)
    [t] = fam.book.transfers()
    assert (t.from_id, t.to_id, t.amount_fen) == (fam.head, fam.wife, 10000)


def test_planner_starts_at_from_and_enter_plans_without_closing(english, fam, qtbot):
    d = _open(qtbot, PlannerDialog(fam.book, from_id=fam.head, to_id=fam.wife))
    assert d.focusWidget() is d.sender
    qtbot.keyClicks(d.amount, "3000")
    _enter(qtbot, d.amount)
    assert d.isVisible() and d.plan is not None and d.model.rowCount() > 0
