"""Region policy packs: load, validate and resolve ``resources/regions/*.toml``.

A pack describes one region (GB/T 2260 code) and names its parent (national → province → city).
Scalar rules are written as ``{ value = …, source = "F-…" }`` and inherited field by field; table
rows (reimbursement, caps, premiums, channels) carry their own ``source`` and are looked up child
first, so a city row shadows a province row that matches the same visit. A broken pack is refused
with file, line and field; the other packs keep working.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from . import vocab

FACT_ID = re.compile(r"^F-[A-Z]+\d+$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
CODE = re.compile(r"^\d{6}$")
FILE_NAME = re.compile(r"^(\d{6})-[a-z0-9]+(-[a-z0-9]+)*$")  # <code>-<slug>.toml, e.g. 140100-taiyuan
NATIONAL = "000000"


MAX_PACK_BYTES = 1024 * 1024  # bundled packs are a few KiB; a file that never ends is not read to its end


class PackError(ValueError):
    """A pack that cannot be used: where (file, line, field) and what is wrong."""

    def __init__(self, file: str, fieldname: str, message: str, line: int | None = None) -> None:
        self.file, self.field, self.message, self.line = file, fieldname, message, line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {fieldname or '(file)'}: {message}")


# ---- value checkers: each returns the converted value or raises ValueError(message) ----

def _int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected a whole number, got {v!r}")
    return v


def _count(v: Any) -> int:
    v = _int(v)
    if v < 1:
        raise ValueError(f"expected 1 or more, got {v}")
    return v


def _fen(v: Any) -> int:
    v = _int(v)
    if v < 0:
        raise ValueError(f"an amount in fen must not be negative, got {v}")
    return v


def _count_or_no_limit(v: Any) -> int | None:
    """A count of 1 or more, or "no_limit" (a later version lifting an older limit, e.g. F-N8)."""
    if v == "no_limit":
        return None
    return _count(v)


def _fen_or_unknown(v: Any) -> int | None:
    """An amount in fen, or "unknown" (None): the source does not give the figure."""
    if v == "unknown":
        return None
    return _fen(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"expected true or false, got {v!r}")
    return v


def _str(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"expected text, got {v!r}")
    return v


def _ratio(v: Any) -> Decimal:
    if not isinstance(v, str):
        raise ValueError(f'write ratios as text like "0.82" (never a float), got {v!r}')
    try:
        d = Decimal(v)
    except InvalidOperation as e:
        raise ValueError(f"{v!r} is not a number") from e
    if not d.is_finite() or d < 0 or d > 1:
        raise ValueError(f"a ratio must be between 0 and 1, got {v}")
    return d


def _time(v: Any) -> str:
    if not isinstance(v, str) or not TIME.match(v):
        raise ValueError(f'expected a time like "22:00", got {v!r}')
    return v


def _date(v: Any) -> str:
    """A calendar date written as text "YYYY-MM-DD" (kept as text so packs print as written)."""
    try:
        if not isinstance(v, str) or len(v) != 10:
            raise ValueError
        date.fromisoformat(v)
    except ValueError:
        raise ValueError(f'expected a date like "2025-01-01", got {v!r}') from None
    return v


def _one_of(vocabulary: dict[str, Any], what: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in vocabulary:
            raise ValueError(f"unknown {what} {v!r}; expected one of {', '.join(vocabulary)}")
        return v
    return check


def _list_of(item: Callable[[Any], Any]) -> Callable[[Any], tuple]:
    def check(v: Any) -> tuple:
        if not isinstance(v, list):
            raise ValueError(f"expected a list, got {v!r}")
        return tuple(item(x) for x in v)
    return check


def _bilingual(v: Any) -> tuple[str, str]:
    if not isinstance(v, dict) or set(v) != {"zh", "en"}:
        raise ValueError("expected { zh = \"…\", en = \"…\" }")
    return (_str(v["zh"]), _str(v["en"]))


RELATIONS = _list_of(_one_of(vocab.RELATIONS, "relation"))
INSURANCES = _list_of(_one_of(vocab.INSURANCE_TYPES, "insurance type"))
STATUSES = _list_of(_one_of(vocab.STATUSES, "status"))
CARES = _list_of(_one_of(vocab.CARE_TYPES, "care type"))
PERSONS = _list_of(_one_of(vocab.PERSON_KINDS, "person kind"))
HOSPITALS = _list_of(_one_of(vocab.HOSPITAL_CLASSES, "hospital class"))
ORDER = _list_of(_one_of(vocab.PAYMENT_SOURCES, "payment source"))
SCOPE = _one_of(vocab.SCOPES, "scope")

# Sections of scalar rules: field → checker. Each field is written { value, source, … }.
SECTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "binding": {
        "relations": RELATIONS,               # relations of the beneficiary to the authorizer allowed
        "excluded_relations": RELATIONS,      # named exclusions (F-G7), reported with their own reason
        "max_beneficiaries": _count_or_no_limit,  # at one time per authorizer; absent or "no_limit" = none
        "scope": SCOPE,                       # where the beneficiary may be insured
        "authorizer_insurance": INSURANCES,
        "beneficiary_insurance": INSURANCES,
        "blocking_statuses": STATUSES,        # beneficiary statuses that stop 共济 use
        "reserve_floor_fen": _fen,            # only money above this is usable by others
        "requires_dates": _bool,
        "requires_amount": _bool,
        "requires_consent": _bool,
        "terminable": _bool,                  # the authorizer may end a binding at once (F-T7)
    },
    "payment": {
        "order": ORDER,
        "covered_care": CARES,                # care types 共济 money may pay
        "pays_resident_premiums": _bool,      # the account may pay bound relatives' resident premiums (F-G9)
        "pays_care_premiums": _bool,          # ... and their long-term-care-insurance premiums (F-N10)
    },
    "wallet": {
        "relations": RELATIONS,
        "scope": SCOPE,
        "payer_insurance": INSURANCES,
        "recipient_insurance": INSURANCES,
        "daily_count": _count,
        "max_per_transfer_fen": _fen,
        "blackout_start": _time,
        "blackout_end": _time,
        "return_time": _time,
        # how wallet 共济 works: money moved by transfers (F-W6) or a quota set for the receiver (F-N11)
        "sharing_model": _one_of({"transfer": 1, "quota": 1}, "sharing model"),
    },
    "insurance": {
        "resident_waiting_months": _int,      # months after paying before benefits start
        "newborn_exempt": _bool,
        # who waits (core/waiting.py): "outside_collection" = enrolled outside the collection period or
        # after a gap (F-N13); "every_payment" = after every payment, as F-R5 is printed
        "resident_waiting_applies": _one_of(vocab.WAITING_APPLIES, "waiting rule"),
        "resident_gap_extra_months": _int,    # months added per further full year of gap (F-N13)
        "out_of_area_filing": _bool,          # care outside the insured place needs referral/备案 first
        "flexible_pays_yearly": _bool,        # flexible employment may pay Jan–Dec at once in the year
    },
}

ROW_FIELDS: dict[str, dict[str, tuple[Callable[[Any], Any], bool]]] = {
    # field → (checker, required)
    "benefits": {
        "care": (CARES, True), "person": (PERSONS, True), "hospital": (HOSPITALS, False),
        "age_min": (_int, False), "age_max": (_int, False),
        # ratio absent = the source gives none: the row is kept (its deductible is real) and
        # resolves to ratio None, "unknown", never a guessed figure. ratio_max: upper end of a
        # range printed as "53%–68%"; ratio then holds the lower, cautious end.
        # deductible_fen = "unknown": the source implies a deductible but gives no figure; the
        # estimate then says the fund pays *at most* its figure (counted as if the deductible were 0).
        "deductible_fen": (_fen_or_unknown, False), "ratio": (_ratio, False), "ratio_max": (_ratio, False),
        "group": (_str, False),
        "deductible_per": (_one_of({"year": 1, "visit": 1}, "deductible period"), False),
    },
    "caps": {
        "group": (_str, True), "person": (PERSONS, True), "age_min": (_int, False),
        "age_max": (_int, False), "amount_fen": (_fen, True),
    },
    "premiums": {
        # amount_fen: what the insured person pays per period; subsidy_fen: the government's part;
        # unit_fen: the employer's part. Employee tiers may give only rates (share of the wage).
        # At least one of amount_fen and rate is required.
        "year": (_int, True), "tier": (_str, True), "amount_fen": (_fen, False),
        "insurance": (_one_of(vocab.INSURANCE_TYPES, "insurance type"), True),
        "period": (_one_of({"year": 1, "month": 1}, "premium period"), False),
        "rate": (_ratio, False), "individual_rate": (_ratio, False), "unit_rate": (_ratio, False),
        "unit_fen": (_fen, False), "subsidy_fen": (_fen, False),
        "collect_from": (_date, False), "collect_to": (_date, False),
        "covers_from": (_date, False), "covers_to": (_date, False),
    },
    "channels": {
        "id": (_str, True), "kind": (_one_of(vocab.CHANNEL_KINDS, "channel kind"), True),
        "name": (_bilingual, True), "purposes": (_list_of(_one_of(vocab.PURPOSES, "purpose")), True),
        "steps": (_list_of(_bilingual), True), "review": (_bool, False),
        "asks_dates": (_bool, False), "asks_amount": (_bool, False),
    },
}
COMMON_ROW = {"source", "note", "alternatives"}
TOP_LEVEL = {"code", "name", "parent", "year", "effective", "verify", "note", "versions", *SECTIONS, *ROW_FIELDS}
# A dated version inside a pack: what changes from the version before it, from ``effective`` on.
VERSION_FIELDS = {"effective", "year", "note", "supersedes_local", *SECTIONS, *ROW_FIELDS}


@dataclass(frozen=True)
class Alternative:
    """A conflicting figure kept beside the default, with its own source."""

    value: Any
    source: str
    note: tuple[str, str] | None = None


@dataclass(frozen=True)
class Sourced:
    """One rule value with the fact it comes from and the pack that set it."""

    value: Any
    source: str
    origin: str
    note: tuple[str, str] | None = None
    alternatives: tuple[Alternative, ...] = ()
    since: str | None = None  # effective date of the version that set it; None: the pack's first version


@dataclass(frozen=True)
class Row:
    """One table row (benefit, cap, premium, channel) with its source and pack of origin."""

    kind: str
    data: dict[str, Any]
    source: str
    origin: str
    note: tuple[str, str] | None = None
    alternatives: tuple[Alternative, ...] = ()
    since: str | None = None

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass(frozen=True)
class Version:
    """A dated change inside a pack: the fields that change from ``effective`` on (later versions win)."""

    effective: date
    year: int
    note: tuple[str, str] | None
    supersedes_local: bool  # on this date its values replace older values of nearer packs (see Registry)
    values: dict[str, dict[str, Sourced]]
    rows: dict[str, tuple[Row, ...]]


@dataclass(frozen=True)
class Pack:
    """One validated file, before inheritance; or (``as_of``) the file as in force after its n-th version."""

    code: str
    name: tuple[str, str]
    parent: str | None
    year: int
    file: str
    values: dict[str, dict[str, Sourced]]
    rows: dict[str, tuple[Row, ...]]
    verify: tuple[str, str] | None = None
    note: tuple[str, str] | None = None
    effective: date | None = None  # when the rules in force come into force (None: not given; from always)
    versions: tuple[Version, ...] = ()  # the file's later versions (empty in an ``as_of`` view)
    version_index: int = 0  # 0: the first version (the file's top level); n: after versions[n-1]
    version_note: tuple[str, str] | None = None
    superseding: tuple[str, ...] = ()  # effective dates of the applied versions that supersede local rules

    def version_on(self, day: date) -> int:
        """How many of the later versions are in force on ``day`` (0: the first version only)."""
        n = 0
        for v in self.versions:
            if v.effective > day:
                break
            n += 1
        return n

    def as_of(self, index: int) -> Pack:
        """The rules of this file after its first ``index`` later versions: a later value replaces an
        earlier one field by field; a later version's rows come first, so they shadow older rows."""
        if index == 0:
            return replace(self, versions=())
        applied = self.versions[:index]
        values = {sec: dict(fields) for sec, fields in self.values.items()}
        rows = {kind: list(r) for kind, r in self.rows.items()}
        for v in applied:
            for sec, fields in v.values.items():
                values.setdefault(sec, {}).update(fields)
            for kind, new in v.rows.items():
                rows[kind] = [*new, *rows.get(kind, [])]
        last = applied[-1]
        return replace(self, year=last.year, values=values, rows={k: tuple(r) for k, r in rows.items()},
                       effective=last.effective, versions=(), version_index=index, version_note=last.note,
                       superseding=tuple(v.effective.isoformat() for v in applied if v.supersedes_local))

    def dates(self) -> list[tuple[date | None, int, tuple[str, str] | None]]:
        """Every version of the file: (effective date or None, year, note), in date order."""
        return [(self.effective, self.year, self.note), *((v.effective, v.year, v.note) for v in self.versions)]


@dataclass(frozen=True)
class Conflict:
    """A newer national value meeting an older local one: both kept, with which the figures use."""

    section: str
    name: str
    local: Sourced       # the nearer pack's older value
    newer: Sourced       # the ancestor's value from a version that supersedes older local rules
    applied: str         # "newer" or "local" (the family's choice for the region, Settings)


@dataclass(frozen=True)
class RegionPolicy:
    """A region's rules after inheritance: ``rule("binding", "reserve_floor_fen")`` and table lookups."""

    code: str
    name: tuple[str, str]
    year: int
    chain: tuple[Pack, ...]  # this pack first, national last (each as in force on the date asked)
    overrides: dict[tuple[str, str], Sourced] = field(default_factory=dict)  # newer national over older local
    conflicts: tuple[Conflict, ...] = ()
    since: date | None = None  # these rules hold from this date: the latest effective date in the chain

    def name_in(self, lang: str = "zh") -> str:
        return self.name[0] if lang.startswith("zh") else self.name[1]

    def rule(self, section: str, name: str) -> Sourced | None:
        """The nearest pack's value for a scalar rule, or None when no pack sets it."""
        if name not in SECTIONS.get(section, {}):
            raise KeyError(f"{section}.{name} is not a pack field")
        if self.overrides:
            hit = self.overrides.get((section, name))
            if hit is not None:
                return hit
        for pack in self.chain:
            v = pack.values.get(section, {}).get(name)
            if v is not None:
                return v
        return None

    def value(self, section: str, name: str, default: Any = None) -> Any:
        r = self.rule(section, name)
        return default if r is None else r.value

    def rows(self, kind: str) -> list[Row]:
        """All rows of a table, nearest pack first (so the first match wins)."""
        out: list[Row] = []
        for pack in self.chain:
            out.extend(pack.rows.get(kind, ()))
        return out

    def channels(self) -> list[Row]:
        """Channels of the region and its ancestors; a nearer pack's channel replaces one with the same id."""
        seen: set[str] = set()
        out = []
        for row in self.rows("channels"):
            if row["id"] not in seen:
                seen.add(row["id"])
                out.append(row)
        return out

    def benefit(self, care: str, person: str, hospital: str, age: int | None) -> Row | None:
        """The reimbursement row for a visit, nearest pack first; None when no table covers it.

        A row's ``ratio`` may be None: the source gives a deductible but no ratio (e.g. Dalian, F-R4),
        so the fund share is unknown and must not be estimated.
        """
        for row in self.rows("benefits"):
            if care in row["care"] and person in row["person"] and _age_ok(row, age) and (
                row.get("hospital") is None or hospital in row["hospital"]
            ):
                return row
        return None

    def cap(self, group: str, person: str, age: int | None) -> Row | None:
        for row in self.rows("caps"):
            if row["group"] == group and person in row["person"] and _age_ok(row, age):
                return row
        return None

    def verify_note(self) -> tuple[str, str] | None:
        for pack in self.chain:
            if pack.verify:
                return pack.verify
        return None

    def resolved(self) -> dict[str, Any]:
        """Every rule with its value, source and origin pack, for the CLI and support."""
        out: dict[str, Any] = {
            "code": self.code, "name": {"zh": self.name[0], "en": self.name[1]}, "year": self.year,
            "chain": [p.code for p in self.chain],
            "in_force_since": self.since.isoformat() if self.since else None,
            "versions": [{"code": p.code, "effective": p.effective.isoformat() if p.effective else None,
                          "year": p.year, "note": _note_json(p.version_note)} for p in self.chain],
            "conflicts": [{"field": f"{c.section}.{c.name}", "applied": c.applied,
                           "local": _sourced_json(c.local), "newer": _sourced_json(c.newer)}
                          for c in self.conflicts],
        }
        for section, fields in SECTIONS.items():
            sec = {}
            for name in fields:
                r = self.rule(section, name)
                if r is not None:
                    sec[name] = _sourced_json(r)
            out[section] = sec
        for kind in ROW_FIELDS:
            rows = self.channels() if kind == "channels" else self.rows(kind)
            out[kind] = [_row_json(r) for r in rows]
        return out


def _age_ok(row: Row, age: int | None) -> bool:
    lo, hi = row.get("age_min"), row.get("age_max")
    if lo is None and hi is None:
        return True
    if age is None:
        return False
    return (lo is None or age >= lo) and (hi is None or age <= hi)


def _jsonable(v: Any) -> Any:
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def _note_json(note: tuple[str, str] | None) -> dict | None:
    return None if note is None else {"zh": note[0], "en": note[1]}


def _alts_json(alts: tuple[Alternative, ...]) -> list:
    return [{"value": _jsonable(a.value), "source": a.source, "note": _note_json(a.note)} for a in alts]


def _sourced_json(r: Sourced) -> dict:
    # None is only ever "no_limit" (max_beneficiaries lifted by a later version, F-N8)
    d = {"value": "no_limit" if r.value is None else _jsonable(r.value), "source": r.source, "from": r.origin}
    if r.since:
        d["since"] = r.since
    if r.note:
        d["note"] = _note_json(r.note)
    if r.alternatives:
        d["alternatives"] = _alts_json(r.alternatives)
    return d


def _row_json(r: Row) -> dict:
    d = {k: _jsonable(v) for k, v in r.data.items() if k != "deductible_unknown"}
    if r.data.get("deductible_unknown"):
        d["deductible_fen"] = "unknown"
    d.update(source=r.source, **{"from": r.origin})
    if r.since:
        d["since"] = r.since
    if r.note:
        d["note"] = _note_json(r.note)
    if r.alternatives:
        d["alternatives"] = _alts_json(r.alternatives)
    return d


# ---- parsing one file ----

def _line_of(text: str, key: str, after: str | None = None, nth: int = 0, begin: int = 0) -> int | None:
    """Best-effort line of ``key =`` (after the ``nth`` ``[section]``/``[[rows]]`` header when given),
    looking from line index ``begin`` on (a version's part of the file)."""
    lines = text.splitlines()
    start = begin
    if after:
        headers = [i for i, ln in enumerate(lines) if i >= begin and ln.strip() in (f"[{after}]", f"[[{after}]]")]
        if headers:
            start = headers[min(nth, len(headers) - 1)]
    pat = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(start, len(lines)):
        if pat.match(lines[i]):
            return i + 1
    return None


def _version_starts(text: str) -> list[int]:
    """Line indexes of the ``[[versions]]`` headers, in file order."""
    return [i for i, ln in enumerate(text.splitlines()) if ln.strip() == "[[versions]]"]


class _FileParser:
    """Parses one file; ``prefix``/``header``/``begin`` point it at one ``[[versions]]`` entry."""

    def __init__(self, path: Path, text: str, prefix: str = "", header: str = "", begin: int = 0,
                 since: str | None = None) -> None:
        self.path, self.text, self.file = path, text, path.name
        self.prefix, self.header, self.begin, self.since = prefix, header, begin, since

    def fail(self, fieldname: str, message: str, key: str | None = None, section: str | None = None) -> NoReturn:
        m = re.match(rf"^{re.escape(section)}\[(\d+)\]", fieldname) if section else None
        line = _line_of(self.text, key or fieldname.split(".")[-1].split("[")[0],
                        self.header + section if section else None, int(m.group(1)) if m else 0, self.begin)
        raise PackError(self.file, self.prefix + fieldname, message, line)

    def source(self, where: str, raw: Any, section: str | None = None) -> str:
        if raw is None:
            self.fail(where, "missing source: every value needs the fact ID it comes from (e.g. \"F-T10\")",
                      key=where.split(".")[-1], section=section)
        if not isinstance(raw, str) or not FACT_ID.match(raw):
            self.fail(f"{where}.source", f"{raw!r} is not a fact ID like \"F-T10\"", key="source", section=section)
        return raw

    def note(self, where: str, raw: Any) -> tuple[str, str] | None:
        if raw is None:
            return None
        try:
            return _bilingual(raw)
        except ValueError as e:
            self.fail(f"{where}.note", str(e), key="note")

    def alternatives(self, where: str, raw: Any, check: Callable[[Any], Any] | None,
                     row_spec: dict[str, tuple[Callable[[Any], Any], bool]] | None = None) -> tuple[Alternative, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.fail(f"{where}.alternatives", "expected a list of { value, source, note }")
        out = []
        for i, alt in enumerate(raw):
            w = f"{where}.alternatives[{i}]"
            if not isinstance(alt, dict):
                self.fail(w, "expected { value = …, source = \"F-…\" }")
            extra = set(alt) - {"value", "source", "note"}
            if extra:
                self.fail(w, f"unknown field(s) {', '.join(sorted(extra))}")
            value = alt.get("value")
            if check is not None:
                try:
                    value = check(value)
                except ValueError as e:
                    self.fail(f"{w}.value", str(e), key="value")
            elif not isinstance(value, dict) or not value:
                self.fail(f"{w}.value", "expected a table of the row fields it changes")
            else:
                value = dict(value)
                for name, v in value.items():
                    if row_spec is None or name not in row_spec:
                        self.fail(f"{w}.value.{name}", "unknown row field", key="value")
                    try:
                        value[name] = row_spec[name][0](v)
                    except ValueError as e:
                        self.fail(f"{w}.value.{name}", str(e), key="value")
            out.append(Alternative(value, self.source(w, alt.get("source")), self.note(w, alt.get("note"))))
        return tuple(out)

    def scalar(self, section: str, name: str, raw: Any, code: str) -> Sourced:
        where = f"{section}.{name}"
        if not isinstance(raw, dict) or "value" not in raw:
            self.fail(where, "expected { value = …, source = \"F-…\" }", key=name, section=section)
        extra = set(raw) - {"value", "source", "note", "alternatives"}
        if extra:
            self.fail(where, f"unknown field(s) {', '.join(sorted(extra))}", key=name, section=section)
        check = SECTIONS[section][name]
        try:
            value = check(raw["value"])
        except ValueError as e:
            self.fail(where, str(e), key=name, section=section)
        return Sourced(value, self.source(where, raw.get("source"), section), code,
                       self.note(where, raw.get("note")), self.alternatives(where, raw.get("alternatives"), check),
                       self.since)

    def row(self, kind: str, i: int, raw: Any, code: str) -> Row:
        where = f"{kind}[{i}]"
        if not isinstance(raw, dict):
            self.fail(where, "expected a table")
        spec = ROW_FIELDS[kind]
        extra = set(raw) - set(spec) - COMMON_ROW
        if extra:
            name = sorted(extra)[0]
            self.fail(f"{where}.{name}", f"unknown field; allowed: {', '.join(sorted(set(spec) | COMMON_ROW))}",
                      key=name, section=kind)
        data: dict[str, Any] = {}
        for name, (check, required) in spec.items():
            if name not in raw:
                if required:
                    self.fail(f"{where}.{name}", "missing", key="source", section=kind)
                continue
            try:
                data[name] = check(raw[name])
            except ValueError as e:
                self.fail(f"{where}.{name}", str(e), key=name, section=kind)
        if data.get("age_min") is not None and data.get("age_max") is not None and data["age_min"] > data["age_max"]:
            self.fail(f"{where}.age_max", "age_max is below age_min", key="age_max", section=kind)
        if kind == "benefits":
            if "ratio_max" in data and ("ratio" not in data or data["ratio_max"] < data["ratio"]):
                self.fail(f"{where}.ratio_max", "ratio_max needs a ratio no larger than it", key="ratio_max", section=kind)
            # a deductible not written is unknown (never a silent 0): counted as 0, flagged, so the
            # estimate can say the fund pays "at most" its figure
            data["deductible_unknown"] = data.get("deductible_fen") is None
            if data["deductible_unknown"]:
                data["deductible_fen"] = 0
            data.setdefault("deductible_per", "year")
            data.setdefault("group", data["care"][0])
            data.setdefault("ratio", None)
        if kind == "premiums":
            if "amount_fen" not in data and "rate" not in data:
                self.fail(f"{where}.amount_fen", "a premium needs amount_fen or rate", key="tier", section=kind)
            data.setdefault("period", "year")
        if kind == "channels" and not data["steps"]:
            self.fail(f"{where}.steps", "a channel needs at least one step", key="steps", section=kind)
        return Row(kind, data, self.source(where, raw.get("source"), kind), code,
                   self.note(where, raw.get("note")), self.alternatives(where, raw.get("alternatives"), None, spec),
                   self.since)

    def body(self, doc: dict, code: str) -> tuple[dict[str, dict[str, Sourced]], dict[str, tuple[Row, ...]]]:
        """The scalar sections and row tables of the file's top level or of one version."""
        values: dict[str, dict[str, Sourced]] = {}
        for section, fields in SECTIONS.items():
            raw = doc.get(section, {})
            if not isinstance(raw, dict):
                self.fail(section, "expected a [section] table")
            unknown = set(raw) - set(fields)
            if unknown:
                bad = sorted(unknown)[0]
                self.fail(f"{section}.{bad}", f"unknown field; allowed: {', '.join(fields)}", key=bad, section=section)
            values[section] = {n: self.scalar(section, n, v, code) for n, v in raw.items()}
        rows: dict[str, tuple[Row, ...]] = {}
        for kind in ROW_FIELDS:
            raw = doc.get(kind, [])
            if not isinstance(raw, list):
                self.fail(kind, f"expected [[{kind}]] rows")
            rows[kind] = tuple(self.row(kind, i, r, code) for i, r in enumerate(raw))
        return values, rows

    def parse(self) -> Pack:
        try:
            doc = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as e:
            m = re.search(r"line (\d+)", str(e))
            raise PackError(self.file, "", f"not valid TOML: {e}", int(m.group(1)) if m else None) from e
        except RecursionError:  # tomllib recurses once per level: [[[[…]]]] 50,000 deep
            raise PackError(self.file, "", "brackets or tables are nested too deep (hundreds of levels); no region "
                                           "pack needs more than a few") from None
        unknown = set(doc) - TOP_LEVEL
        if unknown:
            bad = sorted(unknown)[0]
            self.fail(bad, f"unknown field; allowed: {', '.join(sorted(TOP_LEVEL))}", key=bad)
        code = doc.get("code")
        if not isinstance(code, str) or not CODE.match(code):
            self.fail("code", f"expected a six-digit GB/T 2260 code as text, got {code!r}")
        m = FILE_NAME.match(self.path.stem)
        if not m or m.group(1) != code:
            self.fail("code", f"the file name must be {code}-<slug>.toml (lowercase slug), not {self.path.name}")
        try:
            name = _bilingual(doc.get("name"))
        except ValueError as e:
            self.fail("name", str(e))
        parent = doc.get("parent")
        if code == NATIONAL:
            if parent is not None:
                self.fail("parent", "the national pack has no parent")
        elif not isinstance(parent, str) or not CODE.match(parent):
            self.fail("parent", f"expected the parent's six-digit code, got {parent!r}")
        year = self.year(doc.get("year"), "year")
        effective = self.effective(doc["effective"], "effective") if "effective" in doc else None
        verify = note = None
        if "verify" in doc:
            try:
                verify = _bilingual(doc["verify"])
            except ValueError as e:
                self.fail("verify", str(e))
        if "note" in doc:
            try:
                note = _bilingual(doc["note"])
            except ValueError as e:
                self.fail("note", str(e))
        values, rows = self.body(doc, code)
        base = Pack(code, name, parent, year, self.file, values, rows, verify, note, effective)
        return replace(base, versions=self.versions(doc.get("versions"), base))

    def year(self, raw: Any, where: str) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not 2000 <= raw <= 2100:
            self.fail(where, f"expected the policy year, e.g. 2025, got {raw!r}")
        return raw

    def effective(self, raw: Any, where: str) -> date:
        try:
            return date.fromisoformat(_date(raw))
        except ValueError as e:
            self.fail(where, f"the date the rules come into force: {e}")

    def versions(self, raw: Any, base: Pack) -> tuple[Version, ...]:
        """The ``[[versions]]`` entries: each a later date's changes, in date order, one per date."""
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.fail("versions", "expected [[versions]] entries, each with an effective date")
        starts = _version_starts(self.text)
        out: list[Version] = []
        previous = base.effective
        for i, entry in enumerate(raw):
            begin = starts[i] if i < len(starts) else 0
            sub = _FileParser(self.path, self.text, f"versions[{i}].", "versions.", begin)
            if not isinstance(entry, dict):
                sub.fail("", "expected a [[versions]] table")
            unknown = set(entry) - VERSION_FIELDS
            if unknown:
                bad = sorted(unknown)[0]
                why = ("a version cannot change the region's code, name or parent" if bad in TOP_LEVEL
                       else f"unknown field; allowed: {', '.join(sorted(VERSION_FIELDS))}")
                sub.fail(bad, why, key=bad)
            if "effective" not in entry:  # pointed at the entry's [[versions]] line: the key is nowhere
                raise PackError(self.file, f"versions[{i}].effective", "missing: every version needs the date it "
                                "comes into force, e.g. \"2026-01-09\"", begin + 1 if i < len(starts) else None)
            effective = sub.effective(entry["effective"], "effective")
            if previous is not None and effective <= previous:
                before = "the pack's own effective date" if not out else f"versions[{i - 1}]"
                sub.fail("effective", f"{effective} is not after {previous} ({before}); list versions in date "
                                      "order, one per date, each after the one before")
            year = sub.year(entry.get("year", effective.year), "year")
            note = None
            if "note" in entry:
                try:
                    note = _bilingual(entry["note"])
                except ValueError as e:
                    sub.fail("note", str(e))
            supersedes = entry.get("supersedes_local", False)
            if not isinstance(supersedes, bool):
                sub.fail("supersedes_local", f"expected true or false, got {supersedes!r}")
            sub.since = effective.isoformat()
            values, rows = sub.body(entry, base.code)
            if not any(values.values()) and not any(rows.values()):
                sub.fail("effective", "this version changes nothing: give the fields that change on that date")
            out.append(Version(effective, year, note, supersedes, values, rows))
            previous = effective
        return tuple(out)


def parse_pack(path: Path) -> Pack:
    """Read and validate one pack file; raise :class:`PackError` saying what is wrong."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_PACK_BYTES + 1)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PackError(path.name, "", f"cannot be read: {e}") from e
    if len(data) > MAX_PACK_BYTES:
        raise PackError(path.name, "", f"the file is over {MAX_PACK_BYTES // 1024} KiB; a region pack is a few KiB")
    return _FileParser(path, text).parse()


def _china_today() -> date:
    return datetime.now(timezone(timedelta(hours=8))).date()


@dataclass
class Registry:
    """Every good pack by code, plus the errors of the refused ones.

    Rules are asked for a date (``rules_on``): each pack of the chain national → province → city is
    taken as in force on that date, and a nearer pack's value wins field by field — except where an
    ancestor's version in force is marked ``supersedes_local`` (a national notice replacing older local
    rules, e.g. the 2026 notice over F-T1/F-T5): then its values replace the nearer pack's values that
    are older than it, unless the family keeps the local rules for that region (``prefer_local``).
    """

    packs: dict[str, Pack] = field(default_factory=dict)
    errors: list[PackError] = field(default_factory=list)
    _resolved: dict[tuple, RegionPolicy] = field(default_factory=dict)
    _views: dict[tuple[str, int], Pack] = field(default_factory=dict)

    def codes(self) -> list[str]:
        return sorted(self.packs)

    def _view(self, code: str, index: int) -> Pack:
        key = (code, index)
        v = self._views.get(key)
        if v is None:
            v = self._views[key] = self.packs[code].as_of(index)
        return v

    def _chain_codes(self, code: str) -> list[str]:
        chain: list[str] = []
        c: str | None = code
        while c is not None:
            chain.append(c)
            c = self.packs[c].parent
        return chain

    def get(self, code: str, day: date | None = None, *, prefer_local: bool = False) -> RegionPolicy:
        """The resolved policy of exactly ``code`` on ``day``; KeyError with a plain message when unknown.

        ``day`` None gives every pack's first version (the file's top level, as first written): for
        tests and support that read a pack as written. Anything that judges an event passes its date."""
        if code not in self.packs:
            raise KeyError(f"no region pack for code {code}")
        codes = self._chain_codes(code)
        index = tuple(0 if day is None else self.packs[c].version_on(day) for c in codes)
        key = (code, index, prefer_local)
        hit = self._resolved.get(key)
        if hit is None:
            chain = tuple(self._view(c, i) for c, i in zip(codes, index, strict=True))
            overrides, conflicts = _superseding(chain, prefer_local)
            pack = chain[0]
            hit = self._resolved[key] = RegionPolicy(code, pack.name, pack.year, chain, overrides, conflicts,
                                                     None if day is None else max(
                                                         (p.effective for p in chain if p.effective), default=None))
        return hit

    def rules_on(self, code: str, day: date, prefer_local: Collection[str] = ()) -> RegionPolicy:
        """The rules in force for an insured place on ``day``: the one call the ledger, the estimator and
        the checks make. ``prefer_local``: region codes whose family keeps the older local rules where a
        newer national version meets them (Settings)."""
        place = self.place_of(code)
        return self.get(place, day, prefer_local=place in prefer_local)

    def place_of(self, code: str) -> str:
        """The code of the most specific pack for an insured place: the city, else its province, else national."""
        for c in (code, code[:4] + "00", code[:2] + "0000", NATIONAL):
            if c in self.packs:
                return c
        raise KeyError("the national pack is missing")

    def resolve_insured_place(self, code: str, day: date | None = None) -> RegionPolicy:
        """The most specific pack for an insured place, as in force on ``day`` (None: today, China time)."""
        return self.rules_on(code, day or _china_today())

    def changes_between(self, code: str, first: date, last: date) -> list[tuple[str, date]]:
        """(pack code, date) of every version in the place's chain that comes into force in (first, last]."""
        out: list[tuple[str, date]] = []
        for c in self._chain_codes(self.place_of(code)):
            out.extend((c, v.effective) for v in self.packs[c].versions if first < v.effective <= last)
        return sorted(out, key=lambda x: x[1])

    def conflicts_of(self, code: str, day: date) -> tuple[Conflict, ...]:
        """Where a newer national version meets the region's older local rules on ``day`` (for Settings)."""
        return self.get(self.place_of(code), day).conflicts


def _superseding(chain: tuple[Pack, ...], prefer_local: bool) -> tuple[dict[tuple[str, str], Sourced],
                                                                      tuple[Conflict, ...]]:
    """Values of an ancestor's superseding version that meet an older value of a nearer pack."""
    overrides: dict[tuple[str, str], Sourced] = {}
    conflicts: list[Conflict] = []
    for j, ancestor in enumerate(chain):
        if j == 0 or not ancestor.superseding:
            continue
        for section, fields in ancestor.values.items():
            for name, newer in fields.items():
                if newer.since not in ancestor.superseding or (section, name) in overrides:
                    continue
                for near in chain[:j]:
                    local = near.values.get(section, {}).get(name)
                    if local is None:
                        continue
                    local_since = local.since or (near.effective.isoformat() if near.effective else "")
                    if local_since < newer.since and local.value != newer.value:
                        applied = "local" if prefer_local else "newer"
                        conflicts.append(Conflict(section, name, local, newer, applied))
                        if not prefer_local:
                            overrides[(section, name)] = newer
                    break  # only the nearest pack that sets it meets the ancestor
    return overrides, tuple(conflicts)


def load_packs(paths: Iterable[Path]) -> Registry:
    """Parse packs, drop any whose parent is unknown, broken or part of a cycle, and return the rest."""
    reg = Registry()
    parsed: dict[str, Pack] = {}
    for path in sorted(paths):
        try:
            pack = parse_pack(path)
        except PackError as e:
            reg.errors.append(e)
            continue
        if pack.code in parsed:
            reg.errors.append(PackError(path.name, "code", f"{pack.code} is already defined in {parsed[pack.code].file}"))
            continue
        parsed[pack.code] = pack
    for code, pack in parsed.items():
        seen = [code]
        c = pack.parent
        problem = None
        while c is not None:
            if c in seen:
                problem = f"parent chain loops: {' → '.join([*seen, c])}"
                break
            if c not in parsed:
                problem = f"unknown parent {c}" if c == pack.parent else f"ancestor {c} is missing or refused"
                break
            seen.append(c)
            c = parsed[c].parent
        if problem is None and seen[-1] != NATIONAL:
            problem = "the chain does not end at the national pack 000000"
        if problem:
            reg.errors.append(PackError(pack.file, "parent", problem))
        else:
            reg.packs[code] = pack
    return reg


def packs_dir() -> Path:
    """The folder of bundled packs, both from source and inside a PyInstaller bundle."""
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        d = base / "resources" / "regions"
        if d.is_dir():
            return d
    return here.parents[2] / "resources" / "regions"


def load_default(extra_dirs: Iterable[Path] = ()) -> Registry:
    """Bundled packs, then user-imported packs (which replace a bundled pack of the same file name).

    A user pack replaces a bundled one only once it is known to be good: one that does not parse, or
    whose parent chain does not hold, is reported in ``errors`` and the bundled pack stays in use.
    """
    bundled = {p.name: p for p in packs_dir().glob("*.toml")}
    files = dict(bundled)
    refused: list[PackError] = []
    for d in extra_dirs:
        for p in sorted(Path(d).glob("*.toml")):
            try:
                parse_pack(p)
            except PackError as e:
                refused.append(e)
                continue
            files[p.name] = p
    while True:
        reg = load_packs(files.values())
        unfit = [e for e in reg.errors if e.file in files and files[e.file] != bundled.get(e.file, files[e.file])]
        if not unfit:  # no user pack was refused in place of a bundled one
            reg.errors[:0] = refused
            return reg
        for err in unfit:  # e.g. an unknown parent: report it once and go back to the bundled pack
            refused.append(err)
            files[err.file] = bundled[err.file]
