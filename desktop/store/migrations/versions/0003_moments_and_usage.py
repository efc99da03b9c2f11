"""Events in time: statements and visits get a China time of day (NULL keeps the old meaning: a statement
is the balance at the end of its day, a visit comes late in its day before the statements); visits carry
the year usage they counted (usage group and deductible used; NULL until the ledger settles them again).

Only columns are added (SQLite's ADD COLUMN), so no table is copied and no child row is at risk.

Revision ID: 0003_moments_and_usage
Revises: 0002_wallet_opened_and_checks
Create Date: 2026-12-01

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_moments_and_usage"
down_revision: str | None = "0002_wallet_opened_and_checks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("on_time", sa.Time(), nullable=True))
    op.add_column("visits", sa.Column("on_time", sa.Time(), nullable=True))
    op.add_column("visits", sa.Column("usage_group", sa.String(), nullable=True))
    op.add_column("visits", sa.Column("deductible_used_fen", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visits") as b:
        b.drop_column("deductible_used_fen")
        b.drop_column("usage_group")
        b.drop_column("on_time")
    with op.batch_alter_table("statements") as b:
        b.drop_column("on_time")
