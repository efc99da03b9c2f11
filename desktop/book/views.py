"""What the book hands out: frozen result dataclasses, Problem/Refused and the ORM-row converters.

Here are the ones Home's first figures need (members, statements, balances, refusals); the results about
bindings, visits, transfers, quotas, plans, guides and imports are in :mod:`desktop.book.activity_views`, imported
on first use (PEP 562) so that creating their ~20 dataclasses (~8 ms) waits until the book is open (issue 18).
Both modules' names are importable from here and from ``desktop.book``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core import idnumber
from desktop.core.explain import Reason

if TYPE_CHECKING:  # the lazy names below, for the type checker and editors
    from desktop.book.activity_views import (  # noqa: F401
        BindingView,
        Cancelled,
        CsvPreview,
        CsvReport,
        GuideView,
        ImportRefused,
        ImportReport,
        LineView,
        PlannedPremiumView,
        PlannedTransfer,
        PlannedView,
        PlannedWalletTransferView,
        ProjectionPlan,
        QuotaView,
        RuleChoice,
        SharingModel,
        TransferVerdict,
        TransferView,
        UsualPlace,
        VisitOutcome,
        VisitTotals,
        VisitView,
        _guide_view,
        _outcome,
        _planned_view,
    )

LATER = frozenset((
    "RuleChoice",
    "BindingView",
    "LineView",
    "VisitView",
    "VisitTotals",
    "UsualPlace",
    "VisitOutcome",
    "TransferView",
    "PlannedWalletTransferView",
    "PlannedPremiumView",
    "TransferVerdict",
    "QuotaView",
    "SharingModel",
    "PlannedView",
    "GuideView",
    "ImportReport",
    "CsvReport",
    "CsvPreview",
    "Cancelled",
    "PlannedTransfer",
    "ProjectionPlan",
    "ImportRefused",
    "_outcome",
    "_planned_view",
    "_guide_view",
))


def __getattr__(name: str) -> object:  # PEP 562: the rest of the results on first use
    if name in LATER:
        from desktop.book import activity_views

        return getattr(activity_views, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---- results ----

@dataclass(frozen=True)
class Problem:
    """A refusal reason of the book itself (form checks), shaped like an engine ``Reason``."""

    code: str
    text_zh: str
    text_en: str
    field: str = ""
    sources: tuple[str, ...] = ()

    def text(self, lang: str = "zh") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en


def _problem(code: str, fieldname: str = "", /, **args: Any) -> Problem:
    r = Reason(code, (), args)
    return Problem(code, r.text_zh, r.text_en, fieldname)


class Refused(Exception):
    """The book refused a change; nothing was written. ``reasons`` says every why."""

    def __init__(self, reasons: Sequence[Any]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("; ".join(r.text_en for r in self.reasons))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    def text(self, lang: str = "zh") -> str:
        return ("；" if lang.startswith("zh") else "; ").join(r.text(lang) for r in self.reasons)


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    head_relation: str
    birth_date: dt.date | None
    id_number_masked: str
    has_id_number: bool
    region_code: str
    insurance: str
    employment: str
    status: str
    status_date: dt.date | None
    wallet_opened_on: dt.date | None
    note: str
    coverage_end_on: dt.date | None = None  # F-N9: the insurance ended or moved on this day
    coverage_end_kind: str | None = None  # vocab.COVERAGE_ENDS
    region_before: str | None = None  # for a move: the place left (region_code is the new one)
    enrolled_on: dt.date | None = None  # resident insurance: enrolment and payment date (revision 0006)
    enrolled_in_collection: bool | None = None  # inside the collection period; None: not recorded
    enrolment_gap_years: int = 0

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass(frozen=True)
class StatementView:
    id: int
    member_id: int
    account: str
    on_date: dt.date
    balance_fen: int
    monthly_credit_fen: int | None
    note: str
    on_time: dt.time | None = None  # None: the balance at the end of the day


@dataclass(frozen=True)
class BalanceEntry:
    """One account's balance as read off the official app, for :meth:`FamilyBook.record_statements`."""

    member_id: int
    balance_fen: int
    account: str = "personal"
    monthly_credit_fen: int | None = None
    note: str = ""


@dataclass(frozen=True)
class UsableLine:
    source: str  # own / wallet / quota / family
    payer_id: int
    payer_name: str
    binding_id: int | None
    amount_fen: int
    reason_zh: str
    reason_en: str


@dataclass(frozen=True)
class MemberBalance:
    """A person's money at the end of a day: own account, wallet, and what they could use in all."""

    member_id: int
    name: str
    on: dt.date
    personal_fen: int
    wallet_fen: int
    usable_fen: int  # own + wallet + family money usable under the rules
    breakdown: tuple[UsableLine, ...]
    skipped: tuple[Any, ...]  # family sources that could not pay, with the reason
    statement_date: dt.date | None  # the latest personal statement the balance starts from
    monthly_credit_fen: int | None
    wallet_statement_date: dt.date | None = None  # the latest wallet statement, likewise
    statement_fen: int | None = None  # what the latest personal statement said (0 then: nothing was used up)
    locked_fen: int = 0  # of personal_fen, set aside as quotas for others (F-N11): not usable by this person


def _member_view(m) -> MemberView:
    return MemberView(m.id, m.name, m.head_relation, m.birth_date, idnumber.mask(m.id_number), bool(m.id_number),
                      m.region_code, m.insurance, m.employment, m.status, m.status_date, m.wallet_opened_on, m.note,
                      getattr(m, "coverage_end_on", None), getattr(m, "coverage_end_kind", None),
                      getattr(m, "region_before", None),
                      m.enrolled_on, None if m.enrolled_in_collection is None else bool(m.enrolled_in_collection),
                      m.enrolment_gap_years or 0)


def _statement_view(st) -> StatementView:
    return StatementView(st.id, st.member_id, st.account, st.on_date, st.balance_fen, st.monthly_credit_fen, st.note,
                         st.on_time)
