from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcha_desktop.domain.thai_calendar import (
    THAI_MONTH_ABBREVIATIONS,
    THAI_MONTH_NAMES,
    DateStyle,
    FiscalQuarter,
    ThaiDateError,
    be_to_ce,
    ce_to_be,
    fiscal_quarter_of,
    fiscal_quarters,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
    format_thai_date,
    parse_thai_date,
    reporting_round_months,
    to_arabic_digits,
    to_thai_digits,
)

OCT_1_2563 = date(2020, 10, 1)
REFERENCE = date(2025, 6, 1)  # BE 2568
SUPPORTED_DATES = st.dates(min_value=date(be_to_ce(2400), 1, 1), max_value=date(be_to_ce(2700), 12, 31))
FOUR_DIGIT_YEAR_STYLES = [style for style in DateStyle if style is not DateStyle.ABBREVIATED]


# --- years, digits, month names ------------------------------------------------------------------------


def test_be_ce_examples() -> None:
    assert ce_to_be(2020) == 2563
    assert be_to_ce(2564) == 2021


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_be_ce_round_trip(year: int) -> None:
    assert be_to_ce(ce_to_be(year)) == year
    assert ce_to_be(be_to_ce(year)) == year


def test_month_names() -> None:
    assert len(THAI_MONTH_NAMES) == 12 and len(THAI_MONTH_ABBREVIATIONS) == 12
    assert THAI_MONTH_NAMES[0] == "มกราคม" and THAI_MONTH_NAMES[-1] == "ธันวาคม"
    assert THAI_MONTH_ABBREVIATIONS[0] == "ม.ค." and THAI_MONTH_ABBREVIATIONS[-1] == "ธ.ค."
    assert THAI_MONTH_NAMES[9] == "ตุลาคม" and THAI_MONTH_ABBREVIATIONS[9] == "ต.ค."


def test_digit_conversion() -> None:
    assert to_thai_digits("1/10/2563") == "๑/๑๐/๒๕๖๓"
    assert to_arabic_digits("๑/๑๐/๒๕๖๓") == "1/10/2563"
    assert to_thai_digits("") == "" and to_arabic_digits("") == ""
    assert to_thai_digits("ไตรมาส 1") == "ไตรมาส ๑"


@given(st.text())
def test_digit_conversion_round_trip_on_arabic_text(text: str) -> None:
    arabic = to_arabic_digits(text)
    assert to_arabic_digits(to_thai_digits(arabic)) == arabic


# --- formatting ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (DateStyle.FULL, "1 ตุลาคม 2563"),
        (DateStyle.FULL_WITH_ERA, "1 ตุลาคม พ.ศ. 2563"),
        (DateStyle.LONG_OFFICIAL, "วันที่ 1 ตุลาคม พ.ศ. 2563"),
        (DateStyle.LONG_OFFICIAL_WITH_MONTH_WORD, "วันที่ 1 เดือนตุลาคม พ.ศ. 2563"),
        (DateStyle.ABBREVIATED, "1 ต.ค. 63"),
        (DateStyle.ABBREVIATED_FULL_YEAR, "1 ต.ค. 2563"),
        (DateStyle.NUMERIC, "1/10/2563"),
    ],
)
def test_format_examples(style: DateStyle, expected: str) -> None:
    assert format_thai_date(OCT_1_2563, style) == expected


def test_format_defaults_to_full() -> None:
    assert format_thai_date(OCT_1_2563) == "1 ตุลาคม 2563"


def test_format_thai_digits() -> None:
    assert format_thai_date(OCT_1_2563, DateStyle.FULL, thai_digits=True) == "๑ ตุลาคม ๒๕๖๓"
    assert format_thai_date(date(2020, 12, 31), DateStyle.NUMERIC, thai_digits=True) == "๓๑/๑๒/๒๕๖๓"
    assert "สั่ง ณ " + format_thai_date(OCT_1_2563, DateStyle.LONG_OFFICIAL, thai_digits=True) == (
        "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๓"
    )


# --- parsing ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1/10/2563",
        "01-10-2563",
        "1.10.2563",
        "01/10/63",
        "1 ต.ค. 63",
        "1 ต.ค. 2563",
        "1 ตุลาคม 2563",
        "1 ตุลาคม พ.ศ. 2563",
        "1 ตุลาคม พ.ศ.2563",
        "วันที่ 1 ตุลาคม 2563",
        "วันที่ 1 เดือนตุลาคม พ.ศ. 2563",
        "วันที่ 1 เดือน ตุลาคม พ.ศ. 2563",
        "สั่ง ณ วันที่ 1 ตุลาคม พ.ศ. 2563",
        "๑/๑๐/๒๕๖๓",
        "๑ ต.ค. ๖๓",
        "  1   ต.ค.   63  ",
        "1 ตค 63",
        "1 ต.ค 63",
        "1ต.ค.63",
        "1 ตุลา 2563",
        "1 / 10 / 2563",
        "1\u200b ตุลาคม 2563",
    ],
)
def test_parse_accepted_forms(text: str) -> None:
    assert parse_thai_date(text, reference=REFERENCE) == OCT_1_2563


@pytest.mark.parametrize("month", range(1, 13))
def test_parse_every_month_name_and_abbreviation(month: int) -> None:
    expected = date(2021, month, 15)
    assert parse_thai_date(f"15 {THAI_MONTH_NAMES[month - 1]} 2564") == expected
    assert parse_thai_date(f"15 {THAI_MONTH_ABBREVIATIONS[month - 1]} 2564") == expected
    assert parse_thai_date(f"15 {THAI_MONTH_ABBREVIATIONS[month - 1].replace('.', '')} 2564") == expected


def test_two_digit_year_is_closest_to_reference() -> None:
    assert parse_thai_date("1/1/63", reference=date(2025, 1, 1)) == date(2020, 1, 1)  # 2563
    assert parse_thai_date("1/1/05", reference=date(2025, 1, 1)) == date(2062, 1, 1)  # 2605, not 2505
    assert parse_thai_date("1/1/99", reference=date(2025, 1, 1)) == date(2056, 1, 1)  # 2599
    assert parse_thai_date("1/1/05", reference=date(1960, 1, 1)) == date(1962, 1, 1)  # 2505


def test_two_digit_year_defaults_to_today() -> None:
    today = date.today()
    assert parse_thai_date(format_thai_date(today, DateStyle.ABBREVIATED)) == today


@given(SUPPORTED_DATES, st.booleans(), st.sampled_from(FOUR_DIGIT_YEAR_STYLES))
@settings(max_examples=300)
def test_format_parse_round_trip(value: date, thai_digits: bool, style: DateStyle) -> None:
    assert parse_thai_date(format_thai_date(value, style, thai_digits)) == value


@given(SUPPORTED_DATES, st.booleans(), st.integers(min_value=-49 * 365, max_value=49 * 365))
@settings(max_examples=300)
def test_abbreviated_round_trip_near_reference(value: date, thai_digits: bool, offset_days: int) -> None:
    reference = value + timedelta(days=offset_days)
    text = format_thai_date(value, DateStyle.ABBREVIATED, thai_digits)
    assert parse_thai_date(text, reference=reference) == value


def test_29_february() -> None:
    assert parse_thai_date("29/2/2563") == date(2020, 2, 29)  # 2020 is a leap year
    assert parse_thai_date("29 ก.พ. 2567") == date(2024, 2, 29)
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("29/2/2564")
    assert caught.value.message_th == "วันที่ 29 กุมภาพันธ์ 2564 ไม่มีอยู่จริง: ปี พ.ศ. 2564 เดือนกุมภาพันธ์มี 28 วัน"
    assert "28 days" in caught.value.message_en
    assert str(caught.value) == caught.value.message_th


def test_29_february_2443_ce_1900_is_not_leap() -> None:
    with pytest.raises(ThaiDateError):
        parse_thai_date("29/2/2443")


@pytest.mark.parametrize(
    ("text", "thai", "english"),
    [
        ("31/2/2563", "วันที่ 31 เดือนกุมภาพันธ์ไม่มีอยู่จริง", "February has no 31st"),
        ("31 เม.ย. 2563", "วันที่ 31 เดือนเมษายนไม่มีอยู่จริง", "April has no 31st"),
        ("0/1/2563", "ไม่มีวันที่ 0 ในเดือนมกราคม", "January has no day 0"),
        ("1/13/2563", "ไม่มีเดือนที่ 13", "no month 13"),
        ("1/10/2020", "ดูเหมือนเป็นปี ค.ศ.", "2563"),
        ("1 ตุลาคม 1999", "กรุณาพิมพ์ปี พ.ศ.", "Buddhist Era"),
        ("1/10/256", "ไม่ถูกต้อง", "not valid"),
        ("1/10/3000", "ไม่ถูกต้อง", "not valid"),
        ("1 ตุลาตุลา 2563", "ไม่รู้จักชื่อเดือน", "Unknown month"),
        ("", "กรุณาพิมพ์วันที่", "Please type a date"),
        ("   ", "กรุณาพิมพ์วันที่", "Please type a date"),
        ("เมื่อวาน", "อ่านวันที่", "Cannot read"),
        ("1 ตุลาคม", "อ่านวันที่", "Cannot read"),
        ("1/10-2563", "อ่านวันที่", "Cannot read"),
    ],
)
def test_parse_errors_explain(text: str, thai: str, english: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date(text, reference=REFERENCE)
    assert thai in caught.value.message_th
    assert english in caught.value.message_en
    assert isinstance(caught.value, ValueError)


def test_two_digit_year_outside_supported_range() -> None:
    with pytest.raises(ThaiDateError):
        parse_thai_date("1/1/20", reference=date(2200, 1, 1))  # BE 2720 is past the supported range


@given(st.text())
@settings(max_examples=500)
def test_parse_never_fails_unexpectedly(text: str) -> None:
    try:
        result = parse_thai_date(text, reference=REFERENCE)
    except ThaiDateError as error:
        assert error.message_th and error.message_en
    else:
        assert isinstance(result, date)


_DATE_ALPHABET = st.sampled_from(
    [*"0123456789/-. ", *to_thai_digits("0123456789"), "ต.ค.", "ตุลาคม", "พ.ศ.", "วันที่", "เดือน", "ก.พ."]
)


@given(st.lists(_DATE_ALPHABET, max_size=12).map("".join))
@settings(max_examples=500)
def test_parse_date_like_text_never_fails_unexpectedly(text: str) -> None:
    try:
        result = parse_thai_date(text, reference=REFERENCE)
    except ThaiDateError:
        return
    assert isinstance(result, date)


# --- fiscal year and quarters ------------------------------------------------------------------------------


def test_fiscal_year_examples() -> None:
    assert fiscal_year_range(2564) == (date(2020, 10, 1), date(2021, 9, 30))
    assert fiscal_year_of(date(2020, 9, 30)) == 2563  # 30 Sep 2563: last day of FY2563
    assert fiscal_year_of(date(2020, 10, 1)) == 2564  # 1 Oct 2563: first day of FY2564
    assert fiscal_year_of(date(2021, 9, 30)) == 2564
    assert fiscal_year_label(2564) == "ปีงบประมาณ 2564 (1 ต.ค. 2563 – 30 ก.ย. 2564)"
    assert fiscal_year_label(2564, thai_digits=True) == "ปีงบประมาณ ๒๕๖๔ (๑ ต.ค. ๒๕๖๓ – ๓๐ ก.ย. ๒๕๖๔)"


def test_quarter_labels_from_the_issue() -> None:
    quarter = fiscal_quarter_of(OCT_1_2563)
    assert quarter == FiscalQuarter(2564, 1)
    assert quarter.label() == "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)"
    assert quarter.label(thai_digits=True) == "ไตรมาส ๑ ปีงบประมาณ ๒๕๖๔ (๑ ต.ค. ๒๕๖๓ – ๓๑ ธ.ค. ๒๕๖๓)"
    assert quarter.short_label() == "ไตรมาส 1/2564"
    assert quarter.short_label(thai_digits=True) == "ไตรมาส ๑/๒๕๖๔"
    assert quarter.label_en() == "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)"


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, date(2020, 10, 1), date(2020, 12, 31)),
        (2, date(2021, 1, 1), date(2021, 3, 31)),
        (3, date(2021, 4, 1), date(2021, 6, 30)),
        (4, date(2021, 7, 1), date(2021, 9, 30)),
    ],
)
def test_quarter_ranges(quarter: int, start: date, end: date) -> None:
    fiscal_quarter = FiscalQuarter(2564, quarter)
    assert (fiscal_quarter.start, fiscal_quarter.end) == (start, end)
    assert fiscal_quarter.cumulative_months == 3 * quarter


def test_quarter_navigation() -> None:
    assert FiscalQuarter(2564, 4).next() == FiscalQuarter(2565, 1)
    assert FiscalQuarter(2564, 1).previous() == FiscalQuarter(2563, 4)
    assert FiscalQuarter(2564, 2).next().previous() == FiscalQuarter(2564, 2)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_invalid_quarter(quarter: int) -> None:
    with pytest.raises(ValueError):
        FiscalQuarter(2564, quarter)


def test_reporting_rounds() -> None:
    assert reporting_round_months(date(2020, 10, 1)) == 3
    assert reporting_round_months(date(2020, 12, 31)) == 3
    assert reporting_round_months(date(2021, 1, 1)) == 6
    assert reporting_round_months(date(2021, 5, 15)) == 9
    assert reporting_round_months(date(2021, 9, 30)) == 12


@given(SUPPORTED_DATES)
def test_every_date_lies_in_its_fiscal_year_and_quarter(value: date) -> None:
    start, end = fiscal_year_range(fiscal_year_of(value))
    assert start <= value <= end
    quarter = fiscal_quarter_of(value)
    assert quarter.fiscal_year == fiscal_year_of(value)
    assert quarter.start <= value <= quarter.end
    assert quarter.contains(value)
    assert reporting_round_months(value) == 3 * quarter.quarter


@given(st.integers(min_value=2401, max_value=2700))
def test_quarters_tile_the_fiscal_year(be_year: int) -> None:
    start, end = fiscal_year_range(be_year)
    quarters = fiscal_quarters(be_year)
    assert quarters[0].start == start and quarters[-1].end == end
    for earlier, later in pairwise(quarters):
        assert earlier.end + timedelta(days=1) == later.start
        assert earlier.next() == later and later.previous() == earlier
    assert sum((q.end - q.start).days + 1 for q in quarters) == (end - start).days + 1
    assert quarters[-1].next().start == fiscal_year_range(be_year + 1)[0]


@given(st.integers(min_value=2401, max_value=2700))
def test_fiscal_years_are_contiguous(be_year: int) -> None:
    _, end = fiscal_year_range(be_year)
    next_start, _ = fiscal_year_range(be_year + 1)
    assert end + timedelta(days=1) == next_start
    assert (end.month, end.day) == (9, 30) and (next_start.month, next_start.day) == (10, 1)
    assert fiscal_year_of(end) == be_year and fiscal_year_of(next_start) == be_year + 1
