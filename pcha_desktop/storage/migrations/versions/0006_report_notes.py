"""Reports: the free text of a reporting period (situation, obstacles, suggestions, support requested).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

A new table, empty in an older database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_code", sa.String(length=10), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("support_requested", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name=op.f("ck_report_note_fiscal_year_in_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_note")),
        sa.UniqueConstraint("period_code", name=op.f("uq_report_note_period_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_note_uuid")),
    )
    with op.batch_alter_table("report_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_note_fiscal_year"), ["fiscal_year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_note_fiscal_year"))
    op.drop_table("report_note")
