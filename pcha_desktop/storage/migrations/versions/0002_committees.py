"""Committees' paperwork: issues, appointment orders and their frozen members, attachments, tambon
committees' years, district visits; two columns on committee (issue_id, declared_member_count).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Written out in full so that it never changes when the models change. Enumerations are frozen here as
VARCHAR(40) with named CHECK constraints. The triggers keep issued appointment orders immutable in the
database itself (the service refuses first, with a message; these are the safety net).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SECTORS = ("state", "local_government", "private", "civil_society")
COMMITTEE_ROLES = ("chair", "vice_chair", "member", "member_and_secretary", "assistant_secretary")
ORDER_STATUSES = ("draft", "issued")
PLAN_STATUSES = ("none", "drafting", "approved")

FROZEN_ORDER_COLUMNS = (
    "committee_id", "status", "running_number", "be_year", "order_date", "issuing_office", "subject",
    "preamble", "cancellation_text", "duties_heading", "duties", "effective_clause", "signer_name",
    "signer_position", "replaces_order_id", "issued_at", "uuid",
)  # fmt: skip

_ISSUED_ORDER_MESSAGE = "an issued appointment order cannot be changed"

TRIGGERS = {
    "trg_appointment_order_issued_is_frozen": (
        "CREATE TRIGGER trg_appointment_order_issued_is_frozen BEFORE UPDATE ON appointment_order "
        "FOR EACH ROW WHEN OLD.status = 'issued' AND ("
        + " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in FROZEN_ORDER_COLUMNS)
        + f") BEGIN SELECT RAISE(ABORT, '{_ISSUED_ORDER_MESSAGE}'); END"
    ),
    "trg_appointment_order_issued_not_deleted": (
        "CREATE TRIGGER trg_appointment_order_issued_not_deleted BEFORE DELETE ON appointment_order "
        "FOR EACH ROW WHEN OLD.status = 'issued' "
        f"BEGIN SELECT RAISE(ABORT, '{_ISSUED_ORDER_MESSAGE}'); END"
    ),
    "trg_appointment_order_member_insert_frozen": (
        "CREATE TRIGGER trg_appointment_order_member_insert_frozen BEFORE INSERT ON appointment_order_member "
        "FOR EACH ROW WHEN (SELECT status FROM appointment_order WHERE id = NEW.order_id) = 'issued' "
        f"BEGIN SELECT RAISE(ABORT, '{_ISSUED_ORDER_MESSAGE}'); END"
    ),
    "trg_appointment_order_member_update_frozen": (
        "CREATE TRIGGER trg_appointment_order_member_update_frozen BEFORE UPDATE ON appointment_order_member "
        "FOR EACH ROW WHEN (SELECT status FROM appointment_order WHERE id = OLD.order_id) = 'issued' "
        f"BEGIN SELECT RAISE(ABORT, '{_ISSUED_ORDER_MESSAGE}'); END"
    ),
    "trg_appointment_order_member_delete_frozen": (
        "CREATE TRIGGER trg_appointment_order_member_delete_frozen BEFORE DELETE ON appointment_order_member "
        "FOR EACH ROW WHEN (SELECT status FROM appointment_order WHERE id = OLD.order_id) = 'issued' "
        f"BEGIN SELECT RAISE(ABORT, '{_ISSUED_ORDER_MESSAGE}'); END"
    ),
}


def _one_of(column: str, values: Sequence[str], name: str) -> sa.CheckConstraint:
    quoted = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({quoted})", name=op.f(name))


def upgrade() -> None:
    op.create_table(
        "quality_of_life_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_of_life_issue")),
        sa.CheckConstraint(
            "fiscal_year BETWEEN 2500 AND 2700", name=op.f("ck_quality_of_life_issue_fiscal_year_in_range")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_quality_of_life_issue_uuid")),
    )
    op.create_index(
        op.f("ix_quality_of_life_issue_fiscal_year"), "quality_of_life_issue", ["fiscal_year"], unique=False
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_attachment_sha256_has_64_hex_digits")),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_attachment_size_not_negative")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    op.create_index(op.f("ix_attachment_sha256"), "attachment", ["sha256"], unique=False)

    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issue_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("declared_member_count", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_committee_issue_id"), ["issue_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_committee_issue_id_quality_of_life_issue"),
            "quality_of_life_issue",
            ["issue_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_committee_member_count_not_negative"),
            "declared_member_count IS NULL OR declared_member_count >= 0",
        )

    op.create_table(
        "appointment_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("running_number", sa.Integer(), nullable=True),
        sa.Column("be_year", sa.Integer(), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("issuing_office", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("preamble", sa.Text(), nullable=False),
        sa.Column("cancellation_text", sa.Text(), nullable=False),
        sa.Column("duties_heading", sa.Text(), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("effective_clause", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_position", sa.Text(), nullable=False),
        sa.Column("replaces_order_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("sent_to_province_on", sa.Date(), nullable=True),
        sa.Column("signed_copy_attachment_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_order")),
        sa.CheckConstraint(
            "running_number IS NULL OR running_number > 0",
            name=op.f("ck_appointment_order_running_number_positive"),
        ),
        sa.CheckConstraint("be_year BETWEEN 2400 AND 2700", name=op.f("ck_appointment_order_be_year_in_range")),
        sa.CheckConstraint(
            "status != 'issued' OR (running_number IS NOT NULL AND issued_at IS NOT NULL)",
            name=op.f("ck_appointment_order_issued_has_number"),
        ),
        _one_of("status", ORDER_STATUSES, "ck_appointment_order_orderstatus"),
        sa.UniqueConstraint("uuid", name=op.f("uq_appointment_order_uuid")),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_appointment_order_committee_id_committee"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["replaces_order_id"],
            ["appointment_order.id"],
            name=op.f("fk_appointment_order_replaces_order_id_appointment_order"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["signed_copy_attachment_id"],
            ["attachment.id"],
            name=op.f("fk_appointment_order_signed_copy_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
    )
    op.create_index(
        op.f("ix_appointment_order_committee_id"), "appointment_order", ["committee_id"], unique=False
    )
    op.create_index(
        "uq_appointment_order_issued_number",
        "appointment_order",
        ["be_year", "running_number"],
        unique=True,
        sqlite_where=sa.text("status = 'issued'"),
    )
    op.create_index(
        "uq_appointment_order_one_draft",
        "appointment_order",
        ["committee_id"],
        unique=True,
        sqlite_where=sa.text("status = 'draft'"),
    )
    op.create_table(
        "appointment_order_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_order_member")),
        _one_of("role", COMMITTEE_ROLES, "ck_appointment_order_member_committeerole"),
        _one_of("sector", SECTORS, "ck_appointment_order_member_sector"),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["appointment_order.id"],
            name=op.f("fk_appointment_order_member_order_id_appointment_order"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["committee_membership.id"],
            name=op.f("fk_appointment_order_member_membership_id_committee_membership"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_appointment_order_member_person_id_person"),
            ondelete="RESTRICT",
        ),
    )
    op.create_index(
        op.f("ix_appointment_order_member_order_id"), "appointment_order_member", ["order_id"], unique=False
    )
    op.create_table(
        "tambon_committee_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("plan_status", sa.String(length=40), nullable=False),
        sa.Column("meetings_held", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tambon_committee_year")),
        sa.CheckConstraint(
            "fiscal_year BETWEEN 2500 AND 2700", name=op.f("ck_tambon_committee_year_fiscal_year_in_range")
        ),
        sa.CheckConstraint("meetings_held >= 0", name=op.f("ck_tambon_committee_year_meetings_not_negative")),
        _one_of("plan_status", PLAN_STATUSES, "ck_tambon_committee_year_planstatus"),
        sa.UniqueConstraint("committee_id", "fiscal_year", name="uq_tambon_committee_year_committee_year"),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_tambon_committee_year_committee_id_committee"),
            ondelete="RESTRICT",
        ),
    )
    op.create_index(
        op.f("ix_tambon_committee_year_committee_id"), "tambon_committee_year", ["committee_id"], unique=False
    )
    op.create_table(
        "district_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("tambon_code", sa.String(length=6), nullable=False),
        sa.Column("team_members", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("follow_ups", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_visit")),
        sa.CheckConstraint(
            "length(tambon_code) = 6", name=op.f("ck_district_visit_tambon_code_has_six_digits")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_district_visit_uuid")),
    )
    op.create_index(op.f("ix_district_visit_visit_date"), "district_visit", ["visit_date"], unique=False)
    op.create_index(op.f("ix_district_visit_tambon_code"), "district_visit", ["tambon_code"], unique=False)
    op.create_table(
        "district_visit_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_visit_photo")),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["district_visit.id"],
            name=op.f("fk_district_visit_photo_visit_id_district_visit"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_district_visit_photo_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
    )
    op.create_index(
        op.f("ix_district_visit_photo_visit_id"), "district_visit_photo", ["visit_id"], unique=False
    )
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_district_visit_photo_visit_id"), table_name="district_visit_photo")
    op.drop_table("district_visit_photo")
    op.drop_index(op.f("ix_district_visit_tambon_code"), table_name="district_visit")
    op.drop_index(op.f("ix_district_visit_visit_date"), table_name="district_visit")
    op.drop_table("district_visit")
    op.drop_index(op.f("ix_tambon_committee_year_committee_id"), table_name="tambon_committee_year")
    op.drop_table("tambon_committee_year")
    op.drop_index(op.f("ix_appointment_order_member_order_id"), table_name="appointment_order_member")
    op.drop_table("appointment_order_member")
    op.drop_index("uq_appointment_order_one_draft", table_name="appointment_order")
    op.drop_index("uq_appointment_order_issued_number", table_name="appointment_order")
    op.drop_index(op.f("ix_appointment_order_committee_id"), table_name="appointment_order")
    op.drop_table("appointment_order")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_committee_member_count_not_negative"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_committee_issue_id_quality_of_life_issue"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_committee_issue_id"))
        batch_op.drop_column("declared_member_count")
        batch_op.drop_column("issue_id")
    op.drop_index(op.f("ix_attachment_sha256"), table_name="attachment")
    op.drop_table("attachment")
    op.drop_index(op.f("ix_quality_of_life_issue_fiscal_year"), table_name="quality_of_life_issue")
    op.drop_table("quality_of_life_issue")
