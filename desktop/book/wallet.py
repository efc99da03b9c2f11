"""Medical-insurance wallet transfers between family members."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.book.activity_views import TransferVerdict, TransferView
from desktop.book.base import BookBase
from desktop.book.relations import relation_via_head
from desktop.book.views import Refused, _problem

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.core import wallet
    from desktop.store.ledger import Ledger


class WalletMixin(BookBase):
    """Wallet use cases of FamilyBook."""

    # -- wallet --

    def _wallet_rules(self, led: Ledger, member_id: int, at: dt.datetime) -> wallet.WalletRules:
        """The sender's wallet limits in force on the day of ``at`` (China time)."""
        from desktop.core import wallet

        return wallet.WalletRules.of(led.policy(led.members[member_id].region_code, wallet.china_time(at).date()))

    def _transfer_verdict(self, conn, from_id: int, to_id: int, amount_fen: int, at: dt.datetime,
                          exclude: int | None = None) -> TransferVerdict:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.core import rules, wallet
        from desktop.core.ledger import Moment
        from desktop.store.models import WalletTransfer

        led = self._ledger(conn)
        for mid in (from_id, to_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        a, b = led.members[from_id], led.members[to_id]
        rel = relation_via_head(a.head_relation, b.head_relation) or "other"
        day = wallet.china_time(at).date()
        elig = rules.check_binding(led.person(from_id, day), led.person(to_id, day), rel,
                                   led.policy(a.region_code, day), on=day, purpose="wallet",
                                   place_name=self._place_name)
        made = [r.requested_at for r in conn.execute(
            select(col(WalletTransfer.requested_at)).where(col(WalletTransfer.from_id) == from_id,
                                                           col(WalletTransfer.id) != (exclude or -1)))]
        at_m = Moment.of_time(at)  # just before the transfer; a quota's locked part cannot be sent (F-N11)
        balance = led.balance(from_id, "personal", at_m) - led.locked(from_id, at_m)
        check = wallet.check_transfer(self._wallet_rules(led, from_id, at), amount_fen, at, made, balance)
        reasons = (*elig.reasons, *check.reasons)
        return TransferVerdict(not reasons, reasons, elig.asks)

    def check_transfer(self, from_id: int, to_id: int, amount_fen: int,
                       at: dt.datetime | None = None) -> TransferVerdict:
        """Whether a wallet transfer may be made at ``at``: relation, insurance, count, maximum, blackout, balance."""
        with self.db.session() as s:
            return self._transfer_verdict(s.connection(), from_id, to_id, amount_fen, at or self.clock())

    def create_transfer(self, from_id: int, to_id: int, amount_fen: int, requested_at: dt.datetime | None = None,
                        note: str = "") -> TransferView:
        from desktop.core.ledger import Moment, naive_china
        from desktop.store.models import WalletTransfer

        at = naive_china(requested_at or self.clock())
        with self.db.session(write=True) as s:
            conn = s.connection()
            verdict = self._transfer_verdict(conn, from_id, to_id, amount_fen, at)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            t = WalletTransfer(from_id=from_id, to_id=to_id, amount_fen=amount_fen, requested_at=at, note=note)
            s.add(t)
            s.flush()
            self._replay(conn, Moment.start_of(at.date()))
            return self._transfer_view(conn, t)

    def _transfer(self, s, transfer_id: int):
        from desktop.store.models import WalletTransfer

        t = s.get(WalletTransfer, transfer_id)
        if t is None:
            raise Refused([_problem("no_record", id=transfer_id, what=("钱包转账", "wallet transfer"))])
        return t

    def receive_transfer(self, transfer_id: int, at: dt.datetime | None = None) -> TransferView:
        """The recipient received it (before the next 06:00, F-W6); their wallet is credited then."""
        from desktop.core import wallet
        from desktop.core.ledger import Moment, naive_china
        from desktop.store.models import Member

        at = naive_china(at or self.clock())
        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            conn = s.connection()
            if t.received_at is not None or t.returned_at is not None:
                raise Refused([_problem("transfer_state", state=("已接收" if t.received_at else "已退回",
                                                                 "received" if t.received_at else "returned"),
                                        action=("接收", "received"))])
            if at < t.requested_at:
                raise Refused([_problem("transfer_before_request", at=t.requested_at)])
            if at > naive_china(self.clock()):  # money not yet there would count as usable now on Home only
                raise Refused([_problem("received_in_future", at=at)])
            due = self._wallet_rules(self._ledger(conn), t.from_id, t.requested_at).returns_at(t.requested_at)
            if wallet.china_time(at) >= due:
                raise Refused([_problem("transfer_too_late", returns_at=due)])
            t.received_at = at
            m = s.get(Member, t.to_id)
            if m is not None and m.wallet_opened_on is None:
                m.wallet_opened_on = at.date()  # it received money, so the wallet is open (F-N4)
            s.flush()
            self._replay(conn, Moment.start_of(at.date()))
            return self._transfer_view(conn, t)

    def return_transfer(self, transfer_id: int, at: dt.datetime | None = None) -> TransferView:
        """Record that the money went back to the sender (by default at the rule's return time)."""
        from desktop.core.ledger import Moment, naive_china

        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            conn = s.connection()
            if t.received_at is not None or t.returned_at is not None:
                raise Refused([_problem("transfer_state", state=("已接收" if t.received_at else "已退回",
                                                                 "received" if t.received_at else "returned"),
                                        action=("退回", "returned"))])
            due = self._wallet_rules(self._ledger(conn), t.from_id, t.requested_at).returns_at(t.requested_at)
            t.returned_at = naive_china(at) if at is not None else naive_china(due)
            s.flush()
            self._replay(conn, Moment.start_of(min(t.requested_at.date(), t.returned_at.date())))
            return self._transfer_view(conn, t)

    def delete_transfer(self, transfer_id: int) -> None:
        from desktop.core.ledger import Moment

        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            day = t.requested_at.date()
            s.delete(t)
            s.flush()
            self._replay(s.connection(), Moment.start_of(day))

    def transfers(self, member_id: int | None = None) -> list[TransferView]:
        from sqlalchemy import or_, select
        from sqlmodel import col

        from desktop.store.models import WalletTransfer

        with self.db.session() as s:
            q = select(WalletTransfer).order_by(col(WalletTransfer.requested_at).desc(), col(WalletTransfer.id).desc())
            if member_id is not None:
                q = q.where(or_(col(WalletTransfer.from_id) == member_id, col(WalletTransfer.to_id) == member_id))
            conn = s.connection()
            led = self._ledger(conn)
            return [self._transfer_view(conn, t, led) for t in s.scalars(q)]

    def waiting_transfers(self) -> list[TransferView]:
        """Transfers neither received nor gone back yet, oldest first: Home warns they return at 06:00.

        Reads only the unsettled rows, so the Home page does not build a view of every transfer ever made.
        """
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import WalletTransfer

        with self.db.session() as s:
            q = (select(WalletTransfer)
                 .where(col(WalletTransfer.received_at).is_(None), col(WalletTransfer.returned_at).is_(None))
                 .order_by(col(WalletTransfer.requested_at), col(WalletTransfer.id)))
            conn = s.connection()
            views = [self._transfer_view(conn, t) for t in s.scalars(q)]
            return [v for v in views if v.state == "waiting"]

    def _transfer_view(self, conn, t, led: Ledger | None = None) -> TransferView:
        from desktop.core import wallet

        led = led or self._ledger(conn)
        names = {m.id: m.name for m in led.members.values()}
        returns_at = None
        state = "waiting"
        try:
            rules = self._wallet_rules(led, t.from_id, t.requested_at)
            returns_at = rules.returns_at(t.requested_at).replace(tzinfo=None)
            st = wallet.transfer_state(rules, t.requested_at, t.received_at, led.now)
            state = st.status
        except (ValueError, KeyError):
            pass
        if t.returned_at is not None:
            state = "returned"
        elif t.received_at is not None:
            state = "received"
        return TransferView(t.id, t.from_id, names.get(t.from_id, ""), t.to_id, names.get(t.to_id, ""), t.amount_fen,
                            t.requested_at, t.received_at, t.returned_at, returns_at, state, t.note)

    def plan_transfers(self, from_id: int, to_id: int, amount_fen: int, deadline: dt.datetime,
                       now: dt.datetime | None = None):
        """The earliest schedule of transfers moving ``amount_fen`` by ``deadline`` (core.wallet.TransferPlan)."""
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.core import wallet
        from desktop.core.ledger import Moment
        from desktop.store.models import WalletTransfer

        now = now or self.clock()
        with self.db.session() as s:
            conn = s.connection()
            led = self._ledger(conn)
            if to_id not in led.members:
                raise Refused([_problem("no_member", id=to_id)])
            made = [r.requested_at for r in conn.execute(
                select(col(WalletTransfer.requested_at)).where(col(WalletTransfer.from_id) == from_id))]
            m = Moment.now(now)
            balance = led.balance(from_id, "personal", m) - led.locked(from_id, m)  # the locked part stays (F-N11)
            plan = wallet.plan_transfers(self._wallet_rules(led, from_id, now), amount_fen, now, deadline, made, balance)
            return self._without_quota_days(conn, led, plan, from_id, to_id)

    def _without_quota_days(self, conn, led: Ledger, plan, from_id: int, to_id: int):
        """The plan without the transfers on days the wallet follows the quota model (F-N11: then nothing needs to
        move; the family sets a quota), and a reason saying so; unchanged when every day is a transfer day."""
        import dataclasses

        from desktop.core import wallet
        from desktop.core.explain import Reason
        from desktop.store.ledger import sharing_choice

        choice = sharing_choice(conn)
        keep: list[Any] = []
        cut: list[Any] = []
        for t in plan.transfers:
            day = wallet.china_time(t.at).date()
            model = self._sharing(led, choice, day, from_id)  # type: ignore[attr-defined]
            (cut if model.model == "quota" else keep).append((t, day, model))
        if not cut:
            return plan
        _t, day, model = cut[0]
        why = (("按当时的政策", "by the rules in force then") if model.chosen == "rules"
               else ("家庭在医保钱包页选的", "as the family chose on the Wallet page"))
        left = sum(t.amount_fen for t, _d, _m in cut)
        kept = tuple(t for t, _d, _m in keep)
        reasons = [Reason("plan_quota_model", ("F-N11",), {
            "day": day, "why": why, "name": led.members[to_id].name, "left_fen": left})]
        if kept:  # what is still planned, before that day (the schedule's own summary counted the cut ones too)
            reasons.insert(0, Reason("plan_before_quota", (), {
                "amount_fen": sum(t.amount_fen for t in kept), "count": len(kept), "day": day}))
        other = tuple(r for r in plan.reasons if r.code not in ("wallet_plan", "wallet_deadline_missed"))
        return dataclasses.replace(plan, feasible=False, transfers=kept, finish=kept[-1].at if kept else None,
                                   reasons=(*other, *reasons))
