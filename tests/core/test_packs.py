"""The bundled region packs: they all load, every value has a source, COVERAGE.md covers every fact of
SEED-FACTS §1–§4, and the figures read back exactly as the sources print them (yuan → fen by hand).
"""

from __future__ import annotations

import json
import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import cli
from desktop.core import policy

PACKS = policy.packs_dir()
SEED_FACTS = Path("/work/shared/policy/SEED-FACTS.md")
FACT = re.compile(r"\bF-[A-Z]+\d+\b")

# §1–§4 of SEED-FACTS, used when the shared file is not on this machine (e.g. a fresh clone in CI).
FALLBACK_IDS = (
    [f"F-G{i}" for i in range(1, 10)] + [f"F-T{i}" for i in range(1, 20)]
    + [f"F-W{i}" for i in range(1, 9)] + [f"F-R{i}" for i in range(1, 16)]
)
FALLBACK_ALL = FALLBACK_IDS + [f"F-N{i}" for i in range(1, 6)]

EXPECTED = {
    "000000": "000000-national.toml",
    "130000": "130000-hebei.toml", "131100": "131100-hengshui.toml",
    "140000": "140000-shanxi.toml", "140100": "140100-taiyuan.toml", "140200": "140200-datong.toml",
    "210000": "210000-liaoning.toml", "210200": "210200-dalian.toml",
    "310000": "310000-shanghai.toml",
    "340000": "340000-anhui.toml", "340800": "340800-anqing.toml",
    "370000": "370000-shandong.toml", "370200": "370200-qingdao.toml", "370700": "370700-weifang.toml",
    "371000": "371000-weihai.toml", "371100": "371100-rizhao.toml", "371500": "371500-liaocheng.toml",
    "420000": "420000-hubei.toml", "420100": "420100-wuhan.toml", "420600": "420600-xiangyang.toml",
    "440000": "440000-guangdong.toml", "441200": "441200-zhaoqing.toml", "441400": "441400-meizhou.toml",
    "460000": "460000-hainan.toml", "460400": "460400-danzhou.toml", "469001": "469001-wuzhishan.toml",
    "469002": "469002-qionghai.toml", "469005": "469005-wenchang.toml",
    "500000": "500000-chongqing.toml",
    "510000": "510000-sichuan.toml", "511100": "511100-leshan.toml",
}


def seed_ids(sections: tuple[int, ...] | None) -> list[str]:
    """Fact IDs of the table rows of SEED-FACTS, in the given numbered sections (None = all)."""
    if not SEED_FACTS.exists():
        return FALLBACK_IDS if sections else FALLBACK_ALL
    ids, current = [], 0
    for line in SEED_FACTS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\d+)\.", line)
        if m:
            current = int(m.group(1))
        m = re.match(r"^\| (F-[A-Z]+\d+) \|", line)
        if m and (sections is None or current in sections):
            ids.append(m.group(1))
    return ids


@pytest.fixture(scope="module")
def reg() -> policy.Registry:
    return policy.load_default()


def raw_packs() -> dict[str, dict]:
    return {p.name: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(PACKS.glob("*.toml"))}


# ---- loading ----

def test_every_bundled_pack_loads_without_errors(reg: policy.Registry) -> None:
    assert reg.errors == []
    assert reg.codes() == sorted(EXPECTED)
    assert {c: reg.packs[c].file for c in reg.codes()} == EXPECTED


def test_seed_facts_lists_the_fallback_ids() -> None:
    if not SEED_FACTS.exists():
        pytest.skip("SEED-FACTS.md is not on this machine")
    assert seed_ids((1, 2, 3, 4)) == FALLBACK_IDS


def test_every_region_resolves_to_national_and_has_a_verify_note(reg: policy.Registry) -> None:
    for code in reg.codes():
        p = reg.get(code)
        assert p.chain[-1].code == "000000"
        assert p.verify_note() is not None
        if code != "000000":
            assert p.chain[1].code == ("000000" if code.endswith("0000") else code[:2] + "0000")
        json.dumps(p.resolved(), ensure_ascii=False)  # everything the CLI prints is JSON


# ---- sources ----

def _walk_sources(raw: dict) -> list[tuple[str, object]]:
    """(where, source) of every value, row and alternative in a raw pack, read without the loader."""
    found = []
    for section in policy.SECTIONS:
        for name, v in raw.get(section, {}).items():
            where = f"{section}.{name}"
            found.append((where, v.get("source") if isinstance(v, dict) else None))
            for i, alt in enumerate(v.get("alternatives", []) if isinstance(v, dict) else []):
                found.append((f"{where}.alternatives[{i}]", alt.get("source")))
    for kind in policy.ROW_FIELDS:
        for i, row in enumerate(raw.get(kind, [])):
            found.append((f"{kind}[{i}]", row.get("source")))
            for j, alt in enumerate(row.get("alternatives", [])):
                found.append((f"{kind}[{i}].alternatives[{j}]", alt.get("source")))
    return found


def test_every_value_and_row_has_a_fact_id_source() -> None:
    missing = []
    total = 0
    for file, raw in raw_packs().items():
        for where, source in _walk_sources(raw):
            total += 1
            if not isinstance(source, str) or not policy.FACT_ID.match(source):
                missing.append(f"{file}: {where}: {source!r}")
    assert missing == []
    assert total > 100  # the walk really saw the packs


def test_the_source_walk_sees_a_missing_source() -> None:
    raw = {"binding": {"max_beneficiaries": {"value": 1, "alternatives": [{"value": 2, "source": "F-T1"}]}},
           "caps": [{"group": "outpatient", "source": "F-T14", "alternatives": [{"value": {"amount_fen": 1}}]}]}
    assert [w for w, s in _walk_sources(raw) if s is None] == ["binding.max_beneficiaries", "caps[0].alternatives[0]"]


def test_every_fact_id_in_the_packs_exists_in_seed_facts() -> None:
    known = set(seed_ids(None))
    used = {m for p in PACKS.glob("*.toml") for m in FACT.findall(p.read_text(encoding="utf-8"))}
    assert used - known == set()
    assert len(used) > 40


def _coverage_rows() -> dict[str, tuple[str, str]]:
    rows = {}
    for line in (PACKS / "COVERAGE.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| (F-[A-Z]+\d+) \| (\w+) \| (.*) \|$", line)
        if m:
            assert m.group(1) not in rows, f"{m.group(1)} listed twice"
            rows[m.group(1)] = (m.group(2), m.group(3))
    return rows


def test_coverage_lists_every_fact_of_sections_1_to_4() -> None:
    rows = _coverage_rows()
    wanted = seed_ids((1, 2, 3, 4))
    assert len(wanted) == 51
    assert [i for i in wanted if i not in rows] == []


def test_coverage_says_truly_where_each_fact_is() -> None:
    """A fact marked value/rows/channel is a source in a named file; a fact marked note is in its text."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in PACKS.glob("*.toml")}
    wrong = []
    for fact, (kind, where) in _coverage_rows().items():
        files = re.findall(r"\d{6}-[a-z0-9-]+\.toml", where)
        assert files, f"{fact}: no pack file named"
        assert all(f in texts for f in files), f"{fact}: names a missing file"
        if kind == "note":
            ok = any(fact in texts[f] for f in files)
        else:
            assert kind in ("value", "rows", "channel"), f"{fact}: unknown kind {kind}"
            ok = any(f'source = "{fact}"' in texts[f] for f in files)
        if not ok:
            wrong.append(fact)
    assert wrong == []


# ---- figures as the sources print them ----

def test_taiyuan(reg: policy.Registry) -> None:
    ty = reg.get("140100")
    assert ty.rule("binding", "max_beneficiaries").value == 1
    assert ty.rule("binding", "reserve_floor_fen").value == 1000 * 100
    assert ty.value("binding", "relations") == ("spouse", "child", "parent")
    assert ty.value("binding", "requires_dates") is True and ty.rule("binding", "requires_dates").origin == "140000"
    inpatient = {h: ty.benefit("inpatient", "employee_in_service", h, 45) for h in ("3A", "3B", "2A", "2B", "1")}
    assert {h: (r["deductible_fen"], r["ratio"]) for h, r in inpatient.items()} == {
        "3A": (80000, Decimal("0.82")), "3B": (50000, Decimal("0.86")), "2A": (50000, Decimal("0.86")),
        "2B": (30000, Decimal("0.90")), "1": (30000, Decimal("0.90"))}
    cap = ty.cap("inpatient", "employee_retired", 70)
    assert cap["amount_fen"] == 80000 * 100 and cap.alternatives[0].value == {"amount_fen": 200000 * 100}
    settle = next(c for c in ty.channels() if c["id"] == "hospital_settle")
    assert (settle.source, settle.origin) == ("F-T9", "140100")


def test_datong_counter_and_bound_card(reg: policy.Registry) -> None:
    chans = {c["id"]: c for c in reg.get("140200").channels()}
    assert chans["datong_counter"]["kind"] == "counter" and chans["datong_counter"].source == "F-R2"
    assert chans["hospital_settle"].source == "F-R2"  # not Taiyuan's own-card rule
    assert "shanxi_wechat" in chans  # province channels still offered
    assert reg.get("140200").value("binding", "reserve_floor_fen") is None  # the floor is Taiyuan's only


def test_shanghai_wallet_limits_come_from_national(reg: policy.Registry) -> None:
    sh = reg.get("310000")
    got = {n: (sh.rule("wallet", n).value, sh.rule("wallet", n).origin) for n in
           ("daily_count", "max_per_transfer_fen", "blackout_start", "blackout_end", "return_time")}
    assert got == {"daily_count": (3, "000000"), "max_per_transfer_fen": (2000 * 100, "000000"),
                   "blackout_start": ("22:00", "000000"), "blackout_end": ("06:00", "000000"),
                   "return_time": ("06:00", "000000")}
    assert [c["id"] for c in sh.channels()][:2] == ["shanghai_suishenban", "shanghai_suishenban_bill"]


def test_hengshui_channels(reg: policy.Registry) -> None:
    chans = {c["id"]: c for c in reg.get("131100").channels()}
    assert chans["hebei_smart_query"]["kind"] == "mini_program" and "query" in chans["hebei_smart_query"]["purposes"]
    assert "out_of_area" in chans["national_out_of_area"]["purposes"]
    assert reg.get("131100").rule("insurance", "out_of_area_filing").source == "F-R1"


def test_leshan_age_bands(reg: policy.Registry) -> None:
    ls = reg.get("511100")
    ins = ls.benefit("outpatient", "employee_in_service", "2", 40)
    assert (ins["deductible_fen"], ins["ratio"]) == (2000 * 100, Decimal("0.50"))
    young = ls.benefit("outpatient", "employee_retired", "2", 69)
    old = ls.benefit("outpatient", "employee_retired", "2", 70)
    assert (young["deductible_fen"], young["ratio"]) == (1300 * 100, Decimal("0.70"))
    assert (old["deductible_fen"], old["ratio"]) == (1300 * 100, Decimal("0.80"))
    assert ls.benefit("outpatient", "resident", "2", 40) is None
    assert "眉山" in reg.packs["511100"].note[0]


def test_dalian_thresholds_without_ratio(reg: policy.Registry) -> None:
    dl = reg.get("210200")
    got = {h: dl.benefit("outpatient", "employee_retired", h, 66) for h in ("3X", "3A", "3", "3S")}
    assert {h: (r["deductible_fen"], r["ratio"], r.alternatives[0].value["deductible_fen"]) for h, r in got.items()} == {
        "3X": (60000, None, 100000), "3A": (40000, None, 70000), "3": (40000, None, 70000), "3S": (40000, None, 50000)}
    lower = dl.benefit("outpatient", "resident", "1", 30)  # falls back to Liaoning's threshold
    assert (lower["deductible_fen"], lower["ratio"], lower.origin) == (8000, None, "210000")


def test_hubei_cities(reg: policy.Registry) -> None:
    xy = reg.get("420600")
    assert xy.value("insurance", "resident_waiting_months") == 3 and xy.value("insurance", "newborn_exempt") is True
    assert xy.benefit("outpatient", "resident", "2A", 30)["ratio"] == Decimal("0.50")
    assert xy.benefit("outpatient", "resident", "3A", 30) is None  # only the chosen level-≤2 hospital
    assert xy.cap("outpatient", "resident", 30)["amount_fen"] == 400 * 100
    chronic = xy.benefit("chronic", "resident", "3A", 30)
    assert (chronic["deductible_fen"], chronic["ratio"]) == (0, None)
    (wh,) = reg.get("420100").rows("premiums")
    assert (wh["year"], wh["amount_fen"], wh["collect_from"], wh["collect_to"], wh["covers_from"], wh["covers_to"]) == (
        2025, 400 * 100, "2024-09-01", "2025-12-31", "2025-01-01", "2025-12-31")
    # Wuhan sets no waiting period of its own: the national one (F-N13) applies
    wuhan_wait = reg.get("420100").rule("insurance", "resident_waiting_months")
    assert (wuhan_wait.value, wuhan_wait.source, wuhan_wait.origin) == (3, "F-N13", "000000")


def test_shandong_premiums_and_channels(reg: policy.Registry) -> None:
    sd = {(r["year"], r["tier"]): r for r in reg.get("370000").rows("premiums")}
    assert {k: r["amount_fen"] for k, r in sd.items()} == {
        (2024, "tier1"): 37000, (2024, "tier2"): 48000, (2025, "tier1"): 45000, (2025, "tier2"): 65000}
    assert sd[(2024, "tier1")].alternatives[0].value == {"amount_fen": 38000, "subsidy_fen": 64000}
    qd = [(r["tier"], r["amount_fen"], r.origin) for r in reg.get("370200").rows("premiums") if r["year"] == 2024]
    assert qd[:3] == [("tier1", 46200, "370200"), ("tier2", 39500, "370200"), ("children", 39500, "370200")]
    wf = {r["tier"]: r for r in reg.get("370700").rows("premiums") if r.origin == "370700" and r["insurance"] == "employee"}
    assert wf["tier1"]["rate"] == wf["tier1"]["unit_rate"] + wf["tier1"]["individual_rate"] == Decimal("0.082")
    assert wf["tier1"]["amount_fen"] + wf["tier1"]["unit_fen"] == 5984 and wf["tier1"]["period"] == "month"
    assert wf["tier2"]["rate"] == Decimal("0.008") and wf["tier2"].get("amount_fen") is None
    (rc,) = [r for r in reg.get("370700").rows("premiums") if r.origin == "370700" and r["insurance"] == "resident"]
    assert (rc["amount_fen"], rc["subsidy_fen"]) == (38000, 64000)
    purposes = {c["id"]: c["purposes"] for c in reg.get("371500").channels()}
    assert purposes["liaocheng_mini_stop"] == ("stop_insurance",)
    assert purposes["shandong_national_app_stop"] == ("stop_insurance",)
    assert purposes["shandong_tax_mini"] == ("pay_premium",)
    assert "weihai_mini_query" in {c["id"] for c in reg.get("371000").channels()}
    assert reg.get("500000").rows("premiums")[0]["amount_fen"] == 38000


def test_rizhao(reg: policy.Registry) -> None:
    rz = reg.get("371100")
    assert rz.cap("outpatient", "employee_in_service", 40)["amount_fen"] == 4000 * 100
    assert rz.cap("outpatient", "employee_retired", 70) is None
    assert rz.cap("outpatient", "resident", 60)["amount_fen"] == 330 * 100
    assert rz.cap("outpatient", "resident", 59)["amount_fen"] == 300 * 100
    grass = rz.benefit("outpatient", "resident", "1", 59)
    assert (grass["deductible_fen"], grass["ratio"]) == (0, Decimal("0.50"))
    assert rz.benefit("chronic", "employee_retired", "3A", 70)["ratio"] == Decimal("0.65")


def test_guangdong_flexible_employment(reg: policy.Registry) -> None:
    zq = reg.get("441200")
    got = {h: zq.benefit("inpatient", "flexible_in_service", h, 40) for h in ("3A", "2", "1")}
    assert {h: (r["deductible_fen"], r["ratio"]) for h, r in got.items()} == {
        "3A": (1000 * 100, Decimal("0.70")), "2": (600 * 100, Decimal("0.80")), "1": (200 * 100, Decimal("0.90"))}
    assert got["2"].alternatives[0].value == {"deductible_fen": 45000, "ratio": Decimal("0.80")}
    assert got["3A"].alternatives[0].value == {"ratio": Decimal("0.53"), "ratio_max": Decimal("0.68")}
    assert zq.benefit("inpatient", "employee_in_service", "3A", 40) is None  # the table is for flexible employment
    assert zq.cap("outpatient", "flexible_retired", 70)["amount_fen"] == 201700
    mz = reg.get("441400")
    assert mz.benefit("outpatient", "flexible_in_service", "3", 40)["ratio"] == Decimal("0.60")
    assert mz.benefit("outpatient", "flexible_retired", "1", 70)["ratio"] == Decimal("0.65")
    assert mz.cap("outpatient", "flexible_retired", 70)["amount_fen"] == 47125


def test_hainan(reg: policy.Registry) -> None:
    def ratios(code: str) -> list[Decimal]:
        return [reg.get(code).benefit("inpatient", "resident", h, 40)["ratio"] for h in ("1", "2A", "3A")]
    assert ratios("460000") == ratios("469002") == ratios("469005") == ratios("460400") == [
        Decimal("0.90"), Decimal("0.75"), Decimal("0.65")]
    assert ratios("469001") == [Decimal("0.95"), Decimal("0.80"), Decimal("0.70")]
    assert reg.get("469002").cap("inpatient", "resident", 40)["amount_fen"] == 150000 * 100
    dz = reg.get("460400")
    assert dz.cap("outpatient", "employee_in_service", 40)["amount_fen"] == 1047840
    assert dz.cap("outpatient", "employee_retired", 70)["amount_fen"] == 1222480
    assert dz.cap("outpatient", "resident", 70)["amount_fen"] == 261960
    halves = [a.value["amount_fen"] for a in dz.cap("outpatient", "employee_retired", 70).alternatives]
    assert halves == [611240, 261960]
    wc = reg.get("469005").benefit("outpatient", "resident", "1", 40)
    assert (wc["ratio"], wc["ratio_max"]) == (Decimal("0.50"), Decimal("0.60"))
    assert reg.get("469005").cap("chronic", "resident", 40)["amount_fen"] == 66000


def test_anqing_query_channel(reg: policy.Registry) -> None:
    ch = next(c for c in reg.get("340800").channels() if c["id"] == "anqing_national_app_info")
    assert ch["kind"] == "national_app" and ch.source == "F-R15" and len(ch["steps"]) == 3


def test_national_general_rules(reg: policy.Registry) -> None:
    n = reg.get("000000")
    assert n.value("payment", "order") == ("own", "wallet", "family", "cash")
    assert n.rule("payment", "pays_resident_premiums").source == "F-G9"
    assert n.value("binding", "excluded_relations") == ("spouse_parent",)  # F-G7 names only these
    assert {c["id"]: c.source for c in n.channels()} == {
        "local_wechat": "F-G1", "national_web": "F-G2", "national_app_wallet_open": "F-W4",
        "national_app_wallet_transfer": "F-W5", "national_app_query": "F-T13", "hospital_settle": "F-G4",
        "local_app_premium": "F-G9"}


def test_every_region_offers_a_way_to_bind_and_to_settle(reg: policy.Registry) -> None:
    for code in reg.codes():
        purposes = {p for c in reg.get(code).channels() for p in c["purposes"]}
        assert {"bind", "settle", "open_wallet", "transfer"} <= purposes, code


# ---- the command line ----

def test_cli_region_taiyuan_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["region", "140100", "--on", "2025-06-01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["binding"]["max_beneficiaries"] == {"value": 1, "source": "F-T1", "from": "140100"}
    assert out["binding"]["reserve_floor_fen"] == {"value": 100000, "source": "F-T10", "from": "140100"}
    inpatient = sorted(
        (r["source"], tuple(r["person"]), tuple(r["hospital"]), r["deductible_fen"], r["ratio"])
        for r in out["benefits"] if r["care"] == ["inpatient"])
    employee = ("employee_in_service", "employee_retired", "flexible_in_service", "flexible_retired")
    assert inpatient == sorted([
        ("F-T16", employee, ("3A", "3", "3S", "3X"), 80000, "0.82"),
        ("F-T16", employee, ("3B", "2A", "2"), 50000, "0.86"),  # ungraded level 2 as 二甲, like level 3 as 三甲
        ("F-T16", employee, ("2B", "1", "0"), 30000, "0.90"),
        ("F-T17", ("resident",), ("3", "3A", "3B", "3S", "3X"), 50000, "0.50"),
        ("F-T17", ("resident",), ("2", "2A", "2B"), 30000, "0.60"),
        ("F-T17", ("resident",), ("1", "0"), 0, "0.65"),
    ])
    assert all(r["from"] == "140100" for r in out["benefits"])


def test_cli_region_shanghai_shows_national_wallet_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["region", "310000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for expected in ('daily_count = 3   (F-W6, from 000000)', 'max_per_transfer_fen = 200000   (F-W6, from 000000)',
                     'blackout_start = "22:00"   (F-W6, from 000000)', 'blackout_end = "06:00"   (F-W6, from 000000)',
                     'return_time = "06:00"   (F-W6, from 000000)'):
        assert f"  {expected}" in lines


def test_cli_regions_lists_every_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["regions"]) == 0
    captured = capsys.readouterr()
    codes = [line.split()[0] for line in captured.out.splitlines() if not line.startswith(" ")]
    assert codes == sorted(EXPECTED) and captured.err == ""
    versions = [line.strip() for line in captured.out.splitlines() if line.startswith(" ")]
    assert versions == ["version 2025: the first version, in force until 2026-01-09",
                        "version 2026: in force from 2026-01-09",
                        "version 2025: in force from 2022-07-01"]  # national (two versions), then Taiyuan
