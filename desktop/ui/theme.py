"""Normal and 长辈模式 / elder-mode looks. Elder mode (the setting kept as ``ui/large_text``) meets the MIIT 2021
适老化 numbers: text at least 18 pt, click targets at least 60 × 60 px (style sheet plus :class:`ElderSizes`, a
post-pass on every widget as it is polished), line spacing at least 1.3 em for multi-line text
(:mod:`desktop.ui.line_spacing`), black on white at 21 : 1 with a palette to match, and a thick blue focus frame
so the whole app can be driven by keyboard."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# Only what the normal look needs before the window is up: the widget classes, QEvent's and QPalette's enums
# (~6 ms of enum types) are imported by the functions that use them (elder mode, dialogs).
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.qprops import own_property

BASE_POINT_SIZE = 11
ELDER_POINT_SIZE = 18  # MIIT 2021 适老化: main text at least 18 pt
LARGE_SCALE = ELDER_POINT_SIZE / BASE_POINT_SIZE
MIN_TARGET = 60  # MIIT 2021 适老化: click targets at least 60 × 60 px
FOCUS = "#0050c8"  # 7.1 : 1 on white

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
#Sidebar QToolButton { color: #ffffff; border: 2px solid #ffffff; border-radius: 8px; padding: 10px; min-height: 40px; }
#Sidebar QToolButton:checked { background: #ffd400; color: #000000; }
QFrame#Card { background: #ffffff; border: 3px solid #000000; border-radius: 10px; }
QLabel#Warning { color: #b00000; font-weight: bold; }
QLabel#Title { font-weight: bold; }
QPushButton, QLineEdit, QComboBox, QAbstractSpinBox { border: 2px solid #000000; padding: 6px; min-height: 44px; }
QLineEdit, QComboBox, QAbstractSpinBox { min-width: 44px; }
QPushButton { background: #f0f0f0; padding: 6px 14px; }
QPushButton:default { border: 3px solid #000000; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QToolButton:focus,
QCheckBox:focus, QRadioButton:focus, QTableView:focus, QTabBar::tab:focus { border: 4px solid #0050c8; }
#Sidebar QToolButton:focus { border: 4px solid #ffd400; }
QCheckBox, QRadioButton { min-height: 60px; padding: 0 6px; border: 4px solid transparent; }
QTabBar::tab { min-height: 52px; min-width: 60px; padding: 4px 14px; border: 2px solid #000000; }
QTabBar::tab:selected { background: #000000; color: #ffffff; }
QHeaderView::section { background: #000000; color: #ffffff; padding: 6px; }
QToolTip { color: #000000; background: #ffffff; border: 2px solid #000000; }
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
# The menu bar's menus: room after each item's text (the style's own width elides the longest Chinese item), and
# disabled items in a grey that still reads (4.5 : 1 on white) yet shows they do nothing now (the app's
# "QWidget { color }" greys none). Here, not as the bar's own style sheet: a widget's sheet costs ~5 ms before the
# window is up (benchmarks/startup.py).
_MENUS = (" QMenuBar QMenu { border: 2px solid #505050; } QMenuBar QMenu::item { padding: 4px 28px 4px 24px; }"
          " QMenuBar QMenu::item:disabled { color: #767676; }")

_RECORDS_LARGE = """
QDateTimeEdit { border: 2px solid #000000; padding: 6px; min-height: 44px; }
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


def elder_palette() -> QPalette:
    """Black on white everywhere (21 : 1); disabled and placeholder text #595959 (7 : 1), never paler."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    ink, paper, grey = QColor("#000000"), QColor("#ffffff"), QColor("#595959")
    for role, colour in ((QPalette.ColorRole.Window, paper), (QPalette.ColorRole.WindowText, ink),
                         (QPalette.ColorRole.Base, paper), (QPalette.ColorRole.AlternateBase, QColor("#f0f0f0")),
                         (QPalette.ColorRole.Text, ink), (QPalette.ColorRole.Button, QColor("#f0f0f0")),
                         (QPalette.ColorRole.ButtonText, ink), (QPalette.ColorRole.BrightText, ink),
                         (QPalette.ColorRole.ToolTipBase, paper), (QPalette.ColorRole.ToolTipText, ink),
                         (QPalette.ColorRole.Highlight, QColor(FOCUS)), (QPalette.ColorRole.HighlightedText, paper),
                         (QPalette.ColorRole.PlaceholderText, grey), (QPalette.ColorRole.Link, QColor(FOCUS))):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return p


class ElderSizes(QObject):
    """Gives every click target (buttons, tick boxes, combo boxes, text and date fields) at least 60 × 60 px as
    it is polished, so pages need no edits of their own; the original minimum comes back in normal mode."""

    KEY = "elderMinimum"

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

        super().__init__(parent)
        self._polish, self._show = QEvent.Type.Polish, QEvent.Type.Show
        self._widget, self._dialog, self._message_box = QWidget, QDialog, QMessageBox

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._polish and isinstance(watched, self._widget) and is_target(watched):
            enlarge(watched)
        elif (event.type() == self._show and isinstance(watched, self._dialog)
              and not isinstance(watched, self._message_box)):
            fit_on_screen(watched)
        return False


def fit_on_screen(d: QDialog) -> None:
    """The larger text and targets can make a dialog taller than the screen: its fields go in a scroll area with
    the dialog's buttons kept below it, always in reach; then the dialog is sized to what the screen has room for."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget, QWizard

    screen = d.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().size() - QSize(20, 60)
    layout = d.layout()
    if (not isinstance(d, QWizard) and layout is not None and own_property(d, "elderScrolled") is None
            and layout.minimumSize().height() > room.height()):
        d.setProperty("elderScrolled", True)
        holder = QWidget()
        holder.setLayout(layout)  # moves the layout and its widgets off the dialog
        buttons = holder.findChildren(QDialogButtonBox, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for box in buttons:
            layout.removeWidget(box)
        scroll = QScrollArea(d)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(d)
        outer.addWidget(scroll, 1)
        for box in buttons:
            box.setParent(d)
            outer.addWidget(box)
        box_height = sum(b.sizeHint().height() for b in buttons)
        d.setMinimumHeight(min(room.height(), box_height + 200))
        # as wide as the fields want (the scroll area is for height), so no field is squeezed to its minimum
        d.resize(max(d.width(), holder.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 24),
                 d.height())
    # the height is bounded by the screen; the width only to 1260 px (a 1280 × 800 screen less a margin): a
    # dialog sized wider on purpose for such a screen keeps its width, the window manager fits narrower ones
    d.resize(min(d.width(), max(room.width(), 1260)), min(d.height(), room.height()))


def is_target(w: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
        return False  # the editor inside a spin or combo box: its owner is the target
    return isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox))


def enlarge(w: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton

    if own_property(w, ElderSizes.KEY) is None:
        w.setProperty(ElderSizes.KEY, [w.minimumWidth(), w.minimumHeight()])
    # An explicit minimum width replaces Qt's own in a layout, which may then squeeze a button below its text's
    # width and cut the text: a button's width is raised only where it is narrower than 60 px (fields may be
    # squeezed: their text scrolls or is elided, and a dialog stays within the screen).
    wide = isinstance(w, QAbstractButton) and (w.minimumWidth() > 0 or w.sizeHint().width() >= MIN_TARGET)
    w.setMinimumSize(w.minimumWidth() if wide else max(w.minimumWidth(), MIN_TARGET),
                     max(w.minimumHeight(), MIN_TARGET))


def restore(w: QWidget) -> None:
    saved = own_property(w, ElderSizes.KEY)
    if saved is not None:
        w.setMinimumSize(int(saved[0]), int(saved[1]))
        w.setProperty(ElderSizes.KEY, None)


_sizes_filter: ElderSizes | None = None
# Qt's own palette is kept until one is set: in the normal look on a light desktop it is the style's, and asking the
# style for it costs ~15 ms of QStyle enum types before the window (benchmarks/startup.py)
_palette_set = False


def _dark(app: QApplication) -> bool:
    """The desktop's palette is dark (our style sheets are light: dark text would sit on a dark window)."""
    return app.palette().window().color().lightness() < 128


def is_elder() -> bool:
    """Elder mode is on (rich text built for a label leaves out <small> then: every line at least 18 pt)."""
    return _sizes_filter is not None


def apply(app: QApplication, large: bool) -> None:
    """Set the application font, palette, style sheet and target sizes for the chosen mode."""
    global _sizes_filter
    if large and _sizes_filter is None:
        _sizes_filter = ElderSizes(app)
        app.installEventFilter(_sizes_filter)
    elif not large and _sizes_filter is not None:
        app.removeEventFilter(_sizes_filter)
        _sizes_filter = None
    for w in app.allWidgets():
        if is_target(w):
            (enlarge if large else restore)(w)
    global _palette_set
    if large:
        app.setPalette(elder_palette())
        _palette_set = True
    elif _palette_set or _dark(app):
        app.setPalette(app.style().standardPalette())  # the style's own light palette, under our light sheets
        _palette_set = True
    font = QFont(app.font())
    base = float(ELDER_POINT_SIZE if large else BASE_POINT_SIZE)
    font.setPointSizeF(base)
    app.setFont(font)
    app.setStyleSheet((_LARGE if large else _NORMAL) + (_PAGES_LARGE if large else _PAGES_NORMAL) + _sizes(base)
                      + (_RECORDS_LARGE if large else "") + _MENUS)
    # after the font: the spacing is worked out from each text's font. Imported only when there is something to
    # do: its Qt namespace and text classes cost ~15 ms before the window in the normal look (benchmarks/startup.py)
    if large or "desktop.ui.line_spacing" in sys.modules:
        from desktop.ui import line_spacing

        line_spacing.apply(app, large)


def scale(large: bool) -> float:
    return LARGE_SCALE if large else 1.0


def sidebar_ink(large: bool) -> tuple[str, str, str]:
    """The sidebar's text colours (not chosen, chosen, disabled), for the page icons drawn beside the text: the
    same as the style sheets above, so an icon never sits black on black."""
    return ("#ffffff", "#000000", "#9a9a9a") if large else ("#1d1d1f", "#ffffff", "#8a8a8e")
