"""Reporting periods: codes read back, labels from the dates, the quarters each period covers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.report_periods import (
    PeriodError,
    PeriodKind,
    ReportPeriod,
    latest_closed_period,
    parse_period,
    periods_of_year,
)
from pcha_desktop.domain.thai_calendar import fiscal_quarter_of, fiscal_year_of

years = st.integers(min_value=2500, max_value=2700)
periods = st.one_of(
    st.builds(ReportPeriod.quarter, years, st.sampled_from(k.QUARTERS)),
    st.builds(ReportPeriod.round, years, st.sampled_from(k.ROUND_MONTHS)),
    st.builds(ReportPeriod.year, years),
)
values = st.one_of(st.none(), st.decimals(min_value=0, max_value=10_000, places=2))


def test_the_seed_quarter_is_labelled_from_its_dates() -> None:
    period = parse_period("2564Q1")
    assert period.label_th() == "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)"
    assert period.label_en() == "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)"
    assert period.label_th(thai_digits=True) == "ไตรมาส ๑ ปีงบประมาณ ๒๕๖๔ (๑ ต.ค. ๒๕๖๓ – ๓๑ ธ.ค. ๒๕๖๓)"


def test_round_and_year_labels() -> None:
    assert parse_period("2564R6").label_th() == "รอบ 6 เดือน ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 มี.ค. 2564)"
    assert parse_period("2564").label_th() == "ปีงบประมาณ 2564 (1 ต.ค. 2563 – 30 ก.ย. 2564)"
    assert parse_period("๒๕๖๔ q2") == ReportPeriod.quarter(2564, 2)


@pytest.mark.parametrize("text", ["", "2564Q5", "2564R4", "2564R0", "Q1", "2564-Q1", "2021Q1", "25640", "2564Q"])
def test_bad_codes_are_refused_in_both_languages(text: str) -> None:
    with pytest.raises(PeriodError) as refusal:
        parse_period(text)
    assert refusal.value.message_th and refusal.value.message_en


@given(periods)
def test_a_code_reads_back_as_the_same_period(period: ReportPeriod) -> None:
    assert parse_period(period.code) == period


@given(periods)
def test_dates_are_those_of_the_quarters_covered(period: ReportPeriod) -> None:
    first, last = fiscal_quarter_of(period.start), fiscal_quarter_of(period.end)
    assert (first.quarter, last.quarter) == (period.quarters[0], period.quarters[-1])
    assert fiscal_year_of(period.start) == fiscal_year_of(period.end) == period.fiscal_year
    assert period.contains(period.start) and period.contains(period.end)
    assert not period.contains(period.start - timedelta(days=1))
    assert not period.contains(period.end + timedelta(days=1))
    assert str(period.start.year + 543) in period.label_th() and str(period.end.year + 543) in period.label_th()
    if period.kind is not PeriodKind.QUARTER:
        assert period.start == date(period.fiscal_year - 544, 10, 1)
        assert len(period.quarters) * 3 == (12 if period.kind is PeriodKind.YEAR else period.number)


@given(years, st.lists(values, min_size=4, max_size=4), st.sampled_from(list(k.Combination)))
def test_kpi_figures_follow_the_cumulative_rules(year: int, results: list[Decimal | None],
                                                 how: k.Combination) -> None:
    for quarter in k.QUARTERS:
        assert ReportPeriod.quarter(year, quarter).kpi_value(results, how) == results[quarter - 1]
    for months in k.ROUND_MONTHS:
        assert ReportPeriod.round(year, months).kpi_value(results, how) == k.cumulative_rounds(results, how)[months]
    assert ReportPeriod.year(year).kpi_value(results, how) == ReportPeriod.round(year, 12).kpi_value(results, how)


@given(periods, st.lists(values, min_size=4, max_size=4))
def test_results_after_the_period_are_not_known_yet(period: ReportPeriod, results: list[Decimal | None]) -> None:
    known = period.results_so_far(results)
    assert known[:period.last_quarter] == tuple(results[:period.last_quarter])
    assert all(value is None for value in known[period.last_quarter:])


def test_the_year_lists_its_periods_and_the_last_closed_quarter() -> None:
    assert [p.code for p in periods_of_year(2564)] == ["2564Q1", "2564Q2", "2564Q3", "2564Q4", "2564R3", "2564R6",
                                                       "2564R9", "2564"]
    assert latest_closed_period(date(2021, 1, 15)) == ReportPeriod.quarter(2564, 1)
    assert latest_closed_period(date(2020, 12, 31)) == ReportPeriod.quarter(2564, 1)
    assert latest_closed_period(date(2020, 10, 5)) == ReportPeriod.quarter(2563, 4)
