"""The month-by-month machine behind projection, scenario and montecarlo, and :func:`project` itself.

The types it reads and returns are in ``projection.py``, which never imports this module.

A :class:`Drawdown` is built once from a :class:`~projection.ProjectionInput`: it checks the input,
resolves each person's policy, schedules credits, transfers, premiums and events month by month
(``drawdown_plan.py``), and then runs the months as often as asked (once for a projection, a thousand times
for the band).

Every visit goes through :func:`reimbursement.estimate` and :func:`settlement.settle`. Both are pure
functions, so their figures are memoised by exactly the inputs that decide them:

* an estimate's fund and personal shares depend only on the benefit row and cap row that apply,
  the total, the deductible still open this year and the room left under the yearly cap, the last two
  *clamped to the total* (the deductible takes at most the total, and the fund's share — a ratio of at most 1
  of what is left — never reaches a cap room larger than the total);
* a settlement's lines depend only on the beneficiary, care type, wallet acceptance, which
  bindings are within their dates, the payment order, each binding's authorizer, floor and cap, the rules
  of the day, the personal share, and the balances and authorized room of the sources, each *clamped to
  the share* (an own balance of ¥900 pays a ¥100 share exactly as one of ¥100 does; an authorizer's balance
  counts only up to floor + share, and with one binding only the smaller of what that balance can give above
  the floor and the room left under its cap).

Each kind of visit (everything but the amounts) has its own small memo dict, made once when the visit is
(``drawdown_plan.Plan._item``), so the per-visit key holds the amounts only.

A cache miss calls the engine function with the real arguments; tests check memoised against
direct calls over random families. That keeps a thousand simulated futures fast without a second
copy of the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from itertools import chain

from . import vocab
from .drawdown_plan import Item, Plan
from .drawdown_rules import _ended_why
from .model import Visit
from .policy import RegionPolicy
from .projection import (
    HISTORY_MONTHS,
    AccountMonth,
    AccountProjection,
    PersonMonth,
    PersonProjection,
    PoolMonth,
    Projection,
    ProjectionInput,
    history_window,
    month_end,
    month_label,
)
from .reimbursement import YearUsage, estimate
from .settlement import settle

chain_from = chain.from_iterable


class Drawdown(Plan):
    """A checked, scheduled projection input (``drawdown_plan.Plan``) that can be run many times."""

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

    def inert(self, pi: int) -> bool:
        """Whether person ``pi``'s visits cannot move any balance: no account of their own (so nothing is ever
        credited to them), no wallet, no binding paying for them and no quota set for them — every share is cash,
        and their year's usage is theirs alone."""
        pid = self.people[pi].id
        return ((pid, "personal") not in self.acc_pos and (pid, "wallet") not in self.acc_pos
                and not self.mine[pid] and not self.q_of[pi])

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
        people, people_map = self.people, self.people_map
        bal, wal, used = dict(self.bal0), dict(self.wal0), dict(self.used0)
        dedu, fundp = list(self.slot_ded0), list(self.slot_fund0)
        acc_pos = self.acc_pos
        n_acc, n_p = len(self.accounts), len(people)
        getters = [(a.person_id, a.kind == "wallet") for a in self.accounts]
        sources = [(wal if is_w else bal, pid) for pid, is_w in getters]  # each account's balance: dict, key
        credits, transfers, premiums = self.credits, self.transfers, self.premiums
        q_of, q_sets, q_ends, q_by_id = self.q_of, self.q_sets, self.q_ends, self.q_by_id
        any_q = any(q_of)  # anyone with a quota set for them
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
            for (pi, pid, slot, per_year, ded, capamt, emem, smem, binfo, total, accepted, day, tag, care, hosp,
                 oi) in chain_from(parts):
                if q_ends:
                    release(day)
                # the fund's share: estimate(), memoised per kind of visit by the year's usage that decides it
                if slot < 0:
                    ek = d0 = f0 = -1  # no year's usage: the estimate reads neither
                else:
                    d0, f0 = dedu[slot], fundp[slot]
                    # clamped to the total (a deductible or cap room at least the total decides nothing), -1: none;
                    # both are in -1..total, so one number tells every pair apart
                    if per_year:
                        ld = ded - d0
                        ld = 0 if ld <= 0 else (ld if ld < total else total)
                    else:
                        ld = -1
                    if capamt >= 0:
                        lc = capamt - f0
                        lc = 0 if lc <= 0 else (lc if lc < total else total)
                    else:
                        lc = -1
                    ek = (ld + 1) * (total + 2) + lc + 1
                fig = emem.get(ek)
                if fig is None:
                    fig = emem[ek] = self.estimate_fig(pi, pid, slot, total, accepted, day, tag, care, hosp, d0, f0)
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
                if any_q and q_of[pi] and any(q.id in qleft or q.id in q_done for q in q_of[pi]):
                    c = self._settle_quota(pi, need, day, care, accepted, oi, bal, wal, used, lock, qleft, q_done,
                                           fl if detail else None, pfl[pi] if detail else None)
                    if c and cash is not None:
                        cm[pi] += c
                    continue
                # who pays the personal share: settle(), memoised per kind of visit with balances clamped to the share
                if not binfo:
                    key = (need, own if own < need else need, w if w < need else need)
                elif len(binfo) == 1:
                    # one binding gives what its authorizer has above the floor, no more than the room under its
                    # cap: only the smaller of the two counts, clamped to the share
                    ((a, fa, cap, bid),) = binfo
                    x = bal[a] - fa
                    x = 0 if x <= 0 else (x if x < need else need)
                    if cap is not None:
                        r = cap - used.get(bid, 0)
                        if r < x:
                            x = r if r > 0 else 0
                    key = (need, own if own < need else need, w if w < need else need, x)
                else:
                    k = [need, own if own < need else need, w if w < need else need]
                    for a, fa, cap, bid in binfo:
                        x = bal[a]
                        hi = fa + need
                        k.append(fa if x <= fa else (x if x < hi else hi))
                        if cap is not None:
                            r = cap - used.get(bid, 0)
                            k.append(0 if r <= 0 else (r if r < need else need))
                    key = tuple(k)
                sfig = smem.get(key)
                if sfig is None:
                    sfig = smem[key] = self.settle_fig(pi, need, day, care, accepted, oi, bal, w, used)
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
            if lock:  # a personal account's locked quota part is still its holder's money (F-N11)
                closings.append([wal[pid] if is_w else bal[pid] + lock.get(pid, 0) for pid, is_w in getters])
            else:
                closings.append([d[pid] for d, pid in sources])
        if detail:
            return closings, flows, pflows
        return closings

    def estimate_fig(self, pi: int, pid: int, slot: int, total: int, accepted: bool, day: dt.date, tag, care: str,
                     hosp: str, d0: int, f0: int) -> tuple[int, int, int, bool]:
        """A visit's (fund, personal share, deductible used, known) with ``d0``/``f0`` used so far in its slot: a
        memo miss of :meth:`run` (and of the band's ``lockstep``)."""
        if tag == "e":
            return (0, total, 0, True)
        u = YearUsage()
        if slot >= 0:
            _pi, year, group = self.slot_key[slot]
            u.add(year, group, d0, f0)
        est = estimate(Visit(None, pid, day, care, hosp, total, accepted), self.people[pi],
                       self.tag_policy.get(tag) or self.pol[pi], u)
        return (est.fund_fen, est.personal_fen, est.deductible_used_fen, est.known)

    def settle_fig(self, pi: int, need: int, day: dt.date, care: str, accepted: bool, oi: int,
                   bal: dict[int, int], w: int, used: dict[int, int]) -> tuple:
        """Who pays a personal share ``need``: (own, wallet, cash, ((account, binding, amount), …), why cash pays
        when a binding ended by itself) — a memo miss of :meth:`run` (and of the band's ``lockstep``)."""
        person = self.people[pi]
        s = settle(person, need, day, care, self.policy_on(pi, day), accounts=bal, wallet_fen=w,
                   bindings=self.mine[person.id], used_fen=used, people=self.people_map,
                   policy_for=self.policy_for_day(day), wallet_accepted=accepted, order=self.order_list[oi])
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
        return (o, ww, c, tuple(paid_by), _ended_why(s) if c else None)

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



def project(inp: ProjectionInput, policy_for: Callable[[str], RegionPolicy],
            policy_on: Callable[[str, dt.date], RegionPolicy] | None = None) -> Projection:
    """The deterministic projection of ``inp``; ``policy_for`` maps an insured place to its policy (for the
    order, floors, transfers and premiums); ``policy_on(code, day)``, when given, gives the rules each
    visit's fund share is estimated by on its own day."""
    return Drawdown(inp, policy_for, policy_on).project()
