"""The services behind the members tab's undo: withdrawing an add, reopening, undoing a replacement."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import committees
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import AuditEntry, CommitteeMembership, CommitteeRole, Person, Sector

U = "tester"
OCT_1 = date(2020, 10, 1)
FEB_15 = date(2021, 2, 15)


def person(first: str, role: CommitteeRole = CommitteeRole.MEMBER, *, start: date = OCT_1) -> committees.MemberInput:
    return committees.MemberInput(first_name=first, last_name="ทดสอบ", title="นาย", role=role, sector=Sector.STATE,
                                  start_date=start)


@pytest.fixture
def committee_id(folder) -> int:  # type: ignore[no-untyped-def]
    database = folder.database
    committee = committees.district_committee(database, U)
    for member in (person("วรวุฒิ", CommitteeRole.CHAIR), person("ตำรวจ"), person("นายก"),
                   person("สุรชัย", CommitteeRole.MEMBER_AND_SECRETARY)):
        committees.add_member(database, committee.id, member, U)
    return committee.id


def counts(database) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return (session.scalar(select(func.count()).select_from(CommitteeMembership)),
                session.scalar(select(func.count()).select_from(Person)))


def test_withdrawing_an_add_deletes_the_membership_and_its_new_person(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    before = counts(database)
    new_id = committees.add_member(database, committee_id, person("ใหม่"), U)
    assert counts(database) == (before[0] + 1, before[1] + 1)
    committees.withdraw_added_membership(database, new_id, U)
    assert counts(database) == before
    assert all(m.membership_id != new_id for m in committees.list_members(database, committee_id, include_ended=True))
    with database.reader() as session:
        deleted = {entry.table_name for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "delete"))}
    assert deleted >= {"committee_membership", "person"}


def test_withdrawing_keeps_a_person_who_sits_elsewhere(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    chair = committees.list_members(database, committee_id)[0]
    issue = committees.add_issue(database, 2564, "อุบัติเหตุทางถนน", U)
    new_id = committees.add_member(database, issue.subcommittee_id, person("วรวุฒิ", CommitteeRole.CHAIR), U,
                                   existing_person_id=chair.person_id)
    before = counts(database)
    committees.withdraw_added_membership(database, new_id, U)
    assert counts(database) == (before[0] - 1, before[1])
    assert committees.list_members(database, committee_id)[0].full_name == chair.full_name


def test_withdrawing_is_refused_when_an_issued_order_lists_the_membership(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    new_id = committees.add_member(database, committee_id, person("ใหม่"), U)
    order_id = orders.draft_order(database, committee_id, OCT_1, U, running_number=245)
    orders.issue_order(database, order_id, U)
    before = counts(database)
    with pytest.raises(UserFacingError) as refusal:
        committees.withdraw_added_membership(database, new_id, U)
    assert "245/2563" in refusal.value.message_th and "End membership" in refusal.value.message_en
    assert counts(database) == before
    with pytest.raises(UserFacingError):  # the whole import is refused, not a part of it
        committees.withdraw_added_memberships(database, [committees.add_member(database, committee_id, person("อีก"), U),
                                                         new_id], U)
    assert counts(database) == (before[0] + 1, before[1] + 1)


def test_a_draft_order_does_not_stop_the_withdrawal(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    new_id = committees.add_member(database, committee_id, person("ใหม่"), U)
    orders.draft_order(database, committee_id, OCT_1, U, running_number=245)
    committees.withdraw_added_membership(database, new_id, U)
    assert all(m.first_name != "ใหม่" for m in committees.list_members(database, committee_id, include_ended=True))


def test_add_members_and_withdraw_them_as_one_step(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    before = counts(database)
    ids = committees.add_members(database, committee_id, [person("หนึ่ง"), person("สอง")], U)
    assert len(ids) == 2 and counts(database) == (before[0] + 2, before[1] + 2)
    with pytest.raises(UserFacingError):  # a second chair: nothing added
        committees.add_members(database, committee_id, [person("สาม"), person("ประธาน", CommitteeRole.CHAIR)], U)
    assert counts(database) == (before[0] + 2, before[1] + 2)
    committees.withdraw_added_memberships(database, ids, U)
    assert counts(database) == before


def test_reopen_a_membership(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    police = committees.list_members(database, committee_id)[1]
    committees.end_membership(database, police.membership_id, FEB_15, U)
    assert police.membership_id not in [m.membership_id for m in committees.list_members(database, committee_id)]
    committees.reopen_membership(database, police.membership_id, U)
    assert police.membership_id in [m.membership_id for m in committees.list_members(database, committee_id)]
    committees.reopen_membership(database, police.membership_id, U, end_date=date(2030, 1, 1))
    row = next(m for m in committees.list_members(database, committee_id, include_ended=True) if m.membership_id == police.membership_id)
    assert row.end_date == date(2030, 1, 1)


def test_undo_a_replacement(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    order_before = [m.full_name for m in committees.list_members(database, committee_id)]
    police = committees.list_members(database, committee_id)[1]
    before = counts(database)
    new_id = committees.replace_member(database, police.membership_id, person("ใหม่"), FEB_15, U)
    committees.withdraw_replacement(database, new_id, police.membership_id, U)
    assert counts(database) == before
    assert [m.full_name for m in committees.list_members(database, committee_id)] == order_before


def test_member_order_round_trip(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    order = committees.member_order(database, committee_id)
    members = committees.list_members(database, committee_id)
    committees.move_member(database, members[2].membership_id, -1, U)
    assert committees.member_order(database, committee_id) != order
    committees.set_member_order(database, committee_id, order, U)
    assert committees.member_order(database, committee_id) == order
    row = members[1]
    assert committees.member_input_of(row).first_name == row.first_name
