"""Visits page with 50,000 visits: how fast it opens and how smoothly it scrolls (issue 5, item 11).

Builds a Taiyuan family book with 50,000 visits through the book's own CSV import (once; ``--data``
keeps it for later runs), opens the main window on it, then shows the Visits page and measures:

* opening: building the page, counting, totals, the first page of rows, first paint (budget 1 s);
* scrolling: page-down steps through the table (each repaint; a new page of rows every few steps);
* dragging to the end and changing a filter.

Rows are read from the book a page at a time (``desktop.ui.models.visits_model``), so the figures do not
grow with the number of visits. Run: ``/work/venv/bin/python benchmarks/visits_page.py [--data DIR]``
(offscreen). Exit status 1 when opening takes a second or more.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = dt.datetime(2025, 6, 16, 10, 30)
N = 50_000


def build(data: Path) -> None:
    from desktop.book import FamilyBook

    book = FamilyBook.open(data, clock=lambda: NOW, daily_backup=False)
    try:
        if book.visit_count() >= N:
            return
        head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1960, 3, 8), employment="retired")
        wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse", birth_date=dt.date(1962, 7, 21))
        son = book.add_member("王磊", "140100", "employee", head_relation="child", birth_date=dt.date(1990, 11, 2))
        for m, fen in ((head, 800000), (wife, 0), (son, 300000)):
            book.record_statement(m.id, dt.date(2016, 1, 1), fen, monthly_credit_fen=20000)
        book.propose_binding(head.id, wife.id, start=dt.date(2016, 1, 1), end=dt.date(2030, 12, 31),
                             amount_cap_fen=5_000_000, status="active", registered_at=dt.datetime(2016, 1, 1, 9, 0))
        rnd = random.Random(5)
        rows = ["姓名,日期,医院等级,就医类型,总费用"]
        cares = ["普通门诊"] * 6 + ["药店购药"] * 3 + ["住院"]
        for i in range(N):
            day = dt.date(2016, 1, 1) + dt.timedelta(days=i * 3500 // N)
            care = rnd.choice(cares)
            level = "药店" if care == "药店购药" else rnd.choice(["一级", "二级", "三甲"])
            total = rnd.randint(2000, 900000 if care == "住院" else 60000)
            rows.append(f"{rnd.choice(['王建国', '李秀英', '王磊'])},{day},{level},{care},{total // 100}.{total % 100:02d}")
        csv = data / "visits.csv"
        csv.write_text("\n".join(rows), encoding="utf-8")
        start = time.perf_counter()
        book.import_visits_csv(csv)
        print(f"built {N:,} visits in {time.perf_counter() - start:.1f} s")
    finally:
        book.close()


def measure(data: Path, large: bool) -> float:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.book import FamilyBook
    from desktop.ui import i18n, theme
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_store import UiSettings

    app = QApplication.instance() or QApplication([])
    i18n.install("zh_CN")
    theme.apply(app, large)
    book = FamilyBook.open(data, clock=lambda: NOW, daily_backup=False)
    settings = UiSettings(QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(data_dir=book.data_dir, settings=settings, book=book)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    import desktop.ui.pages.visits_page  # noqa: F401  (the module import is not the page's work)

    start = time.perf_counter()
    page = window.page("visits")
    app.processEvents()
    window.grab()
    opened = time.perf_counter() - start
    bar = page.table.verticalScrollBar()
    steps = []
    for _ in range(200):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        steps.append(time.perf_counter() - t)
    t = time.perf_counter()
    bar.setValue(bar.maximum())
    app.processEvents()
    to_end = time.perf_counter() - t
    t = time.perf_counter()
    page.person.setCurrentIndex(2)
    app.processEvents()
    filtered = time.perf_counter() - t
    mode = "large text" if large else "normal"
    print(f"{mode:>10}: open {opened * 1000:.0f} ms; page-down median {statistics.median(steps) * 1000:.1f} ms, "
          f"max {max(steps) * 1000:.1f} ms ({bar.pageStep()} rows a step); drag to the end {to_end * 1000:.0f} ms; "
          f"filter by person {filtered * 1000:.0f} ms; pages read {page.model.fetches}")
    window.close()
    return opened


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="book folder to build or reuse")
    args = ap.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="familypool-50k-"))
    data.mkdir(parents=True, exist_ok=True)
    build(data)
    worst = max(measure(data, False), measure(data, True))
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
