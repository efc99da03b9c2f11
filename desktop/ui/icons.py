"""The app's own page icons (resources/icons/pages/*.svg): simple line drawings, tinted with the palette's text
colour when drawn, so they read in the normal, dark and high-contrast palettes alike (QStyle's stock icons — a
folder, a tick, a hard disk — said nothing about the pages, and one was black on black in large text)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

PAGES = ("home", "family", "bindings", "visits", "wallet", "projection", "savings", "settings")
_INK = "#000000"  # the colour the files are drawn in, replaced by the palette's when drawn


def icons_dir() -> Path:
    from desktop.ui.i18n import i18n_dir

    return i18n_dir().parent / "icons" / "pages"


@cache
def _svg(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def has_icon(name: str) -> bool:
    return (icons_dir() / f"{name}.svg").is_file()


def page_pixmap(name: str, color: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace(_INK, color.name()).encode("utf-8")))
    px = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    px.fill(Qt.GlobalColor.transparent)
    painter = QPainter(px)
    renderer.render(painter, QRectF(0, 0, px.width(), px.height()))
    painter.end()
    px.setDevicePixelRatio(ratio)
    return px


def page_icon(name: str, off: QColor, on: QColor, disabled: QColor, size: int = 28, ratio: float = 1.0) -> QIcon:
    """The page's icon in the sidebar's text colours: ``off`` not chosen, ``on`` chosen, ``disabled``."""
    icon = QIcon()
    greyed = page_pixmap(name, disabled, size, ratio)  # the same drawing for both states: drawn once
    for state, color in ((QIcon.State.Off, off), (QIcon.State.On, on)):
        px = page_pixmap(name, color, size, ratio)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            icon.addPixmap(px, mode, state)
        icon.addPixmap(greyed, QIcon.Mode.Disabled, state)
    return icon
