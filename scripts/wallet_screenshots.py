#!/usr/bin/env python3
"""Screenshots of the Wallet page flagging figures on old balances, and of the Edit menu naming the step to undo
(a planned transfer recorded through the window).

    QT_QPA_PLATFORM=offscreen python scripts/wallet_screenshots.py [out_dir] [--lang zh_CN|en] [--large]

The demo family is built on 2026-04-15 (its balances are from the day before) and the window opened on
2026-06-01 10:00, 48 days later: past the 30-day threshold. Through the window the family sets a ¥1,000 quota
王建国 → 李秀英, chooses wallet transfers, and plans ¥1,500 王建国 → 王磊.
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
    clock = [dt.datetime(2026, 4, 15, 10, 0)]
    book = FamilyBook.open(tmp / "data", clock=lambda: clock[0], daily_backup=False)
    family = demo.build_demo(book)
    clock[0] = dt.datetime(2026, 6, 1, 10, 0)
    settings = UiSettings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_language(lang)
    settings.set_large_text(large)
    window = MainWindow(tmp, settings, book)
    window.resize(1280, 800)
    window.show()
    window.show_page("wallet")
    window.book.set_quota(family.head, family.spouse, 100000)
    window.book.set_sharing_model("transfer")
    # what the head can still send beside the ¥1,000 quota (the demo gives him ¥1,924)
    window.book.record_transfer_plan(family.head, family.son, 80000, clock[0] + dt.timedelta(days=3))
    app.processEvents()
    page = window.page("wallet")
    window.grab().save(str(out / f"wallet-old-balances-{tag}.png"))
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    app.processEvents()
    window.grab().save(str(out / f"wallet-old-balances-planned-{tag}.png"))

    m = window.menus
    m.bar.setActiveAction(m.edit.menuAction())
    app.processEvents()
    shot = window.grab()
    if m.edit.isVisible():  # the open menu is its own window: paint it where it stands over the main one
        painter = QPainter(shot)
        painter.drawPixmap(window.mapFromGlobal(m.edit.pos()), m.edit.grab())
        painter.end()
    shot.save(str(out / f"menus-edit-planned-transfers-{tag}.png"))
    m.edit.hide()
    window.wait_background()
    window.close()
    book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
