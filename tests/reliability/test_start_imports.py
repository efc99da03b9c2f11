"""What the start path imports (issue 18: nothing before Home that Home does not need).

Pinned in a fresh app process on a demo book: the modules present on the window's first event-loop turn and when
Home first shows the family's figures (from the glance). Each module named here was once imported on that path
and moved off it; importing one again costs start-up time that ``benchmarks/startup.py`` would show.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.reliability.test_start_path import ROOT, _env

CHILD = """
import enum, json, os, sys
os.environ["FAMILYPOOL_BENCH"] = sys.argv[2]
made = []  # the names of the enum types created (PySide6 creates a class's, or a namespace's, all at once)
create = enum.EnumType._create_
def record(cls, name, *args, **kwargs):
    made.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = record
import desktop.app as app_module
from PySide6.QtCore import QTimer
seen = {}
orig = app_module._arm_bench

def arm(app, window, phase):
    def look():
        if not seen:  # the first time only: Home is shown again from the open book later
            home = window._pages.get("home")
            seen.update(modules=sorted(sys.modules), enums=list(made), book_open=window.book is not None,
                        cards=len(getattr(home, "cards", ())), keys=window.menus.filled and bool(window._shortcuts),
                        quick=getattr(sys.modules["shibokensupport.feature"]._mod_uses_pyside, "_familypool", 0))
    if phase == "window":
        QTimer.singleShot(0, look)  # queued before the stamp: the first event-loop turn after show()
    elif phase == "ready":
        window.book_opened.connect(look)
    else:
        window.home_shown.connect(look)
    orig(app, window, phase)

app_module._arm_bench = arm
app_module.main(["familypool", "--data-dir", sys.argv[1]])
print("SEEN " + json.dumps(seen))
"""

# The ORM and the migrations come with the open book, after Home's first figures.
ORM = ("sqlalchemy", "sqlmodel", "alembic", "desktop.store.ledger", "desktop.store.db")
NOT_BEFORE_WINDOW = (*ORM, "desktop.book", "desktop.glance", "desktop.store.glance", "sqlite3",
                     "desktop.ui.pages.home_page", "html", "secrets",
                     "desktop.ui.line_spacing")  # elder mode's line spacing (its Qt namespace: ~15 ms)
NOT_BEFORE_HOME = (
    *ORM,
    "desktop.book.facade",          # every mixin of FamilyBook (first_run used to import it)
    "desktop.book.activity_views",  # the results of bindings, visits, transfers, plans, imports
    "desktop.ui.first_run",         # the welcome of an empty book
    "desktop.ui.dialogs.member_form",
    "desktop.core.projection",      # Home's run-out reminder comes with the open book
    "desktop.core.montecarlo",
    "desktop.core.drawdown",
    "desktop.ui.pages.projection_models",
    "desktop.core.terms",
    "secrets",
    "desktop.ui.line_spacing",      # only in elder mode (the demo book's settings are the normal look)
)


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory):
    from desktop.book import FamilyBook
    from desktop.demo import build_demo

    data = tmp_path_factory.mktemp("start") / "data"
    with FamilyBook.open(data) as book:
        build_demo(book)
    return data


def _seen(data, tmp_path, phase: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(data), phase], env=_env(tmp_path), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(next(ln for ln in out.stdout.splitlines() if ln.startswith("SEEN "))[5:])


# Enum types that cost start-up time when created early: the Qt namespace's (~90 types, ~15 ms; AlignmentFlag
# stands for them), QStyle's (~15 ms) and QIcon's (ThemeIcon, ~3 ms). Their names are PySide6's.
QT_NAMESPACE = "AlignmentFlag"
# QKeySequence's (StandardKey) come with the menus' items and the keys, after the first paint.
NOT_BEFORE_WINDOW_ENUMS = (QT_NAMESPACE, "PixelMetric", "StandardPixmap", "ThemeIcon", "StandardKey")


def test_the_window_is_up_before_the_book_the_glance_and_home(demo_data, tmp_path):
    seen = _seen(demo_data, tmp_path, "window")
    assert seen["book_open"] is False
    assert [m for m in NOT_BEFORE_WINDOW if m in seen["modules"]] == []
    assert [e for e in NOT_BEFORE_WINDOW_ENUMS if e in seen["enums"]] == []
    assert seen["keys"] is False  # the menus' items and the keys come on the turn after the first paint
    assert seen["quick"]  # PySide6's per-module source check answered from the file's bytes (pyside_feature)


def test_the_menus_and_keys_are_there_before_the_book_opens(demo_data, tmp_path):
    seen = _seen(demo_data, tmp_path, "ready")
    assert seen["keys"] is True and seen["cards"] == 4


def test_home_shows_its_figures_with_only_what_the_glance_needs(demo_data, tmp_path):
    seen = _seen(demo_data, tmp_path, "home")
    assert seen["book_open"] is False and seen["cards"] == 4  # the demo family's figures, from the glance
    assert "desktop.glance" in seen["modules"] and "desktop.ui.pages.home_page" in seen["modules"]
    assert [m for m in NOT_BEFORE_HOME if m in seen["modules"]] == []
    assert QT_NAMESPACE not in seen["enums"]  # Home's figures set alignments and formats as plain integers


def test_the_results_loaded_later_are_the_same_classes_from_every_name():
    from desktop import book
    from desktop.book import activity_views, views

    assert views.LATER and all(getattr(views, n) is getattr(activity_views, n) for n in views.LATER)
    public = [n for n in views.LATER if not n.startswith("_")]
    assert all(getattr(book, n) is getattr(activity_views, n) for n in public)
    with pytest.raises(AttributeError):
        views.NoSuchResult  # noqa: B018
