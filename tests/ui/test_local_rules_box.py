"""Settings → older local rules and the new national ones (F-T1/F-T5 against the 2026 notice), the guide's line
saying which rule it applied, and a visit whose deductible is unknown explained as "at most"."""

import datetime as dt

import pytest

from desktop.book import FamilyBook

NOW = dt.datetime(2026, 3, 1, 10, 0)


@pytest.fixture
def siblings(tmp_path):
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    me = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    sister = book.add_member("王芳", "310000", "employee", head_relation="sibling", birth_date=dt.date(1970, 1, 2))
    book.record_statement(me.id, dt.date(2026, 1, 1), 500000)
    yield book, me.id, sister.id
    book.close()


def test_settings_shows_both_rules_and_keeping_the_local_ones_lands_in_the_book(siblings, make_window, lang, qtbot):
    book, _me, _sister = siblings
    window = make_window(book)
    box = window.page("settings").local_rules
    assert box.isVisible() and box.title() == "地方规定与国家新规定"
    assert box.lines[0] == "太原市"
    assert box.lines[3] == "• 同一时间可授权的人数：地方规定是“最多1人”；2026-01-09 起国家规定是“不限人数”。\n依据：F-T1、F-N8"
    assert "默认按国家通知计算" in box.lines[4]  # the pack's note states the default
    combo = box.choices["140100"]
    assert combo.currentText() == "从 2026-01-09 起按国家规定（默认）"
    combo.setCurrentIndex(1)
    assert box.worker is not None and not combo.isEnabled()  # re-counting, nothing changes half-way
    qtbot.waitUntil(lambda: box.worker is None, timeout=20000)
    assert book.local_rules() == frozenset({"140100"}) and book.meta("policy.local_rules") == "140100"
    assert box.choices["140100"].currentText() == "沿用太原市的地方规定"
    assert "规定的选择已保存" in window.statusBar().currentMessage()


def test_settings_shows_nothing_where_no_rules_meet(tmp_path, make_window, lang):
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    book.add_member("张三", "310000", "employee", birth_date=dt.date(1970, 1, 1))
    window = make_window(book)
    assert not window.page("settings").local_rules.isVisible()
    book.close()


def _check_page(window, me, sister):
    from desktop.ui.guide import start_guide
    from desktop.ui.guide import wizard as W

    from .test_guide_support import choose, go_next

    wiz = start_guide(window, beneficiary_id=sister)
    if not hasattr(wiz.currentPage(), "a"):  # the first guide was left half-done: start a new one
        wiz.advance_to("people")
    choose(wiz.currentPage().a, me)
    go_next(wiz)
    assert wiz.currentId() == W.CHECK
    page = wiz.currentPage()
    page.amount.setText("1000")
    return wiz, page


def test_the_guide_says_which_rule_it_applied(siblings, make_window, english):
    book, me, sister = siblings
    window = make_window(book)
    wiz, page = _check_page(window, me, sister)
    lines = page.verdict.lines
    assert lines[0] == "Yes, this can be done."
    # the fact ID on a line of its own under the sentence, not inside it
    assert "• A sibling is among the relatives allowed for a family-sharing binding.\nSource: F-N7" in lines
    # which rule was applied: in words, its fact IDs on the Source line under it
    assert lines[-1].startswith("Rules on 2026-03-01: Taiyuan's older local rules differ from the national rules "
                                "in force since 2026-01-09; this check follows the national rules.")
    assert lines[-1].endswith("switch Taiyuan to its local rules in Settings.\nSource: F-N6, F-N7, F-N8")
    wiz.close()
    book.set_local_rules("140100", True)
    wiz, page = _check_page(window, me, sister)
    assert page.verdict.lines[0] == "No — not as it stands."
    assert page.verdict.lines[-1] == ("Rules on 2026-03-01: as chosen in Settings, Taiyuan keeps its older local "
                                      "rules rather than the national rules in force since 2026-01-09.\n"
                                      "Source: F-T1, F-T5")
    wiz.close()


@pytest.mark.parametrize("language, wanted", [
    ("en", "The fund pays at most ¥60.00 (the deductible is not known); at least ¥40.00 is left for the family "
           "to pay."),
    ("zh_CN", "统筹最多支付 ¥60.00（起付线不知道）；家里至少要付 ¥40.00。"),
])
def test_a_visit_with_an_unknown_deductible_says_at_most(siblings, make_window, qapp, language, wanted):
    from desktop.ui import i18n

    book, me, _sister = siblings
    i18n.install(language)
    try:
        page = make_window(book).page("visits")
        dialog = page.add_visit()
        dialog.person.setCurrentIndex(dialog.person.findData(me))
        dialog.care.setCurrentIndex(dialog.care.findData("outpatient"))
        dialog.hospital.setCurrentIndex(dialog.hospital.findData("2"))  # F-T15: 60% in service, no deductible given
        dialog.total.setText("100")
        dialog.preview()
        text = dialog.split_text()
        assert wanted in text
        assert "F-T15" in text
        dialog.reject()
    finally:
        i18n.install("zh_CN")
