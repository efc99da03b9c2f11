"""The whole book as JSON: round trip, every problem with its path, all or nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3

import pytest

from desktop.book import FamilyBook, ImportRefused, Refused
from desktop.demo import build_demo

TODAY = dt.date(2025, 11, 20)


def _book(path):
    return FamilyBook.open(path, clock=lambda: dt.datetime(2025, 11, 20, 10, 0))


@pytest.fixture
def demo_file(tmp_path):
    book = _book(tmp_path / "a")
    build_demo(book, TODAY)
    book.save_guide(purpose="bind", region_code="140100", channel_id="shanxi_wechat", step=2, done=[0, 1],
                    data={"note": "半路"})
    book.set_meta("language", "zh_CN")
    out = tmp_path / "book.json"
    book.export_json(out)
    book.close()
    return out


def _counts(path):
    con = sqlite3.connect(path)
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("members", "statements", "bindings", "visits", "allocation_lines", "wallet_transfers",
                     "planned_expenses", "guide_progress", "app_meta")}
    con.close()
    return out


def test_round_trip_gives_the_same_file(tmp_path, demo_file):
    book = _book(tmp_path / "b")
    report = book.import_json(demo_file)
    assert report.counts["members"] == 4 and report.counts["lines"] > 0
    again = tmp_path / "again.json"
    book.export_json(again)
    assert again.read_bytes() == demo_file.read_bytes()
    assert book.integrity(full=True) == ["ok"]
    # the imported book works: balances come out the same as in the original
    assert book.balances(TODAY) == _book(tmp_path / "a").balances(TODAY)
    book.close()


def test_export_is_private_and_versioned(tmp_path, demo_file):
    doc = json.loads(demo_file.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("familypool-book", 1)
    assert doc["visits"][0]["lines"] and isinstance(doc["visits"][0]["total_fen"], int)
    if os.name == "posix":
        assert demo_file.stat().st_mode & 0o077 == 0


def test_every_problem_is_listed_with_its_path_and_nothing_changes(tmp_path, demo_file):
    doc = json.loads(demo_file.read_text(encoding="utf-8"))
    doc["members"][0]["birth_date"] = "1966-13-08"
    doc["members"][1]["insurance"] = "pension"
    doc["statements"][0]["balance_fen"] = -5
    doc["visits"][1]["lines"][0]["payer_id"] = 99
    doc["visits"][2]["total_fen"] = "12.50"
    doc["wallet_transfers"][0]["colour"] = "red"
    del doc["bindings"][0]["relation"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    book = _book(tmp_path / "b")
    with pytest.raises(ImportRefused) as e:
        book.import_json(bad)
    paths = {p.path for p in e.value.problems}
    assert {"members[0].birth_date", "members[1].insurance", "statements[0].balance_fen",
            "visits[1].lines[0].payer_id", "visits[2].total_fen", "wallet_transfers[0].colour",
            "bindings[0].relation"} <= paths
    assert all(p.text_zh and p.text_en for p in e.value.problems)
    insurance = next(p for p in e.value.problems if p.path == "members[1].insurance")
    # the file's own words for the value, each with the words a Chinese reader knows
    assert insurance.text_zh == ("members[1].insurance：“pension”不是可用的值（可用：employee（职工医保）、flexible（灵活就业）、"
                                 "resident（城乡居民医保）、none（未参保））。")
    assert insurance.text_en == "members[1].insurance: “pension” is not allowed (one of: employee, flexible, resident, none)."
    assert set(_counts(book.path).values()) == {0}
    book.close()


def test_lines_must_add_up_to_the_personal_share(tmp_path, demo_file):
    doc = json.loads(demo_file.read_text(encoding="utf-8"))
    doc["visits"][0]["lines"][0]["amount_fen"] += 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        _book(tmp_path / "b").import_json(bad)
    assert [p.path for p in e.value.problems] == ["visits[0].lines"]


@pytest.mark.parametrize("text, where", [
    ("{\"format\": \"familypool-book\",\n \"version\": 1,,}", "(line 2, column 15)"),
    ("[1, 2]", "(file)"),
    ("{\"format\": \"something-else\"}", "format"),
    ("{\"format\": \"familypool-book\", \"version\": 7}", "version"),
])
def test_unreadable_files(tmp_path, text, where):
    p = tmp_path / "x.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        _book(tmp_path / "b").import_json(p)
    assert e.value.problems[0].path == where


def test_a_book_with_records_is_replaced_only_when_asked(tmp_path, demo_file):
    book = _book(tmp_path / "b")
    book.add_member("someone", "140100", "employee")
    with pytest.raises(Refused) as e:
        book.import_json(demo_file)
    assert e.value.codes == ("book_not_empty",)
    assert [m.name for m in book.members()] == ["someone"]
    report = book.import_json(demo_file, replace=True)
    assert [m.name for m in book.members()] == ["王建国", "李秀英", "王磊", "张桂兰"]
    assert report.backup is not None and report.backup.exists()  # the replaced book is in the backup
    con = sqlite3.connect(report.backup)
    assert con.execute("SELECT name FROM members").fetchall() == [("someone",)]
    con.close()
    book.close()


def test_quotas_and_coverage_ends_survive_a_round_trip(tmp_path):
    """Issue 13: the quotas table, the lines that drew on a quota and a member's move come back as they were."""
    book = _book(tmp_path / "a")
    fam = build_demo(book, TODAY)
    book.set_sharing_model("quota")
    book.set_quota(fam.head, fam.spouse, 80_000, dt.datetime(2025, 11, 1, 9, 0), channel_id="national_app")
    book.record_visit(fam.spouse, dt.date(2025, 11, 5), "outpatient", "1", 60_000, fund_actual_fen=0)
    book.end_coverage(fam.son, dt.date(2025, 11, 10), "moved", "310000")
    out = tmp_path / "book.json"
    book.export_json(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [(q["payer_id"], q["receiver_id"], q["amount_fen"], q["channel_id"]) for q in doc["quotas"]] == [
        (fam.head, fam.spouse, 80_000, "national_app")]
    assert any(ln["quota_id"] == doc["quotas"][0]["id"] for v in doc["visits"] for ln in v["lines"])
    copy = _book(tmp_path / "b")
    copy.import_json(out)
    again = tmp_path / "again.json"
    copy.export_json(again)
    assert again.read_bytes() == out.read_bytes()
    assert copy.balances(TODAY) == book.balances(TODAY) and copy.quotas() == book.quotas()
    assert copy.member(fam.son).region_before == "140100"
    copy.close()
    book.close()
