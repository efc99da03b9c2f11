"""Translations: English source strings, a zh_CN catalogue (default), switchable at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_current: QTranslator | None = None
_qt_own: QTranslator | None = None  # Qt's catalogue: standard buttons (Yes/No/Cancel) and dialogs


def i18n_dir() -> Path:
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        d = base / "resources" / "i18n"
        if d.is_dir():
            return d
    return here.parents[2] / "resources" / "i18n"


def install(lang: str) -> bool:
    """Make ``lang`` the UI language; returns False if its catalogue is missing (English stays)."""
    global _current, _qt_own
    app = QCoreApplication.instance()
    for old in (_current, _qt_own):
        if old is not None:
            app.removeTranslator(old)
    _current = _qt_own = None
    if lang.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    tr = QTranslator(app)
    if not tr.load(str(i18n_dir() / f"familypool_{lang}.qm")):
        return False
    app.installTranslator(tr)
    _current = tr
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _qt_own = qt
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True


def current_language() -> str:
    return "en" if _current is None else "zh_CN"
