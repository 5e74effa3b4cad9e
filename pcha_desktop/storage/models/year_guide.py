"""Tables of the year's guide (revision 0010): the steps a secretary ticks by hand because the data cannot
tell them (``YearStepTick``), and the step-15 strategies the district chose for a fiscal year
(``ChosenStrategy``). Everything else of the guide is computed from the other tables (``domain.year_guide``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pcha_desktop.storage.models.base import Base, StableIdentity


class YearStepTick(StableIdentity, Base):
    """A step of the year ticked by hand (e.g. presented at the governor's meeting): when, and a note."""

    __tablename__ = "year_step_tick"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    step: Mapped[str] = mapped_column(String(40))  # domain.year_guide.YearStep value
    ticked_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("fiscal_year", "step", name="uq_year_step_tick_fiscal_year_step"),)


class ChosenStrategy(StableIdentity, Base):
    """A strategy of a suggestion list (step 15) the district uses in a fiscal year."""

    __tablename__ = "chosen_strategy"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    list_id: Mapped[str] = mapped_column(String(60))
    strategy_key: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(500))  # the Thai text as chosen, kept if the list changes
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("fiscal_year", "list_id", "strategy_key", name="uq_chosen_strategy_year_list_key"),
    )
