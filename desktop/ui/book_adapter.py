"""The book as the window's pages use it: every write goes through here and is announced once.

:class:`BookAdapter` stands for the open FamilyBook: reads pass straight through; each write a person makes
(the book's ``FOOTPRINTS``) is run with :meth:`FamilyBook.undoable`, so its step can be undone, and every
write — undoable or not, undo and redo included — is followed by one :attr:`BookAdapter.changed` signal
carrying a :class:`BookChange`. Pages refresh from that signal (through the main window), and the undo history
keeps the steps. A write run on a worker thread (an import) announces itself the same way; Qt delivers the
signal on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

DO, UNDO, REDO, OTHER = "do", "undo", "redo", "other"
ALL_TABLES = frozenset({"members", "statements", "bindings", "quotas", "visits", "allocation_lines", "wallet_transfers",
                        "planned_expenses", "planned_premiums", "guide_progress", "app_meta"})
# Writes that cannot be undone step by step: they replace or add many rows, so the undo history starts afresh.
HISTORY_ENDING = {"import_json": ALL_TABLES, "import_visits_csv": frozenset({"visits", "allocation_lines"})}
# Writes outside the undo history (the guide's progress, book-wide settings): announced, not kept as steps.
UNKEPT = {"save_guide": frozenset({"guide_progress"}), "delete_guide": frozenset({"guide_progress"}),
          "set_meta": frozenset({"app_meta"}), "set_sharing_model": frozenset({"app_meta"})}


@dataclass(frozen=True)
class BookChange:
    """What a write changed: the book method (``op``), the tables, how it came (do, undo, redo, other), the
    undoable step it made (for ``do``), and whether the undo history has to start afresh."""

    op: str
    tables: frozenset[str]
    how: str = DO
    step: Any = None
    ends_history: bool = False


class BookAdapter(QObject):
    changed = Signal(object)  # BookChange, after every write

    def __init__(self, book: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from desktop.book.undo import FOOTPRINTS

        self._book = book
        self._undoable = frozenset(FOOTPRINTS)

    @property
    def book(self) -> Any:
        """The FamilyBook itself."""
        return self._book

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_book", "_undoable"):
            raise AttributeError(name)
        attr = getattr(self._book, name)
        if name in self._undoable:
            return self._undoable_write(name)
        if name in HISTORY_ENDING or name in UNKEPT:
            return self._plain_write(name, attr)
        return attr

    def _undoable_write(self, op: str) -> Callable[..., Any]:
        def write(*args: Any, **kwargs: Any) -> Any:
            result, step = self._book.undoable(op, *args, **kwargs)
            if step is not None:
                self.changed.emit(BookChange(op, step.tables | _derived(step.tables), DO, step))
            return result
        write.__name__ = op
        return write

    def _plain_write(self, op: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def write(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)  # each write is one transaction: when it raises, nothing changed
            ending = op in HISTORY_ENDING
            self.changed.emit(BookChange(op, HISTORY_ENDING[op] if ending else UNKEPT[op], OTHER,
                                         ends_history=ending))
            return result
        write.__name__ = op
        return write

    def undo(self, step: Any) -> None:
        """Put the step's rows back as before it (raises the book's Refused, having written nothing)."""
        self._book.undo(step)
        self.changed.emit(BookChange(step.op, step.tables | _derived(step.tables), UNDO, step))

    def redo(self, step: Any) -> None:
        self._book.redo(step)
        self.changed.emit(BookChange(step.op, step.tables | _derived(step.tables), REDO, step))


def _derived(tables: frozenset[str]) -> frozenset[str]:
    """A change to anything the ledger reads re-settles visits: their payer lines may move too."""
    return (frozenset({"visits", "allocation_lines"}) if tables - {"planned_expenses", "planned_premiums", "guide_progress"}
            else frozenset())
