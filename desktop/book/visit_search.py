"""How the visits list is searched and sorted in SQL: the Visits page shows a window of a book that may hold
200,000 visits, so a click on a column header or a word in the search box must not read them all."""

from __future__ import annotations

from typing import Any

# Columns the visits list sorts by (the Visits table's column keys).
SORT_KEYS = ("date", "person", "care", "where", "total", "fund", "own", "wallet", "family", "cash")


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_filter(q: Any, text: str | None) -> Any:
    """Visits whose person, place, notes or date contain ``text`` (letters in either case)."""
    from sqlalchemy import String, cast, or_, select

    from desktop.store.models import Member, Visit
    from desktop.store.tables import table_of

    words = (text or "").strip()
    if not words:
        return q
    V, M = table_of(Visit), table_of(Member)
    pattern = _like(words)
    named = select(M.c.id).where(M.c.name.like(pattern, escape="\\"))
    return q.where(or_(V.c.institution.like(pattern, escape="\\"), V.c.notes.like(pattern, escape="\\"),
                       cast(V.c.on_date, String).like(pattern, escape="\\"), V.c.member_id.in_(named)))


def order_by(key: str | None, descending: bool) -> tuple[Any, ...]:
    """ORDER BY terms for a column key; ties (and no key) newest first as the list always was."""
    from sqlalchemy import func, select

    from desktop.store.models import AllocationLine, Member, Visit
    from desktop.store.tables import table_of

    V, L, M = table_of(Visit), table_of(AllocationLine), table_of(Member)
    newest = (V.c.on_date.desc(), V.c.id.desc())
    if key is None or key not in SORT_KEYS:
        return newest
    if key == "date":
        return newest if descending else (V.c.on_date, V.c.id)
    if key in ("own", "wallet", "family", "cash"):
        term: Any = select(func.coalesce(func.sum(L.c.amount_fen), 0)).where(
            L.c.visit_id == V.c.id, L.c.source == key).scalar_subquery()
    elif key == "person":
        term = select(M.c.name).where(M.c.id == V.c.member_id).scalar_subquery()
    elif key == "fund":
        term = func.coalesce(V.c.fund_actual_fen, V.c.fund_estimated_fen)
    else:
        term = {"care": V.c.care_type, "where": V.c.institution, "total": V.c.total_fen}[key]
    return (term.desc() if descending else term.asc(), *newest)
