"""UI preferences kept in QSettings: language, large text, window geometry."""

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

    def sync(self) -> None:
        self._s.sync()
