"""Form fields for a family member: a date typed as digits, and the insured place chosen by province then city.

Dates are typed rather than picked: "1956-03-08", "1956/3/8", "19560308" or "1956年3月8日" all work, which is
easier for older hands than a spin box. Regions come only from the installed region packs (``book.registry``).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QScrollArea, QWidget

from desktop.core.policy import Registry
from desktop.ui import reasons

NATIONAL = "000000"
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> dt.date:
    """The date in ``text``; ValueError when it is not one."""
    s = text.strip()
    m = _DATE.match(s) or _DIGITS.match(s)
    if not m:
        raise ValueError(text)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


class DateField(QLineEdit):
    """A date typed as text; ``value()`` is the date, None when empty (if allowed) or not a date."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("for example 1956-03-08"))
        self._value: dt.date | None = None
        self._error = ""
        self.textChanged.connect(self._check)
        self._check("")

    def _check(self, text: str) -> None:
        if not text.strip():
            self._value = None
            self._error = "" if self.optional else self.tr("Enter a date, for example 2026-03-08.")
        else:
            try:
                self._value, self._error = parse_date(text), ""
            except ValueError:
                self._value = None
                self._error = self.tr("That is not a date; write it like 1956-03-08.")
        self.setProperty("invalid", bool(self._error))
        self.validity_changed.emit(not self._error)

    def value(self) -> dt.date | None:
        return self._value

    def error(self) -> str:
        return self._error

    def set_value(self, day: dt.date | None) -> None:
        self.setText("" if day is None else day.isoformat())


class RegionPicker(QWidget):
    """Province, then city: every pack under the national one. The city list ends with the province itself
    ("another city": the province's rules apply), so a city without its own pack can still be chosen."""

    changed = Signal()

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.province = QComboBox(self)
        self.province.setAccessibleName(self.tr("Province"))
        self.city = QComboBox(self)
        self.city.setAccessibleName(self.tr("City"))
        row.addWidget(self.province, 1)
        row.addWidget(self.city, 1)
        lang = reasons.lang()
        packs = registry.packs
        self._children: dict[str, list[str]] = {}
        for code in sorted(packs):
            parent_code = packs[code].parent
            if parent_code is not None and parent_code != NATIONAL:
                self._children.setdefault(parent_code, []).append(code)
        provinces = [c for c in sorted(packs) if packs[c].parent == NATIONAL]
        self.province.addItem(self.tr("Choose a province"), None)
        for code in provinces:
            self.province.addItem(self._name(code, lang), code)
        self.province.currentIndexChanged.connect(self._fill_cities)
        self.city.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill_cities()

    def _name(self, code: str, lang: str) -> str:
        zh, en = self.registry.packs[code].name
        return zh if lang == "zh" else en

    def _fill_cities(self) -> None:
        province = self.province.currentData()
        self.city.blockSignals(True)
        self.city.clear()
        if province is None:
            self.city.addItem(self.tr("Choose the province first"), None)
            self.city.setEnabled(False)
        else:
            lang = reasons.lang()
            children = self._children.get(province, [])
            for code in children:
                self.city.addItem(self._name(code, lang), code)
            if children:
                self.city.addItem(self.tr("Another city (the province's rules)"), province)
            else:
                self.city.addItem(self._name(province, lang), province)
            self.city.setEnabled(True)
        self.city.blockSignals(False)
        self.changed.emit()

    def code(self) -> str | None:
        """The chosen insured place's region code, or None while no province is chosen."""
        return self.city.currentData()

    def set_code(self, code: str | None) -> None:
        if not code:
            self.province.setCurrentIndex(0)
            return
        packs = self.registry.packs
        province = code if code in packs and packs[code].parent == NATIONAL else code[:2] + "0000"
        i = self.province.findData(province)
        self.province.setCurrentIndex(max(0, i))
        j = self.city.findData(code)
        if j < 0:
            j = self.city.findData(province)
        if j >= 0:
            self.city.setCurrentIndex(j)


def grow_to_fit(dialog: QWidget, scroll: QScrollArea | None = None, inner: QWidget | None = None) -> None:
    """Grow a dialog to show its content whole, wrapped problem lines included, but never past the screen.

    With ``scroll``/``inner`` the content sits in a scroll area, which takes over beyond the screen's height.
    """
    width = dialog.width()
    if scroll is not None and inner is not None:
        lay = inner.layout()
        content = lay.totalHeightForWidth(scroll.viewport().width()) if lay.hasHeightForWidth() \
            else lay.totalSizeHint().height()
        need = dialog.height() - scroll.viewport().height() + content
    else:
        lay = dialog.layout()
        need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
    screen = dialog.screen()
    if screen is not None:
        need = min(need, int(screen.availableGeometry().height() * 0.9))
    if need > dialog.height():
        dialog.resize(width, need)
