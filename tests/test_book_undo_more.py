"""Undo and redo of the writes the update-balances screen, the Wallet page's planned transfers, the savings plan
and Settings make: undone, the database (and the data folder's policy files) is exactly as before; redone,
exactly as after. The demo family at the fixed clock of test_book_undo (Taiyuan, 1 June 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import BalanceEntry, Refused
from desktop.core.advisor import MoveWallet
from desktop.store import user_packs
from tests.test_book_policy_files import newer_taiyuan, write
from tests.test_book_undo import NOW, dump, fam  # noqa: F401  (the fixture)


def state(book) -> dict:
    """Every table, and the policy files by name and bytes."""
    files = {p.name: p.read_bytes() for p in user_packs.installed(book.data_dir)}
    return dump(book) | {"policy files": sorted(files.items())}


def _plan(book, d):
    """The head plans ¥500 to his son (the wallet moves by transfer: the family's choice on the Wallet page)."""
    book.set_sharing_model("transfer")
    (p,) = book.record_transfer_plan(d.head, d.son, 50000, NOW + dt.timedelta(days=3))
    return p.id


def _plan_done(book, d):
    planned = _plan(book, d)
    return book.complete_planned_wallet_transfer(planned).transfer_id


def _loaded(book, d, tmp_path):
    preview = book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", newer_taiyuan()))
    book.load_policy_file(preview)
    return "140100-taiyuan.toml"


def _preview(book, d, tmp_path):
    return book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", newer_taiyuan()))


FOUR = lambda b, d: ([BalanceEntry(d.head, 1234500), BalanceEntry(d.spouse, 88800),  # noqa: E731
                      BalanceEntry(d.son, 250000), BalanceEntry(d.mother, 0, account="wallet")], NOW.date())

# (what, op, arguments from the book, the family and a folder)
CASES = [
    ("four balances at once", "record_statements", lambda b, d, t: FOUR(b, d)),
    ("a transfer plan recorded", "record_transfer_plan",
     lambda b, d, t: (b.set_sharing_model("transfer"), (d.head, d.son, 50000, NOW + dt.timedelta(days=3)))[1]),
    ("a planned transfer marked done (the real transfer recorded)", "complete_planned_wallet_transfer",
     lambda b, d, t: (_plan(b, d),)),
    ("a planned transfer deleted", "delete_planned_wallet_transfer", lambda b, d, t: (_plan(b, d),)),
    ("the transfer of a done planned one deleted (planned again)", "delete_transfer",
     lambda b, d, t: (_plan_done(b, d),)),
    ("the wallet shared by transfer", "set_sharing_model", lambda b, d, t: ("transfer",)),
    ("balances old after 45 days", "set_stale_days", lambda b, d, t: (45,)),
    ("a savings-plan transfer planned", "plan_advice_transfer",
     lambda b, d, t: (MoveWallet(d.head, d.son, "child", dt.date(2026, 8, 1), 30000),)),
    ("a policy file loaded (every visit settled again)", "load_policy_file", lambda b, d, t: (_preview(b, d, t),)),
    ("a policy file removed", "remove_policy_file", lambda b, d, t: (_loaded(b, d, t),)),
]


@pytest.mark.parametrize(("what", "op", "args"), CASES, ids=[c[0] for c in CASES])
def test_undo_gives_everything_before_and_redo_everything_after(fam, tmp_path, what, op, args):  # noqa: F811
    book, d = fam
    lead = args(book, d, tmp_path)
    before = state(book)
    _result, step = book.undoable(op, *lead)
    after = state(book)
    assert step is not None and step.op == op
    assert after != before
    book.undo(step)
    assert state(book) == before
    book.redo(step)
    assert state(book) == after
    book.undo(step)
    assert state(book) == before


def test_undoing_a_policy_file_gives_the_old_figures(fam, tmp_path):  # noqa: F811
    """The visits' fund estimates follow the rules back: the spouse's ¥280 level-1 visit (Taiyuan resident, ¥80
    deductible) has ¥120 from the fund (60% of ¥200), ¥140 under the file (70%), and ¥120 again after undo."""
    book, d = fam
    visit = book.record_visit(d.spouse, dt.date(2026, 2, 1), "outpatient", "1", 28000).visit_id
    assert book.visit(visit).fund_estimated_fen == 12000
    funds = [v.fund_estimated_fen for v in book.visits()]
    _r, step = book.undoable("load_policy_file", _preview(book, d, tmp_path))
    assert book.visit(visit).fund_estimated_fen == 14000
    book.undo(step)
    assert book.visit(visit).fund_estimated_fen == 12000
    assert [v.fund_estimated_fen for v in book.visits()] == funds
    assert user_packs.installed(book.data_dir) == []


def test_undoing_a_plan_after_one_of_it_was_done_is_refused(fam):  # noqa: F811
    book, d = fam
    book.set_sharing_model("transfer")
    kept, step = book.undoable("record_transfer_plan", d.head, d.son, 50000, NOW + dt.timedelta(days=3))
    book.complete_planned_wallet_transfer(kept[0].id)  # not through the steps
    before = state(book)
    with pytest.raises(Refused):
        book.undo(step)
    assert state(book) == before
