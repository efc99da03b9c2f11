"""The plain facts the rules engine reasons about: people, bindings and visits.

These are frozen value objects with no behaviour beyond small helpers, so the store can build them
from rows and the engine can trust they do not change under it.

Public API::

    PersonId = int
    Person(id, name, region_code, insurance, employment, status, birth_date=None,
           enrolled_on=None, enrolled_in_collection=None, gap_years=0)
        .kind -> str                      # vocab.person_kind (raises ValueError if uninsured)
        .age_on(day) -> int | None        # whole years on that day; None without a birth date
    BindingTerm(id, authorizer_id, beneficiary_id, relation, status,
                start=None, end=None, amount_cap_fen=None, registered_at=None, ended_on=None, ended_why=None)
        .in_force_on(day) -> bool         # status active, start <= day <= end, before an F-N9 end
    QuotaTerm(id, payer_id, receiver_id, amount_fen, left_fen, state, end_day=None, end_why=None)  # F-N11
        .overlaps(start, end) -> bool     # periods overlap (None = open-ended)
    Visit(id, person_id, date, care, hospital, total_fen, wallet_accepted=True)
    age_on(birth, day) -> int
    registration_key(binding) -> tuple    # sort key for 备案 (registration) order

Vocabulary keys (vocab.py): ``insurance`` ∈ INSURANCE_TYPES, ``employment`` ∈ EMPLOYMENT (or None for
residents), ``status`` ∈ STATUSES, ``relation`` ∈ RELATIONS (the beneficiary is the authorizer's …),
binding ``status`` ∈ BINDING_STATUSES, ``care`` ∈ CARE_TYPES, ``hospital`` ∈ HOSPITAL_CLASSES.
Dates are ``datetime.date``; a binding's ``end`` is inclusive; ``amount_cap_fen`` None means the
authorizer set no amount (everything above the floor may be used).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import vocab

PersonId = int


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day`` (a 29 February birthday counts on 1 March in other years)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True, slots=True)
class Person:
    """A family member and the insurance facts the rules need."""

    id: PersonId
    name: str
    region_code: str  # GB/T 2260 code of the insured place (参保地)
    insurance: str
    employment: str | None
    status: str
    birth_date: dt.date | None = None
    # resident insurance: when this person enrolled and paid, whether inside the collection period (None:
    # not recorded) and the years of gap before it (core/waiting.py, F-N13/F-R5)
    enrolled_on: dt.date | None = None
    enrolled_in_collection: bool | None = None
    gap_years: int = 0

    @property
    def kind(self) -> str:
        return vocab.person_kind(self.insurance, self.employment or "in_service")

    def age_on(self, day: dt.date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)


@dataclass(frozen=True, slots=True)
class BindingTerm:
    """One 共济 authorization: the authorizer's account may pay for the beneficiary."""

    id: int
    authorizer_id: PersonId
    beneficiary_id: PersonId
    relation: str
    status: str
    start: dt.date | None = None
    end: dt.date | None = None
    amount_cap_fen: int | None = None
    registered_at: dt.datetime | dt.date | None = None
    # F-N9: the relationship ends by itself on this day (one side's insurance ended or moved), and why:
    # (the member whose insurance it was, vocab.COVERAGE_ENDS key)
    ended_on: dt.date | None = None
    ended_why: tuple[PersonId, str] | None = None

    def in_force_on(self, day: dt.date) -> bool:
        return (self.status == "active" and (self.start is None or self.start <= day)
                and (self.end is None or day <= self.end) and (self.ended_on is None or day < self.ended_on))

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether this binding's period meets [start, end] (None = open on that side)."""
        if self.end is not None and start is not None and self.end < start:
            return False
        return not (end is not None and self.start is not None and end < self.start)


@dataclass(frozen=True, slots=True)
class QuotaTerm:
    """A 共济额度 (F-N11) as a visit finds it: what is left, or that it has ended and why.

    ``state``: "standing" (the receiver may draw ``left_fen``), "ended" (ended by hand on ``end_day``) or
    "auto_ended" (F-N9: ``end_why`` = (member, vocab.COVERAGE_ENDS key) on ``end_day``).
    """

    id: int
    payer_id: PersonId
    receiver_id: PersonId
    amount_fen: int
    left_fen: int
    state: str
    end_day: dt.date | None = None
    end_why: tuple[PersonId, str] | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    """A medical visit or purchase: when, what kind of care, where, and the total cost."""

    id: int | None
    person_id: PersonId
    date: dt.date
    care: str
    hospital: str
    total_fen: int
    wallet_accepted: bool = True  # the hospital or pharmacy takes 医保钱包 payments (F-W7)


_CHINA = dt.timezone(dt.timedelta(hours=8))


def registration_key(binding: BindingTerm) -> tuple:
    """备案 order: earlier registration first, then lower id; unknown registration times go last."""
    r = binding.registered_at
    if r is None:
        return (1, dt.datetime.min, binding.id)
    if isinstance(r, dt.datetime):
        if r.tzinfo is not None:
            r = r.astimezone(_CHINA).replace(tzinfo=None)
    else:
        r = dt.datetime(r.year, r.month, r.day)
    return (0, r, binding.id)
