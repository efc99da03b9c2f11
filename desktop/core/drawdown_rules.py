"""What a :class:`~drawdown.Drawdown` asks of the rules of a day, and how it settles a visit with a quota.

Every projection month follows the rules in force on its days (dated versions): the insured place (a move, F-N9),
the payment order, each authorizer's floor (F-T10), the wallet's model (F-W6 transfers or F-N11 quotas). A visit
of someone with a 共济额度 set for them is settled directly by :func:`settlement.settle` with the quotas' state
(not memoised). ``Drawdown`` inherits these; they read only its attributes named below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from .model import BindingTerm, Person, PersonId, QuotaTerm
from .policy import RegionPolicy
from .projection import ProjectionInput, QuotaPlan, month_label, month_start
from .settlement import payment_order, settle
from .wallet import WalletRules


def _floor_of(policy: RegionPolicy) -> int:
    return policy.value("binding", "reserve_floor_fen", 0)


class DayRules:
    """The rules of a day for one person, looked up once; and the quota settlement."""

    inp: ProjectionInput
    people: tuple[Person, ...]
    people_map: dict[PersonId, Person]
    index: dict[PersonId, int]
    pol: list[RegionPolicy]
    policy_for: Callable[[str], RegionPolicy]
    mine: dict[PersonId, tuple[BindingTerm, ...]]
    q_of: list[tuple[QuotaPlan, ...]]
    acc_pos: Mapping[tuple[PersonId, str], int]
    _policy_on: Callable[[str, dt.date], RegionPolicy] | None
    _pol_day: dict[tuple[int, dt.date], RegionPolicy]
    order_list: list[tuple[str, ...]]
    _order_ix: dict[tuple[str, ...], int]
    _order_day: dict[tuple[int, dt.date], int]
    _binfo_day: dict[tuple[int, dt.date], tuple]
    _pf_day: dict[dt.date, Callable[[str], RegionPolicy]]

    def _note(self, code: str, key: Any = None, sources: Any = (), **args: object) -> None:
        raise NotImplementedError  # Drawdown's

    def policy_on(self, pi: int, day: dt.date) -> RegionPolicy:
        """The rules of person ``pi``'s insured place on ``day`` (the first month's without ``policy_on``)."""
        if self._policy_on is None:
            return self.pol[pi]
        key = (pi, day)
        p = self._pol_day.get(key)
        if p is None:
            p = self._pol_day[key] = self._policy_on(self.place_on(pi, day), day)
        return p

    def place_on(self, pi: int, day: dt.date) -> str:
        """Where person ``pi`` is insured on ``day``: the new place from the day their insurance moved (F-N9)."""
        person = self.people[pi]
        end = self.inp.coverage_ends.get(person.id)
        new = self.inp.moved_to.get(person.id)
        return new if new and end is not None and end[1] == "moved" and day >= end[0] else person.region_code

    def insured_on(self, pi: int, day: dt.date | None) -> bool:
        """False from the day a person's insurance ended (F-N9: "ended"): the fund pays nothing for them then."""
        end = self.inp.coverage_ends.get(self.people[pi].id)
        return day is None or end is None or end[1] != "ended" or day < end[0]

    def floor_on(self, pid: PersonId, day: dt.date) -> int:
        """The reserve floor of ``pid``'s account under the rules in force on ``day`` (F-T10)."""
        return _floor_of(self.policy_on(self.index[pid], day))

    def order_on(self, pi: int, day: dt.date) -> int:
        """Index into ``order_list`` of the payment order in force for person ``pi`` on ``day``."""
        key = (pi, day)
        ix = self._order_day.get(key)
        if ix is None:
            order = payment_order(self.policy_on(pi, day), self.inp.wallet_position)
            ix = self._order_ix.get(order)
            if ix is None:
                ix = self._order_ix[order] = len(self.order_list)
                self.order_list.append(order)
            self._order_day[key] = ix
        return ix

    def binfo_on(self, pi: int, day: dt.date) -> tuple:
        """(authorizer, floor on ``day``, authorized amount, binding id) of each binding paying for ``pi``."""
        key = (pi, day)
        info = self._binfo_day.get(key)
        if info is None:
            info = self._binfo_day[key] = tuple((b.authorizer_id, self.floor_on(b.authorizer_id, day),
                                                 b.amount_cap_fen, b.id) for b in self.mine[self.people[pi].id])
        return info

    def policy_for_day(self, day: dt.date) -> Callable[[str], RegionPolicy]:
        """Region code → its rules on ``day`` (the settlement's lookup of an authorizer's floor)."""
        f = self._pf_day.get(day)
        if f is None:
            if self._policy_on is None:
                f = self.policy_for
            else:
                on = self._policy_on
                cache: dict[str, RegionPolicy] = {}

                def f(code: str) -> RegionPolicy:
                    p = cache.get(code)
                    if p is None:
                        p = cache[code] = on(code, day)
                    return p
            self._pf_day[day] = f
        return f

    def model_on(self, pi: int, day: dt.date) -> str:
        """How wallet 共济 works for ``pi`` on ``day``: the family's choice, else the rules in force (F-W6, F-N11)."""
        if self.inp.sharing_choice in ("transfer", "quota"):
            return self.inp.sharing_choice
        if self._policy_on is None:  # one rule set for the whole window: planned transfers are taken as given
            return "transfer"
        return WalletRules.of(self.policy_on(pi, day)).sharing_model

    def _quota_end(self, a: PersonId, b: PersonId) -> tuple[dt.date | None, tuple[PersonId, str] | None]:
        """When a relationship between ``a`` and ``b`` ends by itself (F-N9): the earlier coverage end."""
        ends = [(e[0], pid, e[1]) for pid in (a, b) if (e := self.inp.coverage_ends.get(pid)) is not None]
        if not ends:
            return None, None
        day, who, kind = min(ends)
        return day, (who, kind)

    def _settle_quota(self, pi: int, need: int, day: dt.date, care: str, accepted: bool, oi: int, bal: dict,
                      wal: dict, used: dict, lock: dict, qleft: dict, q_done: dict, fl: list | None,
                      p: list | None) -> int:
        """A visit of someone with a quota set for them (F-N11): settled directly, not memoised (the quotas'
        state is part of it). Moves the money and returns the cash part."""
        person, pid = self.people[pi], self.people[pi].id
        terms = []
        for q in self.q_of[pi]:
            if q.id in qleft:
                terms.append(QuotaTerm(q.id, q.payer_id, pid, q.amount_fen, qleft[q.id], "standing"))
            elif q.id in q_done:
                terms.append(QuotaTerm(q.id, q.payer_id, pid, q.amount_fen, q_done[q.id],
                                       "auto_ended" if q.end_why is not None else "ended", q.ends_on, q.end_why))
        whole = {who: b + lock.get(who, 0) for who, b in bal.items()}
        s = settle(person, need, day, care, self.policy_on(pi, day), accounts=whole, wallet_fen=wal[pid],
                   bindings=self.mine[pid], used_fen=used, people=self.people_map, policy_for=self.policy_for_day(day),
                   wallet_accepted=accepted, order=self.order_list[oi], quotas=terms, locked=lock)
        c = 0
        for ln in s.lines:
            amt = ln.amount_fen
            if ln.source == "own":
                bal[pid] -= amt
                if p is not None and fl is not None:
                    p[2] += amt
                    fl[self.acc_pos[(pid, "personal")]][1] += amt
            elif ln.source == "wallet":
                wal[pid] -= amt
                if p is not None and fl is not None:
                    p[3] += amt
                    fl[self.acc_pos[(pid, "wallet")]][1] += amt
            elif ln.source in ("family", "quota"):
                a = ln.account_id
                assert a is not None
                if ln.source == "quota":
                    assert ln.quota_id is not None
                    qleft[ln.quota_id] -= amt
                    lock[a] -= amt
                else:
                    assert ln.binding_id is not None
                    bal[a] -= amt
                    used[ln.binding_id] = used.get(ln.binding_id, 0) + amt
                if p is not None and fl is not None:
                    p[4] += amt
                    ix = self.acc_pos.get((a, "personal"))
                    if ix is not None:
                        fl[ix][2] += amt
            else:
                c += amt
        if p is not None:
            p[5] += c
            why = _ended_why(s) if c else None
            if why is not None:
                self._note("proj_cash_ended", key=(pid, why), sources=("F-N9",), month=month_label(month_start(day)), name=person.name,
                           why=why)
        return c


def _ended_why(s) -> tuple[str, str] | None:
    """Why cash pays when a relationship ended by itself (F-N9): the settlement's own sentences, or None."""
    ended = [k for k in s.skipped if k.code in ("binding_auto_ended", "quota_auto_ended", "quota_ended")]
    if not ended:
        return None
    return " ".join(k.text_zh for k in ended), " ".join(k.text_en for k in ended)
