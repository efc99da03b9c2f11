"""The rows the ledger reads (members, bindings, quotas, transfers, statements) and what a row means
on a date: a member as the rules see them, a binding's terms, when a side's insurance ended (F-N9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from . import model, vocab
from .moments import Moment


class MemberRow(Protocol):
    id: int
    name: str
    region_code: str
    insurance: str
    employment: str | None
    status: str
    status_date: dt.date | None
    birth_date: dt.date | None
    # revision 0007 (F-N9): the day the insurance ended or moved, why (vocab.COVERAGE_ENDS), and for a move
    # the insured place before it (``region_code`` is the place after it)
    coverage_end_on: dt.date | None
    coverage_end_kind: str | None
    region_before: str | None
    enrolled_on: dt.date | None
    enrolled_in_collection: bool | None
    enrolment_gap_years: int | None


class BindingRow(Protocol):
    id: int
    authorizer_id: int
    beneficiary_id: int
    relation: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    amount_cap_fen: int | None
    registered_at: dt.datetime | None
    terminated_on: dt.date | None


class QuotaRow(Protocol):
    """A 共济额度 (F-N11): ``payer_id`` locks ``amount_fen`` of the own account for ``receiver_id`` from ``set_at``
    until it is ended by hand at ``ended_at`` or by itself (F-N9)."""

    id: int
    payer_id: int
    receiver_id: int
    amount_fen: int
    set_at: dt.datetime
    ended_at: dt.datetime | None
    channel_id: str
    note: str


class TransferRow(Protocol):
    id: int
    from_id: int
    to_id: int
    amount_fen: int
    requested_at: dt.datetime
    received_at: dt.datetime | None
    returned_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: int
    member_id: int
    account: str
    on_date: dt.date
    on_time: dt.time | None
    balance_fen: int
    monthly_credit_fen: int | None = None

    @property
    def moment(self) -> Moment:
        return Moment.of_statement(self.on_date, self.on_time, self.id)


@dataclass(frozen=True, slots=True)
class TransferEvent:
    moment: Moment
    member_id: int
    account: str
    amount_fen: int  # signed: negative leaves the account


Key = tuple[int, str]  # (member id, "personal" | "wallet")
Spent = Callable[[int, str, "Moment | None", Moment], int]  # lines taken from an account after → before


def coverage_end(m: MemberRow | Any | None) -> tuple[dt.date, str] | None:
    """The day a member's insurance ended or moved, and which (F-N9), or None."""
    day = getattr(m, "coverage_end_on", None)
    if day is None:
        return None
    kind = getattr(m, "coverage_end_kind", None)
    return day, kind if kind in vocab.COVERAGE_ENDS else "ended"


def first_end(*members: MemberRow | Any | None) -> tuple[dt.date, int, str] | None:
    """The earliest coverage end among ``members``: (day, member id, kind) — when a relationship between them
    ends by itself (F-N9)."""
    best = None
    for m in members:
        e = coverage_end(m)
        if m is not None and e is not None and (best is None or e[0] < best[0]):
            best = (e[0], m.id, e[1])
    return best


def term_on(b: BindingRow | Any, day: dt.date, members: Mapping[int, Any] | None = None) -> model.BindingTerm:
    """A stored binding as the settlement sees it on ``day``.

    A terminated binding paid normally until the day it was terminated (F-T7: it stops at once), so
    before that day it is shown as active with its end moved to the day before. With ``members``, a binding
    one of whose sides' insurance ended or moved carries that day (F-N9: it ends by itself then).
    """
    status, end = b.status, b.end_date
    if status == "terminated" and b.terminated_on is not None and day < b.terminated_on:
        status = "active"
        last = b.terminated_on - dt.timedelta(days=1)
        end = last if end is None or last < end else end
    start = b.start_date
    if start is None and b.registered_at is not None:
        start = b.registered_at.date()
    ended = None if members is None else first_end(members.get(b.authorizer_id), members.get(b.beneficiary_id))
    return model.BindingTerm(b.id, b.authorizer_id, b.beneficiary_id, b.relation, status, start, end,
                             b.amount_cap_fen, b.registered_at, None if ended is None else ended[0],
                             None if ended is None else (ended[1], ended[2]))


def person_on(m: MemberRow, day: dt.date | None) -> model.Person:
    """The member as the rules see them on ``day``: a status other than insured counts from its date on; before
    a move the member was insured in the place they left, and from the day the insurance ended they are not
    insured (F-N9)."""
    before = day is not None and m.status_date is not None and day < m.status_date and m.status != "insured"
    status = "insured" if before else m.status
    region = m.region_code
    end = coverage_end(m)
    if end is not None and day is not None:
        if day < end[0]:
            before_move = getattr(m, "region_before", None)
            if end[1] == "moved" and before_move:
                region = before_move
        elif end[1] == "ended":
            status = "uninsured"
    return model.Person(m.id, m.name, region, m.insurance, m.employment, status, m.birth_date, m.enrolled_on,
                        None if m.enrolled_in_collection is None else bool(m.enrolled_in_collection),
                        m.enrolment_gap_years or 0)
