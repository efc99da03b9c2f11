"""Checking and scheduling a projection input: the part of :class:`~drawdown.Drawdown` built once.

A :class:`Plan` checks the input, resolves each person's policy, schedules credits, transfers, premiums and
events month by month, and turns a visit into the tuple the drawdown runs (:meth:`Plan._item`). The running
itself (and what is memoised there) is in ``drawdown.py``; the rules of a day in ``drawdown_rules.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import vocab
from .drawdown_rules import DayRules, _floor_of
from .explain import Reason
from .model import Person, PersonId, registration_key
from .policy import RegionPolicy, Row
from .projection import (
    CARE_DAY,
    MAX_MONTHS,
    MIN_MONTHS,
    Account,
    ProjectionError,
    ProjectionInput,
    QuotaPlan,
    add_months,
    month_end,
    month_label,
    month_start,
)
from .reimbursement import YearUsage
from .rules import check_binding
from .settlement import payment_order
from .wallet import CHINA, WalletRules, plan_transfers

INSURED = frozenset({"employee", "flexible", "resident"})
Item = tuple[str, str, int, bool]  # care, hospital, total fen, wallet accepted


class Plan(DayRules):
    """A checked, scheduled projection input (the rules of a day and the quota settlement:
    ``drawdown_rules.DayRules``); :class:`~drawdown.Drawdown` runs it."""

    memo_type: type[dict] = dict  # the memos' type (a test swaps in one that forgets, to compare)

    def __init__(self, inp: ProjectionInput, policy_for: Callable[[str], RegionPolicy],
                 policy_on: Callable[[str, dt.date], RegionPolicy] | None = None) -> None:
        if not MIN_MONTHS <= inp.months <= MAX_MONTHS:
            raise ProjectionError("proj_bad_months", lo=MIN_MONTHS, hi=MAX_MONTHS, months=inp.months)
        self.inp = inp
        self.months = inp.month_list()
        self.people: tuple[Person, ...] = tuple(inp.people)
        self.index = {p.id: i for i, p in enumerate(self.people)}
        self.people_map = {p.id: p for p in self.people}
        self.notes: list[Reason] = []
        self._seen_notes: set = set()
        cache: dict[str, RegionPolicy] = {}

        def pf(code: str) -> RegionPolicy:
            p = cache.get(code)
            if p is None:
                p = cache[code] = policy_for(code)
            return p

        self.policy_for = pf
        self.pol = [pf(p.region_code) for p in self.people]
        # every month follows the rules in force on its days (dated versions): the fund's share, the payment
        # order, the floors, premiums and the wallet's model; one policy per person and day, looked up once
        self._policy_on = policy_on
        self._pol_day: dict[tuple[int, dt.date], RegionPolicy] = {}
        self.tag_policy: dict[tuple, RegionPolicy] = {}
        self.orders = [payment_order(pol, inp.wallet_position) for pol in self.pol]  # the family's wallet place
        self.floor = {p.id: _floor_of(self.pol[i]) for i, p in enumerate(self.people)}  # the first month's
        self.order_list: list[tuple[str, ...]] = []  # distinct payment orders; items carry an index into it
        self._order_ix: dict[tuple[str, ...], int] = {}
        self._order_day: dict[tuple[int, dt.date], int] = {}
        self._binfo_day: dict[tuple[int, dt.date], tuple] = {}
        self._pf_day: dict[dt.date, Callable[[str], RegionPolicy]] = {}
        self._rows: dict = {}
        # the memos of estimate() and settle() figures, one small dict per kind of visit (see ``_item``)
        self._est: dict[tuple, dict] = {}
        self._set: dict[tuple, dict] = {}
        # year-to-date usage lives in flat slots, one per (person, year, benefit group)
        self._slots: dict[tuple[int, int, str], int] = {}
        self.slot_key: list[tuple[int, int, str]] = []
        self.slot_ded0: list[int] = []
        self.slot_fund0: list[int] = []
        self._check_inputs()
        self._accounts()
        self._schedule()

    # ---- checking and scheduling ----

    def _pid(self, pid: PersonId) -> int:
        i = self.index.get(pid)
        if i is None:
            raise ProjectionError("proj_unknown_person", person_id=pid)
        return i

    @staticmethod
    def _not_negative(what: tuple[str, str], fen: int) -> None:
        if fen < 0:
            raise ProjectionError("proj_negative", what=what, amount_fen=fen)

    @staticmethod
    def _vocab(care: str, hospital: str) -> None:
        if care not in vocab.CARE_TYPES:
            raise ProjectionError("proj_bad_vocab", value=care, what=("就诊类型", "care type"))
        if hospital not in vocab.HOSPITAL_CLASSES:
            raise ProjectionError("proj_bad_vocab", value=hospital, what=("医院等级", "hospital class"))

    def _check_inputs(self) -> None:
        inp = self.inp
        for what, mapping in ((("账户余额", "A balance"), inp.balances), (("钱包余额", "A wallet balance"), inp.wallets),
                              (("每月划入", "A monthly credit"), inp.credits)):
            for pid, fen in mapping.items():
                self._pid(pid)
                self._not_negative(what, fen)
        for fen in inp.binding_used.values():
            self._not_negative(("已用授权额度", "A binding's used amount"), fen)
        for b in inp.bindings:
            self._pid(b.authorizer_id)
            self._pid(b.beneficiary_id)
        for pid in inp.usage:
            self._pid(pid)

    def _note(self, code: str, key: Any = None, sources: Any = (), **args: object) -> None:
        """One plain note per ``key`` (default: its arguments); ``sources``: the fact IDs beside it."""
        k = (code, key if key is not None else tuple(sorted((a, str(v)) for a, v in args.items())))
        if k not in self._seen_notes:
            self._seen_notes.add(k)
            self.notes.append(Reason(code, tuple(sources), args))

    def _accounts(self) -> None:
        inp = self.inp
        receivers = {t.to_id for t in inp.transfers}
        acc: list[Account] = []
        for p in self.people:
            if p.insurance in ("employee", "flexible") or p.id in inp.balances or p.id in inp.credits:
                acc.append(Account(p.id, "personal"))
            if p.id in inp.wallets or p.id in receivers:
                acc.append(Account(p.id, "wallet"))
        self.accounts = tuple(acc)
        payers = {b.authorizer_id for b in inp.bindings} | {pr.payer_id for pr in inp.premiums}
        self.acc_floor = tuple(self.floor[a.person_id] if a.kind == "personal" and a.person_id in payers else 0
                               for a in self.accounts)
        self.acc_pos: dict[tuple[PersonId, str], int] = {a: i for i, a in enumerate(self.accounts)}
        self.bal0 = {p.id: inp.balances.get(p.id, 0) for p in self.people}
        self.wal0 = {p.id: inp.wallets.get(p.id, 0) for p in self.people}
        self.used0 = dict(inp.binding_used)
        self.usage0 = [inp.usage.get(p.id) or YearUsage() for p in self.people]
        self.credits = tuple((a.person_id, inp.credits.get(a.person_id, 0)) for a in self.accounts
                             if a.kind == "personal" and inp.credits.get(a.person_id, 0))
        # from today: the first month's credit only where it is not in the balance read this month yet
        self.credits0 = (self.credits if inp.as_of is None
                         else tuple((pid, c) for pid, c in self.credits if pid not in inp.credited))

    def _validity(self, pid: PersonId, day: dt.date) -> tuple[int, ...]:
        """Per binding of ``pid``: 1 within its dates, 0 outside them, 2 ended by itself (F-N9) — the last two
        are told apart because the settlement says why cash pays."""
        return tuple(2 if b.ended_on is not None and day >= b.ended_on
                     else int((b.start is None or b.start <= day) and (b.end is None or day <= b.end))
                     for b in self.mine[pid])

    def _schedule(self) -> None:
        inp = self.inp
        n_m = len(self.months)
        first, last = self.months[0], self.months[-1]
        self.mine = {p.id: tuple(b for b in inp.bindings if b.beneficiary_id == p.id and b.authorizer_id != p.id)
                     for p in self.people}
        days = [m.replace(day=CARE_DAY) for m in self.months]
        self.days_left, self.days_in_first = inp.first_month_days()
        self.as_of_day = 0  # events on or before this day of the first month are past
        if inp.as_of is not None:
            if month_start(inp.as_of) != first:
                raise ProjectionError("proj_bad_as_of", as_of=inp.as_of, month=month_label(first))
            self.as_of_day = inp.as_of.day
            days[0] = first.replace(day=min(max(CARE_DAY, inp.as_of.day + 1), self.days_in_first))
        self.care_days = days
        self.ages = [[p.age_on(d) for p in self.people] for d in days]
        self.valid = [[self._validity(p.id, d) for p in self.people] for d in days]

        # routine spending: history lines (sorted), then user lines, per person
        self.hist_lines: list[list[Item]] = [[] for _ in self.people]
        self.user_lines: list[list[tuple[Item, dt.date | None, dt.date | None]]] = [[] for _ in self.people]
        self.hist_keys: list[dict[tuple[str, str], bool]] = [{} for _ in self.people]
        for s in inp.spending:
            i = self._pid(s.person_id)
            self._vocab(s.care, s.hospital)
            self._not_negative(("每月花费", "A monthly spending"), s.monthly_fen)
            if s.origin == "history":
                self.hist_keys[i][(s.care, s.hospital)] = s.wallet_accepted
                if s.monthly_fen:
                    self.hist_lines[i].append((s.care, s.hospital, s.monthly_fen, s.wallet_accepted))
            elif s.monthly_fen:
                first_m = month_start(s.first_month) if s.first_month else None
                last_m = month_start(s.last_month) if s.last_month else None
                self.user_lines[i].append(((s.care, s.hospital, s.monthly_fen, s.wallet_accepted), first_m, last_m))
        for lines in self.hist_lines:
            lines.sort()

        # events
        self.before: list[list] = [[] for _ in range(n_m)]
        self.after: list[list] = [[] for _ in range(n_m)]
        evs = []
        for k, ev in enumerate(inp.events):
            i = self._pid(ev.person_id)
            self._vocab(ev.care, ev.hospital)
            self._not_negative(("预计费用", "An estimated total"), ev.total_fen)
            m0 = month_start(ev.month)
            if not first <= m0 <= last or not ev.total_fen:
                continue
            day = m0.replace(day=max(1, min(ev.day, month_end(m0).day)))
            if m0 == first and day.day <= self.as_of_day:
                continue  # before today's balances: recorded as a visit already, or not happening
            evs.append((day, i, k, ev))
        for day, i, _k, ev in sorted(evs, key=lambda t: (t[0], t[1], t[2])):
            item = self._item(i, ev.care, ev.hospital, ev.total_fen, ev.wallet_accepted, day,
                              self.people[i].age_on(day), self._validity(ev.person_id, day))
            (self.before if day.day < CARE_DAY else self.after)[self._m(day)].append(item)

        self.transfers: list[list[tuple[PersonId, PersonId, int]]] = [[] for _ in range(n_m)]
        self.quota_plans: list[QuotaPlan] = list(inp.quotas)
        for t in inp.transfers:
            self._transfer(t, first, last)
        self._quotas()
        self.premiums: list[list] = [[] for _ in range(n_m)]
        for plan in inp.premiums:
            self._premium(plan, first, last)

    def _m(self, month: dt.date) -> int:
        first = self.months[0]
        return (month.year - first.year) * 12 + month.month - first.month

    def _transfer(self, t, first: dt.date, last: dt.date) -> None:
        i, j = self._pid(t.from_id), self._pid(t.to_id)
        self._not_negative(("转账金额", "A transfer amount"), t.amount_fen)
        month = month_start(t.month)
        if not first <= month <= last or not t.amount_fen:
            return
        sender, recipient = self.people[i], self.people[j]
        policy = self.policy_on(i, month)
        args = {"month": month_label(month), "payer": sender.name, "name": recipient.name}
        if t.relation is not None:
            elig = check_binding(sender, recipient, t.relation, policy, on=month, purpose="wallet")
            if not elig.allowed:
                r = elig.reasons[0]
                self._note("proj_transfer_refused", **args, why=(r.text_zh, r.text_en))
                return
        day = 1 if month != first or not self.as_of_day else self.as_of_day + 1
        if day > month_end(month).day:  # today is the month's last day: none of this month's transfer is left
            self._note("proj_transfer_late", **args, amount_fen=t.amount_fen, moved_fen=0)
            return
        on = month.replace(day=day)
        if self.model_on(i, on) == "quota":
            # the quota model applies that month: nothing moves; the amount is set aside as a quota (F-N11)
            self._note("proj_transfer_as_quota", key=(t.from_id, t.to_id), **args, amount_fen=t.amount_fen,
                       sources=tuple(WalletRules.of(self.policy_on(i, on)).sharing_src) or ("F-N11",))
            self.quota_plans.append(QuotaPlan(-1 - len(self.quota_plans), t.from_id, t.to_id, t.amount_fen,
                                              t.amount_fen, *self._quota_end(t.from_id, t.to_id), set_on=on))
            return
        moved = _month_moves(WalletRules.of(self.policy_on(i, on)), t.amount_fen, month, day)
        if moved < t.amount_fen:
            self._note("proj_transfer_late", **args, amount_fen=t.amount_fen, moved_fen=moved)
        if moved:
            self.transfers[self._m(month)].append((t.from_id, t.to_id, moved))

    def _quotas(self) -> None:
        """Quotas per receiver, the ones set inside the window per month, and every end in date order."""
        n_m = len(self.months)
        self.q_of: list[tuple[QuotaPlan, ...]] = [() for _ in self.people]
        self.q_sets: list[list[QuotaPlan]] = [[] for _ in range(n_m)]
        self.q_left0: dict[int, int] = {}
        self.lock0: dict[PersonId, int] = {}
        for q in self.quota_plans:
            pi, ri = self._pid(q.payer_id), self._pid(q.receiver_id)
            self._not_negative(("共济额度", "A family quota"), q.left_fen)
            self.q_of[ri] = (*self.q_of[ri], q)
            if q.set_on is None:
                left = min(q.left_fen, self.bal0[q.payer_id])  # the locked part of the payer's balance
                self.bal0[q.payer_id] -= left
                self.lock0[q.payer_id] = self.lock0.get(q.payer_id, 0) + left
                self.q_left0[q.id] = left
            else:
                self.q_sets[self._m(month_start(q.set_on))].append(q)
            if q.ends_on is not None and q.ends_on <= month_end(self.months[-1]) and q.end_why is not None:
                who = self.people_map.get(q.end_why[0])
                self._note("proj_quota_ends", key=("q", q.id), sources=("F-N11", "F-N9"), who=who.name if who else "",
                           why=vocab.COVERAGE_ENDS.get(q.end_why[1], ("", "")), day=q.ends_on,
                           payer=self.people[pi].name, name=self.people[ri].name)
        self.q_ends = sorted((q.ends_on, q.id) for q in self.quota_plans if q.ends_on is not None)
        self.q_by_id = {q.id: q for q in self.quota_plans}
        last_day = month_end(self.months[-1])
        for pid, (day, kind) in sorted(self.inp.coverage_ends.items()):
            if pid in self.people_map and self.months[0] <= day <= last_day and self._policy_on is not None:
                name = self.people_map[pid].name
                if kind == "ended":
                    self._note("proj_insurance_ended", sources=("F-N9",), name=name, day=day)
                elif self.inp.moved_to.get(pid):
                    self._note("proj_insurance_moved", sources=("F-N9",), name=name, day=day)
        for b in self.inp.bindings:  # a binding that ends by itself inside the window (F-N9): said once
            if b.ended_on is not None and b.ended_why is not None and self.months[0] <= b.ended_on \
                    <= month_end(self.months[-1]) and b.status == "active":
                who = self.people_map.get(b.ended_why[0])
                self._note("proj_binding_ends", key=("b", b.id), sources=("F-N9",), who=who.name if who else "",
                           why=vocab.COVERAGE_ENDS.get(b.ended_why[1], ("", "")), day=b.ended_on,
                           payer=self.people_map[b.authorizer_id].name, name=self.people_map[b.beneficiary_id].name)

    def _premium_amount(self, plan, year: int) -> tuple[int | None, Row | None]:
        """The premium for ``year``: the plan's amount, else the relative's pack row (nearest year)."""
        if plan.amount_fen is not None:
            self._not_negative(("保费", "A premium"), plan.amount_fen)
            return plan.amount_fen, None
        person = self.people_map[plan.person_id]
        if plan.insurance == "care":  # no pack gives a long-term-care premium figure: the family enters it
            self._note("proj_care_premium_unknown", sources=("F-N10",), name=person.name, year=year)
            return None, None
        policy = self.policy_for(person.region_code)
        rows = [r for r in policy.rows("premiums") if r["insurance"] == "resident"
                and r.get("amount_fen") is not None and r.get("period", "year") == "year"]
        if plan.tier is not None:
            rows = [r for r in rows if r["tier"] == plan.tier]
        if not rows:
            self._note("proj_premium_unknown", name=person.name, year=year)
            return None, None
        years = sorted({r["year"] for r in rows})
        earlier = [y for y in years if y <= year]
        use = earlier[-1] if earlier else years[0]
        same = [r for r in rows if r["year"] == use]
        row = next((r for r in same if r["tier"] == "all"), same[0])
        if use != year:
            self._note("proj_premium_assumed_year", name=person.name, year=year, used_year=use,
                       amount_fen=row["amount_fen"])
        if plan.tier is None and len({r["tier"] for r in same}) > 1 and row["tier"] != "all":
            self._note("proj_premium_tier", key=(person.id, use), name=person.name, tier=row["tier"],
                       amount_fen=row["amount_fen"])
        return row["amount_fen"], row

    def _premium(self, plan, first: dt.date, last: dt.date) -> None:
        pi, ri = self._pid(plan.payer_id), self._pid(plan.person_id)
        payer, rel = self.people[pi], self.people[ri]
        start = month_start(plan.month)
        k = 0
        while True:
            month = add_months(start, 12 * k)
            if month > last or (k and not plan.yearly):
                break
            year = plan.coverage_year + k
            k += 1
            if month < first:
                continue
            amount, row = self._premium_amount(plan, year)
            if not amount:
                continue
            if row is not None and row.get("collect_from") and row["year"] == year:
                lo, hi = dt.date.fromisoformat(row["collect_from"]), dt.date.fromisoformat(row["collect_to"])
                if month_end(month) < lo or month > hi:
                    self._note("proj_premium_outside_window", name=rel.name, year=year, month=month_label(month),
                               collect_from=lo, collect_to=hi)
            binding = None
            args = {"payer": payer.name, "name": rel.name}
            rules = self.policy_on(pi, month)  # the payer's rules in force that month
            care = plan.insurance == "care"
            if care and not rules.value("payment", "pays_care_premiums", False):
                self._note("proj_care_premium_not_allowed", sources=("F-N10",), **args, month=month_label(month))
            elif not care and not rules.value("payment", "pays_resident_premiums", False):
                self._note("proj_premium_not_allowed", **args)
            elif not care and rel.insurance != "resident":
                self._note("proj_premium_not_resident", name=rel.name)
            else:
                bound = sorted((b for b in self.inp.bindings if b.authorizer_id == payer.id
                                and b.beneficiary_id == rel.id and b.in_force_on(month)), key=registration_key)
                if bound:
                    binding = bound[0]
                else:
                    self._note("proj_premium_not_bound", **args, month=month_label(month))
            self.premiums[self._m(month)].append((payer.id, rel.id, ri, amount, binding,
                                                  self.floor_on(payer.id, month)))

    # ---- visits ready to run ----

    def _info(self, pi: int, care: str, hospital: str, age: int | None, day: dt.date | None = None) -> tuple:
        """What decides an estimate besides the amounts: (tag, group, yearly deductible?, deductible, cap)."""
        policy = self.pol[pi] if day is None else self.policy_on(pi, day)
        insured = self.insured_on(pi, day)
        key = (pi, care, hospital, age, id(policy), insured)
        info = self._rows.get(key)
        if info is not None:
            return info
        person = self.people[pi]
        if not insured:  # insurance ended (F-N9): no fund share from that day
            info = ("e", None, False, 0, -1)
        elif person.insurance not in INSURED:
            info = ("u", None, False, 0, -1)
        else:
            kind = person.kind
            row = policy.benefit(care, kind, hospital, age)
            if row is None:
                none = ("n", id(policy))  # no table: still that day's rules (which say so), not the first month's
                self.tag_policy[none] = policy
                info = (none, None, False, 0, -1)
            else:
                d = row.data
                cap = policy.cap(d["group"], kind, age) if d["ratio"] is not None else None
                tag = (id(row), id(cap) if cap is not None else 0, id(policy))
                self.tag_policy[tag] = policy
                info = (tag, d["group"], d["deductible_per"] == "year",
                        d["deductible_fen"], cap.data["amount_fen"] if cap is not None else -1)
        self._rows[key] = info
        return info

    def _item(self, pi: int, care: str, hospital: str, total: int, accepted: bool, day: dt.date,
              age: int | None, valid: tuple[int, ...]) -> tuple:
        """One visit ready to run: (person index, person id, year slot, yearly deductible?, deductible, cap,
        estimate memo, settlement memo, binding info, total, accepted, day, tag, care, hospital, payment order
        index).

        The two memos are shared by every visit of the same kind: the estimate's by (tag, total) — the rows and
        rules that apply —, the settlement's by everything a settlement reads besides the amounts (person,
        care, wallet acceptance, bindings in date, payment order, each binding's authorizer, floor and cap, and
        the rules of the day). ``drawdown.Drawdown.run`` keys them by the amounts only."""
        tag, group, per_year, ded, cap = self._info(pi, care, hospital, age, day)
        slot = -1
        if group is not None:
            key = (pi, day.year, group)
            slot = self._slots.get(key, -1)
            if slot < 0:
                slot = self._slots[key] = len(self.slot_key)
                self.slot_key.append(key)
                u = self.usage0[pi]
                self.slot_ded0.append(u.deductible_used(day.year, group))
                self.slot_fund0.append(u.fund_paid(day.year, group))
        binfo, oi = self.binfo_on(pi, day), self.order_on(pi, day)
        ek = (tag, total)
        emem = self._est.get(ek)
        if emem is None:
            emem = self._est[ek] = self.memo_type()
        sk = (pi, care, accepted, valid, oi, binfo, id(self.policy_on(pi, day)))
        smem = self._set.get(sk)
        if smem is None:
            smem = self._set[sk] = self.memo_type()
        return (pi, self.people[pi].id, slot, per_year, ded, cap, emem, smem, binfo, total, accepted, day, tag, care,
                hospital, oi)


@lru_cache(maxsize=4096)
def _month_moves(rules: WalletRules, amount_fen: int, month: dt.date, day: int = 1) -> int:
    """How much of ``amount_fen`` the wallet limits let a sender move within ``month`` from ``day`` (06:00 that
    day to 21:59 on the last day); memoised: the advisor schedules the same transfers for many plans."""
    now = dt.datetime(month.year, month.month, day, 6, 0, tzinfo=CHINA)
    e = month_end(month)
    deadline = dt.datetime(e.year, e.month, e.day, 21, 59, tzinfo=CHINA)
    plan = plan_transfers(rules, amount_fen, now, deadline)
    return amount_fen if plan.feasible else sum(p.amount_fen for p in plan.transfers if p.at <= deadline)

