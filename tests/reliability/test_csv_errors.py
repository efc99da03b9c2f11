"""CSV files that used to end in a traceback (issue 14, items 11 and 13): a Mac Excel file with bare-CR line ends
is read; a cell over 128 KiB, an amount with 5,000 digits, dates in year 1 or 9999 and an endless file
(``/dev/zero``) are refused with a short message in both languages, and the book is unchanged."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.book import FamilyBook, ImportRefused
from tests.reliability.book_rows import all_rows

HEADER = "姓名,日期,医疗机构,医院等级,就医类型,总费用,统筹实际支付,可用医保钱包,备注"


@pytest.fixture
def family(tmp_path):
    book = FamilyBook.open(tmp_path / "data", daily_backup=False)
    book.add_member("王建国", "140100", "employee")
    book.record_visit(book.members()[0].id, book.today(), "outpatient", "1", 10_000)
    yield book
    book.close()


def _write(tmp_path: Path, rows: list[str], end: str = "\r\n") -> Path:
    path = tmp_path / "visits.csv"
    path.write_bytes(end.join([HEADER, *rows]).encode("utf-8") + end.encode())
    return path


def test_bare_cr_line_ends_are_read_as_rows(family, tmp_path):
    """Excel for Mac's "CSV (Macintosh)" ends lines with CR alone; a note may hold a quoted line break."""
    rows = [f"王建国,2025-03-0{d},社区医院,1,普通门诊,12{d}.50,,是,复查" for d in range(1, 6)]
    rows.append('王建国,2025-03-09,社区医院,1,普通门诊,99.00,,是,"两行\r备注"')
    path = _write(tmp_path, rows, end="\r")
    preview = family.preview_visits_csv(path)
    assert not preview.errors and len(preview.rows) == 6
    report = family.import_visits_csv(path)
    assert report.imported == 6 and family.visit_count() == 7
    assert sorted(v.total_fen for v in family.visits())[:2] == [9_900, 10_000]


BAD = {
    "a cell over 128 KiB": ("王建国,2025-03-01,社区医院,1,普通门诊,10.00,,是," + "备" * 140_000, ("128", "128")),
    "an amount with 5,000 digits": ("王建国,2025-03-01,社区医院,1,普通门诊," + "9" * 5000 + ",,是,", ("金额", "amount")),
    "the year 1": ("王建国,0001-01-01,社区医院,1,普通门诊,10.00,,是,", ("1900", "1900")),
    "the year 9999": ("王建国,9999-12-31,社区医院,1,普通门诊,10.00,,是,", ("2200", "2200")),
}


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("skip_bad", [False, True])
def test_a_bad_cell_is_refused_in_words_and_the_book_is_unchanged(family, tmp_path, case, skip_bad):
    row, (zh_word, en_word) = BAD[case]
    good = "王建国,2025-02-01,社区医院,1,普通门诊,10.00,,是,"
    path = _write(tmp_path, [good, row])
    before = all_rows(family.data_dir)
    preview = family.preview_visits_csv(path)
    assert preview.errors, case
    for e in preview.errors:
        assert len(e.text("zh")) < 300 and len(e.text("en")) < 300  # a sentence, not the 5,000 digits again
    assert any(zh_word in e.text("zh") for e in preview.errors)
    assert any(en_word in e.text("en") for e in preview.errors)
    if skip_bad:
        report = family.import_visits_csv(path, skip_bad=True)
        assert report.imported <= 1 and report.skipped >= 1
        if case == "a cell over 128 KiB":  # the rest of the file cannot be trusted: nothing of it is taken
            assert report.imported == 0 and all_rows(family.data_dir) == before
        return
    with pytest.raises(ImportRefused) as refused:
        family.import_visits_csv(path)
    assert refused.value.problems
    assert all_rows(family.data_dir) == before


def _limit_memory() -> None:  # the old code read /dev/zero until the memory ran out
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_file_is_refused_by_its_size(family, tmp_path):
    data = family.data_dir
    family.close()
    before = all_rows(data)
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data), "visits-import", "/dev/zero"],
                         capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "MB" in run.stderr and "larger than" in run.stderr, run.stderr
    assert len(run.stderr.splitlines()) == 1
    assert all_rows(data) == before


def test_an_endless_file_is_refused_in_the_book_too(family):
    before = all_rows(family.data_dir)
    with pytest.raises(ImportRefused) as refused:
        family.import_visits_csv(Path("/dev/zero"))
    (problem,) = refused.value.problems
    assert "MB" in problem.text("zh") and "MB" in problem.text("en")
    assert all_rows(family.data_dir) == before
