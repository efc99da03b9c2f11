"""FamilyBook: recording, previewing, editing and deleting visits; later visits are re-settled.

Taiyuan resident outpatient at level 1 (F-T14): deductible ¥80 a year, 60 %, fund cap ¥300 a year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.book import Refused
from tests.store.family import JAN1, family


def _lines(outcome):
    return [(ln.source, ln.account_id, ln.amount_fen) for ln in outcome.settlement.lines]


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path)
    yield fam
    fam.book.close()


def test_worked_example_own_then_family_then_cash(f):
    """Own ¥200, a bound account with ¥1,500 above a ¥1,000 floor (F-T10), personal share ¥800."""
    b = f.book
    b.record_statement(f.wife, JAN1, 20000)
    b.record_statement(f.head, JAN1, 150000)
    b.propose_binding(f.head, f.wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=300000, status="active")
    # total ¥1,000 with ¥200 paid by the fund (from the receipt) leaves ¥800
    out = b.record_visit(f.wife, dt.date(2025, 2, 1), "outpatient", "1", 100000, fund_actual_fen=20000)
    assert out.personal_fen == 80000
    assert _lines(out) == [("own", f.wife, 20000), ("family", f.head, 50000), ("cash", None, 10000)]
    # the estimate is still worked out and stored: (1000 − 80) × 60 % = 552 > the ¥300 cap → ¥300
    assert out.estimate.fund_fen == 30000
    v = b.visit(out.visit_id)
    assert (v.fund_estimated_fen, v.fund_actual_fen, v.fund_fen) == (30000, 20000, 20000)
    assert (v.own_fen, v.family_fen, v.cash_fen) == (20000, 50000, 10000)
    assert [ln.source for ln in v.lines] == ["own", "family", "cash"]
    # the family line pays down to the ¥1,000 reserve (F-T10), in registration order (F-G6)
    assert "F-T10" in v.lines[1].sources and "F-G6" in v.lines[1].sources
    assert "¥1,000.00" in v.lines[1].reason_en and "¥1,000.00" in v.lines[1].reason_zh
    bal = {x.member_id: x for x in b.balances(dt.date(2025, 2, 1))}
    assert bal[f.wife].personal_fen == 0 and bal[f.head].personal_fen == 100000


def test_preview_saves_nothing(f):
    f.book.record_statement(f.wife, JAN1, 100000)
    out = f.book.preview_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000)
    assert (out.fund_fen, out.personal_fen) == (1200, 8800)  # 80 deductible, 20 × 60 % = 12
    assert out.visit_id is None
    assert f.book.visit_count() == 0


def test_visit_and_its_lines_are_one_transaction(f, monkeypatch):
    from desktop.store import ledger

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ledger.Ledger, "_write", boom)
    with pytest.raises(RuntimeError):
        f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000)
    con = sqlite3.connect(f.book.path)
    assert con.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    con.close()


def _two_visits(f):
    f.book.record_statement(f.wife, JAN1, 100000)
    a = f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000, institution="社区")
    b = f.book.record_visit(f.wife, dt.date(2025, 4, 1), "outpatient", "1", 10000)
    return a, b


def test_deductible_counts_across_visits_of_the_year(f):
    a, b = _two_visits(f)
    assert (a.fund_fen, a.personal_fen) == (1200, 8800)  # 80 deductible + 20 × 60 %
    assert (b.fund_fen, b.personal_fen) == (6000, 4000)  # deductible met: 100 × 60 %
    assert f.book.balance(f.wife, dt.date(2025, 4, 1)).personal_fen == 100000 - 8800 - 4000


def test_deleting_a_visit_resettles_the_later_ones(f):
    a, b = _two_visits(f)
    moved = f.book.delete_visit(a.visit_id)
    assert moved == 1
    v = f.book.visit(b.visit_id)
    assert (v.fund_estimated_fen, v.own_fen) == (1200, 8800)  # B now meets the deductible itself
    assert f.book.balance(f.wife, dt.date(2025, 4, 1)).personal_fen == 100000 - 8800


def test_editing_a_visit_resettles_the_later_ones(f):
    a, b = _two_visits(f)
    out = f.book.edit_visit(a.visit_id, total_fen=5000)
    assert (out.fund_fen, out.personal_fen) == (0, 5000)  # all of it goes toward the ¥80 deductible
    assert out.changed_later == 1
    v = f.book.visit(b.visit_id)
    assert v.fund_estimated_fen == 4200  # ¥30 deductible left, then 70 × 60 %
    assert v.own_fen == 5800
    assert f.book.visit(a.visit_id).institution == "社区"


def test_a_back_dated_visit_moves_the_later_one(f):
    f.book.record_statement(f.wife, JAN1, 100000)
    b = f.book.record_visit(f.wife, dt.date(2025, 4, 1), "outpatient", "1", 10000)
    assert b.fund_fen == 1200
    a = f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000)
    assert a.fund_fen == 1200 and a.changed_later == 1
    assert f.book.visit(b.visit_id).fund_estimated_fen == 6000


def test_the_year_resets_on_1_january(f):
    f.book.record_statement(f.wife, JAN1, 100000)
    f.book.record_visit(f.wife, dt.date(2025, 12, 31), "outpatient", "1", 10000)
    out = f.book.record_visit(f.wife, dt.date(2026, 1, 2), "outpatient", "1", 10000)
    assert out.fund_fen == 1200  # the deductible starts again


def test_a_later_statement_resettles_the_visits_after_it(f):
    f.book.record_statement(f.wife, JAN1, 5000)
    v = f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000)
    assert _lines(v) == [("own", f.wife, 5000), ("cash", None, 3800)]
    f.book.record_statement(f.wife, dt.date(2025, 2, 1), 20000)
    assert (f.book.visit(v.visit_id).own_fen, f.book.visit(v.visit_id).cash_fen) == (8800, 0)
    assert f.book.balance(f.wife, dt.date(2025, 3, 1)).personal_fen == 20000 - 8800
    # a statement is the balance at the end of its day: a visit that day is already in it
    f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 1000)
    assert f.book.balance(f.wife, dt.date(2025, 2, 1)).personal_fen == 20000


def test_visit_refusals(f):
    with pytest.raises(Refused) as e:
        f.book.record_visit(f.wife, dt.date(2025, 3, 1), "massage", "9Z", -5, fund_actual_fen=-1)
    assert set(e.value.codes) == {"unknown_value", "negative_amount"}
    with pytest.raises(Refused) as e:
        f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 1000, fund_actual_fen=2000)
    assert e.value.codes == ("amount_over_total",)
    with pytest.raises(Refused) as e:
        f.book.record_visit(999, dt.date(2025, 3, 1), "outpatient", "1", 1000)
    assert e.value.codes == ("no_member",)
    with pytest.raises(Refused):
        f.book.delete_visit(12345)
    assert f.book.visit_count() == 0


def test_queries_filter_and_total(f):
    f.book.record_statement(f.wife, JAN1, 100000)
    f.book.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "1", 10000)  # fund 1200
    f.book.record_visit(f.wife, dt.date(2025, 4, 1), "pharmacy", "0", 3000)  # no table: fund 0
    f.book.record_visit(f.son, dt.date(2024, 5, 1), "pharmacy", "0", 2500)  # no statement: all cash
    assert f.book.visit_count() == 3
    assert f.book.visit_count(year=2025) == 2
    assert f.book.visit_count(member_id=f.wife, care_type="pharmacy") == 1
    t = f.book.visit_totals(year=2025)
    assert (t.count, t.total_fen, t.fund_fen, t.personal_fen, t.own_fen, t.cash_fen) == (2, 13000, 1200, 11800, 11800, 0)
    t = f.book.visit_totals(member_id=f.son)
    assert (t.count, t.total_fen, t.cash_fen) == (1, 2500, 2500)
    assert [v.on_date for v in f.book.visits()] == [dt.date(2025, 4, 1), dt.date(2025, 3, 1), dt.date(2024, 5, 1)]
    assert [v.on_date for v in f.book.visits(newest_first=False, offset=1, limit=1)] == [dt.date(2025, 3, 1)]
    assert f.book.visit_years() == [2025, 2024]


def test_visit_years_skip_empty_years_and_keep_year_edges(f):
    # Years are found by seeking the date index; a gap, 31 December and 1 January must all come out right.
    for day in (dt.date(2019, 12, 31), dt.date(2021, 1, 1), dt.date(2021, 12, 31), dt.date(2025, 6, 1)):
        f.book.record_visit(f.son, day, "pharmacy", "0", 100)
    assert f.book.visit_years() == [2025, 2021, 2019]


def test_visit_row_is_the_place_in_the_newest_first_list(f):
    ids = [f.book.record_visit(f.son, day, "pharmacy", "0", 100).visit_id
           for day in (dt.date(2024, 1, 5), dt.date(2025, 3, 1), dt.date(2025, 3, 1), dt.date(2023, 7, 9))]
    f.book.record_visit(f.wife, dt.date(2025, 1, 1), "outpatient", "1", 100)
    # newest first: the two 1 March visits (the later id first), the wife's, 5 Jan 2024, 9 July 2023
    assert [f.book.visit_row(i) for i in ids] == [3, 1, 0, 4]
    assert [f.book.visit_row(i, member_id=f.son) for i in ids] == [2, 1, 0, 3]
    assert f.book.visit_row(ids[0], year=2025) is None  # left out by the filter
    assert [v.id for v in f.book.visits()].index(ids[3]) == 4
