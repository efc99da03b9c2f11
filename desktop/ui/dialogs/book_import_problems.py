"""Every problem found in a whole-book file, each with its place in the file; nothing was imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.layouts import fit_to_font
from desktop.ui.pages.settings_models import ImportProblemsModel
from desktop.ui.tables import Table


class ImportProblemsDialog(QDialog):
    def __init__(self, problems: list[Any], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        col = QVBoxLayout(self)
        self.summary = QLabel(self.tr("%1 has %2 problem(s). Nothing was imported and the book is as it was. "
                                      "Correct the file and import it again.")
                              .replace("%1", file_name).replace("%2", str(len(problems))), self)
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        self.model = ImportProblemsModel(problems, self)
        self.table = Table(self, self.model, self.tr("Problems in the file"))
        self.table.fit_columns()
        self.table.setWordWrap(True)  # a long "what is wrong" wraps in its row instead of running off the right
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        fit_to_font(self, 120, 22)  # in letters of its font: large text gets a larger box (it was 760 × 420 px)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()
