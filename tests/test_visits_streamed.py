"""Visits exported a page at a time, and the totals, give what a straightforward computation gives."""

from __future__ import annotations

import codecs
import datetime as dt
import random

import pytest

from desktop.store import csvio
from desktop.store.private_file import write_private_chunks
from tests.store.family import JAN1, family


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path / "book")
    b = fam.book
    for m in (fam.head, fam.wife, fam.son, fam.grandma):
        b.record_statement(m, JAN1, 300000)
    rng = random.Random(18)
    people = (fam.head, fam.wife, fam.son, fam.grandma)
    for i in range(40):  # several on one day: the keyset must keep (date, id) order across pages
        day = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randrange(12))
        b.record_visit(rng.choice(people), day, rng.choice(["outpatient", "inpatient", "pharmacy"]),
                       rng.choice(["0", "1", "3A"]), rng.randrange(100, 90000),
                       institution=("=HYPERLINK(\"x\")" if i % 7 == 0 else f"医院{i}, 东院"),
                       notes=("+1" if i % 5 == 0 else ""), fund_actual_fen=(100 if i % 6 == 0 else None))
    yield fam
    fam.book.close()


def test_visits_read_page_by_page_are_the_visits_oldest_first(f):
    b = f.book
    whole = b.visits(newest_first=False)
    for page in (1, 3, 7, 40, 41, 2000):
        assert list(b._visits_oldest_first(None, None, None, page=page)) == whole
    assert list(b._visits_oldest_first(f.wife, 2025, "outpatient", page=2)) == \
        b.visits(f.wife, 2025, "outpatient", newest_first=False)


def test_export_bytes_are_the_whole_text_written_at_once(f, tmp_path):
    b = f.book
    for lang in ("zh", "en"):
        for who in (None, f.son):
            out = tmp_path / f"{lang}-{who}.csv"
            n = b.export_visits_csv(out, lang=lang, member_id=who)
            rows = b.visits(who, newest_first=False)
            assert n == len(rows)
            assert out.read_bytes() == codecs.BOM_UTF8 + csvio.dumps(rows, lang).encode("utf-8")
    text = (tmp_path / "zh-None.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1" in text  # formula cells still neutralised


def test_chunks_join_to_the_whole_text(f):
    rows = f.book.visits(newest_first=False)
    for per in (1, 3, 40, 1000):
        chunks = list(csvio.iter_dumps(iter(rows), "zh", rows_per_chunk=per))
        assert "".join(chunks) == csvio.dumps(rows, "zh")
    assert csvio.dumps([], "en").count("\r\n") == 1


def test_a_failing_chunk_leaves_no_file_and_the_old_one_as_it_was(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def chunks():
        yield b"new"
        raise ValueError("boom")
    with pytest.raises(ValueError):
        write_private_chunks(target, chunks())
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_totals_are_the_sums_of_the_visits_shown(f):
    b = f.book
    for filters in ({}, {"member_id": f.wife}, {"year": 2025}, {"care_type": "pharmacy"},
                    {"member_id": f.son, "care_type": "outpatient"}, {"year": 2024}):
        rows = b.visits(**filters)
        t = b.visit_totals(**filters)
        assert t.count == len(rows) == b.visit_count(**filters)
        assert t.total_fen == sum(v.total_fen for v in rows)
        assert t.fund_fen == sum(v.fund_fen for v in rows)
        assert t.personal_fen == sum(v.personal_fen for v in rows)
        assert (t.own_fen, t.wallet_fen, t.family_fen, t.cash_fen) == (
            sum(v.own_fen for v in rows), sum(v.wallet_fen for v in rows), sum(v.family_fen for v in rows),
            sum(v.cash_fen for v in rows))
