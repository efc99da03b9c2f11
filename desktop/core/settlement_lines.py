"""What a settlement gives: the lines that pay the personal share and the sources skipped, each with
its reason (:mod:`desktop.core.settlement` builds them)."""

from __future__ import annotations

from dataclasses import dataclass

from .explain import Reason
from .model import PersonId


class _Explained:
    """``code``, ``sources`` and the texts, taken from the ``reason``."""

    __slots__ = ()
    reason: Reason

    @property
    def code(self) -> str:
        return self.reason.code

    @property
    def sources(self) -> tuple[str, ...]:
        return self.reason.sources

    @property
    def text_zh(self) -> str:
        return self.reason.text_zh

    @property
    def text_en(self) -> str:
        return self.reason.text_en


@dataclass(slots=True)
class Line(_Explained):
    """One payer of the personal share: which source, whose account, how much, and why."""

    source: str
    account_id: PersonId | None
    binding_id: int | None
    amount_fen: int
    reason: Reason
    quota_id: int | None = None  # a 共济额度 line (F-N11): the payer's account, drawn under this quota


@dataclass(slots=True)
class Skip(_Explained):
    """A source that paid nothing this time, and why."""

    source: str
    account_id: PersonId | None
    binding_id: int | None
    reason: Reason
    quota_id: int | None = None


@dataclass(slots=True)
class Settlement:
    """The allocation of one personal share; ``sum(line.amount_fen) == personal_fen`` always."""

    personal_fen: int
    lines: tuple[Line, ...]
    skipped: tuple[Skip, ...]

    def paid_by(self, source: str) -> int:
        return sum(ln.amount_fen for ln in self.lines if ln.source == source)

    @property
    def cash_fen(self) -> int:
        return self.paid_by("cash")

    @property
    def wallet_fen(self) -> int:
        return self.paid_by("wallet")

    def drawn(self) -> dict[PersonId, int]:
        """Fen taken from each personal account (own and family), for updating balances."""
        out: dict[PersonId, int] = {}
        for ln in self.lines:
            if ln.source in ("own", "family", "quota") and ln.account_id is not None:
                out[ln.account_id] = out.get(ln.account_id, 0) + ln.amount_fen
        return out

    def by_binding(self) -> dict[int, int]:
        """Fen drawn under each binding, for updating its used amount."""
        return {ln.binding_id: ln.amount_fen for ln in self.lines if ln.binding_id is not None}
