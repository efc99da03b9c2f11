"""Table models of the Family page: the members (ID numbers masked) and one member's balance statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.book import MemberView, StatementView
from desktop.core import vocab
from desktop.core.policy import Registry
from desktop.ui import reasons
from desktop.ui.member_words import region_name, relation_text, status_text
from desktop.ui.models.rows_model import RowsModel, fen_key

_MEMBER_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("MembersModel", "Name")),
    ("relation", QT_TRANSLATE_NOOP("MembersModel", "Relation to the head")),
    ("age", QT_TRANSLATE_NOOP("MembersModel", "Age")),
    ("id_number", QT_TRANSLATE_NOOP("MembersModel", "ID number")),
    ("place", QT_TRANSLATE_NOOP("MembersModel", "Insured place")),
    ("insurance", QT_TRANSLATE_NOOP("MembersModel", "Insurance")),
    ("employment", QT_TRANSLATE_NOOP("MembersModel", "Working or retired")),
    ("status", QT_TRANSLATE_NOOP("MembersModel", "Status")),
)


class MembersModel(RowsModel):
    CONTEXT = "MembersModel"
    COLUMNS = _MEMBER_COLUMNS
    RIGHT = frozenset({"age"})

    def __init__(self, registry: Registry, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.today = today

    def set_members(self, members: list[MemberView], today: dt.date) -> None:
        self.today = today
        self.set_rows(members)

    def cell(self, m: MemberView, key: str) -> str:
        if key == "name":
            return m.name
        if key == "relation":
            return relation_text(m.head_relation)
        if key == "age":
            age = m.age_on(self.today)
            return "" if age is None else str(age)
        if key == "id_number":
            return m.id_number_masked
        if key == "place":
            return region_name(self.registry, m.region_code)
        if key == "insurance":
            return reasons.label(vocab.INSURANCE_TYPES, m.insurance)
        if key == "employment":
            return reasons.label(vocab.EMPLOYMENT, m.employment)
        return status_text(m)

    def sort_value(self, m: MemberView, key: str) -> Any:
        if key == "age":
            age = m.age_on(self.today)
            return -1 if age is None else age
        return self.cell(m, key)

    def tooltip(self, m: MemberView, key: str) -> str | None:
        return self.cell(m, key)

    def member(self, row: int | None) -> MemberView | None:
        return self.item(row)


_STATEMENT_COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("StatementsModel", "Date")),
    ("account", QT_TRANSLATE_NOOP("StatementsModel", "Account")),
    ("balance", QT_TRANSLATE_NOOP("StatementsModel", "Balance")),
    ("credit", QT_TRANSLATE_NOOP("StatementsModel", "Monthly credit")),
    ("note", QT_TRANSLATE_NOOP("StatementsModel", "Note")),
)
_ACCOUNTS = {
    "personal": QT_TRANSLATE_NOOP("StatementsModel", "Personal account"),
    "wallet": QT_TRANSLATE_NOOP("StatementsModel", "Insurance wallet"),
}


class StatementsModel(RowsModel):
    CONTEXT = "StatementsModel"
    COLUMNS = _STATEMENT_COLUMNS
    MONEY = frozenset({"balance", "credit"})

    def set_statements(self, rows: list[StatementView]) -> None:
        self.set_rows(rows)

    def cell(self, s: StatementView, key: str) -> str:
        if key == "date":
            return s.on_date.isoformat()
        if key == "account":
            return QCoreApplication.translate("StatementsModel", _ACCOUNTS.get(s.account, s.account))
        if key == "balance":
            return reasons.money(s.balance_fen)
        if key == "credit":
            return reasons.money(s.monthly_credit_fen)
        return s.note

    def sort_value(self, s: StatementView, key: str) -> Any:
        if key == "balance":
            return fen_key(s.balance_fen)
        if key == "credit":
            return fen_key(s.monthly_credit_fen)
        return self.cell(s, key)

    def tooltip(self, s: StatementView, key: str) -> str | None:
        return self.cell(s, key)

    def statement(self, row: int | None) -> StatementView | None:
        return self.item(row)
