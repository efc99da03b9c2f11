"""Policy files a family loads: checked in full, shown as changes, used only once confirmed, removable again.

Every broken or rejected file is refused with the file, line and field, and changes nothing: no file lands in
the data folder, the bundled values stay, the recorded visits keep their figures. Figures by hand: a Taiyuan
resident's ¥280 outpatient visit at a level-1 hospital, ¥80 deductible (F-T14): 60% of ¥200 = ¥120 under the
bundled pack, 70% of ¥200 = ¥140 under a newer file that raises the ratio.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.book import FamilyBook, Refused, registry_for
from desktop.core import policy

NOW = dt.datetime(2026, 3, 1, 10, 0)
TAIYUAN = policy.packs_dir() / "140100-taiyuan.toml"
LEVEL_1 = '''hospital = ["1"]
deductible_fen = 8000
ratio = "0.60"'''


def newer_taiyuan(text: str | None = None) -> str:
    text = TAIYUAN.read_text(encoding="utf-8") if text is None else text
    assert LEVEL_1 in text and "year = 2025" in text
    return text.replace(LEVEL_1, LEVEL_1.replace('"0.60"', '"0.70"')).replace("year = 2025", "year = 2026", 1)


@pytest.fixture
def book(tmp_path):
    b = FamilyBook.open(tmp_path / "data", clock=lambda: NOW, daily_backup=False)
    wife = b.add_member("李秀英", "140100", "resident", birth_date=dt.date(1968, 7, 21)).id
    b.record_visit(wife, dt.date(2026, 2, 1), "outpatient", "1", 28000)
    yield b
    b.close()


def fund_of_the_visit(book: FamilyBook) -> int:
    (v,) = book.visits()
    return v.fund_estimated_fen


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / "chosen" / name
    p.parent.mkdir(exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_a_newer_file_shows_its_changes_then_takes_effect_and_removing_it_restores_the_bundled(book, tmp_path):
    assert fund_of_the_visit(book) == 12000
    preview = book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", newer_taiyuan()))
    assert (preview.code, preview.version, preview.old_version, preview.replaces) == ("140100", "2026", "2025",
                                                                                      "bundled")
    shown = [(c.key, *preview.shown(c), c.source) for c in preview.changes]
    assert shown == [("year", "2025", "2026", ""),
                     ("benefits[outpatient · resident · 1].ratio", "60%", "70%", "F-T14")]
    assert fund_of_the_visit(book) == 12000  # previewing writes nothing
    assert book.policy_files() == []

    files = book.load_policy_file(preview)
    assert [(f.name, f.version, f.in_use) for f in files] == [("140100-taiyuan.toml", "2026", True)]
    assert (book.data_dir / "packs" / "140100-taiyuan.toml").read_text(encoding="utf-8") == newer_taiyuan()
    assert fund_of_the_visit(book) == 14000  # 70% of ¥200
    assert book.registry.get("140100").benefit("outpatient", "resident", "1", 57)["ratio"] == policy._ratio("0.70")
    basis = book.rules_basis("140100", dt.date(2026, 2, 1))
    assert basis.text_zh == "依据：太原市 2026 版地区资料，含已载入的政策文件 140100-taiyuan.toml。"

    assert registry_for(book.data_dir).get("140100").year == 2026  # kept for the next time the app starts

    assert book.remove_policy_file("140100-taiyuan.toml") == []
    assert not (book.data_dir / "packs" / "140100-taiyuan.toml").exists()
    assert fund_of_the_visit(book) == 12000
    assert book.registry.get("140100").year == 2025
    assert book.rules_basis("140100", dt.date(2026, 2, 1)).text_en == (
        "Source: the Taiyuan region pack, version 2025 (bundled with the app).")


BROKEN = [
    ("not TOML", "140100-taiyuan.toml", lambda t: t.replace("year = 2025", "year = = 2025"),
     "not valid TOML"),
    ("unknown field", "140100-taiyuan.toml", lambda t: t.replace("[binding]", "[binding]\nfloor = 3"),
     "binding.floor"),
    ("a float ratio", "140100-taiyuan.toml", lambda t: t.replace('ratio = "0.60"', "ratio = 0.6", 1),
     'write ratios as text like "0.82"'),
    ("missing source", "140100-taiyuan.toml",
     lambda t: t.replace('max_beneficiaries = { value = 1, source = "F-T1" }', "max_beneficiaries = { value = 1 }"),
     "missing source"),
    ("file name and code disagree", "140200-taiyuan.toml", lambda t: t, "the file name must be 140100-<slug>.toml"),
    ("unknown parent", "140100-taiyuan.toml", lambda t: t.replace('parent = "140000"', 'parent = "990000"'),
     "unknown parent 990000"),
    ("older than the one in use", "140100-taiyuan.toml", lambda t: t.replace("year = 2025", "year = 2024"),
     "older than the version 2025 in use"),
    ("changes nothing", "140100-taiyuan.toml", lambda t: t, "exactly the rules already in use"),
]


@pytest.mark.parametrize(("what", "name", "edit", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_or_rejected_file_changes_nothing(book, tmp_path, what, name, edit, says):
    path = write(tmp_path, name, edit(TAIYUAN.read_text(encoding="utf-8")))
    with pytest.raises(Refused) as e:
        book.preview_policy_file(path)
    (reason,) = e.value.reasons
    assert says in reason.text_en, reason.text_en
    assert not (book.data_dir / "packs").exists()
    assert book.registry.get("140100").year == 2025 and fund_of_the_visit(book) == 12000


def test_refusals_name_the_line_and_field_in_both_languages(book, tmp_path):
    path = write(tmp_path, "140100-taiyuan.toml", TAIYUAN.read_text(encoding="utf-8").replace(
        'ratio = "0.60"', 'ratio = "1.60"', 1))
    with pytest.raises(Refused) as e:
        book.preview_policy_file(path)
    (reason,) = e.value.reasons
    assert reason.text_zh == ("这个政策文件不能用，没有做任何改动，仍用原来的规定：140100-taiyuan.toml 第 32 行，"
                              "字段 benefits[0].ratio：a ratio must be between 0 and 1, got 1.60")
    assert reason.text_en.startswith("This policy file cannot be used; nothing was changed and the rules in use "
                                     "stay: 140100-taiyuan.toml, line 32, field benefits[0].ratio:")


@pytest.mark.parametrize(("what", "data", "says"), [
    ("not UTF-8", "year = 2025\n".encode("utf-16"), "cannot be read"),
    ("too big", b"# " + b"x" * (policy.MAX_PACK_BYTES + 10), "over 1024 KiB"),
    ("empty", b"", "expected a six-digit GB/T 2260 code"),
], ids=["not-utf8", "too-big", "empty"])
def test_unreadable_files_are_refused(book, tmp_path, what, data, says):
    with pytest.raises(Refused) as e:
        book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", data))
    assert says in e.value.reasons[0].text_en
    assert not (book.data_dir / "packs").exists()


def test_a_missing_file_is_refused(book, tmp_path):
    with pytest.raises(Refused) as e:
        book.preview_policy_file(tmp_path / "140100-nothing.toml")
    assert "cannot be read" in e.value.reasons[0].text_en


def test_a_loaded_file_that_went_bad_on_disk_leaves_the_bundled_pack_in_use(book, tmp_path):
    book.load_policy_file(book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", newer_taiyuan())))
    (book.data_dir / "packs" / "140100-taiyuan.toml").write_text("code = 1\n", encoding="utf-8")
    book.close()
    with FamilyBook.open(book.data_dir, clock=lambda: NOW, daily_backup=False) as again:
        assert again.registry.get("140100").year == 2025
        (f,) = again.policy_files()
        assert (f.in_use, f.version) == (False, "—") and "expected a six-digit" in f.problem


def test_a_city_new_to_the_app_is_compared_with_the_province_rules_it_used(book, tmp_path):
    jingzhou = write(tmp_path, "420700-jingzhou.toml", '''code = "420700"
name = { zh = "荆州市", en = "Jingzhou" }
parent = "420000"
year = 2026

[insurance]
resident_waiting_months = { value = 2, source = "F-N13" }
''')
    preview = book.preview_policy_file(jingzhou)
    assert (preview.replaces, preview.old_version, preview.name) == ("new", None, "420700-jingzhou.toml")
    shown = [(c.key, *preview.shown(c), c.source) for c in preview.changes]
    assert shown == [("code", "420000", "420700", ""), ("name", "湖北省 / Hubei", "荆州市 / Jingzhou", ""),
                     ("year", "2025", "2026", ""), ("insurance.resident_waiting_months", "3", "2", "F-N13")]
    book.load_policy_file(preview)
    assert book.registry.resolve_insured_place("420700").name == ("荆州市", "Jingzhou")
    assert [(f.name, f.replaces_bundled, f.in_use) for f in book.policy_files()] == [
        ("420700-jingzhou.toml", False, True)]


def test_a_version_still_to_come_is_listed_with_its_date(book, tmp_path):
    text = TAIYUAN.read_text(encoding="utf-8") + '''
[[versions]]
effective = "2027-01-01"

[versions.binding]
reserve_floor_fen = { value = 150000, source = "F-T10" }
'''
    preview = book.preview_policy_file(write(tmp_path, "140100-taiyuan.toml", text))
    shown = [(c.key, *preview.shown(c), c.source) for c in preview.changes]
    assert all(key.startswith("2027-01-01: ") for key, *_ in shown)  # nothing changes before that day
    assert ("2027-01-01: binding.reserve_floor_fen", "¥1,000.00", "¥1,500.00", "F-T10") in shown
    # a local version newer than the 2026 national notice brings Taiyuan's own rules back (policy-dates' rule)
    assert ("2027-01-01: binding.max_beneficiaries", "no_limit", "1", "F-T1") in shown
