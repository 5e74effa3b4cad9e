"""UCCARE assessments of the year's issues (revision 0007): one assessment per issue, phase (before/after) and
assessor (self, provincial, regional visitors), with its date, who took part and the rubric it used; its
six component levels with evidence notes; and the rubrics a province loaded from files.

The vocabulary (components, phases, assessors) and the pass rule are ``domain.uccare``. An assessment goes
with its issue, its levels with the assessment (``ON DELETE CASCADE``). A rubric a province loaded is kept
whole (its JSON text), so an assessment's rubric can be shown again after a newer one is loaded.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.uccare import Assessor, Component, Phase
from pcha_desktop.storage.models.base import Base, StableIdentity, enum_column, utc_now


class UccareAssessment(StableIdentity, Base):
    """One UCCARE assessment of an issue: by whom (assessor), when (phase, date), who took part, which rubric."""

    __tablename__ = "uccare_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("quality_of_life_issue.id", ondelete="CASCADE"), index=True)
    phase: Mapped[Phase] = mapped_column(enum_column(Phase))
    assessor: Mapped[Assessor] = mapped_column(enum_column(Assessor))
    assessed_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")  # one "name, position" a line
    participant_count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # when only a count is known
    rubric_key: Mapped[str] = mapped_column(String(40))
    rubric_version: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    levels: Mapped[list[UccareLevel]] = relationship(
        order_by="UccareLevel.id", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("issue_id", "phase", "assessor", name="uq_uccare_assessment_issue_phase_assessor"),
        CheckConstraint("participant_count IS NULL OR participant_count >= 0", name="count_not_negative"),
    )


class UccareLevel(StableIdentity, Base):
    """A component's level (1–5) in an assessment, with the evidence it was judged on."""

    __tablename__ = "uccare_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("uccare_assessment.id", ondelete="CASCADE"), index=True)
    component: Mapped[Component] = mapped_column(enum_column(Component))
    level: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("assessment_id", "component", name="uq_uccare_level_assessment_component"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level_1_to_5"),
    )


class UccareRubric(StableIdentity, Base):
    """A rubric loaded from a province's file, kept whole (the validated JSON)."""

    __tablename__ = "uccare_rubric"

    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_key: Mapped[str] = mapped_column(String(40))
    rubric_version: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("rubric_key", "rubric_version", name="uq_uccare_rubric_key_version"),)


__all__ = ["UccareAssessment", "UccareLevel", "UccareRubric"]
