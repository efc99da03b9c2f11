"""The pack loader: inheritance national → province → city, and refusal of every kind of broken pack.

Packs are written into tmp_path next to a copy of the real national pack, so parents resolve and
the tests see exactly what a user importing a pack would see.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core import policy

NATIONAL_FILE = policy.packs_dir() / "000000-national.toml"

PROVINCE = """\
code = "990000"
name = { zh = "测试省", en = "Test province" }
parent = "000000"
year = 2025

[binding]
scope = { value = "same_region", source = "F-T5" }
max_beneficiaries = { value = 2, source = "F-T1" }
reserve_floor_fen = { value = 50000, source = "F-T10" }

[[benefits]]
care = ["outpatient"]
person = ["resident"]
deductible_fen = 10000
ratio = "0.50"
source = "F-T14"

[[caps]]
group = "outpatient"
person = ["resident"]
amount_fen = 20000
source = "F-T14"

[[channels]]
id = "local_wechat"
kind = "wechat"
name = { zh = "测试省医保公众号", en = "Test province WeChat account" }
purposes = ["bind"]
source = "F-T2"
steps = [{ zh = "打开公众号", en = "Open the account" }]
"""

CITY = """\
code = "990100"
name = { zh = "测试市", en = "Test city" }
parent = "990000"
year = 2024

[binding]
max_beneficiaries = { value = 1, source = "F-T1" }

[[benefits]]
care = ["outpatient"]
person = ["resident"]
hospital = ["1"]
deductible_fen = 8000
ratio = "0.60"
source = "F-T14"

[[benefits]]
care = ["outpatient"]
person = ["employee_retired"]
age_max = 69
deductible_fen = 130000
ratio = "0.70"
source = "F-R3"

[[benefits]]
care = ["outpatient"]
person = ["employee_retired"]
age_min = 70
deductible_fen = 130000
ratio = "0.80"
source = "F-R3"

[[benefits]]
care = ["outpatient"]
person = ["employee_in_service"]
hospital = ["3X"]
deductible_fen = 60000
source = "F-R4"
alternatives = [{ value = { deductible_fen = 100000 }, source = "F-R4" }]

[[caps]]
group = "outpatient"
person = ["resident"]
age_min = 60
amount_fen = 33000
source = "F-R7"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A pack folder holding a copy of the real national pack."""
    shutil.copy(NATIONAL_FILE, tmp_path / NATIONAL_FILE.name)
    return tmp_path


def load(folder: Path) -> policy.Registry:
    return policy.load_packs(folder.glob("*.toml"))


@pytest.fixture
def reg(folder: Path) -> policy.Registry:
    write(folder, "990000-testprov.toml", PROVINCE)
    write(folder, "990100-testcity.toml", CITY)
    r = load(folder)
    assert r.errors == []
    return r


# ---- inheritance ----

def test_national_copy_loads_alone(folder: Path) -> None:
    r = load(folder)
    assert r.errors == [] and r.codes() == ["000000"]


def test_city_overrides_province_overrides_national_field_by_field(reg: policy.Registry) -> None:
    city = reg.get("990100")
    assert [p.code for p in city.chain] == ["990100", "990000", "000000"]
    mb = city.rule("binding", "max_beneficiaries")
    assert (mb.value, mb.source, mb.origin) == (1, "F-T1", "990100")
    scope = city.rule("binding", "scope")  # province overrides national "province"
    assert (scope.value, scope.origin) == ("same_region", "990000")
    floor = city.rule("binding", "reserve_floor_fen")
    assert (floor.value, floor.origin) == (50000, "990000")
    daily = city.rule("wallet", "daily_count")  # only the national pack sets it
    assert (daily.value, daily.source, daily.origin) == (3, "F-W6", "000000")
    assert city.rule("binding", "requires_amount") is None
    assert city.value("binding", "requires_amount", "n/a") == "n/a"
    # the province's own view is not touched by its child
    assert reg.get("990000").value("binding", "max_beneficiaries") == 2
    assert reg.get("000000").value("binding", "scope") == "province"


def test_unknown_rule_name_is_a_programming_error(reg: policy.Registry) -> None:
    with pytest.raises(KeyError):
        reg.get("990100").rule("binding", "max_people")


def test_rows_are_looked_up_nearest_pack_first(reg: policy.Registry) -> None:
    city = reg.get("990100")
    origins = [r.origin for r in city.rows("benefits")]
    assert origins == ["990100"] * 4 + ["990000"]
    level1 = city.benefit("outpatient", "resident", "1", 40)
    assert (level1["ratio"], level1["deductible_fen"], level1.origin) == (Decimal("0.60"), 8000, "990100")
    level3 = city.benefit("outpatient", "resident", "3", 40)  # the city has no level-3 row
    assert (level3["ratio"], level3["deductible_fen"], level3.origin) == (Decimal("0.50"), 10000, "990000")
    assert city.benefit("inpatient", "resident", "1", 40) is None
    # caps: the age row of the city for 60+, else the province's general row
    assert city.cap("outpatient", "resident", 60)["amount_fen"] == 33000
    assert city.cap("outpatient", "resident", 59)["amount_fen"] == 20000
    assert city.cap("outpatient", "resident", None)["amount_fen"] == 20000


def test_age_bands_choose_the_row(reg: policy.Registry) -> None:
    city = reg.get("990100")
    assert city.benefit("outpatient", "employee_retired", "2", 69)["ratio"] == Decimal("0.70")
    assert city.benefit("outpatient", "employee_retired", "2", 70)["ratio"] == Decimal("0.80")
    assert city.benefit("outpatient", "employee_retired", "2", None) is None  # age unknown: no band fits


def test_missing_ratio_means_unknown_not_zero(reg: policy.Registry) -> None:
    row = reg.get("990100").benefit("outpatient", "employee_in_service", "3X", 40)
    assert row["ratio"] is None and row["deductible_fen"] == 60000
    assert row.alternatives[0].value == {"deductible_fen": 100000}
    out = json.loads(json.dumps(reg.get("990100").resolved()))
    dalian_like = [b for b in out["benefits"] if b.get("hospital") == ["3X"]]
    assert dalian_like[0]["ratio"] is None and dalian_like[0]["alternatives"][0]["value"] == {"deductible_fen": 100000}


def test_channels_are_replaced_by_id(reg: policy.Registry) -> None:
    chans = reg.get("990100").channels()
    ids = [c["id"] for c in chans]
    assert len(ids) == len(set(ids))
    national_ids = [c["id"] for c in reg.get("000000").channels()]
    assert set(ids) == set(national_ids)  # the province replaced one, added none
    wechat = next(c for c in chans if c["id"] == "local_wechat")
    assert (wechat.origin, wechat.source, wechat["steps"]) == ("990000", "F-T2", (("打开公众号", "Open the account"),))
    assert ids[0] == "local_wechat"  # nearest first


def test_resolved_names_the_origin_of_every_value(reg: policy.Registry) -> None:
    res = reg.get("990100").resolved()
    assert res["chain"] == ["990100", "990000", "000000"]
    assert res["binding"]["max_beneficiaries"] == {"value": 1, "source": "F-T1", "from": "990100"}
    assert res["wallet"]["max_per_transfer_fen"] == {"value": 200000, "source": "F-W6", "from": "000000"}
    assert res["year"] == 2024 and res["name"] == {"zh": "测试市", "en": "Test city"}


def test_resolve_insured_place_falls_back_to_province_then_national(reg: policy.Registry) -> None:
    assert reg.resolve_insured_place("990100").code == "990100"
    assert reg.resolve_insured_place("990105").code == "990100"  # a district of the city
    assert reg.resolve_insured_place("990300").code == "990000"
    assert reg.resolve_insured_place("880100").code == "000000"


def test_user_pack_replaces_bundled_pack_of_same_name(tmp_path: Path) -> None:
    text = NATIONAL_FILE.read_text(encoding="utf-8").replace(
        'daily_count = { value = 3, source = "F-W6" }', 'daily_count = { value = 2, source = "F-W6" }')
    assert "value = 2" in text
    write(tmp_path, NATIONAL_FILE.name, text)
    reg = policy.load_default([tmp_path])
    assert reg.get("000000").value("wallet", "daily_count") == 2
    assert reg.get("140100").value("wallet", "daily_count") == 2


def test_a_broken_user_pack_keeps_the_bundled_one(tmp_path: Path) -> None:
    """A user pack that cannot be used is reported, and the bundled pack of the same name stays in use."""
    taiyuan = NATIONAL_FILE.with_name("140100-taiyuan.toml")
    broken = taiyuan.read_text(encoding="utf-8").replace(
        'reserve_floor_fen = { value = 100000, source = "F-T10" }', 'reserve_floor_fen = { value = "lots", source = "F-T10" }')
    assert '"lots"' in broken
    write(tmp_path, taiyuan.name, broken)
    orphan = taiyuan.read_text(encoding="utf-8").replace('parent = "140000"', 'parent = "880000"')
    write(tmp_path, "140200-datong.toml", orphan.replace('code = "140100"', 'code = "140200"'))
    reg = policy.load_default([tmp_path])
    bundled = policy.load_default()
    assert reg.get("140100").value("binding", "reserve_floor_fen") == 100000
    assert reg.get("140100").chain[0].file == bundled.get("140100").chain[0].file
    assert reg.get("140200").chain[0].file == bundled.get("140200").chain[0].file  # Datong's own pack stays
    assert reg.codes() == bundled.codes()
    assert [(e.file, e.field) for e in reg.errors] == [
        ("140100-taiyuan.toml", "binding.reserve_floor_fen"), ("140200-datong.toml", "parent")]
    assert "880000" in reg.errors[1].message


# ---- broken packs: each is refused with file, field and message; nothing else stops working ----

GOOD_CITY = """\
code = "990100"
name = { zh = "测试市", en = "Test city" }
parent = "000000"
year = 2025
"""


def city(body: str, head: str = GOOD_CITY) -> str:
    return head + textwrap.dedent(body)


BROKEN = {
    "bad TOML syntax": ("990200-bad.toml", 'code = "990200"\nname = { zh = "坏", en = "Bad" \n', "", "not valid TOML"),
    "unknown top-level field": ("990200-bad.toml", city('colour = "red"\n', GOOD_CITY.replace("990100", "990200")),
                                "colour", "unknown field"),
    "unknown section": ("990200-bad.toml", city('[bindings]\nscope = { value = "province", source = "F-T5" }\n',
                                                GOOD_CITY.replace("990100", "990200")), "bindings", "unknown field"),
    "unknown field in a section": ("990200-bad.toml", city(
        '[binding]\nmax_people = { value = 1, source = "F-T1" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_people", "unknown field"),
    "unknown key in a value": ("990200-bad.toml", city(
        '[binding]\nmax_beneficiaries = { value = 1, source = "F-T1", sauce = "x" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_beneficiaries", "unknown field(s) sauce"),
    "unknown row field": ("990200-bad.toml", city(
        '[[caps]]\ngroup = "outpatient"\nperson = ["resident"]\namount_fen = 100\nsource = "F-T14"\ncolour = "red"\n',
        GOOD_CITY.replace("990100", "990200")), "caps[0].colour", "unknown field"),
    "wrong type: text for a count": ("990200-bad.toml", city(
        '[binding]\nmax_beneficiaries = { value = "one", source = "F-T1" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_beneficiaries", "expected a whole number"),
    "wrong type: float fen": ("990200-bad.toml", city(
        '[binding]\nreserve_floor_fen = { value = 1000.5, source = "F-T10" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.reserve_floor_fen", "expected a whole number"),
    "wrong type: text for a flag": ("990200-bad.toml", city(
        '[binding]\nrequires_dates = { value = "yes", source = "F-T2" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.requires_dates", "expected true or false"),
    "wrong type: unknown relation": ("990200-bad.toml", city(
        '[binding]\nrelations = { value = ["cousin"], source = "F-T5" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.relations", "unknown relation 'cousin'"),
    "wrong type: bare value": ("990200-bad.toml", city(
        '[binding]\nmax_beneficiaries = 1\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_beneficiaries", "expected { value"),
    "wrong type: bad time": ("990200-bad.toml", city(
        '[wallet]\nblackout_start = { value = "25:00", source = "F-W6" }\n', GOOD_CITY.replace("990100", "990200")),
        "wallet.blackout_start", "expected a time"),
    "wrong type: bad date": ("990200-bad.toml", city(
        '[[premiums]]\nyear = 2025\ninsurance = "resident"\ntier = "all"\namount_fen = 40000\n'
        'collect_from = "2024-09-31"\nsource = "F-R6"\n', GOOD_CITY.replace("990100", "990200")),
        "premiums[0].collect_from", "expected a date"),
    "ratio above 1": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = "1.2"\nsource = "F-T17"\n',
        GOOD_CITY.replace("990100", "990200")), "benefits[0].ratio", "between 0 and 1"),
    "ratio below 0": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = "-0.1"\nsource = "F-T17"\n',
        GOOD_CITY.replace("990100", "990200")), "benefits[0].ratio", "between 0 and 1"),
    "ratio not a number": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = "82%"\nsource = "F-T17"\n',
        GOOD_CITY.replace("990100", "990200")), "benefits[0].ratio", "is not a number"),
    "ratio written as float": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = 0.82\nsource = "F-T17"\n',
        GOOD_CITY.replace("990100", "990200")), "benefits[0].ratio", "never a float"),
    "ratio_max below ratio": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["outpatient"]\nperson = ["resident"]\nratio = "0.60"\nratio_max = "0.50"\nsource = "F-R14"\n',
        GOOD_CITY.replace("990100", "990200")), "benefits[0].ratio_max", "ratio_max"),
    "age band upside down": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["outpatient"]\nperson = ["employee_retired"]\nage_min = 70\nage_max = 69\n'
        'ratio = "0.8"\nsource = "F-R3"\n', GOOD_CITY.replace("990100", "990200")), "benefits[0].age_max", "below age_min"),
    "premium with neither amount nor rate": ("990200-bad.toml", city(
        '[[premiums]]\nyear = 2025\ninsurance = "resident"\ntier = "all"\nsource = "F-R6"\n',
        GOOD_CITY.replace("990100", "990200")), "premiums[0].amount_fen", "amount_fen or rate"),
    "alternative with a float ratio": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = "0.65"\nsource = "F-R14"\n'
        'alternatives = [{ value = { ratio = 0.55 }, source = "F-R14" }]\n', GOOD_CITY.replace("990100", "990200")),
        "benefits[0].alternatives[0].value.ratio", "never a float"),
    "alternative with an unknown row field": ("990200-bad.toml", city(
        '[[benefits]]\ncare = ["inpatient"]\nperson = ["resident"]\nratio = "0.65"\nsource = "F-R14"\n'
        'alternatives = [{ value = { colour = "red" }, source = "F-R14" }]\n', GOOD_CITY.replace("990100", "990200")),
        "benefits[0].alternatives[0].value.colour", "unknown row field"),
    "alternative of a scalar with the wrong type": ("990200-bad.toml", city(
        '[binding]\nreserve_floor_fen = { value = 100000, source = "F-T10", alternatives = [{ value = "1000", source = "F-T10" }] }\n',
        GOOD_CITY.replace("990100", "990200")), "binding.reserve_floor_fen.alternatives[0].value", "expected a whole number"),
    "missing source on a value": ("990200-bad.toml", city(
        '[binding]\nmax_beneficiaries = { value = 1 }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_beneficiaries", "missing source"),
    "missing source on a row": ("990200-bad.toml", city(
        '[[caps]]\ngroup = "outpatient"\nperson = ["resident"]\namount_fen = 100\n', GOOD_CITY.replace("990100", "990200")),
        "caps[0]", "missing source"),
    "missing source on an alternative": ("990200-bad.toml", city(
        '[binding]\nreserve_floor_fen = { value = 100000, source = "F-T10", alternatives = [{ value = 50000 }] }\n',
        GOOD_CITY.replace("990100", "990200")), "binding.reserve_floor_fen.alternatives[0]", "missing source"),
    "source not a fact ID": ("990200-bad.toml", city(
        '[binding]\nmax_beneficiaries = { value = 1, source = "Taiyuan policy" }\n', GOOD_CITY.replace("990100", "990200")),
        "binding.max_beneficiaries.source", "not a fact ID"),
    "row source not a fact ID": ("990200-bad.toml", city(
        '[[caps]]\ngroup = "outpatient"\nperson = ["resident"]\namount_fen = 100\nsource = "T10"\n',
        GOOD_CITY.replace("990100", "990200")), "caps[0].source", "not a fact ID"),
    "missing required row field": ("990200-bad.toml", city(
        '[[channels]]\nid = "x"\nkind = "wechat"\npurposes = ["bind"]\nsteps = [{ zh = "打开", en = "Open" }]\nsource = "F-G1"\n',
        GOOD_CITY.replace("990100", "990200")), "channels[0].name", "missing"),
    "channel step not bilingual": ("990200-bad.toml", city(
        '[[channels]]\nid = "x"\nkind = "wechat"\nname = { zh = "号", en = "Account" }\npurposes = ["bind"]\n'
        'steps = [{ zh = "打开" }]\nsource = "F-G1"\n', GOOD_CITY.replace("990100", "990200")),
        "channels[0].steps", "expected { zh"),
    "unknown parent": ("990200-bad.toml", GOOD_CITY.replace("990100", "990200").replace('parent = "000000"', 'parent = "980000"'),
                       "parent", "unknown parent 980000"),
    "file name not matching code": ("990300-bad.toml", GOOD_CITY.replace("990100", "990200"), "code",
                                    "file name must be 990200-<slug>.toml"),
    "file name without a slug": ("990200.toml", GOOD_CITY.replace("990100", "990200"), "code", "file name must be"),
    "code not six digits": ("990200-bad.toml", GOOD_CITY.replace('"990100"', "990200"), "code", "six-digit"),
    "year missing": ("990200-bad.toml", GOOD_CITY.replace("990100", "990200").replace("year = 2025\n", ""),
                     "year", "policy year"),
    "name not bilingual": ("990200-bad.toml", GOOD_CITY.replace("990100", "990200").replace(
        'name = { zh = "测试市", en = "Test city" }', 'name = "测试市"'), "name", "expected { zh"),
    "pack note not bilingual": ("990200-bad.toml", GOOD_CITY.replace("990100", "990200") + 'note = "only zh"\n',
                                "note", "expected { zh"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_pack_is_refused_and_the_rest_still_load(folder: Path, case: str) -> None:
    name, text, fieldname, message = BROKEN[case]
    write(folder, "990100-good.toml", GOOD_CITY)
    write(folder, name, text)
    reg = load(folder)
    assert [e.file for e in reg.errors] == [name]
    err = reg.errors[0]
    assert err.field == fieldname
    assert message in err.message
    assert name in str(err) and message in str(err)
    assert reg.codes() == ["000000", "990100"]  # the national and the good pack still work
    assert reg.get("990100").value("wallet", "daily_count") == 3


def test_error_points_at_the_line_of_the_bad_row(folder: Path) -> None:
    text = city("""
        [[benefits]]
        care = ["inpatient"]
        person = ["resident"]
        ratio = "0.50"
        source = "F-T17"

        [[benefits]]
        care = ["inpatient"]
        person = ["resident"]
        ratio = "1.50"
        source = "F-T17"
        """)
    write(folder, "990100-x.toml", text)
    err = load(folder).errors[0]
    assert err.field == "benefits[1].ratio"
    assert text.splitlines()[err.line - 1].strip() == 'ratio = "1.50"'
    assert str(err).startswith(f"990100-x.toml:{err.line}: benefits[1].ratio:")


def test_bad_toml_reports_its_line(folder: Path) -> None:
    write(folder, "990100-x.toml", GOOD_CITY + "\n[binding\n")
    err = load(folder).errors[0]
    assert err.field == "" and err.line == GOOD_CITY.count("\n") + 2


def test_parent_cycle_refuses_every_pack_in_it(folder: Path) -> None:
    a = GOOD_CITY.replace("990100", "990000").replace('parent = "000000"', 'parent = "990100"')
    b = GOOD_CITY.replace('parent = "000000"', 'parent = "990000"')
    write(folder, "990000-a.toml", a)
    write(folder, "990100-b.toml", b)
    write(folder, "980000-good.toml", GOOD_CITY.replace("990100", "980000"))
    reg = load(folder)
    assert sorted(e.file for e in reg.errors) == ["990000-a.toml", "990100-b.toml"]
    assert all(e.field == "parent" and "loops" in e.message for e in reg.errors)
    assert reg.codes() == ["000000", "980000"]


def test_duplicate_code_keeps_the_first_and_refuses_the_second(folder: Path) -> None:
    write(folder, "990100-a.toml", GOOD_CITY)
    write(folder, "990100-b.toml", GOOD_CITY.replace("year = 2025", "year = 2024"))
    reg = load(folder)
    assert [(e.file, e.field) for e in reg.errors] == [("990100-b.toml", "code")]
    assert "already defined in 990100-a.toml" in reg.errors[0].message
    assert reg.get("990100").year == 2025


def test_child_of_a_refused_pack_is_refused_too(folder: Path) -> None:
    write(folder, "990000-prov.toml", GOOD_CITY.replace("990100", "990000") + "colour = 1\n")
    write(folder, "990100-city.toml", GOOD_CITY.replace('parent = "000000"', 'parent = "990000"'))
    reg = load(folder)
    by_file = {e.file: e for e in reg.errors}
    assert set(by_file) == {"990000-prov.toml", "990100-city.toml"}
    assert by_file["990100-city.toml"].field == "parent"
    assert reg.codes() == ["000000"]


def test_a_chain_must_end_at_the_national_pack(tmp_path: Path) -> None:
    write(tmp_path, "990100-city.toml", GOOD_CITY)  # no national pack in this folder
    reg = load(tmp_path)
    assert reg.codes() == [] and reg.errors[0].field == "parent"


def test_national_pack_with_a_parent_is_refused(folder: Path) -> None:
    (folder / NATIONAL_FILE.name).unlink()
    text = NATIONAL_FILE.read_text(encoding="utf-8").replace('year = 2025', 'parent = "110000"\nyear = 2025', 1)
    write(folder, NATIONAL_FILE.name, text)
    reg = load(folder)
    assert reg.codes() == [] and (reg.errors[0].field, reg.errors[0].message) == (
        "parent", "the national pack has no parent")


def test_unreadable_file_is_refused(folder: Path) -> None:
    (folder / "990100-x.toml").write_bytes(b"code = \"990100\"\n\xff\xfe")
    reg = load(folder)
    assert reg.errors[0].file == "990100-x.toml" and "cannot be read" in reg.errors[0].message
    assert reg.codes() == ["000000"]
