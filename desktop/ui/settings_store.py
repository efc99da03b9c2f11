"""UI preferences kept in QSettings: language, large text, window geometry, tables' column widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def language(self) -> str:
        return str(self._s.value("ui/language", "zh_CN"))

    def set_language(self, lang: str) -> None:
        self._s.setValue("ui/language", lang)

    def large_text(self) -> bool:
        return self._s.value("ui/large_text", False, type=bool)

    def set_large_text(self, on: bool) -> None:
        self._s.setValue("ui/large_text", on)

    def geometry(self) -> QByteArray | None:
        v = self._s.value("ui/geometry")
        return v if isinstance(v, QByteArray) else None

    def set_geometry(self, data: QByteArray) -> None:
        self._s.setValue("ui/geometry", data)

    def column_widths(self, table: str) -> list[int]:
        """Column widths a person set by dragging, per table (0: not set)."""
        v = self._s.value(f"tables/{table}")
        if not v:
            return []
        items = v if isinstance(v, list) else str(v).split(",")
        try:
            return [int(x) for x in items]
        except ValueError:  # an edited or damaged settings file: fit the columns afresh
            return []

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        self._s.setValue(f"tables/{table}", ",".join(str(w) for w in widths))

    def sync(self) -> None:
        self._s.sync()
