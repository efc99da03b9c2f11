"""Plain words for people: no sentence shows a rule's fact ID (F-T15 style) or a region code (310000). The IDs
stand on a small line of their own ("依据：F-T14" / "Source: F-T14"); printed sheets for elderly relatives
carry them only in the footnote; the engine names places ("上海市"), and a Chinese CSV error is all Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import ENTRIES
from tests.ui.test_guide_support import TAIYUAN
from tests.ui.test_keys import dialogs, family, guide_pages, language  # noqa: F401  (fixtures)
from tests.ui.test_one_language import texts_of

FACT_ID = re.compile(r"F-[A-Z]+\d+")
REGION_CODE = re.compile(r"(?<!\d)\d{6}(?!\d)")
_ONE = r"F-[A-Z]+\d+(?:[–—-]F-[A-Z]+\d+)?"  # an ID or a range of them
SOURCE_LINE = re.compile(rf"^(Source: |依据：){_ONE}((, |、){_ONE})*$")


def codes_in_sentences(texts: list[tuple[str, str]]) -> list[str]:
    bad = []
    for where, words in texts:
        for line in words.replace("\u2011", "-").split("\n"):
            if FACT_ID.search(line) and not SOURCE_LINE.match(line.strip()):
                bad.append(f"{where}: {line!r}")
            if REGION_CODE.search(line):
                bad.append(f"{where}: region code in {line!r}")
    return bad


def test_no_screen_puts_a_code_in_a_sentence(family, make_window, qtbot, language, monkeypatch, tmp_path):  # noqa: F811
    book, m = family
    w = make_window(book)
    bad = []
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        QApplication.processEvents()
        bad += [f"{key}: {x}" for x in codes_in_sentences(texts_of(w))]
    for name, d in dialogs(w, qtbot, monkeypatch, tmp_path):
        bad += [f"{name}: {x}" for x in codes_in_sentences(texts_of(d))]
    for name, wiz in guide_pages(w, m):
        bad += [f"{name}: {x}" for x in codes_in_sentences(texts_of(wiz))]
    assert list(dict.fromkeys(bad)) == [], "\n".join(dict.fromkeys(bad))


def test_a_refused_visit_names_the_fact_on_its_own_line(family, make_window, qtbot, english):  # noqa: F811
    book, m = family
    w = make_window(book)
    page = w.page("bindings")
    d = page.open_dialog()
    d.authorizer.setCurrentIndex(d.authorizer.findData(m["son"]))
    d.beneficiary.setCurrentIndex(d.beneficiary.findData(m["daughter"]))  # insured in Datong, not Taiyuan
    d.check()
    lines = d.result_text().split("\n")
    sources = [ln for ln in lines if ln.startswith("Source: ")]
    assert len(sources) == 1 and FACT_ID.search(sources[0])
    assert not any(FACT_ID.search(ln) for ln in lines if not ln.startswith("Source: "))
    d.reject()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_printed_sheets_keep_fact_ids_to_the_footnote(family, lang, qapp):  # noqa: F811
    from desktop.ui import i18n
    from desktop.ui.guide.state import GuideState
    from desktop.ui.print import sheets

    book, m = family
    i18n.install(lang)
    try:
        state = GuideState(purpose="bind", authorizer_id=m["son"], beneficiary_id=m["dad"], region_code=TAIYUAN,
                           channel_id="shanxi_wechat", amount_fen=200000)
        transfer = GuideState(purpose="transfer", authorizer_id=m["son"], beneficiary_id=m["mom"],
                              region_code=TAIYUAN, channel_id="shanxi_wechat", transfer_amount_fen=50000)
        made = [sheets.steps_sheet(book, state, lang), sheets.payment_card(book, m["dad"], lang)]
        try:
            made.append(sheets.steps_sheet(book, transfer, lang))
        except (KeyError, ValueError):  # no wallet channel in this pack: the two sheets above remain
            pass
        for sheet in made:
            main = [sheet.title, sheet.subtitle] + [s.heading for s in sheet.sections] + [
                x for s in sheet.sections for ln in s.lines for x in (ln.text, ln.note)]
            assert [x for x in main if x and (FACT_ID.search(x) or REGION_CODE.search(x))] == []
            assert FACT_ID.search(sheet.footer)  # the footnote still says which rules
    finally:
        i18n.install("zh_CN")


def test_the_engine_names_places_not_codes(tmp_path):
    from tests.ui.families import open_family

    f = open_family(tmp_path / "data")
    try:
        (reason,) = [r for r in f.book.check_binding(f.head, f.mother).reasons if r.code == "outside_area"]
        assert reason.text_zh == "家人的参保地（上海市）不在允许范围内：省内（授权人在 太原市）。"
        assert reason.text_en == ("The relative's insured place (Shanghai) is outside the allowed area: within the "
                                  "province (authorizer in Taiyuan).")
    finally:
        f.book.close()


@pytest.mark.parametrize("raw", ["-12.50", "12.345", "十二元", "", "123456789012.00"])
def test_a_chinese_csv_money_error_is_all_chinese(tmp_path, raw):
    from desktop.store import csvio

    path = tmp_path / "v.csv"
    path.write_text(f"日期,姓名,就医类型,医院等级,总费用\n2025-03-01,王小明,门诊,三级,{raw}\n", encoding="utf-8")
    _rows, errors = csvio.load(path, [(1, "王小明")])
    money = [e for e in errors if e.column == "总费用"]
    assert money, errors
    for e in money:
        assert not re.search(r"[A-Za-z]{2,}", e.message_zh.replace(raw, "")), e.message_zh
