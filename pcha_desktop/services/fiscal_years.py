"""Fiscal years the district has worked in; the current one always exists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pcha_desktop.domain.thai_calendar import fiscal_year_of
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import FiscalYear


def ensure_fiscal_year(database: Database, be_year: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        exists = session.scalars(select(FiscalYear).where(FiscalYear.be_year == be_year)).first()
        if exists is None:
            session.add(FiscalYear(be_year=be_year))


def ensure_current_fiscal_year(database: Database, user_name: str, today: date | None = None) -> int:
    be_year = fiscal_year_of(today or date.today())
    ensure_fiscal_year(database, be_year, user_name)
    return be_year


def list_fiscal_years(database: Database) -> list[int]:
    """BE years, newest first."""
    with database.reader() as session:
        return list(session.scalars(select(FiscalYear.be_year).order_by(FiscalYear.be_year.desc())))
