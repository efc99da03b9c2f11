"""Members: when a resident enrolled and paid, whether inside the collection period, and the years of gap
before it, for the waiting period of resident insurance (F-N13, F-R5; core/waiting.py). NULL and 0 keep an
old book's meaning: nothing recorded, so no waiting period is applied.

Only columns are added (SQLite's ADD COLUMN), so no table is copied and no child row is at risk.

Revision ID: 0006_resident_enrolment
Revises: 0005_planned_wallet_transfers
Create Date: 2026-12-01

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_resident_enrolment"
down_revision: str | None = "0005_planned_wallet_transfers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("members", sa.Column("enrolled_on", sa.Date(), nullable=True))
    op.add_column("members", sa.Column("enrolled_in_collection", sa.Boolean(), nullable=True))
    op.add_column("members", sa.Column("enrolment_gap_years", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("members") as b:
        b.drop_column("enrolment_gap_years")
        b.drop_column("enrolled_in_collection")
        b.drop_column("enrolled_on")
