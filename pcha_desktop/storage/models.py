"""SQLAlchemy 2.0 typed models: the tables of one district's database.

Every record that may travel to the province carries a stable ``uuid`` so that bundles can be merged by it.
Schema changes go through Alembic (``storage/migrations``); never edit a released migration.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole, Sector
from pcha_desktop.storage.model_base import (  # noqa: F401  (re-exported)
    NAMING_CONVENTION,
    Base,
    _enum_column,
    new_uuid,
    utc_now,
)


class DistrictProfile(Base):
    """The one district this database belongs to (a single row)."""

    __tablename__ = "district_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(100))
    district_code: Mapped[str] = mapped_column(String(4))
    district_name: Mapped[str] = mapped_column(String(100))
    office_name: Mapped[str] = mapped_column(String(200))
    district_chief_name: Mapped[str] = mapped_column(String(200))
    secretary_name: Mapped[str] = mapped_column(String(200))
    provincial_office_email: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    __table_args__ = (
        CheckConstraint("length(district_code) = 4", name="district_code_has_four_digits"),
    )


class FiscalYear(Base):
    """A Thai fiscal year, named by the Buddhist Era year it ends in (FY2564 = 1 Oct 2563 – 30 Sep 2564)."""

    __tablename__ = "fiscal_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    be_year: Mapped[int] = mapped_column(Integer, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("be_year BETWEEN 2500 AND 2700", name="be_year_in_range"),)


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    title: Mapped[str] = mapped_column(String(60), default="")  # นาย/นาง/นางสาว, ranks, academic titles
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="")  # ตำแหน่ง
    organisation: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[Sector] = mapped_column(_enum_column(Sector), default=Sector.STATE)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    memberships: Mapped[list[CommitteeMembership]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.title}{name}" if self.title else name


class Committee(Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    kind: Mapped[CommitteeKind] = mapped_column(_enum_column(CommitteeKind))
    name: Mapped[str] = mapped_column(String(300))
    tambon_code: Mapped[str | None] = mapped_column(String(6), nullable=True)  # for tambon committees
    issue_id: Mapped[int | None] = mapped_column(  # for issue subcommittees (revision 0002)
        ForeignKey("quality_of_life_issue.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    declared_member_count: Mapped[int | None] = mapped_column(  # a count when no member list is kept (0002)
        Integer, nullable=True
    )

    memberships: Mapped[list[CommitteeMembership]] = relationship(
        back_populates="committee", order_by="CommitteeMembership.sort_order"
    )

    __table_args__ = (
        CheckConstraint(
            "declared_member_count IS NULL OR declared_member_count >= 0", name="member_count_not_negative"
        ),
    )


class CommitteeMembership(Base):
    """A person's seat on a committee, from one date to another; ended, never deleted."""

    __tablename__ = "committee_membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[CommitteeRole] = mapped_column(_enum_column(CommitteeRole))
    sector: Mapped[Sector] = mapped_column(_enum_column(Sector))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    committee: Mapped[Committee] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ends_after_start"),
    )


class AuditEntry(Base):
    """One changed row: what, when (UTC), by whom. Written by the session hook in ``storage.audit``."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    user_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {column: [old, new]}


class Setting(Base):
    """Application settings kept with the data (user name, language, digits style, limits)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = [
    "AuditEntry",
    "Base",
    "Committee",
    "CommitteeKind",
    "CommitteeMembership",
    "CommitteeRole",
    "DistrictProfile",
    "FiscalYear",
    "Person",
    "Sector",
    "Setting",
]

from pcha_desktop.storage.committee_models import *  # noqa: E402,F401,F403
