"""The book's tables (SQLModel). Money columns are integer fen; datetimes are naive China time (UTC+8).

These classes describe the head revision; the Alembic revisions in ``migrations/versions`` build the
same schema step by step (a test compares the two).
"""

from datetime import date, time

from pydantic import NaiveDatetime  # plain DATETIME columns holding naive China time
from sqlalchemy import CheckConstraint, Index, MetaData
from sqlmodel import Field, SQLModel

# Named constraints, so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


class Base(SQLModel):
    metadata = metadata


class Member(Base, table=True):
    """A person of the family. ``head_relation`` is their relation to the household head ("self" for the head)."""

    __tablename__ = "members"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    head_relation: str = "self"
    birth_date: date | None = None
    id_number: str | None = None  # as typed; shown masked (desktop.core.idnumber.mask)
    region_code: str  # GB/T 2260 code of the insured place
    insurance: str  # vocab.INSURANCE_TYPES
    employment: str = "in_service"  # vocab.EMPLOYMENT
    status: str = "insured"  # vocab.STATUSES
    status_date: date | None = None
    wallet_opened_on: date | None = None  # revision 0002: a transfer fails to an unopened wallet (F-N4)
    note: str = ""  # revision 0002
    created_at: NaiveDatetime
    # revision 0007 (F-N9): the day the insurance ended or moved to another pooling region (vocab.COVERAGE_ENDS);
    # for a move, ``region_code`` is the new place and ``region_before`` the one left
    coverage_end_on: date | None = None
    coverage_end_kind: str | None = None
    region_before: str | None = None
    # revision 0006, resident insurance (core/waiting.py): enrolment and payment date, inside the collection
    # period or not (None: not recorded), full years of gap before it
    enrolled_on: date | None = None
    enrolled_in_collection: bool | None = None
    enrolment_gap_years: int = 0


class Statement(Base, table=True):
    """The balance of a personal account or wallet as read from the official app: at ``on_time`` of its day
    (after everything before that moment), or at the end of the day when no time is given."""

    __tablename__ = "statements"
    __table_args__ = (
        Index("ix_statements_member_account_date", "member_id", "account", "on_date"),
        CheckConstraint("balance_fen >= 0", name="balance_nonneg"),
    )
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    account: str = "personal"  # "personal" or "wallet"
    on_date: date
    on_time: time | None = None  # revision 0003: China time of day; None = the end of the day
    balance_fen: int
    monthly_credit_fen: int | None = None
    note: str = ""


class Binding(Base, table=True):
    """A 共济 authorization: the authorizer's personal account may pay for the beneficiary."""

    __tablename__ = "bindings"
    __table_args__ = (
        Index("ix_bindings_beneficiary", "beneficiary_id"),
        Index("ix_bindings_authorizer", "authorizer_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    authorizer_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    beneficiary_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    relation: str  # the beneficiary is the authorizer's … (vocab.RELATIONS)
    region_code: str
    channel_id: str | None = None
    registered_at: NaiveDatetime | None = None  # fixes the payment order (F-G6)
    start_date: date | None = None
    end_date: date | None = None
    amount_cap_fen: int | None = None
    status: str = "draft"  # draft / pending / active / terminated / rejected
    terminated_on: date | None = None
    note: str = ""
    created_at: NaiveDatetime


class Visit(Base, table=True):
    """A medical visit with the fund's share (estimated, and actual from the receipt when known)."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_member_date", "member_id", "on_date"),
        Index("ix_visits_date", "on_date"),
        CheckConstraint("total_fen >= 0", name="total_nonneg"),
        CheckConstraint("fund_estimated_fen >= 0 AND fund_estimated_fen <= total_fen", name="estimate_in_total"),
        CheckConstraint(
            "fund_actual_fen IS NULL OR (fund_actual_fen >= 0 AND fund_actual_fen <= total_fen)",
            name="actual_in_total",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    on_date: date
    on_time: time | None = None  # revision 0003: China time of day; None = late in the day, before its statements
    institution: str = ""
    hospital_class: str = "0"  # vocab.HOSPITAL_CLASSES: level and grade
    care_type: str  # vocab.CARE_TYPES
    total_fen: int
    fund_estimated_fen: int = 0
    fund_actual_fen: int | None = None
    wallet_accepted: bool = True
    notes: str = ""
    created_at: NaiveDatetime
    # revision 0003: the year usage this visit counted (carried, so a replay need not re-estimate the year);
    # None until the ledger has settled the visit once; "" when no group applies
    usage_group: str | None = None
    deductible_used_fen: int | None = None


class AllocationLine(Base, table=True):
    """Who paid part of a visit's personal share: own account, wallet, a family account, or cash."""

    __tablename__ = "allocation_lines"
    __table_args__ = (
        Index("ix_allocation_lines_visit", "visit_id"),
        Index("ix_allocation_lines_payer", "payer_id"),
        Index("ix_allocation_lines_binding", "binding_id"),  # revision 0002
        Index("ix_allocation_lines_quota", "quota_id"),  # revision 0007
        CheckConstraint("amount_fen >= 0", name="amount_nonneg"),
    )
    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visits.id", ondelete="CASCADE")
    seq: int
    source: str  # vocab.PAYMENT_SOURCES
    account: str | None = None  # "personal" / "wallet"; None for cash
    payer_id: int | None = Field(default=None, foreign_key="members.id", ondelete="RESTRICT")
    binding_id: int | None = Field(default=None, foreign_key="bindings.id", ondelete="RESTRICT")
    amount_fen: int
    reason_zh: str = ""
    reason_en: str = ""
    fact_id: str = ""
    quota_id: int | None = Field(default=None, foreign_key="quotas.id", ondelete="RESTRICT")  # revision 0007


class WalletTransfer(Base, table=True):
    """A 医保钱包 transfer from a payer's personal account to a relative's wallet (F-W5, F-W6)."""

    __tablename__ = "wallet_transfers"
    __table_args__ = (
        Index("ix_wallet_transfers_from", "from_id"),
        Index("ix_wallet_transfers_to", "to_id"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
    )
    id: int | None = Field(default=None, primary_key=True)
    from_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    to_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    amount_fen: int
    requested_at: NaiveDatetime
    received_at: NaiveDatetime | None = None
    returned_at: NaiveDatetime | None = None
    note: str = ""


class Quota(Base, table=True):
    """A 共济额度 (F-N11): the payer sets part of the own account aside for a relative, who draws on it after their
    own account; while it stands the payer cannot spend it; when it ends the unused part is the payer's again.

    Revision 0007. ``ended_at`` is when the family ended it by hand; it also ends by itself when either side's
    insurance ends or moves (F-N9, the members' ``coverage_end_on``).
    """

    __tablename__ = "quotas"
    __table_args__ = (
        Index("ix_quotas_payer", "payer_id"),
        Index("ix_quotas_receiver", "receiver_id"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
    )
    id: int | None = Field(default=None, primary_key=True)
    payer_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    receiver_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    amount_fen: int
    set_at: NaiveDatetime
    channel_id: str = ""  # where it was set (a vocab.CHANNEL_KINDS key, e.g. national_app), "" when not said
    ended_at: NaiveDatetime | None = None
    note: str = ""
    created_at: NaiveDatetime


class PlannedExpense(Base, table=True):
    """A planned cost for the projection: once on a date, or every month until ``until_date``."""

    __tablename__ = "planned_expenses"
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    on_date: date
    care_type: str
    hospital_class: str = "0"
    total_fen: int
    monthly: bool = False
    until_date: date | None = None
    note: str = ""
    created_at: NaiveDatetime


class PlannedWalletTransfer(Base, table=True):
    """One transfer of a plan the family means to make (the planner's schedule, F-W6): on ``on_date`` between
    ``window_start`` and ``window_end`` (China time). Done once the real transfer is recorded (``transfer_id``);
    deleting that transfer makes it planned again."""

    __tablename__ = "planned_wallet_transfers"
    __table_args__ = (
        Index("ix_planned_wallet_transfers_on_date", "on_date"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint("window_start < window_end", name="window_order"),
    )
    id: int | None = Field(default=None, primary_key=True)
    from_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    to_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    amount_fen: int
    on_date: date
    window_start: time
    window_end: time
    note: str = ""
    created_at: NaiveDatetime
    transfer_id: int | None = Field(default=None, foreign_key="wallet_transfers.id", ondelete="SET NULL")


class PlannedPremium(Base, table=True):
    """A relative's resident-insurance premium the family means to pay from the payer's personal account
    (F-G9, F-N10): for ``coverage_year``, on ``on_date``, through ``channel_id``. The projection takes it from
    the payer's account in that month (through their binding) instead of the relative paying cash."""

    __tablename__ = "planned_premiums"
    __table_args__ = (
        Index("ix_planned_premiums_on_date", "on_date"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint("payer_id != person_id", name="two_people"),
    )
    id: int | None = Field(default=None, primary_key=True)
    payer_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    person_id: int = Field(foreign_key="members.id", ondelete="RESTRICT")
    amount_fen: int
    coverage_year: int
    on_date: date
    channel_id: str = ""
    note: str = ""
    created_at: NaiveDatetime


class GuideProgress(Base, table=True):
    """Where a family is in a binding guide, so they can leave and come back to the same step."""

    __tablename__ = "guide_progress"
    id: int | None = Field(default=None, primary_key=True)
    purpose: str  # vocab.PURPOSES
    region_code: str
    channel_id: str | None = None
    authorizer_id: int | None = Field(default=None, foreign_key="members.id", ondelete="RESTRICT")
    beneficiary_id: int | None = Field(default=None, foreign_key="members.id", ondelete="RESTRICT")
    step: int = 0
    done_json: str = "[]"
    data_json: str = "{}"
    finished: bool = False
    binding_id: int | None = Field(default=None, foreign_key="bindings.id", ondelete="SET NULL")
    updated_at: NaiveDatetime


class AppMeta(Base, table=True):
    """Small key–value facts about the book (created, last daily backup, settings shared with the CLI)."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True)
    value: str = ""


TABLES = (Member, Statement, Binding, Visit, Quota, AllocationLine, WalletTransfer, PlannedExpense,
          PlannedWalletTransfer, PlannedPremium, GuideProgress, AppMeta)


class VisitSum(Base, table=True):
    """Carried sums of visits per person, year and care type (revision 0004): kept by SQLite triggers on
    ``visits`` and ``allocation_lines`` whatever writes them, so the Visits page's counts and totals read
    a few hundred rows instead of every visit. Derived data: not exported, rebuilt by the revision."""

    __tablename__ = "visit_sums"
    member_id: int = Field(primary_key=True)
    year: int = Field(primary_key=True)
    care_type: str = Field(primary_key=True)
    visits: int = 0
    total_fen: int = 0
    fund_fen: int = 0


class VisitLineSum(Base, table=True):
    """Carried sums of the payer lines per person, year, care type and source (own, wallet, family, cash…)."""

    __tablename__ = "visit_line_sums"
    member_id: int = Field(primary_key=True)
    year: int = Field(primary_key=True)
    care_type: str = Field(primary_key=True)
    source: str = Field(primary_key=True)
    amount_fen: int = 0
