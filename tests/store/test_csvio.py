"""Visits from and to CSV: headers in either language, amounts as people write them, bad rows."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop.book import ImportRefused
from desktop.store import csvio
from tests.store.family import JAN1, family

ZH = "姓名,日期,医疗机构,医院等级,就医类型,总费用,统筹实际支付,可用医保钱包,备注\n"


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path)
    fam.book.record_statement(fam.wife, JAN1, 100000)
    yield fam
    fam.book.close()


def _write(tmp_path, text, encoding="utf-8"):
    p = tmp_path / "visits.csv"
    p.write_bytes(text.encode(encoding))
    return p


def test_chinese_headers_and_amounts_as_people_write_them(f, tmp_path):
    p = _write(tmp_path, ZH
               + "李秀英,2025-03-01,社区卫生服务中心,一级,普通门诊,100.00,,是,复诊\n"
               + "李秀英,2025/4/1,,1,outpatient,\"1,00.00\",,,\n".replace("1,00.00", "¥100")
               + "王磊,2025年5月6日,药店,0,药店购药,１２.５元,,否,\n")
    report = f.book.import_visits_csv(p)
    assert (report.imported, report.skipped, report.errors) == (3, 0, ())
    vs = f.book.visits(newest_first=False)
    assert [(v.member_name, v.on_date, v.hospital_class, v.care_type, v.total_fen, v.wallet_accepted) for v in vs] == [
        ("李秀英", dt.date(2025, 3, 1), "1", "outpatient", 10000, True),
        ("李秀英", dt.date(2025, 4, 1), "1", "outpatient", 10000, True),
        ("王磊", dt.date(2025, 5, 6), "0", "pharmacy", 1250, False),
    ]
    # settled in date order: the deductible is met by the first visit (see test_book_visits)
    assert [v.fund_estimated_fen for v in vs[:2]] == [1200, 6000]
    assert vs[0].notes == "复诊" and vs[0].institution == "社区卫生服务中心"


def test_english_headers_in_any_order_and_gb18030(f, tmp_path):
    text = "total,care type,person,date,fund paid\n1234.5,inpatient,李秀英,2025-03-01,600\n"
    p = _write(tmp_path, text, encoding="gb18030")
    report = f.book.import_visits_csv(p)
    assert report.imported == 1
    v = f.book.visits()[0]
    assert (v.total_fen, v.fund_actual_fen, v.care_type, v.hospital_class) == (123450, 60000, "inpatient", "0")


def test_bad_rows_are_reported_and_nothing_is_imported(f, tmp_path):
    p = _write(tmp_path, ZH
               + "李秀英,2025-03-01,,1,普通门诊,100,,是,\n"
               + "李四,2025-03-02,,1,普通门诊,100,,是,\n"
               + "李秀英,2025-02-30,,1,普通门诊,100,,是,\n"
               + "李秀英,2025-03-04,,9,按摩,-5,,也许,\n"
               + "李秀英,2025-03-05,,1,普通门诊,100,200,是,\n"
               + "\n"
               + "李秀英,2025-03-06,,1,普通门诊,12.345,,是,\n")
    with pytest.raises(ImportRefused) as e:
        f.book.import_visits_csv(p)
    got = [(err.row, err.column) for err in e.value.problems]
    assert got == [(3, "姓名"), (4, "日期"), (5, "医院等级"), (5, "就医类型"), (5, "总费用"), (5, "可用医保钱包"),
                   (6, "统筹实际支付"), (8, "总费用")]
    assert "李四" in e.value.problems[0].text_zh and "row 3" in e.value.problems[0].text_en
    assert f.book.visit_count() == 0


def test_skip_bad_imports_the_good_rows(f, tmp_path):
    p = _write(tmp_path, ZH + "李秀英,2025-03-01,,1,普通门诊,100,,是,\n李四,2025-03-02,,1,普通门诊,100,,是,\n")
    report = f.book.import_visits_csv(p, skip_bad=True)
    assert (report.imported, report.skipped, [e.row for e in report.errors]) == (1, 1, [3])
    assert f.book.visit_count() == 1


def test_missing_required_column(f, tmp_path):
    p = _write(tmp_path, "姓名,日期,总费用\n李秀英,2025-03-01,100\n")
    with pytest.raises(ImportRefused) as e:
        f.book.import_visits_csv(p)
    assert [(x.row, x.column) for x in e.value.problems] == [(1, "就医类型")]


def test_export_then_import_gives_the_same_visits(f, tmp_path):
    b = f.book
    b.record_visit(f.wife, dt.date(2025, 3, 1), "outpatient", "3A", 45678, institution="太原市中心医院, 东院",
                   fund_actual_fen=12000, notes="说明 \"引号\"")
    b.record_visit(f.son, dt.date(2025, 4, 1), "pharmacy", "0", 999, wallet_accepted=False)
    for lang in ("zh", "en"):
        out = tmp_path / f"out-{lang}.csv"
        assert b.export_visits_csv(out, lang=lang) == 2
        other = family(tmp_path / lang)
        other.book.import_visits_csv(out)
        keys = [(v.member_name, v.on_date, v.institution, v.hospital_class, v.care_type, v.total_fen,
                 v.fund_actual_fen, v.wallet_accepted, v.notes) for v in other.book.visits()]
        assert keys == [(v.member_name, v.on_date, v.institution, v.hospital_class, v.care_type, v.total_fen,
                         v.fund_actual_fen, v.wallet_accepted, v.notes) for v in b.visits()]
        other.book.close()
    header = (tmp_path / "out-en.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("person,date,institution,hospital level,care type,total,fund paid")


def test_a_large_import_reports_progress_and_adds_up(tmp_path):
    # How fast is measured by benchmarks/scale.py (CSV import at 5k/50k/200k), not here.
    fam = family(tmp_path)
    b = fam.book
    for m in (fam.head, fam.wife, fam.son, fam.grandma):
        b.record_statement(m, dt.date(2006, 1, 1), 500000)
    names = [m.name for m in b.members()]
    rng = random.Random(4)
    lines = [ZH.strip()]
    for i in range(5_000):
        day = dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(7300))
        care = rng.choice(["普通门诊", "住院", "药店购药", "outpatient"])
        lines.append(f"{rng.choice(names)},{day},医院{i % 40},{rng.choice(['1', '2A', '三甲', '0'])},{care},"
                     f"{rng.randrange(100, 800000) / 100:.2f},,是,")
    p = tmp_path / "big.csv"
    p.write_text("\n".join(lines), encoding="utf-8")
    seen = []
    report = b.import_visits_csv(p, progress=lambda done, total: seen.append((done, total)))
    assert report.imported == 5_000 and b.visit_count() == 5_000
    assert len(seen) > 5 and seen[-1][0] == seen[-1][1]  # reading, then every chunk written, then done
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert b.integrity() == ["ok"]
    t = b.visit_totals()
    assert t.own_fen + t.wallet_fen + t.family_fen + t.cash_fen == t.personal_fen
    b.close()


def test_parse_date_forms():
    for text in ("2025-03-05", "2025/3/5", "2025.03.05", "2025年3月5日", " 2025 - 3 - 5 "):
        assert csvio.parse_date(text) == dt.date(2025, 3, 5)
    for text in ("05/03/2025", "2025-3", "yesterday"):
        with pytest.raises(ValueError):
            csvio.parse_date(text)
