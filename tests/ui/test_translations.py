"""The Chinese catalogue is complete, in step with the code, and compiled: Chinese is the default UI."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "familypool_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name):
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")


def _messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source"): m for m in ET.parse(ts).iter("message")}


def test_every_message_is_translated():
    unfinished = [
        src for src, m in _messages(TS).items()
        if (t := m.find("translation")) is None or t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert unfinished == [], "add these to resources/i18n/zh_CN.tsv and run scripts/translations.py update"


def test_catalogue_covers_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-silent", "-ts", str(fresh)], check=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert missing == set(), "run scripts/translations.py update"


def test_compiled_catalogue_is_current(tmp_path):
    out = tmp_path / "x.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    if not QM.exists():
        pytest.fail("resources/i18n/familypool_zh_CN.qm is missing: run scripts/translations.py update")
    assert out.read_bytes() == QM.read_bytes(), "run scripts/translations.py update"


def test_qt_standard_buttons_follow_the_language(qapp):
    """Yes/No and Cancel in message boxes come from Qt's own catalogue, in Chinese by default."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui import i18n

    i18n.install("zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        i18n.install("zh_CN")
    i18n.install("en")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        i18n.install("zh_CN")
