"""The window's undo history: one QUndoStack entry per change a person made, named for it in the Edit menu.

The entries are records only: the history itself asks the book to undo or redo a step (through the
:class:`~desktop.ui.book_adapter.BookAdapter`, off the GUI thread while the window keeps painting and takes no
input) and moves the stack's index once the book has done it. A step the book refuses (its records were changed
since by something else) changes nothing; the history then starts afresh, since the steps around it may no
longer fit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.ui.book_adapter import DO, BookChange

# The book's write → the step's name, as the Edit menu shows it after "Undo" / "Redo".
STEP_NAMES = {
    "add_member": QT_TRANSLATE_NOOP("UndoHistory", "Add member"),
    "edit_member": QT_TRANSLATE_NOOP("UndoHistory", "Change member"),
    "remove_member": QT_TRANSLATE_NOOP("UndoHistory", "Remove member"),
    "end_coverage": QT_TRANSLATE_NOOP("UndoHistory", "End member's insurance"),
    "record_statement": QT_TRANSLATE_NOOP("UndoHistory", "Record balance"),
    "record_statements": QT_TRANSLATE_NOOP("UndoHistory", "Update balances"),
    "delete_statement": QT_TRANSLATE_NOOP("UndoHistory", "Delete balance"),
    "propose_binding": QT_TRANSLATE_NOOP("UndoHistory", "Add binding"),
    "activate_binding": QT_TRANSLATE_NOOP("UndoHistory", "Mark binding approved"),
    "mark_binding_pending": QT_TRANSLATE_NOOP("UndoHistory", "Mark binding sent"),
    "reject_binding": QT_TRANSLATE_NOOP("UndoHistory", "Mark binding not approved"),
    "terminate_binding": QT_TRANSLATE_NOOP("UndoHistory", "End binding"),
    "delete_binding": QT_TRANSLATE_NOOP("UndoHistory", "Delete binding"),
    "set_quota": QT_TRANSLATE_NOOP("UndoHistory", "Set quota"),
    "set_advice_quota": QT_TRANSLATE_NOOP("UndoHistory", "Set quota"),
    "end_quota": QT_TRANSLATE_NOOP("UndoHistory", "End quota"),
    "delete_quota": QT_TRANSLATE_NOOP("UndoHistory", "Delete quota"),
    "record_visit": QT_TRANSLATE_NOOP("UndoHistory", "Add visit"),
    "edit_visit": QT_TRANSLATE_NOOP("UndoHistory", "Change visit"),
    "delete_visit": QT_TRANSLATE_NOOP("UndoHistory", "Delete visit"),
    "create_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Add transfer"),
    "receive_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Mark transfer received"),
    "return_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Mark transfer returned"),
    "delete_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Delete transfer"),
    "record_transfer_plan": QT_TRANSLATE_NOOP("UndoHistory", "Plan wallet transfers"),
    "complete_planned_wallet_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Mark planned transfer sent"),
    "delete_planned_wallet_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Delete planned transfer"),
    "add_planned": QT_TRANSLATE_NOOP("UndoHistory", "Add planned cost"),
    "edit_planned": QT_TRANSLATE_NOOP("UndoHistory", "Change planned cost"),
    "remove_planned": QT_TRANSLATE_NOOP("UndoHistory", "Remove planned cost"),
    "plan_premium_payment": QT_TRANSLATE_NOOP("UndoHistory", "Plan premium payment"),
    "plan_advice_premium": QT_TRANSLATE_NOOP("UndoHistory", "Plan premium payment"),
    "delete_planned_premium": QT_TRANSLATE_NOOP("UndoHistory", "Remove planned premium"),
    "save_projection_plan": QT_TRANSLATE_NOOP("UndoHistory", "Change projection plan"),
    "set_wallet_position": QT_TRANSLATE_NOOP("UndoHistory", "Change order of payment"),
    "set_local_rules": QT_TRANSLATE_NOOP("UndoHistory", "Change which rules apply"),
    "plan_advice_transfer": QT_TRANSLATE_NOOP("UndoHistory", "Plan savings-plan transfer"),
    "set_sharing_model": QT_TRANSLATE_NOOP("UndoHistory", "Change how the wallet is shared"),
    "set_stale_days": QT_TRANSLATE_NOOP("UndoHistory", "Change when balances count as old"),
    "load_policy_file": QT_TRANSLATE_NOOP("UndoHistory", "Load policy file"),
    "remove_policy_file": QT_TRANSLATE_NOOP("UndoHistory", "Remove policy file"),
}


def step_name(op: str) -> str:
    return QCoreApplication.translate("UndoHistory", STEP_NAMES[op])


class StepEntry(QUndoCommand):
    """One step on the stack (the book has already made it when it is pushed)."""

    def __init__(self, step: Any) -> None:
        super().__init__(step_name(step.op))
        self.step = step

    def undo(self) -> None:  # done by UndoHistory.undo before the index moves
        pass

    def redo(self) -> None:  # done by the write itself, or by UndoHistory.redo
        pass


class UndoHistory(QObject):
    refused = Signal(str)  # why a step could not be undone or redone, in the UI language
    moved = Signal(str)  # "Undone: Delete visit" / "Redone: …", for the status bar

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.book: Any = None

    def follow(self, adapter: Any) -> None:
        """Keep the steps of ``adapter``'s writes (a new book: the history starts afresh)."""
        self.stack.clear()
        self.book = adapter
        adapter.changed.connect(self.on_change)

    def on_change(self, change: BookChange) -> None:
        if change.ends_history:
            self.stack.clear()
        elif change.how == DO and change.step is not None:
            self.stack.push(StepEntry(change.step))

    def entry(self, index: int) -> StepEntry:
        command = self.stack.command(index)
        assert isinstance(command, StepEntry)
        return command

    def undo(self) -> bool:
        if not self.stack.canUndo() or self.book is None:
            return False
        return self._move(self.entry(self.stack.index() - 1), self.book.undo, self.stack.undo, self.tr("Undone: %1"))

    def redo(self) -> bool:
        if not self.stack.canRedo() or self.book is None:
            return False
        return self._move(self.entry(self.stack.index()), self.book.redo, self.stack.redo, self.tr("Redone: %1"))

    def _move(self, entry: StepEntry, book_move: Any, stack_move: Any, said: str) -> bool:
        from desktop.book import Refused
        from desktop.ui import reasons
        from desktop.ui.book_worker import run_in_background
        from desktop.ui.write_failure import WRITE_FAILURES, failure_text

        try:  # a step may re-settle many visits: off the GUI thread, as the writes themselves are
            run_in_background(self.window, lambda: book_move(entry.step))
        except Refused as e:
            self.stack.clear()
            self.refused.emit(reasons.plain(e.reasons))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing changed, the step stays
            self.refused.emit(failure_text(e))
            return False
        stack_move()
        self.moved.emit(said.replace("%1", entry.text()))
        return True

    def retranslate(self) -> None:
        """The steps' names in the language just chosen."""
        for i in range(self.stack.count()):
            entry = self.entry(i)
            entry.setText(step_name(entry.step.op))
