"""A late enrollee in Xiangyang (F-R5 as read by F-N13): a visit inside the waiting period gets no fund share and the
family account pays it all; one after it gets the normal 50% (figures by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused

NOW = dt.datetime(2026, 6, 1, 10, 0)


@pytest.fixture
def book(tmp_path):
    b = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    yield b
    b.close()


def test_visits_inside_and_after_the_waiting_period(book):
    head = book.add_member("王建国", "420600", "employee", birth_date=dt.date(1962, 3, 8)).id
    wife = book.add_member("李秀英", "420600", "resident", head_relation="spouse", birth_date=dt.date(1964, 7, 21),
                           enrolled_on=dt.date(2026, 2, 10), enrolled_in_collection=False).id
    book.record_statement(head, dt.date(2026, 1, 1), 300000)
    book.propose_binding(head, wife, start=dt.date(2026, 1, 1), status="active")

    preview = book.preview_visit(wife, dt.date(2026, 4, 20), "outpatient", "1", 30000)
    assert (preview.fund_fen, preview.personal_fen) == (0, 30000)
    assert "2026-05-10 起才享受待遇" in preview.estimate.steps[0].text_zh

    inside = book.record_visit(wife, dt.date(2026, 4, 20), "outpatient", "1", 30000)
    assert (inside.fund_fen, inside.personal_fen) == (0, 30000)
    assert [(ln.source, ln.amount_fen) for ln in inside.settlement.lines] == [("family", 30000)]
    after = book.record_visit(wife, dt.date(2026, 5, 10), "outpatient", "1", 30000)
    assert (after.fund_fen, after.personal_fen) == (15000, 15000)  # 50% of ¥300 (F-R5)
    assert [(ln.source, ln.amount_fen) for ln in after.settlement.lines] == [("family", 15000)]
    stored = {v.on_date: (v.fund_estimated_fen, v.family_fen) for v in book.visits(member_id=wife)}
    assert stored == {dt.date(2026, 4, 20): (0, 30000), dt.date(2026, 5, 10): (15000, 15000)}
    (bal,) = [b for b in book.balances(dt.date(2026, 6, 1)) if b.member_id == head]
    assert bal.personal_fen == 300000 - 30000 - 15000


def test_recording_the_enrolment_later_resettles_the_visits(book):
    wife = book.add_member("李秀英", "420600", "resident", birth_date=dt.date(1964, 7, 21)).id
    book.record_visit(wife, dt.date(2026, 4, 20), "outpatient", "1", 30000)
    assert book.visits(member_id=wife)[0].fund_estimated_fen == 15000
    m = book.edit_member(wife, enrolled_on=dt.date(2026, 2, 10), enrolled_in_collection=False)
    assert (m.enrolled_on, m.enrolled_in_collection, m.enrolment_gap_years) == (dt.date(2026, 2, 10), False, 0)
    assert book.visits(member_id=wife)[0].fund_estimated_fen == 0


def test_bad_enrolment_fields_are_refused_and_nothing_is_stored(book):
    with pytest.raises(Refused) as e:
        book.add_member("李秀英", "420600", "resident", birth_date=dt.date(1964, 7, 21),
                        enrolled_on=dt.date(2026, 6, 2), enrolment_gap_years=-1)
    assert [p.field for p in e.value.reasons] == ["enrolled_on", "enrolment_gap_years"]
    assert e.value.reasons[0].text_zh == "参保缴费日期不能晚于今天。"
    assert e.value.reasons[1].text_en == "Years without insurance must be a whole number from 0 to 50."
    with pytest.raises(Refused) as e:
        book.add_member("小宝", "420600", "resident", birth_date=dt.date(2026, 3, 1), enrolled_on=dt.date(2026, 2, 1))
    assert e.value.codes == ("enrolled_before_birth",)
    assert book.members() == []


def test_enrolment_fields_survive_a_whole_book_export_and_import(book, tmp_path):
    book.add_member("未记录", "420600", "resident")
    book.add_member("按期", "420600", "resident", enrolled_on=dt.date(2025, 11, 1), enrolled_in_collection=True)
    book.add_member("晚参保", "420600", "resident", enrolled_on=dt.date(2026, 2, 10), enrolled_in_collection=False,
                    enrolment_gap_years=2)
    path = tmp_path / "book.json"
    book.export_json(path)
    with FamilyBook.open(tmp_path / "other", clock=lambda: NOW, daily_backup=False) as other:
        other.import_json(path)
        got = [(m.name, m.enrolled_on, m.enrolled_in_collection, m.enrolment_gap_years) for m in other.members()]
    assert got == [("未记录", None, None, 0), ("按期", dt.date(2025, 11, 1), True, 0),
                   ("晚参保", dt.date(2026, 2, 10), False, 2)]
