"""What every command shares: the one-line failure, the data folder, opening the book and running a
book command with its refusals turned into exit code 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop.core import policy

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def fail(message: str) -> int:
    from desktop.core.idnumber import mask_in

    print(f"familypool-cli: {mask_in(message)}", file=sys.stderr)  # a quoted value is never an ID in full
    return 1


def _registry(args: argparse.Namespace) -> policy.Registry:
    """The packs in use: bundled, with the policy files loaded into the data folder (pack-import) in place."""
    from desktop.book import registry_for

    return registry_for(_data_dir(args))


class _Failed(Exception):
    """A command failed with a one-line reason."""


def _data_dir(args: argparse.Namespace):
    from desktop.book import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _open(args: argparse.Namespace):
    """Open the book; a damaged or newer file becomes a one-line reason (with the backup to restore)."""
    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    try:
        return FamilyBook.open(_data_dir(args), drop_damaged_changes=getattr(args, "drop_damaged_changes", False))
    except StoreError as e:
        raise _Failed(_refused_open(e)) from e
    except OSError as e:
        raise _Failed(f"cannot open the data folder {_data_dir(args)}: {e.strerror or e}") from e


def _refused_open(e) -> str:
    """The one line for a book that cannot be opened or checked, with what to run next."""
    from desktop.store.errors import DamagedDatabase, DamagedJournal

    backup = getattr(e, "backup", None)
    hint = ""
    if isinstance(e, DamagedJournal):
        hint = (" Run 'familypool-cli restore' to restore that backup, or" if backup is not None else " Run") + \
            " 'familypool-cli drop-damaged-changes' to open the book without those changes."
    elif isinstance(e, DamagedDatabase) and backup is not None:
        hint = f" Run 'familypool-cli restore' to restore {backup.name}."
    return e.en + hint


def _refusal(e: Exception) -> str:
    reasons = getattr(e, "reasons", None) or getattr(e, "problems", None)
    if reasons:
        first = reasons[0].text("en")
        more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
        return first + more
    return str(e)


def _no_book(args: argparse.Namespace) -> str | None:
    """The reason a command that only reads the book cannot run: there is no book (it must not make one)."""
    from desktop.store import paths

    data_dir = _data_dir(args)
    if paths.db_path(data_dir).exists():
        return None
    return f"no book in {data_dir}; run 'familypool-cli init' first"


def _run_book(fn: Callable[..., int], needs_book: bool = False) -> Command:
    def run(args: argparse.Namespace) -> int:
        if needs_book and (missing := _no_book(args)):
            return fail(missing)
        from desktop.book import ImportRefused, Refused
        from desktop.store.errors import StoreError

        try:
            book = _open(args)
        except _Failed as e:
            return fail(str(e))
        try:
            return fn(book, args)
        except ImportRefused as e:
            for p in e.problems:
                print(p.text("en"))
            return fail(f"nothing imported: {len(e.problems)} problem(s); first: {e.problems[0].text('en')}")
        except Refused as e:
            return fail(_refusal(e))
        except _Failed as e:
            return fail(str(e))
        except StoreError as e:  # e.g. the disk filled up during the command: nothing of it was kept
            return fail(e.en)
        except OSError as e:
            return fail(f"{getattr(e, 'filename', '') or ''}: {e.strerror or e}".lstrip(": "))
        finally:
            book.close()

    return run
