"""Tambon-level committees as districts have them: a committee covers a whole tambon or one tambon health
promoting hospital's (รพ.สต.) area in it, and one tambon may hold several (seed 003: Wang Chin has 17
committees in 7 tambons).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Two columns on committee: ``area`` ('tambon' | 'health_centre', NULL for other kinds) and ``area_name``
(the รพ.สต.'s name). At most one whole-tambon committee per tambon, and one committee per named รพ.สต. area
(partial unique indexes). Until now the program kept one committee per tambon: each becomes its tambon's
whole-tambon committee. Should a database hold more than one for a tambon (the program never made such),
the oldest stays whole-tambon and the others become areas named after themselves, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMMITTEE_AREAS = ("tambon", "health_centre")


def upgrade() -> None:
    op.add_column("committee", sa.Column("area", sa.String(length=40), nullable=True))
    op.add_column("committee", sa.Column("area_name", sa.String(length=200), nullable=True))
    op.execute("UPDATE committee SET area_name = ''")
    op.execute(
        "UPDATE committee SET area = 'tambon' WHERE kind = 'tambon' AND tambon_code IS NOT NULL"
        " AND id = (SELECT min(other.id) FROM committee AS other"
        "           WHERE other.kind = 'tambon' AND other.tambon_code = committee.tambon_code)"
    )
    op.execute(
        "UPDATE committee SET area = 'health_centre', area_name = substr(name, 1, 180) || ' (' || id || ')'"
        " WHERE kind = 'tambon' AND tambon_code IS NOT NULL AND area IS NULL"
    )
    with op.batch_alter_table("committee", recreate="always") as batch_op:
        batch_op.alter_column("area_name", existing_type=sa.String(length=200), nullable=False)
        quoted = ", ".join(f"'{value}'" for value in COMMITTEE_AREAS)
        batch_op.create_check_constraint(batch_op.f("ck_committee_committeearea"), f"area IN ({quoted})")
        batch_op.create_check_constraint(
            batch_op.f("ck_committee_area_of_a_tambon_committee"),
            "area IS NULL OR (kind = 'tambon' AND tambon_code IS NOT NULL)",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_committee_health_centre_is_named"),
            "area != 'health_centre' OR length(trim(area_name)) > 0",
        )
    op.create_index(
        "uq_committee_whole_tambon", "committee", ["tambon_code"], unique=True,
        sqlite_where=sa.text("area = 'tambon'"),
    )
    op.create_index(
        "uq_committee_health_centre_area", "committee", ["tambon_code", "area_name"], unique=True,
        sqlite_where=sa.text("area = 'health_centre'"),
    )


def downgrade() -> None:
    op.drop_index("uq_committee_health_centre_area", table_name="committee")
    op.drop_index("uq_committee_whole_tambon", table_name="committee")
    with op.batch_alter_table("committee", recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_committee_health_centre_is_named"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_committee_area_of_a_tambon_committee"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_committee_committeearea"), type_="check")
        batch_op.drop_column("area_name")
        batch_op.drop_column("area")
