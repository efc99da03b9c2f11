"""Table models of the Family page: the members (ID numbers masked) and one member's balance statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.book import HEAD, MemberView, StatementView
from desktop.core import vocab
from desktop.core.policy import Registry
from desktop.ui import reasons

_MEMBER_COLUMNS = (
    QT_TRANSLATE_NOOP("MembersModel", "Name"),
    QT_TRANSLATE_NOOP("MembersModel", "Relation to the head"),
    QT_TRANSLATE_NOOP("MembersModel", "Age"),
    QT_TRANSLATE_NOOP("MembersModel", "ID number"),
    QT_TRANSLATE_NOOP("MembersModel", "Insured place"),
    QT_TRANSLATE_NOOP("MembersModel", "Insurance"),
    QT_TRANSLATE_NOOP("MembersModel", "Working or retired"),
    QT_TRANSLATE_NOOP("MembersModel", "Status"),
)


def region_name(registry: Registry, code: str) -> str:
    """The insured place's name in the UI language (a city without its own pack shows its province)."""
    pack = registry.packs.get(code)
    if pack is not None:
        zh, en = pack.name
    else:
        try:
            zh, en = registry.resolve_insured_place(code).name
        except KeyError:
            return code
    return zh if reasons.lang() == "zh" else en


def relation_text(key: str) -> str:
    if key == HEAD:
        return QCoreApplication.translate("MembersModel", "Head of the household")
    return reasons.label(vocab.RELATIONS, key)


def status_text(m: MemberView) -> str:
    text = reasons.label(vocab.STATUSES, m.status)
    if m.status_date is not None:
        text += QCoreApplication.translate("MembersModel", " (since %1)").replace("%1", m.status_date.isoformat())
    return text


class MembersModel(QAbstractTableModel):
    def __init__(self, registry: Registry, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.today = today
        self.rows: list[MemberView] = []

    def set_members(self, members: list[MemberView], today: dt.date) -> None:
        self.beginResetModel()
        self.rows = list(members)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_MEMBER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MembersModel", _MEMBER_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return m.name
        if col == 1:
            return relation_text(m.head_relation)
        if col == 2:
            age = m.age_on(self.today)
            return "" if age is None else str(age)
        if col == 3:
            return m.id_number_masked
        if col == 4:
            return region_name(self.registry, m.region_code)
        if col == 5:
            return reasons.label(vocab.INSURANCE_TYPES, m.insurance)
        if col == 6:
            return reasons.label(vocab.EMPLOYMENT, m.employment)
        return status_text(m)

    def member(self, row: int | None) -> MemberView | None:
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    def row_of(self, member_id: int) -> int | None:
        return next((i for i, m in enumerate(self.rows) if m.id == member_id), None)


_STATEMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("StatementsModel", "Date"),
    QT_TRANSLATE_NOOP("StatementsModel", "Account"),
    QT_TRANSLATE_NOOP("StatementsModel", "Balance"),
    QT_TRANSLATE_NOOP("StatementsModel", "Monthly credit"),
    QT_TRANSLATE_NOOP("StatementsModel", "Note"),
)
_ACCOUNTS = {
    "personal": QT_TRANSLATE_NOOP("StatementsModel", "Personal account"),
    "wallet": QT_TRANSLATE_NOOP("StatementsModel", "Insurance wallet"),
}


class StatementsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StatementView] = []

    def set_statements(self, rows: list[StatementView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_STATEMENT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StatementsModel", _STATEMENT_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return s.on_date.isoformat()
        if col == 1:
            return QCoreApplication.translate("StatementsModel", _ACCOUNTS.get(s.account, s.account))
        if col == 2:
            return reasons.money(s.balance_fen)
        if col == 3:
            return reasons.money(s.monthly_credit_fen)
        return s.note

    def statement(self, row: int | None) -> StatementView | None:
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None
