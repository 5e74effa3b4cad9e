"""The free text of a reporting period (revision 0006): the situation, the obstacles, the suggestions and the
support requested, written by the secretary for one period (a quarter, a cumulative round or the fiscal
year; ``domain.report_periods``) and printed in its report and the district chief's brief."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pcha_desktop.storage.models.base import Base, StableIdentity


class ReportNote(StableIdentity, Base):
    """One period's texts; ``period_code`` is "2564Q1", "2564R6" or "2564" (one row per period)."""

    __tablename__ = "report_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_code: Mapped[str] = mapped_column(String(10), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    situation: Mapped[str] = mapped_column(Text, default="")
    obstacles: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    support_requested: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),)


__all__ = ["ReportNote"]
