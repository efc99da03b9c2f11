"""GUI entry: application identity, data folder, translator, then the main window.

The window appears before the database layer is imported; pages load their data after the first paint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

ORG = "FamilyPool"
APP = "FamilyPool"


def default_data_dir() -> Path:
    """The platform data folder (QStandardPaths.AppDataLocation); names must be set first."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def resolve_data_dir(cli_value: str | None) -> Path:
    """--data-dir, then FAMILYPOOL_DATA_DIR, then the platform folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("FAMILYPOOL_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return default_data_dir()


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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    data_arg, self_test, quit_after_show = _parse_args(argv[1:])
    if self_test:  # before any QApplication: the self-test runs offscreen in a throw-away data folder
        from desktop.ui.self_test import run

        return run(argv)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("家庭共济助手")
    from PySide6.QtGui import QIcon

    from desktop.ui.i18n import i18n_dir

    app.setWindowIcon(QIcon(str(i18n_dir().parent / "icons" / "familypool-256.png")))
    data_dir = resolve_data_dir(data_arg)

    from desktop.ui import i18n, theme
    from desktop.ui.settings_store import UiSettings

    settings = UiSettings()
    i18n.install(settings.language())
    theme.apply(app, settings.large_text())

    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir=data_dir, settings=settings)
    window.show()
    if quit_after_show:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
