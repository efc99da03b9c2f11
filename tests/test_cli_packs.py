"""``familypool-cli pack-import / packs / pack-remove``: the changes are printed first, nothing is loaded without a
yes, a broken file changes nothing, and ``region`` shows the loaded values until the file is removed."""

from __future__ import annotations

import io
import json

from desktop import cli
from desktop.core import policy

TAIYUAN = policy.packs_dir() / "140100-taiyuan.toml"
FLOOR = 'reserve_floor_fen = { value = 100000, source = "F-T10" }'


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def newer(tmp_path):
    text = TAIYUAN.read_text(encoding="utf-8")
    assert FLOOR in text
    p = tmp_path / "140100-taiyuan.toml"
    p.write_text(text.replace(FLOOR, FLOOR.replace("100000", "120000")).replace("year = 2025", "year = 2026", 1),
                 encoding="utf-8")
    return p


def floor_in_use(capsys, data) -> int:
    code, out, _ = run(capsys, "--data-dir", data, "region", "140100", "--json")
    assert code == 0
    return json.loads(out)["binding"]["reserve_floor_fen"]["value"]


CHANGES = ("140100-taiyuan.toml: 太原市 / Taiyuan (140100), version 2026; replaces the bundled version 2025\n"
           "2 change(s):\n"
           "  year: 2025 → 2026   (no source)\n"
           "  binding.reserve_floor_fen: ¥1,000.00 → ¥1,200.00   (F-T10)\n")


def test_import_prints_the_changes_and_asks(capsys, tmp_path, monkeypatch):
    data = str(tmp_path / "data")
    path = newer(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    code, out, _ = run(capsys, "--data-dir", data, "pack-import", str(path))
    assert code == 1 and out.startswith(CHANGES) and out.endswith("not loaded; nothing was changed\n")
    assert floor_in_use(capsys, data) == 100000

    code, out, err = run(capsys, "--data-dir", data, "pack-import", "--yes", str(path))
    assert (code, err) == (0, "")
    assert out.startswith(CHANGES) and "loaded 140100-taiyuan.toml into" in out
    assert floor_in_use(capsys, data) == 120000
    code, out, _ = run(capsys, "--data-dir", data, "packs")
    assert out == "140100-taiyuan.toml  太原市 / Taiyuan  version 2026  in use\n"

    code, out, _ = run(capsys, "--data-dir", data, "pack-remove", "--yes", "140100-taiyuan.toml")
    assert code == 0 and floor_in_use(capsys, data) == 100000
    code, out, _ = run(capsys, "--data-dir", data, "packs")
    assert out == "no policy files loaded; the bundled packs are in use\n"


def test_without_a_terminal_it_needs_yes(capsys, tmp_path, monkeypatch):
    data = str(tmp_path / "data")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "--data-dir", data, "pack-import", str(newer(tmp_path)))
    assert code == 1 and out == CHANGES
    assert err == "familypool-cli: not loaded: confirm with --yes (or run it in a terminal to be asked)\n"
    assert floor_in_use(capsys, data) == 100000


def test_a_broken_file_is_refused_with_its_line_and_field(capsys, tmp_path):
    data = str(tmp_path / "data")
    p = tmp_path / "140100-taiyuan.toml"
    p.write_text(TAIYUAN.read_text(encoding="utf-8").replace(FLOOR, FLOOR.replace("100000", "-5")), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "pack-import", "--yes", str(p))
    assert (code, out) == (1, "")
    assert err == ("familypool-cli: This policy file cannot be used; nothing was changed and the rules in use stay: "
                   "140100-taiyuan.toml, line 16, field binding.reserve_floor_fen: an amount in fen must not be "
                   "negative, got -5\n")
    assert not (tmp_path / "data" / "packs").exists() and floor_in_use(capsys, data) == 100000
