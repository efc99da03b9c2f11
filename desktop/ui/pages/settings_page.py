"""Settings: language, large text with high contrast, where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme

LANGUAGES = [("zh_CN", "中文"), ("en", "English")]


class SettingsPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        s = window.settings
        col = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("Title")
        col.addWidget(title)
        form = QFormLayout()
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(s.language())
                                          if s.language() in dict(LANGUAGES) else 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Language"), self.language)
        self.large = QCheckBox(self.tr("Large text and high contrast"), self)
        self.large.setChecked(s.large_text())
        self.large.toggled.connect(self._large_changed)
        form.addRow(self.tr("Reading"), self.large)
        self.data_dir = QLabel(str(window.data_dir), self)
        self.data_dir.setTextInteractionFlags(self.data_dir.textInteractionFlags() | self.data_dir.textInteractionFlags().TextSelectableByMouse)
        form.addRow(self.tr("Data folder"), self.data_dir)
        col.addLayout(form)
        col.addStretch(1)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.window_.settings.set_language(code)
        self.window_.switch_language(code)

    def _large_changed(self, on: bool) -> None:
        self.window_.settings.set_large_text(on)
        theme.apply(QApplication.instance(), on)
