"""Before a policy file is used: which region and version it is, and every rule it changes (now → with the file,
source). Nothing is loaded unless the person presses “Load it”."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui import reasons
from desktop.ui.pages.policy_file_models import PolicyChangesModel
from desktop.ui.tables import Table


class PolicyFileDialog(QDialog):
    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Load a policy file?"))
        col = QVBoxLayout(self)
        region = preview.region[0] if reasons.lang() == "zh" else preview.region[1]
        if preview.replaces == "new":
            head = self.tr("%1 holds the rules of %2, version %3, a region the app has no rules of its own for.")
        elif preview.replaces == "loaded":
            head = self.tr("%1 holds the rules of %2, version %3. It replaces the policy file loaded before "
                           "(version %4).")
        else:
            head = self.tr("%1 holds the rules of %2, version %3. It replaces the rules that came with the app "
                           "(version %4).")
        head = head.replace("%1", preview.origin).replace("%2", region).replace("%3", preview.version)
        head = head.replace("%4", preview.old_version or "—")
        self.summary = QLabel(head + " " + self.tr("It passed every check. It changes %1 rule(s):").replace(
            "%1", str(len(preview.changes))), self)
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        self.model = PolicyChangesModel(preview, self)
        self.table = Table(self, self.model, self.tr("What the file changes"))
        self.table.fit_columns()
        col.addWidget(self.table, 1)
        note = QLabel(self.tr("Once loaded, every recorded visit is worked out again under these rules. You can "
                              "remove the file later in Settings; the rules that came with the app then apply "
                              "again."), self)
        note.setWordWrap(True)
        note.setObjectName("Note")
        col.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Load it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self.resize(max(820, self.fontMetrics().averageCharWidth() * 100), max(460, self.fontMetrics().height() * 24))

    def changes_text(self) -> list[list[str]]:
        m = self.model
        return [[str(m.data(m.index(r, c))) for c in range(m.columnCount())] for r in range(m.rowCount())]
