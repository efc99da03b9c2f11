"""Keeping the book safe: ``check``, ``drop-damaged-changes``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse

from .runner import _data_dir, _no_book, _refused_open, fail


def cmd_check(args: argparse.Namespace) -> int:
    """Read-only: no checkpoint, no backup, not a byte of the book changed (desktop/store/check.py)."""
    if missing := _no_book(args):
        return fail(missing)
    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    try:
        done = FamilyBook.check(_data_dir(args))
    except StoreError as e:
        return fail(_refused_open(e))
    except OSError as e:
        return fail(f"cannot read the data folder {_data_dir(args)}: {e.strerror or e}")
    if not done.ok:
        more = f" (and {len(done.problems) - 1} more)" if len(done.problems) > 1 else ""
        return fail(f"integrity check failed: {done.problems[0]}{more}"
                    + (f"; the latest good backup is {done.latest_good.name}" if done.latest_good else ""))
    print(f"ok: {done.path} passes the integrity and foreign-key checks (schema {done.revision})")
    return 0


def cmd_drop_damaged_changes(book, args: argparse.Namespace) -> int:
    print(f"book open: {book.path}; changes its damaged -wal held were left out (the copy kept beside it has them)")
    return 0


def cmd_backup(book, args: argparse.Namespace) -> int:
    print(f"backup written: {book.backup('manual')}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    data_dir = _data_dir(args)
    chosen = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists():
            candidate = data_dir / "backups" / args.backup
            if candidate.exists():
                chosen = candidate
            else:
                return fail(f"no backup {args.backup}")
    try:
        done = FamilyBook.restore(data_dir, chosen)
    except StoreError as e:
        return fail(e.en)
    where = ""
    if done.previous is not None:
        where = (f"; the damaged book was kept as {done.previous.name}" if done.previous_was_damaged
                 else f"; the book before restoring is backed up as {done.previous.name}")
    print(f"restored {done.source.name}{where}")
    return 0
