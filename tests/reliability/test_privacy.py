"""Privacy: the book, its backups, its lock and its exports are readable by the owner only; ID numbers are
never shown unmasked in the window (every page's widgets and table models), in logs, on the command line, in
printed sheets or in CSV exports. The whole-book JSON export is a full backup and keeps them: it is written
owner-only, and docs/reliability.md says so."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.book import FamilyBook
from desktop.core import idnumber
from desktop.store import paths
from desktop.store.restore import restore as restore_book
from tests.reliability.paths import run_main_paths


def _id_numbers(data: Path) -> list[str]:
    con = sqlite3.connect(paths.db_path(data))
    try:
        return [r[0] for r in con.execute("SELECT id_number FROM members WHERE id_number IS NOT NULL")]
    finally:
        con.close()


def test_id_numbers_are_masked_everywhere_but_the_full_backup(tmp_path, qtbot, ui_settings, lang, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    seen = run_main_paths(tmp_path, qtbot, ui_settings)
    numbers = _id_numbers(tmp_path / "data")
    assert len(numbers) == 2  # the demo family has two
    captured = capfd.readouterr()
    logs = [r.getMessage() for r in caplog.records] + [captured.out, captured.err]
    places = {"window": seen.ui, "command line": seen.cli, "logs": logs, **{k: [v] for k, v in seen.files.items()}}
    for number in numbers:
        for variant in {number, number.lower(), idnumber.normalise(number)}:
            for where, texts in places.items():
                assert not any(variant in t for t in texts), f"an ID number shown unmasked in the {where}"
        assert number in seen.full_backup_json  # the full backup keeps them (documented)
    masked = [idnumber.mask(n) for n in numbers]
    assert any(m in t for m in masked for t in seen.ui)  # the window does show them, masked


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_everything_written_is_readable_by_the_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        data = tmp_path / "data"
        book = FamilyBook.open(data)
        book.add_member("王建国", "140100", "employee", id_number=_valid_id())
        book.backup("manual")
        book.export_json(tmp_path / "book.json")
        book.export_visits_csv(tmp_path / "visits.csv")
        files = [paths.db_path(data), Path(f"{paths.db_path(data)}-wal"), Path(f"{paths.db_path(data)}-shm"),
                 data / "familypool.lock", *paths.backup_dir(data).iterdir(), tmp_path / "book.json",
                 tmp_path / "visits.csv"]
        folders = [data, paths.backup_dir(data)]
        _owner_only(files, folders)
        book.close()
        restored = restore_book(data)
        _owner_only([restored.previous, paths.db_path(data)], folders)
    finally:
        os.umask(old)


def _owner_only(files: list[Path], folders: list[Path]) -> None:
    for p in files:
        assert p.exists() and stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p
    for d in folders:
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


def _valid_id() -> str:
    first = "14010519660308123"
    return first + idnumber.check_char(first)


def test_an_id_number_quoted_in_an_error_message_is_masked(tmp_path, capsys):
    """A file's bad value is quoted in the message: an ID number there is masked, in every language and place."""
    import json

    from desktop import cli
    from desktop.book import ImportRefused

    number = "140105196603081235"  # the example
    data = tmp_path / "data"
    with FamilyBook.open(data) as book:
        book.add_member("王建国", "140100", "employee", id_number=_valid_id())
        book.export_json(tmp_path / "book.json")
    doc = json.loads((tmp_path / "book.json").read_text(encoding="utf-8"))
    doc["members"][0]["id_number"] = int(number)  # a number, not text: "expected text, got …"
    doc["members"][0]["name"] = 140105196603081235  # and the same kind of value where a name should be
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    csv_file = tmp_path / "visits.csv"
    csv_file.write_text(f"姓名,日期,就医类型,总费用\n{number},2025-03-01,{number},{number}\n", encoding="utf-8")
    shown: list[str] = []
    with FamilyBook.open(tmp_path / "other") as other:
        with pytest.raises(ImportRefused) as e:
            other.import_json(tmp_path / "bad.json")
        shown += [t for p in e.value.problems for t in (p.text("zh"), p.text("en"), str(p))] + [str(e.value)]
        assert any("expected text, got 1401**********" in t for t in shown)
        other.add_member("李秀英", "140100", "resident")
        preview = other.preview_visits_csv(csv_file)
        shown += [t for p in preview.errors for t in (p.text("zh"), p.text("en"), str(p))]
    for args in (["import", str(tmp_path / "bad.json")], ["visits-import", str(csv_file)]):
        assert cli.main(["--data-dir", str(tmp_path / "other"), *args]) == 1
        captured = capsys.readouterr()
        shown += [captured.out, captured.err]
    assert "1401**********" in "".join(shown)
    for text in shown:
        assert number not in text and number[:17] not in text, text
