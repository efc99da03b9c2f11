"""Whole-book JSON files that used to end in a traceback, or were taken and then broke the window (issue 14, items
11 and 12): each is refused with its place and a sentence in both languages, and the book is unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest

from desktop.book import FamilyBook, ImportRefused
from desktop.demo import build_demo
from tests.reliability.book_rows import all_rows


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    book = FamilyBook.open(tmp_path_factory.mktemp("json-errors") / "data", daily_backup=False)
    build_demo(book)
    yield book
    book.close()


@pytest.fixture(scope="module")
def export(demo, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("export") / "book.json"
    demo.export_json(path)
    return path.read_text(encoding="utf-8")


def _set(where: Callable[[dict], tuple[dict | list, str | int]], value) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        parent, key = where(doc)
        parent[key] = value
    return change


def _meta(key: str, value: str) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["meta"][key] = value
    return change


def _guide(**bad) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["guide_progress"].append({
            "id": 1, "purpose": "bind", "region_code": "140100", "channel_id": None, "authorizer_id": 1,
            "beneficiary_id": 2, "step": 0, "done_json": "[]", "data_json": "{}", "finished": False,
            "binding_id": None, "updated_at": "2026-10-01T10:00:00", **bad})
    return change


GOOD_PLAN = {"credits": {}, "spending": [], "transfers": []}
# name → (how the export is changed, or the whole text; what the problem's path starts with)
CASES: dict[str, tuple[Callable[[dict], None] | Callable[[str], str], str]] = {
    # item 11
    "nesting 100,000 deep": (lambda text: "[" * 100_000 + "]" * 100_000, "(file)"),
    "nesting 100,000 deep inside a note": (lambda text: text.replace('"note": "户主"', '"note": ' + "[" * 100_000
                                                                     + "]" * 100_000, 1), "(file)"),
    "a 5,000-digit integer": (lambda text: text.replace('"total_fen": 46000', '"total_fen": ' + "9" * 5000, 1),
                              "(file)"),
    "a lone surrogate": (lambda text: text.replace('"name": "王建国"', '"name": "\\ud800"', 1), "members[0].name"),
    "a lone surrogate as a field name": (lambda text: text.replace('"note": "户主"', '"\\ud800": "户主"', 1),
                                         "members[0]."),
    "a lone surrogate in meta": (_meta("\ud800", "x"), "meta"),
    "an id of 2**63": (_set(lambda d: (d["planned_expenses"][0], "id"), 2**63), "planned_expenses[0].id"),
    "a negative id": (_set(lambda d: (d["planned_expenses"][0], "id"), -1), "planned_expenses[0].id"),
    "an amount of 2**62 fen": (_set(lambda d: (d["statements"][0], "balance_fen"), 2**62), "statements[0].balance_fen"),
    # item 12
    "a projection plan that is not JSON": (_meta("projection.plan", "{not json"), "meta.projection.plan"),
    "a projection plan of the wrong shape": (_meta("projection.plan", json.dumps({"credits": {"x": [1]}})),
                                             "meta.projection.plan"),
    "a projection plan for someone not in the file": (_meta("projection.plan", json.dumps(
        {**GOOD_PLAN, "credits": {"99": 1000}})), "meta.projection.plan"),
    "a projection plan with a bad care type": (_meta("projection.plan", json.dumps(
        {**GOOD_PLAN, "spending": [[1, "nowhere", 100, None]]})), "meta.projection.plan"),
    "a projection plan transfer in the year 9999": (_meta("projection.plan", json.dumps({**GOOD_PLAN, "transfers": [
        {"from_id": 1, "to_id": 4, "amount_fen": 100, "first_month": "9999-12-01", "monthly": True,
         "last_month": None}]})), "meta.projection.plan"),
    "a transfer requested at 9999-12-31T23:59:59": (_set(lambda d: (d["wallet_transfers"][0], "requested_at"),
                                                         "9999-12-31T23:59:59"), "wallet_transfers[0].requested_at"),
    "a transfer received with a time zone": (_set(lambda d: (d["wallet_transfers"][0], "received_at"),
                                                  "2026-10-01T11:00:00+08:00"), "wallet_transfers[0].received_at"),
    "a birth date of 0001-01-01": (_set(lambda d: (d["members"][0], "birth_date"), "0001-01-01"),
                                   "members[0].birth_date"),
    "a visit on 9999-12-31": (_set(lambda d: (d["visits"][0], "on_date"), "9999-12-31"), "visits[0].on_date"),
    "a wallet position of nowhere": (_meta("payment.wallet_position", "nowhere"), "meta.payment.wallet_position"),
    "a setting that is not text": (_meta("language", 5), "meta"),
    "a duplicate key in a record": (lambda text: text.replace('"name": "王建国"', '"name": "王建国", "name": "李四"', 1),
                                    "members[0].name"),
    "a duplicate section": (lambda text: text.replace('"guide_progress": []', '"guide_progress": [], "members": []'),
                            "members"),
    "a duplicate key in meta": (lambda text: text.replace('"meta": {}', '"meta": {"payment.wallet_position": "region", '
                                                          '"payment.wallet_position": "before_family"}'),
                                "meta.payment.wallet_position"),
    "a guide whose saved progress is not JSON": (_guide(data_json="{oops"), "guide_progress[0].data_json"),
    "a guide whose start date is the year 9999": (_guide(data_json=json.dumps({"start": "9999-01-01"})),
                                                  "guide_progress[0].data_json"),
    "a guide whose done steps are text": (_guide(done_json='["a"]'), "guide_progress[0].done_json"),
    "a text of a million characters": (_set(lambda d: (d["visits"][0], "notes"), "备" * 1_000_000), "visits[0].notes"),
}


def _bad_text(export: str, change) -> str:
    try:
        return change(export)
    except (TypeError, AttributeError):
        doc = json.loads(export)
        change(doc)
        return json.dumps(doc)  # a lone surrogate as \ud800, as a program would write it


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_book_file_is_refused_with_its_place_and_the_book_is_unchanged(demo, export, tmp_path, case):
    change, where = CASES[case]
    path = tmp_path / "book.json"
    path.write_text(_bad_text(export, change), encoding="utf-8")
    before = all_rows(demo.data_dir)
    with pytest.raises(ImportRefused) as refused:
        demo.import_json(path, replace=True)
    problems = refused.value.problems
    assert any(p.path.startswith(where) for p in problems), [p.text("en") for p in problems]
    for p in problems:
        for lang in ("zh", "en"):
            said = p.text(lang)
            assert said and len(said) < 400, said
            said.encode("utf-8")  # printable: no lone surrogate repeated back
    assert all_rows(demo.data_dir) == before


def test_the_export_itself_and_a_good_plan_are_taken(demo, export, tmp_path):
    doc = json.loads(export)
    doc["meta"] = {"projection.plan": json.dumps({"credits": {"1": 23_000}, "spending": [[2, "outpatient", 5_000, None]],
                                                  "transfers": [{"from_id": 1, "to_id": 4, "amount_fen": 10_000,
                                                                 "first_month": "2027-01-01", "monthly": True,
                                                                 "last_month": None}]}),
                   "payment.wallet_position": "after_family"}
    path = tmp_path / "book.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    demo.import_json(path, replace=True)
    assert demo.wallet_position() == "after_family"
    assert demo.projection_plan().credits == {1: 23_000}
    path.write_text(export, encoding="utf-8")
    demo.import_json(path, replace=True)


def test_the_command_line_says_it_in_one_line(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    data = tmp_path / "data"
    with FamilyBook.open(data, daily_backup=False) as book:
        build_demo(book)
    before = all_rows(data)
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data), "import", "--replace",
                          str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "thousand levels" in run.stderr
    assert all_rows(data) == before


@pytest.mark.parametrize("stored", ["{not json", '{"credits": {"x": [1]}}', "[" * 5000 + "]" * 5000, '{"spending": [1]}'])
def test_a_broken_plan_already_in_a_book_reads_as_no_plan(tmp_path, stored):
    """A book that took a broken plan before imports were checked: Home and Projection still show."""
    with FamilyBook.open(tmp_path / "data", daily_backup=False) as book:
        build_demo(book)
        book.set_meta("projection.plan", stored)
        assert book.projection_plan().credits == {}
        assert book.project(months=3).months
