"""Thai calendar: Buddhist Era years, Thai date text, the government fiscal year and its quarters.

Facts (DOMAIN.md, confirmed): BE = CE + 543. The fiscal year runs 1 October – 30 September and is named by
the BE year it ends in (FY2564 = 1 Oct 2563 – 30 Sep 2564). Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.

Formatting and digit conversion come from PyThaiNLP (``thai_strftime``, ``arabic_digit_to_thai_digit``,
``thai_digit_to_arabic_digit``, the month name lists). Parsing is our own because it must accept the
forms people type (abbreviations without dots, "วันที่ … เดือน … พ.ศ. …", two-digit years) and explain
mistakes in Thai; PyThaiNLP's ``thai_strptime`` does neither.

Year rules for parsing (documented for users in the error messages):
- a four-digit year from 2400 to 2700 is a BE year;
- a four-digit year from 1900 to 2200 is refused: it looks like a CE year, and a secretary typing 2020
  most likely meant 2563, so we ask for the BE year rather than guess;
- a two-digit year is the BE year ending in those digits closest to the reference date (default today),
  so "63" is 2563 and "05" is 2605 when the reference is in 2568;
- anything else is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from pythainlp.util import arabic_digit_to_thai_digit, thai_digit_to_arabic_digit, thai_strftime
from pythainlp.util.date import thai_abbr_months, thai_full_months

from pcha_desktop.domain.errors import BilingualError

BE_OFFSET = 543
MIN_BE_YEAR = 2400
MAX_BE_YEAR = 2700

THAI_MONTH_NAMES: tuple[str, ...] = tuple(thai_full_months)
THAI_MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(thai_abbr_months)
ENGLISH_MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
ENGLISH_MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(name[:3] for name in ENGLISH_MONTH_NAMES)

EN_DASH_SEPARATOR = " \u2013 "


# --- years and digits ----------------------------------------------------------------------------------


def ce_to_be(year: int) -> int:
    return year + BE_OFFSET


def be_to_ce(year: int) -> int:
    return year - BE_OFFSET


def to_thai_digits(text: str) -> str:
    return arabic_digit_to_thai_digit(text) if text else text


def to_arabic_digits(text: str) -> str:
    return thai_digit_to_arabic_digit(text) if text else text


def _digits(text: str, thai_digits: bool) -> str:
    return to_thai_digits(text) if thai_digits else text


# --- formatting ----------------------------------------------------------------------------------------


class DateStyle(Enum):
    """How a date is written; the examples are for 1 October 2020 (BE 2563)."""

    FULL = "full"  # 1 ตุลาคม 2563
    FULL_WITH_ERA = "full_with_era"  # 1 ตุลาคม พ.ศ. 2563
    LONG_OFFICIAL = "long_official"  # วันที่ 1 ตุลาคม พ.ศ. 2563  (as in "สั่ง ณ วันที่ …")
    LONG_OFFICIAL_WITH_MONTH_WORD = "long_official_with_month_word"  # วันที่ 1 เดือนตุลาคม พ.ศ. 2563
    ABBREVIATED = "abbreviated"  # 1 ต.ค. 63
    ABBREVIATED_FULL_YEAR = "abbreviated_full_year"  # 1 ต.ค. 2563
    NUMERIC = "numeric"  # 1/10/2563


_STRFTIME_PATTERNS: dict[DateStyle, str] = {
    DateStyle.FULL: "%-d %B %Y",
    DateStyle.FULL_WITH_ERA: "%-d %B พ.ศ. %Y",
    DateStyle.LONG_OFFICIAL: "วันที่ %-d %B พ.ศ. %Y",
    DateStyle.LONG_OFFICIAL_WITH_MONTH_WORD: "วันที่ %-d เดือน%B พ.ศ. %Y",
    DateStyle.ABBREVIATED: "%-d %b %y",
    DateStyle.ABBREVIATED_FULL_YEAR: "%-d %b %Y",
    DateStyle.NUMERIC: "%-d/%-m/%Y",
}


def format_thai_date(value: date, style: DateStyle = DateStyle.FULL, thai_digits: bool = False) -> str:
    """The date in Thai with a BE year, e.g. "1 ตุลาคม 2563" (FULL) or "1 ต.ค. 63" (ABBREVIATED).

    For the date line of an order write ``"สั่ง ณ " + format_thai_date(d, DateStyle.LONG_OFFICIAL)``,
    which gives the form the correspondence regulation describes: day, full month name, "พ.ศ." and year.
    """
    moment = datetime(value.year, value.month, value.day)  # thai_strftime is typed for datetime
    return str(thai_strftime(moment, _STRFTIME_PATTERNS[style], thaidigit=thai_digits))


def format_english_date(value: date) -> str:
    """A date in English with its Buddhist Era year, e.g. "1 Oct 2563 BE" (BE everywhere, in both languages)."""
    return f"{value.day} {ENGLISH_MONTH_ABBREVIATIONS[value.month - 1]} {ce_to_be(value.year)} BE"


def format_date(
    value: date, language: str = "th", thai_digits: bool = False, style: DateStyle = DateStyle.ABBREVIATED_FULL_YEAR
) -> str:
    """A date as the user reads it, the one way screens, tables, history and the CLI write dates: Thai with a BE
    year in ``style`` (Thai digits if chosen), or English with the BE year ("1 Oct 2563 BE")."""
    if language == "en":
        return format_english_date(value)
    return format_thai_date(value, style, thai_digits=thai_digits)


# --- parsing -------------------------------------------------------------------------------------------


class ThaiDateError(BilingualError, ValueError):
    """A date the user typed that cannot be read or does not exist; str() is the Thai message."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en

    def __str__(self) -> str:
        return self.message_th


_EXAMPLES_TH = "เช่น 1/10/2563, 1 ต.ค. 63 หรือ 1 ตุลาคม 2563"
_EXAMPLES_EN = "e.g. 1/10/2563, 1 ต.ค. 63 or 1 ตุลาคม 2563"

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})\s*([/.\-])\s*([0-9]{1,2})\s*\2\s*([0-9]+)")
_TEXT_DATE = re.compile(
    r"(?:วันที่\s*)?([0-9]{1,2})\s*(?:เดือน\s*)?([\u0e00-\u0e7f.\s]+?)\s*(?:(?:พ\s*\.?\s*ศ\s*\.?)\s*)?([0-9]+)"
)
_LEADING_WORDS = re.compile(r"^(?:สั่ง\s*)?(?:ณ\s*)?(?:เมื่อ\s*)?(?:ลง\s*)?(?=วันที่|[0-9])")


def _month_key(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


_MONTHS_BY_KEY: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(zip(THAI_MONTH_NAMES, THAI_MONTH_ABBREVIATIONS, strict=True), 1):
    _MONTHS_BY_KEY[_month_key(_full)] = _number
    _MONTHS_BY_KEY[_month_key(_abbr)] = _number
    for _ending in ("คม", "ยน", "พันธ์"):  # spoken short forms: ตุลา, เมษา, กุมภา
        if _full.endswith(_ending):
            _MONTHS_BY_KEY[_full.removesuffix(_ending)] = _number


def _normalise(text: str) -> str:
    text = to_arabic_digits(text.translate(_INVISIBLE))
    return " ".join(text.split())


def _resolve_year(year_text: str, reference: date) -> int:
    """The BE year meant by the year the user typed (see the module docstring for the rules)."""
    if len(year_text) not in (2, 4):
        raise ThaiDateError(
            f"ปี {year_text} ไม่ถูกต้อง กรุณาพิมพ์ปี พ.ศ. 4 หลัก (เช่น 2563) หรือ 2 หลัก (เช่น 63)",
            f"Year {year_text} is not valid; type the BE year with 4 digits (e.g. 2563) or 2 (e.g. 63)",
        )
    number = int(year_text)
    if len(year_text) == 2:
        reference_be = ce_to_be(reference.year)
        year = reference_be - 50 + (number - (reference_be - 50)) % 100
        if not MIN_BE_YEAR <= year <= MAX_BE_YEAR:
            raise ThaiDateError(
                f"ปี {year_text} อ่านได้เป็น พ.ศ. {year} ซึ่งอยู่นอกช่วงที่รองรับ กรุณาพิมพ์ปี พ.ศ. 4 หลัก",
                f"Year {year_text} reads as BE {year}, outside the supported range; type the 4-digit BE year",
            )
        return year
    if len(year_text) == 4 and MIN_BE_YEAR <= number <= MAX_BE_YEAR:
        return number
    if len(year_text) == 4 and 1900 <= number <= 2200:
        raise ThaiDateError(
            f"ปี {number} ดูเหมือนเป็นปี ค.ศ. กรุณาพิมพ์ปี พ.ศ. (เช่น {ce_to_be(number)})",
            f"{number} looks like a CE year; please type the Buddhist Era year (e.g. {ce_to_be(number)})",
        )
    raise ThaiDateError(
        f"ปี {year_text} ไม่ถูกต้อง กรุณาพิมพ์ปี พ.ศ. 4 หลัก (ระหว่าง {MIN_BE_YEAR} ถึง {MAX_BE_YEAR}) หรือ 2 หลัก",
        f"Year {year_text} is not valid; type a 4-digit BE year ({MIN_BE_YEAR}–{MAX_BE_YEAR}) or 2 digits",
    )


def _build_date(day: int, month: int, be_year: int) -> date:
    if not 1 <= month <= 12:
        raise ThaiDateError(
            f"ไม่มีเดือนที่ {month} (เดือนต้องอยู่ระหว่าง 1 ถึง 12)",
            f"There is no month {month} (months run from 1 to 12)",
        )
    month_th = THAI_MONTH_NAMES[month - 1]
    month_en = ENGLISH_MONTH_NAMES[month - 1]
    if day < 1:
        raise ThaiDateError(f"ไม่มีวันที่ {day} ในเดือน{month_th}", f"{month_en} has no day {day}")
    ce_year = be_to_ce(be_year)
    try:
        return date(ce_year, month, day)
    except ValueError:
        pass
    if month == 2 and day == 29:
        raise ThaiDateError(
            f"วันที่ 29 กุมภาพันธ์ {be_year} ไม่มีอยู่จริง: ปี พ.ศ. {be_year} เดือนกุมภาพันธ์มี 28 วัน",
            f"29 February {be_year} BE does not exist: February {ce_year} has 28 days",
        )
    raise ThaiDateError(
        f"วันที่ {day} เดือน{month_th}ไม่มีอยู่จริง",
        f"{month_en} has no {_ordinal(day)}",
    )


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def parse_thai_date(text: str, *, reference: date | None = None) -> date:
    """Read a date as people type it in Thai (BE years); raise ThaiDateError with a reason otherwise.

    Accepted: "1/10/2563", "01-10-2563", "1.10.2563", "1 ต.ค. 63", "1 ตค 63", "1 ตุลา 63", "1 ต.ค. 2563",
    "1 ตุลาคม 2563", "1 ตุลาคม พ.ศ. 2563", "วันที่ 1 ตุลาคม 2563", "วันที่ 1 เดือนตุลาคม พ.ศ. 2563",
    Thai digits ("๑/๑๐/๒๕๖๓") and extra spaces. ``reference`` (default today) picks the century of a
    two-digit year.
    """
    if not isinstance(text, str):
        raise ThaiDateError("วันที่ต้องเป็นข้อความ", "The date must be text")
    cleaned = _normalise(text)
    if not cleaned:
        raise ThaiDateError("กรุณาพิมพ์วันที่ " + _EXAMPLES_TH, "Please type a date, " + _EXAMPLES_EN)
    reference = reference or date.today()
    cleaned = _LEADING_WORDS.sub("", cleaned, count=1)

    numeric = _NUMERIC_DATE.fullmatch(cleaned)
    if numeric:
        day, month = int(numeric.group(1)), int(numeric.group(3))
        return _build_date(day, month, _resolve_year(numeric.group(4), reference))

    textual = _TEXT_DATE.fullmatch(cleaned)
    if textual:
        month_text = textual.group(2)
        month_number = _MONTHS_BY_KEY.get(_month_key(month_text))
        if month_number is None:
            raise ThaiDateError(
                f"ไม่รู้จักชื่อเดือน \u201c{month_text.strip()}\u201d (พิมพ์เช่น ตุลาคม หรือ ต.ค.)",
                f"Unknown month name \u201c{month_text.strip()}\u201d (type e.g. ตุลาคม or ต.ค.)",
            )
        return _build_date(int(textual.group(1)), month_number, _resolve_year(textual.group(3), reference))

    raise ThaiDateError(
        f"อ่านวันที่ \u201c{cleaned}\u201d ไม่ได้ กรุณาพิมพ์ วัน เดือน ปี พ.ศ. {_EXAMPLES_TH}",
        f"Cannot read the date \u201c{cleaned}\u201d; type day, month and BE year, {_EXAMPLES_EN}",
    )


# --- fiscal year and quarters --------------------------------------------------------------------------


def fiscal_year_of(value: date) -> int:
    """The BE fiscal year a date belongs to: 1 Oct 2563 – 30 Sep 2564 is FY2564."""
    return ce_to_be(value.year) + (1 if value.month >= 10 else 0)


def fiscal_year_range(be_year: int) -> tuple[date, date]:
    """First and last day (inclusive) of a BE fiscal year."""
    ce_year = be_to_ce(be_year)
    return date(ce_year - 1, 10, 1), date(ce_year, 9, 30)


def _range_label(start: date, end: date, thai_digits: bool) -> str:
    style = DateStyle.ABBREVIATED_FULL_YEAR
    return (
        format_thai_date(start, style, thai_digits)
        + EN_DASH_SEPARATOR
        + format_thai_date(end, style, thai_digits)
    )


def fiscal_year_label(be_year: int, thai_digits: bool = False) -> str:
    """E.g. "ปีงบประมาณ 2564 (1 ต.ค. 2563 – 30 ก.ย. 2564)"."""
    start, end = fiscal_year_range(be_year)
    return f"ปีงบประมาณ {_digits(str(be_year), thai_digits)} ({_range_label(start, end, thai_digits)})"


@dataclass(frozen=True, order=True)
class FiscalQuarter:
    """One quarter of a BE fiscal year: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep."""

    fiscal_year: int
    quarter: int

    def __post_init__(self) -> None:
        if self.quarter not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1 to 4, not {self.quarter}")

    @property
    def start(self) -> date:
        first_day, _ = fiscal_year_range(self.fiscal_year)
        month_index = first_day.month - 1 + 3 * (self.quarter - 1)
        return date(first_day.year + month_index // 12, month_index % 12 + 1, 1)

    @property
    def end(self) -> date:
        if self.quarter == 4:
            return fiscal_year_range(self.fiscal_year)[1]
        return self.next().start - timedelta(days=1)

    @property
    def cumulative_months(self) -> int:
        """Months of the fiscal year reported once this quarter closes: 3, 6, 9 or 12."""
        return 3 * self.quarter

    def contains(self, value: date) -> bool:
        return self.start <= value <= self.end

    def label(self, thai_digits: bool = False) -> str:
        """E.g. "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)"."""
        head = _digits(f"ไตรมาส {self.quarter} ปีงบประมาณ {self.fiscal_year}", thai_digits)
        return f"{head} ({_range_label(self.start, self.end, thai_digits)})"

    def short_label(self, thai_digits: bool = False) -> str:
        """E.g. "ไตรมาส 1/2564"."""
        return _digits(f"ไตรมาส {self.quarter}/{self.fiscal_year}", thai_digits)

    def label_en(self) -> str:
        """E.g. "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)"."""
        dates = format_english_date(self.start) + EN_DASH_SEPARATOR + format_english_date(self.end)
        return f"Q{self.quarter} FY{self.fiscal_year} ({dates})"

    def next(self) -> FiscalQuarter:
        if self.quarter == 4:
            return FiscalQuarter(self.fiscal_year + 1, 1)
        return FiscalQuarter(self.fiscal_year, self.quarter + 1)

    def previous(self) -> FiscalQuarter:
        if self.quarter == 1:
            return FiscalQuarter(self.fiscal_year - 1, 4)
        return FiscalQuarter(self.fiscal_year, self.quarter - 1)


def fiscal_quarter_of(value: date) -> FiscalQuarter:
    fiscal_month_index = (value.month - 10) % 12  # October is 0
    return FiscalQuarter(fiscal_year_of(value), fiscal_month_index // 3 + 1)


def fiscal_quarters(be_year: int) -> tuple[FiscalQuarter, ...]:
    return tuple(FiscalQuarter(be_year, quarter) for quarter in (1, 2, 3, 4))


def reporting_round_months(value: date) -> int:
    """Cumulative months (3, 6, 9 or 12) of the fiscal year covered by the round the date's quarter closes."""
    return fiscal_quarter_of(value).cumulative_months
