"""The app's main paths, run end to end in one go for the offline and privacy tests: open a book, the demo
family, record a visit, a projection and its band, exports, an import, a backup and a restore, the command
line, and the main window offscreen with every page built. Returns every text a person could see or keep."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop import cli
from desktop.book import FamilyBook
from desktop.demo import build_demo
from desktop.ui.main_window import ENTRIES, MainWindow
from desktop.ui.print.pdf import write_pdf
from desktop.ui.print.sheets import payment_card

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
         Qt.ItemDataRole.AccessibleTextRole)


@dataclass
class Seen:
    ui: list[str] = field(default_factory=list)
    cli: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # exports that are not full backups, by name
    full_backup_json: str = ""


def widget_texts(root: QWidget) -> list[str]:
    """Every text of ``root`` and its children: labels, buttons, fields, tips, accessible names, table cells."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle(), w.statusTip()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model())
    return [t for t in out if t]


def model_texts(model) -> list[str]:
    out: list[str] = []
    for orient in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        n = model.columnCount() if orient == Qt.Orientation.Horizontal else model.rowCount()
        for i in range(n):
            v = model.headerData(i, orient, Qt.ItemDataRole.DisplayRole)
            if v is not None:
                out.append(str(v))

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(model.columnCount(parent)):
                idx = model.index(r, c, parent)
                for role in ROLES:
                    v = model.data(idx, role)
                    if v is not None:
                        out.append(str(v))
                if c == 0 and model.rowCount(idx) > 0:
                    walk(idx)

    walk(QModelIndex())
    return out


def _stop_background_work() -> None:
    """The Projection page (its band) and the Savings plan (the advisor) compute on threads: let them finish
    before the book is closed."""
    import sys

    for name in ("desktop.ui.pages.projection_worker", "desktop.ui.pages.savings_worker"):
        worker = sys.modules.get(name)
        if worker is not None and hasattr(worker, "wait_all"):
            worker.wait_all()


def run_main_paths(tmp_path: Path, qtbot, ui_settings) -> Seen:
    seen = Seen()
    data = tmp_path / "data"
    book = FamilyBook.open(data)
    build_demo(book)
    head = book.members()[0]
    book.record_visit(head.id, book.today(), "outpatient", "1", 23_400, institution="社区卫生服务中心")
    projection = book.project(months=6)
    seen.ui.append(repr(projection))
    band = book.simulate_band(months=6, runs=20, seed=1)
    seen.ui.append(repr(band))
    csv = tmp_path / "visits.csv"
    book.export_visits_csv(csv)
    seen.files["visits.csv"] = csv.read_text(encoding="utf-8-sig")
    full = tmp_path / "book.json"
    book.export_json(full)
    seen.full_backup_json = full.read_text(encoding="utf-8")
    seen.ui += [repr(m) for m in book.members()] + [repr(b) for b in book.balances()]
    seen.ui += [repr(v) for v in book.visits(with_lines=True)]
    for m in book.members():  # the printable payment card of each person, as text and as a PDF
        sheet = payment_card(book, m.id, "zh")
        seen.ui.append(sheet.text())
    write_pdf(sheet, tmp_path / "card.pdf")

    w = MainWindow(data_dir=data, settings=ui_settings, book=book)
    qtbot.addWidget(w)
    w.show()
    for key, _text, _icon in ENTRIES:
        page = w.page(key)
        qtbot.wait(10)
        seen.ui += widget_texts(page)
    seen.ui += widget_texts(w)
    _stop_background_work()
    w.book = None  # closed below, not by the window
    w.close()
    book.close()

    other = tmp_path / "other"
    with FamilyBook.open(other) as second:
        second.add_member("王建国", "140100", "employee")
        seen.cli.append(repr(second.import_visits_csv(csv, skip_bad=True)))
    for args in (["balances"], ["balances", "--json"], ["check"], ["backup"], ["visits-export", str(tmp_path / "v2.csv")],
                 ["restore"], ["balances"]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--data-dir", str(data), *args])
        seen.cli += [out.getvalue(), err.getvalue()]
        assert code == 0, (args, err.getvalue())
    seen.files["v2.csv"] = (tmp_path / "v2.csv").read_text(encoding="utf-8-sig")
    seen.ui.append(dt.date.today().isoformat())
    return seen
