"""The sidebar as wide as its longest entry needs, in the current language and mode (issue 17 item 7: in English
elder mode "Projection" was cut to "Proj…tion")."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QToolButton, QWidget

MIN_WIDTH = 180  # the sidebar's width when every entry fits in less


def entry_width(b: QToolButton) -> int:
    """The width ``b`` needs for its icon beside its whole text: the text measured with the button's font
    metrics, plus the icon, plus the style's padding and border (the style sheet's in elder mode). Worked out as
    QToolButton does for its size hint, but counting the icon before it is drawn (icons come after the first
    paint)."""
    b.ensurePolished()
    opt = QStyleOptionToolButton()
    b.initStyleOption(opt)
    opt.toolButtonStyle = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    fm = b.fontMetrics()
    text = fm.size(Qt.TextFlag.TextShowMnemonic, b.text())
    icon = b.iconSize()
    content = QSize(icon.width() + 4 + text.width() + 2 * fm.horizontalAdvance(" "), max(icon.height(), text.height()))
    return b.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, opt, content, b).width()


def fit(bar: QWidget, buttons: list[QToolButton]) -> None:
    """Give ``bar`` the width of its widest entry (after a change of language, mode or font); each entry is
    measured afresh, not from the layout's remembered size."""
    margins = bar.layout().contentsMargins()
    widest = max((entry_width(b) for b in buttons), default=0)
    for b in buttons:
        b.updateGeometry()
    bar.setMinimumWidth(max(MIN_WIDTH, widest + margins.left() + margins.right()))
