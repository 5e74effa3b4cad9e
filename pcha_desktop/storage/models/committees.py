"""Tables for committees' paperwork: quality-of-life issues, appointment orders (with their frozen member
lists), attachments, tambon committees' yearly status and district team visits.

Imported by ``storage.models`` (the package) so that ``Base.metadata`` knows every table. Schema changes
go through Alembic (``versions/0002_committees.py`` created these tables).

Issued orders are immutable: the service refuses to change them, and SQLite triggers (created by the
migration) abort any UPDATE of an issued order's frozen columns, any DELETE of an issued order, and any
change to the members of an issued order. Only ``sent_to_province_on`` and ``signed_copy_attachment_id``
may still be recorded on an issued order.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.committee_terms import CommitteeRole, OrderStatus, PlanStatus, Sector
from pcha_desktop.domain.kpis import IssueArea
from pcha_desktop.storage.models.base import Base, StableIdentity, enum_column, utc_now
from pcha_desktop.storage.models.core import Committee


class QualityOfLifeIssue(StableIdentity, Base):
    """A quality-of-life issue (ประเด็น) the district takes on in a fiscal year: its area (Khon Kaen's frame),
    the dimensions it covers (``domain.kpis.dimensions_text``), its situation analysis (revision 0005).
    Its target groups, goals, KPIs, plan and quarterly notes are in ``models/issues.py``."""

    __tablename__ = "quality_of_life_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)  # BE, e.g. 2564
    title: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[IssueArea] = mapped_column(enum_column(IssueArea), default=IssueArea.OTHER)
    dimensions: Mapped[str] = mapped_column(String(100), default="")  # "society,health"
    situation_analysis: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),)


class Attachment(StableIdentity, Base):
    """A stored file (scanned signed order, visit photo): content-addressed by SHA-256 under
    ``<data dir>/attachments/<first two hex digits>/<sha256>``."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(60))
    size_bytes: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_has_64_hex_digits"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )


class AppointmentOrder(StableIdentity, Base):
    """คำสั่งแต่งตั้ง: a draft until issued; then frozen, with its members copied to ``members``."""

    __tablename__ = "appointment_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus), default=OrderStatus.DRAFT)
    running_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    be_year: Mapped[int] = mapped_column(Integer)  # calendar BE year of the order date: "ที่ n/<be_year>"
    order_date: Mapped[date] = mapped_column(Date)
    issuing_office: Mapped[str] = mapped_column(String(200))  # e.g. อำเภอเมืองภูเก็ต
    subject: Mapped[str] = mapped_column(String(500))
    preamble: Mapped[str] = mapped_column(Text, default="")
    cancellation_text: Mapped[str] = mapped_column(Text, default="")
    duties_heading: Mapped[str] = mapped_column(Text, default="")
    duties: Mapped[str] = mapped_column(Text, default="")  # one duty per line
    effective_clause: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(Text, default="")
    replaces_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment_order.id", ondelete="RESTRICT"), nullable=True
    )
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_to_province_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_copy_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), nullable=True
    )

    committee: Mapped[Committee] = relationship()
    members: Mapped[list[AppointmentOrderMember]] = relationship(
        back_populates="order", order_by="AppointmentOrderMember.sort_order"
    )
    signed_copy: Mapped[Attachment | None] = relationship()

    __table_args__ = (
        CheckConstraint("running_number IS NULL OR running_number > 0", name="running_number_positive"),
        CheckConstraint("be_year BETWEEN 2400 AND 2700", name="be_year_in_range"),
        CheckConstraint(
            "status != 'issued' OR (running_number IS NOT NULL AND issued_at IS NOT NULL)",
            name="issued_has_number",
        ),
        Index(
            "uq_appointment_order_issued_number",
            "be_year",
            "running_number",
            unique=True,
            sqlite_where=text("status = 'issued'"),
        ),
        Index("uq_appointment_order_one_draft", "committee_id", unique=True, sqlite_where=text("status = 'draft'")),
    )


class AppointmentOrderMember(StableIdentity, Base):
    """A member as printed in an issued order: a frozen copy, in document order."""

    __tablename__ = "appointment_order_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("appointment_order.id", ondelete="RESTRICT"), index=True)
    membership_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee_membership.id", ondelete="RESTRICT"), nullable=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    role: Mapped[CommitteeRole] = mapped_column(enum_column(CommitteeRole))
    sector: Mapped[Sector] = mapped_column(enum_column(Sector))
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")

    order: Mapped[AppointmentOrder] = relationship(back_populates="members")


class TambonCommitteeYear(StableIdentity, Base):
    """A tambon committee's year: its plan status and how many meetings it held (per fiscal year)."""

    __tablename__ = "tambon_committee_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    plan_status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.NONE)
    meetings_held: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("committee_id", "fiscal_year", name="uq_tambon_committee_year_committee_year"),
        CheckConstraint("meetings_held >= 0", name="meetings_not_negative"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),
    )


class DistrictVisit(StableIdentity, Base):
    """A district team's visit to a tambon committee."""

    __tablename__ = "district_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    tambon_code: Mapped[str] = mapped_column(String(6), index=True)
    team_members: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[str] = mapped_column(Text, default="")

    photos: Mapped[list[DistrictVisitPhoto]] = relationship(
        back_populates="visit", order_by="DistrictVisitPhoto.id"
    )

    __table_args__ = (CheckConstraint("length(tambon_code) = 6", name="tambon_code_has_six_digits"),)


class DistrictVisitPhoto(StableIdentity, Base):
    __tablename__ = "district_visit_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("district_visit.id", ondelete="RESTRICT"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"))
    caption: Mapped[str] = mapped_column(String(300), default="")

    visit: Mapped[DistrictVisit] = relationship(back_populates="photos")
    attachment: Mapped[Attachment] = relationship()
