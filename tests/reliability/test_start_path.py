"""The start path: the window is up before the database layer is imported, and opening a current book does
not import Alembic (benchmarks/startup.py measures the time; these tests keep the order from regressing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import migrate

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, os, sys
os.environ["FAMILYPOOL_BENCH"] = "window"
import desktop.app as app_module
from PySide6.QtCore import QTimer
seen = {}
orig = app_module._arm_bench

def arm(app, window, phase):
    def look():
        seen["heavy"] = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "desktop.book") if m in sys.modules)
        seen["book_open"] = window.book is not None
        seen["visible"] = window.isVisible()
    QTimer.singleShot(0, look)  # queued before the stamp: the first event-loop turn after show()
    orig(app, window, phase)

app_module._arm_bench = arm
app_module.main(["familypool", "--data-dir", sys.argv[1]])
print("SEEN " + json.dumps(seen))
"""

OPEN = """
import sys
from desktop.book import FamilyBook
FamilyBook.open(sys.argv[1], daily_backup=False).close()
print("alembic" in sys.modules)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FAMILYPOOL_DATA_DIR", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    return env


def test_the_window_is_up_before_the_database_layer_is_imported(tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], env=_env(tmp_path), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("SEEN "))[5:])
    assert seen == {"heavy": [], "book_open": False, "visible": True}


def test_a_current_book_opens_without_alembic(tmp_path):
    data = tmp_path / "data"
    run = [sys.executable, "-c", OPEN, str(data)]
    first = subprocess.run(run, env=_env(tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "True"  # a new file is created through the migrations
    again = subprocess.run(run, env=_env(tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "False"


def test_the_revisions_read_from_the_files_are_alembics():
    script = migrate._script()
    assert migrate.head() == script.get_current_head()
    assert migrate.known_revisions() == [r.revision for r in reversed(list(script.walk_revisions()))]


def test_a_forked_migration_history_is_refused(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n')
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    migrate._chain.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="one head"):
            migrate.head()
        (versions / "c.py").write_text('revision = "c"\ndown_revision = "b"\n')
        migrate._chain.cache_clear()
        assert migrate.known_revisions() == ["a", "b", "c"]
    finally:
        migrate._chain.cache_clear()


def test_the_plain_values_main_window_uses_instead_of_the_qt_namespace():
    from PySide6.QtCore import Qt

    from desktop.ui import main_window

    assert Qt.AlignmentFlag(main_window.ALIGN_CENTER) == Qt.AlignmentFlag.AlignCenter
    assert Qt.ToolButtonStyle(main_window.TEXT_BESIDE_ICON) == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


HOME_CHILD = """
import json, os, sys
os.environ["FAMILYPOOL_BENCH"] = "ready"
import desktop.app as app_module
seen = []
orig = app_module._arm_bench

def arm(app, window, phase):
    def look():
        home = window._pages.get("home")
        seen.append({"orm": "sqlalchemy" in sys.modules, "book": window.book is not None,
                     "cards": [c.summary.member.name for c in home.cards],
                     "guide": [c.guide_button.isEnabled() for c in home.cards],
                     "figures": [c.own.text() for c in home.cards],
                     "icons": [not b.icon().isNull() for b in window._buttons.values()]})
    window.home_shown.connect(look)
    orig(app, window, phase)

app_module._arm_bench = arm
app_module.main(["familypool", "--data-dir", sys.argv[1]])
print("SEEN " + json.dumps(seen, ensure_ascii=False))
"""


def test_home_shows_the_figures_before_the_database_layer_then_from_the_book(tmp_path):
    """First from the glance (no SQLAlchemy yet, the guide waits for the book), then refreshed from the open
    book with the same figures."""
    from desktop.book import FamilyBook
    from desktop.demo import build_demo

    with FamilyBook.open(tmp_path / "data") as book:
        build_demo(book)
    out = subprocess.run([sys.executable, "-c", HOME_CHILD, str(tmp_path / "data")], env=_env(tmp_path), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    first, second = json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("SEEN "))[5:])
    assert first["orm"] is False and first["book"] is False
    assert first["cards"] == ["王建国", "李秀英", "王磊", "张桂兰"] and not any(first["guide"])
    assert second["orm"] is True and second["book"] is True and all(second["guide"])
    assert second["cards"] == first["cards"] and second["figures"] == first["figures"]
    # the sidebar's icons (the Qt namespace and QStyle's enums, ~30 ms) wait for Home's figures, then come before
    # the book is open (queued first)
    assert not any(first["icons"]) and len(first["icons"]) == 8
    assert all(second["icons"])
