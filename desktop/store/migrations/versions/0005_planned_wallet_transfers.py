"""Planned wallet transfers: the transfer planner's schedule kept as transfers the family means to make, each
on its day within the hours transfers are allowed (F-W6), done when the real transfer is recorded.

A new table only; no existing row is touched.

Revision ID: 0005_planned_wallet_transfers
Revises: 0004_visit_sums
Create Date: 2026-12-01

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_planned_wallet_transfers"
down_revision: str | None = "0004_visit_sums"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "planned_wallet_transfers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("from_id", sa.Integer(), sa.ForeignKey("members.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("to_id", sa.Integer(), sa.ForeignKey("members.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("window_start", sa.Time(), nullable=False),
        sa.Column("window_end", sa.Time(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), sa.ForeignKey("wallet_transfers.id", ondelete="SET NULL"),
                  nullable=True),
        sa.CheckConstraint("amount_fen > 0", name="amount_positive"),
        sa.CheckConstraint("window_start < window_end", name="window_order"),
    )
    op.create_index("ix_planned_wallet_transfers_on_date", "planned_wallet_transfers", ["on_date"])


def downgrade() -> None:
    op.drop_index("ix_planned_wallet_transfers_on_date", "planned_wallet_transfers")
    op.drop_table("planned_wallet_transfers")
