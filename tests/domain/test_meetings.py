"""The meeting rules: numbering, quorum (s. 79), invitation notice (s. 80), the four-a-year status and the
carry-over of follow-ups into agenda 3."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain.meetings import (
    AttendanceStatus,
    FollowUpFact,
    MeetingFact,
    MeetingKind,
    YearVerdict,
    count_attendance,
    invitation_too_late,
    meeting_number_label,
    numbers_in_date_order,
    open_follow_ups,
    parse_quorum_fraction,
    quarterly_plan_dates,
    quorum_needed,
    quorum_of,
    reconvened_rule_applies,
    year_status,
)
from pcha_desktop.domain.thai_calendar import fiscal_quarter_of, fiscal_year_of, fiscal_year_range

FY2564 = fiscal_year_range(2564)
days_in_2564 = st.dates(min_value=FY2564[0], max_value=FY2564[1])
statuses = st.lists(st.sampled_from(list(AttendanceStatus)), max_size=80)


def test_number_label_in_thai_and_thai_digits() -> None:
    assert meeting_number_label(2, 2564) == "ครั้งที่ 2/2564"
    assert meeting_number_label(2, 2564, thai_digits=True) == "ครั้งที่ ๒/๒๕๖๔"


@given(st.lists(days_in_2564, max_size=30))
def test_numbers_never_repeat_and_follow_the_dates(days: list[date]) -> None:
    meetings = list(enumerate(days, start=1))
    numbers = numbers_in_date_order(meetings)
    assert sorted(numbers.values()) == list(range(1, len(days) + 1))
    by_number = sorted(meetings, key=lambda pair: numbers[pair[0]])
    assert [day for _, day in by_number] == sorted(days)


def test_half_of_all_members_rounds_up() -> None:
    assert quorum_needed(20) == 10
    assert quorum_needed(21) == 11
    assert quorum_needed(21, Fraction(1, 3)) == 7
    assert quorum_needed(0) == 1


@given(st.integers(min_value=1, max_value=500), st.sampled_from([Fraction(1, 2), Fraction(2, 3), Fraction(1, 3)]))
def test_quorum_needed_is_the_smallest_count_reaching_the_share(total: int, share: Fraction) -> None:
    needed = quorum_needed(total, share)
    assert Fraction(needed, total) >= share
    assert needed == 1 or Fraction(needed - 1, total) < share


@given(statuses)
def test_a_meeting_without_quorum_has_fewer_than_half_attending(marks: list[AttendanceStatus]) -> None:
    counts = count_attendance(marks)
    quorum = quorum_of(counts)
    assert counts.members == len(marks)
    assert quorum.met == (len(marks) > 0 and 2 * counts.attending >= len(marks))


@given(statuses)
def test_substitutes_count_for_the_quorum_and_absences_never_do(marks: list[AttendanceStatus]) -> None:
    counts = count_attendance(marks)
    assert counts.attending == sum(m in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED) for m in marks)


@given(statuses)
def test_the_reconvened_third_never_asks_for_more(marks: list[AttendanceStatus]) -> None:
    counts = count_attendance(marks)
    assert quorum_of(counts, reconvened_rule=True).needed <= quorum_of(counts).needed
    if quorum_of(counts).met:
        assert quorum_of(counts, reconvened_rule=True).met


def test_a_declared_count_larger_than_the_list_raises_the_quorum() -> None:
    counts = count_attendance([AttendanceStatus.PRESENT] * 6)
    assert quorum_of(counts).met
    assert not quorum_of(counts, total_members=20).met


def test_the_third_applies_only_within_14_days_and_when_the_invitation_says_so() -> None:
    first = date(2021, 3, 1)
    assert reconvened_rule_applies(first + timedelta(days=14), first, True)
    assert not reconvened_rule_applies(first + timedelta(days=15), first, True)
    assert not reconvened_rule_applies(first + timedelta(days=7), first, False)
    assert not reconvened_rule_applies(first, first, True)
    assert not reconvened_rule_applies(first + timedelta(days=7), None, True)


@given(days_in_2564, st.integers(min_value=-10, max_value=30))
def test_invitation_less_than_three_days_ahead_is_flagged(meeting: date, days_ahead: int) -> None:
    invited = meeting - timedelta(days=days_ahead)
    assert invitation_too_late(meeting, invited) == (days_ahead < 3)
    assert not invitation_too_late(meeting, invited, urgent=True)
    assert not invitation_too_late(meeting, None)


def test_parse_quorum_setting_falls_back_to_half() -> None:
    assert parse_quorum_fraction("2/3") == Fraction(2, 3)
    assert parse_quorum_fraction("rubbish") == Fraction(1, 2)
    assert parse_quorum_fraction("3/2") == Fraction(1, 2)
    assert parse_quorum_fraction("0") == Fraction(1, 2)


meeting_facts = st.builds(
    MeetingFact,
    meeting_date=days_in_2564,
    kind=st.sampled_from(list(MeetingKind)),
    held=st.booleans(),
    quorum_met=st.booleans(),
)


@given(st.lists(meeting_facts, max_size=20), days_in_2564)
def test_only_full_meetings_held_with_quorum_count(meetings: list[MeetingFact], today: date) -> None:
    status = year_status(2564, meetings, today)
    counted = [m for m in meetings if m.held and m.quorum_met and m.kind is not MeetingKind.SUBGROUP]
    assert status.held_with_quorum == len(counted)
    assert status.subgroup_meetings == sum(m.kind is MeetingKind.SUBGROUP for m in meetings)
    assert (status.verdict is YearVerdict.MET) == (len(counted) >= 4)
    assert status.still_needed == max(0, 4 - len(counted))
    for quarter in status.quarters:
        assert quarter.held == sum(fiscal_quarter_of(m.meeting_date).quarter == quarter.quarter for m in counted)


@given(st.lists(meeting_facts, max_size=20))
def test_subgroup_meetings_never_satisfy_the_rule(meetings: list[MeetingFact]) -> None:
    subgroups = [MeetingFact(m.meeting_date, MeetingKind.SUBGROUP, True, True) for m in meetings]
    status = year_status(2564, subgroups, date(2021, 10, 1))
    assert status.held_with_quorum == 0
    assert status.verdict is YearVerdict.MISSED


def test_the_year_says_what_is_still_needed_and_by_when() -> None:
    held = [MeetingFact(day, MeetingKind.REGULAR, True, True) for day in quarterly_plan_dates(2564)[:3]]
    status = year_status(2564, held, date(2021, 6, 1))
    assert status.verdict is YearVerdict.NEEDS_PLANNING
    assert status.summary_en() == "One more meeting needed by 30 Sep 2564 (1 not yet scheduled)"
    assert status.summary_th() == "ต้องประชุมอีก 1 ครั้ง ภายใน 30 ก.ย. 2564 (ยังไม่ได้กำหนดวัน 1 ครั้ง)"
    planned = held + [MeetingFact(date(2021, 8, 16), MeetingKind.REGULAR, False, False)]
    assert year_status(2564, planned, date(2021, 6, 1)).verdict is YearVerdict.ON_TRACK
    without_quorum = held + [MeetingFact(date(2021, 8, 16), MeetingKind.REGULAR, True, False)]
    late = year_status(2564, without_quorum, date(2021, 10, 2))
    assert late.verdict is YearVerdict.MISSED and late.held_without_quorum == 1


@given(st.integers(min_value=2500, max_value=2650))
def test_quarterly_plan_is_one_weekday_in_each_quarter(fiscal_year: int) -> None:
    dates = quarterly_plan_dates(fiscal_year)
    assert [fiscal_quarter_of(day).quarter for day in dates] == [1, 2, 3, 4]
    assert all(fiscal_year_of(day) == fiscal_year and day.weekday() < 5 for day in dates)


follow_up_facts = st.lists(
    st.tuples(days_in_2564, st.one_of(st.none(), st.integers(min_value=0, max_value=200))), max_size=25
)


@given(follow_up_facts, days_in_2564)
def test_agenda_3_carries_exactly_the_follow_ups_still_open(raw: list, meeting: date) -> None:
    facts = [
        FollowUpFact(index, raised, None if closed_after is None else raised + timedelta(days=closed_after))
        for index, (raised, closed_after) in enumerate(raw)
    ]
    carried = set(open_follow_ups(meeting, facts))
    for fact in facts:
        is_open = fact.raised_on < meeting and (fact.closed_on is None or fact.closed_on >= meeting)
        assert (fact.follow_up_id in carried) == is_open
