"""Dated versions of the region packs: the rules in force on a date, inheritance per date, the 2026 national
notice (F-N6..F-N11) meeting Taiyuan's older rules (F-T1, F-T5), and broken version files refused with
file, line and field."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from desktop import cli
from desktop.core import rules
from desktop.core.model import Person
from desktop.core.policy import PackError, load_default, load_packs, parse_pack
from desktop.core.wallet import WalletRules

REG = load_default()
NOTICE = dt.date(2026, 1, 9)
BEFORE = dt.date(2026, 1, 8)
JUNE_2025, MARCH_2026 = dt.date(2025, 6, 1), dt.date(2026, 3, 1)


def person(pid, region, insurance="employee", employment="in_service"):
    return Person(pid, f"p{pid}", region, insurance, employment, "insured", dt.date(1970, 1, 1))


BROTHER = person(1, "140100")            # Taiyuan employee
SISTER = person(2, "310000")             # insured in Shanghai


# ---- the bundled national versions ----

def test_the_national_pack_changes_on_the_day_of_the_notice():
    old, new = REG.rules_on("000000", BEFORE), REG.rules_on("000000", NOTICE)
    assert (old.value("binding", "scope"), old.rule("binding", "scope").source) == ("province", "F-W1")
    assert (new.value("binding", "scope"), new.rule("binding", "scope").source) == ("anywhere", "F-N6")
    assert new.rule("binding", "relations").source == "F-N7"
    assert new.value("binding", "relations") == ("spouse", "parent", "child", "sibling", "grandparent", "grandchild")
    assert new.value("binding", "beneficiary_insurance") == ("employee", "flexible", "resident")
    assert new.rule("binding", "beneficiary_insurance").source == "F-N7"
    assert old.rule("binding", "max_beneficiaries") is None
    limit = new.rule("binding", "max_beneficiaries")
    assert (limit.value, limit.source, limit.since) == (None, "F-N8", "2026-01-09")  # "no_limit"
    assert new.rule("payment", "pays_resident_premiums").source == "F-N10"
    assert new.rule("payment", "pays_care_premiums").source == "F-N10"
    assert old.rule("payment", "pays_care_premiums") is None
    # what the notice does not change carries over from the 2025 version
    assert new.rule("wallet", "daily_count").source == "F-W6" and new.value("wallet", "daily_count") == 3
    assert new.rule("binding", "requires_consent").source == "F-G3"


def test_the_wallet_sharing_model_follows_the_date():
    """F-W6 transfers until 2026-01-08; F-N11's quota from 2026-01-09 (the accessor the quota model reads)."""
    assert (WalletRules.of(REG.rules_on("310000", BEFORE)).sharing_model,
            WalletRules.of(REG.rules_on("310000", BEFORE)).sharing_src) == ("transfer", ("F-W6",))
    assert (WalletRules.of(REG.rules_on("310000", NOTICE)).sharing_model,
            WalletRules.of(REG.rules_on("310000", NOTICE)).sharing_src) == ("quota", ("F-N11",))
    assert WalletRules.of(REG.rules_on("140100", MARCH_2026)).sharing_model == "quota"  # inherited by a city


def test_a_city_of_2022_inherits_the_national_2026_version_for_what_it_does_not_set():
    ty = REG.rules_on("140100", MARCH_2026)
    assert [p.code for p in ty.chain] == ["140100", "140000", "000000"]
    assert [p.year for p in ty.chain] == [2025, 2025, 2026]
    assert ty.rule("payment", "pays_care_premiums").origin == "000000"  # Taiyuan does not set it
    assert ty.rule("binding", "reserve_floor_fen").source == "F-T10"  # Taiyuan's own, not met by the notice
    assert ty.rule("payment", "order").source == "F-T4"


def test_the_notice_replaces_taiyuans_older_rules_by_default_and_the_family_may_keep_them():
    new = REG.rules_on("140100", MARCH_2026)
    assert {(c.section, c.name): (c.local.source, c.newer.source, c.applied) for c in new.conflicts} == {
        ("binding", "relations"): ("F-T5", "F-N7", "newer"),
        ("binding", "scope"): ("F-T5", "F-N6", "newer"),
        ("binding", "max_beneficiaries"): ("F-T1", "F-N8", "newer")}
    assert new.rule("binding", "scope").source == "F-N6"
    kept = REG.rules_on("140100", MARCH_2026, {"140100"})
    assert kept.rule("binding", "scope").source == "F-T5" and kept.value("binding", "max_beneficiaries") == 1
    assert {c.applied for c in kept.conflicts} == {"local"}
    # a district of Taiyuan resolves to the city's pack, and its choice is the city's
    assert REG.rules_on("140105", MARCH_2026, {"140100"}).rule("binding", "scope").source == "F-T5"
    # before the notice nothing meets: the 2025 rules, one at a time (F-T1)
    old = REG.rules_on("140100", JUNE_2025)
    assert old.conflicts == () and old.value("binding", "max_beneficiaries") == 1


def test_the_sister_in_shanghai_on_both_dates():
    """On 2025-06-01 Taiyuan allows spouse, children, parents insured in Shanxi (F-T5); on 2026-03-01 the notice
    reaches siblings in any province (F-N6, F-N7)."""
    old = rules.check_binding(BROTHER, SISTER, "sibling", REG.rules_on("140100", JUNE_2025), on=JUNE_2025,
                              start=JUNE_2025, end=dt.date(2026, 5, 31), amount_fen=100000)
    assert not old.allowed and old.codes == ("relation_not_allowed", "outside_area")
    assert [r.sources for r in old.reasons] == [("F-T5",), ("F-T5",)]
    new = rules.check_binding(BROTHER, SISTER, "sibling", REG.rules_on("140100", MARCH_2026), on=MARCH_2026,
                              start=MARCH_2026, end=dt.date(2027, 2, 28), amount_fen=100000)
    assert new.allowed and new.reasons == ()
    assert {g.code: g.sources for g in new.grounds} == {
        "grounds_relation": ("F-N7",), "grounds_area": ("F-N6",), "grounds_several": ("F-N8",)}
    # the family keeping Taiyuan's rules: refused again, as in 2025
    kept = rules.check_binding(BROTHER, SISTER, "sibling", REG.rules_on("140100", MARCH_2026, {"140100"}),
                               on=MARCH_2026, start=MARCH_2026, end=dt.date(2027, 2, 28), amount_fen=100000)
    assert kept.codes == ("relation_not_allowed", "outside_area") and kept.grounds == ()


def test_a_childs_spouse_is_refused_by_the_close_relatives_list_f_n3():
    """F-G7 names only the spouse's parents; a child's spouse is not among 近亲属 (F-N3)."""
    shanghai = REG.rules_on("310000", JUNE_2025)
    r = rules.check_binding(person(1, "310000"), person(2, "310000"), "child_spouse", shanghai, on=JUNE_2025)
    assert r.codes == ("relation_not_allowed",) and r.reasons[0].sources == ("F-N3",)
    p = rules.check_binding(person(1, "310000"), person(2, "310000"), "spouse_parent", shanghai, on=JUNE_2025)
    assert p.codes == ("relation_excluded",) and p.reasons[0].sources == ("F-G7",)


def test_the_cli_shows_the_rules_of_a_date_with_their_sources(capsys):
    assert cli.main(["region", "140100", "--on", "2026-03-01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["binding"]["scope"] == {"value": "anywhere", "source": "F-N6", "from": "000000",
                                       "since": "2026-01-09", "note": {
                                           "zh": "职工医保个人账户共济可跨省，全国范围。",
                                           "en": "An employee's personal account may be shared across provinces, "
                                                 "nationwide."}}
    assert out["binding"]["max_beneficiaries"]["value"] == "no_limit"
    assert [(v["code"], v["effective"]) for v in out["versions"]] == [
        ("140100", "2022-07-01"), ("140000", None), ("000000", "2026-01-09")]
    assert {c["field"]: c["applied"] for c in out["conflicts"]} == {
        "binding.relations": "newer", "binding.scope": "newer", "binding.max_beneficiaries": "newer"}
    assert cli.main(["region", "140100", "--on", "2025-06-01"]) == 0
    text = capsys.readouterr().out
    assert "rules on 2025-06-01" in text
    assert '  max_beneficiaries = 1   (F-T1, from 140100)' in text
    assert cli.main(["region", "140100", "--on", "2026-02-30"]) == 1
    assert "--on '2026-02-30' is not a date like 2026-03-01" in capsys.readouterr().err


# ---- packs with versions, written here ----

NATIONAL = """\
code = "000000"
name = { zh = "全国", en = "National" }
year = 2025

[binding]
scope = { value = "province", source = "F-W1" }
"""


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_versions_of_a_city_apply_from_their_dates_and_carry_the_rest_over(tmp_path):
    nat = write(tmp_path, "000000-national.toml", NATIONAL)
    city = write(tmp_path, "990100-testcity.toml", """\
        code = "990100"
        name = { zh = "测试市", en = "Test city" }
        parent = "000000"
        year = 2025
        effective = "2025-01-01"

        [binding]
        reserve_floor_fen = { value = 100000, source = "F-T10" }

        [[benefits]]
        care = ["outpatient"]
        person = ["employee_in_service"]
        deductible_fen = 0
        ratio = "0.50"
        source = "F-T15"

        [[versions]]
        effective = "2026-01-09"
        year = 2026

        [[versions.benefits]]
        care = ["outpatient"]
        person = ["employee_in_service"]
        deductible_fen = 0
        ratio = "0.70"
        source = "F-T15"

        [[versions]]
        effective = "2026-07-01"
        [versions.binding]
        reserve_floor_fen = { value = 50000, source = "F-T10" }
        """)
    reg = load_packs([nat, city])
    assert reg.errors == []
    on = {d: reg.rules_on("990100", d) for d in (dt.date(2024, 5, 1), dt.date(2026, 1, 8), NOTICE,
                                                  dt.date(2026, 6, 30), dt.date(2026, 7, 1))}
    ratios = {d: str(p.benefit("outpatient", "employee_in_service", "1", 50)["ratio"]) for d, p in on.items()}
    assert list(ratios.values()) == ["0.50", "0.50", "0.70", "0.70", "0.70"]  # the first version serves earlier days
    floors = [p.value("binding", "reserve_floor_fen") for p in on.values()]
    assert floors == [100000, 100000, 100000, 100000, 50000]
    assert on[dt.date(2026, 7, 1)].chain[0].year == 2026  # the default year is the date's
    assert on[dt.date(2026, 1, 8)] is on[dt.date(2024, 5, 1)]  # one object per combination of versions in force
    assert reg.changes_between("990100", dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == [
        ("990100", NOTICE), ("990100", dt.date(2026, 7, 1))]


# ---- broken version files: file, line, field ----

HEAD = """\
code = "990100"
name = { zh = "测试市", en = "Test city" }
parent = "000000"
year = 2025
"""


@pytest.mark.parametrize("body, field, line, message", [
    ("versions = 3\n", "versions", 5, "expected [[versions]] entries"),
    ("[[versions]]\nyear = 2026\n[versions.binding]\nterminable = { value = true, source = \"F-T7\" }\n",
     "versions[0].effective", 5, "missing: every version needs the date it comes into force"),
    ("[[versions]]\neffective = \"2026-02-30\"\n", "versions[0].effective", 6, "expected a date like"),
    ("[[versions]]\neffective = 20260109\n", "versions[0].effective", 6, "expected a date like"),
    ("[[versions]]\neffective = \"2026-07-01\"\n[versions.binding]\nterminable = { value = true, source = \"F-T7\" }\n"
     "[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nterminable = { value = false, source = \"F-T7\" }\n",
     "versions[1].effective", 10, "2026-01-09 is not after 2026-07-01 (versions[0]); list versions in date order"),
    ("[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nterminable = { value = true, source = \"F-T7\" }\n"
     "[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nterminable = { value = false, source = \"F-T7\" }\n",
     "versions[1].effective", 10, "one per date"),
    ("effective = \"2022-07-01\"\n[[versions]]\neffective = \"2021-01-01\"\n[versions.binding]\n"
     "terminable = { value = true, source = \"F-T7\" }\n",
     "versions[0].effective", 7, "2021-01-01 is not after 2022-07-01 (the pack's own effective date)"),
    ("[[versions]]\neffective = \"2026-01-09\"\ncolour = \"red\"\n", "versions[0].colour", 7, "unknown field"),
    ("[[versions]]\neffective = \"2026-01-09\"\nparent = \"140000\"\n", "versions[0].parent", 7,
     "a version cannot change the region's code, name or parent"),
    ("[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nwho = { value = 1, source = \"F-T1\" }\n",
     "versions[0].binding.who", 8, "unknown field; allowed:"),
    ("[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nscope = { value = \"moon\", source = \"F-N6\" }\n",
     "versions[0].binding.scope", 8, "unknown scope 'moon'"),
    ("[[versions]]\neffective = \"2026-01-09\"\n[versions.binding]\nscope = { value = \"anywhere\" }\n",
     "versions[0].binding.scope", 8, "missing source"),
    ("[[versions]]\neffective = \"2026-01-09\"\nyear = 2026\n", "versions[0].effective", 6,
     "this version changes nothing"),
    ("[[versions]]\neffective = \"2026-01-09\"\nsupersedes_local = \"yes\"\n", "versions[0].supersedes_local", 7,
     "expected true or false"),
    ("[[versions]]\neffective = \"2026-01-09\"\nyear = 1999\n", "versions[0].year", 7, "expected the policy year"),
    ("[[versions]]\neffective = \"2026-01-09\"\n[[versions.benefits]]\ncare = [\"outpatient\"]\n"
     "person = [\"resident\"]\nratio = \"1.5\"\nsource = \"F-T14\"\n",
     "versions[0].benefits[0].ratio", 10, "a ratio must be between 0 and 1"),
    ("[binding]\nterminable = { value = true, source = \"F-T7\" }\n[[versions]]\neffective = \"2026-01-09\"\n"
     "[[versions.caps]]\ngroup = \"outpatient\"\nperson = [\"resident\"]\nsource = \"F-T14\"\n",
     "versions[0].caps[0].amount_fen", 12, "missing"),  # a missing field points at its row's source line
])
def test_a_broken_version_is_refused_with_file_line_and_field(tmp_path, body, field, line, message):
    path = write(tmp_path, "990100-testcity.toml", HEAD + body)
    with pytest.raises(PackError) as got:
        parse_pack(path)
    e = got.value
    assert (e.file, e.field, e.line) == ("990100-testcity.toml", field, line)
    assert message in e.message
    assert str(e).startswith(f"990100-testcity.toml:{line}: {field}: ")


def test_a_broken_version_leaves_the_other_packs_working(tmp_path):
    nat = write(tmp_path, "000000-national.toml", NATIONAL)
    bad = write(tmp_path, "990100-testcity.toml", HEAD + "[[versions]]\neffective = \"soon\"\n")
    reg = load_packs([nat, bad])
    assert reg.codes() == ["000000"] and [e.field for e in reg.errors] == ["versions[0].effective"]
