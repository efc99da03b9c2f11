"""Printed sheets: the steps of the chosen channel with a box per step, and the payment card with whose
accounts pay in which order. The content model and its HTML are checked word for word; the PDF is
checked for size and page count (and for its text, where poppler's pdftotext is installed)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from html import escape

import pytest

from tests.ui.test_guide_support import (
    SHANGHAI,
    TAIYUAN,
    open_book,
    shanghai_family,
    steps_of,
    taiyuan_family,
)


@pytest.fixture
def family_book(tmp_path):
    book = open_book(tmp_path / "data")
    yield book
    book.close()


def _bind_state(m, channel="shanxi_wechat", start=dt.date(2025, 3, 10)):
    from desktop.ui.guide.state import GuideState

    return GuideState(purpose="bind", authorizer_id=m["son"], beneficiary_id=m["dad"], region_code=TAIYUAN,
                      channel_id=channel, start=start, end=start + dt.timedelta(days=364), amount_fen=200000)


def test_steps_sheet_has_every_official_step_with_a_box(family_book, lang):
    from desktop.ui.print import sheets

    m = taiyuan_family(family_book)
    sheet = sheets.steps_sheet(family_book, _bind_state(m), "zh_CN")
    assert sheet.title == "家庭共济：王小明的账户给王大爷用"
    assert sheet.subtitle == "“山西医保”微信公众号 · 微信公众号"
    ready, steps, good = sheet.sections
    assert ready.heading == "提前准备好"
    assert [ln.text for ln in ready.lines] == ["王小明和王大爷的身份证、医保卡", "授权时间：2025-03-10 到 2026-03-09",
                                               "授权额度：¥2,000.00"]
    assert steps.heading == "“山西医保”微信公众号——由王小明办理"
    assert [ln.text for ln in steps.lines] == steps_of(family_book, TAIYUAN, "shanxi_wechat")
    assert [ln.number for ln in steps.lines] == [1, 2, 3, 4, 5, 6, 7]
    assert all(ln.tick for ln in steps.lines)
    # the pack's note on false statements, its fact ID moved from the sentence to the footnote
    assert good.lines[0].text == ("提交即承诺信息真实：因虚假承诺或错误操作造成医保基金损失的，将暂停共济待遇、追回不合理费用，"
                                  "构成犯罪的依法追究刑事责任。")
    assert "F-T8" in sheet.footer
    assert "王小明本人要同意让王大爷用自己账户里的钱。" in [ln.text for ln in good.lines]
    assert "依据：F-T2, F-T8, F-G3" in sheet.footer and "太原市自 2022-07-01 起施行的规定" in sheet.footer  # the note's F-T8 too


def test_a_sheet_names_the_version_in_force_on_its_day(family_book, lang):
    """A 2026 binding is judged by the national notice in force since 2026-01-09 (F-N6), not the city pack's year."""
    from desktop.ui.print import sheets

    m = taiyuan_family(family_book)
    later = sheets.steps_sheet(family_book, _bind_state(m, start=dt.date(2026, 3, 1)), "zh_CN")
    assert "太原市自 2026-01-09 起施行的规定" in later.footer
    assert "2025年" not in later.footer


def test_payment_card_lists_accounts_in_registration_order(family_book, lang):
    from desktop.ui.print import sheets

    m = taiyuan_family(family_book)
    # registered the other way round from their creation: the daughter's came first
    family_book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                                amount_cap_fen=200000, status="active", registered_at=dt.datetime(2025, 2, 1, 9))
    family_book.propose_binding(m["daughter"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 30),
                                amount_cap_fen=50000, status="active", registered_at=dt.datetime(2025, 1, 5, 9))
    card = sheets.payment_card(family_book, m["dad"], "zh_CN")
    assert card.title == "看病付款卡：王大爷" and card.subtitle == "参保地：太原市"
    cashier, general, order = card.sections
    assert cashier.big and cashier.heading == "在收费处"
    settle = next(r for r in family_book.registry.get(TAIYUAN).channels() if r["id"] == "hospital_settle")
    assert settle.source == "F-T9"  # Taiyuan: the beneficiary's own code or card
    assert [ln.text for ln in cashier.lines] == [s[0] for s in settle["steps"]]
    assert general.heading == "全国通用的做法"  # the national steps the city's replace, still said
    assert "F-G4" in card.footer
    assert [ln.text for ln in general.lines] == ["在定点医院或药店收费处出示医保电子凭证（医保码）",
                                                 "告诉收费人员使用“家庭共济”方式支付"]
    assert [ln.text for ln in order.lines] == [
        "王大爷自己的个人账户", "王小红的个人账户（家庭共济）", "王小明的个人账户（家庭共济）", "剩下的：现金或银行卡"]
    assert [ln.number for ln in order.lines] == [1, 2, 3, 4]
    # the floor is the authorizer's region's: Taiyuan has one (F-T10), Datong none
    assert order.lines[1].note == "到 2025-06-30 为止；授权额度还剩 ¥500.00"
    assert order.lines[2].note == "到 2025-12-31 为止；授权额度还剩 ¥2,000.00；账户里只有超过 ¥1,000.00 的部分能用"
    assert "F-T10" in card.footer  # the rule's ID: in the footnote, not on the line
    assert "F-T9" in card.footer and "F-T4" in card.footer and "F-G6" in card.footer


def test_payment_card_in_shanghai_says_show_the_code_and_ask_for_family_sharing(family_book, lang):
    from desktop.ui.print import sheets

    m = shanghai_family(family_book)
    family_book.edit_member(m["wife"], wallet_opened_on=dt.date(2025, 1, 1))
    family_book.propose_binding(m["husband"], m["wife"], status="active")
    card = sheets.payment_card(family_book, m["wife"], "zh_CN")
    cashier, order = card.sections
    assert [ln.text for ln in cashier.lines] == ["在定点医院或药店收费处出示医保电子凭证（医保码）",
                                                 "告诉收费人员使用“家庭共济”方式支付"]  # F-G4
    assert [ln.text for ln in order.lines] == ["周梅自己的个人账户", "周梅的医保钱包", "陈建华的个人账户（家庭共济）",
                                               "剩下的：现金或银行卡"]  # the national order (F-G6)
    assert order.lines[2].note == ""  # no floor and no amount outside Taiyuan
    assert "F-G4" in card.footer and "F-G6" in card.footer
    assert SHANGHAI == family_book.member(m["wife"]).region_code


def test_sheet_in_english(family_book, english):
    from desktop.ui.print import sheets

    m = taiyuan_family(family_book)
    sheet = sheets.steps_sheet(family_book, _bind_state(m), "en")
    assert sheet.title == "Family sharing: 王小明's account pays for 王大爷"
    assert [ln.text for ln in sheet.sections[1].lines] == steps_of(family_book, TAIYUAN, "shanxi_wechat", "en")
    card = sheets.payment_card(family_book, m["dad"], "en")
    assert card.sections[-1].heading == "Who pays, in this order"


def test_html_carries_every_line_big_and_with_boxes(family_book, lang):
    from desktop.ui.print import html, sheets

    m = taiyuan_family(family_book)
    sheet = sheets.steps_sheet(family_book, _bind_state(m), "zh_CN")
    out = html.to_html(sheet)
    for step in steps_of(family_book, TAIYUAN, "shanxi_wechat"):
        assert escape(step) in out
    ticks = sum(len([ln for ln in s.lines if ln.tick]) for s in sheet.sections)
    assert out.count("&#9633;") == ticks == 10
    assert f"font-size:{html.BODY_PT}pt" in out and html.BODY_PT >= 14


def _pdf_text(path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_each_sheet_renders_to_pdf_with_its_text(family_book, lang, tmp_path):
    from desktop.ui.guide.state import GuideState
    from desktop.ui.print import pdf, sheets

    m = taiyuan_family(family_book)
    family_book.propose_binding(m["son"], m["dad"], start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31),
                                amount_cap_fen=200000, status="active")
    steps = sheets.steps_sheet(family_book, _bind_state(m), "zh_CN")
    card = sheets.payment_card(family_book, m["dad"], "zh_CN")
    transfer = sheets.steps_sheet(family_book, GuideState(
        purpose="transfer", authorizer_id=m["son"], beneficiary_id=m["mom"], region_code=TAIYUAN,
        channel_id="national_app_wallet_transfer", open_channel_id="national_app_wallet_open",
        open_for=[m["son"], m["mom"]], transfer_amount_fen=50000), "zh_CN")
    pages = {}
    for name, sheet in (("steps", steps), ("card", card), ("transfer", transfer)):
        path = tmp_path / f"{name}.pdf"
        pages[name] = pdf.write_pdf(sheet, path)
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 5000
    assert pages["steps"] == 1 and pages["card"] == 1
    assert pages["transfer"] == 2  # two wallets to open, the check, six transfer steps: a second page
    text = _pdf_text(tmp_path / "steps.pdf")
    for step in steps_of(family_book, TAIYUAN, "shanxi_wechat"):
        assert step in text
    card_text = _pdf_text(tmp_path / "card.pdf")
    assert "看病付款卡：王大爷" in card_text and "王小明的个人账户（家庭共济）" in card_text


def test_save_and_print_go_through_replaceable_dialogs(family_book, lang, tmp_path, monkeypatch):
    from desktop.ui.print import pdf, sheets

    m = taiyuan_family(family_book)
    sheet = sheets.payment_card(family_book, m["dad"], "zh_CN")
    monkeypatch.setattr(pdf, "choose_pdf_path", lambda parent, suggested: tmp_path / "card.pdf")
    assert pdf.save_pdf(None, sheet, "x.pdf") == tmp_path / "card.pdf"
    assert pdf.pdf_page_count(tmp_path / "card.pdf") == 1
    monkeypatch.setattr(pdf, "choose_printer", lambda parent: None)  # the user cancelled the print dialog
    assert pdf.send_to_printer(None, sheet) is False
