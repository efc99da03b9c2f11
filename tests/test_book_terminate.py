"""Ending a binding follows the region pack's ``binding.terminable`` (F-T7 says Taiyuan's may be ended at once).

A pack that says bindings cannot be ended at will makes the book refuse, with the pack's own reason and source,
and change nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, Refused
from desktop.core import policy

NOW = dt.datetime(2025, 6, 1, 10, 0)
JAN1 = dt.date(2025, 1, 1)
TAIYUAN = policy.packs_dir() / "140100-taiyuan.toml"
RULE = 'terminable = { value = true, source = "F-T7" }'
NOT_AT_WILL = ('terminable = { value = false, source = "F-T7", note = { zh = "需到经办机构办理解除", '
               'en = "it must be ended at the insurance office" } }')


def open_book(tmp_path, registry: policy.Registry | None):
    book = FamilyBook.open(tmp_path / "data", registry=registry, clock=lambda: NOW, daily_backup=False)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8)).id
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse",
                           birth_date=dt.date(1968, 7, 21)).id
    book.record_statement(head, JAN1, 150000)
    b = book.propose_binding(head, wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=300000,
                             status="active")
    return book, b.id


def test_a_binding_the_pack_says_cannot_be_ended_is_refused(tmp_path):
    text = TAIYUAN.read_text(encoding="utf-8")
    assert RULE in text
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / TAIYUAN.name).write_text(text.replace(RULE, NOT_AT_WILL), encoding="utf-8")
    reg = policy.load_default([packs])
    assert not reg.errors and reg.get("140100").value("binding", "terminable") is False
    book, bid = open_book(tmp_path, reg)
    with pytest.raises(Refused) as e:
        book.terminate_binding(bid, on=dt.date(2025, 3, 1))
    (reason,) = e.value.reasons
    assert reason.code == "binding_not_terminable" and reason.sources == ("F-T7",)
    assert reason.text_zh == "太原市的规定：共济绑定不能由授权人随时终止（需到经办机构办理解除）。"
    assert reason.text_en == "In Taiyuan a binding cannot be ended at will (it must be ended at the insurance office)."
    (b,) = book.bindings()
    assert (b.status, b.terminated_on) == ("active", None)
    book.close()


def test_taiyuan_bindings_can_be_ended_at_once_f_t7(tmp_path):
    book, bid = open_book(tmp_path, None)
    b = book.terminate_binding(bid, on=dt.date(2025, 3, 1))
    assert (b.status, b.terminated_on) == ("terminated", dt.date(2025, 3, 1))
    book.close()
