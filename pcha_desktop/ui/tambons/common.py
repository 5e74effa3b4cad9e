"""Small helpers the tambon screens share: the fiscal year in view, dates and numbers as the user reads them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from pcha_desktop.domain import thai_calendar
from pcha_desktop.services.tambon_committees import PLAN_STATUS_LABELS_TH
from pcha_desktop.domain.committee_terms import PlanStatus
from pcha_desktop.ui.app_state import AppState

PLAN_STATUSES = (PlanStatus.NONE, PlanStatus.DRAFTING, PlanStatus.APPROVED)
ERROR_STYLE = "color: #b00020;"


def fiscal_year_in_view(state: AppState) -> int:
    """The fiscal year chosen in the window, or the current one before the window has chosen."""
    return state.fiscal_year or thai_calendar.fiscal_year_of(state.today())


def digits(state: AppState, text: str) -> str:
    return thai_calendar.to_thai_digits(text) if state.thai_digits else text


def date_text(state: AppState, value: date | None, *, short: bool = True) -> str:
    if value is None:
        return ""
    return _date_text(value, state.language, state.thai_digits, short)


@lru_cache(maxsize=512)
def _date_text(value: date, language: str, thai_digits: bool, short: bool) -> str:
    """Remembered: the tables show the same few dates over and over, and PyThaiNLP's formatting is slow."""
    if language == "en":
        return thai_calendar.format_english_date(value)
    style = thai_calendar.DateStyle.ABBREVIATED_FULL_YEAR if short else thai_calendar.DateStyle.FULL
    return thai_calendar.format_thai_date(value, style, thai_digits=thai_digits)


def plan_status_label(state: AppState, status: PlanStatus) -> str:
    if state.language != "en":
        return PLAN_STATUS_LABELS_TH[status]
    return {
        PlanStatus.NONE: QCoreApplication.translate("TambonScreen", "No plan yet"),
        PlanStatus.DRAFTING: QCoreApplication.translate("TambonScreen", "Plan being drafted"),
        PlanStatus.APPROVED: QCoreApplication.translate("TambonScreen", "Plan approved"),
    }[status]


def parse_whole_number(text: str) -> int | None:
    """A whole number typed with Arabic or Thai digits (spaces and thousands commas allowed); None if blank.
    Raises ValueError when it is not a whole number."""
    cleaned = thai_calendar.to_arabic_digits(text).replace(",", "").strip()
    if not cleaned:
        return None
    if not cleaned.isdigit() or not cleaned.isascii():
        raise ValueError(text)
    return int(cleaned)
