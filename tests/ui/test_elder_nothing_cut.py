"""Elder mode: no button, box to tick or choice in any page or dialog is squeezed below its own text. Giving
every target a 60 px minimum *width* once let a tight form squeeze “具体时间” to “具体时” and
“This place takes the insurance wallet” to “This place ta”. English, whose words are the longer."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QRadioButton, QWidget

from desktop.ui.main_window import ENTRIES
from tests.ui.catalogue import dialogs


def _cut(where: str, top: QWidget) -> list[str]:
    return [f"{where}: “{b.text()}” is {b.width()} px wide, its text needs {b.minimumSizeHint().width()}"
            for kind in (QPushButton, QCheckBox, QRadioButton) for b in top.findChildren(kind)
            if b.isVisible() and b.text() and b.width() < b.minimumSizeHint().width()]


def test_no_text_of_a_button_or_box_is_cut_in_elder_mode(qtbot, elder, english, make_window, demo_day_book, tmp_path,
                                                          monkeypatch):
    w = make_window(demo_day_book)
    w.resize(1280, 760)
    cut: list[str] = []
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        QApplication.processEvents()
        cut += _cut(f"page {key}", w)
    for where, open_it in dialogs(qtbot, w, tmp_path, monkeypatch):
        d = open_it()
        assert d is not None, f"{where} did not open"
        qtbot.waitExposed(d)
        QApplication.processEvents()
        cut += _cut(where, d)
        d.close()
    assert not cut, "\n".join(cut)
