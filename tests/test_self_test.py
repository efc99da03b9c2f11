"""``familypool --self-test`` from source: every step runs and passes, nothing is left behind, and a real
fault (a refused region pack, a broken step) makes it fail with the reason and exit 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """No display and no platform choice (the self-test must force offscreen itself); a private HOME and TMPDIR."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    (tmp_path / "home").mkdir()
    (tmp_path / "tmp").mkdir()
    env.update(HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"), XDG_CONFIG_HOME=str(tmp_path / "home" / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    return env


def test_self_test_passes_from_source_and_leaves_nothing_behind(tmp_path):
    from desktop.ui.self_test import STEPS

    res = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=_clean_env(tmp_path),
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    lines = res.stdout.splitlines()
    assert lines[-1] == "self-test ok"
    reported = [line.split(":", 1)[0] for line in lines[: len(STEPS)]]
    assert reported == [name for name, _ in STEPS]
    assert lines[0].startswith("python: ") and "running from source" in lines[0]
    assert "main window: " in res.stdout and "offscreen platform" in res.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary data folder is gone
    assert not (tmp_path / "home" / "data").exists()  # the user's data folder was never touched


@pytest.fixture
def run_in_process(monkeypatch, capsys):
    """Run the self-test here; QT_QPA_PLATFORM is restored afterwards."""
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))

    def run():
        from desktop.ui import self_test

        code = self_test.run(["familypool"])
        return code, capsys.readouterr()

    return run


def test_a_refused_region_pack_fails_the_self_test(tmp_path, monkeypatch, run_in_process):
    from desktop.core import policy

    packs = tmp_path / "regions"
    shutil.copytree(policy.packs_dir(), packs)
    (packs / "990000-broken.toml").write_text('code = "990000"\nparent = "000000"\n', encoding="utf-8")
    monkeypatch.setattr(policy, "packs_dir", lambda: packs)
    code, out = run_in_process()
    assert code == 1
    last = out.out.splitlines()[-1]
    assert last.startswith("self-test FAILED at region packs: refused region packs: 990000-broken.toml")
    assert "self-test ok" not in out.out


def test_a_missing_pack_folder_fails_the_self_test(tmp_path, monkeypatch, run_in_process):
    from desktop.core import policy

    monkeypatch.setattr(policy, "packs_dir", lambda: tmp_path / "nowhere")
    code, out = run_in_process()
    assert code == 1
    assert out.out.splitlines()[-1] == f"self-test FAILED at region packs: no region packs in {tmp_path / 'nowhere'}"


def test_an_exception_in_a_step_is_reported_with_its_traceback(monkeypatch, run_in_process):
    from desktop.ui import self_test

    def broken(ctx):
        raise RuntimeError("database locked")

    steps = [(name, broken if name == "database" else step) for name, step in self_test.STEPS]
    monkeypatch.setattr(self_test, "STEPS", steps)
    code, out = run_in_process()
    assert code == 1
    assert out.out.splitlines()[-1] == "self-test FAILED at database: RuntimeError: database locked"
    assert "Traceback" in out.err and "database locked" in out.err
