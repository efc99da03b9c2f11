"""Region policy packs: load, validate and resolve ``resources/regions/*.toml``.

A pack describes one region (GB/T 2260 code) and names its parent (national → province → city).
Scalar rules are written as ``{ value = …, source = "F-…" }`` and inherited field by field; table
rows (reimbursement, caps, premiums, channels) carry their own ``source`` and are looked up child
first, so a city row shadows a province row that matches the same visit. A broken pack is refused
with file, line and field; the other packs keep working.

The parts live beside this module: pack_fields.py (fields and checkers), pack_model.py (the rule
dataclasses), pack_parse.py (one file); here the registry resolves them by date. Their public names
are re-exported so ``from desktop.core.policy import …`` keeps working.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from .pack_fields import (
    CODE,
    COMMON_ROW,
    FACT_ID,
    FILE_NAME,
    MAX_PACK_BYTES,
    NATIONAL,
    ROW_FIELDS,
    SECTIONS,
    TIME,
    TOP_LEVEL,
    VERSION_FIELDS,
    PackError,
    _ratio,
)
from .pack_model import Alternative, Conflict, Pack, RegionPolicy, Row, Sourced, Version
from .pack_parse import parse_pack

__all__ = [
    "CODE", "COMMON_ROW", "FACT_ID", "FILE_NAME", "MAX_PACK_BYTES", "NATIONAL", "ROW_FIELDS", "SECTIONS",
    "TIME", "TOP_LEVEL", "VERSION_FIELDS", "Alternative", "Conflict", "Pack", "PackError", "RegionPolicy",
    "Registry", "Row", "Sourced", "Version", "_ratio", "load_default", "load_packs", "packs_dir", "parse_pack",
]


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
