"""KPI arithmetic: combining quarters, cumulative rounds, percent of target, status, baselines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain.kpis import (
    Baseline,
    Combination,
    Dimension,
    Direction,
    KpiArithmeticError,
    KpiStatus,
    baselines,
    combine,
    cumulative,
    cumulative_rounds,
    dimensions_text,
    health_only,
    kpi_status,
    label,
    parse_dimensions,
    percent_of_target,
    rounded_percent,
)

numbers = st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False, places=2)
positive = st.decimals(min_value=Decimal("0.01"), max_value=10**6, places=2)
maybe = st.one_of(st.none(), numbers)
quarters = st.lists(maybe, min_size=4, max_size=4)
combinations = st.sampled_from(Combination)
directions = st.sampled_from(Direction)


@given(quarters, combinations)
def test_the_twelve_month_round_is_the_years_combination(results, how) -> None:
    assert cumulative_rounds(results, how)[12] == combine(results, how)
    assert cumulative(results, 4, how) == combine(results, how)


@given(quarters, combinations)
def test_a_round_uses_only_the_quarters_it_covers(results, how) -> None:
    rounds = cumulative_rounds(results, how)
    changed = list(results)
    changed[3] = Decimal(999_999_999)
    assert cumulative_rounds(changed, how)[9] == rounds[9]


@given(st.lists(st.none(), min_size=4, max_size=4), combinations, positive, directions)
def test_no_result_means_no_data_never_zero(results, how, target, direction) -> None:
    assert combine(results, how) is None
    assert percent_of_target(combine(results, how), target) is None
    assert kpi_status(results, target, direction, how) is KpiStatus.NO_DATA


@given(numbers, positive)
def test_percent_is_result_over_target(value, target) -> None:
    assert percent_of_target(value, target) == value / target * 100


def test_percent_as_the_provincial_table_prints_it() -> None:
    assert rounded_percent(percent_of_target(Decimal(2), Decimal(3))) == Decimal("66.67")


@given(st.one_of(st.none(), numbers))
def test_a_target_of_zero_is_refused(value) -> None:
    with pytest.raises(KpiArithmeticError) as refusal:
        percent_of_target(value, Decimal(0))
    assert "ศูนย์" in refusal.value.message_th and "zero" in refusal.value.message_en


@given(positive, st.sampled_from([Combination.AVERAGE, Combination.LAST]), st.integers(1, 4))
def test_lower_is_better_at_half_its_target_is_met(target, how, reported) -> None:
    results = [target / 2 if quarter <= reported else None for quarter in range(1, 5)]
    assert kpi_status(results, target, Direction.LOWER_IS_BETTER, how) is KpiStatus.MET


@given(positive)
def test_a_summed_ceiling_at_half_over_the_year_is_met(target) -> None:
    results = [target / 8] * 4
    assert kpi_status(results, target, Direction.LOWER_IS_BETTER, Combination.SUM) is KpiStatus.MET


@given(positive, combinations)
def test_higher_is_better_at_half_its_target_at_years_end_is_behind(target, how) -> None:
    results = [None, None, None, target / 2] if how is not Combination.SUM else [target / 8] * 4
    assert kpi_status(results, target, Direction.HIGHER_IS_BETTER, how) is KpiStatus.BEHIND


def test_a_sum_is_on_track_when_it_keeps_pace_with_the_year() -> None:
    target = Decimal(100)
    higher, lower, how = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Combination.SUM
    assert kpi_status([Decimal(30), None, None, None], target, higher, how) is KpiStatus.ON_TRACK
    assert kpi_status([Decimal(20), None, None, None], target, higher, how) is KpiStatus.BEHIND
    assert kpi_status([Decimal(60), Decimal(50), None, None], target, higher, how) is KpiStatus.MET
    assert kpi_status([Decimal(20), None, None, None], target, lower, how) is KpiStatus.ON_TRACK
    assert kpi_status([Decimal(20), Decimal(40), None, None], target, lower, how) is KpiStatus.BEHIND


def test_an_average_better_than_its_baseline_is_on_track_until_the_year_ends() -> None:
    target, baseline = Decimal(80), Decimal(60)
    how, higher = Combination.AVERAGE, Direction.HIGHER_IS_BETTER
    assert kpi_status([Decimal(70), None, None, None], target, higher, how, baseline) is KpiStatus.ON_TRACK
    assert kpi_status([Decimal(50), None, None, None], target, higher, how, baseline) is KpiStatus.BEHIND
    assert kpi_status([Decimal(70)] * 4, target, higher, how, baseline) is KpiStatus.BEHIND


@given(quarters, positive, directions, combinations)
def test_status_met_agrees_with_the_years_figure_at_years_end(results, target, direction, how) -> None:
    results = [*results[:3], results[3] if results[3] is not None else Decimal(1)]
    value = combine(results, how)
    met = value >= target if direction is Direction.HIGHER_IS_BETTER else value <= target
    assert (kpi_status(results, target, direction, how) is KpiStatus.MET) == met


@given(st.dictionaries(st.integers(2560, 2563), maybe), st.dictionaries(st.integers(2560, 2563), maybe))
def test_baselines_prefer_the_apps_own_results(own, typed) -> None:
    rows = baselines(2564, own, typed)
    assert [row.fiscal_year for row in rows] == [2561, 2562, 2563]
    for row in rows:
        if own.get(row.fiscal_year) is not None:
            assert row == Baseline(row.fiscal_year, own[row.fiscal_year], True)
        else:
            assert row == Baseline(row.fiscal_year, typed.get(row.fiscal_year), False)


@given(st.frozensets(st.sampled_from(Dimension)))
def test_dimensions_survive_their_stored_form(dimensions) -> None:
    assert parse_dimensions(dimensions_text(dimensions)) == dimensions


def test_health_alone_is_nudged_and_labels_are_bilingual() -> None:
    assert health_only(frozenset({Dimension.HEALTH}))
    assert not health_only(frozenset({Dimension.HEALTH, Dimension.SOCIETY}))
    assert label(Dimension.ENVIRONMENT) == "สิ่งแวดล้อม" and label(Dimension.ENVIRONMENT, "en") == "Environment"


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2))
def test_a_number_survives_being_typed_with_separators_or_thai_digits(value) -> None:
    from pcha_desktop.domain.kpis import parse_number
    from pcha_desktop.domain.thai_calendar import to_thai_digits

    typed = f"{value:,.2f}"
    assert parse_number(typed, "ผลงาน", "Result") == value
    assert parse_number(f"  {to_thai_digits(typed)} ", "ผลงาน", "Result") == value


@pytest.mark.parametrize("text", ["สิบ", "12 คน", "1.2.3", "1,2345", "12abc", "NaN", "inf", "--1", "1e400"])
def test_text_in_a_number_is_refused_naming_the_field(text) -> None:
    from pcha_desktop.domain.kpis import NumberInputError, parse_number

    with pytest.raises(NumberInputError) as refusal:
        parse_number(text, "ค่าเป้าหมาย", "Target")
    assert refusal.value.message_th.startswith("ค่าเป้าหมาย") and refusal.value.message_en.startswith("Target")


def test_nothing_typed_is_no_number_not_zero() -> None:
    from pcha_desktop.domain.kpis import parse_number

    assert parse_number("  ", "ผลงาน", "Result") is None
