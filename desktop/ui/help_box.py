"""Help ▸ Contents: the pages and keys in a box that scrolls, so it fits the screen in large text too (a message
box grows with its text: in English with large text it was taller than a 1280 × 800 screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpBox(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpBox")
        self.setWindowTitle(title)
        self.html = html
        col = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(html)
        col.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        col.addWidget(buttons)
        self.resize(self._size())

    def text(self) -> str:
        """What the box says (as QMessageBox.text(): the HTML)."""
        return self.html

    def _size(self) -> QSize:
        """The text's own size at 40 em wide, within nine tenths of the screen."""
        em = self.fontMetrics().height()
        doc = self.browser.document()
        doc.setTextWidth(40 * em)
        want = QSize(40 * em + 4 * em, int(doc.size().height()) + 6 * em)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            want = want.boundedTo(QSize(int(screen.width() * 0.9), int(screen.height() * 0.9)))
        return want
