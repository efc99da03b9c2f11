"""The state every use case of the book shares, declared once.

:class:`FamilyBook` (``facade.py``) is one class made of one mixin per use case (members, bindings,
visits, wallet, projection, ...). Each mixin derives from :class:`BookBase`, which declares what they
all read: the database, the region registry, the clock, today, the ledger over a connection, the
replay, the book's settings, and the few use cases one mixin calls on another. FamilyBook or the
owning mixin provides each of them; a type checker reads their types here.

Importing this module is cheap: the store (SQLAlchemy) is named for the type checker only.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from desktop.book.activity_views import VisitView
    from desktop.book.views import BalanceEntry, MemberView, Problem, StatementView
    from desktop.core.ledger import Moment
    from desktop.core.policy import Registry
    from desktop.core.wallet import WalletRules
    from desktop.store.database import Database
    from desktop.store.ledger import Ledger


class BookBase(ABC):
    """What the mixins of FamilyBook share; FamilyBook (or the mixin named) provides each."""

    db: Database
    """The open book (engine, sessions, backups)."""
    clock: Callable[[], dt.datetime]
    """Now, as naive China time (tests pass a fixed clock)."""
    _registry: Registry | None
    """The region packs, loaded on first use (see :attr:`registry`)."""

    # -- provided by FamilyBook (facade.py) --

    @property
    @abstractmethod
    def registry(self) -> Registry:
        """The region packs the book judges by."""

    @property
    @abstractmethod
    def data_dir(self) -> Path:
        """The book's data folder (policy files loaded by the family live there too)."""

    @abstractmethod
    def today(self) -> dt.date:
        """The clock's date."""

    def _place_name(self, code: str) -> tuple[str, str]:
        """An insured place's (zh, en) name for the engine's sentences: people read "上海市", not 310000."""
        try:
            return self.registry.resolve_insured_place(code).name
        except KeyError:  # no pack at all (the national one is missing): the code is all there is
            return (code, code)

    @abstractmethod
    def _ledger(self, conn: Connection) -> Ledger:
        """The ledger over ``conn`` at the clock's moment."""

    @abstractmethod
    def _replay(self, conn: Connection, start: Moment | None, **options: Any) -> Any:
        """Re-settle from the moment ``start`` (None: from the first visit) inside the caller's transaction."""

    @abstractmethod
    def meta(self, key: str, default: str | None = None) -> str | None:
        """A book-wide setting."""

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None:
        """Keep a book-wide setting."""

    @abstractmethod
    def backup(self, reason: str = "manual") -> Path:
        """A backup stamped with the book's clock."""

    @abstractmethod
    def is_empty(self) -> bool:
        """No member recorded yet."""

    # -- provided by one mixin, used by another --

    @abstractmethod
    def members(self) -> list[MemberView]:
        """Every member (MembersMixin)."""

    @abstractmethod
    def visits(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
               offset: int = 0, limit: int | None = None, newest_first: bool = True,
               with_lines: bool = False, text: str | None = None,
               order: tuple[str, bool] | None = None) -> list[VisitView]:
        """Recorded visits (VisitsMixin)."""

    @abstractmethod
    def _visits_oldest_first(self, member_id: int | None, year: int | None, care_type: str | None,
                             page: int = 2000, text: str | None = None) -> Iterator[VisitView]:
        """Every visit under the filters, oldest first, read ``page`` rows at a time (VisitsMixin)."""

    @abstractmethod
    def rules_basis(self, region_code: str, day: dt.date) -> Any:
        """Which pack and version the figures of an event on ``day`` used (PolicyFilesMixin)."""

    @abstractmethod
    def _visit_problems(self, conn: Connection, member_id: int, care_type: str, hospital_class: str,
                        total_fen: int, fund_actual_fen: int | None) -> list[Problem]:
        """What is wrong with a visit's fields (VisitsMixin)."""

    @abstractmethod
    def _insert_statements(self, s: Any, entries: Sequence[BalanceEntry], on: dt.date,
                           on_time: dt.time | str | None) -> list[StatementView]:
        """Statements added inside the caller's session, re-settled (StatementsMixin)."""

    @abstractmethod
    def _wallet_rules(self, led: Ledger, member_id: int, at: dt.datetime) -> WalletRules:
        """The wallet rules of a member's region in force at ``at`` (WalletMixin)."""

    @abstractmethod
    def local_rules(self) -> frozenset[str]:
        """Regions where the family keeps older local rules over a newer national version (FamilyBook)."""
