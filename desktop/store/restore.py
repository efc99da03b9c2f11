"""Putting a backup in place of the book, atomically: afterwards the book is either untouched or wholly the backup.

1. The book as it is now is kept: a healthy one as a ``before-restore`` backup (rotation spares the backup being
   restored); a damaged one, one whose ``-wal`` is damaged, or one from a newer FamilyPool is copied aside byte for
   byte, ``-wal`` included. Nothing of the book itself is changed yet.
2. The chosen backup is copied to ``familypool.sqlite.restoring`` (set to WAL, synced; it appears whole or not at
   all: ``backups._copy``). Its appearance is the point of no return.
3. The book's ``-wal``/``-shm``/``-journal`` are removed and ``.restoring`` replaces the book in one rename.

A kill during 1 or 2 leaves the book untouched; a half-made ``.restoring.part`` is removed at the next start. A kill
during 3 leaves ``.restoring`` whole, and the next start (any open, or the next restore) finishes step 3 — the
book as it was is safe in step 1's copy. Everything here runs under the book's lock (``store/lock.py``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from . import backups, migrate, paths, wal
from .errors import NoBackup, RestoreFailed
from .lock import BookLock, write_failure

READY = ".restoring"
LEFTOVERS = (".restoring.part", ".restoring.part-journal", ".restoring.part-wal", ".restoring.part-shm",
             ".restoring-wal", ".restoring-shm", ".restoring-journal")


def ready_file(db: Path) -> Path:
    return db.with_name(db.name + READY)


def interrupted(data_dir: Path) -> bool:
    """Whether a restore was cut short here (its files are left beside the book)."""
    db = paths.db_path(data_dir)
    return any(db.with_name(db.name + s).exists() for s in (READY, *LEFTOVERS))


def settle(data_dir: Path) -> None:
    """Finish (``.restoring`` is whole) or undo (only a half copy) a restore cut short. Hold the lock."""
    db = paths.db_path(data_dir)
    for s in LEFTOVERS:
        db.with_name(db.name + s).unlink(missing_ok=True)
    if ready_file(db).exists():
        _swap(db)


def _swap(db: Path) -> None:
    for side in backups._sidecars(db):
        side.unlink(missing_ok=True)  # the book as it was is kept (step 1): its -wal must not meet the new file
    os.replace(ready_file(db), db)
    paths.restrict(db)
    backups.sync_dir(db.parent)


def restore(data_dir: Path, backup: Path | None = None) -> backups.Restored:
    """Put ``backup`` (default: the latest good one) in place of the book. The book must be closed.

    Refused with ``BookInUse`` while another FamilyPool has the book open; a failure part-way (a full disk, an
    unreadable file) raises :class:`RestoreFailed` or ``FolderNotWritable`` with the book untouched.
    """
    paths.check_data_dir(Path(data_dir))  # NotADataFolder: never write a book into a foreign or shared folder
    if not Path(data_dir).is_dir():
        return _restore(Path(data_dir), backup)  # no book, nothing to lock: NoBackup unless one is named
    with BookLock.acquire(Path(data_dir)):
        try:
            return _restore(Path(data_dir), backup)
        except (sqlite3.Error, OSError) as e:
            raise write_failure(e, Path(data_dir)) or RestoreFailed(str(e)) from e


def _restore(data_dir: Path, backup: Path | None) -> backups.Restored:
    db = paths.db_path(data_dir)
    if data_dir.is_dir():
        settle(data_dir)
    src = Path(backup) if backup else backups.latest_good(data_dir)
    if src is None or not src.exists() or not backups.is_good(src):
        raise NoBackup()
    previous, damaged = None, False
    if db.exists():
        state = _state(db)
        if state == "good":
            previous = backups.make_backup(data_dir, "before-restore", src=db, protect=(src,))
        else:
            previous, damaged = backups.keep_aside(db, state), state == "damaged"
    backups._copy(src, ready_file(db), journal_mode="WAL")
    _swap(db)
    return backups.Restored(src, previous, damaged)


def _state(db: Path) -> str:
    """``good`` (back it up), ``newer`` (a newer FamilyPool's: kept aside, never a backup) or ``damaged``."""
    if wal.check(db) is not None:
        return "damaged"  # its -wal would lose changes when read: keep the pair as it is
    if backups.is_good(db):
        return "good"
    try:
        con = backups.ro_connect(db)
        try:
            rev = migrate.revision_of(con)
        finally:
            con.close()
    except sqlite3.Error:
        return "damaged"
    return "newer" if rev is not None and rev not in migrate.known_revisions() else "damaged"
