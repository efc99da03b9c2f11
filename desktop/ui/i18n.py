"""Translations: English source strings, a zh_CN catalogue (default), switchable at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_current: QTranslator | None = None
_qt_own: QTranslator | None = None  # Qt's catalogue: standard buttons (Yes/No/Cancel) and dialogs
_qt_gaps: QTranslator | None = None  # what Qt's catalogue lacks (desktop/ui/qt_gaps.py)


def i18n_dir() -> Path:
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        d = base / "resources" / "i18n"
        if d.is_dir():
            return d
    return here.parents[2] / "resources" / "i18n"


def install(lang: str) -> bool:
    """Make ``lang`` the UI language; returns False if its catalogue is missing (English stays)."""
    global _current, _qt_own, _qt_gaps
    app = QCoreApplication.instance()
    for old in (_current, _qt_own, _qt_gaps):
        if old is not None:
            app.removeTranslator(old)
    _current = _qt_own = _qt_gaps = None
    if lang.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _name_the_app()
        return True
    tr = QTranslator(app)
    if not tr.load(str(i18n_dir() / f"familypool_{lang}.qm")):
        return False
    app.installTranslator(tr)
    _current = tr
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{lang}", str(d)) for d in qt_translation_dirs()):
        app.installTranslator(qt)
        _qt_own = qt
    if lang.startswith("zh"):
        from desktop.ui.qt_gaps import QtGaps

        _qt_gaps = QtGaps(app)
        app.installTranslator(_qt_gaps)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _name_the_app()
    return True


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogue (file dialog, standard buttons) may be: Qt's configured folder, then the
    PySide6 package's folders (a frozen build keeps them there, see build.spec)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        dirs += [base / "Qt" / "translations", base / "translations"]
    except (ImportError, TypeError):  # a frozen build may give no __file__
        pass
    return [d for d in dirs if d.is_dir()]


def _name_the_app() -> None:
    """Qt adds the display name to every window title ("Add a visit — 家庭共济助手"): it follows the language."""
    from PySide6.QtGui import QGuiApplication

    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "FamilyPool"))


def current_language() -> str:
    return "en" if _current is None else "zh_CN"
