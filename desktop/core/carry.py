"""Settle and carry: replaying stored visits from a moment on, and stopping once the state converges.

A replay keeps the difference between the new state and the state the stored rows assume (balances, binding
use, year usage). A visit none of whose inputs differ is taken as stored; once nothing differs and the change
is behind, every later stored row stands as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import settlement
from .ledger import Effect, Key, Outcome, Rules, State, StatementRow, Usage, VisitFacts, evaluate, inputs
from .moments import Moment

# ---- settle and carry ----

@dataclass(frozen=True, slots=True)
class StoredVisit:
    """A visit in the timeline with what the store holds for it (None where nothing is stored yet)."""

    facts: VisitFacts
    fund_estimated_fen: int | None  # None: not stored yet (a new visit)
    lines: tuple[tuple, ...] | None  # stored allocation rows (see ``line_rows``); None: new
    usage: Usage | None  # stored year usage; None when unknown
    usage_known: bool  # False for rows written before the usage was stored: never skipped

    @property
    def known(self) -> bool:
        """Settled before with everything a replay compares: it may be taken as stored."""
        return self.lines is not None and self.fund_estimated_fen is not None and self.usage_known

    def effect(self) -> Effect:
        accounts: list[tuple[Key, int]] = []
        bindings: list[tuple[int, int]] = []
        quotas: list[tuple[int, int]] = []
        for row in self.lines or ():
            _vid, _seq, _src, account, payer, binding, amount = row[:7]
            if account is not None and payer is not None:
                accounts.append(((payer, account), amount))
            if binding is not None:
                bindings.append((binding, amount))
            if len(row) > 10 and row[10] is not None:
                quotas.append((row[10], amount))
        return Effect(self.facts.member_id, tuple(accounts), tuple(bindings), self.usage, tuple(quotas))


@dataclass(frozen=True, slots=True)
class Removed:
    """A visit or statement the change took out, at its old moment (what the stored rows still assume)."""

    moment: Moment
    effect: Effect | None = None  # a visit's old effect
    statement: StatementRow | None = None


@dataclass
class Result:
    """What a replay found for one evaluated visit (rows to write when ``changed``)."""

    visit: StoredVisit
    outcome: Outcome
    rows: list[tuple]
    changed: bool  # lines differ from the stored ones
    estimate_changed: bool
    usage_changed: bool


@dataclass
class ReplayStats:
    visits: int = 0  # visits evaluated
    skipped: int = 0  # visits passed over because nothing they read had changed
    changed: int = 0
    lines_written: int = 0
    stopped_at: Moment | None = None  # the state converged here (incremental replays)
    outcomes: dict[int, Outcome] = field(default_factory=dict)


def line_rows(visit_id: int, s: settlement.Settlement) -> list[tuple]:
    """Allocation rows: visit, seq, source, account, payer, binding, amount, reason zh/en, facts, quota."""
    rows = []
    for seq, ln in enumerate(s.lines):
        src = ln.source
        cash = src == "cash"
        rows.append((visit_id, seq, src, None if cash else ("wallet" if src == "wallet" else "personal"),
                     None if cash else ln.account_id, ln.binding_id, ln.amount_fen, ln.text_zh, ln.text_en,
                     ",".join(ln.sources), ln.quota_id))
    return rows


def _amounts(rows: Sequence[tuple]) -> list[tuple]:
    return [r[:7] for r in rows]


class _Diff:
    """New state minus the state the stored rows assume, with the set of figures that differ."""

    def __init__(self) -> None:
        self.d: dict[tuple, int] = {}

    def add(self, key: tuple, amount: int) -> None:
        if amount:
            v = self.d.get(key, 0) + amount
            if v:
                self.d[key] = v
            else:
                self.d.pop(key, None)

    def set(self, key: tuple, value: int) -> None:
        if value:
            self.d[key] = value
        else:
            self.d.pop(key, None)

    def get(self, key: tuple) -> int:
        return self.d.get(key, 0)

    def effect(self, e: Effect, sign: int) -> None:
        for key, amount in e.accounts:
            self.add(("b", *key), -sign * amount)
        for bid, amount in e.bindings:
            self.add(("u", bid), sign * amount)
        for qid, amount in e.quotas:
            self.add(("q", qid), sign * amount)
        if e.usage is not None:
            year, group, ded, fund = e.usage
            self.add(("d", e.member_id, year, group), sign * ded)
            self.add(("f", e.member_id, year, group), sign * fund)

    def past_year(self, year: int) -> None:
        """Year usage of years before ``year`` reads nothing any more: forget how it differs."""
        for k in [k for k in self.d if k[0] in ("d", "f") and k[2] < year]:
            del self.d[k]

    def touches(self, keys: list[Key], bids: list[int], member_id: int, year: int,
                qids: Sequence[int] = ()) -> bool:
        if not self.d:
            return False
        d = self.d
        if any(("b", *k) in d for k in keys) or any(("u", b) in d for b in bids) or any(("q", q) in d for q in qids):
            return True
        return any(k[0] in ("d", "f") and k[1] == member_id and k[2] == year for k in d)

    def __bool__(self) -> bool:
        return bool(self.d)


Event = tuple[Moment, int, Any]  # moment, kind (0 transfer, 1 statement, 2 removed), payload


class Replay:
    """Settle-and-carry through a timeline of stored visits and events, from ``start`` on.

    ``incremental``: the change is only to visits and statements (the rules, bindings, people and
    transfers are as the stored rows assume), so a visit none of whose inputs differ is taken as stored,
    and the replay stops once nothing differs and ``reach`` is passed. Otherwise every visit is evaluated.
    """

    def __init__(self, rules: Rules, state: State, start: Moment, *, incremental: bool,
                 removed: Sequence[Removed] = (), new_statements: Iterable[int] = (), reach: Moment | None = None,
                 keep: int | None = None) -> None:
        self.rules, self.state, self.start = rules, state, start
        self.incremental = incremental
        self.keep = keep
        self.reach = reach or start
        self.new_statements = set(new_statements)
        self.diff = _Diff()
        self.stats = ReplayStats()
        events: list[Event] = [(e.moment, 0, e) for e in rules.transfer_events if e.moment >= start]
        events += [(st.moment, 1, st) for rows in rules.statements.values() for st in rows if st.moment >= start]
        events += [(r.moment, 2, r) for r in removed if r.moment >= start]
        events.sort(key=lambda x: (x[0], x[1]))
        self._events = events
        self._ei = 0
        self._year = start.day.year
        self._changes_left = sum(1 for _m, kind, x in events
                                 if kind == 2 or (kind == 1 and x.id in self.new_statements))
        if removed:
            self.reach = max(self.reach, *(r.moment for r in removed))
        for sid in self.new_statements:
            for rows in rules.statements.values():
                for st in rows:
                    if st.id == sid:
                        self.reach = max(self.reach, st.moment)

    def advance(self, m: Moment | None) -> None:
        """Apply the events before ``m`` (all of them when None)."""
        self._events_before(m)
        if m is not None and m.day.year != self._year:
            self._year = m.day.year
            self.diff.past_year(self._year)

    def _events_before(self, m: Moment | None) -> None:
        ev = self._events
        while self._ei < len(ev) and (m is None or ev[self._ei][0] < m):
            moment, kind, x = ev[self._ei]
            self._ei += 1
            if kind == 0:
                self.state.add((x.member_id, x.account), x.amount_fen)
            elif kind == 1:
                key = (x.member_id, x.account)
                if x.id in self.new_statements:  # the stored rows did not know it: the diff is the jump
                    self._changes_left -= 1
                    old = self.state.get(key) - self.diff.get(("b", *key))
                    self.diff.set(("b", *key), x.balance_fen - old)
                else:
                    self.diff.set(("b", *key), 0)
                self.state.reset(key, x.balance_fen)
            else:
                self._changes_left -= 1
                if x.effect is not None:
                    self.diff.effect(x.effect, -1)  # the stored rows took it; the new state does not
                if x.statement is not None:  # the stored rows reset to it; the new state carries on
                    st = x.statement
                    key = (st.member_id, st.account)
                    self.diff.set(("b", *key), self.state.get(key) - st.balance_fen)

    def converged(self, nxt: StoredVisit) -> bool:
        """Nothing differs and the change is behind: ``nxt`` and every later stored row stand as they are."""
        return (self.incremental and not self.diff and nxt.facts.moment > self.reach and self._changes_left == 0
                and nxt.known)

    def step(self, v: StoredVisit) -> Result | None:
        """Take the next visit (in moment order); None when it was passed over as stored."""
        f = v.facts
        self._events_before(f.moment)
        if self.incremental and v.known and f.id != self.keep:
            keys, bids, qids = inputs(self.rules, f.member_id, f.moment)
            if not self.diff.touches(keys, bids, f.member_id, f.on_date.year, qids):
                self.state.apply(v.effect())
                self.stats.skipped += 1
                return None
        out = evaluate(self.rules, self.state, f)
        effect = out.effect(f.member_id)
        self.state.apply(effect)
        self.diff.effect(effect, 1)
        if v.lines is not None:
            self.diff.effect(v.effect(), -1)
        self.stats.visits += 1
        if f.id is not None and f.id == self.keep:
            self.stats.outcomes[f.id] = out
        assert f.id is not None
        rows = line_rows(f.id, out.settlement)
        old = v.lines
        if old is None:
            changed = True
        else:
            changed = _amounts(old) != _amounts(rows) or list(old) != rows
        return Result(v, out, rows, changed, out.estimate.fund_fen != v.fund_estimated_fen,
                      not v.usage_known or effect.usage != v.usage)

    def finish(self) -> None:
        """Apply the events after the last visit (nothing to write; keeps the state complete)."""
        self._events_before(None)


def carry(rules: Rules, state: State, visits: Iterable[StoredVisit], replay: Replay,
          progress: Callable[[int], None] | None = None) -> Iterable[Result]:
    """Run ``replay`` over ``visits`` (in moment order), yielding what each evaluated visit gives and
    stopping as soon as the state has converged."""
    n = 0
    for v in visits:
        replay.advance(v.facts.moment)
        if replay.converged(v):
            replay.stats.stopped_at = v.facts.moment
            return
        r = replay.step(v)
        n += 1
        if progress is not None and n % 1000 == 0:
            progress(n)
        if r is not None:
            yield r
