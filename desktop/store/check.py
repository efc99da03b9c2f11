"""``familypool-cli check``: the whole book checked without changing a byte of it.

No write connection is opened, so nothing is checkpointed or recovered and no backup is made: the ``-wal`` is
verified by ``store/wal.py`` first, then SQLite reads the book through a read-only connection (``mode=ro``, or
``immutable`` when there is no ``-wal``) for ``integrity_check`` and ``foreign_key_check``. The lock is taken so
that no FamilyPool writes while the files are read; the lock file is the only file written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import backups, migrate, paths, restore, wal
from .database import inspect_file
from .errors import DamagedJournal, RestoreInterrupted, short
from .lock import BookLock


@dataclass(frozen=True)
class Checked:
    path: Path
    problems: list[str]  # empty when healthy; each one short line
    revision: str | None
    latest_good: Path | None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_book(data_dir: Path) -> Checked:
    """Check the book in ``data_dir``; raises the store's refusals (DamagedDatabase, DamagedJournal, NewerDatabase,
    BookInUse, RestoreInterrupted, Unsettled) without touching the book."""
    path = paths.db_path(data_dir)
    with BookLock.acquire(data_dir):
        if restore.interrupted(data_dir):
            raise RestoreInterrupted()
        damage = wal.check(path)
        if damage is not None:
            copy = wal.keep_copy(path)
            raise DamagedJournal(path, damage.changes, damage.last_change, copy, backups.latest_good(data_dir))
        inspect_file(path, recover=False)
        con = backups.inspect_connect(path)
        try:
            con.execute("PRAGMA query_only = ON")
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            revision = migrate.revision_of(con)
        except sqlite3.DatabaseError as e:
            rows, fk, revision = [str(e)], [], None
        finally:
            con.close()
    problems = [short(r) for r in rows if r != "ok"] + [f"foreign key: {tuple(r)}" for r in fk]
    return Checked(path, problems, revision, backups.latest_good(data_dir) if problems else None)
