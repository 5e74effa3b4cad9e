"""The meetings section from the keyboard and the dialogs: a new meeting, attendance ticked with Space, minutes
typed and saved as they go, a resolution with a follow-up that the next meeting's agenda 3 carries, the
minutes adopted there; undo of a tick; planning the year; the home card; workshops."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from pcha_desktop.domain.meetings import AgendaSection, AttendanceStatus
from pcha_desktop.services import meetings as meeting_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.meetings.dialogs import AgendaItemDialog, NewMeetingDialog, PlanYearDialog, ResolutionDialog, WorkshopDialog
from pcha_desktop.ui.meetings.meetings_screen import MeetingsScreen
from pcha_desktop.ui.meetings.year_status import YearStatusCard

TODAY = date(2025, 3, 3)  # FY2568: the demo has no meetings in it


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2568)
    yield app_state
    folder.close()


@pytest.fixture
def screen(qtbot, state):
    widget = MeetingsScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_modal(kind, fill) -> None:  # noqa: ANN001
    """When the modal dialog of type ``kind`` opens, ``fill(dialog)`` and press OK."""
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, check)
            return
        fill(dialog)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, check)


def new_meeting_on(screen: MeetingsScreen, day: str) -> None:
    fill_modal(NewMeetingDialog, lambda dialog: (dialog.date_field.setText(day), dialog.place_edit.setText("ห้องประชุมอำเภอ")))
    screen.new_button.click()


def tree_titles(editor) -> dict[int, list[str]]:  # noqa: ANN001
    tree = editor.agenda_tree
    return {i + 1: [tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_a_meeting_from_attendance_to_adopted_minutes(qtbot, screen, state):
    new_meeting_on(screen, "15/1/2568")
    editor = screen.editor
    assert screen.stack.currentWidget() is editor
    first_id = editor.meeting_id
    assert "ครั้งที่ 1/2568" in editor.heading.text()

    # attendance: Space ticks the chosen member present, one row after the other
    editor.tabs.setCurrentIndex(1)
    table = editor.attendance_table
    members = table.rowCount()
    assert members == 13
    table.setFocus()
    for row in range(7):
        table.setCurrentCell(row, 1)
        QTest.keyClick(table, Qt.Key.Key_Space)
    summary = meeting_service.meeting_view(state.database, first_id).summary
    assert summary.counts.present == 7 and summary.quorum.met
    assert editor.quorum_label.text() == "ครบองค์ประชุม 7/7"
    table.setCurrentCell(6, 1)
    QTest.keyClick(table, Qt.Key.Key_Space)  # untick the seventh: no quorum
    assert editor.quorum_label.text() == "ไม่ครบองค์ประชุม 6/7"
    assert "ไม่ครบองค์ประชุม" in editor.warning_label.text() or editor.warning_label.isVisibleTo(editor)
    state.undo_stack.undo()  # undo the untick
    assert meeting_service.meeting_view(state.database, first_id).summary.counts.present == 7

    # minutes, typed and saved as they go
    editor.tabs.setCurrentIndex(2)
    editor.choose_item(editor.view.items_of(AgendaSection.OTHER)[0].id)
    editor.agenda_tree.setCurrentItem(editor.agenda_tree.topLevelItem(3))  # the heading of agenda 4
    fill_modal(AgendaItemDialog, lambda dialog: (dialog.title_edit.setText("แผนงานดูแลผู้สูงอายุ"),
                                                 dialog.details_edit.setPlainText("เสนอแผนงานปี 2568")))
    editor.findChild(QPushButton, "addAgendaItemButton").click()
    item = editor.current_item()
    assert (item.section, item.title, item.details) == (AgendaSection.FOR_CONSIDERATION, "แผนงานดูแลผู้สูงอายุ",
                                                        "เสนอแผนงานปี 2568")
    assert editor.context_label.text() == "เสนอแผนงานปี 2568"
    editor.minutes_edit.setFocus()
    for word in ("ที่ประชุม", "พิจารณา", "แผนงาน"):  # typed in pieces (QTest types ASCII only)
        editor.minutes_edit.insertPlainText(word)
    assert editor.saved_label.text() == "กำลังบันทึก…"
    qtbot.waitUntil(lambda: editor.saved_label.text() == "บันทึกแล้ว", timeout=3000)
    stored = meeting_service.meeting_view(state.database, first_id).items_of(AgendaSection.FOR_CONSIDERATION)[0]
    assert stored.minutes == "ที่ประชุมพิจารณาแผนงาน"

    # a resolution with a follow-up, through its dialog
    def resolution(dialog: ResolutionDialog) -> None:
        dialog.text_edit.setPlainText("เห็นชอบแผนงาน")
        dialog.dissent_name.setText("นายค้าน เห็นต่าง")
        dialog.dissent_opinion.setText("ไม่เห็นชอบ")
        dialog.dissent_reason.setText("งบประมาณไม่พอ")
        dialog.follow_up_edit.setText("สำรวจผู้สูงอายุติดเตียง")
        dialog.follow_up_owner.setText("สสอ.")
        dialog.follow_up_due.setText("28/2/2568")

    fill_modal(ResolutionDialog, resolution)
    editor.add_resolution()
    texts = [editor.resolution_tree.topLevelItem(0).child(i).text(0) for i in range(2)]
    assert "งบประมาณไม่พอ" in texts[0] and "สำรวจผู้สูงอายุติดเตียง" in texts[1]

    # the next meeting: agenda 2 names this one, agenda 3 carries the follow-up
    editor.back_button.click()
    assert screen.stack.currentIndex() == 0
    new_meeting_on(screen, "20/2/2568")
    second = screen.editor
    assert second.meeting_id != first_id and "ครั้งที่ 2/2568" in second.heading.text()
    titles = tree_titles(second)
    assert any("ครั้งที่ 1/2568" in title for title in titles[2])
    assert any("สำรวจผู้สูงอายุติดเตียง" in title for title in titles[3])

    # adopt the first meeting's minutes at agenda 2, with an amendment
    second.tabs.setCurrentIndex(2)
    second.choose_item(second.view.items_of(AgendaSection.ADOPT_MINUTES)[0].id)
    assert second.adopt_button.isVisibleTo(second)
    second.amendments_edit.setText("แก้ไขชื่อผู้เข้าประชุม")
    second.adopt_button.click()
    adopted = meeting_service.meeting_view(state.database, first_id)
    assert adopted.summary.minutes_adopted and adopted.adopted_in.id == second.meeting_id
    assert adopted.adoption_amendments == "แก้ไขชื่อผู้เข้าประชุม"
    assert second.document_row is not None  # where the documents' buttons go

    # close the carried follow-up from agenda 3: the third meeting no longer carries it
    carried = next(item for item in second.view.items_of(AgendaSection.MATTERS_ARISING)
                   if item.follow_up.description == "สำรวจผู้สูงอายุติดเตียง")
    assert second.close_follow_up_on(carried.follow_up.id, date(2025, 2, 20))
    second.back_button.click()
    new_meeting_on(screen, "20/3/2568")
    third = tree_titles(screen.editor)[3]
    assert not any("สำรวจผู้สูงอายุติดเตียง" in title for title in third)
    assert any("ครั้งที่ 4/2564" in title for title in third)  # the demo's follow-up still open


def test_reason_and_substitute_are_asked_and_shown(qtbot, screen, state):
    from pcha_desktop.ui.committees.common import TextPromptDialog
    from pcha_desktop.ui.meetings.dialogs import PersonDialog

    new_meeting_on(screen, "15/1/2568")
    editor = screen.editor
    editor.tabs.setCurrentIndex(1)
    table = editor.attendance_table
    table.setFocus()
    table.setCurrentCell(0, 1)
    fill_modal(TextPromptDialog, lambda dialog: dialog.text_edit.setText("ติดราชการ"))
    QTest.keyClick(table, Qt.Key.Key_L)
    table.setCurrentCell(1, 1)
    fill_modal(PersonDialog, lambda dialog: (dialog.name_edit.setText("นายแทน ดีมาก"), dialog.position_edit.setText("ปลัดอำเภอ")))
    QTest.keyClick(table, Qt.Key.Key_R)
    rows = meeting_service.meeting_view(state.database, editor.meeting_id).attendance
    assert (rows[0].status, rows[0].absence_reason) == (AttendanceStatus.ABSENT_WITH_NOTICE, "ติดราชการ")
    assert rows[1].status == AttendanceStatus.REPRESENTED and rows[1].substitute_name == "นายแทน ดีมาก"
    assert table.item(1, 5).text() == "นายแทน ดีมาก ปลัดอำเภอ แทน"
    screen.editor.findChild(QPushButton, "everyonePresentButton").click()
    counts = meeting_service.meeting_view(state.database, editor.meeting_id).summary.counts
    assert (counts.present, counts.represented, counts.absent_with_notice, counts.absent) == (11, 1, 1, 0)
    state.undo_stack.undo()
    assert meeting_service.meeting_view(state.database, editor.meeting_id).summary.counts.present == 0


def test_plan_the_year_then_move_a_meeting_and_the_card_follows(qtbot, screen, state):
    card = YearStatusCard(state)
    qtbot.addWidget(card)
    assert "0 of 4" in card.view.summary_label.text() or "0 จาก" in card.view.summary_label.text()
    fill_modal(PlanYearDialog, lambda dialog: dialog.place_edit.setText("ห้องประชุมอำเภอ"))
    screen.plan_button.click()
    qtbot.waitUntil(lambda: screen.table.rowCount() >= 3, timeout=5000)
    overview = meeting_service.year_overview(state.database, 2568, TODAY)
    assert len(overview.meetings) == 4  # one a quarter, Q1 and Q2 in the past (not held)
    assert overview.status.planned == 2
    assert "ต้องประชุมอีก 4 ครั้ง" in card.view.summary_label.text()
    last = overview.meetings[-1]
    screen.select_meeting(last.id)
    assert screen.move_meeting(last.id, date(2025, 9, 1))
    assert meeting_service.meeting_view(state.database, last.id).summary.meeting_date == date(2025, 9, 1)
    state.undo_stack.undo()
    assert meeting_service.meeting_view(state.database, last.id).summary.meeting_date == last.meeting_date


def test_workshops_are_added_and_deleted_with_undo(qtbot, screen, state):
    screen.tabs.setCurrentIndex(1)

    def fill(dialog: WorkshopDialog) -> None:
        dialog.title_edit.setText("อบรม OKRs")
        dialog.start_edit.setText("10/1/2568")
        dialog.end_edit.setText("11/1/2568")
        for spin, value in zip(dialog.counts, (30, 28, 17, 5)):
            spin.setValue(value)

    fill_modal(WorkshopDialog, fill)
    screen.add_workshop_button.click()
    assert screen.workshop_table.rowCount() == 1 and screen.workshop_table.item(0, 3).text() == "80"
    screen.workshop_table.selectRow(0)
    screen.delete_workshop()
    assert screen.workshop_table.rowCount() == 0
    state.undo_stack.undo()
    assert screen.workshop_table.rowCount() == 1
