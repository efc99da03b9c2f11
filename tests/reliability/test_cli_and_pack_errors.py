"""A year no calendar has on the command line, and a region pack nested 50,000 deep (issue 14, item 11): a clear
line instead of a traceback; the book, and the packs in use, are as before."""

from __future__ import annotations

import contextlib
import io
import shutil

import pytest

from desktop import cli
from desktop.book import FamilyBook, Refused
from desktop.core import policy
from desktop.demo import build_demo
from tests.reliability.book_rows import all_rows


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    with FamilyBook.open(d, daily_backup=False) as book:
        build_demo(book)
    return d


def _cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli.main(list(args))
        except SystemExit as e:  # argparse: bad usage
            code = e.code
    return code, err.getvalue()


@pytest.mark.parametrize("year", ["99999999999999999999", "0", "-5", "10000", "1899"])
def test_a_year_out_of_range_is_bad_usage_in_one_line(data, tmp_path, year):
    before = all_rows(data)
    code, err = _cli("--data-dir", str(data), "visits-export", str(tmp_path / "v.csv"), "--year", year)
    assert code == 2, err
    assert "Traceback" not in err and "1900" in err and "2200" in err
    assert not (tmp_path / "v.csv").exists()
    assert all_rows(data) == before


def test_a_year_in_range_still_exports(data, tmp_path):
    code, err = _cli("--data-dir", str(data), "visits-export", str(tmp_path / "v.csv"), "--year", "2200")
    assert code == 0, err


def test_the_book_refuses_such_a_year_in_words(data):
    with FamilyBook.open(data, daily_backup=False) as book:
        for year in (10**20, 0, 9999):
            with pytest.raises(Refused) as refused:
                book.visits(year=year)
            assert "1900" in refused.value.reasons[0].text("zh")
            assert "2200" in refused.value.reasons[0].text("en")
            with pytest.raises(Refused):
                book.visit_count(year=year)


def _nested_copy(tmp_path, depth: int):
    d = tmp_path / "packs"
    d.mkdir()
    for p in policy.packs_dir().glob("*.toml"):
        shutil.copy(p, d / p.name)
    victim = sorted(d.glob("140100-*.toml"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nextra = " + "[" * depth + "]" * depth + "\n",
                      encoding="utf-8")
    return d, victim


@pytest.mark.parametrize("depth", [50_000, 2_000])
def test_a_pack_nested_deep_is_refused_with_its_file_and_the_rest_load(tmp_path, depth):
    d, victim = _nested_copy(tmp_path, depth)
    reg = policy.load_packs(d.glob("*.toml"))
    assert "140100" not in reg.codes()
    (err,) = [e for e in reg.errors if e.file == victim.name]
    assert "deep" in str(err) and len(str(err)) < 300
    assert "000000" in reg.codes() and "140000" in reg.codes()


def test_a_user_pack_nested_deep_leaves_the_bundled_one_in_use(tmp_path):
    d, victim = _nested_copy(tmp_path, 50_000)
    for p in d.glob("*.toml"):
        if p != victim:
            p.unlink()
    reg = policy.load_default(extra_dirs=[d])
    assert "140100" in reg.codes()
    assert any(e.file == victim.name and "deep" in str(e) for e in reg.errors)
