"""Import visits from a CSV file: first a preview of the rows and the errors, then the import with
progress, off the GUI thread (a large file re-settles thousands of visits)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.book import ImportRefused, Refused
from desktop.ui import reasons as fmt
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import fit_to_font
from desktop.ui.models.csv_rows_model import CsvErrorsModel, CsvRowsModel
from desktop.ui.tables import Table
from desktop.ui.write_failure import failure_text


class ImportWorker(QThread):
    """Runs ``book.import_visits_csv`` and reports progress; the dialog stays responsive."""

    progress = Signal(int, int)
    done = Signal(object)  # CsvReport
    failed = Signal(object)  # ImportRefused / Refused / other exception

    def __init__(self, book: Any, path: Path, skip_bad: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.path, self.skip_bad = book, path, skip_bad

    def run(self) -> None:
        try:
            report = self.book.import_visits_csv(self.path, skip_bad=self.skip_bad,
                                                 progress=lambda d, t: self.progress.emit(int(d), int(t)))
        except Exception as e:  # shown to the user in plain words; nothing was imported
            self.failed.emit(e)
            return
        self.done.emit(report)


class CsvImportDialog(QDialog):
    """Preview, choose whether to skip bad rows, import; ``imported`` carries the book's CsvReport."""

    imported = Signal(object)

    def __init__(self, book: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.path = Path(path)
        self.worker: ImportWorker | None = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Import visits from a CSV file"))
        self.preview = book.preview_visits_csv(self.path)
        names = {m.id: m.name for m in book.members()}

        col = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.rows_model = CsvRowsModel(self.preview.rows, names, self)
        self.errors_model = CsvErrorsModel(self.preview.errors, self)
        self.rows_table = Table(self, self.rows_model, self.tr("Rows that can be imported"))
        self.errors_table = Table(self, self.errors_model, self.tr("Rows with problems"))
        self.rows_table.fit_columns()
        self.errors_table.fit_columns()
        self.tabs.addTab(self.rows_table, self.tr("Good rows (%1)").replace("%1", str(len(self.preview.rows))))
        self.tabs.addTab(self.errors_table, self.tr("Problems (%1)").replace("%1", str(len(self.preview.errors))))
        if self.preview.errors:
            self.tabs.setCurrentWidget(self.errors_table)
        col.addWidget(self.tabs, 1)

        self.skip = QCheckBox(self.tr("&Skip the rows with problems and import the rest"), self)
        self.skip.setVisible(bool(self.preview.errors) and bool(self.preview.rows))
        self.skip.toggled.connect(self._update)
        col.addWidget(self.skip)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.hide()
        col.addWidget(self.bar)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("Warning")
        self.result.hide()
        col.addWidget(self.result)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close)
        col.addWidget(self.buttons)
        fit_to_font(self, 130, 36)
        self._update()

    def _update(self) -> None:
        p = self.preview
        n, bad = len(p.rows), p.bad_rows
        text = self.tr("%1 rows can be imported.").replace("%1", str(n))
        if bad:
            text += ("" if fmt.lang() == "zh" else " ") + self.tr("%1 rows have problems (see the list); nothing is imported while there are "
                                  "problems, unless you choose to skip those rows.").replace("%1", str(bad))
        self.summary.setText(f"{self.path.name}: {text}")
        why = (self.tr("The file has no row that can be imported.") if n == 0 else
               self.tr("Some rows have problems: choose to skip them to import the others."))
        set_enabled(self.import_button, n > 0 and (not p.errors or self.skip.isChecked()) and self.worker is None,
                    why)

    def start(self) -> None:
        """Import in a worker thread; the progress bar follows the book's progress callback."""
        if not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self.skip.setEnabled(False)
        self.close_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.worker = ImportWorker(self.book, self.path, self.skip.isChecked(), self)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.bar.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, report: Any) -> None:
        self._finished()
        self.report = report
        text = self.tr("Imported %1 visits in %2 seconds.").replace("%1", str(report.imported)) \
            .replace("%2", f"{report.seconds:.1f}")
        if report.skipped:
            text += ("" if fmt.lang() == "zh" else " ") + self.tr("%1 rows with problems were skipped.").replace("%1", str(report.skipped))
        self.result.setObjectName("")  # a success is not shown as a warning
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(f"{fmt.FINE} {text}")
        self.result.show()
        self.imported.emit(report)

    def _failed(self, error: Exception) -> None:
        self._finished()
        if isinstance(error, ImportRefused):
            words = fmt.plain(error.problems[:20], fmt.REFUSED)
        elif isinstance(error, Refused):
            words = fmt.plain(error.reasons, fmt.REFUSED)
        else:  # a full disk, a read-only folder: the store's sentence, in the UI language
            words = f"{fmt.REFUSED} {failure_text(error)}"
        self.result.setText(self.tr("Nothing was imported.") + "\n" + words)
        self.result.show()
        self._update()

    def reject(self) -> None:
        """Esc and the window's close button wait while an import is running (it cannot stop half-way)."""
        if self.worker is None:
            super().reject()

    def _close(self) -> None:
        if self.worker is None:
            if self.report is not None:
                self.accept()
            else:
                self.reject()
