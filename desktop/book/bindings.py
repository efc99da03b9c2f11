"""Family mutual-aid bindings: check, propose, move through their states, delete, list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.book.activity_views import BindingView
from desktop.book.base import BookBase
from desktop.book.queries import _count, _sum
from desktop.book.relations import relation_via_head
from desktop.book.views import Refused, _problem
from desktop.core import vocab
from desktop.core.explain import Reason

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.core import rules


class BindingsMixin(BookBase):
    """Binding use cases of FamilyBook."""

    # -- bindings --

    def _check_binding(self, conn, authorizer_id: int, beneficiary_id: int, relation: str | None,
                       start: dt.date | None, end: dt.date | None, amount_cap_fen: int | None,
                       on: dt.date | None, binding_id: int | None) -> tuple[rules.Eligibility, str]:
        from desktop.core import rules
        from desktop.store.ledger import term_on

        led = self._ledger(conn)
        for mid in (authorizer_id, beneficiary_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        a, b = led.members[authorizer_id], led.members[beneficiary_id]
        rel = relation or relation_via_head(a.head_relation, b.head_relation)
        if rel is None:
            raise Refused([_problem("relation_unknown", "relation")])
        if rel not in vocab.RELATIONS:
            raise Refused([_problem("unknown_value", "relation", field=("亲属关系", "relation"), value=rel)])
        day = on or self.today()
        when = start or day  # the rules in force when the binding would begin judge it
        existing = [term_on(x, day) for x in led.bindings]
        verdict = rules.check_binding(led.person(authorizer_id, when), led.person(beneficiary_id, when), rel,
                                      led.policy(a.region_code, when), on=day, existing=existing, start=start,
                                      end=end, amount_fen=amount_cap_fen, purpose="bind", binding_id=binding_id,
                                      place_name=self._place_name)
        return verdict, rel

    def check_binding(self, authorizer_id: int, beneficiary_id: int, *, relation: str | None = None,
                      start: dt.date | None = None, end: dt.date | None = None, amount_cap_fen: int | None = None,
                      on: dt.date | None = None, binding_id: int | None = None) -> rules.Eligibility:
        """The engine's verdict for a proposed binding (every reason, or what the channel asks for)."""
        with self.db.session() as s:
            verdict, _ = self._check_binding(s.connection(), authorizer_id, beneficiary_id, relation, start, end,
                                             amount_cap_fen, on, binding_id)
            return verdict

    def propose_binding(self, authorizer_id: int, beneficiary_id: int, *, relation: str | None = None,
                        channel_id: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
                        amount_cap_fen: int | None = None, status: str = "draft",
                        registered_at: dt.datetime | None = None, note: str = "") -> BindingView:
        """Store a binding (draft, pending review or active), refused with the engine's reasons."""
        from desktop.store.models import Binding

        if status not in ("draft", "pending", "active"):
            raise Refused([_problem("unknown_value", "status", field=("状态", "status"), value=status)])
        with self.db.session(write=True) as s:
            conn = s.connection()
            verdict, rel = self._check_binding(conn, authorizer_id, beneficiary_id, relation, start, end,
                                               amount_cap_fen, None, None)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            a = self._ledger(conn).members[authorizer_id]
            if status == "active" and registered_at is None:
                registered_at = self.clock()
            b = Binding(authorizer_id=authorizer_id, beneficiary_id=beneficiary_id, relation=rel,
                        region_code=a.region_code, channel_id=channel_id, registered_at=registered_at,
                        start_date=start, end_date=end, amount_cap_fen=amount_cap_fen, status=status, note=note,
                        created_at=self.clock())
            s.add(b)
            s.flush()
            if status == "active":
                self._replay(conn, _binding_point(b))
            return self._binding_view(s, b)

    def _binding(self, s, binding_id: int):
        from desktop.store.models import Binding

        b = s.get(Binding, binding_id)
        if b is None:
            raise Refused([_problem("no_record", id=binding_id, what=("共济绑定", "binding"))])
        return b

    def _state_refusal(self, b, action: tuple[str, str]) -> Refused:
        return Refused([_problem("binding_state", status=vocab.BINDING_STATUSES.get(b.status, (b.status,) * 2),
                                 action=action)])

    def activate_binding(self, binding_id: int, registered_at: dt.datetime | None = None) -> BindingView:
        """The channel approved it: active from its start date; the registration time fixes the order."""
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status not in ("draft", "pending"):
                raise self._state_refusal(b, ("生效", "activated"))
            verdict, _ = self._check_binding(s.connection(), b.authorizer_id, b.beneficiary_id, b.relation,
                                             b.start_date, b.end_date, b.amount_cap_fen, None, b.id)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            b.status = "active"
            b.registered_at = registered_at or b.registered_at or self.clock()
            s.flush()
            self._replay(s.connection(), _binding_point(b))
            return self._binding_view(s, b)

    def mark_binding_pending(self, binding_id: int) -> BindingView:
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status != "draft":
                raise self._state_refusal(b, ("提交审核", "sent for review"))
            b.status = "pending"
            s.flush()
            return self._binding_view(s, b)

    def reject_binding(self, binding_id: int) -> BindingView:
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status not in ("draft", "pending"):
                raise self._state_refusal(b, ("标为未通过", "marked rejected"))
            b.status = "rejected"
            s.flush()
            return self._binding_view(s, b)

    def terminate_binding(self, binding_id: int, on: dt.date | None = None) -> BindingView:
        """The authorizer ended it (F-T7): no longer valid from ``on`` (default today)."""
        from desktop.core.ledger import Moment

        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status != "active":
                raise self._state_refusal(b, ("终止", "terminated"))
            ends = on or self.today()
            pol = self._ledger(s.connection()).policy(b.region_code, ends)
            rule = pol.rule("binding", "terminable")
            if rule is not None and not rule.value:  # the pack says the authorizer may not end it at will
                raise Refused([Reason("binding_not_terminable", (rule.source,), {
                    "region": pol.name, "why": rule.note or ("地区资料这样规定", "so the region pack says")})])
            b.status = "terminated"
            b.terminated_on = ends
            s.flush()
            self._replay(s.connection(), Moment.start_of(b.terminated_on))
            return self._binding_view(s, b)

    def delete_binding(self, binding_id: int) -> None:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import AllocationLine
        from desktop.store.tables import table_of

        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            paid = s.connection().execute(select(_count()).select_from(table_of(AllocationLine))
                                          .where(col(AllocationLine.binding_id) == binding_id)).scalar_one()
            if paid:
                raise Refused([_problem("binding_in_use")])
            if b.status in ("active", "terminated"):
                raise self._state_refusal(b, ("删除", "deleted"))
            s.delete(b)

    def bindings(self, beneficiary_id: int | None = None, on: dt.date | None = None) -> list[BindingView]:
        """Bindings in registration order per beneficiary (the order family accounts pay in, F-G6)."""
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import Binding

        with self.db.session() as s:
            q = select(Binding)
            if beneficiary_id is not None:
                q = q.where(col(Binding.beneficiary_id) == beneficiary_id)
            rows = list(s.scalars(q))
            from desktop.core.model import registration_key
            from desktop.store.ledger import term_on

            day = on or self.today()
            rows.sort(key=lambda b: (b.beneficiary_id, registration_key(term_on(b, day))))
            return [self._binding_view(s, b) for b in rows]

    def _binding_view(self, s, b) -> BindingView:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.core.model import registration_key
        from desktop.store.ledger import term_on
        from desktop.store.models import AllocationLine, Binding, Member

        conn = s.connection()
        used = conn.execute(select(_sum(AllocationLine.amount_fen)).where(AllocationLine.binding_id == b.id)).scalar_one()
        names = dict(conn.execute(select(col(Member.id), col(Member.name))).all())
        rank = None
        if b.status in ("active", "pending", "terminated"):
            day = self.today()
            same = [x for x in s.scalars(select(Binding).where(Binding.beneficiary_id == b.beneficiary_id))
                    if x.status in ("active", "pending")]
            same.sort(key=lambda x: registration_key(term_on(x, day)))
            ids = [x.id for x in same]
            rank = ids.index(b.id) + 1 if b.id in ids else None
        from desktop.core.ledger import first_end

        ended = first_end(s.get(Member, b.authorizer_id), s.get(Member, b.beneficiary_id))
        return BindingView(
            b.id, b.authorizer_id, names.get(b.authorizer_id, ""), b.beneficiary_id, names.get(b.beneficiary_id, ""),
            b.relation, b.region_code, b.channel_id, b.registered_at, b.start_date, b.end_date, b.amount_cap_fen,
            b.status, b.terminated_on, b.note, int(used),
            None if b.amount_cap_fen is None else max(0, b.amount_cap_fen - int(used)), rank,
            None if ended is None else ended[0], None if ended is None else ended[1],
            "" if ended is None else names.get(ended[1], ""), None if ended is None else ended[2])


def _binding_point(b):
    from desktop.core.ledger import Moment, term_on

    t = term_on(b, dt.date.max)
    return Moment.start_of(t.start or dt.date.min)
