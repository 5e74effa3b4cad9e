"""Committee rules: document order, each composition warning, each refusal, order numbers and texts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcha_desktop.domain.committee_rules import (
    REGULATION,
    CompositionContext,
    ImpossibleMembership,
    MemberFacts,
    WarningCode,
    cancellation_text,
    check_possible,
    composition_warnings,
    document_order,
    group_by_role,
    next_running_number,
    normalise_name,
    order_be_year,
    order_number_text,
    split_title,
)
from pcha_desktop.domain.committee_terms import CommitteeKind, CommitteeRole, Sector

START = date(2020, 10, 1)
TODAY = date(2021, 1, 1)
CONTEXT = CompositionContext(
    kind=CommitteeKind.DISTRICT, district_chief_name="นายวรวุฒิ ทองประเสริฐ", secretary_name="นายสุรชัย แก้วมณี"
)


def member(key: str, role: CommitteeRole, sector: Sector = Sector.STATE, *, name: str | None = None,
           position: str = "", order: int = 0, start: date = START, end: date | None = None) -> MemberFacts:
    return MemberFacts(None, key, name or f"นาย{key} ทดสอบ", position, role, sector, order, start, end)


def good_committee() -> list[MemberFacts]:
    return [
        member("chief", CommitteeRole.CHAIR, name="นายวรวุฒิ ทองประเสริฐ", position="นายอำเภอเมืองภูเก็ต"),
        member("mayor", CommitteeRole.MEMBER, Sector.LOCAL_GOVERNMENT),
        member("hotel", CommitteeRole.MEMBER, Sector.PRIVATE),
        member("volunteer", CommitteeRole.MEMBER, Sector.CIVIL_SOCIETY),
        member("health", CommitteeRole.MEMBER_AND_SECRETARY, name="นายสุรชัย แก้วมณี", position="สาธารณสุขอำเภอเมืองภูเก็ต"),
    ]


def codes(members: list[MemberFacts], context: CompositionContext = CONTEXT) -> list[WarningCode]:
    return [warning.code for warning in composition_warnings(members, context, TODAY)]


def test_document_order_is_the_traditional_order_of_roles_then_the_sort_order() -> None:
    members = [
        member("a", CommitteeRole.ASSISTANT_SECRETARY, order=0),
        member("m2", CommitteeRole.MEMBER, order=5),
        member("s", CommitteeRole.MEMBER_AND_SECRETARY, order=1),
        member("m1", CommitteeRole.MEMBER, order=2),
        member("v", CommitteeRole.VICE_CHAIR, order=9),
        member("c", CommitteeRole.CHAIR, order=7),
    ]
    assert [m.person_key for m in document_order(members)] == ["c", "v", "m1", "m2", "s", "a"]
    assert [role for role, _ in group_by_role(members)][:2] == [CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR]


def test_a_complete_committee_has_no_warning() -> None:
    assert codes(good_committee()) == []


def test_chair_name_is_compared_without_titles_and_spaces() -> None:
    members = good_committee()
    members[0] = member("chief", CommitteeRole.CHAIR, name="วรวุฒิ   ทองประเสริฐ")
    assert codes(members) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda ms: ms[1:], WarningCode.NO_CHAIR),
        (lambda ms: [member("other", CommitteeRole.CHAIR, name="นายอื่น ใด")] + ms[1:], WarningCode.CHAIR_NOT_DISTRICT_CHIEF),
        (lambda ms: ms[:-1], WarningCode.NO_SECRETARY),
        (lambda ms: ms[:-1] + [member("clerk", CommitteeRole.MEMBER_AND_SECRETARY, position="ปลัดอำเภอ")],
         WarningCode.SECRETARY_NOT_HEALTH_OFFICER),
        (lambda ms: [m for m in ms if m.sector != Sector.PRIVATE], WarningCode.SECTOR_MISSING),
    ],
)
def test_each_warning_cites_the_regulation(change, expected) -> None:  # type: ignore[no-untyped-def]
    warnings = composition_warnings(change(good_committee()), CONTEXT, TODAY)
    assert [w.code for w in warnings] == [expected]
    assert warnings[0].rule_reference == REGULATION
    assert warnings[0].message_th and warnings[0].message_en


def test_secretary_is_recognised_by_position_or_by_the_profile_name() -> None:
    by_position = good_committee()[:-1] + [member("x", CommitteeRole.MEMBER_AND_SECRETARY, position="สาธารณสุขอำเภอ เมือง")]
    assert codes(by_position) == []
    by_name = good_committee()[:-1] + [member("y", CommitteeRole.MEMBER_AND_SECRETARY, name="นายสุรชัย แก้วมณี")]
    assert codes(by_name) == []


def test_more_members_than_the_setting_is_a_warning_only() -> None:
    members = good_committee() + [member(f"m{i}", CommitteeRole.MEMBER) for i in range(3)]
    context = CompositionContext(CommitteeKind.DISTRICT, CONTEXT.district_chief_name, CONTEXT.secretary_name, member_limit=7)
    assert codes(members, context) == [WarningCode.TOO_MANY_MEMBERS]


def test_ended_members_do_not_count_and_subcommittees_only_need_chair_and_secretary() -> None:
    members = good_committee()
    members[0] = member("chief", CommitteeRole.CHAIR, name="นายวรวุฒิ ทองประเสริฐ", end=date(2020, 12, 1))
    assert codes(members) == [WarningCode.NO_CHAIR]
    subcommittee = CompositionContext(CommitteeKind.ISSUE_SUBCOMMITTEE)
    assert codes([member("c", CommitteeRole.CHAIR), member("s", CommitteeRole.MEMBER_AND_SECRETARY)], subcommittee) == []


@pytest.mark.parametrize(
    ("members", "code"),
    [
        ([member("a", CommitteeRole.CHAIR), member("b", CommitteeRole.CHAIR, start=date(2020, 12, 1))], "two_chairs"),
        ([member("a", CommitteeRole.MEMBER_AND_SECRETARY), member("b", CommitteeRole.MEMBER_AND_SECRETARY)],
         "two_secretaries"),
        ([member("a", CommitteeRole.MEMBER), member("a", CommitteeRole.VICE_CHAIR)], "same_person_twice"),
        ([member("a", CommitteeRole.MEMBER, start=date(2021, 1, 1), end=date(2020, 1, 1))], "end_before_start"),
    ],
)
def test_impossible_states_are_refused(members: list[MemberFacts], code: str) -> None:
    with pytest.raises(ImpossibleMembership) as refused:
        check_possible(members)
    assert refused.value.code == code and refused.value.message_th


def test_the_english_refusal_gives_the_date_in_the_buddhist_era() -> None:
    with pytest.raises(ImpossibleMembership) as refused:
        check_possible([member("a", CommitteeRole.CHAIR), member("b", CommitteeRole.CHAIR, start=date(2020, 12, 1))])
    assert "1 Dec 2563 BE" in refused.value.message_en and "2020" not in refused.value.message_en


def test_a_handover_on_the_same_day_is_possible() -> None:
    handover = date(2021, 2, 15)
    check_possible([
        member("old", CommitteeRole.CHAIR, end=handover),
        member("new", CommitteeRole.CHAIR, start=handover),
        member("old", CommitteeRole.MEMBER, start=handover),
    ])


def test_order_numbers_restart_each_calendar_be_year() -> None:
    used = [(2563, 245), (2563, 12), (2564, 3)]
    assert next_running_number(used, 2563) == 246
    assert next_running_number(used, 2564) == 4
    assert next_running_number(used, 2565) == 1
    assert order_be_year(date(2020, 12, 31)) == 2563 and order_be_year(date(2021, 1, 1)) == 2564
    assert order_number_text(123, 2563) == "ที่ 123/2563"
    assert order_number_text(123, 2563, thai_digits=True) == "ที่ ๑๒๓/๒๕๖๓"


def test_cancellation_text() -> None:
    text = cancellation_text("อำเภอเมืองภูเก็ต", 245, 2563, date(2020, 10, 1))
    assert text.startswith("ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 245/2563 ลงวันที่ 1 ตุลาคม 2563")


def test_titles_are_split_from_glued_names() -> None:
    assert split_title("นางสาวปิยะนุช ศรีวงศ์") == ("นางสาว", "ปิยะนุช ศรีวงศ์")
    assert split_title("พันตำรวจเอก อนุชา ปานทอง") == ("พันตำรวจเอก", "อนุชา ปานทอง")
    assert split_title("สมชาย ใจดี") == ("", "สมชาย ใจดี")
    assert normalise_name("นาย วรวุฒิ  ทองประเสริฐ") == normalise_name("วรวุฒิ ทองประเสริฐ")


# --- the impossible-state check against the pairwise definition ------------------------------------------


def _pairwise_first_clash(members: list[MemberFacts]) -> tuple[str, int, int] | None:
    """The definition, pair by pair: the first member (in order) that clashes with an earlier one, and the
    earliest member it clashes with."""
    for later_index, later in enumerate(members):
        for earlier_index, earlier in enumerate(members[:later_index]):
            start = max(earlier.start_date, later.start_date)
            ends = [end for end in (earlier.end_date, later.end_date) if end is not None]
            if ends and min(ends) <= start:
                continue
            if earlier.person_key == later.person_key:
                return ("same_person_twice", earlier_index, later_index)
            if earlier.role == later.role and earlier.role in (CommitteeRole.CHAIR, CommitteeRole.MEMBER_AND_SECRETARY):
                return ("two_chairs" if earlier.role == CommitteeRole.CHAIR else "two_secretaries", earlier_index,
                        later_index)
    return None


@st.composite
def _memberships(draw: st.DrawFn) -> list[MemberFacts]:
    count = draw(st.integers(0, 12))
    members = []
    for index in range(count):
        start = date(2020, 1 + draw(st.integers(0, 5)), 1 + draw(st.integers(0, 3)) * 7)
        end = draw(st.one_of(st.none(), st.integers(0, 200).map(lambda days, s=start: s + timedelta(days=days))))
        members.append(
            MemberFacts(index, draw(st.sampled_from("abcd")), f"คน{index}", "", draw(st.sampled_from(list(CommitteeRole))),
                        Sector.STATE, index, start, end)
        )
    return members


@settings(max_examples=400, deadline=None)
@given(members=_memberships())
def test_the_indexed_check_refuses_exactly_what_the_pairwise_definition_refuses(members: list[MemberFacts]) -> None:
    expected = _pairwise_first_clash(members)
    if expected is None:
        check_possible(members)
        return
    with pytest.raises(ImpossibleMembership) as refused:
        check_possible(members)
    code, earlier, later = expected
    assert (refused.value.code, refused.value.membership_id) == (code, members[later].membership_id)
    assert members[later].full_name in refused.value.message_th
    if code != "same_person_twice":
        assert members[earlier].full_name in refused.value.message_th


def _chairs_one_after_another(count: int) -> list[MemberFacts]:
    return [
        member(f"p{i}", CommitteeRole.CHAIR, start=date(2000, 1, 1) + timedelta(days=i),
               end=date(2000, 1, 2) + timedelta(days=i), order=i)
        for i in range(count)
    ]


def test_the_check_grows_linearly_with_the_members(python_calls) -> None:  # type: ignore[no-untyped-def]
    """A long history (2,000 chairs one after another): the pairwise check compared two million pairs and
    formatted a Thai date for each. Work is counted in function calls: 8× the members may cost up to 16×
    (linear: about 8×; pairwise: 64×)."""
    small = python_calls(lambda: check_possible(_chairs_one_after_another(250)))
    large = python_calls(lambda: check_possible(_chairs_one_after_another(2000)), limit=16 * small)
    assert large < 16 * small
    with pytest.raises(ImpossibleMembership):
        check_possible(_chairs_one_after_another(2000) + [member("late", CommitteeRole.CHAIR, start=date(2000, 6, 1))])
