"""Checking a projection plan found in an import file (``meta["projection.plan"]``) before it is kept: Home and
Projection read it on every show, so it must be exactly what :meth:`ProjectionPlan.to_json` writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from desktop.book.constants import FIRST_YEAR, LAST_YEAR
from desktop.core import money, vocab


def _whole(v: Any, low: int, high: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _month(v: Any, optional: bool = False) -> bool:
    if v is None:
        return optional
    try:
        day = dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return False
    return FIRST_YEAR <= day.year <= LAST_YEAR


def _problem(d: Any, members: Collection[int]) -> tuple[str, str] | None:
    """What is wrong with the parsed plan ``d`` (zh, en), or None."""
    if not isinstance(d, dict) or set(d) - {"credits", "spending", "transfers"} or getattr(d, "duplicates", set()):
        return "应为含 credits、spending、transfers 的对象", "expected an object of credits, spending and transfers"
    credits, spending, transfers = d.get("credits", {}), d.get("spending", []), d.get("transfers", [])
    if not isinstance(credits, dict) or not all(
            k.isdigit() and int(k) in members and _whole(v, 0, money.MAX_FEN) for k, v in credits.items()):
        return "每月入账应为“成员编号: 金额（分）”，成员要在文件里", "credits must map members of the file to amounts in fen"
    if not isinstance(spending, list) or not all(
            isinstance(x, list) and len(x) == 4 and x[0] in members and x[1] in vocab.CARE_TYPES
            and _whole(x[2], 0, money.MAX_FEN) and (x[3] is None or x[3] in vocab.HOSPITAL_CLASSES)
            for x in spending):
        return ("每月花费应为 [成员编号, 就医类型, 金额（分）, 医院等级]",
                "spending must be [member, care type, fen, hospital level] items")
    if not isinstance(transfers, list) or not all(
            isinstance(t, dict) and set(t) <= {"from_id", "to_id", "amount_fen", "first_month", "monthly", "last_month"}
            and t.get("from_id") in members and t.get("to_id") in members and _whole(t.get("amount_fen"), 0, money.MAX_FEN)
            and _month(t.get("first_month")) and isinstance(t.get("monthly", False), bool)
            and _month(t.get("last_month"), optional=True) for t in transfers):
        return (f"计划的钱包转账要写明文件里的两位成员、金额（分）和 {FIRST_YEAR}–{LAST_YEAR} 年之间的月份",
                f"planned transfers need two members of the file, fen and months between {FIRST_YEAR} and {LAST_YEAR}")
    return None


def plan_problem(text: str, members: Collection[int]) -> tuple[str, str] | None:
    """The sentence (zh, en) saying why ``text`` cannot be kept as the book's projection plan, or None."""
    from desktop.store import jsonread

    why: tuple[str, str] | None
    try:
        d = jsonread.parse(text)
    except jsonread.Unreadable as e:
        why = (e.zh, e.en)
    else:
        why = _problem(d, {m for m in members if not isinstance(m, bool)})
    if why is None:
        return None
    return (f"预测设置不对（{why[0]}）；请删掉这一项，导入后在“预测”页重新设置。",
            f"the projection settings are wrong ({why[1]}); remove this entry and set them again on the Projection "
            "page after importing.")
