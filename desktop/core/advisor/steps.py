"""The things a family can do, as plain values: one step of a plan each.

A step names people by id and dates by day; it holds no rule. What a step does to the projection's
input, whether the rules of its date allow it, and which steps the family could take at all are the
step's *kind* (``kinds.py``). ``group`` keeps alternatives apart: a plan holds at most one step of a
group (one start date for the same pair, one way of ending the same binding, one wallet place).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import PersonId


@dataclass(frozen=True, slots=True)
class AddBinding:
    """The authorizer lets the beneficiary use their personal account (家庭共济, F-G1..F-G3)."""

    authorizer_id: PersonId
    beneficiary_id: PersonId
    relation: str            # the beneficiary is the authorizer's …
    start: dt.date
    end: dt.date | None
    amount_fen: int | None   # the authorized amount (授权额度, F-T2); None where no form asks for one

    kind = "add_binding"

    @property
    def group(self) -> tuple:
        return ("bind", self.authorizer_id, self.beneficiary_id)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return (self.authorizer_id,)


@dataclass(frozen=True, slots=True)
class EndBinding:
    """The authorizer ends a binding (F-T7): it no longer pays from ``on``."""

    binding_id: int
    authorizer_id: PersonId
    beneficiary_id: PersonId
    on: dt.date

    kind = "end_binding"

    @property
    def group(self) -> tuple:
        return ("end", self.binding_id)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return ()


@dataclass(frozen=True, slots=True)
class RenewBinding:
    """End a binding and register it again from ``on`` with a new amount and end: a fresh authorized
    amount, and the new registration goes last in the beneficiary's order (备案顺序, F-G6)."""

    binding_id: int
    authorizer_id: PersonId
    beneficiary_id: PersonId
    relation: str
    on: dt.date
    end: dt.date | None
    amount_fen: int | None

    kind = "renew_binding"

    @property
    def group(self) -> tuple:
        return ("end", self.binding_id)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return (self.authorizer_id,)


@dataclass(frozen=True, slots=True)
class PayPremium:
    """A relative's resident premium due in ``month`` paid from the payer's account (F-G9, F-N10)."""

    payer_id: PersonId
    person_id: PersonId
    month: dt.date
    coverage_year: int
    amount_fen: int | None  # as the plan it replaces: None = the relative's region pack figure

    kind = "pay_premium"

    @property
    def group(self) -> tuple:
        return ("premium", self.person_id, self.month)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return (self.payer_id,)


@dataclass(frozen=True, slots=True)
class MoveWallet:
    """Wallet transfers (医保钱包, F-W5) of ``amount_fen`` in ``month``, inside the limits of F-W6."""

    from_id: PersonId
    to_id: PersonId
    relation: str
    month: dt.date
    amount_fen: int

    kind = "wallet_transfer"

    @property
    def group(self) -> tuple:
        return ("wallet", self.from_id, self.to_id)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return (self.from_id,)


@dataclass(frozen=True, slots=True)
class SetQuota:
    """A 共济额度 (F-N11) set on ``on`` from the payer's account for the receiver: nothing moves, the receiver's
    visits draw on it after their own account, the payer cannot spend that part while it stands. Where the
    rules of the date have quotas, it takes the place of wallet transfers (same group: one or the other)."""

    payer_id: PersonId
    receiver_id: PersonId
    relation: str            # the receiver is the payer's …
    on: dt.date
    amount_fen: int

    kind = "set_quota"

    @property
    def group(self) -> tuple:
        return ("wallet", self.payer_id, self.receiver_id)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return (self.payer_id,)


@dataclass(frozen=True, slots=True)
class WalletOrder:
    """Where the wallet pays in the order (SEED-FACTS §5: the sources do not say; the family sets it)."""

    position: str  # settlement.WALLET_POSITIONS

    kind = "wallet_position"

    @property
    def group(self) -> tuple:
        return ("position",)

    @property
    def payers(self) -> tuple[PersonId, ...]:
        return ()


Step = AddBinding | EndBinding | RenewBinding | PayPremium | MoveWallet | SetQuota | WalletOrder
