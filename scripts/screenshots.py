#!/usr/bin/env python3
"""Screenshots of every sidebar page and every dialog of tests/ui/catalogue.py, in Chinese and English, with normal
and large text (elder mode), plus the menus (menu_screenshots.py), the Wallet page on old balances (wallet_screenshots.py) and every page of the binding guide with the
family it was made for (guide_screenshots.py).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [out_dir] [--only WORD]

Files: <page-or-dialog>-<zh_CN|en>-<normal|large>.png in docs/screenshots (PNG files there that this run did not
write are removed, so none outlives its screen), and docs/screenshot.png (the README's: Home, Chinese, normal).
The demo family is built in a temporary book with the clock fixed at 2026-06-01 10:00, so every run gives the
same pictures. ``--only`` makes just the pictures whose name holds WORD, and removes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
# a 1280 × 800 screen (offscreen's own is 800 × 600, which makes message boxes narrower and taller than people see)
SCREEN = Path(tempfile.gettempdir()) / "familypool-screen.json"
SCREEN.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}]}',
                  encoding="utf-8")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
NOW = dt.datetime(2026, 6, 1, 10, 0)
WINDOW = (1280, 760)


class Waiter:
    """What the catalogue asks of pytest-qt's ``qtbot``."""

    def waitUntil(self, condition, timeout: int = 5000) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not get there in time")
            QApplication.processEvents()
            time.sleep(0.01)


class Patches:
    """What the catalogue asks of pytest's ``monkeypatch``; undone after each run."""

    def __init__(self) -> None:
        self.undo: list[tuple[object, str, object]] = []

    def setattr(self, target: object, name: str, value: object) -> None:
        self.undo.append((target, name, getattr(target, name)))
        setattr(target, name, value)

    def undo_all(self) -> None:
        for target, name, value in reversed(self.undo):
            setattr(target, name, value)
        self.undo.clear()


def settle(app, seconds: float = 0.15) -> None:
    """Let the screen catch up: ``seconds`` of event-loop turns counted from after the first turn (which may
    itself be a page's slow first check), and at least ten turns (a scroll bar comes a few turns after a
    page's content grows)."""
    app.processEvents()
    end = time.monotonic() + seconds
    turns = 0
    while time.monotonic() < end or turns < 10:
        app.processEvents()
        time.sleep(0.01)
        turns += 1


def run(app, out: Path, lang: str, large: bool, only: str | None) -> list[str]:
    from PySide6.QtCore import QSettings

    from desktop import demo
    from desktop.book import FamilyBook
    from desktop.ui import i18n, theme
    from desktop.ui.main_window import ENTRIES, MainWindow
    from desktop.ui.settings_store import UiSettings
    from tests.ui.catalogue import dialogs, slug

    i18n.install(lang)
    theme.apply(app, large)
    tag = f"{lang}-{'large' if large else 'normal'}"
    tmp = Path(tempfile.mkdtemp())
    book = FamilyBook.open(tmp / "data", clock=lambda: NOW)
    demo.build_demo(book)
    settings = UiSettings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_language(lang)
    settings.set_large_text(large)
    window = MainWindow(tmp, settings, book)
    window.resize(*WINDOW)
    window.show()
    written: list[str] = []

    def save(widget, name: str) -> None:
        if only is None or only in name:
            path = out / f"{name}-{tag}.png"
            widget.grab().save(str(path))
            written.append(path.name)

    for key, _text, _icon in ENTRIES:
        window.show_page(key)
        if key == "savings":
            savings = window.page("savings")
            Waiter().waitUntil(lambda p=savings: p.advice is not None and not p.progress.isVisible(), 60000)
        settle(app)
        save(window, f"page-{key}")
    window.show_page("home")
    patches = Patches()
    try:
        for where, open_it in dialogs(Waiter(), window, tmp, patches):
            if (only is not None and only not in slug(where)) or where.startswith("help:"):
                continue  # the help and about boxes: menu_screenshots.py makes them (menus-help-box-...)
            d = open_it()
            if d is None:
                print(f"{tag}: {where}: did not open", file=sys.stderr)
                continue
            settle(app)
            save(d, slug(where))
            d.close()
            settle(app, 0.05)
        if not large and (only is None or only in "sheet-transfer-plan"):  # the printed schedule of transfers
            from guide_screenshots import sheet_picture

            wallet = window.page("wallet")
            if not window.book.planned_wallet_transfers():
                family = {m.name: m.id for m in window.book.members()}
                window.book.record_transfer_plan(family["王建国"], family["张桂兰"], 100000, NOW + dt.timedelta(days=3))
                wallet.refresh()
            sheet_picture(wallet.planned_sheet(), out / f"sheet-transfer-plan-{lang}.png")
            written.append(f"sheet-transfer-plan-{lang}.png")
    finally:
        patches.undo_all()
        window.wait_background()
        window.close()
    return written


def main(argv: list[str]) -> int:
    import guide_screenshots
    import menu_screenshots
    import wallet_screenshots
    from PySide6.QtWidgets import QApplication

    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--only")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    start = time.time()
    for lang in ("zh_CN", "en"):
        for large in (False, True):
            run(app, out, lang, large, only)
            if only is None or only in ("menus", "guide", "sheet", "wallet"):
                menu_screenshots.main([str(out), "--lang", lang, *(["--large"] if large else [])])
                guide_screenshots.main([str(out), "--lang", lang, *([] if large else ["--normal"])])
                # the Wallet page on old balances and the Edit menu after planning transfers (issue 15)
                wallet_screenshots.main([str(out), "--lang", lang, *(["--large"] if large else [])])
    home = out / "page-home-zh_CN-normal.png"
    if home.exists() and out == ROOT / "docs" / "screenshots":
        shutil.copyfile(home, ROOT / "docs" / "screenshot.png")
    if only is None:
        for stale in out.glob("*.png"):
            if stale.stat().st_mtime < start:
                print(f"removed {stale.name} (no screen makes it any more)")
                stale.unlink()
    print(f"{len(list(out.glob('*.png')))} pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
