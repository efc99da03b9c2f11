"""Carried visit sums: counts and totals per person, year and care type (and the payer lines per source),
kept by triggers on ``visits`` and ``allocation_lines``, so the Visits page does not scan every visit.

The sums are derived data: the revision builds them from the rows already there; downgrade drops them.

Revision ID: 0004_visit_sums
Revises: 0003_moments_and_usage
Create Date: 2026-12-01

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.visit_sums import CREATE_TRIGGERS, DROP_TRIGGERS, REBUILD

revision: str = "0004_visit_sums"
down_revision: str | None = "0003_moments_and_usage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "visit_sums",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("care_type", sa.String(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("fund_fen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "year", "care_type"),
    )
    op.create_table(
        "visit_line_sums",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("care_type", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "year", "care_type", "source"),
    )
    for sql in CREATE_TRIGGERS + REBUILD:
        op.execute(sql)


def downgrade() -> None:
    for sql in DROP_TRIGGERS:
        op.execute(sql)
    op.drop_table("visit_line_sums")
    op.drop_table("visit_sums")
