"""Table models for policy files: the files loaded (Settings) and what a file would change (before loading)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.ui import reasons

_FILE_COLUMNS = (
    QT_TRANSLATE_NOOP("PolicyFilesModel", "Region"),
    QT_TRANSLATE_NOOP("PolicyFilesModel", "Version"),
    QT_TRANSLATE_NOOP("PolicyFilesModel", "In use"),
    QT_TRANSLATE_NOOP("PolicyFilesModel", "File"),
)
_CHANGE_COLUMNS = (
    QT_TRANSLATE_NOOP("PolicyChangesModel", "Rule"),
    QT_TRANSLATE_NOOP("PolicyChangesModel", "Now"),
    QT_TRANSLATE_NOOP("PolicyChangesModel", "With the file"),
    QT_TRANSLATE_NOOP("PolicyChangesModel", "Source"),
)


class _Rows(QAbstractTableModel):
    context = ""
    columns: tuple[str, ...] = ()

    def __init__(self, rows: list[Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = list(rows or [])

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def row(self, r: int | None) -> Any:
        return self.rows[r] if r is not None and 0 <= r < len(self.rows) else None


class PolicyFilesModel(_Rows):
    """``desktop.book.PolicyFileView`` rows."""

    context = "PolicyFilesModel"
    columns = _FILE_COLUMNS

    def cell(self, f: Any, column: int, role: int) -> Any:
        if column == 0:
            return f.region[0] if reasons.lang() == "zh" else f.region[1]
        if column == 1:
            return f.version
        if column == 2:
            if f.in_use:
                return QCoreApplication.translate("PolicyFilesModel", "yes")
            no = QCoreApplication.translate("PolicyFilesModel", "no: the file no longer passes the checks, so the "
                                                                "bundled rules apply")
            return f"{no} ({f.problem})" if role == Qt.ItemDataRole.ToolTipRole and f.problem else no
        return f.name


class PolicyChangesModel(_Rows):
    """``desktop.core.pack_diff.Change`` rows of one preview (``shown`` gives old and new as people read them)."""

    context = "PolicyChangesModel"
    columns = _CHANGE_COLUMNS

    def __init__(self, preview: Any, parent=None) -> None:
        super().__init__(list(preview.changes), parent)
        self.preview = preview

    def cell(self, c: Any, column: int, role: int) -> Any:
        if column == 0:  # the rule in words; where it is in the file, on hover
            from desktop.core.pack_words import words

            said = words(c.key, reasons.lang())
            return f"{said}\n{c.key}" if role == Qt.ItemDataRole.ToolTipRole and said != c.key else said
        if column in (1, 2):
            return self.preview.shown(c)[column - 1]
        if c.old_source and c.new is not None and c.old_source != c.source:
            return f"{c.old_source} → {c.source}"
        return c.source or "—"
