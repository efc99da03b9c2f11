"""Undo and redo through the book: every kind of change a person makes, undone, gives back the database exactly
as it was before (every table, the ledger's payer lines and estimates included), and redone, exactly as after.

The demo family (desktop/demo.py) at a fixed clock: four people, one active binding, eight visits, three wallet
transfers, two planned costs. Allocation lines are compared without their own row number (nothing refers to
it; a re-settled visit's lines are written afresh), keyed by visit and place in the payment order. The carried
sums (revision 0004) keep a key whose sums fall to zero as a row of zeros (store/visit_sums.py), which says
the same as no row: those rows are left out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import demo
from desktop.book import ProjectionPlan, Refused
from tests.store.family import open_book

NOW = dt.datetime(2026, 6, 1, 10, 0)
S = NOW.date() - dt.timedelta(days=120)  # the demo's statement day (demo.build_demo)


def day(n: int) -> dt.date:
    return S + dt.timedelta(days=n)


def at(n: int, hour: int = 10) -> dt.datetime:
    d = day(n)
    return dt.datetime(d.year, d.month, d.day, hour)


def dump(book) -> dict[str, list[tuple]]:
    """Every table's rows in a fixed order (allocation lines without their row number)."""
    out = {}
    with book.db.connection() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({name})")]
            if name == "allocation_lines":
                cols.remove("id")
            listed = ", ".join(cols)
            where = {"visit_sums": " WHERE visits != 0 OR total_fen != 0 OR fund_fen != 0",
                     "visit_line_sums": " WHERE amount_fen != 0"}.get(name, "")
            out[name] = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT {listed} FROM {name}{where} ORDER BY {listed}")]
    return out


@pytest.fixture
def fam(tmp_path):
    book = open_book(tmp_path, NOW)
    d = demo.build_demo(book)
    yield book, d
    book.close()


def _draft_with_guide(book, d):
    """A draft binding the son → his mother, and a guide that points at it (deleting it clears the guide's link)."""
    b = book.propose_binding(d.son, d.spouse, start=day(100), end=day(400), amount_cap_fen=200000)
    book.save_guide(purpose="bind", region_code="140100", authorizer_id=d.son, beneficiary_id=d.spouse,
                    binding_id=b.id)
    return (b.id,)


def _spare_member(book, d):
    return (book.add_member("王小雨", "140100", "resident", head_relation="child").id,)


def _waiting_to_son(book, d):
    """A transfer the head → son waiting to be received; the son's wallet is not open yet (F-N4)."""
    return (book.create_transfer(d.head, d.son, 30000, at(119, 9)).id,)


def _first_statement(book, d):
    return (min(s.id for s in book.statements(d.spouse)),)


def _planned(book, d):
    return (book.planned()[0].id,)


# (what, op, setup giving the leading arguments, further arguments, keywords)
CASES = [
    ("add member", "add_member", None, ("王小雨", "140100", "resident"), {"head_relation": "child"}),
    ("rename member", "edit_member", lambda b, d: (d.spouse,), (), {"name": "李秀英（妈妈）"}),
    ("member retires (every visit re-settled)", "edit_member", lambda b, d: (d.head,), (),
     {"employment": "retired"}),
    ("remove member", "remove_member", _spare_member, (), {}),
    ("balance in the middle of the visits", "record_statement", lambda b, d: (d.spouse,), (day(40), 500000), {}),
    ("delete the first balance", "delete_statement", _first_statement, (), {}),
    ("new active binding", "propose_binding", lambda b, d: (d.son, d.spouse),
     (), {"start": day(40), "end": day(400), "amount_cap_fen": 200000, "status": "active",
      "registered_at": at(40)}),
    ("draft sent for review", "mark_binding_pending", lambda b, d: _draft_with_guide(b, d), (), {}),
    ("draft approved", "activate_binding", lambda b, d: _draft_with_guide(b, d), (), {"registered_at": at(100)}),
    ("draft rejected", "reject_binding", lambda b, d: _draft_with_guide(b, d), (), {}),
    ("binding ended", "terminate_binding", lambda b, d: (d.binding,), (day(50),), {}),
    ("draft deleted (its guide's link too)", "delete_binding", lambda b, d: _draft_with_guide(b, d), (), {}),
    ("visit before others", "record_visit", lambda b, d: (d.spouse,), (day(20), "outpatient", "1", 30000),
     {"institution": "社区医院"}),
    ("visit changed", "edit_visit", lambda b, d: (d.visits[0],), (), {"total_fen": 90000, "on_date": day(50)}),
    ("visit deleted", "delete_visit", lambda b, d: (d.visits[0],), (), {}),
    ("transfer made", "create_transfer", lambda b, d: (d.head, d.mother, 50000, at(110)), (), {}),
    ("transfer received (the wallet opens)", "receive_transfer", _waiting_to_son, (at(119, 11),), {}),
    ("transfer went back", "return_transfer", _waiting_to_son, (), {}),
    ("transfer deleted", "delete_transfer", lambda b, d: (d.transfers[0],), (), {}),
    ("planned cost added", "add_planned", lambda b, d: (d.head, NOW.date() + dt.timedelta(days=30)),
     ("outpatient", 20000), {}),
    ("planned cost changed", "edit_planned", _planned, (), {"total_fen": 2500000}),
    ("planned cost removed", "remove_planned", _planned, (), {}),
    ("projection plan saved", "save_projection_plan", None, (ProjectionPlan(credits={1: 30000}),), {}),
    ("wallet pays after the family", "set_wallet_position", None, ("after_family",), {}),
    ("Taiyuan's older local rules kept", "set_local_rules", None, ("140100", True), {}),
]


@pytest.mark.parametrize(("what", "op", "setup", "args", "kwargs"), CASES, ids=[c[0] for c in CASES])
def test_undo_gives_the_database_before_and_redo_the_one_after(fam, what, op, setup, args, kwargs):
    book, d = fam
    lead = setup(book, d) if setup is not None else ()
    before = dump(book)
    _result, step = book.undoable(op, *lead, *args, **kwargs)
    after = dump(book)
    assert step is not None and step.op == op
    assert after != before
    book.undo(step)
    assert dump(book) == before
    book.redo(step)
    assert dump(book) == after
    book.undo(step)
    assert dump(book) == before


def test_the_ledger_moves_back_with_the_step(fam):
    """Deleting the spouse's knee stay (¥12,800 inpatient, day 45) and undoing it: the binding's use and every
    later payer line are as they were, not just the visit row."""
    book, d = fam
    used = book.bindings()[0].used_fen
    stay = d.visits[2]
    _r, step = book.undoable("delete_visit", stay)
    assert book.bindings()[0].used_fen != used
    book.undo(step)
    assert book.bindings()[0].used_fen == used
    assert book.visit(stay).total_fen == 1280000 and book.visit(stay).on_date == day(45)


def test_undoing_twice_is_refused_and_writes_nothing(fam):
    book, d = fam
    _r, step = book.undoable("delete_visit", d.visits[0])
    book.undo(step)
    before = dump(book)
    with pytest.raises(Refused) as e:
        book.undo(step)
    assert e.value.codes == ("undo_stale",)
    assert "不能撤销" in e.value.reasons[0].text_zh
    assert dump(book) == before


def test_a_step_whose_record_changed_since_is_refused(fam):
    """Changed by something outside the steps (another window, the command line): the step is not forced."""
    book, d = fam
    _r, step = book.undoable("edit_member", d.son, name="王磊磊")
    book.edit_member(d.son, note="另外改的")
    before = dump(book)
    with pytest.raises(Refused):
        book.undo(step)
    assert dump(book) == before


def test_a_change_that_changes_nothing_makes_no_step(fam):
    book, d = fam
    _r, step = book.undoable("edit_member", d.son, name="王磊")
    assert step is None


def test_a_refused_change_makes_no_step_and_writes_nothing(fam):
    book, d = fam
    before = dump(book)
    with pytest.raises(Refused):
        book.undoable("record_visit", d.son, day(10), "outpatient", "1", -5)
    assert dump(book) == before
