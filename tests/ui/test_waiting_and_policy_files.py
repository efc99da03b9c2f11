"""The screens of waiting periods (F-N13, F-R5, F-R6) and policy files, as a person sees them.

A Xiangyang family on 2025-12-10 10:00: 李秀英 (resident) enrolled late on 2025-10-20, so her benefits start
2025-10-20 + 3 months = 2026-01-20 (41 days away); 张桂兰 (Wuhan, resident) has not paid, and Wuhan's collection
period closes 2025-12-31 (21 days away, F-R6).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.book import FamilyBook
from desktop.core import policy
from desktop.ui.dialogs.member_form import MemberDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.pages import settings_page

NOW = dt.datetime(2025, 12, 10, 10, 0)
TAIYUAN = policy.packs_dir() / "140100-taiyuan.toml"
FLOOR = 'reserve_floor_fen = { value = 100000, source = "F-T10" }'


@pytest.fixture
def fam(tmp_path):
    book = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    head = book.add_member("王建国", "420600", "employee", birth_date=dt.date(1962, 3, 8)).id
    wife = book.add_member("李秀英", "420600", "resident", head_relation="spouse", birth_date=dt.date(1964, 7, 21),
                           enrolled_on=dt.date(2025, 10, 20), enrolled_in_collection=False).id
    book.add_member("张桂兰", "420100", "resident", head_relation="parent", birth_date=dt.date(1940, 2, 2))
    book.record_statement(head, dt.date(2025, 1, 1), 300000)
    book.propose_binding(head, wife, start=dt.date(2025, 1, 1), status="active")
    yield book
    book.close()


def test_the_member_form_asks_the_enrolment_of_residents_only_and_says_when_benefits_start(qtbot, lang, fam):
    wife = next(m for m in fam.members() if m.name == "李秀英")
    d = MemberDialog(fam, member=wife)
    qtbot.addWidget(d)
    d.show()
    d.check()
    assert d.enrolled.text() == "2025-10-20" and d.in_collection.currentText() == "否，在缴费期外（晚参保）"
    assert d.waiting_note.text() == "待遇等待期 3 个月：2026-01-20 之前的就诊统筹基金不支付。（依据 F‑R5、F‑N13）"
    d.gap.setValue(3)  # 3 years without insurance: 3 + 2 months (F-N13), from 2025-10-20 → 2026-03-20
    assert d.waiting_note.text().startswith("待遇等待期 5 个月：2026-03-20 之前")
    d.in_collection.setCurrentIndex(d.in_collection.findData(True))
    d.gap.setValue(0)
    assert d.waiting_note.text() == "没有待遇等待期：统筹基金从一开始就支付。"
    d.enrolled.setText("2025-12-11")
    assert d.errors["enrolled_on"].text() == "参保缴费日期不能晚于今天。"
    d.enrolled.setText("2025-11-01")
    d.in_collection.setCurrentIndex(d.in_collection.findData(False))
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    m = fam.member(wife.id)
    assert (m.enrolled_on, m.enrolled_in_collection, m.enrolment_gap_years) == (dt.date(2025, 11, 1), False, 0)

    d = MemberDialog(fam, member=m)
    qtbot.addWidget(d)
    d.show()
    assert d.enrolled.isVisibleTo(d)
    d.insurance.setCurrentIndex(d.insurance.findData("employee"))  # an employee has no waiting period to ask
    assert not d.enrolled.isVisibleTo(d) and not d.gap.isVisibleTo(d) and not d.waiting_note.isVisibleTo(d)
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    m = fam.member(wife.id)
    assert (m.insurance, m.enrolled_on, m.enrolled_in_collection) == ("employee", None, None)


def test_the_visit_preview_says_why_the_fund_pays_nothing_and_which_pack(qtbot, lang, fam):
    wife = next(m.id for m in fam.members() if m.name == "李秀英")
    v = VisitDialog(fam, member_id=wife)
    qtbot.addWidget(v)
    v.show()
    v.date.setDate(QDate(2025, 12, 5))
    v.hospital.setCurrentIndex(v.hospital.findData("1"))
    v.total.setText("200")
    v.preview()
    assert v.warning_text() == "⚠ 李秀英正在待遇等待期内：2026-01-20 起才享受待遇，这次就诊统筹基金不支付（¥0）。"
    text = v.split_text()
    assert "李秀英在集中缴费期外参保，居民医保有 3 个月的待遇等待期：2025-10-20 参保缴费，2026-01-20 起才享受待遇。" in text
    assert "统筹付 ¥0.00，剩下 ¥200.00 要家里付。" in text
    assert "依据：襄阳市 2025 版地区资料（随程序提供）。" in text
    v.date.setDate(QDate(2026, 1, 20))  # the first day of benefits: 50% (F-R5)
    v.preview()
    # Xiangyang's outpatient row names no deductible, so the ¥100.00 is an upper bound (main's unknown deductible)
    assert v.warning_text() == "" and "统筹最多支付 ¥100.00（起付线不知道）；家里至少要付 ¥100.00。" in v.split_text()


def test_home_reminds_of_the_waiting_period_and_the_closing_collection_window(qtbot, lang, make_window, fam):
    w = make_window(fam)
    home = w.page("home")

    def notices(name, kind):
        return [lb.text() for lb in home.card(name).notices if lb.property("kind") == kind]

    assert notices("李秀英", "waiting_period") == [
        "⚠ 待遇等待期：李秀英在集中缴费期外参保，2026年1月20日 之前（还有 41 天）的就诊统筹基金不支付。（依据 F-R5、F-N13）"]
    assert notices("张桂兰", "collection_closing") == [
        "⚠ 武汉市城乡居民医保集中缴费期 2025年12月31日 截止（还有 21 天）。在期内缴费，可享受 2025年1月1日 至 "
        "2025年12月31日 的待遇；期外参保要经过待遇等待期。（依据 F-R6）"]
    assert notices("王建国", "waiting_period") == notices("王建国", "collection_closing") == []


def test_home_says_when_the_waiting_period_is_over(qtbot, english, make_window, tmp_path):
    book = FamilyBook.open(tmp_path / "d2", clock=lambda: dt.datetime(2026, 1, 22, 9, 0), daily_backup=False)
    try:
        book.add_member("Li", "420600", "resident", enrolled_on=dt.date(2025, 10, 20), enrolled_in_collection=False)
        home = make_window(book).page("home")
        assert [lb.text() for lb in home.card("Li").notices if lb.property("kind") == "waiting_ended"] == [
            "⚠ The waiting period is over: since 2026-01-20 the fund pays its share of visits again."]
    finally:
        book.close()


@pytest.fixture
def answers(monkeypatch, tmp_path):
    class A:
        path = None
        load = True
        confirm = True
        reviewed: list = []

    a = A()
    a.reviewed = []
    monkeypatch.setattr(settings_page, "choose_policy_file", lambda _p, _t: a.path)

    def review(_parent, preview):
        a.reviewed.append(preview)
        return a.load

    monkeypatch.setattr(settings_page, "review_changes", review)
    monkeypatch.setattr(settings_page, "confirm", lambda _p, _t, _x: a.confirm)
    return a


def _floor(book) -> int:
    return book.registry.get("140100").value("binding", "reserve_floor_fen")


def test_settings_loads_a_policy_file_after_showing_its_changes_and_removes_it(qtbot, lang, make_window, fam,
                                                                                 answers, tmp_path):
    good = tmp_path / "140100-taiyuan.toml"
    good.write_text(TAIYUAN.read_text(encoding="utf-8").replace(FLOOR, FLOOR.replace("100000", "120000")).replace(
        "year = 2025", "year = 2026", 1), encoding="utf-8")
    w = make_window(fam)
    w.show_page("settings")
    page = w.page("settings")
    assert page.no_policy_files.isVisibleTo(page) and not page.remove_pack_button.isVisibleTo(page)

    answers.path, answers.load = good, False  # the changes are shown; the person says no
    qtbot.mouseClick(page.load_pack_button, Qt.MouseButton.LeftButton)
    (shown,) = answers.reviewed
    assert [(c.key, *shown.shown(c)) for c in shown.changes] == [
        ("year", "2025", "2026"), ("binding.reserve_floor_fen", "¥1,000.00", "¥1,200.00")]
    assert w.statusBar().currentMessage() == "没有载入政策文件，什么都没有改动。"
    assert _floor(fam) == 100000 and fam.policy_files() == []

    answers.load = True
    qtbot.mouseClick(page.load_pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.page("settings").pack_worker is None and fam.policy_files() != [], timeout=10000)
    qtbot.waitUntil(lambda: page.policy_files.rowCount() == 1, timeout=5000)  # the page follows the change
    assert _floor(fam) == 120000
    assert [[page.policy_files.data(page.policy_files.index(0, c)) for c in range(4)]] == [
        ["太原市", "2026", "是", "140100-taiyuan.toml"]]
    assert w.menus.undo.text() == "撤销 载入政策文件(&U)"

    page.policy_table.select_row(0)
    qtbot.mouseClick(page.remove_pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fam.policy_files() == [] and page.policy_files.rowCount() == 0, timeout=10000)
    assert _floor(fam) == 100000
    # the worker's end reports it last: on a loaded machine the rows can be seen before the message
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "已移除 140100-taiyuan.toml：重新使用程序自带的规定。",
                    timeout=10000)
    assert w.menus.undo.text() == "撤销 移除政策文件(&U)"
    w.menus.undo.trigger()  # the file is back, with its rules, and the page lists it again
    assert [f.name for f in fam.policy_files()] == ["140100-taiyuan.toml"] and _floor(fam) == 120000
    assert page.policy_files.rowCount() == 1


def test_settings_refuses_a_broken_policy_file_and_changes_nothing(qtbot, english, make_window, fam, answers,
                                                                    tmp_path):
    bad = tmp_path / "140100-taiyuan.toml"
    bad.write_text(TAIYUAN.read_text(encoding="utf-8").replace(FLOOR, FLOOR.replace("100000", "-5")),
                   encoding="utf-8")
    w = make_window(fam)
    w.show_page("settings")
    page = w.page("settings")
    answers.path = bad
    qtbot.mouseClick(page.load_pack_button, Qt.MouseButton.LeftButton)
    assert answers.reviewed == []
    assert page.policy_message.text() == (
        "This policy file cannot be used; nothing was changed and the rules in use stay: 140100-taiyuan.toml, "
        "line 16, field binding.reserve_floor_fen: an amount in fen must not be negative, got -5")
    assert _floor(fam) == 100000 and not (fam.data_dir / "packs").exists()


def test_the_preview_lists_rules_in_words_with_the_files_key_on_hover(lang):
    from types import SimpleNamespace as NS

    from desktop.core.pack_diff import Change
    from desktop.ui.pages.policy_file_models import PolicyChangesModel

    change = Change("binding.reserve_floor_fen", 100000, 120000, "F-T10", "F-T10")
    model = PolicyChangesModel(NS(changes=[change], shown=lambda c: ("¥1,000.00", "¥1,200.00")))
    rule = model.index(0, 0)
    assert model.data(rule) == "共济绑定：账户至少保留的余额"
    assert model.data(rule, Qt.ItemDataRole.ToolTipRole) == "共济绑定：账户至少保留的余额\nbinding.reserve_floor_fen"
    assert [model.data(model.index(0, c)) for c in (1, 2, 3)] == ["¥1,000.00", "¥1,200.00", "F-T10"]
