"""The sidebar's page icons are the app's own drawings, in the sidebar's text colours in both looks: never black
on black, and different when the page is chosen (issue 17, item 6)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QIcon

from desktop.ui import icons, theme
from desktop.ui.main_window import ENTRIES


def _ink(icon: QIcon, state: QIcon.State, mode: QIcon.Mode = QIcon.Mode.Normal) -> tuple[str, int]:
    """The colour most drawn in the icon and how many pixels are drawn at all."""
    img = icon.pixmap(28, 28, mode, state).toImage()
    seen = Counter()
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixelColor(x, y)
            if c.alpha() > 200:
                seen[c.name()] += 1
    return seen.most_common(1)[0][0], sum(seen.values())


def _luminance(hex_colour: str) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    c = QColor(hex_colour)
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_page_has_its_own_drawing(qapp):
    assert {key for key, _text, _icon in ENTRIES} <= set(icons.PAGES)
    for key in icons.PAGES:
        assert icons.has_icon(key), key


@pytest.mark.parametrize("large, sidebar", [(False, "#eef2f6"), (True, "#000000")])
def test_icons_take_the_sidebar_text_colours_and_stand_out_from_it(qapp, large, sidebar):
    off, on, disabled = theme.sidebar_ink(large)
    chosen = {False: "#2f6fb2", True: "#ffd400"}[large]  # the chosen button's background (theme.py)
    for key in icons.PAGES:
        icon = icons.page_icon(key, QColor(off), QColor(on), QColor(disabled))
        ink_off, drawn = _ink(icon, QIcon.State.Off)
        ink_on, _ = _ink(icon, QIcon.State.On)
        assert drawn > 40, key  # a drawing, not an empty square
        assert (ink_off, ink_on) == (off, on), key
        assert _ink(icon, QIcon.State.Off, QIcon.Mode.Disabled)[0] == disabled
        assert _contrast(ink_off, sidebar) >= 4.5, (key, ink_off)
        assert _contrast(ink_on, chosen) >= 4.5, (key, ink_on)


def test_the_window_sidebar_shows_them(make_window, demo_book, qapp):
    w = make_window(demo_book)
    w._decorate()
    for key, _text, _icon in ENTRIES:
        button = w._buttons[key]
        assert not button.icon().isNull() and button.text(), key
