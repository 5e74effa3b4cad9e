"""Reporting periods, pure: a quarter, a cumulative round of 3, 6, 9 or 12 months (as the Ministry reports),
or the whole fiscal year.

Codes as the command line and the stored notes write them: "2564Q1" (quarter 1 of FY2564), "2564R6" (the
first six months of FY2564, cumulative), "2564" (the whole year). Labels always come from the dates (seed 000
calls October–December "ไตรมาส 4": a typed label is never trusted), e.g. "ไตรมาส 1 ปีงบประมาณ 2564
(1 ต.ค. 2563 – 31 ธ.ค. 2563)" and "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)".

A period covers quarters of its fiscal year: a quarter covers itself alone; a round of n months the first
n/3 quarters; the year all four (the same figure as round 12). KPI figures for a period use
``domain.kpis``: a quarter's own result for a quarter, the cumulative combination for a round or the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import (
    EN_DASH_SEPARATOR,
    DateStyle,
    FiscalQuarter,
    fiscal_quarter_of,
    format_english_date,
    format_thai_date,
    to_arabic_digits,
    to_thai_digits,
)

MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700


class PeriodKind(Enum):
    QUARTER = "quarter"
    ROUND = "round"  # cumulative months of the fiscal year: 3, 6, 9 or 12
    YEAR = "year"


class PeriodError(BilingualError, ValueError):
    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_th = message_th
        self.message_en = message_en


@dataclass(frozen=True, order=True)
class ReportPeriod:
    """``number`` is the quarter (1–4) of a QUARTER, the months (3, 6, 9, 12) of a ROUND, 0 for a YEAR."""

    fiscal_year: int
    kind: PeriodKind
    number: int = 0

    def __post_init__(self) -> None:
        if not MIN_FISCAL_YEAR <= self.fiscal_year <= MAX_FISCAL_YEAR:
            raise PeriodError(f"ปีงบประมาณต้องเป็นปี พ.ศ. {MIN_FISCAL_YEAR}–{MAX_FISCAL_YEAR} (ไม่ใช่ {self.fiscal_year})",
                              f"The fiscal year must be a BE year {MIN_FISCAL_YEAR}–{MAX_FISCAL_YEAR}"
                              f" (not {self.fiscal_year})")
        allowed = {PeriodKind.QUARTER: k.QUARTERS, PeriodKind.ROUND: k.ROUND_MONTHS, PeriodKind.YEAR: (0,)}
        if self.number not in allowed[self.kind]:
            raise PeriodError("ไตรมาสต้องเป็น 1–4 และรอบสะสมต้องเป็น 3, 6, 9 หรือ 12 เดือน",
                              "A quarter is 1–4 and a cumulative round 3, 6, 9 or 12 months")

    # --- constructors ---------------------------------------------------------------------------------

    @classmethod
    def quarter(cls, fiscal_year: int, quarter: int) -> ReportPeriod:
        return cls(fiscal_year, PeriodKind.QUARTER, quarter)

    @classmethod
    def round(cls, fiscal_year: int, months: int) -> ReportPeriod:
        return cls(fiscal_year, PeriodKind.ROUND, months)

    @classmethod
    def year(cls, fiscal_year: int) -> ReportPeriod:
        return cls(fiscal_year, PeriodKind.YEAR, 0)

    # --- what it covers ---------------------------------------------------------------------------------

    @property
    def quarters(self) -> tuple[int, ...]:
        """The quarters of its fiscal year the period covers (1 = Oct–Dec)."""
        if self.kind is PeriodKind.QUARTER:
            return (self.number,)
        if self.kind is PeriodKind.ROUND:
            return tuple(range(1, self.number // 3 + 1))
        return k.QUARTERS

    @property
    def is_cumulative(self) -> bool:
        """From the start of the fiscal year (a round or the year; quarter 1 too, as it starts the year)."""
        return self.quarters[0] == 1

    @property
    def last_quarter(self) -> int:
        return self.quarters[-1]

    @property
    def start(self) -> date:
        return FiscalQuarter(self.fiscal_year, self.quarters[0]).start

    @property
    def end(self) -> date:
        return FiscalQuarter(self.fiscal_year, self.quarters[-1]).end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def kpi_value(self, results: k.Results, how: k.Combination) -> Decimal | None:
        """A KPI's figure for the period: the quarter's own result, or the cumulative combination of the
        quarters from the start of the year (``domain.kpis``); None without a result."""
        if self.kind is PeriodKind.QUARTER:
            values = list(results)
            return values[self.number - 1] if len(values) >= self.number else None
        return k.cumulative(results, self.last_quarter, how)

    def results_so_far(self, results: k.Results) -> tuple[Decimal | None, ...]:
        """The quarterly results known at the period's end (later quarters as not reported)."""
        values = list(results) + [None] * (4 - len(results))
        return tuple(value if quarter <= self.last_quarter else None for quarter, value in zip(k.QUARTERS, values))

    # --- names ---------------------------------------------------------------------------------------------

    @property
    def code(self) -> str:
        """"2564Q1", "2564R6" or "2564": what ``parse_period`` reads back."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.fiscal_year}Q{self.number}"
        if self.kind is PeriodKind.ROUND:
            return f"{self.fiscal_year}R{self.number}"
        return str(self.fiscal_year)

    def dates_th(self, thai_digits: bool = False) -> str:
        style = DateStyle.ABBREVIATED_FULL_YEAR
        return (format_thai_date(self.start, style, thai_digits) + EN_DASH_SEPARATOR
                + format_thai_date(self.end, style, thai_digits))

    def dates_en(self) -> str:
        return format_english_date(self.start) + EN_DASH_SEPARATOR + format_english_date(self.end)

    def name_th(self, thai_digits: bool = False) -> str:
        """"ไตรมาส 1 ปีงบประมาณ 2564", "รอบ 6 เดือน ปีงบประมาณ 2564", "ปีงบประมาณ 2564"."""
        year = f"ปีงบประมาณ {self.fiscal_year}"
        if self.kind is PeriodKind.QUARTER:
            text = f"ไตรมาส {self.number} {year}"
        elif self.kind is PeriodKind.ROUND:
            text = f"รอบ {self.number} เดือน {year}"
        else:
            text = year
        return to_thai_digits(text) if thai_digits else text

    def name_en(self) -> str:
        if self.kind is PeriodKind.QUARTER:
            return f"Q{self.number} FY{self.fiscal_year}"
        if self.kind is PeriodKind.ROUND:
            return f"{self.number}-month round FY{self.fiscal_year}"
        return f"FY{self.fiscal_year}"

    def label_th(self, thai_digits: bool = False) -> str:
        """E.g. "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)": always from the dates."""
        return f"{self.name_th(thai_digits)} ({self.dates_th(thai_digits)})"

    def label_en(self) -> str:
        """E.g. "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)"."""
        return f"{self.name_en()} ({self.dates_en()})"

    def label(self, language: str = "th", thai_digits: bool = False) -> str:
        return self.label_en() if language == "en" else self.label_th(thai_digits)


_CODE = re.compile(r"(\d{4})(?:([QqRr])(\d{1,2}))?")


def parse_period(text: str) -> ReportPeriod:
    """"2564Q1" (a quarter), "2564R6" (a cumulative round of 3/6/9/12 months) or "2564" (the fiscal year);
    Thai digits and spaces are accepted. Anything else raises ``PeriodError`` saying what is accepted."""
    cleaned = "".join(to_arabic_digits(str(text)).split())
    match = _CODE.fullmatch(cleaned)
    accepted_th = "ใช้รูปแบบ 2564Q1 (ไตรมาส), 2564R6 (รอบสะสม 3, 6, 9, 12 เดือน) หรือ 2564 (ทั้งปีงบประมาณ)"
    accepted_en = "use 2564Q1 (a quarter), 2564R6 (a cumulative round of 3, 6, 9 or 12 months) or 2564 (the year)"
    if not match:
        raise PeriodError(f"อ่านช่วงรายงาน “{text}” ไม่ได้ {accepted_th}", f"Cannot read the period “{text}”; {accepted_en}")
    year = int(match.group(1))
    if 1900 <= year <= 2200:
        raise PeriodError(f"ปี {year} ดูเหมือนปี ค.ศ. กรุณาใช้ปีงบประมาณ พ.ศ. (เช่น {year + 543})",
                          f"{year} looks like a CE year; use the BE fiscal year (e.g. {year + 543})")
    letter, number = match.group(2), match.group(3)
    if letter is None:
        return ReportPeriod.year(year)
    kind = PeriodKind.QUARTER if letter.upper() == "Q" else PeriodKind.ROUND
    try:
        return ReportPeriod(year, kind, int(number))
    except PeriodError as error:
        raise PeriodError(f"{error.message_th} ({accepted_th})", f"{error.message_en} ({accepted_en})") from None


def periods_of_year(fiscal_year: int) -> tuple[ReportPeriod, ...]:
    """Every period of a fiscal year, in the order a chooser lists them: quarters, rounds, the year."""
    return (*(ReportPeriod.quarter(fiscal_year, q) for q in k.QUARTERS),
            *(ReportPeriod.round(fiscal_year, m) for m in k.ROUND_MONTHS[:-1]),
            ReportPeriod.year(fiscal_year))


def latest_closed_period(today: date) -> ReportPeriod:
    """The last quarter that has ended by ``today`` (what a secretary most likely reports on)."""
    current = fiscal_quarter_of(today)
    closed = current if today >= current.end else current.previous()
    return ReportPeriod.quarter(closed.fiscal_year, closed.quarter)


__all__ = ["PeriodError", "PeriodKind", "ReportPeriod", "latest_closed_period", "parse_period", "periods_of_year"]
