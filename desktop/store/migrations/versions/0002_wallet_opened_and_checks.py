"""Members: the date the wallet was opened (F-N4) and a free note; visits and allocation lines get
money checks (amounts never negative, the fund's share within the total); allocation lines get an
index by binding (what an authorization has paid so far).

SQLite cannot add a CHECK to a table, so ``visits`` and ``allocation_lines`` are copied into new
tables. That is why the upgrade runs with foreign keys off: dropping the old ``visits`` with them on
would cascade-delete every allocation line.

Revision ID: 0002_wallet_opened_and_checks
Revises: 0001_initial
Create Date: 2026-11-22

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_wallet_opened_and_checks"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("members") as b:
        b.add_column(sa.Column("wallet_opened_on", sa.Date(), nullable=True))
        b.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("visits", recreate="always") as b:
        b.create_check_constraint("total_nonneg", "total_fen >= 0")
        b.create_check_constraint("estimate_in_total", "fund_estimated_fen >= 0 AND fund_estimated_fen <= total_fen")
        b.create_check_constraint(
            "actual_in_total", "fund_actual_fen IS NULL OR (fund_actual_fen >= 0 AND fund_actual_fen <= total_fen)"
        )
    with op.batch_alter_table("allocation_lines", recreate="always") as b:
        b.create_check_constraint("amount_nonneg", "amount_fen >= 0")
    op.create_index("ix_allocation_lines_binding", "allocation_lines", ["binding_id"])


def downgrade() -> None:
    op.drop_index("ix_allocation_lines_binding", table_name="allocation_lines")
    with op.batch_alter_table("allocation_lines", recreate="always") as b:
        b.drop_constraint(op.f("ck_allocation_lines_amount_nonneg"), type_="check")
    with op.batch_alter_table("visits", recreate="always") as b:
        b.drop_constraint(op.f("ck_visits_actual_in_total"), type_="check")
        b.drop_constraint(op.f("ck_visits_estimate_in_total"), type_="check")
        b.drop_constraint(op.f("ck_visits_total_nonneg"), type_="check")
    with op.batch_alter_table("members") as b:
        b.drop_column("note")
        b.drop_column("wallet_opened_on")
