"""Where a guide stands, as plain data: saved in the book after every change so the family can leave
and come back to the same step (``FamilyBook.save_guide``), and rebuilt from a ``GuideView``.

Purposes are ``vocab.PURPOSES`` keys. Two-person purposes (bind, transfer, pay_premium) use
``authorizer_id`` for the person whose account pays and ``beneficiary_id`` for the relative;
one-person purposes (open_wallet, query) keep the person in ``authorizer_id``. The rules that apply
are those of the paying person's insured place (``region_code``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

PURPOSES = ("bind", "open_wallet", "transfer", "set_quota", "query", "pay_premium")
TWO_PEOPLE = ("bind", "transfer", "set_quota", "pay_premium")
CHECKED = ("bind", "transfer", "set_quota")  # purposes with an eligibility check before the steps
WALLET_PATHS = ("transfer", "set_quota")  # both go through the wallet: whoever has none opens one first


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _datetime(v: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(v) if v else None


@dataclass
class GuideState:
    """Everything the wizard pages share; ``fields()`` is what goes to ``save_guide``."""

    guide_id: int | None = None
    purpose: str = "bind"
    authorizer_id: int | None = None
    beneficiary_id: int | None = None
    relation: str | None = None
    region_code: str = ""
    channel_id: str | None = None
    page: str = "intro"          # logical page to come back to: intro, people, check, channel, step:<n>, result, done
    step: int = 0                # position in the step sequence
    done: set[int] = field(default_factory=set)
    # what the binding form asks for / what the channel returned
    start: dt.date | None = None
    end: dt.date | None = None
    amount_fen: int | None = None
    registered_at: dt.datetime | None = None
    outcome: str | None = None   # "pending" or "active" as the channel said
    # wallet path
    open_channel_id: str | None = None
    open_for: list[int] = field(default_factory=list)   # whose wallets the guide opens, in order
    hospital_checked: bool = False
    institution: str = ""
    transfer_amount_fen: int | None = None
    transfer_at: dt.datetime | None = None
    transfer_id: int | None = None
    # quota path (F-N11): the amount planned on the check page, then what the app showed
    quota_at: dt.datetime | None = None
    quota_id: int | None = None
    # results
    binding_id: int | None = None
    finished: bool = False

    @property
    def two_people(self) -> bool:
        return self.purpose in TWO_PEOPLE

    @property
    def person_id(self) -> int | None:
        """The one person of a one-person purpose (the payer of a two-person one)."""
        return self.authorizer_id

    def data(self) -> dict[str, Any]:
        return {
            "page": self.page, "relation": self.relation,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "amount_fen": self.amount_fen,
            "registered_at": self.registered_at.isoformat(timespec="minutes") if self.registered_at else None,
            "outcome": self.outcome, "open_channel_id": self.open_channel_id, "open_for": list(self.open_for),
            "hospital_checked": self.hospital_checked, "institution": self.institution,
            "transfer_amount_fen": self.transfer_amount_fen,
            "transfer_at": self.transfer_at.isoformat(timespec="minutes") if self.transfer_at else None,
            "transfer_id": self.transfer_id,
            "quota_at": self.quota_at.isoformat(timespec="minutes") if self.quota_at else None,
            "quota_id": self.quota_id,
        }

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for ``FamilyBook.save_guide``."""
        return {
            "purpose": self.purpose, "region_code": self.region_code or "000000", "channel_id": self.channel_id,
            "authorizer_id": self.authorizer_id, "beneficiary_id": self.beneficiary_id, "step": self.step,
            "done": sorted(self.done), "data": self.data(), "finished": self.finished, "binding_id": self.binding_id,
        }

    @classmethod
    def from_view(cls, g: Any) -> GuideState:
        """Rebuild from a ``GuideView`` (unknown or missing data keys fall back to defaults)."""
        d = dict(g.data or {})
        return cls(
            guide_id=g.id, purpose=g.purpose, authorizer_id=g.authorizer_id, beneficiary_id=g.beneficiary_id,
            relation=d.get("relation"), region_code=g.region_code, channel_id=g.channel_id,
            page=d.get("page") or "intro", step=g.step, done=set(g.done),
            start=_date(d.get("start")), end=_date(d.get("end")), amount_fen=d.get("amount_fen"),
            registered_at=_datetime(d.get("registered_at")), outcome=d.get("outcome"),
            open_channel_id=d.get("open_channel_id"), open_for=list(d.get("open_for") or []),
            hospital_checked=bool(d.get("hospital_checked")), institution=d.get("institution") or "",
            transfer_amount_fen=d.get("transfer_amount_fen"), transfer_at=_datetime(d.get("transfer_at")),
            transfer_id=d.get("transfer_id"), binding_id=g.binding_id, finished=g.finished,
            quota_at=_datetime(d.get("quota_at")), quota_id=d.get("quota_id"),
        )
