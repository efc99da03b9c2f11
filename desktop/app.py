"""GUI entry: application identity, data folder, translator, then the main window.

The window appears before the database layer is imported; pages load their data after the first paint.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

ORG = "FamilyPool"
APP = "FamilyPool"


def default_data_dir() -> Path:
    """The platform data folder (QStandardPaths.AppDataLocation); names must be set first."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _parse_args(argv: list[str]) -> tuple[str | None, bool, bool]:
    data_dir, self_test, quit_after_show = None, False, False
    it = iter(argv)
    for a in it:
        if a == "--data-dir":
            data_dir = next(it, None)
        elif a.startswith("--data-dir="):
            data_dir = a.split("=", 1)[1]
        elif a == "--self-test":
            self_test = True
        elif a == "--quit-after-show":
            quit_after_show = True
    return data_dir, self_test, quit_after_show


USAGE = """\
Usage: familypool [--data-dir FOLDER] [--self-test] [--help] [--version]

家庭共济助手 FamilyPool: plan and track family sharing of medical-insurance personal accounts.

  --data-dir FOLDER  keep the family's book in FOLDER (default: the platform data folder)
  --self-test        check the installation offscreen in a throw-away folder, then exit
  --version          print the version and exit
  --help, -h         print this help and exit

For scripts (import, export, reports) use familypool-cli --help.
"""


def version() -> str:
    """The installed package's version (PyInstaller copies the metadata into the bundle, build.spec)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("familypool")
    except PackageNotFoundError:
        return "(version unknown)"


def _info_request(argv: list[str]) -> str | None:
    """What --help or --version asks to print, before anything else runs (no window, no book)."""
    for a in argv:
        if a == "--":
            break
        if a in ("--help", "-h", "-?", "/?"):
            return USAGE
        if a in ("--version", "-V"):
            return f"familypool {version()}\n"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    info = _info_request(argv[1:])
    if info is not None:  # printed and done: no QApplication, no data folder, no book
        if sys.stdout is not None:  # a Windows GUI program may have no console to print to
            sys.stdout.write(info)
            sys.stdout.flush()
        return 0
    data_arg, self_test, quit_after_show = _parse_args(argv[1:])
    if self_test:  # before any QApplication: the self-test runs offscreen in a throw-away data folder
        from desktop.ui.self_test import run

        return run(argv)
    from desktop.ui import pyside_feature

    pyside_feature.quicken()  # before the ~100 modules of the window and Home are imported
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("家庭共济助手")
    # the book's own resolution (desktop.book re-exports it), without importing the book's ~100 ms of
    # dataclasses before the window is up (benchmarks/startup.py)
    from desktop.store.paths import resolve_data_dir

    data_dir = resolve_data_dir(data_arg, default=default_data_dir())

    from desktop.ui import i18n, theme
    from desktop.ui.settings_store import UiSettings

    settings = UiSettings()
    i18n.install(settings.language())
    theme.apply(app, settings.large_text())

    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir=data_dir, settings=settings)
    window.show()
    if quit_after_show:  # the window shown and the book opened (benchmarks/frozen_startup.py)
        window.book_opened.connect(lambda: QTimer.singleShot(0, app.quit))
    _arm_bench(app, window, os.environ.get("FAMILYPOOL_BENCH", ""))
    QTimer.singleShot(0, app, lambda: _set_icon(app))  # decoding the icon can wait for the window to be up
    return app.exec()


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from desktop.ui.i18n import i18n_dir

    app.setWindowIcon(QIcon(str(i18n_dir().parent / "icons" / "familypool-256.png")))


def _arm_bench(app: QApplication, window, phase: str) -> None:
    """FAMILYPOOL_BENCH (benchmarks/startup.py): on the first event-loop turn after ``show()`` ("window"), after
    Home first shows the family's figures ("home"), or after the book is open and Home refreshed from it
    ("ready"), print the moment and quit."""

    def stamp() -> None:
        cards = len(getattr(window._pages.get("home"), "cards", ()))
        print(f"FAMILYPOOL_BENCH {phase} {time.monotonic():.6f} {time.process_time():.6f} {cards}", flush=True)
        app.quit()

    if phase == "window":
        QTimer.singleShot(0, stamp)
    elif phase == "home":
        window.home_shown.connect(lambda: QTimer.singleShot(0, stamp))
    elif phase == "ready":
        window.book_opened.connect(lambda: QTimer.singleShot(0, stamp))


if __name__ == "__main__":
    sys.exit(main())
