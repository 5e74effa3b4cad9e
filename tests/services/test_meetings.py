"""Meetings through the services: numbering in date order, the customary agenda, attendance from the
membership on the date, quorum, follow-ups carried into later agendas, adoption, the four-a-year status."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from pcha_desktop.domain.meetings import AgendaSection, AttendanceStatus, MeetingKind, MeetingStatus, YearVerdict
from pcha_desktop.services import meetings as m
from pcha_desktop.services.committees import add_member, district_committee
from pcha_desktop.services.committees import MemberInput
from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.domain.committee_terms import CommitteeRole, Sector

USER = "ทดสอบ"
TODAY = date(2021, 9, 1)  # FY2564


def _committee_with_members(folder: DataFolder, count: int = 10) -> int:
    committee = district_committee(folder.database, USER)
    roles = [CommitteeRole.CHAIR] + [CommitteeRole.MEMBER] * (count - 2) + [CommitteeRole.MEMBER_AND_SECRETARY]
    for index, role in enumerate(roles):
        add_member(folder.database, committee.id, MemberInput(
            title="นาย", first_name=f"สมชาย{index}", last_name="ใจดี", position=f"ตำแหน่ง {index}",
            organisation="อำเภอ", role=role, sector=Sector.STATE, start_date=date(2020, 10, 1),
        ), USER)
    return committee.id


def _meeting(folder: DataFolder, committee_id: int, day: date, **kwargs) -> int:  # type: ignore[no-untyped-def]
    return m.create_meeting(folder.database, m.MeetingDetails(committee_id, day, **kwargs), USER)


def _hold(folder: DataFolder, meeting_id: int, present: int) -> None:
    view = m.meeting_view(folder.database, meeting_id)
    for row in view.attendance[:present]:
        m.set_attendance(folder.database, row.id, m.AttendanceMark(AttendanceStatus.PRESENT), USER, today=TODAY)
    m.set_held(folder.database, meeting_id, True, USER, today=TODAY)


def test_numbers_follow_the_dates_and_moving_renumbers(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    later = _meeting(folder, committee_id, date(2021, 3, 10))
    earlier = _meeting(folder, committee_id, date(2020, 11, 16))
    assert m.meeting_view(folder.database, earlier).summary.number_label == "ครั้งที่ 1/2564"
    assert m.meeting_view(folder.database, later).summary.number_label == "ครั้งที่ 2/2564"
    old = m.move_meeting(folder.database, earlier, date(2021, 5, 1), USER)
    assert old == date(2020, 11, 16)
    assert m.meeting_view(folder.database, later).summary.number == 1
    assert m.meeting_view(folder.database, earlier).summary.number == 2
    m.move_meeting(folder.database, earlier, date(2021, 10, 5), USER)  # into FY2565
    assert m.meeting_view(folder.database, earlier).summary.number_label == "ครั้งที่ 1/2565"


def test_a_new_meeting_has_the_customary_agenda_and_the_members_of_its_date(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder, 6)
    first = _meeting(folder, committee_id, date(2020, 11, 16))
    second = _meeting(folder, committee_id, date(2021, 2, 15))
    view = m.meeting_view(folder.database, second)
    assert [item.section for item in view.agenda] == [1, 2, 5]
    assert view.previous_meeting is not None and view.previous_meeting.id == first
    assert "ครั้งที่ 1/2564" in view.items_of(AgendaSection.ADOPT_MINUTES)[0].title
    assert len(view.attendance) == 6 and all(a.status == AttendanceStatus.ABSENT for a in view.attendance)
    assert view.chair_name == "นายสมชาย0 ใจดี"
    assert view.minutes_taker_name == "นายสมชาย5 ใจดี"


def test_quorum_is_half_of_all_members_and_a_setting(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder, 10)
    meeting_id = _meeting(folder, committee_id, date(2020, 11, 16))
    _hold(folder, meeting_id, 4)
    quorum = m.meeting_view(folder.database, meeting_id).summary.quorum
    assert quorum is not None and not quorum.met and quorum.needed == 5
    row = m.meeting_view(folder.database, meeting_id).attendance[9]
    with pytest.raises(UserFacingError):  # a substitute needs a name
        m.set_attendance(folder.database, row.id, m.AttendanceMark(AttendanceStatus.REPRESENTED), USER)
    m.set_attendance(folder.database, row.id, m.AttendanceMark(AttendanceStatus.REPRESENTED, substitute_name="นางแทน ดี",
                                                               substitute_position="ปลัดอำเภอ"), USER)
    assert m.meeting_view(folder.database, meeting_id).summary.quorum.met
    m.set_quorum_fraction(folder.database, Fraction(2, 3), USER)
    assert not m.meeting_view(folder.database, meeting_id).summary.quorum.met


def test_reconvened_within_14_days_needs_a_third_if_the_invitation_said_so(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder, 9)
    first = _meeting(folder, committee_id, date(2021, 3, 1))
    _hold(folder, first, 3)
    second = _meeting(folder, committee_id, date(2021, 3, 12), adjourned_meeting_id=first,
                      invitation_states_third_rule=True)
    _hold(folder, second, 3)
    quorum = m.meeting_view(folder.database, second).summary.quorum
    assert quorum.reconvened_rule and quorum.met and quorum.needed == 3
    assert not m.meeting_view(folder.database, first).summary.quorum.met
    earlier = _meeting(folder, committee_id, date(2021, 2, 1))
    with pytest.raises(UserFacingError):  # a meeting without quorum adopts nothing
        m.adopt_minutes(folder.database, earlier, USER, adopted_in_meeting_id=first)
    m.adopt_minutes(folder.database, earlier, USER, adopted_in_meeting_id=second)


def test_a_follow_up_is_carried_into_later_agendas_until_closed(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    first = _meeting(folder, committee_id, date(2020, 11, 16))
    third = _meeting(folder, committee_id, date(2021, 5, 17))
    item = m.add_agenda_item(folder.database, first, AgendaSection.FOR_CONSIDERATION, "แผนดูแลผู้สูงอายุ", USER)
    resolution = m.add_resolution(folder.database, item, m.ResolutionInput(
        "เห็นชอบแผน", dissents=(m.DissentInput("นายค้าน ไม่เห็นด้วย", "ไม่เห็นชอบ", "งบประมาณไม่พอ"),),
        follow_ups=(m.FollowUpInput("สำรวจผู้สูงอายุติดเตียง", "สสอ.เมืองภูเก็ต", date(2021, 1, 31)),)), USER)
    second = _meeting(folder, committee_id, date(2021, 2, 15))
    for meeting_id in (second, third):
        carried = m.meeting_view(folder.database, meeting_id).items_of(AgendaSection.MATTERS_ARISING)
        assert [i.follow_up.description for i in carried] == ["สำรวจผู้สูงอายุติดเตียง"]
    view = m.meeting_view(folder.database, first)
    dissent = view.items_of(AgendaSection.FOR_CONSIDERATION)[0].resolutions[0].dissents[0]
    assert (dissent.opinion, dissent.reason) == ("ไม่เห็นชอบ", "งบประมาณไม่พอ")
    follow_up_id = view.items_of(AgendaSection.FOR_CONSIDERATION)[0].resolutions[0].follow_ups[0].id
    m.close_follow_up(folder.database, follow_up_id, date(2021, 3, 1), USER, "สำรวจครบ 120 ราย")
    assert m.meeting_view(folder.database, second).items_of(AgendaSection.MATTERS_ARISING)  # closed after it
    assert not m.meeting_view(folder.database, third).items_of(AgendaSection.MATTERS_ARISING)
    assert resolution > 0


def test_adoption_of_minutes_at_the_next_meeting(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    first = _meeting(folder, committee_id, date(2020, 11, 16))
    second = _meeting(folder, committee_id, date(2021, 2, 15))
    with pytest.raises(UserFacingError):
        m.adopt_minutes(folder.database, second, USER, adopted_in_meeting_id=first)
    m.adopt_minutes(folder.database, first, USER, adopted_in_meeting_id=second, amendments="แก้ไขชื่อหน้า 2")
    view = m.meeting_view(folder.database, first)
    assert view.summary.minutes_adopted and view.adopted_in.id == second
    assert view.minutes_adopted_on == date(2021, 2, 15) and view.adoption_amendments == "แก้ไขชื่อหน้า 2"
    assert m.meeting_view(folder.database, second).previous_minutes_adopted


def test_signed_minutes_are_stored_with_their_hash(folder: DataFolder, tmp_path: Path) -> None:
    committee_id = _committee_with_members(folder)
    meeting_id = _meeting(folder, committee_id, date(2020, 11, 16))
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed minutes")
    with pytest.raises(UserFacingError):  # not held yet
        m.attach_signed_minutes(folder.workspace, meeting_id, scan, USER)
    _hold(folder, meeting_id, 6)
    info = m.attach_signed_minutes(folder.workspace, meeting_id, scan, USER)
    assert m.signed_minutes_content(folder.workspace, meeting_id) == (info, b"%PDF-1.4 signed minutes")
    m.record_sent_to_province(folder.database, meeting_id, date(2020, 11, 30), USER)
    with pytest.raises(UserFacingError):
        m.delete_meeting(folder.database, meeting_id, USER)


def test_plan_the_year_and_see_the_four_a_year_status(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    first = _meeting(folder, committee_id, date(2020, 11, 20))
    created = m.plan_year(folder.database, committee_id, 2564, USER)
    assert len(created) == 3  # Q1 already has one
    _hold(folder, first, 8)
    overview = m.year_overview(folder.database, 2564, today=date(2021, 1, 5))
    assert overview.status.held_with_quorum == 1 and overview.status.planned == 3
    assert overview.status.verdict is YearVerdict.ON_TRACK
    assert [s.number for s in overview.meetings] == [1, 2, 3, 4]
    assert all(s.status is MeetingStatus.PLANNED for s in overview.meetings[1:])
    late = m.year_overview(folder.database, 2564, today=date(2021, 10, 1))
    assert late.status.verdict is YearVerdict.MISSED


def test_invitation_less_than_three_days_ahead_is_flagged(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    meeting_id = _meeting(folder, committee_id, date(2021, 2, 15), invitation_date=date(2021, 2, 13))
    assert m.meeting_view(folder.database, meeting_id).summary.invitation_late
    urgent = _meeting(folder, committee_id, date(2021, 2, 16), invitation_date=date(2021, 2, 15), urgent=True,
                      kind=MeetingKind.SPECIAL)
    assert not m.meeting_view(folder.database, urgent).summary.invitation_late


def test_bad_input_changes_nothing(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    with pytest.raises(UserFacingError):
        _meeting(folder, committee_id, date(2021, 2, 15), invitation_date=date(2021, 2, 20))
    with pytest.raises(UserFacingError):
        m.save_workshop(folder.database, m.WorkshopInput("", date(2021, 1, 5), date(2021, 1, 6)), USER)
    assert m.year_overview(folder.database, 2564).meetings == ()
    workshop = m.save_workshop(folder.database, m.WorkshopInput(
        "ประชุมเชิงปฏิบัติการ OKR", date(2021, 1, 5), date(2021, 1, 6), committee_members=30,
        tambon_committee_members=30, health_staff=15, other_participants=5), USER)
    assert m.workshops_of_year(folder.database, 2564)[0].participants == 80 and workshop


def test_deleting_a_meeting_takes_its_follow_ups_out_of_planned_agendas(folder: DataFolder) -> None:
    committee_id = _committee_with_members(folder)
    first = _meeting(folder, committee_id, date(2020, 11, 16))
    later = _meeting(folder, committee_id, date(2021, 2, 15))
    item = m.add_agenda_item(folder.database, first, AgendaSection.FOR_CONSIDERATION, "เรื่อง", USER)
    m.add_resolution(folder.database, item, m.ResolutionInput("มติ", follow_ups=(m.FollowUpInput("ติดตาม"),)), USER)
    assert m.meeting_view(folder.database, later).items_of(AgendaSection.MATTERS_ARISING)
    m.delete_meeting(folder.database, first, USER)
    view = m.meeting_view(folder.database, later)
    assert view.items_of(AgendaSection.MATTERS_ARISING) == ()
    assert view.summary.number == 1 and view.previous_meeting is None
    assert "ไม่มีการประชุมครั้งก่อน" in view.items_of(AgendaSection.ADOPT_MINUTES)[0].title
