#!/usr/bin/env python3
"""Screenshots of the main window with each menu of the menu bar open (after a change to undo), and of the
help and about boxes.

    QT_QPA_PLATFORM=offscreen python scripts/menu_screenshots.py [out_dir] [--lang zh_CN|en] [--large]

Defaults: docs/screenshots, Chinese, normal text. The demo family is built in a temporary book with the
clock fixed at 2026-06-01 10:00, and one visit is deleted, so the Edit menu names a step to undo.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "zh_CN"
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--lang")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    large = "--large" in argv
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication([])
    from desktop import demo
    from desktop.book import FamilyBook
    from desktop.ui import i18n, theme
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_store import UiSettings

    i18n.install(lang)
    theme.apply(app, large)
    tag = f"{lang}-{'large' if large else 'normal'}"
    tmp = Path(tempfile.mkdtemp())
    book = FamilyBook.open(tmp / "data", clock=lambda: dt.datetime(2026, 6, 1, 10, 0))
    family = demo.build_demo(book)
    settings = UiSettings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_language(lang)
    settings.set_large_text(large)
    window = MainWindow(tmp, settings, book)
    window.resize(1100, 720)
    window.show()
    window.show_page("visits")
    window.book.delete_visit(family.visits[0])
    app.processEvents()

    m = window.menus
    for name, menu in (("file", m.file), ("edit", m.edit), ("view", m.view), ("help", m.help)):
        action = menu.menuAction()
        m.bar.setActiveAction(action)
        app.processEvents()
        shot = window.grab()
        if menu.isVisible():  # the open menu is its own window: paint it where it stands over the main one
            painter = QPainter(shot)
            painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
            painter.end()
        shot.save(str(out / f"menus-{name}-{tag}.png"))
        menu.hide()
        app.processEvents()
    for name, show in (("help", m.show_help), ("about", m.show_about)):
        box = show()
        app.processEvents()
        box.grab().save(str(out / f"menus-{name}-box-{tag}.png"))
        box.close()
    window.wait_background()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
