"""Checking a book file before anything is written (:func:`load`, :func:`check`): every problem with its
path in the file (``visits[12].lines[0].payer_id``); the rows ready for :func:`desktop.store.jsonio.write`
when there are none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Time

from desktop.core import money
from desktop.core.policy import Registry

from . import jsonread
from .import_checks import FIRST_YEAR, LAST_YEAR, MAX_COUNT, MAX_ID, MAX_TEXT, check_guides, check_meta
from .jsonio_layout import (
    FORMAT,
    LINES,
    REFS,
    REGION_COLUMNS,
    SECTIONS,
    VERSION,
    VOCAB,
    FileProblem,
    choices_zh,
)
from .jsonread import brief, label


class _Checker:
    def __init__(self, registry: Registry | None) -> None:
        self.problems: list[FileProblem] = []
        self.registry = registry
        self._regions: dict[str, bool] = {}
        self.line_paths: list[str] = []  # the file path of each collected allocation line

    def add(self, path: str, zh: str, en: str) -> None:
        self.problems.append(FileProblem(path, zh, en))

    def region_ok(self, code: str) -> bool:
        if code not in self._regions:
            ok = isinstance(code, str) and len(code) == 6 and code.isdigit()
            if ok and self.registry is not None:
                try:
                    self.registry.resolve_insured_place(code)
                except KeyError:
                    ok = False
            self._regions[code] = ok
        return self._regions[code]

    def value(self, path: str, col, raw: Any) -> Any:
        """Convert one JSON value to the column's Python type, or record a problem and return None."""
        if raw is None:
            if not col.nullable and not col.primary_key:
                self.add(path, "不能为空。", "must not be empty.")
            return None
        t = col.type
        t = getattr(t, "impl_instance", t)  # sqlmodel's AutoString is a TypeDecorator over String: check it as text
        if isinstance(t, Boolean):
            if isinstance(raw, bool):
                return raw
            self.add(path, f"应为 true 或 false，而不是 {brief(raw)}。", f"expected true or false, got {brief(raw)}.")
        elif isinstance(t, Integer):
            if isinstance(raw, int) and not isinstance(raw, bool):
                return self.whole(path, col, raw)
            what = "金额应为整数“分”，如 12050 表示 120.50 元" if col.name.endswith("_fen") else "应为整数"
            self.add(path, f"{what}，而不是 {brief(raw)}。",
                     f"expected a whole number{' of fen' if col.name.endswith('_fen') else ''}, got {brief(raw)}.")
        elif isinstance(t, Time):
            if isinstance(raw, str):
                try:
                    return dt.time.fromisoformat(raw)
                except ValueError:
                    pass
            self.add(path, f"应为一天中的时刻，如 09:30:00，而不是 {brief(raw)}。",
                     f"expected a time of day like 09:30:00, got {brief(raw)}.")
        elif isinstance(t, DateTime):
            if isinstance(raw, str):
                try:
                    return self.in_years(path, dt.datetime.fromisoformat(raw))
                except ValueError:
                    pass
            self.add(path, f"应为时间，如 2025-01-05T10:30:00，而不是 {brief(raw)}。",
                     f"expected a time like 2025-01-05T10:30:00, got {brief(raw)}.")
        elif isinstance(t, Date):
            if isinstance(raw, str):
                try:
                    return self.in_years(path, dt.date.fromisoformat(raw))
                except ValueError:
                    pass
            self.add(path, f"应为日期，如 2025-01-05，而不是 {brief(raw)}。",
                     f"expected a date like 2025-01-05, got {brief(raw)}.")
        elif isinstance(t, String):
            if isinstance(raw, str):
                return self.text(path, raw)
            self.add(path, f"应为文字，而不是 {brief(raw)}。", f"expected text, got {brief(raw)}.")
        else:  # pragma: no cover - every column type is handled above
            return raw
        return None

    def whole(self, path: str, col, raw: int) -> int | None:
        """An integer within what its column can hold and the app can show, else a problem and None."""
        if col.name.endswith("_fen"):
            low, high = 0, money.MAX_FEN
            zh, en = "金额应在 0 到 1 亿元（10000000000 分）之间", "an amount must be between 0 and 10000000000 fen"
        elif col.primary_key or col.foreign_keys or col.name.endswith("_id"):
            low, high = 1, MAX_ID
            zh, en = f"编号应在 1 到 {MAX_ID} 之间", f"an id must be between 1 and {MAX_ID}"
        else:
            low, high = 0, MAX_COUNT
            zh, en = f"应在 0 到 {MAX_COUNT} 之间", f"must be between 0 and {MAX_COUNT}"
        if low <= raw <= high:
            return raw
        self.add(path, f"{zh}，而不是 {brief(raw)}。", f"{en}, not {brief(raw)}.")
        return None

    def in_years(self, path: str, value: dt.date) -> dt.date | None:
        """A date or a naive time in FIRST_YEAR–LAST_YEAR, else a problem and None."""
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            self.add(path, "时间不要带时区（按北京时间写，如 2025-01-05T10:30:00）。",
                     "write the time without a time zone, in China time (like 2025-01-05T10:30:00).")
            return None
        if FIRST_YEAR <= value.year <= LAST_YEAR:
            return value
        self.add(path, f"日期 {value.isoformat()} 不在 {FIRST_YEAR}–{LAST_YEAR} 年之间。",
                 f"the date {value.isoformat()} is not between {FIRST_YEAR} and {LAST_YEAR}.")
        return None

    def text(self, path: str, raw: str) -> str | None:
        """Text that can be stored and shown, else a problem and None."""
        if not jsonread.clean(raw):
            self.add(path, "文字里有无法保存的字符（单独的代理码，如 \\ud800），请改正。",
                     "the text holds a character that cannot be stored (a lone surrogate such as \\ud800); "
                     "correct it.")
            return None
        if len(raw) > MAX_TEXT:
            self.add(path, f"文字有 {len(raw)} 个字，最多 {MAX_TEXT} 个。",
                     f"the text has {len(raw)} characters; at most {MAX_TEXT} are kept.")
            return None
        return raw

    def twice(self, path: str, raw: Any) -> None:
        """A problem for each name given twice in the object ``raw`` (the file would mean two things)."""
        for k in getattr(raw, "duplicates", ()):
            self.add(f"{path}.{label(k)}" if path else label(k), "同一个名称出现了两次，不知道该用哪一个。",
                     "this name is given twice; it cannot be told which one is meant.")

    def record(self, section: str, path: str, table, raw: Any, extra: tuple[str, ...] = ()) -> dict | None:
        if not isinstance(raw, dict):
            self.add(path, "应为一条记录（JSON 对象）。", "expected a record (a JSON object).")
            return None
        self.twice(path, raw)
        cols = {c.name: c for c in table.columns}
        if section == "lines":
            cols.pop("visit_id")
        unknown = set(raw) - set(cols) - set(extra)
        for k in sorted(unknown):
            self.add(f"{path}.{label(k)}", "不认识的字段。", "unknown field.")
        out: dict[str, Any] = {}
        for name, col in cols.items():
            p = f"{path}.{name}"
            if name not in raw:
                if col.nullable:
                    out[name] = None
                    continue
                self.add(p, "缺少这个字段。", "missing.")
                continue
            v = self.value(p, col, raw[name])
            allowed = VOCAB.get((section, name))
            if v is not None and allowed is not None and v not in allowed:
                self.add(p, f"“{v}”不是可用的值（可用：{choices_zh(section, name, allowed)}）。",
                         f"“{v}” is not allowed (one of: {', '.join(allowed)}).")
            if v is not None and (section, name) in REGION_COLUMNS and not self.region_ok(v):
                self.add(p, f"没有地区代码 {v} 的地区资料。", f"no region pack for code {v}.")
            out[name] = v
        return out


def check(doc: Any, registry: Registry | None = None) -> tuple[list[FileProblem], dict[str, list[dict]]]:
    """Every problem in ``doc`` and, when there are none, the rows ready for :func:`write`."""
    c = _Checker(registry)
    rows: dict[str, list[dict]] = {name: [] for name in SECTIONS}
    rows["lines"] = []
    rows["meta"] = []
    if not isinstance(doc, dict):
        c.add("(file)", "文件内容应为一个 JSON 对象。", "the file must hold one JSON object.")
        return c.problems, rows
    if doc.get("format") != FORMAT:
        c.add("format", f"这不是家庭共济助手的整本账文件（应为 “{FORMAT}”）。",
              f"not a FamilyPool book file (expected “{FORMAT}”).")
        return c.problems, rows
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        c.add("version", "缺少文件版本号。", "the file version is missing.")
        return c.problems, rows
    if version > VERSION:
        c.add("version", f"文件版本 {version} 来自更新版本的程序，请先升级。",
              f"file version {version} comes from a newer FamilyPool; please update the app.")
        return c.problems, rows
    c.twice("", doc)
    known = {"format", "version", "schema", "meta", *SECTIONS}
    for k in sorted(set(doc) - known):
        c.add(label(k), "不认识的部分。", "unknown section.")
    ids: dict[str, set[int]] = {}
    for name, table in SECTIONS.items():
        raw = doc.get(name, [])
        if not isinstance(raw, list):
            c.add(name, "应为记录列表。", "expected a list of records.")
            continue
        seen: set[int] = set()
        for i, item in enumerate(raw):
            path = f"{name}[{i}]"
            rec = c.record(name, path, table, item, ("lines",) if name == "visits" else ())
            if rec is None:
                continue
            rid = rec.get("id")
            if rid is None:
                c.add(f"{path}.id", "缺少编号。", "the id is missing.")
            elif rid in seen:
                c.add(f"{path}.id", f"编号 {rid} 重复了。", f"id {rid} appears twice.")
            else:
                seen.add(rid)
            rows[name].append(rec)
            if name == "visits":
                _check_lines(c, path, item.get("lines", []), rec, rows["lines"])
        ids[name] = seen
    _check_refs(c, rows, ids)
    _check_rules(c, rows)
    check_guides(c, rows["guide_progress"])
    rows["meta"] = check_meta(c, doc.get("meta", {}))
    return c.problems, rows


def _check_lines(c: _Checker, path: str, raw: Any, visit: dict, out: list[dict]) -> None:
    if not isinstance(raw, list):
        c.add(f"{path}.lines", "应为分摊明细列表。", "expected a list of allocation lines.")
        return
    total = 0
    for j, item in enumerate(raw):
        p = f"{path}.lines[{j}]"
        rec = c.record("lines", p, LINES, item)
        if rec is None:
            continue
        rec["visit_id"] = visit.get("id")
        c.line_paths.append(p)
        if rec.get("id") is None:
            rec.pop("id", None)
        total += rec.get("amount_fen") or 0
        out.append(rec)
    t, est, act = visit.get("total_fen"), visit.get("fund_estimated_fen"), visit.get("fund_actual_fen")
    if isinstance(t, int) and isinstance(est, int) and raw:
        fund = act if isinstance(act, int) else est
        if fund > t:
            c.add(f"{path}.fund_actual_fen" if isinstance(act, int) else f"{path}.fund_estimated_fen",
                  "统筹支付不能大于总费用。", "the fund's share cannot exceed the total.")
        elif total != t - fund:
            c.add(f"{path}.lines", f"分摊明细合计 {total} 分，应等于个人负担 {t - fund} 分。",
                  f"the lines add up to {total} fen; they must equal the personal share of {t - fund} fen.")


def _check_refs(c: _Checker, rows: dict[str, list[dict]], ids: dict[str, set[int]]) -> None:
    line_ids: set[int] = set()
    for (section, col), target in REFS.items():
        have = ids.get(target, set())
        for i, rec in enumerate(rows[section]):
            v = rec.get(col)
            if v is not None and v not in have:
                where = c.line_paths[i] if section == "lines" else f"{section}[{i}]"
                c.add(f"{where}.{col}", f"引用了不存在的{target} 编号 {v}。", f"refers to {target} id {v}, which is not in the file.")
    for i, rec in enumerate(rows["lines"]):
        lid = rec.get("id")
        if lid is not None:
            if lid in line_ids:
                c.add(f"{c.line_paths[i]}.id", f"编号 {lid} 重复了。", f"id {lid} appears twice.")
            line_ids.add(lid)


def _check_rules(c: _Checker, rows: dict[str, list[dict]]) -> None:
    for i, b in enumerate(rows["bindings"]):
        if b.get("authorizer_id") is not None and b.get("authorizer_id") == b.get("beneficiary_id"):
            c.add(f"bindings[{i}].beneficiary_id", "授权人和被授权人不能是同一人。",
                  "the authorizer and the beneficiary cannot be the same person.")
        s, e = b.get("start_date"), b.get("end_date")
        if s is not None and e is not None and e < s:
            c.add(f"bindings[{i}].end_date", "结束日期早于开始日期。", "the end date is before the start date.")
    for name in ("wallet_transfers", "planned_wallet_transfers"):
        for i, t in enumerate(rows[name]):
            if t.get("amount_fen") == 0:
                c.add(f"{name}[{i}].amount_fen", "转账金额必须大于0。", "the amount must be above zero.")
    for i, t in enumerate(rows["planned_wallet_transfers"]):
        start, end = t.get("window_start"), t.get("window_end")
        if start is not None and end is not None and not start < end:
            c.add(f"planned_wallet_transfers[{i}].window_end", "可以转账的时段结束得比开始还早。",
                  "the time window ends before it starts.")
    for i, p in enumerate(rows["planned_premiums"]):
        if p.get("amount_fen") == 0:
            c.add(f"planned_premiums[{i}].amount_fen", "保费必须大于0。", "the premium must be above zero.")
        if p.get("payer_id") is not None and p.get("payer_id") == p.get("person_id"):
            c.add(f"planned_premiums[{i}].person_id", "代缴的人和参保人不能是同一人。",
                  "the payer and the insured person cannot be the same person.")


def load(path: Path, registry: Registry | None = None) -> tuple[list[FileProblem], dict[str, list[dict]]]:
    """Read and check a book file; a file that is not JSON is one problem with its line and column."""
    try:
        doc = jsonread.read(Path(path))
    except jsonread.Unreadable as e:
        return [FileProblem(e.where, e.zh, e.en)], {}
    return check(doc, registry)
