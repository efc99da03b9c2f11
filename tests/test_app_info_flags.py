"""``familypool --help`` and ``--version`` print and exit: no window, no data folder, no book (issue 15 item 7).

Run in a subprocess with no display, a private HOME and data folder: a window would fail without a
platform plugin, and any book the app created would show up in the data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    home = tmp_path / "home"
    home.mkdir()
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "cfg"), XDG_DATA_HOME=str(home / "data"),
               FAMILYPOOL_DATA_DIR=str(tmp_path / "book-folder"))
    return env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args, "--data-dir", str(tmp_path / "given")], cwd=ROOT,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=60)


def _nothing_created(tmp_path: Path) -> None:
    for folder in ("given", "book-folder", "home/data", "home/cfg"):
        assert not (tmp_path / folder).exists(), folder
    assert not list(tmp_path.rglob("*.db")) and not list(tmp_path.rglob("*.sqlite*"))


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_prints_usage_and_exits_without_a_book(tmp_path, flag):
    res = _run(tmp_path, flag)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("Usage: familypool")
    for option in ("--data-dir", "--self-test", "--version", "--help"):
        assert option in res.stdout
    assert res.stderr == ""  # no Qt platform warning: no QApplication was made
    _nothing_created(tmp_path)


def test_version_prints_the_project_version_and_exits_without_a_book(tmp_path):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    res = _run(tmp_path, "--version")
    assert res.returncode == 0, res.stderr
    assert res.stdout == f"familypool {expected}\n"
    assert res.stderr == ""
    _nothing_created(tmp_path)
