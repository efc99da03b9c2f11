"""What a region pack may hold: its fields, the checkers of their values, and the pack error.

Each checker returns the converted value or raises ValueError(message); the parser (pack_parse.py)
turns that into a :class:`PackError` with file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from . import vocab

FACT_ID = re.compile(r"^F-[A-Z]+\d+$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
CODE = re.compile(r"^\d{6}$")
FILE_NAME = re.compile(r"^(\d{6})-[a-z0-9]+(-[a-z0-9]+)*$")  # <code>-<slug>.toml, e.g. 140100-taiyuan
NATIONAL = "000000"


MAX_PACK_BYTES = 1024 * 1024  # bundled packs are a few KiB; a file that never ends is not read to its end


class PackError(ValueError):
    """A pack that cannot be used: where (file, line, field) and what is wrong."""

    def __init__(self, file: str, fieldname: str, message: str, line: int | None = None) -> None:
        self.file, self.field, self.message, self.line = file, fieldname, message, line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {fieldname or '(file)'}: {message}")


# ---- value checkers: each returns the converted value or raises ValueError(message) ----

def _int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected a whole number, got {v!r}")
    return v


def _count(v: Any) -> int:
    v = _int(v)
    if v < 1:
        raise ValueError(f"expected 1 or more, got {v}")
    return v


def _fen(v: Any) -> int:
    v = _int(v)
    if v < 0:
        raise ValueError(f"an amount in fen must not be negative, got {v}")
    return v


def _count_or_no_limit(v: Any) -> int | None:
    """A count of 1 or more, or "no_limit" (a later version lifting an older limit, e.g. F-N8)."""
    if v == "no_limit":
        return None
    return _count(v)


def _fen_or_unknown(v: Any) -> int | None:
    """An amount in fen, or "unknown" (None): the source does not give the figure."""
    if v == "unknown":
        return None
    return _fen(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"expected true or false, got {v!r}")
    return v


def _str(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"expected text, got {v!r}")
    return v


def _ratio(v: Any) -> Decimal:
    if not isinstance(v, str):
        raise ValueError(f'write ratios as text like "0.82" (never a float), got {v!r}')
    try:
        d = Decimal(v)
    except InvalidOperation as e:
        raise ValueError(f"{v!r} is not a number") from e
    if not d.is_finite() or d < 0 or d > 1:
        raise ValueError(f"a ratio must be between 0 and 1, got {v}")
    return d


def _time(v: Any) -> str:
    if not isinstance(v, str) or not TIME.match(v):
        raise ValueError(f'expected a time like "22:00", got {v!r}')
    return v


def _date(v: Any) -> str:
    """A calendar date written as text "YYYY-MM-DD" (kept as text so packs print as written)."""
    try:
        if not isinstance(v, str) or len(v) != 10:
            raise ValueError
        date.fromisoformat(v)
    except ValueError:
        raise ValueError(f'expected a date like "2025-01-01", got {v!r}') from None
    return v


def _one_of(vocabulary: dict[str, Any], what: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in vocabulary:
            raise ValueError(f"unknown {what} {v!r}; expected one of {', '.join(vocabulary)}")
        return v
    return check


def _list_of(item: Callable[[Any], Any]) -> Callable[[Any], tuple]:
    def check(v: Any) -> tuple:
        if not isinstance(v, list):
            raise ValueError(f"expected a list, got {v!r}")
        return tuple(item(x) for x in v)
    return check


def _bilingual(v: Any) -> tuple[str, str]:
    if not isinstance(v, dict) or set(v) != {"zh", "en"}:
        raise ValueError("expected { zh = \"…\", en = \"…\" }")
    return (_str(v["zh"]), _str(v["en"]))


RELATIONS = _list_of(_one_of(vocab.RELATIONS, "relation"))
INSURANCES = _list_of(_one_of(vocab.INSURANCE_TYPES, "insurance type"))
STATUSES = _list_of(_one_of(vocab.STATUSES, "status"))
CARES = _list_of(_one_of(vocab.CARE_TYPES, "care type"))
PERSONS = _list_of(_one_of(vocab.PERSON_KINDS, "person kind"))
HOSPITALS = _list_of(_one_of(vocab.HOSPITAL_CLASSES, "hospital class"))
ORDER = _list_of(_one_of(vocab.PAYMENT_SOURCES, "payment source"))
SCOPE = _one_of(vocab.SCOPES, "scope")

# Sections of scalar rules: field → checker. Each field is written { value, source, … }.
SECTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "binding": {
        "relations": RELATIONS,               # relations of the beneficiary to the authorizer allowed
        "excluded_relations": RELATIONS,      # named exclusions (F-G7), reported with their own reason
        "max_beneficiaries": _count_or_no_limit,  # at one time per authorizer; absent or "no_limit" = none
        "scope": SCOPE,                       # where the beneficiary may be insured
        "authorizer_insurance": INSURANCES,
        "beneficiary_insurance": INSURANCES,
        "blocking_statuses": STATUSES,        # beneficiary statuses that stop 共济 use
        "reserve_floor_fen": _fen,            # only money above this is usable by others
        "requires_dates": _bool,
        "requires_amount": _bool,
        "requires_consent": _bool,
        "terminable": _bool,                  # the authorizer may end a binding at once (F-T7)
    },
    "payment": {
        "order": ORDER,
        "covered_care": CARES,                # care types 共济 money may pay
        "pays_resident_premiums": _bool,      # the account may pay bound relatives' resident premiums (F-G9)
        "pays_care_premiums": _bool,          # ... and their long-term-care-insurance premiums (F-N10)
    },
    "wallet": {
        "relations": RELATIONS,
        "scope": SCOPE,
        "payer_insurance": INSURANCES,
        "recipient_insurance": INSURANCES,
        "daily_count": _count,
        "max_per_transfer_fen": _fen,
        "blackout_start": _time,
        "blackout_end": _time,
        "return_time": _time,
        # how wallet 共济 works: money moved by transfers (F-W6) or a quota set for the receiver (F-N11)
        "sharing_model": _one_of({"transfer": 1, "quota": 1}, "sharing model"),
    },
    "insurance": {
        "resident_waiting_months": _int,      # months after paying before benefits start
        "newborn_exempt": _bool,
        # who waits (core/waiting.py): "outside_collection" = enrolled outside the collection period or
        # after a gap (F-N13); "every_payment" = after every payment, as F-R5 is printed
        "resident_waiting_applies": _one_of(vocab.WAITING_APPLIES, "waiting rule"),
        "resident_gap_extra_months": _int,    # months added per further full year of gap (F-N13)
        "out_of_area_filing": _bool,          # care outside the insured place needs referral/备案 first
        "flexible_pays_yearly": _bool,        # flexible employment may pay Jan–Dec at once in the year
    },
}

ROW_FIELDS: dict[str, dict[str, tuple[Callable[[Any], Any], bool]]] = {
    # field → (checker, required)
    "benefits": {
        "care": (CARES, True), "person": (PERSONS, True), "hospital": (HOSPITALS, False),
        "age_min": (_int, False), "age_max": (_int, False),
        # ratio absent = the source gives none: the row is kept (its deductible is real) and
        # resolves to ratio None, "unknown", never a guessed figure. ratio_max: upper end of a
        # range printed as "53%–68%"; ratio then holds the lower, cautious end.
        # deductible_fen = "unknown": the source implies a deductible but gives no figure; the
        # estimate then says the fund pays *at most* its figure (counted as if the deductible were 0).
        "deductible_fen": (_fen_or_unknown, False), "ratio": (_ratio, False), "ratio_max": (_ratio, False),
        "group": (_str, False),
        "deductible_per": (_one_of({"year": 1, "visit": 1}, "deductible period"), False),
    },
    "caps": {
        "group": (_str, True), "person": (PERSONS, True), "age_min": (_int, False),
        "age_max": (_int, False), "amount_fen": (_fen, True),
    },
    "premiums": {
        # amount_fen: what the insured person pays per period; subsidy_fen: the government's part;
        # unit_fen: the employer's part. Employee tiers may give only rates (share of the wage).
        # At least one of amount_fen and rate is required.
        "year": (_int, True), "tier": (_str, True), "amount_fen": (_fen, False),
        "insurance": (_one_of(vocab.INSURANCE_TYPES, "insurance type"), True),
        "period": (_one_of({"year": 1, "month": 1}, "premium period"), False),
        "rate": (_ratio, False), "individual_rate": (_ratio, False), "unit_rate": (_ratio, False),
        "unit_fen": (_fen, False), "subsidy_fen": (_fen, False),
        "collect_from": (_date, False), "collect_to": (_date, False),
        "covers_from": (_date, False), "covers_to": (_date, False),
    },
    "channels": {
        "id": (_str, True), "kind": (_one_of(vocab.CHANNEL_KINDS, "channel kind"), True),
        "name": (_bilingual, True), "purposes": (_list_of(_one_of(vocab.PURPOSES, "purpose")), True),
        "steps": (_list_of(_bilingual), True), "review": (_bool, False),
        "asks_dates": (_bool, False), "asks_amount": (_bool, False),
    },
}
COMMON_ROW = {"source", "note", "alternatives"}
TOP_LEVEL = {"code", "name", "parent", "year", "effective", "verify", "note", "versions", *SECTIONS, *ROW_FIELDS}
# A dated version inside a pack: what changes from the version before it, from ``effective`` on.
VERSION_FIELDS = {"effective", "year", "note", "supersedes_local", *SECTIONS, *ROW_FIELDS}
