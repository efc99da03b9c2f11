"""Visits to and from CSV, for spreadsheets.

Columns (the header row may use the key, the Chinese or the English name, in any order):

============== ============ ==================== ========================================================
key            中文          English              what
============== ============ ==================== ========================================================
person         姓名          person               the family member's name as in the book (required)
date           日期          date                 2025-03-15, 2025/3/15, 2025.3.15 or 2025年3月15日 (required)
institution    医疗机构      institution          hospital or pharmacy name
hospital_class 医院等级      hospital level       key (3A) or label (三甲, level 3, grade A); empty = 0
care_type      就医类型      care type            key (outpatient) or label (普通门诊) (required)
total          总费用        total                amount as people write it: 1,234.50 / ¥1234.5 / 1234.50元 (required)
fund_actual    统筹实际支付  fund paid            the fund's share from the receipt; empty = use the estimate
wallet         可用医保钱包  wallet accepted      是/否, yes/no, 1/0; empty = yes
notes          备注          notes                free text
============== ============ ==================== ========================================================

Exports add computed columns (统筹估算 fund estimate, 个人负担 personal share, 本人账户 own account,
医保钱包 wallet paid, 家庭共济 family accounts, 现金 cash); an import ignores them and re-settles.
Files are read as UTF-8 (with or without BOM) or, failing that, GB18030 (Excel on Chinese Windows); lines may
end in CRLF, LF or a bare CR (Excel for Mac's "CSV (Macintosh)"). A file over :data:`MAX_BYTES`, a cell over
128 KiB (the ``csv`` module's limit) and dates outside :data:`FIRST_YEAR`–:data:`LAST_YEAR` are refused in words.
Row numbers in errors count the header as row 1, as a spreadsheet shows them.

Formulas (CSV injection, OWASP): a spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return. The export writes every such text cell (names, institutions, notes) with a ``'`` in
front, the spreadsheet's own mark for "text, not a formula"; a text that itself starts with ``'`` gets one
more, so the import can take exactly one ``'`` off again and our own export reads back exactly
(:func:`neutralise` / :func:`restore_text`). Amounts are numbers we write ourselves and are left as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import idnumber, money, vocab

COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("person", "姓名", "person", True),
    ("date", "日期", "date", True),
    ("institution", "医疗机构", "institution", False),
    ("hospital_class", "医院等级", "hospital level", False),
    ("care_type", "就医类型", "care type", True),
    ("total", "总费用", "total", True),
    ("fund_actual", "统筹实际支付", "fund paid", False),
    ("wallet", "可用医保钱包", "wallet accepted", False),
    ("notes", "备注", "notes", False),
)
COMPUTED: tuple[tuple[str, str, str], ...] = (
    ("fund_estimated", "统筹估算", "fund estimate"),
    ("personal", "个人负担", "personal share"),
    ("own", "本人账户", "own account"),
    ("wallet_paid", "医保钱包支付", "wallet paid"),
    ("family", "家庭共济", "family accounts"),
    ("cash", "现金", "cash"),
)
_YES = {"是", "可以", "能", "y", "yes", "true", "1", "√", "✓"}
_NO = {"否", "不可以", "不能", "n", "no", "false", "0", "×", "✗"}
MAX_BYTES = 64 * 1024 * 1024  # 64 MB: about 500,000 visits; more is not a visits file (or never ends: /dev/zero)
FIRST_YEAR, LAST_YEAR = 1900, 2200  # dates the app can show and compute with (a year 9999 overflows a month later)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


@dataclass(frozen=True)
class RowError:
    """A bad row: its number (header = 1), the column and what is wrong."""

    row: int
    column: str
    message_zh: str
    message_en: str

    def __post_init__(self) -> None:  # a cell quoted in the message may be an ID number: never in full
        for name in ("column", "message_zh", "message_en"):
            object.__setattr__(self, name, idnumber.mask_in(getattr(self, name)))

    @property
    def code(self) -> str:
        return "csv_row"

    @property
    def text_zh(self) -> str:
        return f"第 {self.row} 行{('（' + self.column + '）') if self.column else ''}：{self.message_zh}"

    @property
    def text_en(self) -> str:
        return f"row {self.row}{(' (' + self.column + ')') if self.column else ''}: {self.message_en}"

    def text(self, lang: str = "zh") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en

    def __str__(self) -> str:
        return self.text_en


@dataclass(frozen=True, slots=True)
class ParsedVisit:
    row: int
    member_id: int
    on_date: dt.date
    institution: str
    hospital_class: str
    care_type: str
    total_fen: int
    fund_actual_fen: int | None
    wallet_accepted: bool
    notes: str


def _lookup(vocabulary: dict[str, tuple[str, str]]) -> dict[str, str]:
    out = {}
    for key, (zh, en) in vocabulary.items():
        for name in (key, zh, en):
            out[name.strip().lower()] = key
    return out


_HOSPITALS = _lookup(vocab.HOSPITAL_CLASSES)
_HOSPITALS.update({"药店": "0", "其他": "0", "一级医院": "1", "二级医院": "2", "三级医院": "3", "三甲医院": "3A"})
_CARES = _lookup(vocab.CARE_TYPES)
_CARES.update({"门诊": "outpatient", "慢特病": "chronic", "特药": "special_drugs", "药店": "pharmacy"})
_HEADERS: dict[str, str] = {}
for _key, _zh, _en, _ in COLUMNS:
    for _name in (_key, _zh, _en):
        _HEADERS[_name.lower()] = _key
for _key, _zh, _en in COMPUTED:
    for _name in (_key, _zh, _en):
        _HEADERS[_name.lower()] = "~" + _key  # read and ignored


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell as exported: ``'`` in front of anything a spreadsheet would evaluate (and of a leading ``'``)."""
    if text.startswith(_FORMULA_START + ("'",)) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def restore_text(cell: str) -> str:
    """The inverse of :func:`neutralise` for a stripped cell; a ``'`` typed before plain text stays."""
    if cell.startswith("'") and (cell[1:].startswith(_FORMULA_START + ("'",))
                                 or cell[1:].lstrip().startswith(_FORMULA_START)):
        return cell[1:]
    return cell


def parse_date(text: str) -> dt.date:
    m = _DATE.match(text.strip())
    if not m:
        raise ValueError(text)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def shown(text: str, limit: int = 40) -> str:
    """A cell as quoted in a message: cut short, so that a 100 KiB cell is not repeated in full."""
    return text if len(text) <= limit else text[:limit] + "…"


class FileTooLarge(ValueError):
    """The file is over :data:`MAX_BYTES` (or never ends); nothing of it was used."""


def read_text(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), else GB18030; UnicodeDecodeError
    when none of them reads it, :class:`FileTooLarge` past :data:`MAX_BYTES` (read no further than that)."""
    with open(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FileTooLarge(path)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def parse(text: str, members: Iterable[tuple[int, str]]) -> tuple[list[ParsedVisit], list[RowError]]:
    """Every good row as a visit and every bad row's problems; a bad row never yields a visit."""
    by_name: dict[str, list[int]] = {}
    for mid, name in members:
        by_name.setdefault(name.strip(), []).append(mid)
    sample = text[:2000]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)  # "": CR, LF and CRLF all end a line
    errors: list[RowError] = []
    try:
        header = next(reader, None)
    except csv.Error as e:
        return [], [_unreadable(1, e)]
    if header is None or not any(h.strip() for h in header):
        return [], [RowError(1, "", "文件是空的或没有标题行。", "the file is empty or has no header row.")]
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        key = _HEADERS.get(h.strip().lower())
        if key is None:
            if h.strip():
                errors.append(RowError(1, shown(h), "不认识的列名。", "unknown column name."))
            continue
        if key in cols:
            errors.append(RowError(1, h, "这一列重复了。", "this column appears twice."))
        cols[key] = i
    for key, zh, en, required in COLUMNS:
        if required and key not in cols:
            errors.append(RowError(1, zh, f"缺少必需的列“{zh}”。", f"the required column “{en}” is missing."))
    if errors:
        return [], errors
    out: list[ParsedVisit] = []
    width = len(header)
    n = 1
    try:
        for cells in reader:
            n += 1
            _one(n, cells, width, cols, by_name, out, errors)
    except csv.Error as e:  # the rest of the file cannot be trusted: nothing of it is imported, even skipping
        return [], [*errors, _unreadable(n + 1, e)]
    return out, errors


def _unreadable(n: int, e: csv.Error) -> RowError:
    if "field larger" in str(e):
        return RowError(n, "", "有一格超过 128 KiB，不像是就诊记录；请检查这一行（整个文件都没有导入）。",
                        "a cell is over 128 KiB, which is no visit record; check this row (nothing of the file "
                        "was imported).")
    return RowError(n, "", "这一行无法按 CSV 读出（整个文件都没有导入）；请在表格软件里另存为 CSV 再试。",
                    "this row cannot be read as CSV (nothing of the file was imported); save the file as CSV "
                    "from the spreadsheet again.")


def _one(n: int, cells: list[str], width: int, cols: dict[str, int], by_name: dict[str, list[int]],
         out: list[ParsedVisit], errors: list[RowError]) -> None:
    """Check row ``n``: its visit goes to ``out`` when it has no problem, its problems to ``errors``."""
    if not any(c.strip() for c in cells):
        return  # blank line
    row_errors: list[RowError] = []
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    elif len(cells) > width and any(c.strip() for c in cells[width:]):
        row_errors.append(RowError(n, "", f"比标题多了 {len(cells) - width} 列。",
                                   f"{len(cells) - width} more cell(s) than the header."))
    v = _row(n, {k: restore_text(cells[i].strip()) for k, i in cols.items()}, by_name, row_errors)
    errors.extend(row_errors)
    if v is not None and not row_errors:
        out.append(v)


def _row(n: int, cells: dict[str, str], by_name: dict[str, list[int]], errs: list[RowError]) -> ParsedVisit | None:
    def bad(col: str, zh: str, en: str) -> None:
        errs.append(RowError(n, col, zh, en))

    cell = cells.get

    name = cell("person", "")
    ids = by_name.get(name, [])
    if not name:
        bad("姓名", "缺少姓名。", "the person is missing.")
    elif not ids:
        bad("姓名", f"家里没有叫“{shown(name)}”的成员，请先添加或改正姓名。",
            f"no family member is called “{shown(name)}”; add them first or fix the name.")
    elif len(ids) > 1:
        bad("姓名", f"有 {len(ids)} 位成员都叫“{name}”，无法确定是谁。", f"{len(ids)} members are called “{name}”.")
    day: dt.date | None = None
    raw = cell("date", "")
    try:
        day = parse_date(raw)
    except ValueError:
        bad("日期", f"“{shown(raw)}”不是日期，请写成 2025-03-15。" if raw else "缺少日期。",
            f"“{shown(raw)}” is not a date; write it like 2025-03-15." if raw else "the date is missing.")
    else:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            bad("日期", f"日期 {raw} 不在 {FIRST_YEAR}–{LAST_YEAR} 年之间，请改正。",
                f"the date {raw} is not between {FIRST_YEAR} and {LAST_YEAR}; correct it.")
    hospital: str | None = "0"
    raw = cell("hospital_class", "")
    if raw:
        hospital = _HOSPITALS.get(raw.lower())
        if hospital is None:
            bad("医院等级", f"不认识的医院等级“{shown(raw)}”。", f"unknown hospital level “{shown(raw)}”.")
    raw = cell("care_type", "")
    care = _CARES.get(raw.lower()) if raw else None
    if care is None:
        bad("就医类型", f"不认识的就医类型“{shown(raw)}”。" if raw else "缺少就医类型。",
            f"unknown care type “{shown(raw)}”." if raw else "the care type is missing.")
    total = _amount(cell("total", ""), "总费用", "total", bad, required=True)
    fund = _amount(cell("fund_actual", ""), "统筹实际支付", "fund paid", bad, required=False)
    if total is not None and fund is not None and fund > total:
        bad("统筹实际支付", "统筹实际支付不能大于总费用。", "the fund's share cannot exceed the total.")
    raw = cell("wallet", "").lower()
    wallet = True
    if raw in _NO:
        wallet = False
    elif raw and raw not in _YES:
        bad("可用医保钱包", f"“{shown(raw)}”请写“是”或“否”。", f"write yes or no, not “{shown(raw)}”.")
    if errs:
        return None
    assert day is not None and hospital is not None and care is not None and total is not None  # else bad() was called
    return ParsedVisit(n, ids[0], day, cell("institution", ""), hospital, care, total, fund, wallet, cell("notes", ""))


def _amount(raw: str, zh: str, en: str, bad: Any, required: bool) -> int | None:
    if not raw:
        if required:
            bad(zh, "缺少金额。", "the amount is missing.")
        return None
    try:
        return money.parse(raw)
    except money.MoneyError as e:
        bad(zh, f"“{shown(raw)}”不是有效金额（{_MONEY_ZH.get(e.code, e.code)}）。", str(e))
        return None


_MONEY_ZH = {"negative": "不能是负数", "not_a_number": "请写成 1234.50 这样", "too_precise": "最多两位小数",
             "too_large": "超过一亿元，请检查金额", "empty": "缺少金额"}


def load(path: Path, members: Iterable[tuple[int, str]]) -> tuple[list[ParsedVisit], list[RowError]]:
    try:
        text = read_text(path)
    except FileTooLarge:
        mb = MAX_BYTES // (1024 * 1024)
        return [], [RowError(0, "", f"文件大于 {mb} MB（或者读不到头），不像是就诊记录表；请只导出就诊记录再试。没有导入任何内容。",
                             f"the file is larger than {mb} MB (or never ends), which is no visits table; export "
                             "just the visits and try again. Nothing was imported.")]
    except OSError as e:
        return [], [RowError(0, "", f"无法读取文件：{e}", f"cannot read the file: {e}")]
    except UnicodeDecodeError:
        return [], [RowError(0, "", "文件的文字编码无法识别：请另存为 UTF-8 或 GB18030 编码的 CSV。",
                             "the file's text encoding is not recognised: save it as CSV in UTF-8 or GB18030.")]
    return parse(text, members)


def _yuan(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"{fen // 100}.{fen % 100:02d}"


def dumps(visits: Iterable[Any], lang: str = "zh") -> str:
    """Visits (``desktop.book.VisitView``) as CSV text with headers in ``lang``."""
    return "".join(iter_dumps(visits, lang))


def iter_dumps(visits: Iterable[Any], lang: str = "zh", rows_per_chunk: int = 2000) -> Iterator[str]:
    """The text of :func:`dumps` in chunks of ``rows_per_chunk`` rows (the header first), read lazily from
    ``visits``: an export of any size holds one chunk at a time."""
    zh = lang.startswith("zh")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([c[1] if zh else c[2] for c in COLUMNS] + [c[1] if zh else c[2] for c in COMPUTED])
    yes, no = ("是", "否") if zh else ("yes", "no")
    care_lang = "zh" if zh else "en"
    n = 0
    for v in visits:
        w.writerow([
            neutralise(v.member_name), v.on_date.isoformat(), neutralise(v.institution), v.hospital_class,
            vocab.label(vocab.CARE_TYPES, v.care_type, care_lang), _yuan(v.total_fen),
            _yuan(v.fund_actual_fen), yes if v.wallet_accepted else no, neutralise(v.notes),
            _yuan(v.fund_estimated_fen), _yuan(v.personal_fen), _yuan(v.own_fen), _yuan(v.wallet_fen),
            _yuan(v.family_fen), _yuan(v.cash_fen),
        ])
        n += 1
        if n % rows_per_chunk == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
