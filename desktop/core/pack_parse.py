"""Parsing and validating one region pack file (``resources/regions/*.toml``) into a :class:`Pack`."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from .pack_fields import (
    CODE,
    COMMON_ROW,
    FACT_ID,
    FILE_NAME,
    MAX_PACK_BYTES,
    NATIONAL,
    ROW_FIELDS,
    SECTIONS,
    TOP_LEVEL,
    VERSION_FIELDS,
    PackError,
    _bilingual,
    _date,
)
from .pack_model import Alternative, Pack, Row, Sourced, Version


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
