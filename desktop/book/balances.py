"""Money now and on a date, per member."""

from __future__ import annotations

import datetime as dt

from desktop.book.views import MemberBalance, Refused, UsableLine, _problem


class BalancesMixin:
    """Balance use cases of FamilyBook."""

    # -- balances --

    def balances(self, on: dt.date | None = None, care_type: str = "outpatient") -> list[MemberBalance]:
        """Everyone's money at the end of ``on`` (default today): own, wallet, and usable in all.

        "Usable" is what the settlement rules would let them spend on ``care_type`` that day: their own
        account, their wallet, and the family accounts bound to them (above floors, within caps, in order).
        """
        from desktop.core import settlement
        from desktop.store.ledger import Point

        day = on or self.today()
        with self.db.session() as s:
            led = self._ledger(s.connection())
            point = Point.end_of(day)
            state = led.state(point)
            out = []
            for mid, m in led.members.items():
                personal = state.get((mid, "personal"))
                wallet_fen = state.get((mid, "wallet"))
                terms = led.terms_on(mid, day)
                accounts = {mid: personal}
                used = {}
                for t in terms:
                    if t.status == "active":
                        accounts.setdefault(t.authorizer_id, state.get((t.authorizer_id, "personal")))
                        if t.amount_cap_fen is not None:
                            used[t.id] = state.used(t.id)
                big = sum(max(0, v) for v in accounts.values()) + max(0, wallet_fen) + 1
                person = led.person(mid, day)
                res = settlement.settle(person, big, day, care_type, led.policy(person.region_code), accounts=accounts,
                                        wallet_fen=wallet_fen, bindings=terms, used_fen=used, people=led.people(),
                                        policy_for=led.policy, order=led.order(person.region_code))
                lines = tuple(UsableLine(ln.source, ln.account_id, led.members[ln.account_id].name, ln.binding_id,
                                         ln.amount_fen, ln.text_zh, ln.text_en)
                              for ln in res.lines if ln.source != "cash")
                since, _ = led.base_statement(mid, "personal", point)
                credit = _latest_credit(s, mid, day)
                out.append(MemberBalance(mid, m.name, day, personal, wallet_fen, sum(x.amount_fen for x in lines),
                                         lines, tuple(res.skipped), since, credit))
            return out

    def balance(self, member_id: int, on: dt.date | None = None, care_type: str = "outpatient") -> MemberBalance:
        for b in self.balances(on, care_type):
            if b.member_id == member_id:
                return b
        raise Refused([_problem("no_member", id=member_id)])


def _latest_credit(s, member_id: int, day: dt.date) -> int | None:
    """The expected monthly credit of the latest personal statement on or before ``day`` that gives one."""
    from sqlalchemy import select

    from desktop.store.models import Statement

    row = s.connection().execute(
        select(Statement.monthly_credit_fen)
        .where(Statement.member_id == member_id, Statement.account == "personal", Statement.on_date <= day,
               Statement.monthly_credit_fen.is_not(None))
        .order_by(Statement.on_date.desc(), Statement.id.desc())).first()
    return None if row is None else row[0]
