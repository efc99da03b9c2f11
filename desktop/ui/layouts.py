"""Layout helpers for older eyes: button rows that wrap instead of clipping when the text is large, and
dialog sizes measured in letters and lines of the current font (large text gets a larger dialog)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays widgets out left to right and starts a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _place(self, rect: QRect, apply: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x = rect.x()
                y += row_height + self._gap
                row_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


def fit_to_font(widget: QWidget, letters: float, lines: float) -> None:
    """Resize a dialog to ``letters`` wide and ``lines`` tall in its font, within the screen."""
    fm = widget.fontMetrics()
    want = QSize(int(fm.averageCharWidth() * letters), int(fm.lineSpacing() * lines))
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        want = want.boundedTo(screen.availableGeometry().size() - QSize(40, 60))
    widget.resize(want)


def enter_saves(buttons: QDialogButtonBox, first: QWidget) -> None:
    """A form opens with the cursor in its first field, and Enter presses Save (nothing while Save is disabled;
    a focused Cancel still takes its own Enter; multi-line fields keep Enter for a new line)."""
    buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
    first.setFocus(Qt.FocusReason.OtherFocusReason)


def buddy_label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A form label with a mnemonic for ``buddy``; a little spare width so an underlined letter that
    breaks a kerning pair ("&To") is not cut off."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
    return label


def page_heading(page: QWidget, title: str, intro: str) -> QVBoxLayout:
    """A page's column with its title and a wrapped sentence saying what the page is for."""
    col = QVBoxLayout(page)
    heading = QLabel(title, page)
    heading.setObjectName("Title")
    col.addWidget(heading)
    words = QLabel(intro, page)
    words.setWordWrap(True)
    col.addWidget(words)
    return col


def person_picker(page: QWidget, col: QVBoxLayout, label_text: str, accessible_name: str) -> QComboBox:
    """A "show for" row: a labelled combo box (with its mnemonic buddy) filling the left part of the row."""
    row = QHBoxLayout()
    picker = QComboBox(page)
    picker.setAccessibleName(accessible_name)
    label = QLabel(label_text, page)
    label.setBuddy(picker)
    row.addWidget(label)
    row.addWidget(picker, 1)
    row.addStretch(2)
    col.addLayout(row)
    return picker


def action_button(parent: QWidget, text: str, slot, tip: str) -> QPushButton:
    """A big page button whose tooltip doubles as its accessible description."""
    b = QPushButton(text, parent)
    b.setToolTip(tip)
    b.setAccessibleDescription(tip)
    b.setMinimumHeight(40)
    b.clicked.connect(lambda _=False: slot())
    return b


def refill_people(picker: QComboBox, members, everyone: str) -> None:
    """Put "everyone" and each member in a person picker, keeping the current choice when it still exists."""
    current = picker.currentData()
    picker.blockSignals(True)
    picker.clear()
    picker.addItem(everyone, None)
    for m in members:
        picker.addItem(m.name, m.id)
    i = picker.findData(current)
    picker.setCurrentIndex(i if i >= 0 else 0)
    picker.blockSignals(False)
