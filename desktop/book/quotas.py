"""共济额度 (F-N11): a payer sets part of the own account aside for a relative; the relative's visits draw on it
after their own account; it ends by hand or by itself (F-N9), and what is unused is the payer's again.

Which sharing model the wallet follows on a day comes from the rules in force (``WalletRules.sharing_model``),
unless the family chose one for the book (like the wallet's place in the payment order, SEED-FACTS §5).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.book.activity_views import QuotaView, SharingModel
from desktop.book.base import BookBase
from desktop.book.relations import relation_via_head
from desktop.book.views import Refused, _problem

if TYPE_CHECKING:
    from desktop.store.ledger import Ledger


class QuotasMixin(BookBase):
    """Quota use cases of FamilyBook."""

    # -- the sharing model --

    def sharing_model(self, on: dt.date | None = None, member_id: int | None = None) -> SharingModel:
        """The model the wallet follows on ``on`` for ``member_id``'s insured place (default the household head's)."""
        from desktop.store.ledger import sharing_choice

        day = on or self.today()
        with self.db.session() as s:
            conn = s.connection()
            return self._sharing(self._ledger(conn), sharing_choice(conn), day, member_id)

    def _sharing(self, led: Ledger, choice: str, day: dt.date, member_id: int | None) -> SharingModel:
        from desktop.core import wallet

        code = "000000"
        if member_id is not None and member_id in led.members:
            code = led.person(member_id, day).region_code
        else:
            heads = [m for m in led.members.values() if m.head_relation == "self"] or list(led.members.values())
            if heads:
                code = led.person(heads[0].id, day).region_code
        rules = wallet.WalletRules.of(led.policy(code, day))
        model = rules.sharing_model if choice == "rules" else choice
        return SharingModel(day, model, choice, rules.sharing_model, rules.sharing_src, code)

    def set_sharing_model(self, choice: str) -> None:
        """"rules" (follow the rules in force), "transfer" or "quota" for this book."""
        from desktop.store.ledger import SHARING_CHOICES, SHARING_MODEL_KEY

        if choice not in SHARING_CHOICES:
            raise Refused([_problem("unknown_value", "sharing_model", field=("共济方式", "sharing model"),
                                    value=choice)])
        self.set_meta(SHARING_MODEL_KEY, choice)

    # -- quotas --

    def _quota_problems(self, conn, payer_id: int, receiver_id: int, amount_fen: int, at: dt.datetime) -> list:
        from desktop.core import rules, vocab
        from desktop.core.ledger import Moment, coverage_end
        from desktop.store.ledger import sharing_choice

        led = self._ledger(conn)
        for mid in (payer_id, receiver_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        if payer_id == receiver_id:
            return [_problem("quota_same_person", "receiver")]
        out: list[Any] = []
        if amount_fen <= 0:
            out.append(_problem("quota_not_positive", "amount"))
        day = at.date()
        model = self._sharing(led, sharing_choice(conn), day, payer_id)
        if model.model != "quota":
            why = (("按当时的政策", "by the rules in force then") if model.chosen == "rules"
                   else ("家庭在医保钱包页选的", "as the family chose on the Wallet page"))
            out.append(_problem("quota_model_transfer", "model", day=day, why=why))
        for mid in (payer_id, receiver_id):
            end = coverage_end(led.members[mid])
            if end is not None and end[0] <= day:
                out.append(_problem("quota_after_coverage_end", "at", name=led.members[mid].name, day=end[0],
                                    why=vocab.COVERAGE_ENDS[end[1]]))
        a, b = led.members[payer_id], led.members[receiver_id]
        rel = relation_via_head(a.head_relation, b.head_relation) or "other"
        elig = rules.check_binding(led.person(payer_id, day), led.person(receiver_id, day), rel,
                                   led.policy(led.person(payer_id, day).region_code, day), on=day, purpose="wallet")
        out += list(elig.reasons)
        m = Moment.of_time(at)
        for q in led.rules.quotas_from(payer_id):
            if q.receiver_id == receiver_id and (led.rules.standing(q, m) or led.rules.quota_started(q) >= m):
                out.append(_problem("quota_one_standing", "receiver", payer=a.name, receiver=b.name,
                                    amount_fen=q.amount_fen))
        state = led.state(m)
        usable = state.get((payer_id, "personal")) - led.locked(payer_id, m, state)
        if amount_fen > 0 and amount_fen > usable:
            out.append(_problem("quota_over_usable", "amount", name=a.name, at=at, usable_fen=max(0, usable),
                                amount_fen=amount_fen))
        return out

    def check_quota(self, payer_id: int, receiver_id: int, amount_fen: int,
                    at: dt.datetime | None = None) -> list:
        """Every reason a quota could not be set now (empty: it can)."""
        from desktop.core.ledger import naive_china

        with self.db.session() as s:
            return self._quota_problems(s.connection(), payer_id, receiver_id, amount_fen,
                                        naive_china(at or self.clock()))

    def set_quota(self, payer_id: int, receiver_id: int, amount_fen: int, at: dt.datetime | None = None,
                  channel_id: str = "", note: str = "") -> QuotaView:
        """Record a 共济额度 set from the payer for the receiver at ``at`` (default now), and re-settle from then."""
        from desktop.core.ledger import Moment, naive_china
        from desktop.store.models import Quota

        when = naive_china(at or self.clock())
        with self.db.session(write=True) as s:
            conn = s.connection()
            problems = self._quota_problems(conn, payer_id, receiver_id, amount_fen, when)
            if problems:
                raise Refused(problems)
            q = Quota(payer_id=payer_id, receiver_id=receiver_id, amount_fen=amount_fen, set_at=when,
                      channel_id=channel_id, note=note, created_at=self.clock())
            s.add(q)
            s.flush()
            assert q.id is not None
            self._replay(conn, Moment.start_of(when.date()))
            return self._quota_view(self._ledger(conn), q.id)

    def end_quota(self, quota_id: int, at: dt.datetime | None = None) -> QuotaView:
        """The family ended the quota at ``at`` (default now): what is unused is the payer's again (F-N11)."""
        from desktop.core.ledger import Moment, naive_china
        from desktop.store.models import Quota

        when = naive_china(at or self.clock())
        with self.db.session(write=True) as s:
            q = s.get(Quota, quota_id)
            if q is None:
                raise Refused([_problem("no_record", id=quota_id, what=("共济额度", "family quota"))])
            conn = s.connection()
            led = self._ledger(conn)
            row = next(r for r in led.rules.quotas if r.id == quota_id)
            end = led.rules.quota_end(row)
            if end is not None and end[0] <= Moment.of_time(when):
                raise Refused([_problem("quota_state")])
            if when < q.set_at:
                raise Refused([_problem("quota_end_before_set", at=q.set_at)])
            q.ended_at = when
            s.flush()
            self._replay(conn, Moment.start_of(when.date()))
            return self._quota_view(self._ledger(conn), quota_id)

    def delete_quota(self, quota_id: int) -> None:
        """Take a mistaken quota out of the book; visits it paid are settled again without it (the UI asks first)."""
        from desktop.core.ledger import Moment
        from desktop.store.models import Quota

        with self.db.session(write=True) as s:
            q = s.get(Quota, quota_id)
            if q is None:
                raise Refused([_problem("no_record", id=quota_id, what=("共济额度", "family quota"))])
            day = q.set_at.date()
            conn = s.connection()
            conn.exec_driver_sql("UPDATE allocation_lines SET quota_id = NULL WHERE quota_id = ?", (quota_id,))
            s.delete(q)
            s.flush()
            self._replay(conn, Moment.start_of(day))

    def quotas(self, member_id: int | None = None) -> list[QuotaView]:
        """Every quota (newest first), or those ``member_id`` set or receives."""
        with self.db.session() as s:
            led = self._ledger(s.connection())
            rows = [q for q in led.rules.quotas
                    if member_id is None or member_id in (q.payer_id, q.receiver_id)]
            rows.sort(key=lambda q: (q.set_at, q.id), reverse=True)
            return [self._quota_view(led, q.id) for q in rows]

    def _quota_view(self, led: Ledger, quota_id: int) -> QuotaView:
        from desktop.core import ledger as core
        from desktop.core.ledger import Moment

        q = next(r for r in led.rules.quotas if r.id == quota_id)
        names = {m.id: m.name for m in led.members.values()}
        now = Moment.now(led.now)
        used = led.quota_used(q.id, Moment(dt.date.max))
        end = led.rules.quota_end(q)
        if not led.rules.quota_started(q) < now:
            state = "waiting"
        elif end is None or now <= end[0]:
            state = "standing"
        else:
            state = "auto_ended" if end[1] == "auto" else "ended"
        who = end[2] if end is not None and end[1] == "auto" else None
        kind = None
        if who is not None:
            e = core.coverage_end(led.members.get(who))
            kind = None if e is None else e[1]
        return QuotaView(q.id, q.payer_id, names.get(q.payer_id, ""), q.receiver_id, names.get(q.receiver_id, ""),
                         q.amount_fen, q.set_at, q.channel_id, q.ended_at, q.note, used, max(0, q.amount_fen - used),
                         state, None if end is None else end[0].day, who, names.get(who, "") if who else "", kind)
