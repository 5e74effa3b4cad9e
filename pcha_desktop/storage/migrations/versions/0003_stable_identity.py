"""Stable identity on every table of the district's records: a ``uuid`` where there was none (fiscal years,
frozen order members, tambon committees' years, visit photos) and ``updated_at`` everywhere.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Existing UUIDs are kept; new ones are random (uuid4), one per row. ``updated_at`` starts as the time of the
row's last change in the audit trail, else the time of this migration. Columns are added nullable, filled,
then made NOT NULL (and the uuid UNIQUE) by rebuilding the table in batch mode.

Rebuilding a table drops its triggers, and the triggers that keep issued orders frozen would refuse the
backfill of their members: the triggers on the rebuilt tables are dropped first and recreated, from their
own stored SQL, at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES_GAINING_UUID = ("fiscal_year", "appointment_order_member", "tambon_committee_year", "district_visit_photo")
TABLES_GAINING_UPDATED_AT = (
    "fiscal_year", "person", "committee", "committee_membership", "quality_of_life_issue", "attachment",
    "appointment_order", "appointment_order_member", "tambon_committee_year", "district_visit",
    "district_visit_photo",
)  # fmt: skip


def _triggers_on(tables: Sequence[str]) -> list[tuple[str, str]]:
    marks = ", ".join(f"'{table}'" for table in tables)
    rows = op.get_bind().exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) ORDER BY name"
    )
    return [(name, sql) for name, sql in rows]


def _fill_uuids(table: str) -> None:
    connection = op.get_bind()
    ids = [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id")]
    if ids:
        connection.execute(
            sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
            [{"uuid": str(uuid.uuid4()), "id": ident} for ident in ids],
        )


def _fill_updated_at(table: str, now: str) -> None:
    op.get_bind().execute(
        sa.text(
            f"UPDATE {table} SET updated_at = coalesce((SELECT max(changed_at) FROM audit_entry"
            f" WHERE audit_entry.table_name = '{table}' AND audit_entry.row_id = {table}.id), :now)"
        ),
        {"now": now},
    )


def upgrade() -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    triggers = _triggers_on(TABLES_GAINING_UPDATED_AT)
    for name, _sql in triggers:
        op.execute(f"DROP TRIGGER {name}")
    for table in TABLES_GAINING_UPDATED_AT:
        gains_uuid = table in TABLES_GAINING_UUID
        if gains_uuid:
            op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))
        if gains_uuid:
            _fill_uuids(table)
        _fill_updated_at(table, now)
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)
            if gains_uuid:
                batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
                batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_uuid"), ["uuid"])
    for _name, sql in triggers:
        op.execute(sql)


def downgrade() -> None:
    triggers = _triggers_on(TABLES_GAINING_UPDATED_AT)
    for name, _sql in triggers:
        op.execute(f"DROP TRIGGER {name}")
    for table in reversed(TABLES_GAINING_UPDATED_AT):
        with op.batch_alter_table(table, recreate="always") as batch_op:
            if table in TABLES_GAINING_UUID:
                batch_op.drop_constraint(batch_op.f(f"uq_{table}_uuid"), type_="unique")
                batch_op.drop_column("uuid")
            batch_op.drop_column("updated_at")
    for _name, sql in triggers:
        op.execute(sql)
