"""What an imported book file may hold beyond its columns' types: the limits of every value (used by
``jsonio_check._Checker``), the settings in ``meta`` that the app reads back, and the guides' saved JSON, which the
binding guide reads back as it is (``desktop/ui/guide/state.py``). ``c`` is the ``jsonio_check._Checker``
collecting the problems."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core import money, settlement

from . import jsonread
from .jsonread import brief, label
from .ledger import SHARING_CHOICES, SHARING_MODEL_KEY, WALLET_POSITION_KEY

MAX_ID = 2**31 - 1  # ids travel through Qt as C++ ints
MAX_COUNT = 10_000  # a line's place in its visit, a guide's step
MAX_TEXT = 100_000  # characters: a long note, not a book hidden in one field
FIRST_YEAR, LAST_YEAR = 1900, 2200  # the app's dates (a year 9999 overflows as soon as a day is added)
# Settings in "meta" that the app reads back: the allowed values, or None for a value the book checks itself
# (FamilyBook.import_json checks the projection plan; the key is the book's PROJECTION_PLAN_KEY). Other keys
# are kept as text.
META_KEYS: dict[str, tuple[str, ...] | None] = {
    WALLET_POSITION_KEY: settlement.WALLET_POSITIONS,
    SHARING_MODEL_KEY: SHARING_CHOICES,
    "projection.plan": None,
}


def check_meta(c: Any, meta: Any) -> list[dict]:
    if not isinstance(meta, dict):
        c.add("meta", "应为“名称: 文字”的对象。", "expected an object of text values.")
        return []
    c.twice("meta", meta)
    out = []
    for k, v in meta.items():
        p = f"meta.{label(k)}"
        if c.text("meta", k) is None:
            continue
        if not isinstance(v, str):
            c.add(p, f"应为文字，而不是 {brief(v)}。", f"expected text, got {brief(v)}.")
        elif c.text(p, v) is not None:
            allowed = META_KEYS.get(k)  # other keys are kept as text: the book sets them freely (set_meta)
            if allowed is not None and v not in allowed:
                c.add(p, f"“{label(v)}”不是可用的值（可用：{', '.join(allowed)}）。",
                      f"“{label(v)}” is not allowed (one of: {', '.join(allowed)}).")
            else:
                out.append({"key": k, "value": v})
    return out


_GUIDE_DATA = {  # the keys of a guide's saved data (desktop/ui/guide/state.py) and what each may hold
    "page": (str,), "relation": (str,), "start": ("date",), "end": ("date",), "amount_fen": (int,),
    "registered_at": ("time",), "outcome": (str,), "open_channel_id": (str,), "open_for": (list,),
    "hospital_checked": (bool,), "institution": (str,), "transfer_amount_fen": (int,), "transfer_at": ("time",),
    "transfer_id": (int,),
}


def _guide_value(kind: Any, v: Any) -> bool:
    if kind in ("date", "time"):
        try:
            day = (dt.date if kind == "date" else dt.datetime).fromisoformat(v)
        except (TypeError, ValueError):
            return False
        return FIRST_YEAR <= day.year <= LAST_YEAR and getattr(day, "tzinfo", None) is None
    if kind is int:
        return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= money.MAX_FEN
    if kind is list:
        return isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= MAX_ID
                                           for x in v)
    return isinstance(v, kind) and (kind is not str or jsonread.clean(v))


def check_guides(c: Any, guides: list[dict]) -> None:
    """A guide's ``done_json`` and ``data_json`` are JSON the wizard reads back as they are."""
    for i, g in enumerate(guides):
        for name, shape in (("done_json", list), ("data_json", dict)):
            raw = g.get(name)
            if raw is None:
                continue
            p = f"guide_progress[{i}].{name}"
            try:
                v = jsonread.parse(raw)
            except jsonread.Unreadable as e:
                c.add(p, e.zh, e.en)
                continue
            if shape is list:
                ok = isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAX_COUNT
                                                 for x in v)
            else:
                ok = isinstance(v, dict) and not getattr(v, "duplicates", ()) and all(
                    v[k] is None or k not in _GUIDE_DATA or _guide_value(_GUIDE_DATA[k][0], v[k]) for k in v)
            if not ok:
                c.add(p, "引导的进度记录不对，向导无法读回；请删掉这一条。",
                      "the guide's saved progress is not what the guide can read back; remove this record.")
