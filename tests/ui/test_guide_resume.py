"""Leave a guide half-way and come back to the same step, even after the book was closed and reopened."""

from __future__ import annotations

import pytest

from tests.ui.test_guide_support import (
    TAIYUAN,
    choose,
    go_next,
    no_guide_errors,  # noqa: F401  (fixture)
    open_book,
    pick_channel,
    steps_of,
    taiyuan_family,
)

pytestmark = pytest.mark.usefixtures("lang", "no_guide_errors")


def test_resume_a_half_done_guide_after_reopening_the_book(tmp_path, make_window, qtbot):
    from PySide6.QtWidgets import QWizard

    from desktop.ui.guide import open_guide, start_guide
    from desktop.ui.guide import wizard as W

    data = tmp_path / "data"
    book = open_book(data)
    m = taiyuan_family(book)
    window = make_window(book)
    wiz = start_guide(window, beneficiary_id=m["dad"])
    choose(wiz.currentPage().a, m["son"])
    go_next(wiz)
    wiz.currentPage().amount.setText("1200")
    go_next(wiz)
    pick_channel(wiz, "shanxi_wechat")
    go_next(wiz)
    for _ in range(2):  # steps 1 and 2 done
        wiz.currentPage().tick.setChecked(True)
        go_next(wiz)
    assert wiz.currentId() == W.FIRST_STEP + 2
    wiz.button(QWizard.WizardButton.CustomButton1).click()  # “continue later”
    assert not wiz.isVisible()
    window.close()
    book.close()

    book = open_book(data)
    try:
        (g,) = book.guides(finished=False)
        assert (g.step, g.done, g.channel_id) == (2, (0, 1), "shanxi_wechat")
        window = make_window(book)
        wiz = open_guide(window)
        intro = wiz.currentPage()
        text = intro.resume_labels[g.id].text()
        assert "王小明 → 王大爷" in text and "第 3 步，共 7 步" in text
        intro.resume_buttons[g.id].click()
        assert wiz.currentId() == W.FIRST_STEP + 2
        page = wiz.currentPage()
        assert page.text.text() == steps_of(book, TAIYUAN, "shanxi_wechat")[2]
        assert not page.tick.isChecked()
        assert "✓ 1." in page.overview.text() and "✓ 2." in page.overview.text() and "▶ 3." in page.overview.text()
        assert wiz.state.amount_fen == 120000  # the figures entered before are kept
        wiz.back()
        assert wiz.currentPage().tick.isChecked()  # the steps done before stay ticked
        wiz.reject()
    finally:
        book.close()


def test_a_guide_can_be_forgotten(tmp_path, make_window, monkeypatch):
    from desktop.ui.guide import intro_page, open_guide

    book = open_book(tmp_path / "data")
    try:
        m = taiyuan_family(book)
        g = book.save_guide(purpose="bind", region_code=TAIYUAN, authorizer_id=m["son"], beneficiary_id=m["dad"],
                            data={"page": "check"})
        window = make_window(book)
        wiz = open_guide(window)
        intro = wiz.currentPage()
        monkeypatch.setattr(intro_page, "confirm", lambda *a: True)
        intro.forget_buttons[g.id].click()
        assert book.guides() == []
        assert not intro.resume_box.isVisibleTo(intro)
        wiz.reject()
    finally:
        book.close()
