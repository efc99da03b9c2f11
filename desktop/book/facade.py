"""FamilyBook itself: opening, closing, the clock, book-wide settings; use cases come from the mixins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.book.activity_views import RuleChoice
from desktop.book.advisor import AdvisorMixin
from desktop.book.balances import BalancesMixin
from desktop.book.bindings import BindingsMixin
from desktop.book.constants import CHINA, Progress, _now
from desktop.book.enrolment import EnrolmentMixin
from desktop.book.io import IoMixin
from desktop.book.members import MembersMixin
from desktop.book.planned_guides import PlannedGuidesMixin
from desktop.book.planned_premiums import PlannedPremiumsMixin
from desktop.book.planned_transfers import PlannedTransfersMixin
from desktop.book.policy_files import PolicyFilesMixin
from desktop.book.projection import ProjectionMixin
from desktop.book.queries import _select_count
from desktop.book.quotas import QuotasMixin
from desktop.book.statements import StatementsMixin
from desktop.book.undo import UndoMixin
from desktop.book.views import Refused, _problem
from desktop.book.visits import VisitsMixin
from desktop.book.wallet import WalletMixin

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.core.policy import RegionPolicy, Registry
    from desktop.store.backups import Backup, Restored
    from desktop.store.check import Checked
    from desktop.store.database import Database
    from desktop.store.ledger import Ledger


# ---- the facade ----

class FamilyBook(MembersMixin, StatementsMixin, BindingsMixin, VisitsMixin, PlannedTransfersMixin, WalletMixin, QuotasMixin,
                 PlannedGuidesMixin, PlannedPremiumsMixin, ProjectionMixin, BalancesMixin, IoMixin, PolicyFilesMixin,
                 EnrolmentMixin, AdvisorMixin, UndoMixin):
    """The family's records and every use case on them; open with :meth:`open`."""

    def __init__(self, database: Database, registry: Registry | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.db = database
        self._registry = registry
        self.clock = clock or _now

    # -- opening and closing --

    @classmethod
    def open(cls, data_dir: Path | str, registry: Registry | None = None,
             clock: Callable[[], dt.datetime] | None = None, daily_backup: bool = True,
             drop_damaged_changes: bool = False) -> FamilyBook:
        """Open (create, upgrade) the book in ``data_dir``; raises the store's DamagedDatabase/NewerDatabase, and
        DamagedJournal for a damaged -wal unless ``drop_damaged_changes`` (then it opens without them)."""
        from desktop.store.database import open_database

        now = (clock or _now)()
        if now.tzinfo is not None:  # backups are stamped in naive China time
            now = now.astimezone(CHINA).replace(tzinfo=None)
        book = cls(open_database(Path(data_dir), now=now, daily_backup=daily_backup,
                                 drop_damaged_changes=drop_damaged_changes), registry, clock)
        try:
            book._settle_unsettled()
        except BaseException:
            book.close()
            raise
        return book

    def _settle_unsettled(self) -> None:
        """Visits stored before revision 0003 do not carry their year usage yet: work it out once, writing
        nothing else (their payer lines stay as recorded), so later changes need not re-estimate a year."""
        with self.db.connection() as conn:
            unsettled = conn.exec_driver_sql(
                "SELECT 1 FROM visits WHERE usage_group IS NULL OR deductible_used_fen IS NULL LIMIT 1").first()
        if unsettled is not None:
            with self.db.connection(write=True) as conn:
                self._ledger(conn).replay(None, only_usage=True)

    @staticmethod
    def restore(data_dir: Path | str, backup: Path | None = None) -> Restored:
        """Put a backup in place of the book (latest good one by default). Close the book first."""
        from desktop.store import restore

        return restore.restore(Path(data_dir), backup)

    @staticmethod
    def check(data_dir: Path | str) -> Checked:
        """Check the book without changing a byte of it (no checkpoint, no backup): ``store/check.py``."""
        from desktop.store.check import check_book

        return check_book(Path(data_dir))

    @staticmethod
    def latest_good_backup(data_dir: Path | str) -> Path | None:
        from desktop.store import backups

        return backups.latest_good(Path(data_dir))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FamilyBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def registry(self) -> Registry:
        if self._registry is None:  # the bundled packs, with the policy files the family loaded in place
            from desktop.store import user_packs

            self._registry = user_packs.registry(self.data_dir)
        return self._registry

    def today(self) -> dt.date:
        return self.clock().date()

    def _ledger(self, conn) -> Ledger:
        from desktop.store.ledger import Ledger

        now = self.clock()
        return Ledger(conn, self.registry, now.replace(tzinfo=CHINA) if now.tzinfo is None else now)

    def is_empty(self) -> bool:
        from desktop.store.models import Member

        with self.db.session() as s:
            return s.connection().execute(_select_count(Member)).scalar_one() == 0

    # -- book-wide --

    def meta(self, key: str, default: str | None = None) -> str | None:
        from desktop.store.models import AppMeta

        with self.db.session() as s:
            m = s.get(AppMeta, key)
            return default if m is None else m.value

    def wallet_position(self) -> str:
        """Where the wallet pays in the order: "region" (the pack's ``payment.order``), "before_family" or
        "after_family". The sources leave it open (SEED-FACTS §5), so the family may set it."""
        from desktop.store.ledger import wallet_position

        with self.db.session() as s:
            return wallet_position(s.connection())

    def set_wallet_position(self, position: str, progress: Progress | None = None) -> None:
        """Put the wallet where the family says it pays, and re-settle every recorded visit with it (one
        transaction: balances follow at once)."""
        from desktop.core import settlement
        from desktop.store.ledger import WALLET_POSITION_KEY
        from desktop.store.models import AppMeta

        if position not in settlement.WALLET_POSITIONS:
            raise Refused([_problem("unknown_value", "wallet_position", field=("钱包付款顺序", "wallet position"),
                                    value=position)])
        with self.db.session(write=True) as s:
            m = s.get(AppMeta, WALLET_POSITION_KEY)
            if m is None:
                s.add(AppMeta(key=WALLET_POSITION_KEY, value=position))
            else:
                m.value = position
            s.flush()
            self._replay(s.connection(), None, progress=progress)

    def rules_on(self, region_code: str, day: dt.date | None = None) -> RegionPolicy:
        """The rules in force for an insured place on ``day`` (default today), with the family's choice of
        local rules: what a screen shows about a date."""
        return self.registry.rules_on(region_code, day or self.today(), self.local_rules())

    def local_rules(self) -> frozenset[str]:
        """Regions (pack codes) where the family keeps the older local rules over a newer national version
        (e.g. Taiyuan's one beneficiary at a time F-T1 after the 2026 notice); empty: the newer rules apply."""
        from desktop.store.ledger_sql import LOCAL_RULES_KEY, local_rules_of

        return local_rules_of(self.meta(LOCAL_RULES_KEY))

    def set_local_rules(self, region_code: str, keep_local: bool, progress: Progress | None = None) -> None:
        """Keep (or stop keeping) a region's older local rules where a newer national version meets them, and
        re-settle every recorded visit with that choice (one transaction)."""
        from desktop.store.ledger_sql import LOCAL_RULES_KEY
        from desktop.store.models import AppMeta

        try:
            place = self.registry.place_of(region_code)
        except KeyError:
            place = ""
        if place != region_code:
            raise Refused([_problem("unknown_value", "region_code", field=("地区", "region"), value=region_code)])
        codes = set(self.local_rules())
        if keep_local:
            codes.add(region_code)
        else:
            codes.discard(region_code)
        with self.db.session(write=True) as s:
            m = s.get(AppMeta, LOCAL_RULES_KEY)
            value = ",".join(sorted(codes))
            if m is None:
                s.add(AppMeta(key=LOCAL_RULES_KEY, value=value))
            else:
                m.value = value
            s.flush()
            self._replay(s.connection(), None, progress=progress)

    def rule_choices(self, day: dt.date | None = None) -> list[RuleChoice]:
        """For Settings: each family region where a newer national version meets older local rules on ``day``
        (default today) or on a later version's date, with both values and which one the figures use."""
        from desktop.book.rule_conflicts import conflict_reasons

        today = day or self.today()
        keep = self.local_rules()
        out: list[RuleChoice] = []
        seen: set[str] = set()
        for m in self.members():
            try:
                place = self.registry.place_of(m.region_code)
            except KeyError:
                continue
            if place in seen:
                continue
            seen.add(place)
            later = [d for _, d in self.registry.changes_between(place, today, dt.date.max)]
            for when in (today, *later):  # a choice that matters today, else once a coming version applies
                pol = self.registry.get(place, when, prefer_local=place in keep)
                if pol.conflicts:
                    out.append(RuleChoice(place, pol.name, place in keep, pol.conflicts, pol.chain[0].note,
                                          conflict_reasons(pol.conflicts), when))
                    break
        return out

    def set_meta(self, key: str, value: str) -> None:
        from desktop.store.models import AppMeta

        with self.db.session(write=True) as s:
            m = s.get(AppMeta, key)
            if m is None:
                s.add(AppMeta(key=key, value=value))
            else:
                m.value = value

    def backup(self, reason: str = "manual") -> Path:
        """A backup stamped with the book's clock (naive China time), like the daily one made at open."""
        from desktop.store.ledger import naive_china

        return self.db.backup(reason, naive_china(self.clock()))

    def backups(self) -> list[Backup]:
        from desktop.store import backups

        return backups.list_backups(self.data_dir)

    def integrity(self, full: bool = False) -> list[str]:
        return self.db.integrity(full)

    # -- internals --

    def _replay(self, conn, start, **options):
        """Re-settle from the moment ``start`` (None: from the first visit) inside the caller's transaction;
        ``options`` go to :meth:`desktop.store.ledger.Ledger.replay` (``incremental``, ``removed``, ``keep`` …)."""
        return self._ledger(conn).replay(start, **options)
