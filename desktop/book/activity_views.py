"""What the book hands out about bindings, visits, transfers, quotas, plans, guides and imports: frozen result
dataclasses and their ORM-row converters (the members' and balances' are in :mod:`desktop.book.views`, which
re-exports these on first use)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.store.ledger import Outcome


@dataclass(frozen=True)
class RuleChoice:
    """A family region where a newer national version meets older local rules (Settings shows it)."""

    region_code: str
    region_name: tuple[str, str]
    keep_local: bool                 # the family's choice; False: the newer national rules apply (default)
    conflicts: tuple[Any, ...]       # core.policy.Conflict: field, local value, newer value, which applies
    note: tuple[str, str] | None     # the region pack's note stating the default
    lines: tuple[Any, ...] = ()      # each conflict in plain words (Reason, with both fact IDs)
    on: dt.date | None = None        # the date the conflicts were found for


@dataclass(frozen=True)
class BindingView:
    id: int
    authorizer_id: int
    authorizer_name: str
    beneficiary_id: int
    beneficiary_name: str
    relation: str
    region_code: str
    channel_id: str | None
    registered_at: dt.datetime | None
    start_date: dt.date | None
    end_date: dt.date | None
    amount_cap_fen: int | None
    status: str
    terminated_on: dt.date | None
    note: str
    used_fen: int  # paid for the beneficiary so far
    left_fen: int | None  # of the authorized amount; None = no amount set
    rank: int | None  # place in registration order among the beneficiary's bindings
    ended_on: dt.date | None = None  # F-N9: ends by itself this day (one side's insurance ended or moved)
    ended_by_id: int | None = None  # whose insurance it was
    ended_by_name: str = ""
    ended_kind: str | None = None  # vocab.COVERAGE_ENDS


@dataclass(frozen=True)
class LineView:
    seq: int
    source: str
    account: str | None
    payer_id: int | None
    payer_name: str
    binding_id: int | None
    amount_fen: int
    reason_zh: str
    reason_en: str
    sources: tuple[str, ...]

    def reason(self, lang: str = "zh") -> str:
        return self.reason_zh if lang.startswith("zh") else self.reason_en


@dataclass(frozen=True)
class VisitView:
    id: int
    member_id: int
    member_name: str
    on_date: dt.date
    institution: str
    hospital_class: str
    care_type: str
    total_fen: int
    fund_estimated_fen: int
    fund_actual_fen: int | None
    wallet_accepted: bool
    notes: str
    own_fen: int = 0
    wallet_fen: int = 0
    family_fen: int = 0
    cash_fen: int = 0
    lines: tuple[LineView, ...] = ()
    on_time: dt.time | None = None  # None: late in the day, before that day's statements

    @property
    def fund_fen(self) -> int:
        return self.fund_estimated_fen if self.fund_actual_fen is None else self.fund_actual_fen

    @property
    def personal_fen(self) -> int:
        return self.total_fen - self.fund_fen


@dataclass(frozen=True)
class VisitTotals:
    count: int = 0
    total_fen: int = 0
    fund_fen: int = 0
    personal_fen: int = 0
    own_fen: int = 0
    wallet_fen: int = 0
    family_fen: int = 0
    cash_fen: int = 0


@dataclass(frozen=True)
class UsualPlace:
    """A place a member (or the family) has been to lately: its name (may be empty), its level, how often."""

    institution: str
    hospital_class: str
    visits: int
    last_date: dt.date


@dataclass(frozen=True)
class VisitOutcome:
    """The split of one visit: the fund's share step by step, then who pays the rest, line by line."""

    visit_id: int | None
    estimate: Any  # desktop.core.reimbursement.Estimate (steps, fund_fen, personal_fen, ...)
    settlement: Any  # desktop.core.settlement.Settlement (lines, skipped, cash_fen, ...)
    fund_fen: int
    personal_fen: int
    changed_later: int = 0  # later visits whose result moved because of this call


@dataclass(frozen=True)
class TransferView:
    id: int
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    amount_fen: int
    requested_at: dt.datetime
    received_at: dt.datetime | None
    returned_at: dt.datetime | None
    returns_at: dt.datetime | None  # when an unreceived transfer goes back (China time)
    state: str  # received / waiting / returned
    note: str


@dataclass(frozen=True)
class PlannedPremiumView:
    """A relative's premium the family means to pay from the payer's personal account (F-G9, F-N10)."""

    id: int
    payer_id: int
    payer_name: str
    person_id: int
    person_name: str
    amount_fen: int
    coverage_year: int
    on_date: dt.date
    channel_id: str
    note: str


@dataclass(frozen=True)
class PlannedWalletTransferView:
    """A wallet transfer the family means to make: its day and allowed hours (China time, F-W6)."""

    id: int
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    amount_fen: int
    on_date: dt.date
    window_start: dt.time
    window_end: dt.time
    note: str
    transfer_id: int | None  # the real transfer once it is done

    @property
    def done(self) -> bool:
        return self.transfer_id is not None


@dataclass(frozen=True)
class TransferVerdict:
    allowed: bool
    reasons: tuple[Any, ...]
    asks: tuple[Any, ...] = ()


@dataclass(frozen=True)
class QuotaView:
    """A 共济额度 (F-N11) as the Wallet page shows it."""

    id: int
    payer_id: int
    payer_name: str
    receiver_id: int
    receiver_name: str
    amount_fen: int
    set_at: dt.datetime
    channel_id: str
    ended_at: dt.datetime | None  # ended by hand
    note: str
    used_fen: int  # drawn by the receiver's visits
    left_fen: int  # amount − used; after the end it is what went back to the payer
    state: str  # "waiting" (set later than now), "standing", "ended" (by hand) or "auto_ended" (F-N9)
    end_day: dt.date | None  # when it ended or will end by itself
    ended_by_id: int | None = None  # F-N9: whose insurance ended or moved
    ended_by_name: str = ""
    ended_kind: str | None = None


@dataclass(frozen=True)
class SharingModel:
    """Which model the wallet follows on a day (F-W6 transfers or F-N11 quotas) and who chose it."""

    on: dt.date
    model: str  # vocab.SHARING_MODELS
    chosen: str  # "rules" (as the rules in force say) or the family's own choice ("transfer" / "quota")
    rules_model: str  # what the rules in force say
    sources: tuple[str, ...]  # of the rules' value
    region_code: str  # whose rules: the household head's insured place


@dataclass(frozen=True)
class PlannedView:
    id: int
    member_id: int
    on_date: dt.date
    care_type: str
    hospital_class: str
    total_fen: int
    monthly: bool
    until_date: dt.date | None
    note: str


@dataclass(frozen=True)
class GuideView:
    id: int
    purpose: str
    region_code: str
    channel_id: str | None
    authorizer_id: int | None
    beneficiary_id: int | None
    step: int
    done: tuple[int, ...]
    data: dict
    finished: bool
    binding_id: int | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class ImportReport:
    counts: dict[str, int]
    backup: Path | None


@dataclass(frozen=True)
class CsvReport:
    imported: int
    skipped: int
    errors: tuple[Any, ...]  # store.csvio.RowError(row, column, message_zh, message_en)
    seconds: float = 0.0


@dataclass(frozen=True)
class CsvPreview:
    """What an import of a CSV file would take (``rows``: store.csvio.ParsedVisit) and every bad row."""

    rows: tuple[Any, ...]
    errors: tuple[Any, ...]  # store.csvio.RowError
    bad_rows: int  # rows with at least one error (the header counts as row 1)


class Cancelled(Exception):
    """A long computation (the uncertainty band) was stopped by the user; nothing was kept."""


@dataclass(frozen=True)
class PlannedTransfer:
    """A wallet transfer the family plans, for projections: once in ``first_month``, or every month from it
    (to ``last_month`` inclusive, None: to the end of the projection)."""

    from_id: int
    to_id: int
    amount_fen: int
    first_month: dt.date
    monthly: bool = False
    last_month: dt.date | None = None

    def months(self, horizon: Sequence[dt.date]) -> list[dt.date]:
        """The months of ``horizon`` (1sts) in which this transfer is made."""
        first = self.first_month.replace(day=1)
        last = self.last_month.replace(day=1) if self.last_month is not None else None
        return [m for m in horizon
                if m == first or (self.monthly and first <= m and (last is None or m <= last))]


@dataclass(frozen=True)
class ProjectionPlan:
    """What the user set for projections instead of the book's own figures; kept in app meta as JSON.

    ``credits``: member → expected monthly credit (instead of the latest statement's);
    ``spending``: (member, care type, monthly fen, hospital class or None) replacing that care type's
    history-derived spending (0 = none); ``transfers``: planned wallet transfers.
    """

    credits: dict[int, int] = field(default_factory=dict)
    spending: tuple[tuple[int, str, int, str | None], ...] = ()
    transfers: tuple[PlannedTransfer, ...] = ()

    def to_json(self) -> str:
        return json.dumps({
            "credits": {str(k): v for k, v in sorted(self.credits.items())},
            "spending": [list(x) for x in self.spending],
            "transfers": [{"from_id": t.from_id, "to_id": t.to_id, "amount_fen": t.amount_fen,
                           "first_month": t.first_month.isoformat(), "monthly": t.monthly,
                           "last_month": t.last_month.isoformat() if t.last_month else None}
                          for t in self.transfers]}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ProjectionPlan:
        d = json.loads(text)
        return cls({int(k): int(v) for k, v in d.get("credits", {}).items()},
                   tuple((int(m), str(c), int(f), h) for m, c, f, h in d.get("spending", [])),
                   tuple(PlannedTransfer(int(t["from_id"]), int(t["to_id"]), int(t["amount_fen"]),
                                         dt.date.fromisoformat(t["first_month"]), bool(t.get("monthly")),
                                         dt.date.fromisoformat(t["last_month"]) if t.get("last_month") else None)
                         for t in d.get("transfers", [])))


class ImportRefused(Exception):
    """An import that found problems and changed nothing; ``problems`` lists each with its place."""

    def __init__(self, problems: Sequence[Any]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else None
        super().__init__(f"{len(self.problems)} problem(s); first: {first}")


def _outcome(out: Outcome, total_fen: int, changed_later: int = 0) -> VisitOutcome:
    return VisitOutcome(out.visit_id, out.estimate, out.settlement, out.fund_fen, total_fen - out.fund_fen,
                        changed_later)


def _planned_view(p) -> PlannedView:
    return PlannedView(p.id, p.member_id, p.on_date, p.care_type, p.hospital_class, p.total_fen, bool(p.monthly),
                       p.until_date, p.note)


def _guide_view(g) -> GuideView:
    return GuideView(g.id, g.purpose, g.region_code, g.channel_id, g.authorizer_id, g.beneficiary_id, g.step,
                     tuple(json.loads(g.done_json or "[]")), json.loads(g.data_json or "{}"), bool(g.finished),
                     g.binding_id, g.updated_at)
