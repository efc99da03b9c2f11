"""Small shared widgets: a money field that validates as you type, a card frame, a plain-words error line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.qt_values import ALIGN_LEFT, ALIGN_VCENTER, PLAIN_TEXT

if TYPE_CHECKING:  # the boxes import it when asked: Home's first figures come before QMessageBox and the Qt namespace
    from PySide6.QtWidgets import QMessageBox

from desktop.core import money

# Messages for money.MoneyError codes, translated in the UI (the core's English text is for logs).
_MONEY_MESSAGES = {
    "empty": QT_TRANSLATE_NOOP("MoneyEdit", "Enter an amount, for example 120.50."),
    "negative": QT_TRANSLATE_NOOP("MoneyEdit", "The amount cannot be negative."),
    "not_a_number": QT_TRANSLATE_NOOP("MoneyEdit", "That is not an amount; write it like 1234.50."),
    "too_precise": QT_TRANSLATE_NOOP("MoneyEdit", "At most two decimals (the smallest unit is 0.01 yuan)."),
    "too_large": QT_TRANSLATE_NOOP("MoneyEdit", "Over ¥100,000,000; please check the amount."),
}
_NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("MoneyEdit", "That is not an amount.")


def money_message(code: str) -> str:
    return QCoreApplication.translate("MoneyEdit", _MONEY_MESSAGES.get(code, _NOT_AN_AMOUNT))


class MoneyEdit(QLineEdit):
    """Line edit for yuan amounts; ``fen()`` is None while the text is not a valid amount."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setPlaceholderText("0.00")
        self._fen: int | None = None
        self._error = ""
        self.textChanged.connect(self._check)
        self._check(self.text())

    def _check(self, text: str) -> None:
        if self.allow_empty and not text.strip():
            self._fen, self._error = None, ""
        else:
            try:
                self._fen, self._error = money.parse(text), ""
            except money.MoneyError as e:
                self._fen, self._error = None, money_message(e.code)
        self.setProperty("invalid", bool(self._error))
        self.setToolTip(self._error)
        self.validity_changed.emit(not self._error)

    def fen(self) -> int | None:
        return self._fen

    def error(self) -> str:
        return self._error

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else money.format_fen(fen, symbol=""))


class Card(QFrame):
    """A bordered box for one person or one figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)


class ErrorLine(QLabel):
    """Shows what is wrong in plain words, right under the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Warning")
        self.setWordWrap(True)
        self.setProperty("textFormat", PLAIN_TEXT)  # a message may quote what a person typed
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class WrapWhenShort(QLabel):
    """A plain-text label that asks for one line's width and wraps only where the row has less room (a word-wrapped
    QLabel otherwise asks for a narrow column and takes two lines even where one would fit)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", PLAIN_TEXT)
        self.setWordWrap(True)
        self.setText(text)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        # as QLabel measures one unwrapped line
        line = self.fontMetrics().boundingRect(0, 0, 2000, 2000, ALIGN_LEFT | ALIGN_VCENTER, self.text())
        width = line.width() + 2 * self.margin() + m.left() + m.right()
        return QSize(width, self.heightForWidth(width))


def confirm_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The question asked before a destructive action (tests/ui/catalogue.py shows it without waiting)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names in the question are shown as typed
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a destructive action; the safe answer is the default."""
    from PySide6.QtWidgets import QMessageBox

    return confirm_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes
