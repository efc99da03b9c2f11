"""The normal look's palette: the style's own light one, without asking the style for it at start-up (issue 18)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop.ui import theme


def _same(a: QPalette, b: QPalette) -> list[tuple[str, str]]:
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    roles = [r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NColorRoles,)]
    return [(g.name, r.name) for g in groups for r in roles if a.color(g, r) != b.color(g, r)]


def test_the_normal_look_has_the_styles_palette_first_and_after_elder_mode(qapp, monkeypatch):
    monkeypatch.setattr(theme, "_palette_set", False)
    theme.apply(qapp, False)
    assert _same(qapp.palette(), qapp.style().standardPalette()) == []
    theme.apply(qapp, True)
    assert qapp.palette().color(QPalette.ColorRole.Window) == theme.elder_palette().color(QPalette.ColorRole.Window)
    theme.apply(qapp, False)
    assert _same(qapp.palette(), qapp.style().standardPalette()) == []


def test_a_dark_desktop_palette_gives_way_to_the_light_one_our_style_sheets_need(qapp, monkeypatch):
    saved = QPalette(qapp.palette())
    try:
        qapp.setPalette(QPalette(QColor("#202020")))  # what a dark desktop theme hands Qt
        monkeypatch.setattr(theme, "_palette_set", False)
        theme.apply(qapp, False)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() >= 128
        assert _same(qapp.palette(), qapp.style().standardPalette()) == []
    finally:
        qapp.setPalette(saved)
        theme.apply(qapp, False)
