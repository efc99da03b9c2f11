"""Table models of the Settings page: the backups, and the problems found in a book file being imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import reasons
from desktop.ui.models.rows_model import RowsModel

_BACKUP_COLUMNS = (
    ("made", QT_TRANSLATE_NOOP("BackupsModel", "Made at")),
    ("why", QT_TRANSLATE_NOOP("BackupsModel", "Why")),
    ("file", QT_TRANSLATE_NOOP("BackupsModel", "File")),
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


class BackupsModel(RowsModel):
    """``desktop.store.backups.Backup`` rows (path, made_at, reason), newest first."""

    CONTEXT = "BackupsModel"
    COLUMNS = _BACKUP_COLUMNS

    def set_backups(self, rows: list[Any]) -> None:
        self.set_rows(rows)

    def row_id(self, b: Any) -> Any:
        return b.name

    def cell(self, b: Any, key: str) -> str:
        if key == "made":
            return reasons.moment(b.made_at)
        if key == "why":
            return why_text(b.reason)
        return b.name

    def sort_value(self, b: Any, key: str) -> Any:
        return b.made_at.isoformat() if key == "made" else self.cell(b, key)

    def tooltip(self, b: Any, key: str) -> str | None:
        return self.cell(b, key)

    def backup(self, row: int | None) -> Any:
        return self.item(row)


_PROBLEM_COLUMNS = (
    ("where", QT_TRANSLATE_NOOP("ImportProblemsModel", "Where in the file")),
    ("what", QT_TRANSLATE_NOOP("ImportProblemsModel", "What is wrong")),
)


class ImportProblemsModel(RowsModel):
    """Problems with ``path``, ``message_zh`` and ``message_en`` (``desktop.store.jsonio.FileProblem``)."""

    CONTEXT = "ImportProblemsModel"
    COLUMNS = _PROBLEM_COLUMNS

    def __init__(self, problems: list[Any], parent=None) -> None:
        super().__init__(parent, problems)

    def cell(self, p: Any, key: str) -> str:
        if key == "where":
            return getattr(p, "path", "")
        if hasattr(p, "message_zh"):
            return p.message_zh if reasons.lang() == "zh" else p.message_en
        return reasons.text(p)

    def tooltip(self, p: Any, key: str) -> str | None:
        return self.cell(p, key)
