"""Tables of the year's issues (revision 0005): target groups, goals (objectives and key results), KPIs with
their baselines and quarterly results, quarterly obstacles and suggestions, the One Plan (activities with
partners, tambons, budget by source, objectives, pooled resources) and each tambon's notable work.

The issue itself is ``QualityOfLifeIssue`` (``models/committees.py``). Numbers that are read as numbers
(KPI values and targets, budgets) are stored as exact decimal text (``DecimalText``), never as floats. The
arithmetic on them is ``domain.kpis`` and ``domain.one_plan``; the vocabulary too. Children of an issue,
a KPI or an activity go with it (``ON DELETE CASCADE``); the services delete nothing else.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pcha_desktop.domain.kpis import Combination, Direction, TargetGroup
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.storage.models.base import Base, StableIdentity, enum_column
from pcha_desktop.storage.models.committees import Attachment, QualityOfLifeIssue

CASCADE = "CASCADE"


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal number stored as its text ("1234.50"): SQLite has no decimal type."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return format(Decimal(value), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation:  # a hand-edited database: show nothing rather than crash
            return None


def _issue_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("quality_of_life_issue.id", ondelete=CASCADE), index=True)


class IssueQuarterNote(StableIdentity, Base):
    """The obstacles and suggestions written for an issue in one quarter of its fiscal year."""

    __tablename__ = "issue_quarter_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = _issue_fk()
    quarter: Mapped[int] = mapped_column(Integer)
    obstacles: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("issue_id", "quarter", name="uq_issue_quarter_note_issue_quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_1_to_4"),
    )


class IssueTargetGroup(StableIdentity, Base):
    """How many people of a vulnerable group an issue reaches: a count, never names."""

    __tablename__ = "issue_target_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = _issue_fk()
    target_group: Mapped[TargetGroup] = mapped_column(enum_column(TargetGroup))
    label: Mapped[str] = mapped_column(String(200), default="")  # the name of an OTHER group, or a detail
    people_count: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("people_count >= 0", name="count_not_negative"),)


class IssueObjective(StableIdentity, Base):
    """An objective (the O of an OKR) of an issue."""

    __tablename__ = "issue_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = _issue_fk()
    text: Mapped[str] = mapped_column(String(500))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="objective", order_by="KeyResult.sort_order", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Kpi(StableIdentity, Base):
    """A KPI of an issue: target and results in its unit; ``carried_from_id`` is the same KPI of the year
    it was copied from (its results are this one's baseline)."""

    __tablename__ = "kpi"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = _issue_fk()
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60), default="")
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    combination: Mapped[Combination] = mapped_column(enum_column(Combination))
    target: Mapped[Decimal] = mapped_column(DecimalText())
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("kpi.id", ondelete="SET NULL"), nullable=True, index=True
    )

    results: Mapped[list[KpiResult]] = relationship(
        order_by="KpiResult.quarter", cascade="all, delete-orphan", passive_deletes=True
    )
    typed_baselines: Mapped[list[KpiBaseline]] = relationship(
        order_by="KpiBaseline.fiscal_year", cascade="all, delete-orphan", passive_deletes=True
    )


class KeyResult(StableIdentity, Base):
    """A key result of an objective; it may be measured by one of the issue's KPIs."""

    __tablename__ = "key_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("issue_objective.id", ondelete=CASCADE), index=True)
    text: Mapped[str] = mapped_column(String(500))
    kpi_id: Mapped[int | None] = mapped_column(ForeignKey("kpi.id", ondelete="SET NULL"), nullable=True, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    objective: Mapped[IssueObjective] = relationship(back_populates="key_results")


class KpiBaseline(StableIdentity, Base):
    """A baseline typed for an earlier fiscal year the app has no results of."""

    __tablename__ = "kpi_baseline"

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete=CASCADE), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(DecimalText())

    __table_args__ = (
        UniqueConstraint("kpi_id", "fiscal_year", name="uq_kpi_baseline_kpi_year"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),
    )


class KpiResult(StableIdentity, Base):
    """A KPI's result for one quarter of its issue's fiscal year (that quarter alone, not cumulative)."""

    __tablename__ = "kpi_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete=CASCADE), index=True)
    quarter: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(DecimalText())

    __table_args__ = (
        UniqueConstraint("kpi_id", "quarter", name="uq_kpi_result_kpi_quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_1_to_4"),
    )


class Activity(StableIdentity, Base):
    """An activity (project) of an issue's One Plan."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = _issue_fk()
    name: Mapped[str] = mapped_column(String(300))
    lead_agency: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[ActivityStatus] = mapped_column(enum_column(ActivityStatus), default=ActivityStatus.PLANNED)
    progress_percent: Mapped[int] = mapped_column(Integer, default=0)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    partners: Mapped[list[ActivityPartner]] = relationship(
        order_by="ActivityPartner.sort_order", cascade="all, delete-orphan", passive_deletes=True
    )
    tambons: Mapped[list[ActivityTambon]] = relationship(
        order_by="ActivityTambon.tambon_code", cascade="all, delete-orphan", passive_deletes=True
    )
    budgets: Mapped[list[ActivityBudget]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    objectives: Mapped[list[ActivityObjective]] = relationship(
        order_by="ActivityObjective.sort_order", cascade="all, delete-orphan", passive_deletes=True
    )
    contributions: Mapped[list[ResourceContribution]] = relationship(
        order_by="ResourceContribution.id", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("progress_percent BETWEEN 0 AND 100", name="progress_0_to_100"),
        CheckConstraint("start_date IS NULL OR end_date IS NULL OR start_date <= end_date", name="starts_before_end"),
    )


def _activity_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("activity.id", ondelete=CASCADE), index=True)


class ActivityPartner(StableIdentity, Base):
    __tablename__ = "activity_partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = _activity_fk()
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("activity_id", "name", name="uq_activity_partner_activity_name"),)


class ActivityTambon(StableIdentity, Base):
    __tablename__ = "activity_tambon"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = _activity_fk()
    tambon_code: Mapped[str] = mapped_column(String(6))

    __table_args__ = (
        UniqueConstraint("activity_id", "tambon_code", name="uq_activity_tambon_activity_tambon"),
        CheckConstraint("length(tambon_code) = 6", name="tambon_code_has_six_digits"),
    )


class ActivityBudget(StableIdentity, Base):
    """An activity's budget from one source, in baht."""

    __tablename__ = "activity_budget"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = _activity_fk()
    source: Mapped[BudgetSource] = mapped_column(enum_column(BudgetSource))
    amount: Mapped[Decimal] = mapped_column(DecimalText())

    __table_args__ = (UniqueConstraint("activity_id", "source", name="uq_activity_budget_activity_source"),)


class ActivityObjective(StableIdentity, Base):
    """A project's objective with its indicator and result (seed 003 is such a summary)."""

    __tablename__ = "activity_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = _activity_fk()
    objective: Mapped[str] = mapped_column(String(500))
    indicator: Mapped[str] = mapped_column(String(500), default="")
    result: Mapped[str] = mapped_column(String(500), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ResourceContribution(StableIdentity, Base):
    """What one partner brings to an activity, of one of the five kinds."""

    __tablename__ = "resource_contribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = _activity_fk()
    partner: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind))
    description: Mapped[str] = mapped_column(String(500), default="")


class NotableWork(StableIdentity, Base):
    """A tambon's notable work in a fiscal year, under one of the year's issues or none."""

    __tablename__ = "notable_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    tambon_code: Mapped[str] = mapped_column(String(6), index=True)
    issue_id: Mapped[int | None] = mapped_column(
        ForeignKey("quality_of_life_issue.id", ondelete="SET NULL"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")

    photos: Mapped[list[NotableWorkPhoto]] = relationship(
        order_by="NotableWorkPhoto.id", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("length(tambon_code) = 6", name="tambon_code_has_six_digits"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),
    )


class NotableWorkPhoto(StableIdentity, Base):
    __tablename__ = "notable_work_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    notable_work_id: Mapped[int] = mapped_column(ForeignKey("notable_work.id", ondelete=CASCADE), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"))
    caption: Mapped[str] = mapped_column(String(300), default="")

    attachment: Mapped[Attachment] = relationship()


__all__ = [
    "Activity", "ActivityBudget", "ActivityObjective", "ActivityPartner", "ActivityTambon", "DecimalText",
    "IssueObjective", "IssueQuarterNote", "IssueTargetGroup", "KeyResult", "Kpi", "KpiBaseline", "KpiResult",
    "NotableWork", "NotableWorkPhoto", "QualityOfLifeIssue", "ResourceContribution",
]
