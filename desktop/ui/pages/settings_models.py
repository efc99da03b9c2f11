"""Table models of the Settings page: the backups, and the problems found in a book file being imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.ui import reasons

_BACKUP_COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsModel", "Made at"),
    QT_TRANSLATE_NOOP("BackupsModel", "Why"),
    QT_TRANSLATE_NOOP("BackupsModel", "File"),
)
_WHY = {
    "daily": QT_TRANSLATE_NOOP("BackupsModel", "daily, when the book was opened"),
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "made by hand"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsModel", "before an upgrade of the data file"),
    "before-import": QT_TRANSLATE_NOOP("BackupsModel", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "before a restore"),
}


def why_text(reason: str) -> str:
    return QCoreApplication.translate("BackupsModel", _WHY[reason]) if reason in _WHY else reason


class BackupsModel(QAbstractTableModel):
    """``desktop.store.backups.Backup`` rows (path, made_at, reason), newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_backups(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_BACKUP_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BackupsModel", _BACKUP_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        b = self.rows[index.row()]
        if index.column() == 0:
            return reasons.moment(b.made_at)
        if index.column() == 1:
            return why_text(b.reason)
        return b.name

    def backup(self, row: int | None) -> Any:
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None


_PROBLEM_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Where in the file"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "What is wrong"),
)


class ImportProblemsModel(QAbstractTableModel):
    """Problems with ``path``, ``message_zh`` and ``message_en`` (``desktop.store.jsonio.FileProblem``)."""

    def __init__(self, problems: list[Any], parent=None) -> None:
        super().__init__(parent)
        self.rows = list(problems)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_PROBLEM_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportProblemsModel", _PROBLEM_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.rows[index.row()]
        if index.column() == 0:
            return getattr(p, "path", "")
        zh = reasons.lang() == "zh"
        if hasattr(p, "message_zh"):
            return p.message_zh if zh else p.message_en
        return reasons.text(p)
