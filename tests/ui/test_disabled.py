"""Disabled controls look disabled in every look (normal and large text) and say why they are off.

The look is measured: an enabled and a disabled button with the same words are drawn, and the disabled
one's darkest (text) pixel must be clearly lighter. Why: every disabled button shown on a page, in a dialog
or in the guide carries a tooltip with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.ui import theme
from desktop.ui.main_window import ENTRIES
from tests.ui.test_guide_support import go_next
from tests.ui.test_keys import dialogs, family, language  # noqa: F401  (fixtures)


def _darkest(button: QPushButton) -> float:
    image = button.grab().toImage()
    return min(QColor(image.pixel(x, y)).lightnessF() for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("large", [False, True])
def test_a_disabled_button_is_drawn_lighter(qtbot, qapp, large):
    theme.apply(qapp, large)
    try:
        box = QWidget()
        qtbot.addWidget(box)
        on, off = QPushButton("导入 Import", box), QPushButton("导入 Import", box)
        off.move(0, 80)
        off.setEnabled(False)
        box.show()
        qtbot.waitExposed(box)
        # the text of a live button is near black; a disabled one's must be a clear grey
        assert _darkest(on) < 0.2
        assert _darkest(off) > _darkest(on) + 0.3
    finally:
        theme.apply(qapp, False)


def _silent_disabled(name: str, root: QWidget) -> list[str]:
    """Disabled buttons shown with no word on why."""
    from PySide6.QtWidgets import QAbstractButton

    QApplication.processEvents()
    return [f"{name}: {b.text()!r} is off and says nothing" for b in root.findChildren(QAbstractButton)
            if b.isVisibleTo(root) and b.window() is root.window() and not b.isEnabled() and not b.toolTip()]


def test_disabled_buttons_say_why(family, make_window, qtbot, language, monkeypatch, tmp_path):  # noqa: F811
    book, _m = family
    w = make_window(book)
    problems = []
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        page = w.page(key)
        if hasattr(page, "table"):
            page.table.clearSelection()
            page.table.setCurrentIndex(page.table.model().index(-1, -1))
        problems += _silent_disabled(key, w)
    for name, d in dialogs(w, qtbot, monkeypatch, tmp_path):
        problems += _silent_disabled(name, d)
    from desktop.ui.guide import wizard as W

    wiz = W.open_guide(w, purpose="bind")
    go_next(wiz)  # who: nobody chosen yet, so Next is off
    assert not wiz.button(W.QWizard.WizardButton.NextButton).isEnabled()
    problems += _silent_disabled("guide: who", wiz)
    wiz.reject()
    assert problems == [], "\n".join(problems)
