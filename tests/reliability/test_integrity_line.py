"""Integrity failures are told in one short line (issue 14, item 13): SQLite's report of a damaged b-tree comes as
``*** in database main ***`` and a line per problem, and a message may carry any bytes of the file (a file of
zeros gave NULs); the command line printed all of it."""

from __future__ import annotations

import pytest

from desktop import cli
from desktop.book import FamilyBook
from desktop.demo import build_demo
from desktop.store import paths
from desktop.store.errors import DamagedDatabase, short


def _tree_page_junk(data):
    db = paths.db_path(data)
    body = bytearray(db.read_bytes())
    for i in range(4096 + 8, 8192):  # page 2, a table's b-tree page: SQLite reports it over several lines
        body[i] = 0xA5
    db.write_bytes(bytes(body))


@pytest.mark.parametrize("command", ["check", "balances"])
def test_a_damaged_tree_page_is_one_short_line(tmp_path, capsys, command):
    data = tmp_path / "data"
    with FamilyBook.open(data, daily_backup=False) as book:
        build_demo(book)
        backup = book.backup("manual")
    _tree_page_junk(data)
    assert cli.main(["--data-dir", str(data), command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "***" not in err and len(err) < 400, err
    assert "damaged" in err and "On tree page" in err and backup.name in err


def test_a_message_full_of_nuls_and_lines_becomes_one_short_line():
    report = "*** in database main ***\n" + "\n".join(f"Page {n}: never used" for n in range(2, 8))
    assert short(report) == "Page 2: never used Page 3: never used Page 4: never used Page 5: never used " \
                            "Page 6: never used Page 7: never used"
    text = DamagedDatabase(paths.db_path("d"), "malformed (" + "\x00" * 4096 + ")", None).en
    assert "\x00" not in text and "\n" not in text and len(text) < 250
