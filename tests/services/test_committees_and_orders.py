"""Committee members, appointment orders (issue, revise, history, immutability), attachments."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import committees
from pcha_desktop.services.attachments import AttachmentDamaged, AttachmentRejected, blob_path
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import CommitteeMembership, CommitteeRole, Sector

U = "tester"
OCT_1 = date(2020, 10, 1)
FEB_15 = date(2021, 2, 15)


def person(first: str, role: CommitteeRole, sector: Sector = Sector.STATE, *, start: date = OCT_1,
           position: str = "", title: str = "นาย") -> committees.MemberInput:
    return committees.MemberInput(first_name=first, last_name="ทดสอบ", title=title, role=role, sector=sector,
                                  start_date=start, position=position)


@pytest.fixture
def committee_id(folder) -> int:  # type: ignore[no-untyped-def]
    database = folder.database
    committee = committees.district_committee(database, U)
    for member in (
        person("วรวุฒิ", CommitteeRole.CHAIR, position="นายอำเภอเมืองภูเก็ต"),
        person("ตำรวจ", CommitteeRole.MEMBER, position="ผู้กำกับการ"),
        person("นายก", CommitteeRole.MEMBER, Sector.LOCAL_GOVERNMENT),
        person("สุรชัย", CommitteeRole.MEMBER_AND_SECRETARY, position="สาธารณสุขอำเภอเมืองภูเก็ต"),
    ):
        committees.add_member(database, committee.id, member, U)
    return committee.id


def membership_count(database) -> int:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return session.scalar(select(func.count()).select_from(CommitteeMembership))


def test_district_committee_is_created_once(folder) -> None:  # type: ignore[no-untyped-def]
    first = committees.district_committee(folder.database, U)
    assert committees.district_committee(folder.database, U) == first
    assert first.name == "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"


def test_a_second_chair_is_refused_and_nothing_is_saved(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    before = membership_count(folder.database)
    with pytest.raises(UserFacingError, match="ประธานกรรมการสองคน"):
        committees.add_member(folder.database, committee_id, person("อีก", CommitteeRole.CHAIR), U)
    assert membership_count(folder.database) == before


def test_members_are_listed_in_document_order_and_can_be_reordered(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    names = [m.first_name for m in committees.list_members(database, committee_id)]
    assert names == ["วรวุฒิ", "ตำรวจ", "นายก", "สุรชัย"]
    mayor = committees.list_members(database, committee_id)[2]
    committees.move_member(database, mayor.membership_id, -1, U)
    assert [m.first_name for m in committees.list_members(database, committee_id)] == ["วรวุฒิ", "นายก", "ตำรวจ", "สุรชัย"]
    ids = [m.membership_id for m in committees.list_members(database, committee_id)]
    committees.set_member_order(database, committee_id, [ids[2], ids[1]], U)
    assert [m.first_name for m in committees.list_members(database, committee_id)] == ["วรวุฒิ", "ตำรวจ", "นายก", "สุรชัย"]


def test_ended_members_are_kept_and_listed_as_of_a_date(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    police = committees.list_members(database, committee_id)[1]
    committees.end_membership(database, police.membership_id, date(2021, 1, 1), U)
    assert police.membership_id in {m.membership_id for m in committees.members_on(database, committee_id, date(2020, 12, 31))}
    assert police.membership_id not in {m.membership_id for m in committees.members_on(database, committee_id, date(2021, 1, 1))}
    assert police.membership_id in {m.membership_id for m in committees.list_members(database, committee_id, include_ended=True)}
    with pytest.raises(UserFacingError):
        committees.end_membership(database, police.membership_id, date(2020, 1, 1), U)


def test_composition_warnings_of_the_service(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    warnings = committees.composition_warnings(folder.database, committee_id, date(2021, 1, 1))
    codes = {w.code.value for w in warnings}
    assert "chair_not_district_chief" in codes  # "นายวรวุฒิ ทดสอบ" is not the profile's chief
    assert "sector_missing" in codes


def issue_first_order(database, committee_id: int) -> int:  # type: ignore[no-untyped-def]
    order_id = orders.draft_order(database, committee_id, OCT_1, U, running_number=245)
    orders.issue_order(database, order_id, U)
    return order_id


def replace_police(database, committee_id: int) -> int:  # type: ignore[no-untyped-def]
    police = committees.list_members(database, committee_id)[1]
    return committees.replace_member(database, police.membership_id, person("ใหม่", CommitteeRole.MEMBER), FEB_15, U)


def test_draft_defaults(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    order_id = orders.draft_order(folder.database, committee_id, OCT_1, U)
    detail = orders.get_order(folder.database, order_id)
    assert detail.summary.number == "1/2563"
    assert detail.summary.subject == "แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"
    assert detail.summary.signer_name == "นายวรวุฒิ ทองประเสริฐ"
    assert detail.summary.signer_position == "นายอำเภอเมืองภูเก็ต"
    assert "พ.ศ. 2561" in detail.preamble and detail.duties and not detail.cancellation_text
    assert [m.role for m in detail.members][0] == CommitteeRole.CHAIR


def test_issuing_freezes_the_members_and_the_order(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    order_id = issue_first_order(database, committee_id)
    replace_police(database, committee_id)
    detail = orders.get_order(database, order_id)
    assert detail.summary.is_issued
    assert [m.full_name for m in detail.members] == ["นายวรวุฒิ ทดสอบ", "นายตำรวจ ทดสอบ", "นายนายก ทดสอบ", "นายสุรชัย ทดสอบ"]
    with pytest.raises(orders.OrderAlreadyIssued):
        orders.edit_draft(database, order_id, orders.OrderDraftChanges(subject="อื่น"), U)
    with pytest.raises(orders.OrderAlreadyIssued):
        orders.delete_draft(database, order_id, U)


def test_the_database_refuses_changes_to_an_issued_order(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    order_id = issue_first_order(folder.database, committee_id)
    connection = sqlite3.connect(folder.database.path)
    try:
        for statement in (
            f"UPDATE appointment_order SET subject = 'x' WHERE id = {order_id}",
            f"DELETE FROM appointment_order WHERE id = {order_id}",
            f"UPDATE appointment_order_member SET full_name = 'x' WHERE order_id = {order_id}",
            f"DELETE FROM appointment_order_member WHERE order_id = {order_id}",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="issued"):
                connection.execute(statement)
        connection.execute(f"UPDATE appointment_order SET sent_to_province_on = '2020-10-07' WHERE id = {order_id}")
        connection.rollback()
    finally:
        connection.close()


def test_revision_cancels_and_replaces_the_latest_issued_order(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    first = issue_first_order(database, committee_id)
    assert not orders.needs_new_order(database, committee_id, OCT_1)
    replace_police(database, committee_id)
    assert orders.needs_new_order(database, committee_id, FEB_15)
    revision = orders.prepare_revision(database, committee_id, FEB_15, U)
    assert orders.prepare_revision(database, committee_id, FEB_15, U) == revision  # one draft at a time
    detail = orders.get_order(database, revision)
    assert detail.summary.replaces_order_id == first
    assert detail.summary.number == "1/2564"  # a new BE year starts again at 1
    assert detail.cancellation_text.startswith(
        "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 245/2563 ลงวันที่ 1 ตุลาคม 2563 เรื่อง แต่งตั้งคณะกรรมการ"
    )
    orders.edit_draft(database, revision, orders.OrderDraftChanges(running_number=58), U)
    orders.issue_order(database, revision, U)
    assert orders.get_order(database, first).summary.replaced_by_order_id == revision
    assert [o.number for o in orders.orders_of(database, committee_id)] == ["58/2564", "245/2563"]
    assert orders.suggest_running_number(database, date(2021, 6, 1)) == 59
    assert orders.suggest_running_number(database, date(2020, 11, 1)) == 246


def test_who_was_on_the_committee_on_a_date_and_under_which_order(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    first = issue_first_order(database, committee_id)
    replace_police(database, committee_id)
    revision = orders.prepare_revision(database, committee_id, FEB_15, U, running_number=58)
    orders.issue_order(database, revision, U)
    assert orders.order_in_force_on(database, committee_id, date(2020, 9, 30)) is None
    before = orders.who_was_on(database, committee_id, date(2021, 2, 14))
    after = orders.who_was_on(database, committee_id, FEB_15)
    assert before.order is not None and before.order.id == first
    assert after.order is not None and after.order.id == revision
    assert "นายตำรวจ ทดสอบ" in [m.full_name for m in before.members]
    assert "นายใหม่ ทดสอบ" in [m.full_name for m in after.members]
    assert "นายใหม่ ทดสอบ" not in [m.full_name for m in after.members if m.role == CommitteeRole.CHAIR]
    assert [m.full_name for m in after.order_members][1] == "นายใหม่ ทดสอบ"  # same seat in the list


def test_a_used_number_and_an_outdated_draft_are_refused(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    issue_first_order(database, committee_id)
    other = committees.add_issue(database, 2564, "ขยะ", U)
    committees.add_member(database, other.subcommittee_id, person("ก", CommitteeRole.CHAIR), U)
    draft = orders.draft_order(database, other.subcommittee_id, date(2020, 12, 1), U, running_number=245)
    with pytest.raises(UserFacingError, match="245/2563"):
        orders.issue_order(database, draft, U)
    orders.edit_draft(database, draft, orders.OrderDraftChanges(running_number=300), U)
    orders.issue_order(database, draft, U)


def test_sent_date_and_signed_copy(folder, committee_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    order_id = issue_first_order(database, committee_id)
    orders.record_sent_to_province(database, order_id, date(2020, 10, 7), U)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned order\n%%EOF\n")
    info = orders.attach_signed_copy(folder.workspace, order_id, scan, U)
    summary = orders.get_order(database, order_id).summary
    assert summary.sent_to_province_on == date(2020, 10, 7) and summary.signed_copy == info
    assert info.media_type == "application/pdf" and info.original_name == "signed.pdf"
    assert orders.signed_copy_content(folder.workspace, order_id)[1] == scan.read_bytes()
    blob_path(folder.attachments_dir, info.sha256).write_bytes(b"%PDF-1.4 tampered")
    with pytest.raises(AttachmentDamaged):
        orders.signed_copy_content(folder.workspace, order_id)


def test_a_file_that_is_not_a_pdf_or_image_is_rejected(folder, committee_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    order_id = issue_first_order(folder.database, committee_id)
    fake = tmp_path / "order.pdf"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a scan")
    with pytest.raises(AttachmentRejected):
        orders.attach_signed_copy(folder.workspace, order_id, fake, U)
    assert orders.get_order(folder.database, order_id).summary.signed_copy is None


def test_too_big_a_file_is_rejected(folder, committee_id, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pcha_desktop.services import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 100)
    order_id = issue_first_order(folder.database, committee_id)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 200)
    with pytest.raises(AttachmentRejected, match="MB"):
        orders.attach_signed_copy(folder.workspace, order_id, big, U)


def test_order_document_for_the_pdf(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    order_id = issue_first_order(folder.database, committee_id)
    document = orders.order_document(folder.database, order_id, thai_digits=True)
    assert document.number == "245/2563" and document.issuing_office == "อำเภอเมืองภูเก็ต"
    assert document.signed_date_text == "1 ตุลาคม พ.ศ. 2563" and document.thai_digits
    labels = [m.role_label for group in document.groups for m in group.members]
    assert labels == ["ประธานกรรมการ", "กรรมการ", "กรรมการ", "กรรมการและเลขานุการ"]


def test_the_overview_of_a_committee_is_what_the_three_questions_answer(demo_folder) -> None:  # type: ignore[no-untyped-def]
    """The committees screen asks once (`committee_overview`) what it asked three times before."""
    database = demo_folder.database
    ids = [committees.find_district_committee(database).id]
    ids += [c.id for year in (2564, 2567, 2568) for c in committees.subcommittees(database, year)]
    days = (date(2020, 12, 1), date(2021, 2, 14), date(2021, 2, 15), date(2024, 10, 1), date(2025, 1, 10))
    checked = set()
    for committee_id in ids:
        for day in days:
            overview = orders.committee_overview(database, committee_id, day, days[-1])
            assert overview.on_date == orders.who_was_on(database, committee_id, day)
            assert overview.warnings == committees.composition_warnings(database, committee_id, day)
            assert overview.needs_new_order == orders.needs_new_order(database, committee_id, days[-1])
            if overview.needs_new_order:
                assert overview.latest_issued == orders.latest_issued_order(database, committee_id)
                assert overview.draft == orders.current_draft(database, committee_id)
            checked.add(overview.needs_new_order)
    assert checked == {True, False}, "committees needing a new order and not were compared"
