"""A guide page's answer scrolls, its lines never squeezed on top of each other (desktop/ui/guide/parts.py).

Seen in elder mode: after the Savings page had been shown, the check page's answer ("Yes, this can be done." and
its lines) filled in at the same width, no resize reached the page's content, and its wrapped lines were drawn
over each other with no scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

pytestmark = pytest.mark.usefixtures("english", "elder")


def _squeezed(page) -> list[str]:
    return [lab.text()[:40] for lab in page.findChildren(QLabel)
            if lab.isVisible() and lab.text() and lab.height() < lab.fontMetrics().height()]


def test_the_check_pages_answer_scrolls_after_the_savings_page(demo_book, make_window, qtbot, monkeypatch):
    from tests.ui.catalogue import _Asked, _guide

    window = make_window(demo_book)
    window.resize(1280, 760)
    window.show_page("savings")
    savings = window.page("savings")  # its advice finished, so no thread outlives the test
    qtbot.waitUntil(lambda: savings.advice is not None and not savings.progress.isVisible(), timeout=60000)
    openers = dict(_guide(window, _Asked(monkeypatch)))
    wiz = openers["binding guide: check, allowed"]()
    qtbot.addWidget(wiz)
    qtbot.wait(200)
    page = wiz.currentPage()
    area = page.findChild(QScrollArea)
    body = area.widget()
    need = body.layout().heightForWidth(body.width())
    assert need > area.viewport().height()  # the answer is longer than the page: it must scroll
    assert body.height() >= need and _squeezed(page) == []
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    assert area.verticalScrollBar().maximum() > 0
