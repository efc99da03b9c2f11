"""The book's facts as the ledger reasons about them (:class:`Rules`), and a region policy that
remembers its table lookups for replays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from . import model, settlement, wallet
from .ledger_rows import (
    BindingRow,
    Key,
    MemberRow,
    QuotaRow,
    Spent,
    StatementRow,
    TransferEvent,
    TransferRow,
    first_end,
    person_on,
    term_on,
)
from .moments import TRANSFER, Moment
from .policy import RegionPolicy


class RulesSource(Protocol):
    def rules_on(self, code: str, day: dt.date) -> RegionPolicy: ...


class Rules:
    """The book's facts as the ledger reasons about them, from plain rows."""

    def __init__(self, registry: RulesSource, members: Iterable[MemberRow], bindings: Iterable[BindingRow],
                 statements: Iterable[StatementRow], transfers: Iterable[TransferRow], now: dt.datetime,
                 wallet_position: str | None = "region", quotas: Iterable[QuotaRow] = ()) -> None:
        self.registry = registry
        self.now = now if now.tzinfo is not None else now.replace(tzinfo=wallet.CHINA)
        self.members: dict[int, MemberRow] = {m.id: m for m in members}
        self.bindings: list[BindingRow] = sorted(bindings, key=lambda b: b.id)
        self.statements: dict[Key, list[StatementRow]] = {}
        for st in sorted(statements, key=lambda s: s.moment):
            self.statements.setdefault((st.member_id, st.account), []).append(st)
        self.wallet_position = wallet_position if wallet_position in settlement.WALLET_POSITIONS else "region"
        self._policies: dict[tuple[str, dt.date | None], RegionPolicy] = {}
        self._by_version: dict[int, tuple[RegionPolicy, RegionPolicy]] = {}
        self._people: dict[tuple[int, bool, bool | None], model.Person] = {}
        self._people_map: dict[int, model.Person] | None = None
        self._by_beneficiary: dict[int, list[BindingRow]] = {}
        self._orders: dict[tuple[str, dt.date | None], tuple[str, ...]] = {}
        self.transfer_events = self._transfer_events(list(transfers))
        self.quotas: list[QuotaRow] = sorted(quotas, key=lambda q: q.id)
        self._quotas_to: dict[int, list[QuotaRow]] = {}
        self._quotas_from: dict[int, list[QuotaRow]] = {}
        for q in self.quotas:
            self._quotas_to.setdefault(q.receiver_id, []).append(q)
            self._quotas_from.setdefault(q.payer_id, []).append(q)

    # ---- rules, people and bindings on a date ----

    def policy(self, region_code: str, day: dt.date | None = None) -> RegionPolicy:
        """The rules in force for an insured place on ``day`` (today when None)."""
        key = (region_code, day)
        p = self._policies.get(key)
        if p is None:
            base = self.registry.rules_on(region_code, day or wallet.china_time(self.now).date())
            # one cached copy per version in force (most days share one), so table lookups are remembered once
            hit = self._by_version.get(id(base))
            if hit is None or hit[0] is not base:
                hit = self._by_version[id(base)] = (base, CachedPolicy(
                    base.code, base.name, base.year, base.chain, base.overrides, base.conflicts, base.since))
            p = self._policies[key] = hit[1]
        return p

    def order(self, region_code: str, day: dt.date | None = None) -> tuple[str, ...]:
        """The payment order for a beneficiary of ``region_code``, with the wallet where the family put it."""
        key = (region_code, day)
        o = self._orders.get(key)
        if o is None:
            o = self._orders[key] = settlement.payment_order(self.policy(region_code, day), self.wallet_position)
        return o

    def person(self, member_id: int, day: dt.date | None = None) -> model.Person:
        m = self.members[member_id]
        before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
        end = getattr(m, "coverage_end_on", None)
        key = (member_id, before, None if end is None or day is None else day < end)
        p = self._people.get(key)
        if p is None:
            p = self._people[key] = person_on(m, day)
        return p

    def people(self) -> dict[int, model.Person]:
        if self._people_map is None:
            self._people_map = {mid: self.person(mid) for mid in self.members}
        return self._people_map

    def terms_on(self, beneficiary_id: int, day: dt.date) -> list[model.BindingTerm]:
        """The beneficiary's bindings as they stood on ``day`` (a terminated one still paid before it ended)."""
        mine = self._by_beneficiary.get(beneficiary_id)
        if mine is None:
            mine = self._by_beneficiary[beneficiary_id] = [b for b in self.bindings
                                                           if b.beneficiary_id == beneficiary_id]
        return [term_on(b, day, self.members) for b in mine]

    # ---- quotas (F-N11) ----

    def quota_end(self, q: QuotaRow) -> tuple[Moment, str, int | None] | None:
        """When a quota stops standing: ended by hand ("ended", None) or by itself when one side's insurance
        ended or moved (F-N9: "auto", the member), whichever comes first; None while it stands for good."""
        out: tuple[Moment, str, int | None] | None = None
        if q.ended_at is not None:
            out = (Moment.of_time(q.ended_at, TRANSFER, q.id), "ended", None)
        auto = first_end(self.members.get(q.payer_id), self.members.get(q.receiver_id))
        if auto is not None:
            m = Moment.start_of(auto[0])
            if out is None or m < out[0]:
                out = (m, "auto", auto[1])
        return out

    def quota_started(self, q: QuotaRow) -> Moment:
        return Moment.of_time(q.set_at, TRANSFER, q.id)

    def standing(self, q: QuotaRow, at: Moment) -> bool:
        """The quota stands just before ``at``: set before it and not ended before it."""
        if not self.quota_started(q) < at:
            return False
        end = self.quota_end(q)
        return end is None or at <= end[0]

    def quotas_to(self, receiver_id: int) -> list[QuotaRow]:
        return self._quotas_to.get(receiver_id, [])

    def quotas_from(self, payer_id: int) -> list[QuotaRow]:
        return self._quotas_from.get(payer_id, [])

    # ---- balances ----

    def _transfer_events(self, transfers: list[TransferRow]) -> list[TransferEvent]:
        """The sender pays when it asks; the recipient's wallet is credited when it receives; money not
        received comes back at the sender's return time (F-W6) once that moment has passed."""
        out: list[TransferEvent] = []
        rules_cache: dict[tuple[str, dt.date], wallet.WalletRules | None] = {}
        now = wallet.china_time(self.now)
        for t in transfers:
            out.append(TransferEvent(Moment.of_time(t.requested_at, TRANSFER, t.id), t.from_id, "personal",
                                     -t.amount_fen))
            if t.received_at is not None:
                out.append(TransferEvent(Moment.of_time(t.received_at, TRANSFER, t.id), t.to_id, "wallet",
                                         t.amount_fen))
                continue
            back = t.returned_at
            if back is None:
                sender = self.members.get(t.from_id)
                code = sender.region_code if sender is not None else "000000"
                key = (code, wallet.china_time(t.requested_at).date())  # the limits of the day it was sent
                if key not in rules_cache:
                    try:
                        rules_cache[key] = wallet.WalletRules.of(self.policy(*key))
                    except (ValueError, KeyError):
                        rules_cache[key] = None
                rules = rules_cache[key]
                if rules is not None:
                    due = rules.returns_at(t.requested_at)
                    if due <= now:
                        back = due
            if back is not None:
                out.append(TransferEvent(Moment.of_time(back, TRANSFER, t.id), t.from_id, "personal", t.amount_fen))
        out.sort(key=lambda e: e.moment)
        return out

    def base_statement(self, key: Key, before: Moment) -> StatementRow | None:
        """The latest statement of an account before ``before``."""
        best = None
        for st in self.statements.get(key, ()):
            if st.moment < before:
                best = st
            else:
                break
        return best

    def balance(self, key: Key, before: Moment, spent: Spent) -> int:
        """An account's balance just before ``before``: the latest statement, then transfer events and
        allocation lines after it (``spent`` sums the lines of visits between two moments)."""
        base = self.base_statement(key, before)
        since = None if base is None else base.moment
        value = 0 if base is None else base.balance_fen
        for e in self.transfer_events:
            if e.member_id == key[0] and e.account == key[1] and (since is None or e.moment > since) \
                    and e.moment < before:
                value += e.amount_fen
        return value - spent(key[0], key[1], since, before)

    def latest_credit(self, member_id: int, before: Moment) -> int | None:
        """The expected monthly credit of the latest personal statement before ``before`` that gives one."""
        out = None
        for st in self.statements.get((member_id, "personal"), ()):
            if st.moment >= before:
                break
            if st.monthly_credit_fen is not None:
                out = st.monthly_credit_fen
        return out


@dataclass(frozen=True)
class CachedPolicy(RegionPolicy):
    """A region's policy that remembers its table lookups (a replay asks the same few thousands of times)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", {})

    def benefit(self, care: str, person: str, hospital: str, age: int | None):
        key = ("b", care, person, hospital, age)
        memo = self._memo  # type: ignore[attr-defined]
        if key not in memo:
            memo[key] = RegionPolicy.benefit(self, care, person, hospital, age)
        return memo[key]

    def cap(self, group: str, person: str, age: int | None):
        key = ("c", group, person, age)
        memo = self._memo  # type: ignore[attr-defined]
        if key not in memo:
            memo[key] = RegionPolicy.cap(self, group, person, age)
        return memo[key]
