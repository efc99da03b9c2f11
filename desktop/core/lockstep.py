"""The band's futures run side by side: one NumPy array per balance, one element per future.

:meth:`Drawdown.run <desktop.core.drawdown.Drawdown.run>` runs one future at a time, and a thousand futures cost a
thousand passes of the per-visit loop in Python. Here every month runs once for all of them: the futures that drew
the same past month for a person run that month's visits together, and each visit's memo keys (the same clamped
keys as ``run``'s, see ``drawdown.py``) are computed for all of those futures at once. Only the distinct keys go to
the memos; a miss calls the same ``Drawdown.estimate_fig`` / ``settle_fig`` as ``run`` with one of the futures'
real balances, so the rules have one copy. ``tests/core/test_lockstep.py`` checks the closings equal ``run``'s
future by future over random families.

Quotas (F-N11) run here too: they are set, drawn and end on the same days in every future, so only their amounts
are arrays; a visit of someone with a standing or ended quota is settled one future at a time through the same
``DayRules._settle_quota`` as ``run`` (it is not memoised there either).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .drawdown import Drawdown
from .projection import month_end

Options = list[list[tuple[list, bool]]]  # per month and person: (the 12 past months' visit lists, True) or (visits, False)


def supported(eng: Drawdown) -> bool:
    """Whether :func:`closings` runs ``eng`` (every input it can check before the visits are made)."""
    return all(abs(x) <= 2**53 for x in (*eng.bal0.values(), *eng.wal0.values(), *eng.q_left0.values()))


# every key and balance is an int64: a visit's estimate key reaches about total², so totals stay below 2**31 fen
# (¥21 million) here; a larger one (a typing slip, or hostile input) runs one future at a time, in Python's ints
MAX_TOTAL = 2**31 - 1


def fits(eng: Drawdown, options: Options) -> bool:
    """Whether every visit's total and every balance stays inside the int64 arithmetic of :func:`closings`."""
    items = [it for m in range(len(eng.months)) for it in (*eng.before[m], *eng.after[m])]
    items += [it for row in options for opts, drawn in row for lst in (opts if drawn else [opts]) for it in lst]
    return all(it[9] <= MAX_TOTAL for it in items) and all(c <= MAX_TOTAL for _p, c in eng.credits)


def draws(seed: int, runs: int, n_months: int, n_drawn: int, n: int) -> np.ndarray:
    """The draws of ``random.Random(seed)``, ⌊random() · n⌋ in the order run, month, person, as (runs, months, people).

    NumPy's legacy Mersenne Twister makes a double exactly as CPython's ``random()`` does, so from the same state
    it gives the same numbers (``tests/core/test_lockstep.py`` compares them)."""
    import random

    state = random.Random(seed).getstate()[1]
    rs = np.random.RandomState()
    rs.set_state(("MT19937", np.array(state[:624], dtype=np.uint32), int(state[624]), 0, 0.0))
    return (rs.random_sample(runs * n_months * n_drawn) * float(n)).astype(np.int64).reshape(runs, n_months, n_drawn)


def closings(eng: Drawdown, options: Options, drawn: np.ndarray,
             month_done: Callable[[int], bool | None] | None = None) -> np.ndarray | None:
    """Every future's closing balances, shaped (months, accounts, runs); ``drawn[r, m, k]`` is the past month the
    k-th person with history draws in month ``m`` of run ``r``. ``month_done(months run)`` is called after each
    month; when it returns False the run stops and None is returned."""
    if not supported(eng):
        raise ValueError("a balance too large for int64 arithmetic")
    return _Run(eng, drawn.shape[0]).months(options, drawn, month_done)


class _Run:
    def __init__(self, eng: Drawdown, runs: int) -> None:
        self.eng = eng
        self.runs = runs
        people = eng.people
        self.row = {p.id: i for i, p in enumerate(people)}
        col = np.ones((1, runs), dtype=np.int64)
        self.bal = np.array([[eng.bal0[p.id]] for p in people], dtype=np.int64) * col
        self.wal = np.array([[eng.wal0[p.id]] for p in people], dtype=np.int64) * col
        bids = sorted({b.id for b in eng.inp.bindings} | set(eng.used0))
        self.brow = {b: i for i, b in enumerate(bids)}
        self.used = np.array([[eng.used0.get(b, 0)] for b in bids], dtype=np.int64).reshape(len(bids), 1) * col
        self.all = np.arange(runs)
        # quotas (F-N11): what each payer has set aside, what is left of each standing quota, what was left of each
        # ended one, and which keys ``run``'s dicts hold (the same in every future: quotas go by dates)
        self.lock = np.array([[eng.lock0.get(p.id, 0)] for p in people], dtype=np.int64) * col
        self.lock_keys = set(eng.lock0)
        self.qleft = {qid: np.full(runs, left, dtype=np.int64) for qid, left in eng.q_left0.items()}
        self.q_done: dict[int, np.ndarray] = {}
        self.q_at = 0

    def months(self, options: Options, drawn: np.ndarray,
               month_done: Callable[[int], bool | None] | None) -> np.ndarray | None:
        eng = self.eng
        n_m = len(eng.months)
        slots = len(eng.slot_key)  # every visit is made by now: the slots are all known (one more: no slot)
        self.ded = np.array([*eng.slot_ded0, 0], dtype=np.int64).reshape(slots + 1, 1) * np.ones((1, self.runs), np.int64)
        self.fund = np.array([*eng.slot_fund0, 0], dtype=np.int64).reshape(slots + 1, 1) * np.ones((1, self.runs), np.int64)
        rows = [(self.wal if a.kind == "wallet" else self.bal, self.row[a.person_id]) for a in eng.accounts]
        out = np.empty((n_m, len(rows), self.runs), dtype=np.int64)
        bal, wal, used, row = self.bal, self.wal, self.used, self.row
        for m in range(n_m):
            self.release(eng.months[m])
            for pid, c in (eng.credits if m else eng.credits0):
                bal[row[pid]] += c
            for src, dst, amount in eng.transfers[m]:
                moved = np.minimum(bal[row[src]], amount)
                bal[row[src]] -= moved
                wal[row[dst]] += moved
            for q in eng.q_sets[m]:  # a planned transfer in a month of the quota model: set aside, not moved
                if q.id in self.q_done:
                    continue
                a = row[q.payer_id]
                amt = np.minimum(bal[a], q.amount_fen)
                bal[a] -= amt
                self.lock[a] += amt
                self.lock_keys.add(q.payer_id)
                self.qleft[q.id] = amt
            for payer, _rel, _ri, amount, binding, floor in eng.premiums[m]:
                if binding is None:
                    continue
                room = bal[row[payer]] - floor
                paid = np.where(amount < room, amount, np.maximum(room, 0))
                if binding.amount_cap_fen is not None:
                    left = binding.amount_cap_fen - used[self.brow[binding.id]]
                    paid = np.where(paid > left, np.maximum(left, 0), paid)
                bal[row[payer]] -= paid
                used[self.brow[binding.id]] += paid
            for item in eng.before[m]:
                self.visit([item], None, self.all)
            k = 0
            for opts, is_drawn in options[m]:
                if not is_drawn:
                    for item in opts:
                        self.visit([item], None, self.all)
                    continue
                pick = drawn[:, m, k]
                k += 1
                # the j-th visit of every future's drawn month at once: each future has its own kind of visit
                for j in range(max(map(len, opts), default=0)):
                    items = [o[j] for o in opts if j < len(o)]
                    which = np.array([-1] * len(opts), dtype=np.int64)
                    which[[o for o, v in enumerate(opts) if j < len(v)]] = np.arange(len(items))
                    kk = which[pick]
                    if (kk < 0).any():
                        g = np.flatnonzero(kk >= 0)
                        kk = kk[g]
                    else:
                        g = self.all
                    if len(g):
                        self.visit(items, kk, g)
            for item in eng.after[m]:
                self.visit([item], None, self.all)
            self.release(month_end(eng.months[m]))
            for a, (arr, r) in enumerate(rows):
                out[m, a] = arr[r] if arr is wal else arr[r] + self.lock[r]  # a locked part is still its holder's
            if month_done is not None and month_done(m + 1) is False:
                return None
        return out

    def release(self, day: dt.date) -> None:
        """Quotas ending on or before ``day``: the unused part is the payer's again (F-N11, F-N9), as ``run``."""
        ends = self.eng.q_ends
        while self.q_at < len(ends) and ends[self.q_at][0] <= day:
            qid = ends[self.q_at][1]
            self.q_at += 1
            left = self.qleft.pop(qid, None)
            self.q_done[qid] = left if left is not None else np.zeros(self.runs, dtype=np.int64)
            if left is not None:
                payer = self.row[self.eng.q_by_id[qid].payer_id]
                self.bal[payer] += left
                self.lock[payer] -= left

    def by_quota(self, pi: int) -> bool:
        """Whether person ``pi``'s visits are settled with their quotas (one standing or ended): ``run``'s test."""
        return any(q.id in self.qleft or q.id in self.q_done for q in self.eng.q_of[pi])

    def settle_quota(self, item: Sequence[Any], need: np.ndarray, g: np.ndarray) -> None:
        """``run``'s quota settlement, one future at a time, on dicts holding that future's balances."""
        eng, bal, wal, used, lock, row, brow = self.eng, self.bal, self.wal, self.used, self.lock, self.row, self.brow
        pi, day, care, accepted, oi = item[0], item[11], item[13], item[10], item[15]
        qleft, q_done = self.qleft, self.q_done
        for x, r in zip(need.tolist(), g.tolist(), strict=True):
            b = dict(zip(row, bal[:, r].tolist(), strict=True))
            w = dict(zip(row, wal[:, r].tolist(), strict=True))
            u = dict(zip(brow, used[:, r].tolist(), strict=True))  # a binding never drawn reads 0 either way
            lk = {k: int(lock[row[k], r]) for k in self.lock_keys}
            ql = {k: int(v[r]) for k, v in qleft.items()}
            qd = {k: int(v[r]) for k, v in q_done.items()}
            eng._settle_quota(pi, x, day, care, accepted, oi, b, w, u, lk, ql, qd, None, None)
            bal[:, r] = [b[k] for k in row]
            wal[:, r] = [w[k] for k in row]
            used[:, r] = [u[k] for k in brow]
            for k, v in lk.items():
                lock[row[k], r] = v
            for k, v in ql.items():
                qleft[k][r] = v

    def visit(self, items: list[Sequence[Any]], kk: np.ndarray | None, g: np.ndarray) -> None:
        """A visit in each of the futures ``g``: ``items[kk[i]]`` in future ``g[i]`` (``items[0]`` in all when ``kk``
        is None). The fund's share, then who pays the rest: ``Drawdown.run``'s steps and keys."""
        eng = self.eng
        if eng.q_ends:
            self.release(items[0][11])  # every item of one call is on one day
        if kk is None or len(items) == 1:
            kk = None
            (pi, pid, slot, per_year, ded, capamt, emem, smem, binfo, total, accepted, day, tag, care, hosp, oi) = items[0]
            if slot < 0:
                fig = emem.get(-1)
                if fig is None:
                    fig = emem[-1] = eng.estimate_fig(pi, pid, slot, total, accepted, day, tag, care, hosp, 0, 0)
                if fig[1]:
                    self.pay(items, None, np.full(len(g), fig[1], dtype=np.int64), g)
                return
            d0, f0 = self.ded[slot, g], self.fund[slot, g]
            ek = ((_clip(ded - d0, 0, total) + 1) * (total + 2) if per_year else 0) + (
                _clip(capamt - f0, 0, total) + 1 if capamt >= 0 else 0)
            if isinstance(ek, int):
                ek = np.full(len(g), ek, dtype=np.int64)
            keys, first, inv = _distinct(ek)
            rows: Any = slot
        else:
            attrs = np.array([(it[2] if it[2] >= 0 else len(self.ded) - 1, it[3], it[4], it[5], it[9], it[2] < 0)
                              for it in items], dtype=np.int64)[kk]
            rows, total = attrs[:, 0], attrs[:, 4]
            d0, f0 = self.ded[rows, g], self.fund[rows, g]
            ld = np.where(attrs[:, 1] != 0, _clip(attrs[:, 2] - d0, 0, total), -1)
            lc = np.where(attrs[:, 3] >= 0, _clip(attrs[:, 3] - f0, 0, total), -1)
            ek = np.where(attrs[:, 5] != 0, -1, (ld + 1) * (total + 2) + lc + 1)
            pairs, first, inv = _distinct_rows(np.stack([kk, ek]))
            keys = [key for _k, key in pairs]
        figs = []
        for j, key in enumerate(keys):
            it = items[0] if kk is None else items[pairs[j][0]]
            emem = it[6]
            fig = emem.get(key)
            if fig is None:
                r = first[j]
                fig = emem[key] = eng.estimate_fig(it[0], it[1], it[2], it[9], it[10], it[11], it[12], it[13], it[14],
                                                   int(d0[r]), int(f0[r]))
            figs.append(fig)
        if inv is None:
            fund, need, ded_used, _known = figs[0]
            if ded_used:
                self.ded[rows, g] = d0 + ded_used
            if fund:
                self.fund[rows, g] = f0 + fund
            if need:
                self.pay(items, kk, np.full(len(g), need, dtype=np.int64), g)
            return
        f = np.array([x[:3] for x in figs], dtype=np.int64)[inv]  # fund, need, deductible used per future
        self.ded[rows, g] = d0 + f[:, 2]
        self.fund[rows, g] = f0 + f[:, 0]
        need = f[:, 1]
        if not need.all():
            keep = need > 0
            g, need = g[keep], need[keep]
            if kk is not None:
                kk = kk[keep]
            if not len(g):
                return
        self.pay(items, kk, need, g)

    def pay(self, items: list[Sequence[Any]], kk: np.ndarray | None, need: np.ndarray, g: np.ndarray) -> None:
        """Who pays each future's personal share ``need`` (``settle``'s figures, memoised by ``run``'s keys)."""
        bal, wal, used, row, brow = self.bal, self.wal, self.used, self.row, self.brow
        pi, binfo = items[0][0], items[0][8]  # one person, one day: the same bindings for every item
        if self.eng.q_of[pi] and self.by_quota(pi):
            for i, item in enumerate(items):
                mine = slice(None) if kk is None else kk == i
                if kk is None and i:
                    break
                self.settle_quota(item, need[mine], g[mine])
            return
        own, w = bal[pi, g], wal[pi, g]
        cols = [need, np.minimum(own, need), np.minimum(w, need)]
        if len(binfo) == 1:
            ((a, fa, cap, bid),) = binfo
            x = _clip(bal[row[a], g] - fa, 0, need)
            if cap is not None:
                r = cap - used[brow[bid], g]
                x = np.where(r < x, np.maximum(r, 0), x)
            cols.append(x)
        else:
            for a, fa, cap, bid in binfo:
                cols.append(_clip(bal[row[a], g], fa, fa + need))
                if cap is not None:
                    cols.append(_clip(cap - used[brow[bid], g], 0, need))
        if kk is not None:  # the settlement memo of each future's kind of visit
            memos: dict[int, int] = {}
            kind = np.array([memos.setdefault(id(it[7]), len(memos)) for it in items], dtype=np.int64)
            if len(memos) > 1:
                cols.append(kind[kk])
            else:
                kk = None
        keys, first, inv = _distinct_rows(np.stack(cols))
        figs = []
        for j, key in enumerate(keys):
            it = items[0] if kk is None else items[kk[first[j]]]
            smem = it[7]
            k = key[:-1] if kk is not None else key
            sfig = smem.get(k)
            if sfig is None:
                r = g[first[j]]
                sfig = smem[k] = self.eng.settle_fig(
                    pi, key[0], it[11], it[13], it[10], it[15], dict(zip(row, bal[:, r].tolist(), strict=True)),
                    int(wal[pi, r]), dict(zip(brow, used[:, r].tolist(), strict=True)))
            figs.append(sfig)
        if inv is None:
            o, ww, _c, fam, _ended = figs[0]
            if o:
                bal[pi, g] = own - o
            if ww:
                wal[pi, g] = w - ww
            for a, bid, amt in fam:
                bal[row[a], g] -= amt
                used[brow[bid], g] += amt
            return
        ow = np.array([x[:2] for x in figs], dtype=np.int64)[inv]
        bal[pi, g] = own - ow[:, 0]
        wal[pi, g] = w - ow[:, 1]
        lines: dict[tuple[int, int], list[int]] = {}  # (account, binding) → amount per distinct key
        for j, sfig in enumerate(figs):
            for a, bid, amt in sfig[3]:
                lines.setdefault((a, bid), [0] * len(figs))[j] += amt
        for (a, bid), amounts in lines.items():
            amt = np.array(amounts, dtype=np.int64)[inv]
            bal[row[a], g] -= amt
            used[brow[bid], g] += amt


def _clip(x: Any, lo: Any, hi: Any) -> Any:
    """``run``'s clamp (lo if x ≤ lo, else x up to hi) without ``np.clip``'s Python-level checks."""
    return np.minimum(np.maximum(x, lo), hi)


def _distinct(values: np.ndarray) -> tuple[list[int], Any, np.ndarray | None]:
    """The distinct values (as ints), the index of each one's first future, and each future's index into them
    (None when all are one)."""
    lo, hi = values.min(), values.max()
    if lo == hi:
        return [int(lo)], (0,), None
    keys, first, inv = np.unique(values, return_index=True, return_inverse=True)
    return keys.tolist(), first, inv


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5, 0x85EBCA77C2B2AE63,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB], dtype=np.uint64)


def _distinct_rows(rows: np.ndarray) -> tuple[list[tuple[int, ...]], Any, np.ndarray | None]:
    """:func:`_distinct` of the futures' keys, one per column of ``rows`` (key part × futures)."""
    if (rows.min(axis=1) == rows.max(axis=1)).all():
        return [tuple(rows[:, 0].tolist())], (0,), None
    n = rows.shape[0]
    mix = _MIX[:n] if n <= len(_MIX) else np.resize(_MIX, n) | np.uint64(1)
    h = (rows.astype(np.uint64) * mix[:, None]).sum(axis=0)  # wraps around: a hash, checked below
    _k, first, inv = np.unique(h, return_index=True, return_inverse=True)
    reps = rows[:, first]
    if not (reps[:, inv] == rows).all():  # two keys with one hash: tell them apart the slow way
        _k, first, inv = np.unique(rows.T, axis=0, return_index=True, return_inverse=True)
        inv = inv.reshape(-1)
        reps = rows[:, first]
    return list(map(tuple, reps.T.tolist())), first, inv
