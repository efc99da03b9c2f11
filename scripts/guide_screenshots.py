#!/usr/bin/env python3
"""Screenshots of every page of the binding guide, and previews of its printed sheets.

    QT_QPA_PLATFORM=offscreen python scripts/guide_screenshots.py [out_dir] [--lang zh_CN|en] [--normal]

Defaults: docs/screenshots, Chinese, large text (the look an older reader gets). A Taiyuan family is
built in a temporary book with the clock fixed at 2025-03-10 10:00, so every run gives the same pictures.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "zh_CN"
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--lang")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    large = "--normal" not in argv
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication([])
    from desktop.book import FamilyBook
    from desktop.ui import i18n, theme
    from desktop.ui.guide import open_guide, start_guide
    from desktop.ui.guide import wizard as W
    from desktop.ui.main_window import MainWindow
    from desktop.ui.print import sheets
    from desktop.ui.settings_store import UiSettings

    i18n.install(lang)
    theme.apply(app, large)
    tag = f"{lang}-{'large' if large else 'normal'}"
    tmp = Path(tempfile.mkdtemp())
    book = FamilyBook.open(tmp / "data", clock=lambda: dt.datetime(2025, 3, 10, 10, 0))
    dad = book.add_member("王大爷", "140100", "employee", employment="retired", birth_date=dt.date(1955, 1, 1)).id
    mom = book.add_member("李阿姨", "140100", "resident", head_relation="spouse", birth_date=dt.date(1957, 1, 1)).id
    son = book.add_member("王小明", "140100", "employee", head_relation="child", birth_date=dt.date(1985, 1, 1)).id
    dil = book.add_member("赵丽", "140100", "employee", head_relation="child_spouse", birth_date=dt.date(1987, 1, 1)).id
    book.record_statement(son, dt.date(2025, 3, 1), 800000)
    window = MainWindow(tmp, UiSettings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)), book)
    window.show()

    def shot(wiz, name: str) -> None:
        for _ in range(10):  # a scroll bar comes a few turns after a page's content grows
            app.processEvents()
            time.sleep(0.01)
        wiz.grab().save(str(out / f"guide-{name}-{tag}.png"))

    # a binding, Taiyuan by WeChat: every page
    wiz = start_guide(window, beneficiary_id=dad)
    wiz.currentPage().a.setCurrentIndex(wiz.currentPage().a.findData(son))
    shot(wiz, "1-people")
    wiz.next()
    wiz.currentPage().amount.setText("2000")
    shot(wiz, "2-check-yes")
    wiz.next()
    shot(wiz, "3-channel")
    wiz.next()
    n = 0
    while W.FIRST_STEP <= wiz.currentId() < W.RESULT:
        wiz.currentPage().tick.setChecked(n < 4)
        if n == 4:
            shot(wiz, "4-step")
            wiz.currentPage().tick.setChecked(True)
        wiz.next()
        n += 1
    shot(wiz, "5-result")
    wiz.next()
    shot(wiz, "6-done")
    steps_sheet = wiz.steps_sheet()
    wiz.accept()

    # refusals: a second beneficiary in Taiyuan; a spouse's parent
    wiz = start_guide(window, beneficiary_id=mom)
    wiz.currentPage().a.setCurrentIndex(wiz.currentPage().a.findData(son))
    wiz.next()
    wiz.currentPage().amount.setText("1000")
    shot(wiz, "2-check-one-at-a-time")
    wiz.reject()
    wiz = open_guide(window, purpose="bind", beneficiary_id=dad)  # the refused one waits to be continued
    wiz.next()
    wiz.currentPage().a.setCurrentIndex(wiz.currentPage().a.findData(dil))
    wiz.next()
    wiz.currentPage().amount.setText("1000")
    shot(wiz, "2-check-in-law")
    wiz.reject()

    # the wallet path: opening steps, the check before sending, the result
    wiz = open_guide(window)
    shot(wiz, "0-intro-continue")
    wiz.currentPage().radios["transfer"].setChecked(True)
    wiz.next()
    wiz.currentPage().a.setCurrentIndex(wiz.currentPage().a.findData(son))
    wiz.currentPage().b.setCurrentIndex(wiz.currentPage().b.findData(mom))
    wiz.next()
    shot(wiz, "7-wallet-check")
    wiz.next()
    shot(wiz, "7-wallet-channel")
    wiz.next()
    shot(wiz, "7-wallet-open-step")
    while wiz.currentPage().__class__.__name__ == "StepPage":
        wiz.currentPage().tick.setChecked(True)
        wiz.next()
    page = wiz.currentPage()
    page.amount.setText("500")
    page.hospital.setChecked(True)
    page.institution.setText("太原市中心医院")
    shot(wiz, "8-before-sending")
    wiz.next()
    transfer_sheet = wiz.steps_sheet()
    while wiz.currentPage().__class__.__name__ == "StepPage":
        wiz.currentPage().tick.setChecked(True)
        wiz.next()
    shot(wiz, "9-transfer-result")
    wiz.next()
    shot(wiz, "9-transfer-done")
    card = wiz.card_sheet()
    wiz.accept()

    # through the web platform: pending review, then the guide reopened for the review's answer
    wiz = open_guide(window, purpose="bind", beneficiary_id=mom)
    wiz.next()
    wiz.currentPage().a.setCurrentIndex(wiz.currentPage().a.findData(dad))
    wiz.next()
    wiz.currentPage().amount.setText("1500")
    wiz.next()
    page = wiz.currentPage()
    next(r for r, cid in page.radios if cid == "shanxi_web").setChecked(True)
    wiz.next()
    while wiz.currentPage().__class__.__name__ == "StepPage":
        wiz.currentPage().tick.setChecked(True)
        wiz.next()
    wiz.next()
    wiz.accept()
    pending = next(g for g in book.guides(finished=False) if g.binding_id is not None)
    wiz = open_guide(window, guide_id=pending.id)
    shot(wiz, "5-review-answer")
    wiz.reject()

    # the printed sheets, as they look on paper (A4 at 100 dpi)
    for name, sheet in (("steps", steps_sheet), ("transfer-steps", transfer_sheet), ("payment-card", card),
                        ("payment-card-dad", sheets.payment_card(book, dad, i18n.current_language()))):
        sheet_picture(sheet, out / f"sheet-{name}-{lang}.png")
    book.close()
    return 0


def sheet_picture(sheet, path: Path) -> None:
    """A printed sheet as it looks on paper: A4 at 100 dpi."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.ui.print import pdf

    doc = pdf.document(sheet)
    width, height = 794, 1123
    doc.setPageSize(QSizeF(width - 100, height - 100))
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.translate(50, 50)
    doc.drawContents(p)
    p.end()
    img.save(str(path))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
