"""The whole book as one versioned JSON file, and reading it back all-or-nothing.

Layout (``format = "familypool-book"``, ``version = 1``)::

    {"format": "familypool-book", "version": 1, "schema": "<alembic revision>",
     "members": [...], "statements": [...], "bindings": [...],
     "quotas": [...], "visits": [{..., "lines": [...allocation lines...]}],
     "wallet_transfers": [...], "planned_expenses": [...], "planned_wallet_transfers": [...],
     "planned_premiums": [...], "guide_progress": [...],
     "meta": {"key": "value", ...}}

Each record carries every column of its table under the column's name: money in integer fen
(``*_fen``), dates ``YYYY-MM-DD``, times ``YYYY-MM-DDTHH:MM:SS[.ffffff]`` (China time). Ids are kept,
so references inside the file stay valid. The output is deterministic (no export timestamp), so
exporting, importing into an empty book and exporting again gives the same bytes.

:func:`load` checks everything first and returns every problem with its path in the file
(``visits[12].lines[0].payer_id``); :func:`write` inserts in bulk inside the caller's transaction.
Every value is checked against what the app can show and compute with, not only its type: ids 1 to
:data:`MAX_ID`, amounts 0 to ``money.MAX_FEN``, dates and times in :data:`FIRST_YEAR`–:data:`LAST_YEAR`
(naive China time), text of at most :data:`MAX_TEXT` characters that can be written as UTF-8, the settings of
``meta`` that the app reads (``import_checks.META_KEYS``) and the guides' saved JSON; a name given twice in one object
is refused (``desktop/store/jsonread.py`` reads the file).

The file's layout is in :mod:`desktop.store.jsonio_layout`, the checking in :mod:`desktop.store.jsonio_check`;
their names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Connection, delete, insert, select

from . import migrate
from .jsonio_check import _Checker, check, load  # noqa: F401  (re-exported: callers use jsonio.load)
from .jsonio_layout import (  # noqa: F401  (re-exported)
    FORMAT,
    LINES,
    META,
    REFS,
    REGION_COLUMNS,
    SECTIONS,
    VERSION,
    VOCAB,
    FileProblem,
)

# ---- export ----

DERIVED_VISIT_COLUMNS = ("usage_group", "deductible_used_fen")

def _jsonable(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    return v


def _row(r: Any, table) -> dict:
    m = r._mapping
    return {c.name: (bool(m[c.name]) if isinstance(c.type, Boolean) and m[c.name] is not None else _jsonable(m[c.name]))
            for c in table.columns}  # a nullable yes/no (members.enrolled_in_collection) stays "not recorded"


def export_book(conn: Connection) -> dict:
    """The whole book as a JSON-ready dict."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": migrate.head()}
    lines: dict[int, list[dict]] = {}
    for r in conn.execute(select(LINES).order_by(LINES.c.visit_id, LINES.c.seq, LINES.c.id)):
        d = _row(r, LINES)
        d.pop("visit_id")
        lines.setdefault(r.visit_id, []).append(d)
    for name, table in SECTIONS.items():
        rows = []
        for r in conn.execute(select(table).order_by(table.c.id)):
            d = _row(r, table)
            if name == "visits":
                d["lines"] = lines.get(r.id, [])
                for derived in DERIVED_VISIT_COLUMNS:  # the ledger's carried usage: worked out again on import
                    d.pop(derived, None)
            rows.append(d)
        doc[name] = rows
    doc["meta"] = {r.key: r.value for r in conn.execute(select(META).order_by(META.c.key))}
    return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"

# ---- writing ----

def write(conn: Connection, rows: dict[str, list[dict]], replace: bool = False,
          progress: Callable[[int, int], None] | None = None) -> None:
    """Insert checked rows (ids kept) in the caller's transaction; with ``replace`` empty the book first."""
    if replace:
        conn.execute(delete(LINES))
        for table in reversed(list(SECTIONS.values())):
            conn.execute(delete(table))
        conn.execute(delete(META))
    order = [*SECTIONS.items(), ("lines", LINES), ("meta", META)]
    total = sum(len(rows.get(k, [])) for k, _ in order) or 1
    done = 0
    for name, table in order:
        batch = rows.get(name, [])
        for i in range(0, len(batch), 5000):
            conn.execute(insert(table), batch[i:i + 5000])
            done += len(batch[i:i + 5000])
            if progress:
                progress(done, total)
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:  # cannot happen after check(); refuse rather than commit a broken book
        raise ValueError(f"broken references after import: {bad[:3]}")
