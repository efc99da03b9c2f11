"""Previews the UI shows as the user types: editing a visit and reading a CSV file change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused

NOW = dt.datetime(2025, 6, 16, 10, 0)


@pytest.fixture
def fam(tmp_path):
    """Taiyuan: 王建国 (employee, ¥5,000 on 1 Jan) bound to 李秀英 (resident, ¥0) for 2025, ¥3,000 authorized."""
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse", birth_date=dt.date(1968, 7, 21))
    book.record_statement(head.id, dt.date(2025, 1, 1), 500000)
    book.record_statement(wife.id, dt.date(2025, 1, 1), 0)
    book.propose_binding(head.id, wife.id, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                         amount_cap_fen=300000, status="active", registered_at=dt.datetime(2025, 1, 1, 9, 0))
    yield book, head.id, wife.id
    book.close()


def _lines(out):
    return [(ln.source, ln.account_id, ln.amount_fen) for ln in out.settlement.lines]


def test_preview_edit_matches_the_saved_edit_and_saves_nothing(fam):
    book, head, wife = fam
    first = book.record_visit(wife, dt.date(2025, 3, 1), "outpatient", "3A", 20000)
    before = book.visit(first.visit_id)
    preview = book.preview_edit_visit(first.visit_id, total_fen=120000)
    # nothing written: the stored visit is as it was
    assert book.visit(first.visit_id) == before
    assert book.visit_count() == 1
    saved = book.edit_visit(first.visit_id, total_fen=120000)
    assert (preview.fund_fen, preview.personal_fen) == (saved.fund_fen, saved.personal_fen)
    assert _lines(preview) == _lines(saved)


def test_preview_edit_does_not_count_the_visit_twice(fam):
    """Moving a visit later must not draw its old amount from the authorization as well."""
    book, head, wife = fam
    out = book.record_visit(wife, dt.date(2025, 3, 1), "pharmacy", "0", 250000)
    # the whole ¥2,500 is personal (no pharmacy table here or not): family pays up to the ¥3,000 authorized
    paid_by_family = out.settlement.paid_by("family")
    assert paid_by_family > 0
    moved = book.preview_edit_visit(out.visit_id, on_date=dt.date(2025, 4, 1))
    # with the old visit counted too, only ¥3,000 − paid would be left; the preview must give the same split
    assert moved.settlement.paid_by("family") == paid_by_family


def test_preview_edit_refuses_bad_fields(fam):
    book, _head, wife = fam
    out = book.record_visit(wife, dt.date(2025, 3, 1), "outpatient", "3A", 20000)
    with pytest.raises(Refused) as e:
        book.preview_edit_visit(out.visit_id, fund_actual_fen=30000)
    assert e.value.codes == ("amount_over_total",)
    with pytest.raises(Refused):
        book.preview_edit_visit(999)


def test_preview_visits_csv_reads_rows_and_errors_without_writing(fam, tmp_path):
    book, head, wife = fam
    path = tmp_path / "visits.csv"
    path.write_text("姓名,日期,就医类型,总费用\n李秀英,2025-03-01,普通门诊,120.50\n无名氏,2025-03-02,普通门诊,10\n"
                    "王建国,2025-13-01,住院,abc\n王建国,2025/4/1,药店购药,¥80\n", encoding="utf-8")
    p = book.preview_visits_csv(path)
    assert [(r.row, r.member_id, r.total_fen) for r in p.rows] == [(2, wife, 12050), (5, head, 8000)]
    assert p.bad_rows == 2
    assert sorted({e.row for e in p.errors}) == [3, 4]
    assert book.visit_count() == 0
