"""Normal and large-text/high-contrast looks. Large text scales every font by at least 1.5."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11
LARGE_SCALE = 1.6

_NORMAL = """
QWidget { color: #1d1d1f; }
#Sidebar { background: #eef2f6; }
#Sidebar QToolButton { border: none; border-radius: 8px; padding: 8px; text-align: left; }
#Sidebar QToolButton:checked { background: #2f6fb2; color: white; }
#Sidebar QToolButton:hover:!checked { background: #dce5ee; }
QFrame#Card { background: white; border: 1px solid #c9d3dd; border-radius: 10px; }
QLabel#Warning { color: #9a3a00; }
QLabel#Title { font-weight: bold; }
"""

_LARGE = """
QWidget { color: #000000; background: #ffffff; }
#Sidebar { background: #000000; }
#Sidebar QToolButton { color: #ffffff; border: 2px solid #ffffff; border-radius: 8px; padding: 10px; }
#Sidebar QToolButton:checked { background: #ffd400; color: #000000; }
QFrame#Card { background: #ffffff; border: 3px solid #000000; border-radius: 10px; }
QLabel#Warning { color: #b00000; font-weight: bold; }
QLabel#Title { font-weight: bold; }
QPushButton, QLineEdit, QComboBox, QDateEdit, QSpinBox { border: 2px solid #000000; padding: 6px; min-height: 32px; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QDateEdit:focus { border: 3px solid #0050c8; }
QHeaderView::section { background: #000000; color: #ffffff; padding: 6px; }
"""


def apply(app: QApplication, large: bool) -> None:
    """Set the application font and style sheet for the chosen mode."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * (LARGE_SCALE if large else 1.0))
    app.setFont(font)
    app.setStyleSheet(_LARGE if large else _NORMAL)


def scale(large: bool) -> float:
    return LARGE_SCALE if large else 1.0
