"""Normal and large-text/high-contrast looks. Large text scales every font by at least 1.5."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11
LARGE_SCALE = 1.6

_NORMAL = """
QWidget { color: #1d1d1f; }
QWidget:disabled { color: #8c8c8c; }
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
QWidget:disabled { color: #6b6b6b; }
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


# Home, Family and Settings pages: figures, notes, the welcome's big choices (sizes follow the mode's base size).
_PAGES_NORMAL = """
QLabel#Note { color: #4a4a4a; }
QPushButton#Figure { text-align: right; padding: 4px 10px; }
QPushButton#BigChoice { padding: 10px 16px; }
"""
_PAGES_LARGE = """
#Sidebar QToolButton:!checked { background: #000000; color: #ffffff; }
QLabel#Note { color: #000000; }
QPushButton#Figure { text-align: right; padding: 6px 12px; }
QPushButton#BigChoice { padding: 12px 18px; border: 3px solid #000000; }
"""


# Bindings, Visits and Wallet pages and their dialogs: date-time fields, tick boxes and table selection.
_RECORDS_LARGE = """
QDateTimeEdit { border: 2px solid #000000; padding: 6px; min-height: 32px; }
QDateTimeEdit:focus { border: 3px solid #0050c8; }
QCheckBox::indicator, QRadioButton::indicator { width: 26px; height: 26px; }
QTableView { gridline-color: #000000; selection-background-color: #0050c8; selection-color: #ffffff; }
QPushButton:disabled { color: #6b6b6b; border: 2px dashed #6b6b6b; }
"""


def _sizes(base: float) -> str:
    """Headings and figures relative to the base size, in points (never pixels), so both modes scale."""
    return (f"QLabel#Title {{ font-size: {base * 1.5:.1f}pt; }}\n"
            f"QLabel#CardName {{ font-size: {base * 1.3:.1f}pt; font-weight: bold; }}\n"
            f"QLabel#Subtitle {{ font-size: {base * 1.15:.1f}pt; font-weight: bold; }}\n"
            f"QPushButton#Figure {{ font-size: {base * 1.3:.1f}pt; font-weight: bold; }}\n"
            f"QLabel#Total {{ font-size: {base * 1.6:.1f}pt; font-weight: bold; }}\n"
            f"QPushButton#BigChoice {{ font-size: {base * 1.2:.1f}pt; }}\n")


def apply(app: QApplication, large: bool) -> None:
    """Set the application font and style sheet for the chosen mode."""
    font = QFont(app.font())
    base = BASE_POINT_SIZE * (LARGE_SCALE if large else 1.0)
    font.setPointSizeF(base)
    app.setFont(font)
    app.setStyleSheet((_LARGE if large else _NORMAL) + (_PAGES_LARGE if large else _PAGES_NORMAL) + _sizes(base)
                      + (_RECORDS_LARGE if large else ""))


def scale(large: bool) -> float:
    return LARGE_SCALE if large else 1.0


def sidebar_ink(large: bool) -> tuple[str, str, str]:
    """The sidebar's text colours (not chosen, chosen, disabled), for the page icons drawn beside the text: the
    same as the style sheets above, so an icon never sits black on black."""
    return ("#ffffff", "#000000", "#9a9a9a") if large else ("#1d1d1f", "#ffffff", "#8a8a8e")
