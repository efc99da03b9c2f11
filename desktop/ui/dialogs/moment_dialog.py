"""Ask for one moment (date and time, China time to the minute), e.g. when a binding was registered
or when a wallet transfer was received."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.layouts import fit_to_font
from desktop.ui.qtdates import from_qdatetime, to_qdatetime


class MomentDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, label: str, default: dt.datetime,
                 ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        col = QVBoxLayout(self)
        words = QLabel(text, self)
        words.setWordWrap(True)
        col.addWidget(words)
        self.when = QDateTimeEdit(to_qdatetime(default), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        caption.setBuddy(self.when)
        col.addWidget(caption)
        col.addWidget(self.when)
        col.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        fit_to_font(self, 72, 11)

    def value(self) -> dt.datetime:
        return from_qdatetime(self.when.dateTime())
