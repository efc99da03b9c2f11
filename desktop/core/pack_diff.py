"""What a policy file changes: the resolved rules of a region before and after, value by value, with sources.

Written over the resolved rules (``RegionPolicy.resolved()``: section → field → {value, source}, table →
rows with their source), never over the file's layout, so it holds however a pack is written. Each rule
becomes one key: ``binding.reserve_floor_fen``, or for a table row its identity and field,
``benefits[outpatient · employee_in_service · 3A].ratio``. A row is known by the fields that say what it
covers (care, person, hospital, ages; a cap's group; a premium's year, insurance and tier; a channel's id);
the first row of an identity is the one that applies (a nearer pack's row shadows a farther one's).

Public API::

    flatten(resolved: dict) -> dict[str, tuple[Any, str]]      # key → (value, source)
    diff(before: dict, after: dict) -> list[Change]            # resolved dicts of one region
    Change(key, old, new, source, old_source)  .kind -> "added" / "removed" / "changed"
    show(key, value) -> str                                    # a value as people read it
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .money import format_fen

_IDENTITY = {
    "benefits": ("care", "person", "hospital", "age_min", "age_max"),
    "caps": ("group", "person", "age_min", "age_max"),
    "premiums": ("year", "insurance", "tier"),
    "channels": ("id",),
}
_NOT_VALUES = {"source", "from", "note", "alternatives"}
_HEAD = ("code", "name", "year")  # the region itself
_SKIP = {"chain", "in_force_since", "versions", "conflicts"}  # which files and versions were read, not rules


@dataclass(frozen=True)
class Change:
    """One rule a file changes: ``old`` None when it adds the rule, ``new`` None when it takes it away."""

    key: str
    old: Any
    new: Any
    source: str  # the fact the new value cites (the old one's when the rule goes away)
    old_source: str = ""

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"


def _ident(kind: str, row: Mapping[str, Any]) -> str:
    parts = []
    for name in _IDENTITY.get(kind, ()):
        v = row.get(name)
        if v is None:
            continue
        if name == "age_min":
            parts.append(f"≥{v}")
        elif name == "age_max":
            parts.append(f"≤{v}")
        else:
            parts.append(",".join(str(x) for x in v) if isinstance(v, list | tuple) else str(v))
    return " · ".join(parts)


def flatten(resolved: Mapping[str, Any]) -> dict[str, tuple[Any, str]]:
    """Every rule of a resolved region as key → (value, source)."""
    out: dict[str, tuple[Any, str]] = {}
    for key in _HEAD:
        if key in resolved:
            out[key] = (resolved[key], "")
    for section, body in resolved.items():
        if section in _HEAD or section in _SKIP:
            continue
        if isinstance(body, Mapping):
            for name, v in body.items():
                if isinstance(v, Mapping) and "value" in v:
                    out[f"{section}.{name}"] = (v["value"], str(v.get("source", "")))
        elif isinstance(body, list):
            seen: set[str] = set()
            for i, row in enumerate(body):
                if not isinstance(row, Mapping):
                    continue
                ident = _ident(section, row) or str(i)
                if ident in seen:  # shadowed by a nearer pack's row of the same identity
                    continue
                seen.add(ident)
                src = str(row.get("source", ""))
                for name, v in row.items():
                    if name in _NOT_VALUES or name in _IDENTITY.get(section, ()):
                        continue
                    out[f"{section}[{ident}].{name}"] = (v, src)
    return out


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    """The rules that differ (value or source) between two resolved views of a region, in a stable order:
    the rules of ``after`` as listed, then those it no longer has."""
    old, new = flatten(before), flatten(after)
    out = []
    for key, (value, src) in new.items():
        prev = old.get(key)
        if prev is None:
            out.append(Change(key, None, value, src))
        elif prev != (value, src):
            out.append(Change(key, prev[0], value, src, prev[1]))
    for key, (value, src) in old.items():
        if key not in new:
            out.append(Change(key, value, None, src, src))
    return out


def show(key: str, value: Any) -> str:
    """A value as people read it: amounts in yuan, ratios as percentages, lists joined, texts as written."""
    if value is None:
        return "—"
    field = key.rsplit(".", 1)[-1]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and field.endswith("_fen"):
        return format_fen(value)
    if isinstance(value, str) and field in ("ratio", "ratio_max", "rate", "individual_rate", "unit_rate"):
        try:
            return f"{format((Decimal(value) * 100).normalize(), 'f')}%"
        except InvalidOperation:
            return value
    if isinstance(value, list | tuple) and all(isinstance(x, str) for x in value):
        return ", ".join(value)
    if isinstance(value, dict) and set(value) == {"zh", "en"}:
        return f"{value['zh']} / {value['en']}"
    if isinstance(value, str | int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
