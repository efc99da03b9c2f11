"""Typed views of a region's rules, for screens and sheets that show them.

A region pack is read by section and field name (``policy.rule("binding", "reserve_floor_fen")``); a
misspelt name fails only when that screen is opened. The views here read each field once, with its
fact IDs, and give it a name and a type::

    BindingRules.of(policy)   relations, requires_dates/amount/consent, terminable, blocking_statuses,
                              reserve_floor_fen, asks_dates, asks_amount (the rule or any binding channel)
    WalletAccess.of(policy)   who may send wallet money to whom: relations, scope, payer/recipient insurance
    PaymentRules.of(policy)   the order the sources pay in, and its fact IDs in every pack of the chain
    Channel.of(row)           an official channel: id, kind, name, purposes, steps, review, asks_dates/amount
    channels(policy, purpose=None) -> tuple[Channel, ...]   channel(policy, channel_id) -> Channel | None
    every_channel(policy) -> tuple[Channel, ...]   # also those a nearer pack replaces, nearest pack first

The wallet's limits (count, amount, blackout, return time) are :class:`desktop.core.wallet.WalletRules`.
Missing optional fields take the defaults the rules engine assumes; each ``*_src`` is a tuple of fact IDs
(empty when no pack sets the field).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .explain import sources_of
from .policy import RegionPolicy, Row, Sourced
from .settlement import SOURCES as DEFAULT_ORDER  # what settle() pays in when no pack sets payment.order


def _value(rule: Sourced | None, default: Any) -> Any:
    return default if rule is None else rule.value


def _chain_sources(policy: RegionPolicy, section: str, name: str) -> tuple[str, ...]:
    """Fact IDs of a field in every pack of the chain that sets it (the city's refinement, the national rule)."""
    return sources_of(*(p.values.get(section, {}).get(name) for p in policy.chain))


@dataclass(frozen=True)
class BindingRules:
    """The region's 家庭共济 binding rules that screens show or ask about."""

    relations: tuple[str, ...]
    requires_dates: bool
    requires_amount: bool
    requires_consent: bool
    terminable: bool
    blocking_statuses: tuple[str, ...]
    reserve_floor_fen: int
    channel_asks_dates: bool = False   # some binding channel's form asks for the period
    channel_asks_amount: bool = False  # ... or for the amount
    relations_src: tuple[str, ...] = ()
    consent_src: tuple[str, ...] = ()
    terminable_src: tuple[str, ...] = ()
    blocking_src: tuple[str, ...] = ()
    floor_src: tuple[str, ...] = ()

    @classmethod
    def of(cls, policy: RegionPolicy) -> BindingRules:
        def rule(name: str) -> Sourced | None:
            return policy.rule("binding", name)

        chans = channels(policy, "bind")
        return cls(
            relations=tuple(_value(rule("relations"), ())),
            requires_dates=bool(_value(rule("requires_dates"), False)),
            requires_amount=bool(_value(rule("requires_amount"), False)),
            requires_consent=bool(_value(rule("requires_consent"), False)),
            terminable=bool(_value(rule("terminable"), False)),
            blocking_statuses=tuple(_value(rule("blocking_statuses"), ())),
            reserve_floor_fen=int(_value(rule("reserve_floor_fen"), 0)),
            channel_asks_dates=any(c.asks_dates for c in chans),
            channel_asks_amount=any(c.asks_amount for c in chans),
            relations_src=sources_of(rule("relations")),
            consent_src=sources_of(rule("requires_consent")),
            terminable_src=sources_of(rule("terminable")),
            blocking_src=sources_of(rule("blocking_statuses")),
            floor_src=sources_of(rule("reserve_floor_fen")),
        )

    @property
    def asks_dates(self) -> bool:
        """The binding form asks for a start and end date: the rule says so, or a channel's form does."""
        return self.requires_dates or self.channel_asks_dates

    @property
    def asks_amount(self) -> bool:
        """The binding form asks for an authorized amount: the rule says so, or a channel's form does."""
        return self.requires_amount or self.channel_asks_amount


@dataclass(frozen=True)
class WalletAccess:
    """Who may send 医保钱包 money to whom in the region (the limits are ``wallet.WalletRules``)."""

    relations: tuple[str, ...]
    scope: str | None
    payer_insurance: tuple[str, ...]
    recipient_insurance: tuple[str, ...]
    relations_src: tuple[str, ...] = ()
    scope_src: tuple[str, ...] = ()
    payer_src: tuple[str, ...] = ()
    recipient_src: tuple[str, ...] = ()

    @classmethod
    def of(cls, policy: RegionPolicy) -> WalletAccess:
        def rule(name: str) -> Sourced | None:
            return policy.rule("wallet", name)

        return cls(
            relations=tuple(_value(rule("relations"), ())),
            scope=_value(rule("scope"), None),
            payer_insurance=tuple(_value(rule("payer_insurance"), ())),
            recipient_insurance=tuple(_value(rule("recipient_insurance"), ())),
            relations_src=sources_of(rule("relations")),
            scope_src=sources_of(rule("scope")),
            payer_src=sources_of(rule("payer_insurance")),
            recipient_src=sources_of(rule("recipient_insurance")),
        )

    @property
    def sources(self) -> tuple[str, ...]:
        """Every fact the eligibility rests on: relations, scope, payer and recipient insurance."""
        return sources_of(*self.relations_src, *self.scope_src, *self.payer_src, *self.recipient_src)


@dataclass(frozen=True)
class PaymentRules:
    """The order a visit's personal share is paid in (own account, wallet, family, cash)."""

    order: tuple[str, ...]
    order_set: bool  # False: no pack sets payment.order and ``order`` is DEFAULT_ORDER
    order_src: tuple[str, ...] = ()
    order_chain_src: tuple[str, ...] = ()  # the field's fact IDs in every pack of the chain

    @classmethod
    def of(cls, policy: RegionPolicy) -> PaymentRules:
        rule = policy.rule("payment", "order")
        return cls(
            order=tuple(_value(rule, DEFAULT_ORDER)),
            order_set=rule is not None,
            order_src=sources_of(rule),
            order_chain_src=_chain_sources(policy, "payment", "order"),
        )


@dataclass(frozen=True)
class Channel:
    """One official channel (an app, a counter, the hospital's cashier) and its steps, from a pack's table."""

    id: str
    kind: str                               # vocab.CHANNEL_KINDS
    name: tuple[str, str]                   # (zh, en)
    purposes: tuple[str, ...]               # vocab.PURPOSES it serves
    steps: tuple[tuple[str, str], ...]      # (zh, en) each, in order
    review: bool = False                    # what is submitted is reviewed before it holds
    asks_dates: bool = False                # its binding form asks for the period
    asks_amount: bool = False               # ... and for the authorized amount
    source: str = ""
    origin: str = ""                        # the pack that set it
    note: tuple[str, str] | None = None

    @classmethod
    def of(cls, row: Row) -> Channel:
        return cls(
            id=row["id"], kind=row["kind"], name=tuple(row["name"]), purposes=tuple(row["purposes"]),
            steps=tuple(tuple(s) for s in row["steps"]), review=bool(row.get("review")),
            asks_dates=bool(row.get("asks_dates")), asks_amount=bool(row.get("asks_amount")),
            source=row.source, origin=row.origin, note=row.note,
        )

    def name_in(self, lang: str) -> str:
        return self.name[0] if lang.startswith("zh") else self.name[1]

    def serves(self, purpose: str) -> bool:
        return purpose in self.purposes


def channels(policy: RegionPolicy, purpose: str | None = None) -> tuple[Channel, ...]:
    """The region's channels (a nearer pack's replaces one with the same id), for ``purpose`` if given."""
    out = (Channel.of(r) for r in policy.channels())
    return tuple(c for c in out if purpose is None or c.serves(purpose))


def channel(policy: RegionPolicy, channel_id: str | None) -> Channel | None:
    return next((c for c in channels(policy) if c.id == channel_id), None)


def every_channel(policy: RegionPolicy) -> tuple[Channel, ...]:
    """Every pack's channels, nearest pack first, including those a nearer pack replaces."""
    return tuple(Channel.of(r) for r in policy.rows("channels"))
