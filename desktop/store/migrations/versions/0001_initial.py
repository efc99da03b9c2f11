"""Initial schema: members, statements, bindings, visits with allocation lines, wallet transfers,
planned expenses, guide progress, app metadata.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(col: str, table: str, ondelete: str = "RESTRICT", nullable: bool = False) -> sa.Column:
    return sa.Column(col, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("head_relation", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(), nullable=True),
        sa.Column("region_code", sa.String(), nullable=False),
        sa.Column("insurance", sa.String(), nullable=False),
        sa.Column("employment", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("member_id", "members"),
        sa.Column("account", sa.String(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("balance_fen", sa.Integer(), nullable=False),
        sa.Column("monthly_credit_fen", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.CheckConstraint("balance_fen >= 0", name="balance_nonneg"),
    )
    op.create_index("ix_statements_member_account_date", "statements", ["member_id", "account", "on_date"])
    op.create_table(
        "bindings",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("authorizer_id", "members"),
        _fk("beneficiary_id", "members"),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("region_code", sa.String(), nullable=False),
        sa.Column("channel_id", sa.String(), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("amount_cap_fen", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_bindings_beneficiary", "bindings", ["beneficiary_id"])
    op.create_index("ix_bindings_authorizer", "bindings", ["authorizer_id"])
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("member_id", "members"),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("institution", sa.String(), nullable=False),
        sa.Column("hospital_class", sa.String(), nullable=False),
        sa.Column("care_type", sa.String(), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("fund_estimated_fen", sa.Integer(), nullable=False),
        sa.Column("fund_actual_fen", sa.Integer(), nullable=True),
        sa.Column("wallet_accepted", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_visits_member_date", "visits", ["member_id", "on_date"])
    op.create_index("ix_visits_date", "visits", ["on_date"])
    op.create_table(
        "allocation_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("visit_id", "visits", ondelete="CASCADE"),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("account", sa.String(), nullable=True),
        _fk("payer_id", "members", nullable=True),
        _fk("binding_id", "bindings", nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("reason_zh", sa.String(), nullable=False),
        sa.Column("reason_en", sa.String(), nullable=False),
        sa.Column("fact_id", sa.String(), nullable=False),
    )
    op.create_index("ix_allocation_lines_visit", "allocation_lines", ["visit_id"])
    op.create_index("ix_allocation_lines_payer", "allocation_lines", ["payer_id"])
    op.create_table(
        "wallet_transfers",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("from_id", "members"),
        _fk("to_id", "members"),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name="amount_positive"),
    )
    op.create_index("ix_wallet_transfers_from", "wallet_transfers", ["from_id"])
    op.create_index("ix_wallet_transfers_to", "wallet_transfers", ["to_id"])
    op.create_table(
        "planned_expenses",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("member_id", "members"),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("care_type", sa.String(), nullable=False),
        sa.Column("hospital_class", sa.String(), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("monthly", sa.Boolean(), nullable=False),
        sa.Column("until_date", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "guide_progress",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("region_code", sa.String(), nullable=False),
        sa.Column("channel_id", sa.String(), nullable=True),
        _fk("authorizer_id", "members", nullable=True),
        _fk("beneficiary_id", "members", nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("done_json", sa.String(), nullable=False),
        sa.Column("data_json", sa.String(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        _fk("binding_id", "bindings", ondelete="SET NULL", nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("guide_progress", "planned_expenses", "wallet_transfers", "allocation_lines", "visits",
                  "bindings", "statements", "members", "app_meta"):
        op.drop_table(table)
