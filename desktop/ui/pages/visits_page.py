"""Visits: a table that reads the book a page at a time, filters with totals, and the split of each visit.

Adding or editing a visit shows, as the user types, the fund's share step by step and who pays the
rest, line by line with the reason. CSV import shows a preview first; export writes what is shown.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.book_adapter import FIGURES
from desktop.ui.book_worker import BookWorker, run_in_background
from desktop.ui.dialogs.csv_import_dialog import CsvImportDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout, action_button
from desktop.ui.models.visits_model import VisitsModel, where_text
from desktop.ui.pages.base import BasePage
from desktop.ui.search_box import search_row
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


def choose_csv_to_open(parent: QWidget) -> Path | None:
    """Ask for a CSV file to import (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("VisitsPage", "Import visits"), "",
                                          QCoreApplication.translate("VisitsPage", "CSV files (*.csv *.txt)"))
    return Path(path) if path else None


def choose_csv_to_save(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to write the CSV export (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("VisitsPage", "Export visits"), suggested,
                                          QCoreApplication.translate("VisitsPage", "CSV files (*.csv)"))
    return Path(path) if path else None


class VisitsPage(BasePage):
    SHOWS = frozenset({"members", "visits", "allocation_lines", FIGURES, "bindings", "quotas", "policy_files", "local_rules"})

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.dialog: QWidget | None = None

        col = QVBoxLayout(self)
        title = QLabel(self.tr("Visits"), self)
        title.setObjectName("Title")
        col.addWidget(title)

        filters = QHBoxLayout()
        self.person = QComboBox(self)
        self.year = QComboBox(self)
        self.care = QComboBox(self)
        # each box as wide as a few letters of the current text size, not as its longest item: in large text the
        # longest kind of care squeezed the others to "Everyon" (the open list still shows whole names: ``_fill``)
        for combo, text, name, letters in ((self.person, self.tr("&Person"), self.tr("Show visits of"), 9),
                                           (self.year, self.tr("&Year"), self.tr("Show the year"), 8),
                                           (self.care, self.tr("&Kind of care"), self.tr("Show the kind of care"), 13)):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addStretch(1)
        col.addLayout(filters)
        self.search = search_row(self, col, lambda _words: self._filters_changed(),
                                 self.tr("Person, place, note or date"))

        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Totals"))
        self._totals_seq = 0
        self._totals_workers: set = set()
        self._updating = self.tr(" (updating…)")
        col.addWidget(self.totals)

        self.model = VisitsModel(self.book, self)
        self._fitted = False
        self._detail_for: int | None = None
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_detail)
        self._keep_id: int | None = None
        self._reselect_timer = QTimer(self)
        self._reselect_timer.setSingleShot(True)
        self._reselect_timer.setInterval(0)
        self._reselect_timer.timeout.connect(self._reselect)
        self.table = Table(self, self.model, self.tr("Visits"))
        col.addWidget(self.table, 3)
        self.table.keep_rows_in_sight(4)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Who paid for the chosen visit"))
        # in a scroll area: a long explanation in large text would otherwise squeeze the table to a single row
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.viewport().setAutoFillBackground(False)
        self.detail.setAutoFillBackground(False)
        col.addWidget(self.detail_scroll, 2)
        self.message = ErrorLine(self)
        col.addWidget(self.message)

        row = FlowLayout()
        self.add_button = action_button(self, self.tr("&Add visit…"), self.add_visit, self.tr("Record a new visit (Ctrl+N)"))
        self.edit_button = action_button(self, self.tr("&Change…"), self.edit_visit, self.tr("Change the chosen visit"))
        self.delete_button = action_button(self, self.tr("&Delete…"), self.delete_visit, self.tr("Delete the chosen visit"))
        self.import_button = action_button(self, self.tr("&Import CSV…"), self.import_csv,
                                          self.tr("Read visits from a spreadsheet file"))
        self.export_button = action_button(self, self.tr("E&xport CSV…"), self.export_csv,
                                          self.tr("Write the visits shown to a spreadsheet file"))
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        col.addLayout(row)

        ctx = Qt.ShortcutContext.WindowShortcut  # a hidden page's shortcuts do not fire
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_visit, context=ctx)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_visit,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.activated.connect(lambda _i: self.edit_visit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for combo in (self.person, self.year, self.care):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.refresh()

    # ---- filters and data ----
    def refresh(self) -> None:
        """Refill the filter lists and reload (the page was shown again or something changed)."""
        self.book = self.window_.book
        self.model.book = self.book
        self._fill(self.person, self.tr("Everyone"), [(m.id, m.name) for m in self.book.members()])
        self._fill(self.year, self.tr("All years"), [(y, str(y)) for y in self.book.visit_years()])
        self._fill(self.care, self.tr("All kinds"), [(k, fmt.label(vocab.CARE_TYPES, k)) for k in vocab.CARE_TYPES])
        set_enabled(self.add_button, self.person.count() > 1, self.tr("Add a family member first."))
        self._filters_changed()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        i = combo.findData(current)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)

    def filters(self) -> dict[str, Any]:
        return {"member_id": self.person.currentData(), "year": self.year.currentData(),
                "care_type": self.care.currentData(), "text": self.search.words() or None}

    def search_box(self) -> QLineEdit:
        return self.search

    def _filters_changed(self, *_: Any) -> None:
        if not self._reselect_timer.isActive():  # else a reselection is already waiting: keep its visit
            v = self.selected()
            self._keep_id = v.id if v is not None else None
        f = self.filters()
        self.model.set_filters(**f)
        self._start_totals(f)
        if self.model.rowCount() and not self._fitted:  # once: refitting after every change cost ~30 ms
            self.table.fit_columns()
            self._fitted = True
        # The rows and the chosen visit are read in later turns of the event loop, so that a save or a filter
        # change does not hold the window for every read at once (issue 12: no stall over 100 ms).
        self._reselect_timer.start()

    def _reselect(self) -> None:
        """Choose the visit chosen before (or the newest) once the rows are in."""
        self._reselect_timer.stop()
        keep, self._keep_id = self._keep_id, None
        row = None
        if self.model.rowCount():
            row = self.model.locate(keep) if keep is not None else None
            self.table.select_row(row if row is not None else 0)
        self._selection_changed()

    def _start_totals(self, f: dict[str, Any]) -> None:
        """Sums over every visit shown take a while on a big book: worked out off the GUI thread; until they
        arrive the previous line stays, marked as being updated."""
        self._totals_seq += 1
        seq, book = self._totals_seq, self.book
        if self.totals.text() and not self.totals.text().endswith(self._updating):
            self.totals.setText(self.totals.text() + self._updating)
        worker = BookWorker(lambda _progress: book.visit_totals(**f), self)
        self._totals_workers.add(worker)
        worker.done.connect(lambda t, seq=seq: self._totals_arrived(seq, t))
        worker.failed.connect(lambda e, seq=seq: self._totals_failed(seq, e))
        worker.finished.connect(lambda w=worker: self._totals_workers.discard(w))
        worker.start()

    def _totals_arrived(self, seq: int, t: Any) -> None:
        if seq == self._totals_seq:  # an older answer for other filters is dropped
            self.totals.setText(self.totals_text(t))

    def _totals_failed(self, seq: int, e: Exception) -> None:
        if seq == self._totals_seq:
            self.totals.setText(self.tr("The totals could not be worked out: %1").replace("%1", str(e)))

    def wait_background(self) -> None:
        for w in list(self._totals_workers):
            w.wait()

    def totals_pending(self) -> bool:
        """Whether the totals line is still being worked out (tests wait for it)."""
        return bool(self._totals_workers)

    def totals_text(self, t: Any) -> str:
        if t.count == 0:
            return self.tr("No visits shown. Press “Add visit” to record one.")
        text = self.tr("Visits shown: %1, total %2. The fund paid %3. The rest: own accounts %4, wallets %5, "
                       "family accounts %6, cash %7.")
        for i, v in enumerate((str(t.count), fmt.money(t.total_fen), fmt.money(t.fund_fen), fmt.money(t.own_fen),
                               fmt.money(t.wallet_fen), fmt.money(t.family_fen), fmt.money(t.cash_fen)), start=1):
            text = text.replace(f"%{i}", v)
        return text

    def selected(self) -> Any | None:
        if self._reselect_timer.isActive():
            self._reselect()
        r = self.table.current_row()
        return None if r is None else self.model.visit(r)

    def _selection_changed(self, *_: Any) -> None:
        v = self.selected()
        for b in (self.edit_button, self.delete_button):
            set_enabled(b, v is not None, self.tr("Choose a visit in the table first."))
        # The chosen visit's payer lines are read in a later turn of the event loop, so that a save or a
        # filter change does not hold the window for the read as well (issue 12: no stall over 100 ms).
        self._detail_for = v.id if v is not None else None
        if v is None:
            self.detail.setText("")
        elif not self._detail_timer.isActive():
            self._detail_timer.start()

    def _show_detail(self) -> None:
        self._detail_timer.stop()
        vid, self._detail_for = self._detail_for, None
        if vid is not None:
            try:
                self.detail.setText(self.describe(self.book.visit(vid)))
            except Refused:  # deleted meanwhile (the page is being refilled)
                self.detail.setText("")

    def describe(self, v: Any) -> str:
        """The chosen visit: what it cost, what the fund paid, then each payer with the reason."""
        e = html.escape
        head = self.tr("%1, %2: %3 at %4. Total %5; the fund paid %6.")
        for i, val in enumerate((fmt.date(v.on_date), v.member_name, fmt.label(vocab.CARE_TYPES, v.care_type),
                                 where_text(v), fmt.money(v.total_fen), fmt.money(v.fund_fen)), start=1):
            head = head.replace(f"%{i}", val)
        if v.fund_actual_fen is not None:
            head += ("" if fmt.lang() == "zh" else " ") + self.tr("(from the receipt; the estimate was %1)").replace("%1", fmt.money(v.fund_estimated_fen))
        parts = [f"<p><b>{e(head)}</b></p>"]
        for ln in v.lines:
            who = fmt.label(vocab.PAYMENT_SOURCES, ln.source)
            if ln.source in ("family", "quota"):
                who = self.tr("%1: %2").replace("%1", who).replace("%2", ln.payer_name)
            parts.append(f"<p>{fmt.INFO} <b>{e(fmt.money(ln.amount_fen))}</b> {e(who)} — {e(fmt.text(ln))}</p>")
        parts.append(fmt.source_html(fmt.sources_of_all(v.lines)))  # the fact IDs on a small line of their own
        for note in self.book.visit_basis(v.member_id, v.on_date, v.total_fen):  # waiting period; pack and version
            if note.code == "waiting_period":
                if v.fund_actual_fen:  # the receipt says the fund paid: the receipt is what happened
                    continue
                parts.insert(1, f"<p>{fmt.INFO} {e(fmt.text(note))} {fmt.grey(fmt.source_note(fmt.sources(note)))}</p>")
            else:
                parts.append(f"<p>{fmt.grey(fmt.text(note))}</p>")
        return "".join(parts)

    def detail_text(self) -> str:
        if self._detail_for is not None:
            self._show_detail()
        return fmt.html_to_text(self.detail.text())

    def _after_change(self, visit_id: int | None = None, note: str = "") -> None:
        self.refresh()
        if visit_id is not None:
            self._keep_id = visit_id  # chosen once the rows are in
        self.message.show_error(note)
        if hasattr(self.window_, "statusBar") and note:
            self.window_.statusBar().showMessage(note, 8000)

    # ---- actions ----
    def add_visit(self) -> VisitDialog | None:
        if not self.add_button.isEnabled():
            return None
        d = VisitDialog(self.book, self, member_id=self.person.currentData())
        d.saved.connect(lambda out: self._saved(out))
        self.dialog = d
        d.open()
        return d

    def edit_visit(self) -> VisitDialog | None:
        v = self.selected()
        if v is None:
            return None
        d = VisitDialog(self.book, self, visit=self.book.visit(v.id))
        d.saved.connect(lambda out: self._saved(out))
        self.dialog = d
        d.open()
        return d

    def _saved(self, out: Any) -> None:
        note = self.tr("Saved.")
        if out.changed_later:
            note += ("" if fmt.lang() == "zh" else " ") + self.tr(
                "%1 later visits were counted again because of it.").replace("%1", str(out.changed_later))
        self._after_change(out.visit_id, note)

    def delete_visit(self) -> bool:
        v = self.selected()
        if v is None:
            return False
        text = self.tr("Delete the visit of %1 on %2 (%3)? Who paid for later visits is counted again.") \
            .replace("%1", v.member_name).replace("%2", fmt.date(v.on_date)).replace("%3", fmt.money(v.total_fen))
        if not confirm(self, self.tr("Delete this visit?"), text):
            return False
        book, vid = self.book, v.id
        try:  # later visits may be re-settled: off the GUI thread, the window keeps painting
            moved = run_in_background(self, lambda: book.delete_visit(vid))
        except Refused as e:
            self.message.show_error(fmt.plain(e.reasons, fmt.REFUSED))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        note = self.tr("Deleted.")
        if moved:
            note += ("" if fmt.lang() == "zh" else " ") + self.tr(
                "%1 later visits were counted again because of it.").replace("%1", str(moved))
        self._after_change(None, note)
        return True

    def import_csv(self) -> CsvImportDialog | None:
        path = choose_csv_to_open(self)
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # reading a big file takes a moment
        try:
            d = CsvImportDialog(self.book, path, self)
        finally:
            QApplication.restoreOverrideCursor()
        d.imported.connect(lambda report: self._after_change(
            None, self.tr("Imported %1 visits.").replace("%1", str(report.imported))))
        self.dialog = d
        d.open()
        return d

    def export_csv(self) -> int | None:
        suggested = self.tr("visits") + ".csv"
        path = choose_csv_to_save(self, suggested)
        if path is None:
            return None
        try:
            n = self.book.export_visits_csv(path, lang=fmt.lang(), **self.filters())
        except OSError as e:
            self.message.show_error(self.tr("Could not write the file: %1").replace("%1", str(e)))
            return None
        self.message.show_error(self.tr("Wrote %1 visits to %2.").replace("%1", str(n)).replace("%2", str(path)))
        return n
