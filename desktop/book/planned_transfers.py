"""Planned wallet transfers: the transfer planner's schedule kept as transfers the family means to make.

Each is on its day within the hours transfers may be sent (the sender's region ``wallet`` limits, F-W6:
no transfers 22:00–06:00; the recipient has until the next 06:00 to receive it). Marking one done records
the real transfer (checked as any transfer is) in the same transaction; Home reminds the sender on the day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.book.activity_views import PlannedWalletTransferView
from desktop.book.relations import relation_via_head
from desktop.book.views import Refused, _problem
from desktop.book.wallet import WalletMixin

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.core import wallet
    from desktop.store.ledger import Ledger

WHAT = ("计划的钱包转账", "planned wallet transfer")


def window_of(rules: wallet.WalletRules, at: dt.datetime) -> tuple[dt.time, dt.time]:
    """The hours on ``at``'s day from ``at`` (China time, to the minute) until transfers stop (the blackout's
    start; the day's end where the blackout does not cut the evening)."""
    start = at.time().replace(second=0, microsecond=0)
    end = rules.blackout_start
    if rules.blackout_start == rules.blackout_end or end <= start:
        end = dt.time(23, 59)
    return start, end


class PlannedTransfersMixin(WalletMixin):
    """Planned-wallet-transfer use cases of FamilyBook (over the wallet's own checks)."""

    def wallet_payers(self) -> list[int]:
        """Members who may send wallet transfers under their region's rules (``wallet.payer_insurance``: employee
        or flexible insurance nationally, F-W3), in the family's order."""
        with self.db.session() as s:
            led = self._ledger(s.connection())
            out = []
            for mid in sorted(led.members):
                m = led.members[mid]
                allowed = led.policy(m.region_code).value("wallet", "payer_insurance", ())
                if m.insurance in allowed:
                    out.append(mid)
            return out

    def record_transfer_plan(self, from_id: int, to_id: int, amount_fen: int, deadline: dt.datetime,
                             note: str = "") -> list[PlannedWalletTransferView]:
        """Work out the earliest schedule (as :meth:`plan_transfers`, from now) and keep each of its transfers as
        planned, all in one transaction. Refused when the sender may not pay the recipient by wallet, or the
        balance is short (no schedule); a schedule that finishes after ``deadline`` is kept as it is (it is
        the earliest possible) and the planner says so."""
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.core import rules, wallet
        from desktop.core.ledger import Moment
        from desktop.store.models import PlannedWalletTransfer, WalletTransfer

        now = self.clock()
        with self.db.session(write=True) as s:
            conn = s.connection()
            led = self._ledger(conn)
            for mid in (from_id, to_id):
                if mid not in led.members:
                    raise Refused([_problem("no_member", id=mid)])
            a, b = led.members[from_id], led.members[to_id]
            rel = relation_via_head(a.head_relation, b.head_relation) or "other"
            day = wallet.china_time(now).date()
            elig = rules.check_binding(led.person(from_id, day), led.person(to_id, day), rel,
                                       led.policy(a.region_code, day), on=day, purpose="wallet")
            if not elig.allowed:
                raise Refused(list(elig.reasons))
            made = [r.requested_at for r in conn.execute(
                select(col(WalletTransfer.requested_at)).where(col(WalletTransfer.from_id) == from_id))]
            made += [dt.datetime.combine(p.on_date, p.window_start) for p in s.scalars(
                select(PlannedWalletTransfer).where(col(PlannedWalletTransfer.from_id) == from_id,
                                                    col(PlannedWalletTransfer.transfer_id).is_(None)))]
            wr = self._wallet_rules(led, from_id, now)  # the limits in force today
            at = Moment.now(now)
            balance = led.balance(from_id, "personal", at) - led.locked(from_id, at)  # a quota's part stays (F-N11)
            plan = self._without_quota_days(conn, led, wallet.plan_transfers(wr, amount_fen, now, deadline, made,
                                                                             balance), from_id, to_id)
            if not plan.transfers:
                raise Refused(list(plan.reasons))
            rows = []
            for t in plan.transfers:
                start, end = window_of(wr, wallet.china_time(t.at))
                row = PlannedWalletTransfer(from_id=from_id, to_id=to_id, amount_fen=t.amount_fen,
                                            on_date=wallet.china_time(t.at).date(), window_start=start,
                                            window_end=end, note=note, created_at=now)
                s.add(row)
                rows.append(row)
            s.flush()
            return [self._planned_transfer_view(led, r) for r in rows]

    def planned_wallet_transfers(self, *, done: bool | None = None,
                                 due_by: dt.date | None = None) -> list[PlannedWalletTransferView]:
        """Planned wallet transfers by day and time (``done`` False: only those still to make; ``due_by``: only
        those on or before that day — Home's "today", overdue ones included)."""
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import PlannedWalletTransfer as P

        with self.db.session() as s:
            q = select(P).order_by(col(P.on_date), col(P.window_start), col(P.id))
            if done is not None:
                q = q.where(col(P.transfer_id).is_not(None) if done else col(P.transfer_id).is_(None))
            if due_by is not None:
                q = q.where(col(P.on_date) <= due_by)
            led = self._ledger(s.connection())
            return [self._planned_transfer_view(led, p) for p in s.scalars(q)]

    def complete_planned_wallet_transfer(self, planned_id: int, at: dt.datetime | None = None,
                                         ) -> PlannedWalletTransferView:
        """It was sent: record the real transfer at ``at`` (default now), checked like any transfer, and mark
        the planned one done — together, or neither."""
        from desktop.core.ledger import Moment, naive_china
        from desktop.store.models import PlannedWalletTransfer, WalletTransfer

        when = naive_china(at or self.clock())
        with self.db.session(write=True) as s:
            p = s.get(PlannedWalletTransfer, planned_id)
            if p is None:
                raise Refused([_problem("no_record", id=planned_id, what=WHAT)])
            if p.transfer_id is not None:
                raise Refused([_problem("planned_transfer_done")])
            conn = s.connection()
            verdict = self._transfer_verdict(conn, p.from_id, p.to_id, p.amount_fen, when)
            if not verdict.allowed:
                raise Refused(list(verdict.reasons))
            t = WalletTransfer(from_id=p.from_id, to_id=p.to_id, amount_fen=p.amount_fen, requested_at=when,
                               note=p.note)
            s.add(t)
            s.flush()
            p.transfer_id = t.id
            s.flush()
            self._replay(conn, Moment.start_of(when.date()))
            return self._planned_transfer_view(self._ledger(conn), p)

    def delete_planned_wallet_transfer(self, planned_id: int) -> None:
        """Forget a planned transfer (a real transfer recorded for it stays)."""
        from desktop.store.models import PlannedWalletTransfer

        with self.db.session(write=True) as s:
            p = s.get(PlannedWalletTransfer, planned_id)
            if p is None:
                raise Refused([_problem("no_record", id=planned_id, what=WHAT)])
            s.delete(p)

    def _planned_transfer_view(self, led: Ledger, p) -> PlannedWalletTransferView:
        names = {m.id: m.name for m in led.members.values()}
        return PlannedWalletTransferView(p.id, p.from_id, names.get(p.from_id, ""), p.to_id, names.get(p.to_id, ""),
                                         p.amount_fen, p.on_date, p.window_start, p.window_end, p.note, p.transfer_id)
