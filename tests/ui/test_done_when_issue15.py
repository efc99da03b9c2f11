"""Issue 15's "Done when", as a family would do it: four people set up with their real balances in one sitting
(first run, "my own family", "Save and add the next person"), a month later all four updated from the Update
balances screen (Ctrl+U) in one Save, and every figure on Home is one worked out by hand from the official app.

The sitting, Monday 2 March 2026 19:30 (China time), as read off the official app:
    王建国  head, Taiyuan, employee          own account ¥12,345.60
    李秀英  spouse, Taiyuan, resident        own account ¥0.00, wallet ¥500.00
    王磊    child, Taiyuan, employee         own account ¥3,210.00
    张桂兰  parent, Shanghai, resident       own account ¥0.00, wallet ¥88.80
No bindings, quotas, transfers or visits yet: each person can use their own account plus their wallet, and the
family total is the sum of those: 12,345.60 + (0 + 500) + 3,210 + (0 + 88.80) = ¥16,144.40.

A month later, Thursday 2 April 2026 10:00 (31 days: past the default 30-day threshold, so Home first says the
balances are old), the app shows: 王建国 ¥11,900.00; 李秀英 own ¥0.00, wallet ¥420.00; 王磊 ¥3,500.00;
张桂兰 own ¥0.00, wallet ¥60.00. After one Save: 11,900 + (0 + 420) + 3,500 + (0 + 60) = ¥15,880.00, no old
balance anywhere.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.book import FamilyBook

SITTING = dt.datetime(2026, 3, 2, 19, 30)
MONTH_LATER = dt.datetime(2026, 4, 2, 10, 0)

# (name, relation, province, city, insurance, retired, own account, wallet) as typed in the member form
PEOPLE = [
    ("王建国", "self", "山西省", "太原市", "employee", False, "12345.60", ""),
    ("李秀英", "spouse", "山西省", "太原市", "resident", False, "0", "500"),
    ("王磊", "child", "山西省", "太原市", "employee", False, "3210", ""),
    ("张桂兰", "parent", "上海市", None, "resident", True, "0", "88.80"),
]
# A month later: (own account, wallet) per person in the same order, "" for a box not on the screen
UPDATED = [("11900", ""), ("0", "420"), ("3500", ""), ("0", "60")]


def yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock(SITTING)


@pytest.fixture
def own_book(tmp_path, clock):
    book = FamilyBook.open(tmp_path / "own", clock=clock, daily_backup=False)
    yield book
    book.close()


def _fill(qtbot, d, person):
    name, relation, province, city, insurance, retired, own, wallet = person
    d.name.insert(name)
    d.relation.setCurrentIndex(d.relation.findData(relation))
    d.region.province.setCurrentIndex(d.region.province.findText(province))
    if city is not None:
        d.region.city.setCurrentIndex(d.region.city.findText(city))
    d.insurance.setCurrentIndex(d.insurance.findData(insurance))
    if retired:
        d.employment.setCurrentIndex(d.employment.findData("retired"))
    qtbot.keyClicks(d.own_now, own)
    if wallet:
        qtbot.keyClicks(d.wallet_now, wallet)


def _figures(home):
    """Every money figure on Home, as shown: the total, then each card's own account, wallet and usable."""
    cards = {c.summary.member.name: (c.own.text(), c.wallet.text() if c.wallet is not None else None,
                                     c.usable.text().split()[0]) for c in home.cards}
    return home.top.total.text(), cards


def test_four_people_set_up_in_one_sitting_and_updated_a_month_later_in_one_save(qtbot, lang, make_window,
                                                                                 own_book, clock):
    book = own_book
    w = make_window(book)
    home = w.page("home")
    # ---- the sitting: first run, "my own family", each person with their balance now ----
    home.welcome.start_own()
    for i, person in enumerate(PEOPLE):
        d = home.welcome.dialog
        assert d.isVisible() and d.windowTitle() == ("添加第一位家庭成员" if i == 0 else "添加下一位家庭成员")
        _fill(qtbot, d, person)
        last = i == len(PEOPLE) - 1
        button = d.buttons.button(QDialogButtonBox.StandardButton.Save) if last else d.next_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not d.isVisible(), d.errors
    assert [m.name for m in book.members()] == [p[0] for p in PEOPLE]

    # by hand from the sitting's figures (fen): own account, wallet (shown when there is wallet money)
    own = {"王建国": 1234560, "李秀英": 0, "王磊": 321000, "张桂兰": 0}
    wallet = {"王建国": None, "李秀英": 50000, "王磊": None, "张桂兰": 8880}
    total = sum(own.values()) + sum(v or 0 for v in wallet.values())
    assert total == 1614440  # 12,345.60 + 500 + 3,210 + 88.80
    assert _figures(home) == (yuan(total), {
        n: (yuan(own[n]), None if wallet[n] is None else yuan(wallet[n]), yuan(own[n] + (wallet[n] or 0)))
        for n in own})
    assert not [n for c in home.cards for n in c.notices if n.property("kind") in ("stale", "no_statement")]
    assert home.top.total_warning.text() == ""

    # ---- a month later: Home says the balances are old and offers the screen ----
    clock.now = MONTH_LATER
    w.show_page("family")
    w.show_page("home")  # another day: Home reads the book again
    stale = [n.text() for c in home.cards for n in c.notices if n.property("kind") == "stale"]
    assert "⚠ 余额是 31 天前（2026年3月2日）记的，可能已经变了。" in stale
    assert home.top.total_warning.text() == "⚠ 这个总数里有的余额是 30 多天以前记的，可能已经不准了。"
    assert home.top.next_button.text() == "更新余额…"

    # ---- Ctrl+U, type each box (Tab moves on), one Save ----
    # shortcuts work in the active window only; the closed forms' own events come first, so ask until it is
    qtbot.waitUntil(lambda: (w.activateWindow(), w.isActiveWindow())[1], timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    d = w.balances_dialog
    assert d is not None and d.isVisible() and d.on.value() == MONTH_LATER.date()
    boxes = {(b.member.name, b.account): b for b in d.boxes}
    # each box starts from what the book believes now: the sitting's balances (no visits since)
    assert {k: b.edit.fen() for k, b in boxes.items()} == {
        **{(n, "personal"): own[n] for n in own}, **{(n, "wallet"): wallet[n] for n in wallet if wallet[n]}}
    typed = []
    for (name, *_rest), (own_now, wallet_now) in zip(PEOPLE, UPDATED, strict=True):
        typed.append(((name, "personal"), own_now))
        if wallet_now:
            typed.append(((name, "wallet"), wallet_now))
    assert [k for k, _v in typed] == [(b.member.name, b.account) for b in d.boxes]  # the screen's own order
    d.boxes[0].edit.setFocus()
    for key, text in typed:
        edit = boxes[key].edit
        assert d.focusWidget() is edit  # Tab brought the cursor here
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert d.focusWidget() is d.save_button
    before = len(book.statements())
    qtbot.keyClick(d.save_button, Qt.Key.Key_Space)
    assert not d.isVisible()
    assert len(book.statements()) == before + len(typed)  # every box typed, all in the one Save
    assert w.statusBar().currentMessage() == f"已记下 {len(typed)} 笔余额。"
    assert w.menus.undo.text() == "撤销 更新余额(&U)"

    # by hand from the new figures
    own = {"王建国": 1190000, "李秀英": 0, "王磊": 350000, "张桂兰": 0}
    wallet = {"王建国": None, "李秀英": 42000, "王磊": None, "张桂兰": 6000}
    total = sum(own.values()) + sum(v or 0 for v in wallet.values())
    assert total == 1588000  # 11,900 + 420 + 3,500 + 60
    assert _figures(home) == (yuan(total), {
        n: (yuan(own[n]), None if wallet[n] is None else yuan(wallet[n]), yuan(own[n] + (wallet[n] or 0)))
        for n in own})
    assert not [n for c in home.cards for n in c.notices if n.property("kind") == "stale"]
    assert home.top.total_warning.text() == ""
    # nothing else on Home is a figure, and nothing is left to do (every text shown, read off the page)
    assert home.top.next_text.text() == "现在没有要做的事。"
    shown = [x.text() for x in home.findChildren(QLabel) if x.isVisibleTo(home)]
    assert shown.count("从 2026年4月2日 记下的余额算起。") == 4
    assert sorted(t for t in shown if "¥" in t) == sorted(
        [yuan(total)] + [yuan(own[n]) for n in own] + [yuan(wallet[n]) for n in wallet if wallet[n] is not None])
