"""The visit form defaults right (issue 15): the hospital level is asked, not assumed as "pharmacy/other"; the
person's usual places come first and fill the level in; a care type and level that give no fund share are
said in plain words before saving. What lands in the book is checked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.dialogs.visit_dialog import VisitDialog
from tests.ui.families import open_family

DAY = dt.date(2025, 6, 10)


@pytest.fixture
def fam(tmp_path):
    f = open_family(tmp_path / "data")
    yield f
    f.book.close()


def _dialog(qtbot, book, member):
    d = VisitDialog(book, member_id=member)
    qtbot.addWidget(d)
    return d


def _save(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_level_is_asked_and_save_waits_for_it(english, fam, qtbot):
    d = _dialog(qtbot, fam.book, fam.wife)
    assert d.hospital.currentIndex() == -1 and d.hospital.currentData() is None
    assert d.hospital.placeholderText() == "Choose the level…"
    assert d.usual.isHidden()  # nothing recorded yet: no usual places to offer
    qtbot.keyClicks(d.total, "1200")
    d.preview()
    assert d.split_text() == ("Choose the hospital level (it is on the receipt or the hospital's sign) to see "
                              "what the fund pays.")
    assert not _save(d).isEnabled()
    d.save()
    assert fam.book.visit_count() == 0
    d.hospital.setCurrentIndex(d.hospital.findData("3A"))
    d.preview()
    assert "The fund pays ¥300.00; ¥900.00 is left for the family to pay." in d.split_text()
    assert d.warning_text() == ""
    _save(d).click()
    [v] = fam.book.visits()
    assert (v.member_id, v.hospital_class, v.care_type, v.total_fen, v.fund_estimated_fen) == (
        fam.wife, "3A", "outpatient", 120000, 30000)


def test_outpatient_at_a_pharmacy_level_is_said_before_saving(english, fam, qtbot):
    d = _dialog(qtbot, fam.book, fam.wife)
    d.hospital.setCurrentIndex(d.hospital.findData("0"))
    d.preview()  # even before the total: the level alone gives no fund share
    warning = ("⚠ The fund pays nothing (¥0) for “ordinary outpatient” at “pharmacy/other”: no reimbursement rule "
               "covers it, so the whole cost is paid from the accounts or in cash. If this was a hospital or a "
               "clinic, choose its level.")
    assert d.warning_text() == warning
    qtbot.keyClicks(d.total, "200")
    d.preview()
    assert d.warning_text() == warning and _save(d).isEnabled()
    d.hospital.setCurrentIndex(d.hospital.findData("1"))
    d.preview()
    assert d.warning_text() == ""
    # changed and saved at once (before the live preview ran): the warning shows first, nothing is saved
    d.hospital.setCurrentIndex(d.hospital.findData("0"))
    d.save()
    assert d.warning_text() == warning and fam.book.visit_count() == 0
    d.save()  # seen: saved as the person chose
    [v] = fam.book.visits()
    assert (v.hospital_class, v.total_fen, v.fund_estimated_fen) == ("0", 20000, 0)


def test_no_warning_when_the_receipt_gives_a_fund_share_and_pharmacy_care_takes_the_pharmacy_level(
        english, fam, qtbot):
    d = _dialog(qtbot, fam.book, fam.wife)
    d.care.setCurrentIndex(d.care.findData("pharmacy"))
    assert d.hospital.currentData() == "0"  # medicine bought at a pharmacy: the level follows
    qtbot.keyClicks(d.total, "126")
    d.preview()
    assert d.warning_text().startswith("⚠ The fund pays nothing (¥0) for “pharmacy” at “pharmacy/other”")
    assert "choose its level" not in d.warning_text()
    d.care.setCurrentIndex(d.care.findData("outpatient"))
    d.hospital.setCurrentIndex(d.hospital.findData("0"))
    qtbot.keyClicks(d.fund_actual, "50")
    d.preview()
    assert d.warning_text() == ""  # the receipt says the fund paid: no "nothing" to warn about


def test_usual_places_come_first_and_fill_in_the_level(english, fam, qtbot):
    b = fam.book
    for day, inst, level in ((dt.date(2025, 3, 1), "太原市中心医院", "3A"), (dt.date(2025, 4, 1), "太原市中心医院", "3A"),
                             (dt.date(2025, 5, 1), "迎泽社区卫生服务站", "1")):
        b.record_visit(fam.wife, day, "outpatient", level, 10000, institution=inst)
    b.record_visit(fam.head, dt.date(2025, 5, 2), "outpatient", "3", 10000, institution="山西省人民医院")
    d = _dialog(qtbot, b, fam.wife)
    assert not d.usual.isHidden()
    assert [d.usual.itemText(i) for i in range(d.usual.count())] == [
        "Choose one…", "太原市中心医院 · level 3, grade A",
        "迎泽社区卫生服务站 · level 1", "山西省人民医院 · level 3"]
    assert d.hospital.currentIndex() == -1  # offered, not chosen for the person
    d.preview()
    assert d.split_text().endswith("A usual place fills it in for you.")
    d.usual.setCurrentIndex(2)
    d.usual.activated.emit(2)
    assert (d.hospital.currentData(), d.institution.text()) == ("1", "迎泽社区卫生服务站")
    qtbot.keyClicks(d.total, "80")
    d.save()
    v = b.visits()[0]
    assert (v.member_id, v.institution, v.hospital_class, v.total_fen) == (fam.wife, "迎泽社区卫生服务站", "1", 8000)
    d2 = _dialog(qtbot, b, fam.head)  # remembered per person: his own place first
    assert d2.usual.itemText(1) == "山西省人民医院 · level 3"
    d2.person.setCurrentIndex(d2.person.findData(fam.son))  # nothing of his own: the family's places
    assert d2.usual.itemText(1) == "迎泽社区卫生服务站 · level 1"  # now 2 visits, the latest


def test_usual_places_of_the_book(fam):
    b = fam.book
    b.record_visit(fam.wife, dt.date(2025, 3, 1), "outpatient", "1", 100, institution="A")
    b.record_visit(fam.wife, dt.date(2025, 3, 2), "outpatient", "3A", 100, institution="B ")
    b.record_visit(fam.wife, dt.date(2025, 3, 3), "outpatient", "3A", 100, institution="B")
    b.record_visit(fam.wife, dt.date(2025, 3, 4), "pharmacy", "0", 100)
    places = b.usual_places(fam.wife)
    assert [(p.institution, p.hospital_class, p.visits, p.last_date) for p in places] == [
        ("B", "3A", 2, dt.date(2025, 3, 3)), ("", "0", 1, dt.date(2025, 3, 4)), ("A", "1", 1, dt.date(2025, 3, 1))]
    assert b.usual_places(fam.head) == []
    assert [p.institution for p in b.usual_places(fam.wife, recent=1)] == [""]


def test_enter_saves_the_visit_once_it_can_be_saved(english, fam, qtbot):
    d = _dialog(qtbot, fam.book, fam.wife)
    d.show()
    assert d.focusWidget() is d.person  # the first field
    qtbot.keyClicks(d.total, "300")
    qtbot.keyClick(d.total, Qt.Key.Key_Return)  # no level yet: Save is disabled, Enter does nothing
    assert fam.book.visit_count() == 0 and d.isVisible()
    d.hospital.setCurrentIndex(d.hospital.findData("2A"))
    d.preview()
    qtbot.keyClick(d.total, Qt.Key.Key_Return)
    assert fam.book.visit_count() == 1 and not d.isVisible()
