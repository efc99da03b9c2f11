"""The advisor's quota over a real book: proposed where the 2026 rules share by quotas, recorded through the
book's quota API only when asked, and then the projection the advisor promised is the book's own."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused
from desktop.core.advisor import MoveWallet, SetQuota
from desktop.demo import build_demo

NOW = dt.datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def demo(tmp_path):
    book = FamilyBook.open(tmp_path, clock=lambda: NOW)
    fam = build_demo(book, NOW.date())
    yield book, fam
    book.close()


def _quota_plan(advice):
    return next(p for p in advice.plans if [e.step.kind for e in p.steps] == ["set_quota"])


def test_recorded_quota_gives_the_projection_the_advisor_reported(demo):
    book, fam = demo
    advice = book.advise(12, runs=20)
    kinds = {e.step.kind for p in advice.plans for e in p.steps}
    assert "set_quota" in kinds and "wallet_transfer" not in kinds  # December 2026: the quota model (F-N11)
    plan = _quota_plan(advice)
    [e] = plan.steps
    step = e.step
    assert isinstance(step, SetQuota) and step.on == NOW.date() and step.amount_fen > 0
    assert step.receiver_id == fam.spouse  # 李秀英's bill
    assert book.advice_quota_check(step) == []
    assert book.quotas() == []  # nothing until the family says so
    view, undo = book.undoable("set_advice_quota", step)
    assert (view.payer_id, view.receiver_id, view.amount_fen, view.state) == (
        step.payer_id, step.receiver_id, step.amount_fen, "standing")
    # through the real ledger and projection: the family's cash is what the plan said, to the fen
    after = book.project(months=12)
    assert sum(p.cash_fen for p in after.people) == plan.plan_cash_fen
    again = book.advise(12, runs=5)
    assert again.base_cash_fen == plan.plan_cash_fen
    assert not any(isinstance(x.step, SetQuota) and (x.step.payer_id, x.step.receiver_id) ==
                   (step.payer_id, step.receiver_id) for p in again.plans for x in p.steps)
    with pytest.raises(Refused):  # one standing quota per pair: the book refuses it a second time
        book.set_advice_quota(step)
    book.undo(undo)
    assert book.quotas() == []
    assert sum(p.cash_fen for p in book.project(months=12).people) == advice.base_cash_fen


def test_a_family_that_keeps_transfers_gets_transfers(demo):
    book, _fam = demo
    book.set_sharing_model("transfer")
    kinds = {type(e.step) for p in book.advise(12, runs=5).plans for e in p.steps}
    assert SetQuota not in kinds and MoveWallet in kinds
