"""The rule dataclasses of region packs: a pack as parsed, its dated versions, and a region's
resolved rules (:class:`RegionPolicy`) with their JSON form for the CLI and support."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from .pack_fields import ROW_FIELDS, SECTIONS


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
