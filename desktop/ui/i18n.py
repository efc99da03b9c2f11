"""Translations: English source strings, a zh_CN catalogue (default), switchable at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_current: QTranslator | None = None


def i18n_dir() -> Path:
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        d = base / "resources" / "i18n"
        if d.is_dir():
            return d
    return here.parents[2] / "resources" / "i18n"


def install(lang: str) -> bool:
    """Make ``lang`` the UI language; returns False if its catalogue is missing (English stays)."""
    global _current
    app = QCoreApplication.instance()
    if _current is not None:
        app.removeTranslator(_current)
        _current = None
    if lang.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    tr = QTranslator(app)
    if not tr.load(str(i18n_dir() / f"familypool_{lang}.qm")):
        return False
    app.installTranslator(tr)
    _current = tr
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True


def current_language() -> str:
    return "en" if _current is None else "zh_CN"
