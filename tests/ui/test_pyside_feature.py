"""PySide6's per-module question (does this module's source name PySide6?) answered from the file's bytes gives
PySide6's own answer for every kind of module (desktop/ui/pyside_feature.py)."""

from __future__ import annotations

import importlib
import sys

import pytest

from desktop.ui import pyside_feature

feature = pytest.importorskip("shibokensupport.feature")


def _pyside_answer():
    """PySide6's own check, whether or not this process has already replaced it."""
    current = feature._mod_uses_pyside
    return current.__closure__[0].cell_contents if getattr(current, "_familypool", False) else current


@pytest.mark.parametrize("name", [
    "desktop.ui.main_window",  # a .py file naming PySide6
    "desktop.ui.theme",
    "desktop.core.money",  # a .py file that does not
    "json",  # the standard library
    "sys",  # built in: no file
    "PySide6.QtCore",  # an extension module
    "_sqlite3",
])
def test_the_same_answer_as_pyside6s_own(name):
    module = importlib.import_module(name)
    slow = _pyside_answer()
    assert pyside_feature.uses_pyside(slow)(module) == slow(module)


def test_a_module_whose_file_is_gone_is_left_to_pyside6(tmp_path, monkeypatch):
    (tmp_path / "gone_after_import.py").write_text("import PySide6\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("gone_after_import")
    (tmp_path / "gone_after_import.py").unlink()
    asked = []

    def slow(m):
        asked.append(m.__name__)
        return False

    try:
        assert pyside_feature.uses_pyside(slow)(module) is False
    finally:
        sys.modules.pop("gone_after_import", None)
    assert asked == ["gone_after_import"]


def test_a_py_file_naming_pyside6_anywhere_counts(tmp_path):
    path = tmp_path / "mentions.py"
    path.write_text("# 中文注释\nX = 1\n\n\ndef f():\n    return 'PySide6'\n", encoding="utf-8")
    module = type(sys)("mentions")
    module.__file__ = str(path)
    never = []
    assert pyside_feature.uses_pyside(never.append)(module) is True
    path.write_text("X = 'PySide2'\n", encoding="utf-8")
    assert pyside_feature.uses_pyside(never.append)(module) is False
    assert never == []  # a readable .py file is answered without PySide6's check


def test_quicken_replaces_the_check_once(monkeypatch):
    slow = _pyside_answer()
    monkeypatch.setattr(feature, "_mod_uses_pyside", slow)
    assert pyside_feature.quicken() is True
    assert feature._mod_uses_pyside is not slow and feature._mod_uses_pyside._familypool
    assert pyside_feature.quicken() is False  # already done: not wrapped twice
    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert pyside_feature.quicken() is False  # a PySide6 without the check: nothing to change
