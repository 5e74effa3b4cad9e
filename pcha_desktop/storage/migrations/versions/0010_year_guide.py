"""The year's guide: steps ticked by hand and the strategies chosen for a fiscal year.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Two new tables, empty at first; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _identity() -> list[sa.Column]:
    return [sa.Column("uuid", sa.String(length=36), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "year_step_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("ticked_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_identity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_step_tick")),
        sa.UniqueConstraint("fiscal_year", "step", name="uq_year_step_tick_fiscal_year_step"),
        sa.UniqueConstraint("uuid", name=op.f("uq_year_step_tick_uuid")),
    )
    with op.batch_alter_table("year_step_tick", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_step_tick_fiscal_year"), ["fiscal_year"], unique=False)
    op.create_table(
        "chosen_strategy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.String(length=60), nullable=False),
        sa.Column("strategy_key", sa.String(length=60), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_identity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chosen_strategy")),
        sa.UniqueConstraint("fiscal_year", "list_id", "strategy_key", name="uq_chosen_strategy_year_list_key"),
        sa.UniqueConstraint("uuid", name=op.f("uq_chosen_strategy_uuid")),
    )
    with op.batch_alter_table("chosen_strategy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chosen_strategy_fiscal_year"), ["fiscal_year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("chosen_strategy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chosen_strategy_fiscal_year"))
    op.drop_table("chosen_strategy")
    with op.batch_alter_table("year_step_tick", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_step_tick_fiscal_year"))
    op.drop_table("year_step_tick")
