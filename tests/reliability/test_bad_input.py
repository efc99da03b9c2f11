"""Generated bad input for the forms, the money parser, the CSV and JSON importers and the region-pack loader:
never an unhandled exception, never a half-done import (a refused import leaves every row as it was).
``--slow`` generates ten times as many examples."""

from __future__ import annotations

import copy
import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.book import FamilyBook, ImportRefused, Refused
from desktop.core import money, policy
from desktop.demo import build_demo
from desktop.store import paths

EXAMPLES = 300 if os.environ.get("FAMILYPOOL_SLOW") else 30
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# what people paste: digits of every width, money signs, Chinese punctuation, control characters, huge numbers
TYPED = st.text(st.sampled_from("0123456789０１２３４５６７８９.,，。-+¥￥元 eE\t\n\x00Xx/年月日RMB") | st.characters(),
                max_size=40)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)


def _rows(data: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(paths.db_path(data))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")), key=repr) for t in sorted(tables)}
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo-family book for every example of a test (checked unchanged after each refusal)."""
    data = tmp_path_factory.mktemp("bad-input") / "data"
    book = FamilyBook.open(data, daily_backup=False)
    build_demo(book)
    yield book
    book.close()


# ---- the money parser ----

@SETTINGS
@given(TYPED)
def test_the_money_parser_reads_an_amount_or_says_why(text):
    try:
        fen = money.parse(text)
    except money.MoneyError as e:
        assert e.code and str(e)
    else:
        assert isinstance(fen, int) and 0 <= fen <= money.MAX_FEN


# ---- the member form (book-level validation and the dialog) ----

@SETTINGS
@given(name=st.text(max_size=30), region=TYPED, insurance=st.text(max_size=12), relation=st.text(max_size=12),
       id_number=TYPED, employment=st.text(max_size=12), status=st.text(max_size=12))
def test_member_validation_lists_problems_and_add_refuses_them(demo, name, region, insurance, relation,
                                                                  id_number, employment, status):
    before = len(demo.members())
    fields = dict(head_relation=relation, id_number=id_number, employment=employment, status=status)
    problems = demo.validate_member(name, region, insurance, **fields)
    assert all(p.text("zh") and p.text("en") for p in problems)
    try:
        added = demo.add_member(name, region, insurance, **fields)
    except Refused as e:
        assert e.reasons and len(demo.members()) == before
    else:
        assert not problems
        demo.remove_member(added.id)


@pytest.fixture
def dialogs(demo, qtbot, lang):
    """One of each form for all the examples of a test (building them is the slow part)."""
    from desktop.ui.dialogs.member_form import MemberDialog
    from desktop.ui.dialogs.statement_dialog import StatementDialog
    from desktop.ui.dialogs.visit_dialog import VisitDialog

    made = {"member": MemberDialog(demo), "statement": StatementDialog(demo, demo.members()[0]),
            "visit": VisitDialog(demo)}
    for d in made.values():
        qtbot.addWidget(d)
    return made


@SETTINGS
@given(name=st.text(max_size=45), id_number=TYPED, birth=TYPED, status_date=TYPED, wallet_date=TYPED,
       note=st.text(max_size=60))
def test_the_member_dialog_checks_anything_typed(demo, dialogs, name, id_number, birth, status_date, wallet_date,
                                                 note):
    d = dialogs["member"]
    before = len(demo.members())
    d.name.setText(name)
    d.id_number.setText(id_number)
    d.birth.setText(birth)
    d.status_date.setText(status_date)
    d.wallet_date.setText(wallet_date)
    d.note.setText(note)
    problems = d.check()
    assert isinstance(problems, dict) and all(isinstance(v, str) and v for v in problems.values())
    values = d.values()
    if not problems:  # what the form lets through, the book takes (or refuses with reasons)
        try:
            added = demo.add_member(values["name"], values["region_code"], values["insurance"],
                                    **{k: v for k, v in values.items()
                                       if k not in ("name", "region_code", "insurance")})
        except Refused as e:
            assert e.reasons
        else:
            demo.remove_member(added.id)
    assert len(demo.members()) == before


@SETTINGS
@given(balance=TYPED, credit=TYPED)
def test_the_balance_dialog_checks_anything_typed(demo, dialogs, balance, credit):
    d = dialogs["statement"]
    d.balance.setText(balance)
    d.credit.setText(credit)
    assert all(isinstance(v, str) and v for v in d.check().values())


@SETTINGS
@given(total=TYPED, fund=TYPED, institution=st.text(max_size=30))
def test_the_visit_dialog_previews_or_explains_anything_typed(demo, dialogs, total, fund, institution):
    d = dialogs["visit"]
    before = demo.visit_count()
    d.total.setText(total)
    d.fund_actual.setText(fund)
    d.institution.setText(institution)
    d.preview()  # the live split: an outcome, or a refusal shown in words
    assert d.split.text()
    assert demo.visit_count() == before  # previewing saves nothing


# ---- the CSV importer ----

HEADERS = ["person", "date", "care type", "total", "hospital", "fund paid", "notes", "人员", "日期", "总费用", ""]
CELLS = st.one_of(st.sampled_from(["王建国", "李秀英", "张桂兰", "2025-03-01", "2025/3/1", "outpatient", "门诊",
                                   "inpatient", "3A", "120.50", "¥1,234", "-5", "1e9", "", "是", "no"]),
                  st.text(max_size=12))


@st.composite
def csv_texts(draw) -> str:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 1), max_size=6))
    quote = draw(st.booleans())

    def cell(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if quote else c

    return "\n".join(",".join(cell(c) for c in row) for row in [header, *rows])


@SETTINGS
@given(st.one_of(csv_texts(), st.text(max_size=200)), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
       st.booleans())
def test_the_csv_importer_imports_all_good_rows_or_none(demo, tmp_path_factory, text, encoding, skip_bad):
    path = tmp_path_factory.mktemp("csv") / "visits.csv"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = _rows(demo.data_dir)
    preview = demo.preview_visits_csv(path)
    assert _rows(demo.data_dir) == before  # a preview writes nothing
    try:
        report = demo.import_visits_csv(path, skip_bad=skip_bad)
    except ImportRefused as e:
        assert e.problems and not skip_bad
        assert _rows(demo.data_dir) == before
        return
    assert report.imported == len(preview.rows)
    assert demo.visit_count() == len(before["visits"]) + report.imported
    assert demo.integrity(full=True) == ["ok"]
    if report.imported:  # back to the demo family for the next example
        for v in demo.visits(newest_first=True, limit=report.imported):
            demo.delete_visit(v.id)
        assert demo.visit_count() == len(before["visits"])


@SETTINGS
@given(st.binary(max_size=300))
def test_the_csv_importer_survives_any_bytes(demo, tmp_path_factory, blob):
    path = tmp_path_factory.mktemp("csvb") / "visits.csv"
    path.write_bytes(blob)
    before = _rows(demo.data_dir)
    try:
        report = demo.import_visits_csv(path)
    except ImportRefused as e:
        assert e.problems
        assert _rows(demo.data_dir) == before
    else:
        assert report.imported == 0 and _rows(demo.data_dir) == before  # no bytes make a whole visit row


# ---- the JSON importer ----

@pytest.fixture(scope="module")
def export(demo, tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("json") / "book.json"
    demo.export_json(path)
    return json.loads(path.read_text(encoding="utf-8"))


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


@st.composite
def damaged_exports(draw, doc: dict) -> object:
    """The demo family's export with one to three places replaced by anything, or removed."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _paths(doc) if p]
        where = draw(st.sampled_from(places))
        parent = doc
        for k in where[:-1]:
            parent = parent[k]
        if draw(st.booleans()) and isinstance(parent, dict):
            parent.pop(where[-1], None)
        else:
            parent[where[-1]] = draw(JSONISH)
        if not isinstance(doc, dict):
            break
    return doc


def _import(book: FamilyBook, tmp: Path, payload: str, before: dict) -> None:
    path = tmp / "book.json"
    path.write_text(payload, encoding="utf-8", errors="surrogatepass")
    try:
        book.import_json(path, replace=True)
    except (ImportRefused, Refused) as e:
        assert (e.problems if isinstance(e, ImportRefused) else e.reasons)
        assert _rows(book.data_dir) == before  # nothing half done
    else:
        assert book.integrity(full=True) == ["ok"]


@SETTINGS
@given(st.data())
def test_the_json_importer_imports_all_or_nothing(demo, export, tmp_path_factory, data):
    before = _rows(demo.data_dir)
    payload = data.draw(st.one_of(damaged_exports(export), JSONISH))
    _import(demo, tmp_path_factory.mktemp("j"), json.dumps(payload, ensure_ascii=False, allow_nan=True), before)
    demo.import_json(_write(tmp_path_factory, export), replace=True)  # the demo family again
    assert _rows(demo.data_dir)["members"] == before["members"]


@SETTINGS
@given(st.text(max_size=300))
def test_the_json_importer_survives_any_text(demo, tmp_path_factory, text):
    before = _rows(demo.data_dir)
    _import(demo, tmp_path_factory.mktemp("t"), text, before)
    demo.import_json(_write(tmp_path_factory, _export_of(demo, tmp_path_factory)), replace=True)


def _write(tmp_path_factory, doc: dict) -> Path:
    path = tmp_path_factory.mktemp("w") / "book.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _export_of(book: FamilyBook, tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("e") / "book.json"
    book.export_json(path)
    return json.loads(path.read_text(encoding="utf-8"))


# ---- the region-pack loader ----

PACKS = sorted(policy.packs_dir().glob("*.toml"))
DEFAULT = policy.load_packs(PACKS)


@st.composite
def broken_packs(draw) -> tuple[str, str]:
    """A bundled pack with lines dropped, doubled or rewritten, or raw text, under the pack's own file name."""
    pack = draw(st.sampled_from(PACKS))
    if draw(st.integers(0, 5)) == 0:
        return pack.name, draw(st.text(max_size=200))
    lines = pack.read_text(encoding="utf-8").splitlines()
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 4))):
        i = rng.randrange(len(lines))
        action = draw(st.sampled_from(["drop", "double", "value", "junk"]))
        if action == "drop":
            del lines[i]
        elif action == "double":
            lines.insert(i, lines[i])
        elif action == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            lines[i] = key + "= " + draw(st.sampled_from(['"0.5"', "0.5", "-1", "true", '"F-X1"', "{ value = 1 }",
                                                          '{ value = "abc", source = "F-T1" }', "[", '"' * 3]))
        else:
            lines[i] = draw(st.text(max_size=30))
        if not lines:
            break
    return pack.name, "\n".join(lines)


@SETTINGS
@given(broken_packs())
def test_the_pack_loader_refuses_a_broken_pack_with_where_and_keeps_the_rest(tmp_path_factory, broken):
    name, text = broken
    d = tmp_path_factory.mktemp("packs")
    for p in PACKS:
        (d / p.name).write_text(p.read_text(encoding="utf-8") if p.name != name else text, encoding="utf-8")
    reg = policy.load_packs(d.glob("*.toml"))
    code = name[:6]
    if code in reg.packs:
        reg.get(code).resolved()  # an accepted pack resolves
    else:
        assert any(e.file == name or str(e) for e in reg.errors)
    for e in reg.errors:
        assert isinstance(e, policy.PackError) and str(e)
    # the packs that do not inherit from the broken one keep working
    independent = {c for c in DEFAULT.packs if code not in {pk.code for pk in DEFAULT.get(c).chain}}
    assert independent <= set(reg.packs)
