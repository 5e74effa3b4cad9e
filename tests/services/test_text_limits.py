"""Every service that stores user text refuses what may not be stored, says why in Thai and English, and
changes nothing (no row, no audit entry): over-long text, control characters, bidirectional overrides,
values made only of combining marks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from pcha_desktop.services import appointment_orders, committees, district_profile, tambon_committees
from pcha_desktop.services.committees import MemberInput
from pcha_desktop.services.demo import DEMO_PROFILE
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import AuditEntry, CommitteeRole, Sector

U = "tester"
BAD_VALUES = {
    "10,000 characters": "ก" * 10_000,
    "NUL": "สม\x00ชาย",
    "escape": "สม\x1b[2Jชาย",
    "right-to-left override": "สมชาย\u202eยาดชม",
    "isolate": "\u2066สมชาย\u2069",
    "only tone marks": "\u0e48\u0e49\u0e4a",
}


def audit_count(database) -> int:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def member(first_name: str = "สมชาย", **fields: str) -> MemberInput:
    return MemberInput(first_name=first_name, role=CommitteeRole.MEMBER, sector=Sector.STATE,
                       start_date=date(2020, 10, 1), **fields)


@pytest.fixture
def setup(folder):  # type: ignore[no-untyped-def]
    database = folder.database
    committee_id = committees.district_committee(database, U).id
    membership_id = committees.add_member(database, committee_id, member(), U)
    tambon = tambon_committees.district_tambons(database)[0].code
    visit_id = tambon_committees.record_visit(database, tambon_committees.VisitInput(date(2024, 11, 1), tambon), U)
    order_id = appointment_orders.draft_order(database, committee_id, date(2024, 11, 1), U)
    return database, committee_id, membership_id, tambon, visit_id, order_id


def _actions(setup) -> dict[str, Callable[[str], object]]:  # type: ignore[no-untyped-def]
    database, committee_id, membership_id, tambon, visit_id, order_id = setup
    Visit, Changes = tambon_committees.VisitInput, appointment_orders.OrderDraftChanges
    return {
        "add member: first name": lambda v: committees.add_member(database, committee_id, member(v), U),
        "add member: position": lambda v: committees.add_member(database, committee_id, member(position=v), U),
        "edit member: last name": lambda v: committees.edit_member(database, membership_id, member(last_name=v), U),
        "add members: organisation": lambda v: committees.add_members(
            database, committee_id, [member("ก"), member("ข", organisation=v)], U),
        "rename committee": lambda v: committees.rename_committee(database, committee_id, v, U),
        "add issue": lambda v: committees.add_issue(database, 2568, v, U),
        "profile field": lambda v: district_profile.update_profile_field(database, "district_chief_name", v, U),
        "profile": lambda v: district_profile.save_profile(
            database, district_profile.DistrictProfileData(**{**DEMO_PROFILE.__dict__, "secretary_name": v}), U),
        "user name": lambda v: district_profile.save_profile(database, DEMO_PROFILE, v),
        "tambon chair": lambda v: tambon_committees.save_tambon_rows(
            database, 2568, [tambon_committees.TambonCommitteeEntry(tambon, chair_name=v)], U),
        "visit findings": lambda v: tambon_committees.edit_visit(database, visit_id, Visit(date(2024, 11, 1), tambon,
                                                                                           findings=v * 2), U),
        "visit team": lambda v: tambon_committees.record_visit(database, Visit(date(2024, 11, 2), tambon,
                                                                               team_members=v), U),
        "order subject": lambda v: appointment_orders.edit_draft(database, order_id, Changes(subject=v), U),
        "order preamble": lambda v: appointment_orders.edit_draft(database, order_id, Changes(preamble=v * 2), U),
        "order duty": lambda v: appointment_orders.edit_draft(database, order_id, Changes(duties=("ข้อแรก", v)), U),
        "order signer": lambda v: appointment_orders.edit_draft(database, order_id, Changes(signer_name=v), U),
    }


ACTIONS = [
    "add member: first name", "add member: position", "edit member: last name", "add members: organisation",
    "rename committee", "add issue", "profile field", "profile", "user name", "tambon chair", "visit findings",
    "visit team", "order subject", "order preamble", "order duty", "order signer",
]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("bad", list(BAD_VALUES))
def test_text_that_may_not_be_stored_is_refused_and_nothing_changes(setup, action: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    database = setup[0]
    before = audit_count(database)
    with pytest.raises(UserFacingError) as refused:
        _actions(setup)[action](BAD_VALUES[bad])
    assert refused.value.message_th and refused.value.message_en
    assert len(refused.value.message_th) < 600 and "กกกกกกกกกก" not in refused.value.message_th
    assert audit_count(database) == before


def test_multi_line_text_keeps_its_lines_and_single_line_text_its_words(setup) -> None:  # type: ignore[no-untyped-def]
    database, committee_id, membership_id, tambon, visit_id, order_id = setup
    tambon_committees.edit_visit(database, visit_id, tambon_committees.VisitInput(
        date(2024, 11, 1), tambon, findings="ข้อ 1\r\nข้อ 2  \n", team_members="นายก\tนางข"), U)
    visit = next(v for v in tambon_committees.visits(database) if v.id == visit_id)
    assert (visit.findings, visit.team_members) == ("ข้อ 1\nข้อ 2", "นายก นางข")
    committees.rename_committee(database, committee_id, "  คณะ\nกรรมการ\u200b ", U)
    assert committees.get_committee(database, committee_id).name == "คณะ กรรมการ"


def test_a_member_dialog_error_names_the_field(setup) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError) as refused:
        committees.validate_member_input(member(email="a\u202e@b.co"))
    assert refused.value.field == "email"
