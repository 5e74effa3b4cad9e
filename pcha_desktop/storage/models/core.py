"""The district, its fiscal years, people, committees and their members; the audit trail and the settings.

Schema changes go through Alembic (``storage/migrations``); never edit a released migration.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.committee_terms import CommitteeArea, CommitteeKind, CommitteeRole, Sector
from pcha_desktop.storage.models.base import Base, StableIdentity, enum_column, utc_now

class DistrictProfile(StableIdentity, Base):
    """The one district this database belongs to (a single row)."""

    __tablename__ = "district_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(100))
    district_code: Mapped[str] = mapped_column(String(4))
    district_name: Mapped[str] = mapped_column(String(100))
    office_name: Mapped[str] = mapped_column(String(200))
    district_chief_name: Mapped[str] = mapped_column(String(200))
    secretary_name: Mapped[str] = mapped_column(String(200))
    provincial_office_email: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("length(district_code) = 4", name="district_code_has_four_digits"),
    )


class FiscalYear(StableIdentity, Base):
    """A Thai fiscal year, named by the Buddhist Era year it ends in (FY2564 = 1 Oct 2563 – 30 Sep 2564)."""

    __tablename__ = "fiscal_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    be_year: Mapped[int] = mapped_column(Integer, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("be_year BETWEEN 2500 AND 2700", name="be_year_in_range"),)


class Person(StableIdentity, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60), default="")  # นาย/นาง/นางสาว, ranks, academic titles
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="")  # ตำแหน่ง
    organisation: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[Sector] = mapped_column(enum_column(Sector), default=Sector.STATE)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    memberships: Mapped[list[CommitteeMembership]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.title}{name}" if self.title else name


class Committee(StableIdentity, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CommitteeKind] = mapped_column(enum_column(CommitteeKind))
    name: Mapped[str] = mapped_column(String(300))
    tambon_code: Mapped[str | None] = mapped_column(String(6), nullable=True)  # for tambon committees
    issue_id: Mapped[int | None] = mapped_column(  # for issue subcommittees (revision 0002)
        ForeignKey("quality_of_life_issue.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    declared_member_count: Mapped[int | None] = mapped_column(  # a count when no member list is kept (0002)
        Integer, nullable=True
    )
    # A tambon committee covers the whole tambon or one รพ.สต.'s area in it, named by area_name (0004).
    area: Mapped[CommitteeArea | None] = mapped_column(enum_column(CommitteeArea), nullable=True)
    area_name: Mapped[str] = mapped_column(String(200), default="")

    memberships: Mapped[list[CommitteeMembership]] = relationship(
        back_populates="committee", order_by="CommitteeMembership.sort_order"
    )

    __table_args__ = (
        CheckConstraint(
            "declared_member_count IS NULL OR declared_member_count >= 0", name="member_count_not_negative"
        ),
        CheckConstraint(
            "area IS NULL OR (kind = 'tambon' AND tambon_code IS NOT NULL)", name="area_of_a_tambon_committee"
        ),
        CheckConstraint("area != 'health_centre' OR length(trim(area_name)) > 0", name="health_centre_is_named"),
        Index("uq_committee_whole_tambon", "tambon_code", unique=True, sqlite_where=text("area = 'tambon'")),
        Index(
            "uq_committee_health_centre_area", "tambon_code", "area_name", unique=True,
            sqlite_where=text("area = 'health_centre'"),
        ),
    )


class CommitteeMembership(StableIdentity, Base):
    """A person's seat on a committee, from one date to another; ended, never deleted."""

    __tablename__ = "committee_membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[CommitteeRole] = mapped_column(enum_column(CommitteeRole))
    sector: Mapped[Sector] = mapped_column(enum_column(Sector))
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
    """District-wide settings kept with the data (e.g. the member limit). Per-user preferences (name,
    language, digits) live in the user's own file (services/user_preferences.py); older databases held
    them here, and the first start moves them out."""

    __tablename__ = "setting"
    __audit_key_value__ = ("key", "value")  # audited as {key: [old value, new value]} (storage/database.py)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
