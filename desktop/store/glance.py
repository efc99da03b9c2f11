"""A read-only look at a book through ``sqlite3`` alone: what the Home page's figures need, without SQLAlchemy.

Importing SQLAlchemy and the models costs about three times a bare Qt window, so the window reads the Home
figures this way first and opens the book (the ORM, migrations, the daily backup, the lock) on the next turn.
It never writes: the connection is ``mode=ro`` (``immutable`` when there is no ``-wal``), and any doubt — no
file, an empty one, a revision other than this app's head, a damaged file, a busy one — gives ``None``,
leaving every message to the real open. Rows come back as plain namespaces with dates and times parsed the
way the models store them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from . import backups, migrate, paths, restore, wal
from .ledger_sql import LOCAL_RULES_KEY, local_rules_of, statement_rows

WALLET_POSITION_KEY = "payment.wallet_position"  # as desktop.store.ledger.WALLET_POSITION_KEY
STALE_DAYS_KEY = "balances.stale_days"  # as desktop.book.constants.STALE_DAYS_KEY (the store may not import it)

_DATES = {"birth_date", "status_date", "wallet_opened_on", "coverage_end_on", "enrolled_on", "start_date", "end_date", "terminated_on", "on_date"}
_TIMES = {"registered_at", "requested_at", "received_at", "returned_at", "created_at", "set_at", "ended_at"}
_TIMES_OF_DAY = {"on_time"}


def _value(name: str, v):
    if v is None:
        return None
    if name in _DATES:
        return dt.date.fromisoformat(v)
    if name in _TIMES:
        return dt.datetime.fromisoformat(v)
    if name in _TIMES_OF_DAY:
        return dt.time.fromisoformat(v)
    return v


def _rows(con: sqlite3.Connection, sql: str, params: tuple = ()) -> list[SimpleNamespace]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [SimpleNamespace(**{n: _value(n, v) for n, v in zip(names, row, strict=True)}) for row in cur]


class Glance:
    """The rows of a book at one moment (members, bindings, statements, transfers); ``run`` answers the
    ledger's SQL (``store.ledger_sql``) on the same snapshot."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self.members = _rows(con, "SELECT * FROM members ORDER BY id")
        self.bindings = _rows(con, "SELECT * FROM bindings ORDER BY id")
        self.statements = statement_rows(_rows(con, "SELECT * FROM statements ORDER BY on_date, id"))
        self.transfers = _rows(con, "SELECT * FROM wallet_transfers ORDER BY id")
        self.quotas = _rows(con, "SELECT * FROM quotas ORDER BY id")
        row = con.execute("SELECT value FROM app_meta WHERE key = ?", (WALLET_POSITION_KEY,)).fetchone()
        self.wallet_position = row[0] if row else None
        row = con.execute("SELECT value FROM app_meta WHERE key = ?", (STALE_DAYS_KEY,)).fetchone()
        self.stale_days = row[0] if row else None
        row = con.execute("SELECT value FROM app_meta WHERE key = ?", (LOCAL_RULES_KEY,)).fetchone()
        self.local_rules = local_rules_of(row[0] if row else None)

    def run(self, sql: str, params: tuple) -> sqlite3.Cursor:
        return self._con.execute(sql, params)

    def close(self) -> None:
        self._con.close()


def open_glance(data_dir: Path) -> Glance | None:
    """The book in ``data_dir`` for reading, or None when it should be left to the real open."""
    path = paths.db_path(Path(data_dir))
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        if restore.interrupted(Path(data_dir)) or wal.check(path) is not None:
            return None  # a restore cut short, a damaged -wal: the real open settles or refuses them
        con = backups.inspect_connect(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        con.execute("PRAGMA query_only = ON")
        if migrate.revision_of(con) != migrate.head():
            con.close()
            return None
        con.execute("BEGIN")  # one snapshot for every read below
        return Glance(con)
    except (sqlite3.Error, ValueError, TypeError, RuntimeError):
        con.close()
        return None
