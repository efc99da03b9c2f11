"""Quotas and the end of a member's insurance (issue 13): a ``quotas`` table for the 共济额度 (F-N11), each
allocation line may name the quota it drew on, and a member records the day their insurance ended or moved to
another pooling region (F-N9) with, for a move, the place left.

Members get plain columns (SQLite's ADD COLUMN); ``allocation_lines`` is copied to gain the foreign key to
``quotas`` (foreign keys are off around the upgrade, see env.py, so no line is cascaded away). Copying a table
drops its triggers: revision 0004's carried visit sums are dropped before and made again after (the copy leaves
the sums as they were: no line is inserted into or deleted from ``allocation_lines`` itself).

Revision ID: 0007_quotas_and_coverage_end
Revises: 0006_resident_enrolment
Create Date: 2026-12-01

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.visit_sums import CREATE_TRIGGERS, DROP_TRIGGERS

revision: str = "0007_quotas_and_coverage_end"
down_revision: str | None = "0006_resident_enrolment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("members", sa.Column("coverage_end_on", sa.Date(), nullable=True))
    op.add_column("members", sa.Column("coverage_end_kind", sa.String(), nullable=True))
    op.add_column("members", sa.Column("region_before", sa.String(), nullable=True))
    op.create_table(
        "quotas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("receiver_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("channel_id", sa.String(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_quotas_amount_positive")),
        sa.ForeignKeyConstraint(["payer_id"], ["members.id"], name=op.f("fk_quotas_payer_id_members"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["receiver_id"], ["members.id"], name=op.f("fk_quotas_receiver_id_members"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotas")),
    )
    op.create_index("ix_quotas_payer", "quotas", ["payer_id"])
    op.create_index("ix_quotas_receiver", "quotas", ["receiver_id"])
    for sql in DROP_TRIGGERS:
        op.execute(sql)
    with op.batch_alter_table("allocation_lines", recreate="always") as b:
        b.add_column(sa.Column("quota_id", sa.Integer(), nullable=True))
        b.create_foreign_key(op.f("fk_allocation_lines_quota_id_quotas"), "quotas", ["quota_id"], ["id"],
                             ondelete="RESTRICT")
    op.create_index("ix_allocation_lines_quota", "allocation_lines", ["quota_id"])
    for sql in CREATE_TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    op.drop_index("ix_allocation_lines_quota", table_name="allocation_lines")
    for sql in DROP_TRIGGERS:
        op.execute(sql)
    with op.batch_alter_table("allocation_lines", recreate="always") as b:
        b.drop_constraint(op.f("fk_allocation_lines_quota_id_quotas"), type_="foreignkey")
        b.drop_column("quota_id")
    for sql in CREATE_TRIGGERS:
        op.execute(sql)
    op.drop_index("ix_quotas_receiver", table_name="quotas")
    op.drop_index("ix_quotas_payer", table_name="quotas")
    op.drop_table("quotas")
    with op.batch_alter_table("members") as b:
        b.drop_column("region_before")
        b.drop_column("coverage_end_kind")
        b.drop_column("coverage_end_on")
