"""'Start this' never applies a step: it saves a guide draft, or plans a transfer for projections."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook
from desktop.core.advisor import AddBinding, MoveWallet
from desktop.demo import build_demo


@pytest.fixture
def demo(tmp_path):
    book = FamilyBook.open(tmp_path, clock=lambda: dt.datetime(2026, 12, 1, 10, 0))
    fam = build_demo(book, dt.date(2026, 12, 1))
    yield book, fam
    book.close()


def test_binding_step_becomes_a_guide_draft_and_nothing_is_bound(demo):
    book, fam = demo
    step = AddBinding(fam.son, fam.spouse, "parent", dt.date(2027, 1, 1), dt.date(2027, 12, 31), 732600)
    g = book.draft_advice_guide(step)
    back = book.guide(g.id)
    assert (back.purpose, back.authorizer_id, back.beneficiary_id, back.region_code) == (
        "bind", fam.son, fam.spouse, "140100")
    assert back.data["start"] == "2027-01-01" and back.data["end"] == "2027-12-31"
    assert back.data["amount_fen"] == 732600 and back.data["page"] == "check" and not back.finished
    assert [b.id for b in book.bindings()] == [fam.binding]


def test_wallet_step_is_planned_once(demo):
    book, fam = demo
    step = MoveWallet(fam.head, fam.mother, "parent", dt.date(2027, 1, 1), 113900)
    book.plan_advice_transfer(step)
    book.plan_advice_transfer(step)
    [t] = book.projection_plan().transfers
    assert (t.from_id, t.to_id, t.amount_fen, t.first_month, t.monthly) == (
        fam.head, fam.mother, 113900, dt.date(2027, 1, 1), False)
    assert len(book.transfers()) == 3  # the demo's three; nothing was sent
