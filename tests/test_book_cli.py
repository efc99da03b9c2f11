"""The CLI end to end on a fresh data folder: every book command, exit codes, one-line reasons."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import cli
from desktop.book import resolve_data_dir
from desktop.store import paths


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path) -> str:
    return str(tmp_path / "data")


def visit_count(capsys, data: str, tmp_path: Path) -> int:
    """How many visits the book holds, read back through ``visits-export``."""
    out = tmp_path / "count.csv"
    code, said, _ = run(capsys, "--data-dir", data, "visits-export", str(out))
    assert code == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert said == f"exported {len(rows) - 1} visits to {out}\n"
    return len(rows) - 1


def member_names(capsys, data: str) -> list[str]:
    code, out, _ = run(capsys, "--data-dir", data, "balances", "--json")
    assert code == 0
    return [r["name"] for r in json.loads(out)]


def test_fresh_folder_end_to_end(capsys, data, tmp_path):
    code, out, _ = run(capsys, "--data-dir", data, "init")
    assert code == 0 and "book ready" in out
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0 and "4 members" in out
    code, out, _ = run(capsys, "--data-dir", data, "balances", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["name"] for r in rows] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert all(r["usable_fen"] == sum(u["amount_fen"] for u in r["usable"]) for r in rows)
    code, out, _ = run(capsys, "--data-dir", data, "balances")
    assert code == 0 and out.count("\n") == 4 and "¥" in out
    book_json, visits_csv = tmp_path / "book.json", tmp_path / "visits.csv"
    assert run(capsys, "--data-dir", data, "export", str(book_json))[0] == 0
    assert run(capsys, "--data-dir", data, "visits-export", str(visits_csv), "--lang", "en")[0] == 0
    assert visits_csv.read_text(encoding="utf-8-sig").startswith("person,date")
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and out.startswith("ok")
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0 and "backup written" in out

    other = str(tmp_path / "other")
    assert run(capsys, "--data-dir", other, "import", str(book_json))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "--data-dir", other, "export", str(again))[0] == 0
    assert again.read_bytes() == book_json.read_bytes()
    code, out, _ = run(capsys, "--data-dir", other, "visits-import", str(visits_csv))
    assert code == 0 and "imported 8 visits" in out

    assert visit_count(capsys, other, tmp_path) == 16
    before_import = [p.name for p in (Path(other) / "backups").iterdir() if p.name.endswith("-before-import.sqlite")]
    code, out, _ = run(capsys, "--data-dir", other, "restore")
    newest = max(before_import)  # the copy made just before the CSV import: the demo's 8 visits
    assert code == 0 and out.startswith(f"restored {newest}; the book before restoring is backed up as ")
    assert visit_count(capsys, other, tmp_path) == 8
    assert member_names(capsys, other) == ["王建国", "李秀英", "王磊", "张桂兰"]


@pytest.fixture
def utc_computer(monkeypatch):
    """The computer's zone is UTC, eight hours behind China (where the book's clock runs)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_restore_brings_back_the_backup_made_last(capsys, data, tmp_path, utc_computer):
    assert run(capsys, "--data-dir", data, "init")[0] == 0
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    csv = tmp_path / "more.csv"
    csv.write_text("person,date,care type,total\n王建国,2025-05-06,outpatient,120\n"
                   "张桂兰,2025-05-07,pharmacy,35.50\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "visits-import", str(csv))  # the day's daily copy first
    assert code == 0 and "imported 2 visits" in out
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0
    manual = Path(out.removeprefix("backup written: ").strip())
    assert visit_count(capsys, data, tmp_path) == 10
    code, out, _ = run(capsys, "--data-dir", data, "restore")
    assert code == 0 and out.startswith(f"restored {manual.name};")
    assert visit_count(capsys, data, tmp_path) == 10  # the manual backup's content, not the daily copy's 8


def test_failures_exit_non_zero_with_one_line(capsys, data, tmp_path):
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, err = run(capsys, "--data-dir", data, "demo")
    assert code == 1 and err.count("\n") == 1 and "empty book" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "import", str(bad))
    assert code == 1 and err.count("\n") == 1 and "nothing imported" in err
    csv = tmp_path / "bad.csv"
    csv.write_text("person,date,care type,total\n无名,2025-01-01,outpatient,10\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "visits-import", str(csv))
    assert code == 1 and err.count("\n") == 1 and "row 2" in err
    code, out, err = run(capsys, "--data-dir", data, "restore", "no-such-backup.sqlite")
    assert code == 1 and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", data, "balances", "--on", "yesterday")
    assert code == 1 and "--on" in err


@pytest.mark.parametrize("command", [("check",), ("balances",), ("balances", "--json"), ("export", "book.json"),
                                     ("visits-export", "visits.csv"), ("backup",)])
def test_read_only_commands_need_a_book(capsys, tmp_path, command):
    """They never create an empty book to report on: the folder stays as it was."""
    argv = [str(tmp_path / a) if a.endswith((".json", ".csv")) else a for a in command]
    for folder in (tmp_path / "nothing", tmp_path / "empty"):
        if folder.name == "empty":
            folder.mkdir()
        code, out, err = run(capsys, "--data-dir", str(folder), *argv)
        assert (code, out) == (1, "")
        assert err == f"familypool-cli: no book in {folder}; run 'familypool-cli init' first\n"
        assert not folder.exists() if folder.name == "nothing" else list(folder.iterdir()) == []
    assert not (tmp_path / "book.json").exists() and not (tmp_path / "visits.csv").exists()


@pytest.mark.parametrize("command", ["visits-export", "export"])
def test_export_to_a_missing_folder_names_the_users_file(capsys, data, tmp_path, command):
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    target = tmp_path / "no-such-folder" / ("visits.csv" if command == "visits-export" else "book.json")
    code, out, err = run(capsys, "--data-dir", data, command, str(target))
    assert (code, out) == (1, "")
    assert err == f"familypool-cli: {target}: No such file or directory\n"


def test_damaged_book_is_reported_with_the_backup_to_restore(capsys, data):
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    assert run(capsys, "--data-dir", data, "backup")[0] == 0
    db = Path(data) / "familypool.sqlite"
    raw = bytearray(db.read_bytes())
    raw[4096 * 2:4096 * 4] = b"\xa5" * (4096 * 2)
    db.write_bytes(bytes(raw))
    code, _, err = run(capsys, "--data-dir", data, "balances")
    assert code == 1 and err.count("\n") == 1 and "damaged" in err and "restore" in err
    assert db.read_bytes() == bytes(raw)
    code, out, _ = run(capsys, "--data-dir", data, "restore")
    assert code == 0 and "damaged book was kept" in out
    assert run(capsys, "--data-dir", data, "check")[0] == 0
    assert member_names(capsys, data) == ["王建国", "李秀英", "王磊", "张桂兰"]


def test_data_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert resolve_data_dir(None) == tmp_path / "xdg" / "FamilyPool" / "FamilyPool"
    assert resolve_data_dir(None, default=tmp_path / "qt") == tmp_path / "qt"
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(None, default=tmp_path / "qt") == tmp_path / "env"
    assert resolve_data_dir(str(tmp_path / "cli"), default=tmp_path / "qt") == tmp_path / "cli"


def test_the_env_variable_reaches_the_cli(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "env"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "env" / "familypool.sqlite").exists()


def test_importing_the_book_module_does_not_import_the_orm():
    code = ("import sys, desktop.book, desktop.demo; "
            "bad = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"
