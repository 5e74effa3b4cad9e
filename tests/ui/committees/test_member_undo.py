"""Undo and redo of the members tab's changes, through the shared undo stack (the toolbar's Undo / Ctrl+Z)."""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtGui import QGuiApplication

from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services import committees as committee_service
from pcha_desktop.ui.committees.common import DatePromptDialog
from pcha_desktop.ui.committees.import_dialog import ImportDialog
from pcha_desktop.ui.committees.member_dialog import MemberDialog

from .conftest import TODAY, click, names, select_member


def stored(state, committee_id) -> list:
    return committee_service.list_members(state.database, committee_id, include_ended=True)


def unnumbered(rows: list) -> list:
    return [replace(row, sort_order=0) for row in rows]


def add_wanna(qtbot, panel, drive, type_text) -> None:
    def fill(dialog: MemberDialog) -> None:
        dialog.title_combo.setEditText("นางสาว")
        type_text(dialog.editors["first_name"], "วรรณา")
        type_text(dialog.editors["last_name"], "ทะเลใส")
        type_text(dialog.editors["position"], "ประธานชมรมผู้สูงอายุ")
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, fill)
    click(qtbot, panel.add_button)
    drive.check()


def test_undo_and_redo_adding_a_member(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    before = stored(state, screen.committee_id)
    stack = state.undo_stack
    undo_action = stack.createUndoAction(screen, "เลิกทำ")
    redo_action = stack.createRedoAction(screen, "ทำซ้ำ")
    add_wanna(qtbot, panel, drive, type_text)
    assert "นางสาววรรณา ทะเลใส" in names(panel)
    assert stack.count() == 1 and stack.undoText() == "เพิ่มกรรมการ นางสาววรรณา ทะเลใส"
    assert len(stored(state, screen.committee_id)) == len(before) + 1

    undo_action.trigger()
    assert "นางสาววรรณา ทะเลใส" not in names(panel)
    assert stored(state, screen.committee_id) == before, "gone from the database too"
    assert "เลิกทำแล้ว: เพิ่มกรรมการ นางสาววรรณา ทะเลใส" in panel.message_label.text()
    assert all("วรรณา" not in name for _id, name, _position in committee_service.people(state.database)), \
        "the person added with the membership is gone too"

    redo_action.trigger()
    assert "นางสาววรรณา ทะเลใส" in names(panel)
    again = [m for m in stored(state, screen.committee_id) if m.first_name == "วรรณา"]
    assert len(again) == 1 and again[0].position == "ประธานชมรมผู้สูงอายุ" and again[0].start_date == TODAY
    assert panel.selected_member().full_name == "นางสาววรรณา ทะเลใส"
    assert "ทำซ้ำแล้ว" in panel.message_label.text()

    stack.undo()  # the re-added membership (a new id) is withdrawn as well
    assert stored(state, screen.committee_id) == before


def test_undoing_an_add_is_refused_once_an_issued_order_lists_the_member(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    stack = state.undo_stack
    add_wanna(qtbot, panel, drive, type_text)
    order_id = orders_service.draft_order(state.database, screen.committee_id, TODAY, state.user_name)
    orders_service.issue_order(state.database, order_id, state.user_name)
    state.notify("orders")
    count = len(stored(state, screen.committee_id))
    assert stack.index() == 1

    stack.undo()
    assert "คำสั่งแต่งตั้งที่" in panel.message_label.text() and "สิ้นสุดการเป็นกรรมการ" in panel.message_label.text()
    assert len(stored(state, screen.committee_id)) == count, "nothing was deleted"
    qtbot.waitUntil(lambda: stack.index() == 1)  # the command stays: still the one to undo
    assert stack.canUndo() and not stack.canRedo()
    assert "นางสาววรรณา ทะเลใส" in names(panel)
    stack.undo()  # refused again, the same way
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert len(stored(state, screen.committee_id)) == count


def test_undo_ending_a_membership(qtbot, state, screen, drive):
    panel = screen.members_panel
    secretary = select_member(panel, "สุรชัย")

    def answer(dialog: DatePromptDialog) -> None:
        dialog.date_edit.set_date(TODAY)
        click(qtbot, dialog.ok_button)

    drive(DatePromptDialog, answer)
    click(qtbot, panel.end_button)
    drive.check()
    assert secretary.full_name not in names(panel)
    state.undo_stack.undo()
    assert secretary.full_name in names(panel)
    row = next(m for m in stored(state, screen.committee_id) if m.membership_id == secretary.membership_id)
    assert row.end_date is None, "active again"
    assert panel.warnings_frame.isHidden()
    state.undo_stack.redo()
    assert secretary.full_name not in names(panel)
    row = next(m for m in stored(state, screen.committee_id) if m.membership_id == secretary.membership_id)
    assert row.end_date == TODAY


def test_undo_a_move(qtbot, state, screen):
    panel = screen.members_panel
    before = names(panel)
    order_before = committee_service.member_order(state.database, screen.committee_id)
    select_member(panel, before[2])
    click(qtbot, panel.down_button)
    click(qtbot, panel.down_button)
    moved = names(panel)
    assert moved[2:5] == [before[3], before[4], before[2]]
    assert state.undo_stack.count() == 2
    state.undo_stack.undo()
    assert names(panel)[2:5] == [before[3], before[2], before[4]]
    state.undo_stack.undo()
    assert names(panel) == before
    assert committee_service.member_order(state.database, screen.committee_id) == order_before, "exactly restored"
    assert panel.selected_member().full_name == before[2]
    state.undo_stack.redo()
    state.undo_stack.redo()
    assert names(panel) == moved


def test_a_move_at_the_edge_adds_nothing_to_undo(qtbot, state, screen):
    panel = screen.members_panel
    select_member(panel, names(panel)[0])  # the chair: alone in the role
    click(qtbot, panel.up_button)
    assert state.undo_stack.count() == 0


def test_undo_an_edit(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    member = select_member(panel, "สุรชัย")

    def change(dialog: MemberDialog) -> None:
        dialog.editors["position"].clear()
        type_text(dialog.editors["position"], "ตำแหน่งใหม่")
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, change)
    click(qtbot, panel.edit_button)
    drive.check()

    def position() -> str:
        return next(m for m in stored(state, screen.committee_id) if m.membership_id == member.membership_id).position

    assert position() == "ตำแหน่งใหม่"
    assert state.undo_stack.undoText() == f"แก้ไขข้อมูลกรรมการ {member.full_name}"
    state.undo_stack.undo()
    assert position() == member.position
    state.undo_stack.redo()
    assert position() == "ตำแหน่งใหม่"


def test_undo_a_replacement(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    before = stored(state, screen.committee_id)
    names_before = names(panel)
    predecessor = select_member(panel, "สุดารัตน์")

    def successor(dialog: MemberDialog) -> None:
        type_text(dialog.editors["first_name"], "ผู้แทน")
        type_text(dialog.editors["last_name"], "คนใหม่")
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, successor)
    click(qtbot, panel.replace_button)
    drive.check()
    assert len(stored(state, screen.committee_id)) == len(before) + 1
    assert state.undo_stack.undoText().startswith(f"เปลี่ยนตัวกรรมการ {predecessor.full_name} เป็น")
    panel.as_of_edit.set_date(TODAY)
    assert predecessor.full_name not in names(panel)

    state.undo_stack.undo()
    # the successor is gone and the predecessor is as before (the list's numbering may be closed up)
    assert unnumbered(stored(state, screen.committee_id)) == unnumbered(before)
    assert names(panel) == names_before
    assert panel.selected_member().membership_id == predecessor.membership_id

    state.undo_stack.redo()
    current = stored(state, screen.committee_id)
    assert len(current) == len(before) + 1
    ended = next(m for m in current if m.membership_id == predecessor.membership_id)
    assert ended.end_date is not None
    assert any(m.first_name == "ผู้แทน" and m.end_date is None for m in current)


PASTED = (
    "คำนำหน้า\tชื่อ\tนามสกุล\tตำแหน่ง\tหน่วยงาน\tภาคส่วน\tบทบาท\n"
    "นาง\tสมใจ\tรักดี\tผู้อำนวยการโรงเรียนบ้านกะทู้\tโรงเรียนบ้านกะทู้\tภาครัฐ\tกรรมการ\n"
    "นาย\tวิชัย\tมั่นคง\tผู้จัดการธนาคาร\tธนาคารออมสิน\tภาคเอกชน\tกรรมการ\n"
)


def test_an_import_is_undone_as_one_step(qtbot, state, screen, drive):
    panel = screen.members_panel
    before = stored(state, screen.committee_id)
    QGuiApplication.clipboard().setText(PASTED)
    drive(ImportDialog, lambda dialog: click(qtbot, dialog.import_all_button))
    click(qtbot, panel.paste_button)
    drive.check()
    assert len(stored(state, screen.committee_id)) == len(before) + 2
    assert state.undo_stack.count() == 1 and state.undo_stack.undoText() == "นำเข้ารายชื่อกรรมการ 2 คน"
    state.undo_stack.undo()
    assert stored(state, screen.committee_id) == before
    assert "นางสมใจ รักดี" not in names(panel)
    state.undo_stack.redo()
    assert {"นางสมใจ รักดี", "นายวิชัย มั่นคง"} <= set(names(panel))
    added = [m for m in stored(state, screen.committee_id) if m.first_name in ("สมใจ", "วิชัย")]
    assert [m.first_name for m in added] == ["สมใจ", "วิชัย"] and added[0].organisation == "โรงเรียนบ้านกะทู้"


def test_undo_works_when_the_screen_is_gone(qtbot, state, opened, drive, type_text):
    from pcha_desktop.ui.committees import CommitteeScreen

    screen = CommitteeScreen(state)
    screen.show()
    add_wanna(qtbot, screen.members_panel, drive, type_text)
    committee_id = screen.committee_id
    screen.close()
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    state.undo_stack.undo()
    assert all(m.first_name != "วรรณา" for m in stored(state, committee_id))
    state.undo_stack.redo()
    assert any(m.first_name == "วรรณา" for m in stored(state, committee_id))


def test_a_refused_redo_leaves_the_command_to_redo(qtbot, state, screen, drive, type_text):
    """A change made outside the undo stack meanwhile (a new chair) makes redoing an add impossible."""
    from pcha_desktop.storage.models import CommitteeRole, Sector

    panel = screen.members_panel
    stack = state.undo_stack
    chair = select_member(panel, names(panel)[0])

    def end_today(dialog: DatePromptDialog) -> None:
        dialog.date_edit.set_date(TODAY)
        click(qtbot, dialog.ok_button)

    drive(DatePromptDialog, end_today)
    click(qtbot, panel.end_button)
    drive.check()

    def new_chair(dialog: MemberDialog) -> None:
        type_text(dialog.editors["first_name"], "ประธานใหม่")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(CommitteeRole.CHAIR))
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, new_chair)
    click(qtbot, panel.add_button)
    drive.check()
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert chair.full_name in names(panel)
    committee_service.end_membership(state.database, chair.membership_id, TODAY, state.user_name)
    committee_service.add_member(state.database, screen.committee_id, committee_service.MemberInput(
        first_name="อีกคน", role=CommitteeRole.CHAIR, sector=Sector.STATE, start_date=TODAY), state.user_name)
    stack.redo()
    assert stack.index() == 1
    stack.redo()
    assert "ประธานกรรมการสองคนพร้อมกันไม่ได้" in panel.message_label.text()
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert stack.canRedo()
    assert not any(m.first_name == "ประธานใหม่" for m in stored(state, screen.committee_id))
