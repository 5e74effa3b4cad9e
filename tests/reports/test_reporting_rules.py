"""The rules the report states: the five target criteria from counts, and the four-meetings-a-year rule."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain.report_periods import ReportPeriod
from pcha_desktop.domain.reporting import (
    CriteriaFacts,
    CriterionState,
    UccareIssue,
    UccareSection,
    evaluate_criteria,
    meeting_compliance,
)

counts = st.integers(min_value=0, max_value=8)


@st.composite
def facts(draw):  # type: ignore[no-untyped-def]
    issues = draw(counts)
    share = st.integers(min_value=0, max_value=issues)
    assessed = draw(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=6))
    uccare = draw(st.sampled_from([None, UccareSection(tuple(UccareIssue(f"ประเด็น {n}", (), None, s, v)
                                                               for n, (s, v) in enumerate(assessed)))]))
    return CriteriaFacts(issues, draw(share), draw(share), draw(share), draw(st.integers(0, 5)), uccare)


@given(facts())
def test_each_criterion_is_met_exactly_when_the_data_says_so(f: CriteriaFacts) -> None:
    criteria = evaluate_criteria(f)
    assert [c.number for c in criteria] == [1, 2, 3, 4, 5]
    met = [c.state is CriterionState.MET for c in criteria]
    assert met[0] == (f.issue_count >= 2)
    assert met[1] == (f.issue_count > 0 and f.issues_with_group_targets == f.issue_count)
    assert met[2] == (f.issue_count > 0 and f.issues_with_working_group == f.issue_count == f.issues_with_resources)
    assert met[3] == (f.kinds_pooled == 5)
    if f.uccare is None or not f.uccare.issues:
        assert criteria[4].state is CriterionState.NO_DATA  # unknown is never "not met"
    else:
        assert met[4] == all(i.assessed_by_self and i.assessed_by_visitors for i in f.uccare.issues)
    assert all(c.evidence for c in criteria)


@given(st.integers(2500, 2700), st.sampled_from([("Q", 1), ("Q", 2), ("Q", 3), ("Q", 4), ("R", 3), ("R", 6), ("R", 9),
                                                  ("R", 12), ("Y", 0)]),
       st.lists(st.integers(-60, 420), max_size=12))
def test_meetings_are_counted_from_the_year_start_to_the_period_end(year: int, kind: tuple[str, int],
                                                                      offsets: list[int]) -> None:
    letter, number = kind
    period = (ReportPeriod.quarter(year, number) if letter == "Q" else ReportPeriod.round(year, number)
              if letter == "R" else ReportPeriod.year(year))
    start = ReportPeriod.year(year).start
    days = [start + timedelta(days=offset) for offset in offsets]
    compliance = meeting_compliance(days, period)
    assert compliance.held == sum(1 for day in days if start <= day <= period.end)
    assert compliance.expected == period.last_quarter  # one a quarter: four a year
    assert compliance.on_track == (compliance.held >= period.last_quarter)


def test_four_meetings_meet_the_year_and_three_do_not() -> None:
    year = ReportPeriod.year(2564)
    four = [date(2020, 11, 1), date(2021, 2, 1), date(2021, 5, 1), date(2021, 8, 1)]
    assert meeting_compliance(four, year).on_track
    assert not meeting_compliance(four[:3], year).on_track
    assert meeting_compliance(four[:2], ReportPeriod.round(2564, 6)).on_track
