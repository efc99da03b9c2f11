"""What a person typed is shown as typed: never read as HTML.

Qt guesses: a ``QLabel`` in its default ``AutoText`` format, a tooltip and a message box show a text as rich
text when it looks like HTML (``Qt.mightBeRichText``), so a name such as ``<h1>…</h1><img src=file://…>``
would be rendered. Labels that show people's texts are made :func:`plain`; a label that needs rich text escapes
them (``html.escape``); tooltips that may hold them go through :func:`tip`. ``Table`` does this for every
tooltip of its model.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel

from desktop.ui.qt_values import PLAIN_TEXT


def plain(label: QLabel, bold: bool = False) -> QLabel:
    """``label`` showing its text exactly as it is (in bold type with ``bold``, instead of ``<b>`` markup)."""
    label.setProperty("textFormat", PLAIN_TEXT)  # not the enum: Home's first figures come before the Qt namespace
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def tip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: left as it is unless Qt would take it for HTML, then escaped."""
    if "<" not in text:  # Qt's guess needs a tag; asking it creates the Qt namespace (~15 ms) before Home's figures
        return text
    from PySide6.QtGui import Qt as GuiQt

    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
