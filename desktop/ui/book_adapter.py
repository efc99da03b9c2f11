"""The book as the window's pages use it: every write goes through here and is announced once.

:class:`BookAdapter` stands for the open FamilyBook: reads pass straight through; each write a person makes
(the book's ``desktop.book.undo.FOOTPRINTS``) is run with :meth:`FamilyBook.undoable`, so its step can be
undone, and every write — undoable or not, undo and redo included — is followed by one
:attr:`BookAdapter.changed` signal carrying a :class:`BookChange`: what the write changed, from this module's
:data:`FOOTPRINTS`. The main window refreshes only the pages whose ``SHOWS`` meet it, and the undo history keeps
the steps. A write run on a worker thread (an import, a policy file) announces itself the same way; Qt delivers
the signal on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal

DO, UNDO, REDO, OTHER = "do", "undo", "redo", "other"
# What a write changes, by name: the tables it writes, and the book-wide settings it sets (app meta keys and the
# policy files, named for what they are). ``FIGURES`` stands for what the ledger works out (balances, payer
# lines, fund estimates): it moves whenever something the ledger reads changes (:data:`LEDGER_READS`).
FIGURES = "figures"
SETTINGS = frozenset({"stale_days", "sharing_model", "projection_plan", "wallet_position", "local_rules",
                      "policy_files", "app_meta"})
ALL_TABLES = frozenset({"members", "statements", "bindings", "quotas", "visits", "allocation_lines", "wallet_transfers",
                        "planned_wallet_transfers", "planned_expenses", "planned_premiums",
                        "guide_progress", FIGURES}) | SETTINGS
LEDGER_READS = frozenset({"members", "statements", "bindings", "quotas", "visits", "wallet_transfers",
                          "wallet_position", "local_rules", "policy_files"})
_MEMBER = frozenset({"members", "bindings", "quotas"})  # a member's insurance ending ends their bindings and quotas
_BINDING = frozenset({"bindings", "guide_progress"})  # deleting a binding clears the guides that point at it
_TRANSFER = frozenset({"wallet_transfers"})
# Every write the window makes through the book, and what it changes (tests/ui/test_book_footprints.py holds
# every public write method of the book to being listed here).
FOOTPRINTS: dict[str, frozenset[str]] = {
    "add_member": frozenset({"members"}), "edit_member": _MEMBER, "remove_member": _MEMBER,
    "end_coverage": _MEMBER,
    "record_statement": frozenset({"statements"}), "record_statements": frozenset({"statements"}),
    "delete_statement": frozenset({"statements"}),
    **dict.fromkeys(("propose_binding", "activate_binding", "mark_binding_pending", "reject_binding",
                     "terminate_binding", "delete_binding"), _BINDING),
    **dict.fromkeys(("set_quota", "set_advice_quota", "end_quota", "delete_quota"), frozenset({"quotas"})),
    **dict.fromkeys(("record_visit", "edit_visit", "delete_visit"), frozenset({"visits"})),
    "create_transfer": _TRANSFER, "return_transfer": _TRANSFER,
    "receive_transfer": _TRANSFER | {"members"},  # receiving may mark the wallet as opened (F-N4)
    "delete_transfer": _TRANSFER | {"planned_wallet_transfers"},  # the planned one it was for is planned again
    "record_transfer_plan": frozenset({"planned_wallet_transfers"}),
    "complete_planned_wallet_transfer": frozenset({"planned_wallet_transfers", "wallet_transfers"}),
    "delete_planned_wallet_transfer": frozenset({"planned_wallet_transfers"}),
    **dict.fromkeys(("add_planned", "edit_planned", "remove_planned"), frozenset({"planned_expenses"})),
    **dict.fromkeys(("plan_premium_payment", "plan_advice_premium", "delete_planned_premium"),
                    frozenset({"planned_premiums"})),
    "save_projection_plan": frozenset({"projection_plan"}), "plan_advice_transfer": frozenset({"projection_plan"}),
    "set_wallet_position": frozenset({"wallet_position"}), "set_local_rules": frozenset({"local_rules"}),
    "set_sharing_model": frozenset({"sharing_model"}), "set_stale_days": frozenset({"stale_days"}),
    "load_policy_file": frozenset({"policy_files"}), "remove_policy_file": frozenset({"policy_files"}),
    # outside the undo history: announced, not kept as steps
    "save_guide": frozenset({"guide_progress"}), "delete_guide": frozenset({"guide_progress"}),
    "draft_advice_guide": frozenset({"guide_progress"}), "set_meta": frozenset({"app_meta"}),
    # these replace or add many rows, so the undo history starts afresh
    "import_json": ALL_TABLES, "import_visits_csv": frozenset({"visits"}),
}
HISTORY_ENDING = frozenset({"import_json", "import_visits_csv"})
UNKEPT = frozenset({"save_guide", "delete_guide", "draft_advice_guide", "set_meta"})


def touched(op: str) -> frozenset[str]:
    """What the write ``op`` changes, with the ledger's figures when it changes something the ledger reads."""
    what = FOOTPRINTS[op]
    return what | ({"visits", "allocation_lines", FIGURES} if what & LEDGER_READS else frozenset())


class BookChange(NamedTuple):
    """What a write changed: the book method (``op``), the tables, how it came (do, undo, redo, other), the
    undoable step it made (for ``do``), and whether the undo history has to start afresh. (A named tuple, not a
    dataclass: the window imports this module before it is up, and ``dataclasses`` costs ~4 ms there.)"""

    op: str
    tables: frozenset[str]
    how: str = DO
    step: Any = None
    ends_history: bool = False


class BookAdapter(QObject):
    changed = Signal(object)  # BookChange, after every write

    def __init__(self, book: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from desktop.book.undo import FOOTPRINTS as STEPS

        self._book = book
        self._undoable = frozenset(STEPS)

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
                self.changed.emit(BookChange(op, touched(op), DO, step))
            return result
        write.__name__ = op
        return write

    def _plain_write(self, op: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def write(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)  # each write is one transaction: when it raises, nothing changed
            ending = op in HISTORY_ENDING
            self.changed.emit(BookChange(op, touched(op), OTHER, ends_history=ending))
            return result
        write.__name__ = op
        return write

    def undo(self, step: Any) -> None:
        """Put the step's rows back as before it (raises the book's Refused, having written nothing)."""
        self._book.undo(step)
        self.changed.emit(BookChange(step.op, touched(step.op), UNDO, step))

    def redo(self, step: Any) -> None:
        self._book.redo(step)
        self.changed.emit(BookChange(step.op, touched(step.op), REDO, step))

