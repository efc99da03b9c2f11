"""The month-by-month machine behind projection, scenario and montecarlo, and :func:`project` itself.

The types it reads and returns are in ``projection.py``, which never imports this module.

A :class:`Drawdown` is built once from a :class:`~projection.ProjectionInput`: it checks the input,
resolves each person's policy, schedules credits, transfers, premiums and events month by month,
and then runs the months as often as asked (once for a projection, a thousand times for the band).

Every visit goes through :func:`reimbursement.estimate` and :func:`settlement.settle`. Both are pure
functions, so their figures are memoised by exactly the inputs that decide them:

* an estimate's fund and personal shares depend only on the benefit row and cap row that apply,
  the total, the deductible still open this year and the room left under the yearly cap, the last two
  *clamped to the total* (the deductible takes at most the total, and the fund's share — a ratio of at most 1
  of what is left — never reaches a cap room larger than the total);
* a settlement's lines depend only on the beneficiary, care type, wallet acceptance, which
  bindings are within their dates, the personal share, and the balances and authorized room of the
  sources, each *clamped to the share* (an own balance of ¥900 pays a ¥100 share exactly as one of
  ¥100 does; an authorizer's balance counts only up to floor + share, and with one binding the room left
  under its cap only up to what that balance can give above the floor).

A cache miss calls the engine function with the real arguments; tests check memoised against
direct calls over random families. That keeps a thousand simulated futures fast without a second
copy of the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from . import vocab
from .drawdown_rules import DayRules, _ended_why, _floor_of
from .explain import Reason
from .model import Person, PersonId, Visit, registration_key
from .policy import RegionPolicy, Row
from .projection import (
    CARE_DAY,
    HISTORY_MONTHS,
    MAX_MONTHS,
    MIN_MONTHS,
    Account,
    AccountMonth,
    AccountProjection,
    PersonMonth,
    PersonProjection,
    PoolMonth,
    Projection,
    ProjectionError,
    ProjectionInput,
    QuotaPlan,
    add_months,
    history_window,
    month_end,
    month_label,
    month_start,
)
from .reimbursement import YearUsage, estimate
from .rules import check_binding
from .settlement import payment_order, settle
from .wallet import CHINA, WalletRules, plan_transfers

chain_from = chain.from_iterable
INSURED = frozenset({"employee", "flexible", "resident"})
Item = tuple[str, str, int, bool]  # care, hospital, total fen, wallet accepted


class Drawdown(DayRules):
    """A checked, scheduled projection input that can be run many times (the rules of a day and the quota
    settlement: ``drawdown_rules.DayRules``)."""

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
        self._est: dict = {}
        self._set: dict = {}
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

    # ---- history for the band ----

    def profiles(self, history: Iterable[Visit]) -> dict[int, list[list[Item]]]:
        """Per person with history-derived spending: one item list per past month (empty months too)."""
        first = self.months[0]
        out: dict[int, list[dict[tuple[str, str], int]]] = {}
        for i, keys in enumerate(self.hist_keys):
            if keys:
                out[i] = [{} for _ in range(HISTORY_MONTHS)]
        for v in history_window(history, first, HISTORY_MONTHS):
            who = self.index.get(v.person_id)
            if who is None or who not in out or (v.care, v.hospital) not in self.hist_keys[who]:
                continue
            k = HISTORY_MONTHS - ((first.year - v.date.year) * 12 + first.month - v.date.month)
            bucket = out[who][k]
            bucket[(v.care, v.hospital)] = bucket.get((v.care, v.hospital), 0) + v.total_fen
        return {i: [sorted((c, h, t, self.hist_keys[i][(c, h)]) for (c, h), t in month.items() if t)
                    for month in months] for i, months in out.items()}

    # ---- running ----

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
        """One visit ready to run: (person index, person id, year slot, tag, yearly deductible?,
        deductible, cap, care, hospital, total, accepted, day, bindings in date, binding info)."""
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
        return (pi, self.people[pi].id, slot, tag, per_year, ded, cap, care, hospital, total, accepted, day, valid,
                self.binfo_on(pi, day), self.order_on(pi, day))

    def routine_items(self, pi: int, m: int, lines: Iterable[Item]) -> list[tuple]:
        """A person's routine lines in month ``m`` as runnable visits on the care day."""
        day, age, valid = self.care_days[m], self.ages[m][pi], self.valid[m][pi]
        if m == 0 and self.days_left < self.days_in_first:  # from today: only the rest of this month's spending
            left, dim = self.days_left, self.days_in_first
            lines = [(c, h, (2 * t * left + dim) // (2 * dim), a) for c, h, t, a in lines]
            return [self._item(pi, c, h, t, a, day, age, valid) for c, h, t, a in lines if t]
        return [self._item(pi, c, h, t, a, day, age, valid) for c, h, t, a in lines]

    def lines(self, pi: int, m: int, history: list[Item] | None = None) -> list[Item]:
        """A person's routine lines in month ``m``: history-derived (or ``history``), then the user's."""
        month = self.months[m]
        user = [item for item, lo, hi in self.user_lines[pi]
                if (lo is None or lo <= month) and (hi is None or month <= hi)]
        return (self.hist_lines[pi] if history is None else history) + user

    def month_items(self, m: int, routine: Iterable[list[tuple]]) -> list[list[tuple]]:
        """Events before the care day, everyone's routine visits in person order, then later events."""
        return [self.before[m], *routine, self.after[m]]

    def fixed_months(self) -> list[list[list[tuple]]]:
        return [self.month_items(m, [self.routine_items(pi, m, self.lines(pi, m))
                                     for pi in range(len(self.people))]) for m in range(len(self.months))]

    def run(self, months: Sequence[Iterable[Sequence[tuple]]] | None = None, detail: bool = False,
            cash: list[list[int]] | None = None):
        """Run every month's visits (``months[m]``: lists of visits, as from :meth:`month_items`; by default
        the fixed plan).

        Returns the closing balance of every account per month; with ``detail`` also the flows per
        account ([inflow, own use, paid for others, received]) and per person (``PersonMonth`` order).
        ``cash``, when given (an empty list), receives each person's cash out of pocket (care and premiums)
        per month, ``cash[m][person index]``: the figure the advisor compares across arrangements and
        futures without the detail's cost.
        """
        if months is None:
            months = self.fixed_months()
        people, pol, people_map = self.people, self.pol, self.people_map
        tag_policy = self.tag_policy
        bal, wal, used = dict(self.bal0), dict(self.wal0), dict(self.used0)
        dedu, fundp, slot_key = list(self.slot_ded0), list(self.slot_fund0), self.slot_key
        est_c, set_c = self._est, self._set
        mine = self.mine
        acc_pos = self.acc_pos
        n_acc, n_p = len(self.accounts), len(people)
        getters = [(a.person_id, a.kind == "wallet") for a in self.accounts]
        credits, transfers, premiums = self.credits, self.transfers, self.premiums
        orders, q_of, q_sets, q_ends, q_by_id = self.order_list, self.q_of, self.q_sets, self.q_ends, self.q_by_id
        qleft, lock = dict(self.q_left0), dict(self.lock0)  # unused quota; each payer's locked part (F-N11)
        q_done: dict[int, int] = {}  # ended quotas → what was unused when they ended (back to the payer)
        q_at = 0

        def release(day: dt.date) -> None:
            """Quotas ending on or before ``day``: the unused part is the payer's again (F-N11, F-N9)."""
            nonlocal q_at
            while q_at < len(q_ends) and q_ends[q_at][0] <= day:
                qid = q_ends[q_at][1]
                q_at += 1
                left = qleft.pop(qid, 0)
                q_done[qid] = left
                if left:
                    payer = q_by_id[qid].payer_id
                    bal[payer] += left
                    lock[payer] -= left
        closings: list[list[int]] = []
        flows: list = []
        pflows: list = []
        fl: list[list[int]] = []   # this month's flows per account and per person (with ``detail``)
        pfl: list[list[int]] = []
        p: list[int] = []
        key: tuple
        for m, parts in enumerate(months):
            if detail:
                fl = [[0, 0, 0, 0] for _ in range(n_acc)]
                pfl = [[0] * 9 for _ in range(n_p)]
                flows.append(fl)
                pflows.append(pfl)
            if q_ends:
                release(self.months[m])
            for pid, c in (credits if m else self.credits0):
                bal[pid] += c
                if detail:
                    fl[acc_pos[(pid, "personal")]][0] += c
            for src, dst, amount in transfers[m]:
                have = bal[src]
                moved = amount if amount <= have else have
                bal[src] = have - moved
                wal[dst] += moved
                if detail:
                    if moved < amount:
                        self._note("proj_transfer_reduced", month=month_label(self.months[m]),
                                   payer=people_map[src].name, name=people_map[dst].name,
                                   amount_fen=amount, moved_fen=moved)
                    if moved:
                        fl[acc_pos[(src, "personal")]][2] += moved
                        fl[acc_pos[(dst, "wallet")]][3] += moved
            for q in q_sets[m]:  # a planned transfer in a month of the quota model: set aside, not moved
                if q.id in q_done:
                    continue
                a = q.payer_id
                amt = q.amount_fen if q.amount_fen <= bal[a] else bal[a]
                bal[a] -= amt
                lock[a] = lock.get(a, 0) + amt
                qleft[q.id] = amt
            cm: list[int] = []
            if cash is not None:
                cm = [0] * n_p
                cash.append(cm)
            for payer, _rel, ri, amount, binding, floor in premiums[m]:
                paid = 0
                if binding is not None:
                    room = bal[payer] - floor
                    paid = amount if amount < room else (room if room > 0 else 0)
                    if binding.amount_cap_fen is not None:
                        left = binding.amount_cap_fen - used.get(binding.id, 0)
                        if paid > left:
                            paid = left if left > 0 else 0
                    if paid:
                        bal[payer] -= paid
                        used[binding.id] = used.get(binding.id, 0) + paid
                if cash is not None:
                    cm[ri] += amount - paid
                if detail:
                    p = pfl[ri]
                    p[6] += amount
                    p[7] += paid
                    p[8] += amount - paid
                    if paid:
                        fl[acc_pos[(payer, "personal")]][2] += paid
                    if paid < amount and binding is not None:
                        self._note("proj_premium_partial", month=month_label(self.months[m]),
                                   payer=people_map[payer].name, name=people[ri].name,
                                   paid_fen=paid, cash_fen=amount - paid)
            for (pi, pid, slot, tag, per_year, ded, capamt, care, hosp, total, accepted, day, valid,
                 binfo, oi) in chain_from(parts):
                if q_ends:
                    release(day)
                # the fund's share: estimate(), memoised by what decides it
                if slot < 0:
                    key = (tag, total)
                else:
                    d0, f0 = dedu[slot], fundp[slot]
                    ld = (ded - d0 if ded > d0 else 0) if per_year else -1
                    lc = (capamt - f0 if capamt > f0 else 0) if capamt >= 0 else -1
                    # clamped to the total: a deductible or cap room at least the total decides nothing
                    key = (tag, total, ld if ld < total else total, lc if lc < total else total)
                fig = est_c.get(key)
                if fig is None and tag == "e":
                    fig = est_c[key] = (0, total, 0, True)
                if fig is None:
                    u = YearUsage()
                    if slot >= 0:
                        _pi, year, group = slot_key[slot]
                        u.add(year, group, d0, f0)
                    person = people[pi]
                    est = estimate(Visit(None, pid, day, care, hosp, total, accepted), person,
                                   tag_policy.get(tag) or pol[pi], u)
                    fig = est_c[key] = (est.fund_fen, est.personal_fen, est.deductible_used_fen, est.known)
                fund, need, ded_used, known = fig
                if slot >= 0:
                    dedu[slot] = d0 + ded_used
                    fundp[slot] = f0 + fund
                if detail:
                    p = pfl[pi]
                    p[0] += total
                    p[1] += fund
                    if not known:
                        person = people[pi]
                        self._note("proj_no_table", key=(pid, care, hosp), name=person.name,
                                   care=vocab.CARE_TYPES[care], hospital=vocab.HOSPITAL_CLASSES[hosp])
                if not need:
                    continue
                own = bal[pid]
                w = wal[pid]
                if q_of[pi] and any(q.id in qleft or q.id in q_done for q in q_of[pi]):
                    c = self._settle_quota(pi, need, day, care, accepted, oi, bal, wal, used, lock, qleft, q_done,
                                           fl if detail else None, pfl[pi] if detail else None)
                    if c and cash is not None:
                        cm[pi] += c
                    continue
                # who pays the personal share: settle(), memoised with balances clamped to the share
                if len(binfo) == 1:
                    ((a, fa, cap, bid),) = binfo
                    x = bal[a]
                    hi = fa + need
                    x = fa if x <= fa else (x if x < hi else hi)
                    r = -1
                    if cap is not None:  # the room left under the cap, clamped to what the account can give
                        r = cap - used.get(bid, 0)
                        r = 0 if r <= 0 else (r if r < x - fa else x - fa)
                    key = (pi, care, accepted, need, own if own < need else need, w if w < need else need, valid, x, r,
                           oi)
                elif binfo:
                    k = [pi, care, accepted, need, own if own < need else need, w if w < need else need, valid, oi]
                    for a, fa, cap, bid in binfo:
                        x = bal[a]
                        hi = fa + need
                        k.append(fa if x <= fa else (x if x < hi else hi))
                        if cap is not None:
                            r = cap - used.get(bid, 0)
                            k.append(0 if r <= 0 else (r if r < need else need))
                    key = tuple(k)
                else:
                    key = (pi, care, accepted, need, own if own < need else need, w if w < need else need, oi)
                sfig = set_c.get(key)
                if sfig is None:
                    person = people[pi]
                    s = settle(person, need, day, care, self.policy_on(pi, day), accounts=bal, wallet_fen=w,
                               bindings=mine[pid], used_fen=used, people=people_map, policy_for=self.policy_for_day(day),
                               wallet_accepted=accepted, order=orders[oi])
                    o = ww = c = 0
                    paid_by: list[tuple[int, int, int]] = []
                    for ln in s.lines:
                        source = ln.source
                        if source == "own":
                            o += ln.amount_fen
                        elif source == "wallet":
                            ww += ln.amount_fen
                        elif source == "family":
                            assert ln.account_id is not None and ln.binding_id is not None  # a family line names both
                            paid_by.append((ln.account_id, ln.binding_id, ln.amount_fen))
                        else:
                            c += ln.amount_fen
                    sfig = set_c[key] = (o, ww, c, tuple(paid_by), _ended_why(s) if c else None)
                o, ww, c, fam, ended = sfig
                if ended is not None and detail:
                    self._note("proj_cash_ended", key=(pid, ended), sources=("F-N9",), month=month_label(self.months[m]),
                               name=people[pi].name, why=ended)
                if c and cash is not None:
                    cm[pi] += c
                if o:
                    bal[pid] = own - o
                if ww:
                    wal[pid] = w - ww
                if fam:
                    for a, bid, amt in fam:
                        bal[a] -= amt
                        used[bid] = used.get(bid, 0) + amt
                if detail:
                    p[2] += o
                    p[3] += ww
                    p[5] += c
                    if o:
                        fl[acc_pos[(pid, "personal")]][1] += o
                    if ww:
                        fl[acc_pos[(pid, "wallet")]][1] += ww
                    for a, _bid, amt in fam:
                        p[4] += amt
                        fl[acc_pos[(a, "personal")]][2] += amt
            if q_ends:
                release(month_end(self.months[m]))
            closings.append([wal[pid] if is_w else bal[pid] + lock.get(pid, 0) for pid, is_w in getters])
        if detail:
            return closings, flows, pflows
        return closings

    def opening(self) -> list[int]:
        """Opening balances as the ledger shows them: a personal account with its locked quota part."""
        return [self.wal0[a.person_id] if a.kind == "wallet" else self.bal0[a.person_id] + self.lock0.get(a.person_id, 0)
                for a in self.accounts]

    # ---- the deterministic projection ----

    def project(self) -> Projection:
        closings, flows, pflows = self.run(detail=True)
        months = self.months
        opening = self.opening()
        accounts = []
        for ai, acc in enumerate(self.accounts):
            rows = []
            prev = opening[ai]
            floor = self.acc_floor[ai]
            empty = at_floor = None
            low: int | None = None
            low_m = months[0]
            for m, month in enumerate(months):
                inflow, own, others, received = flows[m][ai]
                close = closings[m][ai]
                rows.append(AccountMonth(month, prev, inflow, own, others, received, close))
                if empty is None and close <= 0:
                    empty = month
                if at_floor is None and floor > 0 and close <= floor:
                    at_floor = month
                if low is None or close < low:
                    low, low_m = close, month
                prev = close
            name = self.people_map[acc.person_id].name
            assert low is not None  # there are MIN_MONTHS months at least
            accounts.append(AccountProjection(acc, name, floor, tuple(rows), empty, at_floor, low, low_m))
        people = []
        for pi, person in enumerate(self.people):
            rows_p = tuple(PersonMonth(month, *pflows[m][pi]) for m, month in enumerate(months))
            cash = sum(r.out_of_pocket_fen for r in rows_p)
            first_cash = next((r.month for r in rows_p if r.out_of_pocket_fen), None)
            people.append(PersonProjection(person.id, person.name, rows_p, cash, first_cash))
        pool = []
        prev = sum(opening)
        low, low_m = None, months[0]
        for m, month in enumerate(months):
            close = sum(closings[m])
            pool.append(PoolMonth(month, prev, close))
            if low is None or close < low:
                low, low_m = close, month
            prev = close
        return Projection(self.inp, months, tuple(accounts), tuple(people), tuple(pool), sum(self.acc_floor),
                          low if low is not None else 0, low_m, tuple(self.notes))


@lru_cache(maxsize=4096)
def _month_moves(rules: WalletRules, amount_fen: int, month: dt.date, day: int = 1) -> int:
    """How much of ``amount_fen`` the wallet limits let a sender move within ``month`` from ``day`` (06:00 that
    day to 21:59 on the last day); memoised: the advisor schedules the same transfers for many plans."""
    now = dt.datetime(month.year, month.month, day, 6, 0, tzinfo=CHINA)
    e = month_end(month)
    deadline = dt.datetime(e.year, e.month, e.day, 21, 59, tzinfo=CHINA)
    plan = plan_transfers(rules, amount_fen, now, deadline)
    return amount_fen if plan.feasible else sum(p.amount_fen for p in plan.transfers if p.at <= deadline)


def project(inp: ProjectionInput, policy_for: Callable[[str], RegionPolicy],
            policy_on: Callable[[str, dt.date], RegionPolicy] | None = None) -> Projection:
    """The deterministic projection of ``inp``; ``policy_for`` maps an insured place to its policy (for the
    order, floors, transfers and premiums); ``policy_on(code, day)``, when given, gives the rules each
    visit's fund share is estimated by on its own day."""
    return Drawdown(inp, policy_for, policy_on).project()
