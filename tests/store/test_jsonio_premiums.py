"""Planned premium payments in the whole-book JSON file: they come back as they were, and a broken one is
refused with its path before anything changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.book import FamilyBook, ImportRefused
from desktop.demo import build_demo

TODAY = dt.date(2025, 11, 20)


def _book(path):
    return FamilyBook.open(path, clock=lambda: dt.datetime(2025, 11, 20, 10, 0))


@pytest.fixture
def exported(tmp_path):
    book = _book(tmp_path / "a")
    build_demo(book, TODAY)
    members = book.members()
    resident = next(m for m in members if m.insurance == "resident")
    payer = next(m for m in members if m.insurance == "employee" and m.id != resident.id)
    book.plan_premium_payment(payer.id, resident.id, 38_000, 2026, dt.date(2025, 12, 1), channel_id="local_app_premium",
                              note="去年也是这样交的")
    out = tmp_path / "book.json"
    book.export_json(out)
    views = book.planned_premiums()
    book.close()
    return out, views, payer.id, resident.id


def test_planned_premiums_survive_a_round_trip(tmp_path, exported):
    out, views, payer, resident = exported
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["payer_id"], p["person_id"], p["amount_fen"], p["coverage_year"], p["on_date"], p["channel_id"])
            for p in doc["planned_premiums"]] == [(payer, resident, 38_000, 2026, "2025-12-01", "local_app_premium")]
    copy = _book(tmp_path / "b")
    copy.import_json(out)
    assert copy.planned_premiums() == views
    again = tmp_path / "again.json"
    copy.export_json(again)
    assert again.read_bytes() == out.read_bytes()
    copy.close()


def test_a_broken_planned_premium_is_refused_with_its_path(tmp_path, exported):
    out, _views, payer, _resident = exported
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["planned_premiums"][0] |= {"person_id": payer, "amount_fen": 0}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    copy = _book(tmp_path / "c")
    with pytest.raises(ImportRefused) as e:
        copy.import_json(bad)
    paths = {p.path for p in e.value.problems}
    assert {"planned_premiums[0].amount_fen", "planned_premiums[0].person_id"} <= paths
    assert copy.is_empty() and copy.planned_premiums() == []
    copy.close()
