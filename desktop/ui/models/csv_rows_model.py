"""The rows of a CSV file as an import would take them, and the rows it cannot take, for the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.models.rows_model import RowsModel, fen_key

ROW_COLUMNS = (
    ("row", QT_TRANSLATE_NOOP("CsvRowsModel", "Row")),
    ("person", QT_TRANSLATE_NOOP("CsvRowsModel", "Person")),
    ("date", QT_TRANSLATE_NOOP("CsvRowsModel", "Date")),
    ("care", QT_TRANSLATE_NOOP("CsvRowsModel", "Care")),
    ("level", QT_TRANSLATE_NOOP("CsvRowsModel", "Hospital level")),
    ("total", QT_TRANSLATE_NOOP("CsvRowsModel", "Total")),
    ("fund", QT_TRANSLATE_NOOP("CsvRowsModel", "Fund paid")),
    ("wallet", QT_TRANSLATE_NOOP("CsvRowsModel", "Wallet")),
    ("where", QT_TRANSLATE_NOOP("CsvRowsModel", "Hospital or pharmacy")),
)
ERROR_COLUMNS = (
    ("row", QT_TRANSLATE_NOOP("CsvRowsModel", "Row")),
    ("column", QT_TRANSLATE_NOOP("CsvRowsModel", "Column")),
    ("what", QT_TRANSLATE_NOOP("CsvRowsModel", "What is wrong")),
)


class CsvRowsModel(RowsModel):
    """Good rows (``csvio.ParsedVisit``) with the member's name."""

    CONTEXT = "CsvRowsModel"
    COLUMNS = ROW_COLUMNS
    MONEY = frozenset({"total", "fund"})
    RIGHT = frozenset({"row"})

    def __init__(self, rows: tuple[Any, ...], names: dict[int, str], parent=None) -> None:
        super().__init__(parent, rows)
        self.names = names

    def cell(self, r: Any, key: str) -> str:
        if key == "row":
            return str(r.row)
        if key == "person":
            return self.names.get(r.member_id, "")
        if key == "date":
            return fmt.date(r.on_date)
        if key == "care":
            return fmt.label(vocab.CARE_TYPES, r.care_type)
        if key == "level":
            return fmt.label(vocab.HOSPITAL_CLASSES, r.hospital_class)
        if key == "total":
            return fmt.money(r.total_fen)
        if key == "fund":
            return fmt.money(r.fund_actual_fen) if r.fund_actual_fen is not None else QCoreApplication.translate("CsvRowsModel", "estimate")
        if key == "wallet":
            return QCoreApplication.translate("CsvRowsModel", "yes") if r.wallet_accepted else QCoreApplication.translate("CsvRowsModel", "no")
        return r.institution

    def sort_value(self, r: Any, key: str) -> Any:
        if key == "row":
            return r.row
        if key == "total":
            return fen_key(r.total_fen)
        if key == "fund":
            return fen_key(r.fund_actual_fen)
        return self.cell(r, key)


class CsvErrorsModel(RowsModel):
    """Problems (``csvio.RowError``): row number as a spreadsheet shows it, column, words."""

    CONTEXT = "CsvRowsModel"
    COLUMNS = ERROR_COLUMNS
    RIGHT = frozenset({"row"})

    def __init__(self, rows: tuple[Any, ...] = (), parent=None) -> None:
        super().__init__(parent, rows)

    def cell(self, e: Any, key: str) -> str:
        if key == "row":
            return str(e.row) if e.row else ""
        if key == "column":
            return e.column
        return e.message_zh if fmt.lang() == "zh" else e.message_en

    def sort_value(self, e: Any, key: str) -> Any:
        return (e.row or 0) if key == "row" else self.cell(e, key)

    def tooltip(self, e: Any, key: str) -> str | None:
        return self.cell(e, key)
