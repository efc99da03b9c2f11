"""The package list in pyproject.toml must name every Python package, or an install silently lacks it."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "desktop").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found - {"desktop.resources"} == set()


def _spec_functions(*names: str) -> dict:
    """``wanted``/``require_qt`` and the constants they read, from build.spec, without running PyInstaller."""
    import ast
    import re
    import sys
    from pathlib import Path

    src = (Path(__file__).resolve().parents[1] / "build.spec").read_text(encoding="utf-8")
    tree = ast.parse(src)
    keep = [n for n in tree.body if (isinstance(n, ast.FunctionDef) and n.name in names) or (
        isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id in {
            "DROP", "KEEP_PLATFORMS", "KEEP_QT_TRANSLATIONS", "BUNDLED_TOP_LIBS"} for t in n.targets))]
    ns: dict = {"re": re, "sys": sys, "LINUX": True, "WINDOWS": False}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "build.spec", "exec"), ns)
    return ns


def test_the_build_keeps_qt_when_pyinstaller_puts_it_at_the_top_and_fails_loudly_without_it():
    import pytest

    ns = _spec_functions("wanted", "require_qt")
    wanted, require_qt = ns["wanted"], ns["require_qt"]
    # PySide6 outside a site-packages folder PyInstaller knows: Qt's libraries land at the bundle's top
    top = [("libQt6Core.so.6", "x", "BINARY"), ("libQt6Widgets.so.6", "x", "BINARY"),
           ("libicuuc.so.73", "x", "BINARY"), ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY")]
    assert [e[0] for e in top if wanted(e)] == [e[0] for e in top]
    assert not wanted(("libX11.so.6", "x", "BINARY"))  # the system's own libraries stay with the system
    require_qt(top)  # a bundle with Qt passes
    with pytest.raises(SystemExit, match="lack QtCore, QtWidgets"):
        require_qt([("libpython3.11.so.1.0", "x", "BINARY"), ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "B")])
    with pytest.raises(SystemExit, match="the X11 platform plugin"):
        require_qt(top[:3])
