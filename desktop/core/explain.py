"""Results that explain themselves: a code, a sentence in Chinese and English, and the fact IDs.

The engine is hot (tens of thousands of visits), so a :class:`Reason` stores only its code, the fact
IDs and the raw arguments; the sentences are rendered when someone reads ``text_zh``/``text_en``.
Each engine module registers its templates once with :func:`register`.

Public API::

    Reason(code: str, sources: tuple[str, ...] = (), args: Mapping[str, object] = {})
        .text_zh -> str   .text_en -> str   .text(lang="zh") -> str
    register(texts: dict[str, tuple[str, str]]) -> frozenset[str]   # code → (zh, en) templates
    render(code: str, lang: str, args: Mapping[str, object]) -> str
    labels(vocabulary: dict[str, tuple[str, str]], keys) -> tuple[str, str]   # "配偶、子女", "spouse, child"
    sources_of(*sourced: Sourced | Row | None) -> tuple[str, ...]

Template arguments are formatted by name: ``*_fen`` ints as yuan (¥1,234.50), ``Decimal`` ratios
as percentages, ``(zh, en)`` pairs by language, dates as ISO dates, datetimes as ``YYYY-MM-DD HH:MM``.
Results of the engine (``Reason``, ``Estimate``, ``Line``, ``Skip``, ``Settlement``) are slotted records,
not frozen dataclasses, because they are built tens of thousands of times and a frozen dataclass
costs several times more to build; treat them as read-only.
Reasons with no fact ID (``sources == ()``) are the app's own sanity checks (e.g. an end date before
the start date); everything that is a rule cites the pack value it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import idnumber
from .money import format_fen

_TEXTS: dict[str, tuple[str, str]] = {}


def register(texts: dict[str, tuple[str, str]]) -> frozenset[str]:
    """Add templates and return their codes; a code may be registered once only (unique engine-wide)."""
    for code, pair in texts.items():
        if code in _TEXTS and _TEXTS[code] != pair:
            raise ValueError(f"reason code {code!r} is registered twice")
        _TEXTS[code] = pair
    return frozenset(texts)


def codes() -> frozenset[str]:
    """Every registered reason code (tests check each has a case)."""
    return frozenset(_TEXTS)


def _fmt(key: str, value: Any, zh: bool) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and key.endswith("_fen"):
        return format_fen(value)
    if isinstance(value, Decimal):
        return f"{format((value * 100).normalize(), 'f')}%"
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(x, str) for x in value):
        return value[0] if zh else value[1]
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def render(code: str, lang: str, args: Mapping[str, object]) -> str:
    """The sentence for ``code`` in ``lang`` ("zh…" or anything else for English)."""
    zh = lang.startswith("zh")
    template = _TEXTS[code][0 if zh else 1]
    return idnumber.mask_in(template.format(**{k: _fmt(k, v, zh) for k, v in args.items()}))  # never in full


@dataclass(slots=True)
class Reason:
    """Why: a stable code for programs, bilingual text for people, fact IDs for checking."""

    code: str
    sources: tuple[str, ...] = ()
    args: Mapping[str, object] = field(default_factory=dict)

    @property
    def text_zh(self) -> str:
        return render(self.code, "zh", self.args)

    @property
    def text_en(self) -> str:
        return render(self.code, "en", self.args)

    def text(self, lang: str = "zh") -> str:
        return render(self.code, lang, self.args)


def labels(vocabulary: dict[str, tuple[str, str]], keys: Iterable[str]) -> tuple[str, str]:
    """Join vocabulary labels for a sentence: ("配偶、子女", "spouse, child")."""
    keys = list(keys)
    zh = "、".join(vocabulary.get(k, (k, k))[0] for k in keys)
    en = ", ".join(vocabulary.get(k, (k, k))[1] for k in keys)
    return (zh or "—", en or "—")


def sources_of(*items: Any) -> tuple[str, ...]:
    """Fact IDs of pack values/rows (``Sourced``/``Row``), skipping ``None`` and repeats, in order."""
    out: list[str] = []
    for item in items:
        if item is None:
            continue
        src = item if isinstance(item, str) else item.source
        if src not in out:
            out.append(src)
    return tuple(out)
