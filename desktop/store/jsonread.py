"""Reading untrusted JSON (a whole-book import, a stored projection plan) without a traceback.

:func:`read` and :func:`parse` bound what the ``json`` module would otherwise take without limit: the size of
the file (:data:`MAX_BYTES`: ``/dev/zero`` never ends), the nesting (a ``RecursionError`` past ~1,000 levels),
the digits of an integer (Python refuses more than 4,300; :data:`MAX_DIGITS` is far more than any id or
amount needs). Every object is an :class:`Obj` that remembers the names it held twice, so that the checker
can refuse them by their place instead of the last one winning silently. Anything else wrong is
:class:`Unreadable` with a sentence in Chinese and English.

:func:`clean` tells text that can be stored (a lone surrogate such as ``"\\ud800"`` cannot be written as
UTF-8); :func:`label` and :func:`brief` quote what was found in a message, short and printable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MAX_BYTES = 256 * 1024 * 1024  # 256 MB: several times a book with decades of visits
MAX_DIGITS = 20  # an id is below 2**31, an amount below 10**10 fen


class Unreadable(ValueError):
    """The text cannot be taken as JSON at all; ``where`` is "(file)" or "(line L, column C)"."""

    def __init__(self, where: str, zh: str, en: str) -> None:
        super().__init__(en)
        self.where, self.zh, self.en = where, zh, en


class Obj(dict):
    """A JSON object; ``duplicates`` names the keys that appeared more than once in it."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> Obj:
    out = Obj()
    twice = []
    for k, v in pairs:
        if k in out:
            twice.append(k)
        out[k] = v
    if twice:
        out.duplicates = tuple(dict.fromkeys(twice))
    return out


def _int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise Unreadable("(file)", f"文件里有一个 {digits} 位的整数，没有哪个编号或金额有这么长；这不是本程序导出的文件，或者已被改坏。",
                         f"the file holds a whole number of {digits} digits, longer than any id or amount; it is not "
                         "a file FamilyPool wrote, or it was damaged.")
    return int(text)


def parse(text: str) -> Any:
    """JSON text to Python values (objects as :class:`Obj`); :class:`Unreadable` for anything else."""
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_int=_int)
    except json.JSONDecodeError as e:
        raise Unreadable(f"(line {e.lineno}, column {e.colno})", f"不是有效的 JSON：{e.msg}",
                         f"not valid JSON: {e.msg}") from None
    except RecursionError:
        raise Unreadable("(file)", "文件里的括号套了上千层，不是本程序导出的文件，或者已被改坏。",
                         "the file nests brackets more than a thousand levels deep; it is not a file FamilyPool "
                         "wrote, or it was damaged.") from None


def read(path: Path) -> Any:
    """Read and :func:`parse` a UTF-8 JSON file of at most :data:`MAX_BYTES`."""
    mb = MAX_BYTES // (1024 * 1024)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise Unreadable("(file)", f"无法读取：{e.strerror or e}", f"cannot be read: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise Unreadable("(file)", f"文件大于 {mb} MB（或者读不到头），不是本程序导出的整本账文件。没有导入任何内容。",
                         f"the file is larger than {mb} MB (or never ends); it is not a book file FamilyPool wrote. "
                         "Nothing was imported.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable("(file)", "文件不是 UTF-8 编码的文字，不是本程序导出的整本账文件。",
                         "the file is not UTF-8 text; it is not a book file FamilyPool wrote.") from None
    return parse(text)


def clean(text: str) -> bool:
    """True when ``text`` can be stored and shown (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def label(key: str, limit: int = 40) -> str:
    """A name found in the file, printable and short, for a path in a message."""
    k = key if clean(key) else key.encode("utf-8", "backslashreplace").decode("utf-8")
    return k if len(k) <= limit else k[:limit] + "…"


def brief(raw: Any, limit: int = 40) -> str:
    """A value found in the file as quoted in a message: no list of a thousand levels, no 100 KiB text."""
    if isinstance(raw, dict):
        return "{…}"
    if isinstance(raw, list):
        return "[…]"
    text = repr(raw)  # repr escapes a lone surrogate
    return text if len(text) <= limit else text[:limit] + "…"
