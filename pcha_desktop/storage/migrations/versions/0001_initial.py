"""Initial schema: district profile, fiscal years, people, committees and memberships, audit, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written out in full (as autogenerate would) so that it never changes when the models change. Enumerations
are frozen here as VARCHAR(40) with named CHECK constraints, exactly what the models create.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SECTORS = ("state", "local_government", "private", "civil_society")
COMMITTEE_KINDS = ("district", "issue_subcommittee", "tambon")
COMMITTEE_ROLES = ("chair", "vice_chair", "member", "member_and_secretary", "assistant_secretary")


def _one_of(column: str, values: Sequence[str], name: str) -> sa.CheckConstraint:
    quoted = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({quoted})", name=op.f(name))


def upgrade() -> None:
    op.create_table(
        "district_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("province_name", sa.String(length=100), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("district_name", sa.String(length=100), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("district_chief_name", sa.String(length=200), nullable=False),
        sa.Column("secretary_name", sa.String(length=200), nullable=False),
        sa.Column("provincial_office_email", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_profile")),
        sa.CheckConstraint(
            "length(district_code) = 4", name=op.f("ck_district_profile_district_code_has_four_digits")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_district_profile_uuid")),
    )
    op.create_table(
        "fiscal_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("be_year", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_year")),
        sa.CheckConstraint("be_year BETWEEN 2500 AND 2700", name=op.f("ck_fiscal_year_be_year_in_range")),
        sa.UniqueConstraint("be_year", name=op.f("uq_fiscal_year_be_year")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_uuid")),
        _one_of("sector", SECTORS, "ck_person_sector"),
    )
    op.create_table(
        "committee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("tambon_code", sa.String(length=6), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
        sa.UniqueConstraint("uuid", name=op.f("uq_committee_uuid")),
        _one_of("kind", COMMITTEE_KINDS, "ck_committee_committeekind"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_changed_at"), "audit_entry", ["changed_at"], unique=False)
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "committee_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_membership")),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_committee_membership_ends_after_start"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_committee_membership_uuid")),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_committee_membership_committee_id_committee"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_committee_membership_person_id_person"),
            ondelete="RESTRICT",
        ),
        _one_of("role", COMMITTEE_ROLES, "ck_committee_membership_committeerole"),
        _one_of("sector", SECTORS, "ck_committee_membership_sector"),
    )
    op.create_index(
        op.f("ix_committee_membership_committee_id"), "committee_membership", ["committee_id"], unique=False
    )
    op.create_index(
        op.f("ix_committee_membership_person_id"), "committee_membership", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_committee_membership_person_id"), table_name="committee_membership")
    op.drop_index(op.f("ix_committee_membership_committee_id"), table_name="committee_membership")
    op.drop_table("committee_membership")
    op.drop_table("setting")
    op.drop_index(op.f("ix_audit_entry_changed_at"), table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_table("committee")
    op.drop_table("person")
    op.drop_table("fiscal_year")
    op.drop_table("district_profile")
