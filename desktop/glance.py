"""Home's figures before the book is open: members and their money now, read with ``sqlite3`` alone.

The main window shows these on its first turn and opens the book (SQLAlchemy, migrations, the daily backup, the
lock) on the next; Home is then refreshed from the book, with its notices and reminders. The figures come from
the same code as ``FamilyBook.balances`` — ``book.balances.member_balances`` over ``core.ledger`` with the SQL of
``store.ledger_sql`` — fed with rows read by ``sqlite3``.

Only what Home's cards need is here: everything else (bindings, transfers, reminders) answers "nothing yet".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.book import CHINA, MemberBalance, MemberView, _member_view, _now
from desktop.book.balances import member_balances, parse_stale_days
from desktop.book.constants import STALE_DAYS_DEFAULT
from desktop.core.ledger import State


class BookGlance:
    """A read-only stand-in for ``FamilyBook`` on Home's first paint (``is_glance`` tells pages apart: buttons
    that would write wait for the real book)."""

    is_glance = True

    def __init__(self, data_dir: Path, registry: Any, clock: Callable[[], dt.datetime], members: list[MemberView],
                 balances: list[MemberBalance], stale_days: int = STALE_DAYS_DEFAULT) -> None:
        self.data_dir = Path(data_dir)
        self.registry = registry
        self.clock = clock
        self._members = members
        self._balances = balances
        self._stale_days = stale_days

    def today(self) -> dt.date:
        return self.clock().date()

    def is_empty(self) -> bool:
        return not self._members

    def members(self) -> list[MemberView]:
        return list(self._members)

    def balances(self, on: dt.date | None = None, care_type: str = "outpatient") -> list[MemberBalance]:
        if (on is not None and on != self.today()) or care_type != "outpatient":
            raise ValueError("a glance knows only today's outpatient figures")
        return list(self._balances)

    def stale_days(self) -> int:
        return self._stale_days

    def bindings(self, *_args: Any, **_kwargs: Any) -> list:
        return []

    def waiting_transfers(self) -> list:
        return []

    def quotas(self, *_args: Any, **_kwargs: Any) -> list:
        return []

    def planned_wallet_transfers(self, *_args: Any, **_kwargs: Any) -> list:
        return []  # Home's reminders of the day come with the open book

    def runs_out_soon(self, *_args: Any, **_kwargs: Any) -> list:
        return []

    def waiting_periods(self, *_args: Any, **_kwargs: Any) -> dict:
        return {}

    def closing_collection_windows(self, *_args: Any, **_kwargs: Any) -> list:
        return []


def glance(data_dir: Path | str, registry: Any = None, clock: Callable[[], dt.datetime] | None = None
           ) -> BookGlance | None:
    """Today's members and balances of the book in ``data_dir``; None when only the real open can tell."""
    from desktop.store.glance import open_glance

    g = open_glance(Path(data_dir))
    if g is None:
        return None
    clock = clock or _now
    try:
        if registry is None:  # as the book's: the bundled packs with the family's loaded files
            from desktop.store import user_packs

            registry = user_packs.registry(Path(data_dir))
        now = clock()
        members = [_member_view(m) for m in g.members]
        balances = _balances(g, registry, now.replace(tzinfo=CHINA) if now.tzinfo is None else now, now.date())
        stale_days = parse_stale_days(g.stale_days)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None  # anything unexpected: the real open will say what it is
    finally:
        g.close()
    return BookGlance(Path(data_dir), registry, clock, members, balances, stale_days)


def _balances(g: Any, registry: Any, now: dt.datetime, day: dt.date) -> list[MemberBalance]:
    """``FamilyBook.balances(day)`` from the glance's rows: the same core ledger and the same SQL, read through
    ``sqlite3`` (nothing of the rule is here)."""
    from desktop.core.ledger import Moment, Rules
    from desktop.store.ledger_sql import RegistryRules, SqlLoaders

    rules = Rules(RegistryRules(registry, g.local_rules), g.members, g.bindings, g.statements, g.transfers, now,
                  g.wallet_position, g.quotas)
    at = Moment.end_of(day)
    return member_balances(rules, State(SqlLoaders(rules, g.run), at), at)
