"""The book's own sentences take rule numbers from the region packs, never from the code.

A pack whose wallet return time is 07:30 (instead of F-W6's 06:00) must be quoted as 07:30.
"""

from __future__ import annotations

import datetime as dt

from desktop.book import FamilyBook
from desktop.core import policy

NOW = dt.datetime(2025, 9, 20, 10, 0)  # China time
NATIONAL = policy.packs_dir() / "000000-national.toml"


def registry_returning_at(tmp_path, hhmm: str) -> policy.Registry:
    text = NATIONAL.read_text(encoding="utf-8")
    old = 'return_time = { value = "06:00", source = "F-W6" }'
    assert old in text
    d = tmp_path / "packs"
    d.mkdir()
    (d / NATIONAL.name).write_text(text.replace(old, f'return_time = {{ value = "{hhmm}", source = "F-W6" }}'),
                                   encoding="utf-8")
    reg = policy.load_default([d])
    assert not reg.errors and reg.get("140100").value("wallet", "return_time") == hhmm
    return reg


def waiting_note(tmp_path, registry: policy.Registry | None):
    book = FamilyBook.open(tmp_path / "data", registry=registry, clock=lambda: NOW, daily_backup=False)
    son = book.add_member("儿子", "140100", "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", "140100", "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1),
                          wallet_opened_on=dt.date(2025, 1, 1)).id
    book.record_statement(son, dt.date(2025, 9, 10), 150000)
    book.create_transfer(son, mum, 50000, dt.datetime(2025, 9, 20, 9, 0))
    notes = [n for n in book.project(months=3).notes if n.code == "proj_book_waiting_transfer"]
    book.close()
    assert len(notes) == 1
    return notes[0]


def test_the_waiting_transfer_note_quotes_the_packs_return_time(tmp_path):
    note = waiting_note(tmp_path, registry_returning_at(tmp_path, "07:30"))
    assert note.text_zh == "儿子转给妈妈的 ¥500.00 还没有接收，预测按已经接收计算（没接收的话，07:30 会退回儿子）。"
    assert note.text_en.endswith("(if it is not, it goes back to 儿子 at 07:30).")
    assert note.sources == ("F-W6",)


def test_the_bundled_return_time_is_06_00(tmp_path):
    note = waiting_note(tmp_path, None)
    assert "（没接收的话，06:00 会退回儿子）" in note.text_zh and note.text_en.endswith("at 06:00).")
