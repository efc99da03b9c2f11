"""Undo and redo of the family's changes: each step is the rows one write changed, as they were before and after.

:meth:`UndoMixin.undoable` runs one write and reads the rows it may touch before and after it (the family's
own columns; what the ledger works out from them — a visit's fund estimate and year usage, the payer lines —
is settled again, never copied). :meth:`UndoMixin.undo` puts the rows back as they were before, and
:meth:`UndoMixin.redo` as they were after: in one transaction, with the same ids (so bindings keep their
registration order and every reference still holds), and the ledger re-settled from the earliest moment the
step touches, the way the write itself re-settled it. A step whose rows were changed since by something else
is refused, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from desktop.book.base import BookBase
from desktop.book.constants import PROJECTION_PLAN_KEY, STALE_DAYS_KEY
from desktop.book.views import Refused, _problem

Values = tuple[tuple[str, Any], ...]
# Policy files a family loaded (the data folder's packs/, not a table): a step keeps each file's bytes by name.
FILES = "policy_files"
Key = int | str


@dataclass(frozen=True, slots=True)
class Image:
    """One row of a table as a step saw it: ``values`` None when there was no such row."""

    table: str
    key: Key
    values: Values | None

    def get(self) -> dict[str, Any] | None:
        return None if self.values is None else dict(self.values)


@dataclass(frozen=True, slots=True)
class Step:
    """One change the family made (``op`` is the book's method), undone and redone as a whole."""

    op: str
    before: tuple[Image, ...]
    after: tuple[Image, ...]

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(i.table for i in self.before + self.after)


# The tables a step may change, parents first (rows are put back in this order and taken out in the reverse),
# with the columns a step keeps: None for every column of the table except those the ledger works out.
_DERIVED = {"visits": frozenset({"fund_estimated_fen", "usage_group", "deductible_used_fen"})}
_PARTIAL = {"guide_progress": ("binding_id",), "app_meta": ("value",)}
ORDER = ("members", "quotas", "bindings", "statements", "visits", "wallet_transfers", "planned_wallet_transfers",
         "planned_expenses", "planned_premiums", "guide_progress", "app_meta")
_MONEY_FIELDS = ("region_code", "insurance", "employment", "status", "status_date", "birth_date",  # as edit_member
                 "coverage_end_on", "coverage_end_kind", "region_before", "enrolled_on", "enrolled_in_collection",
                 "enrolment_gap_years")

Args = dict[str, Any]
Footprint = Callable[[Any, Args], tuple[list[tuple[str, Key]], tuple[str, ...]]]


def _rows(table: str, name: str) -> Footprint:
    return lambda _conn, a: ([(table, a[name])], ())


def _grows(table: str) -> Footprint:
    return lambda _conn, _a: ([], (table,))


def _binding_and_guides(conn: Any, a: Args) -> tuple[list[tuple[str, Key]], tuple[str, ...]]:
    """Deleting a binding clears the guides that point at it (ON DELETE SET NULL): they are part of the step."""
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM guide_progress WHERE binding_id = ?",
                                              (a["binding_id"],))]
    return [("bindings", a["binding_id"]), *(("guide_progress", i) for i in ids)], ()


def _transfer_and_recipient(conn: Any, a: Args) -> tuple[list[tuple[str, Key]], tuple[str, ...]]:
    """Receiving a transfer may mark the recipient's wallet as opened (F-N4)."""
    row = conn.exec_driver_sql("SELECT to_id FROM wallet_transfers WHERE id = ?", (a["transfer_id"],)).first()
    keys: list[tuple[str, Key]] = [("wallet_transfers", a["transfer_id"])]
    return (keys + [("members", row[0])] if row is not None else keys), ()


def _transfer_and_plans(conn: Any, a: Args) -> tuple[list[tuple[str, Key]], tuple[str, ...]]:
    """Deleting a transfer makes the planned transfer it was recorded for planned again (ON DELETE SET NULL)."""
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM planned_wallet_transfers WHERE transfer_id = ?",
                                              (a["transfer_id"],))]
    return [("wallet_transfers", a["transfer_id"]), *(("planned_wallet_transfers", i) for i in ids)], ()


def _meta(key: Callable[[], str]) -> Footprint:
    return lambda _conn, _a: ([("app_meta", key())], ())


# Every write a person makes from the window, and the rows it may touch (existing rows; tables it adds rows to).
FOOTPRINTS: dict[str, Footprint] = {
    "add_member": _grows("members"),
    "edit_member": _rows("members", "member_id"),
    "remove_member": _rows("members", "member_id"),
    "end_coverage": _rows("members", "member_id"),
    "record_statement": _grows("statements"),
    "record_statements": _grows("statements"),
    "delete_statement": _rows("statements", "statement_id"),
    "propose_binding": _grows("bindings"),
    "activate_binding": _rows("bindings", "binding_id"),
    "mark_binding_pending": _rows("bindings", "binding_id"),
    "reject_binding": _rows("bindings", "binding_id"),
    "terminate_binding": _rows("bindings", "binding_id"),
    "delete_binding": _binding_and_guides,
    "set_quota": _grows("quotas"),
    "set_advice_quota": _grows("quotas"),
    "end_quota": _rows("quotas", "quota_id"),
    "delete_quota": _rows("quotas", "quota_id"),
    "record_visit": _grows("visits"),
    "edit_visit": _rows("visits", "visit_id"),
    "delete_visit": _rows("visits", "visit_id"),
    "create_transfer": _grows("wallet_transfers"),
    "receive_transfer": _transfer_and_recipient,
    "return_transfer": _rows("wallet_transfers", "transfer_id"),
    "delete_transfer": _transfer_and_plans,
    "record_transfer_plan": _grows("planned_wallet_transfers"),
    "complete_planned_wallet_transfer": lambda _conn, a: ([("planned_wallet_transfers", a["planned_id"])],
                                                          ("wallet_transfers",)),
    "delete_planned_wallet_transfer": _rows("planned_wallet_transfers", "planned_id"),
    "add_planned": _grows("planned_expenses"),
    "edit_planned": _rows("planned_expenses", "planned_id"),
    "remove_planned": _rows("planned_expenses", "planned_id"),
    "plan_premium_payment": _grows("planned_premiums"),
    "plan_advice_premium": _grows("planned_premiums"),
    "delete_planned_premium": _rows("planned_premiums", "planned_id"),
    "save_projection_plan": _meta(lambda: PROJECTION_PLAN_KEY),
    "plan_advice_transfer": _meta(lambda: PROJECTION_PLAN_KEY),
    "set_wallet_position": _meta(lambda: _wallet_position_key()),
    "set_local_rules": _meta(lambda: _local_rules_key()),
    "set_sharing_model": _meta(lambda: _sharing_model_key()),
    "set_stale_days": _meta(lambda: STALE_DAYS_KEY),
    "load_policy_file": lambda _conn, a: ([(FILES, a["preview"].name)], ()),
    "remove_policy_file": lambda _conn, a: ([(FILES, Path(a["name"]).name)], ()),
}


def _wallet_position_key() -> str:
    from desktop.store.ledger import WALLET_POSITION_KEY

    return WALLET_POSITION_KEY


def _sharing_model_key() -> str:
    from desktop.store.ledger import SHARING_MODEL_KEY

    return SHARING_MODEL_KEY


def _local_rules_key() -> str:
    from desktop.store.ledger_sql import LOCAL_RULES_KEY

    return LOCAL_RULES_KEY


def _table(name: str) -> Any:
    from desktop.store import models
    from desktop.store.tables import table_of

    return table_of(next(m for m in models.TABLES if table_of(m).name == name))


def _key_column(table: Any) -> Any:
    return table.c.key if table.name == "app_meta" else table.c.id


def _columns(table: Any) -> list[str]:
    partial = _PARTIAL.get(table.name)
    if partial is not None:
        return list(partial)
    derived = _DERIVED.get(table.name, frozenset())
    return [c.name for c in table.columns if c.name not in derived]


def _read(conn: Any, name: str, key: Key) -> Values | None:
    t = _table(name)
    cols = _columns(t)
    row = conn.execute(t.select().with_only_columns(*(t.c[c] for c in cols)).where(_key_column(t) == key)).first()
    return None if row is None else tuple(zip(cols, tuple(row), strict=True))


def _new_keys(conn: Any, name: str, after: int) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {name} WHERE id > ? ORDER BY id", (after,))]


def _top(conn: Any, name: str) -> int:
    return int(conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {name}").scalar_one())


class UndoMixin(BookBase):
    """Undoable writes: :meth:`undoable` (do and keep the step), :meth:`undo`, :meth:`redo`."""

    def undoable(self, op: str, *args: Any, **kwargs: Any) -> tuple[Any, Step | None]:
        """Run the write ``op`` (a name in :data:`FOOTPRINTS`) and return its result with the step it made
        (None when it changed nothing). Raises what the write raises, having written nothing."""
        method = getattr(self, op)
        footprint = FOOTPRINTS[op]
        bound = inspect.signature(method).bind(*args, **kwargs)
        with self.db.connection() as conn:
            keys, grows = footprint(conn, dict(bound.arguments))
            tops = {name: _top(conn, name) for name in grows}
            before = {k: self._image(conn, *k) for k in keys}
        result = method(*args, **kwargs)
        with self.db.connection() as conn:
            for name, top in tops.items():
                for key in _new_keys(conn, name, top):
                    before[(name, key)] = None
            after = {k: self._image(conn, *k) for k in before}
        changed = [k for k in before if before[k] != after[k]]
        if not changed:
            return result, None
        return result, Step(op, tuple(Image(t, k, before[(t, k)]) for t, k in changed),
                            tuple(Image(t, k, after[(t, k)]) for t, k in changed))

    def undo(self, step: Step) -> None:
        """Put the step's rows back as they were before it (one transaction; the ledger re-settled)."""
        self._put(step.before, expected=step.after)

    def redo(self, step: Step) -> None:
        """Make the step again after :meth:`undo`: its rows as they were after it."""
        self._put(step.after, expected=step.before)

    def _image(self, conn: Any, table: str, key: Key) -> Values | None:
        if table == FILES:
            from desktop.store import user_packs

            path = user_packs.folder(self.data_dir) / str(key)
            return (("data", path.read_bytes()),) if path.is_file() else None
        return _read(conn, table, key)

    def _put(self, target: Iterable[Image], expected: Iterable[Image]) -> None:
        from sqlalchemy.exc import IntegrityError

        target, expected = tuple(target), tuple(expected)
        files = [i for i in target if i.table == FILES]
        rows = tuple(i for i in target if i.table != FILES)
        put_back: Callable[[], None] | None = None
        try:
            with self.db.session(write=True) as s:
                conn = s.connection()
                if any(self._image(conn, i.table, i.key) != i.values for i in expected):
                    raise Refused([_problem("undo_stale")])
                was = {(i.table, i.key): i.get() for i in expected}
                settle = _Settle(self, conn)
                if files:  # other rules: every visit is settled again under them, as loading a file does
                    put_back = self._put_files(files, was)
                    settle.full = True
                self._put_rows(conn, rows, was, settle)
        except BaseException as e:
            if put_back is not None:  # the rows did not change: neither do the files
                put_back()
            if isinstance(e, IntegrityError):  # a row something else made since still refers to one taken out
                raise Refused([_problem("undo_stale")]) from None
            raise

    def _put_files(self, files: list[Image], was: dict[tuple[str, Key], Any]) -> Callable[[], None]:
        """Write the step's policy files as they were then and use the rules they give; returns how to put the
        files and rules back."""
        from desktop.book.policy_files import registry_for
        from desktop.store import user_packs

        def write(images: Iterable[tuple[Key, dict[str, Any] | None]]) -> None:
            for name, values in images:
                if values is None:
                    user_packs.remove(self.data_dir, str(name))
                else:
                    user_packs.install(self.data_dir, str(name), values["data"])

        old_registry = self._registry
        write((i.key, i.get()) for i in files)
        self._registry = registry_for(self.data_dir)

        def put_back() -> None:
            write((i.key, was[(i.table, i.key)]) for i in files)
            self._registry = old_registry

        return put_back

    def _put_rows(self, conn: Any, target: tuple[Image, ...], was: dict[tuple[str, Key], Any],
                  settle: _Settle) -> None:
        for image in target:
            settle.note(image.table, image.key, was[(image.table, image.key)], image.get())
        for image in sorted(target, key=lambda i: -ORDER.index(i.table)):
            if image.values is None:
                _delete(conn, image.table, image.key)
        for image in sorted(target, key=lambda i: ORDER.index(i.table)):
            if image.values is not None:
                _upsert(conn, image.table, image.key, image.get() or {},
                        exists=was[(image.table, image.key)] is not None)
        settle.run()


def _delete(conn: Any, name: str, key: Key) -> None:
    t = _table(name)
    if name == "visits":
        lines = _table("allocation_lines")
        conn.execute(lines.delete().where(lines.c.visit_id == key))
    elif name == "bindings":  # the visits it paid for are settled again from its start (see _Settle)
        conn.exec_driver_sql("DELETE FROM allocation_lines WHERE visit_id IN "
                             "(SELECT visit_id FROM allocation_lines WHERE binding_id = ?)", (key,))
    elif name == "quotas":  # as a binding: the visits it paid for are settled again from when it was set
        conn.exec_driver_sql("DELETE FROM allocation_lines WHERE visit_id IN "
                             "(SELECT visit_id FROM allocation_lines WHERE quota_id = ?)", (key,))
    conn.execute(t.delete().where(_key_column(t) == key))


def _upsert(conn: Any, name: str, key: Key, values: dict[str, Any], exists: bool) -> None:
    t = _table(name)
    if name == "visits":  # settled afresh at its place (an old estimate may exceed a smaller total)
        lines = _table("allocation_lines")
        conn.execute(lines.delete().where(lines.c.visit_id == key))
        values = values | {"fund_estimated_fen": 0, "usage_group": None, "deductible_used_fen": None}
    if exists:
        conn.execute(t.update().where(_key_column(t) == key).values(**values))
    else:
        conn.execute(t.insert().values(**({"key": key} if name == "app_meta" else {}) | values))


class _Settle:
    """Works out how to re-settle the ledger after a step's rows are put back, the way each write does:
    visits and statements incrementally from their moments (with what the rows taken out had paid), member,
    binding, transfer and payment-order changes by settling every visit from the earliest day they touch."""

    def __init__(self, book: BookBase, conn: Any) -> None:
        self.book, self.conn = book, conn
        self.full = False  # from the first visit (a member's insurance, the wallet's place)
        self.days: list[dt.date] = []  # settle every visit from the earliest of these
        self.removed: list[Any] = []
        self.moments: list[Any] = []
        self.new_statements: list[int] = []
        self.keep: int | None = None
        self.incremental = True

    def note(self, name: str, key: Key, was: dict[str, Any] | None, will: dict[str, Any] | None) -> None:
        from desktop.core.carry import Removed
        from desktop.core.ledger import Moment

        if name == "members" and was is not None and will is not None:
            self.full |= any(was[f] != will[f] for f in _MONEY_FIELDS)
        elif name == "bindings":
            for b in (was, will):
                if b is not None:
                    self.days.append(b["start_date"] or dt.date.min)
                    if b["terminated_on"] is not None:
                        self.days.append(b["terminated_on"])
        elif name == "quotas":
            for q in (was, will):
                if q is not None:
                    self.days += [x.date() for x in (q["set_at"], q["ended_at"]) if x is not None]
        elif name == "wallet_transfers":
            for t in (was, will):
                if t is not None:
                    self.days += [x.date() for x in (t["requested_at"], t["received_at"], t["returned_at"])
                                  if x is not None]
        elif name == "app_meta" and key in (_wallet_position_key(), _local_rules_key()):  # every visit moves
            self.full = True
        elif name == "visits":
            from desktop.store.ledger import can_converge, removed_visit, visit_facts
            from desktop.store.models import Visit
            from desktop.store.tables import table_of

            if was is not None:
                row = self.conn.execute(table_of(Visit).select().where(table_of(Visit).c.id == key)).first()
                old = removed_visit(self.conn, row)
                self.removed.append(old)
                self.moments.append(old.moment)
                self.incremental &= can_converge([old])
            if will is not None:
                self.moments.append(visit_facts(SimpleNamespace(**will)).moment)
                self.keep = int(key)
        elif name == "statements":
            from desktop.store.ledger import statement_rows

            if was is not None:
                row = statement_rows([SimpleNamespace(**was)])[0]
                self.removed.append(Removed(row.moment, statement=row))
                self.moments.append(row.moment)
            if will is not None:
                self.moments.append(Moment.of_statement(will["on_date"], will["on_time"], int(key)))
                self.new_statements.append(int(key))

    def run(self) -> None:
        from desktop.core.ledger import Moment

        if self.full:
            self.book._replay(self.conn, None, removed=self.removed, new_statements=self.new_statements,
                              keep=self.keep)
        elif self.days:
            start = min([Moment.start_of(min(self.days)), *self.moments])
            self.book._replay(self.conn, start, removed=self.removed, new_statements=self.new_statements,
                              keep=self.keep)
        elif self.moments:
            self.book._replay(self.conn, min(self.moments), incremental=self.incremental, removed=self.removed,
                              new_statements=self.new_statements, keep=self.keep, reach=max(self.moments))
