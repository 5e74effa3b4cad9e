"""Members of a committee through the screen: add, reorder, end, impossible states, bulk entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication

from pcha_desktop.services import committees as committee_service
from pcha_desktop.storage.models import CommitteeRole
from pcha_desktop.ui.committees.common import DatePromptDialog
from pcha_desktop.ui.committees.import_dialog import ImportDialog
from pcha_desktop.ui.committees.member_dialog import MemberDialog

from .conftest import TODAY, click, names, select_member


def test_add_a_member_through_the_dialog(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    seen = {}

    def fill(dialog: MemberDialog) -> None:
        seen["disabled_when_empty"] = not dialog.ok_button.isEnabled()
        seen["first_name_error"] = dialog.error_labels["first_name"].text()
        dialog.title_combo.setEditText("นางสาว")
        type_text(dialog.editors["first_name"], "วรรณา")
        type_text(dialog.editors["last_name"], "ทะเลใส")
        type_text(dialog.editors["position"], "ประธานชมรมผู้สูงอายุอำเภอเมืองภูเก็ต")
        type_text(dialog.editors["organisation"], "ชมรมผู้สูงอายุ")
        dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findText("ภาคประชาชน"))
        type_text(dialog.editors["email"], "wanna@")
        seen["disabled_bad_email"] = not dialog.ok_button.isEnabled()
        seen["email_error"] = dialog.error_labels["email"].text()
        type_text(dialog.editors["email"], "example.org")
        seen["enabled_when_fixed"] = dialog.ok_button.isEnabled()
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, fill)
    click(qtbot, panel.add_button)
    drive.check()
    assert seen == {
        "disabled_when_empty": True, "first_name_error": "กรุณากรอกชื่อ", "disabled_bad_email": True,
        "email_error": "อีเมล “wanna@” ไม่ถูกต้อง (ตัวอย่าง name@example.go.th)", "enabled_when_fixed": True,
    }
    assert "นางสาววรรณา ทะเลใส" in names(panel)
    assert panel.selected_member().full_name == "นางสาววรรณา ทะเลใส"
    stored = [m for m in committee_service.list_members(state.database, screen.committee_id)
              if m.first_name == "วรรณา"]
    assert len(stored) == 1 and stored[0].email == "wanna@example.org" and stored[0].start_date == TODAY
    assert "เพิ่ม นางสาววรรณา ทะเลใส แล้ว" in panel.message_label.text()


def test_reorder_members_within_their_role(qtbot, state, screen):
    panel = screen.members_panel
    before = names(panel)
    first, second = before[2], before[3]  # the first two plain members
    select_member(panel, first)
    click(qtbot, panel.down_button)
    after = names(panel)
    assert after[2:4] == [second, first]
    assert panel.selected_member().full_name == first, "the moved member stays selected"
    stored = [m.full_name for m in committee_service.list_members(state.database, screen.committee_id)]
    assert stored == after
    click(qtbot, panel.up_button)
    assert names(panel) == before


def test_end_membership_keeps_history_and_warns_about_the_missing_secretary(qtbot, state, screen, drive):
    panel = screen.members_panel
    assert panel.warnings_frame.isHidden()
    secretary = select_member(panel, "สุรชัย")

    def answer(dialog: DatePromptDialog) -> None:
        assert "ไม่มีการลบข้อมูล" in dialog.explanation_label.text()
        dialog.date_edit.set_date(TODAY)
        click(qtbot, dialog.ok_button)

    drive(DatePromptDialog, answer)
    click(qtbot, panel.end_button)
    drive.check()
    assert "นายสุรชัย แก้วมณี" not in names(panel)
    every = committee_service.list_members(state.database, screen.committee_id, include_ended=True)
    ended = next(m for m in every if m.membership_id == secretary.membership_id)
    assert ended.end_date == TODAY, "ended, not deleted"
    assert panel.warnings_frame.isVisible()
    text = panel.warnings_label.text()
    assert "ยังไม่มีกรรมการและเลขานุการ" in text and "อ้างอิง: ระเบียบ" in panel.citation_label.text()
    panel.as_of_edit.set_date(date(2025, 3, 2))
    assert "นายสุรชัย แก้วมณี" in names(panel), "the day before, he was still a member"
    assert panel.warnings_frame.isHidden()


def test_an_impossible_state_is_refused_with_a_message_and_nothing_changes(qtbot, state, screen, drive, type_text):
    panel = screen.members_panel
    before = committee_service.list_members(state.database, screen.committee_id, include_ended=True)

    def second_chair(dialog: MemberDialog) -> None:
        type_text(dialog.editors["first_name"], "สมมติ")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(CommitteeRole.CHAIR))
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, second_chair)
    click(qtbot, panel.add_button)
    drive.check()
    assert "ประธานกรรมการสองคนพร้อมกันไม่ได้" in panel.message_label.text()
    assert panel.message_label.isVisible()
    assert committee_service.list_members(state.database, screen.committee_id, include_ended=True) == before


PASTED = (
    "คำนำหน้า\tชื่อ\tนามสกุล\tตำแหน่ง\tหน่วยงาน\tภาคส่วน\tบทบาท\n"
    "นาง\tสมใจ\tรักดี\tผู้อำนวยการโรงเรียนบ้านกะทู้\tโรงเรียนบ้านกะทู้\tภาครัฐ\tกรรมการ\n"
    "นาย\tสมศักดิ์\tดีมาก\tประธานหอการค้าจังหวัด\tหอการค้าจังหวัดภูเก็ต\tเอกชนมาก\tกรรมการ\n"
    "นาย\tวิชัย\tมั่นคง\tผู้จัดการธนาคาร\tธนาคารออมสิน\tภาคเอกชน\tกรรมการ\n"
)


def test_pasted_rows_with_a_bad_row_list_the_problem_and_import_nothing(qtbot, state, screen, drive):
    panel = screen.members_panel
    count_before = len(committee_service.list_members(state.database, screen.committee_id))
    QGuiApplication.clipboard().setText(PASTED)
    seen = {}

    def look_and_cancel(dialog: ImportDialog) -> None:
        seen["problems"] = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
        seen["import_all"] = dialog.import_all_button.isEnabled()
        seen["import_good"] = dialog.import_good_button.text(), dialog.import_good_button.isEnabled()
        seen["preview_rows"] = dialog.model.rowCount()
        click(qtbot, dialog.cancel_button)

    drive(ImportDialog, look_and_cancel)
    click(qtbot, panel.paste_button)
    drive.check()
    assert seen["problems"] == [
        "แถวที่ 3 คอลัมน์ ภาคส่วน: ไม่รู้จักภาคส่วน “เอกชนมาก” ใช้ได้: ภาครัฐ, องค์กรปกครองส่วนท้องถิ่น, ภาคเอกชน, ภาคประชาชน"
    ]
    assert seen["import_all"] is False
    assert seen["import_good"] == ("นำเข้าเฉพาะแถวที่ถูกต้อง (2)", True)
    assert seen["preview_rows"] == 3
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before

    drive(ImportDialog, lambda dialog: click(qtbot, dialog.import_good_button))
    click(qtbot, panel.paste_button)
    drive.check()
    current = committee_service.list_members(state.database, screen.committee_id)
    assert len(current) == count_before + 2
    assert {"นางสมใจ รักดี", "นายวิชัย มั่นคง"} <= set(names(panel))
    assert "นำเข้ารายชื่อกรรมการ 2 คนแล้ว" in panel.message_label.text()


def test_a_clean_paste_imports_all_in_one_go(qtbot, state, screen, drive):
    panel = screen.members_panel
    count_before = len(committee_service.list_members(state.database, screen.committee_id))
    good_only = "\n".join(line for line in PASTED.splitlines() if "เอกชนมาก" not in line)
    QGuiApplication.clipboard().setText(good_only)

    def import_all(dialog: ImportDialog) -> None:
        assert not dialog.import_good_button.isVisible()
        click(qtbot, dialog.import_all_button)

    drive(ImportDialog, import_all)
    click(qtbot, panel.paste_button)
    drive.check()
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before + 2


def test_export_the_template_and_import_it(qtbot, state, screen, drive, monkeypatch, tmp_path, finish_operations):
    from openpyxl import load_workbook

    from pcha_desktop.ui.committees import common
    from pcha_desktop.ui.core import export_files

    panel = screen.members_panel
    target = tmp_path / "แบบฟอร์ม.xlsx"
    monkeypatch.setattr(export_files, "ask_save_path", lambda *args: target)
    click(qtbot, panel.template_button)
    finish_operations()
    assert target.exists() and str(target) in panel.message_label.text()
    workbook = load_workbook(target)
    sheet = workbook.worksheets[0]
    sheet.append(["นาย", "ทดสอบ", "นำเข้า", "ผู้แทนภาคประชาชน", "ชุมชน", "ภาคประชาชน", "กรรมการ", "1/3/2568"])
    workbook.save(target)
    monkeypatch.setattr(common, "choose_open_file", lambda *args: target)
    count_before = len(committee_service.list_members(state.database, screen.committee_id))
    def import_all(dialog: ImportDialog) -> None:
        finish_operations()  # the workbook is read in the background
        click(qtbot, dialog.import_all_button)

    drive(ImportDialog, import_all)
    click(qtbot, panel.import_button)
    drive.check()
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before + 1
    assert "นายทดสอบ นำเข้า" in names(panel)


def test_english_users_see_english_labels_and_be_dates(qtbot, state, opened):
    from pcha_desktop.ui.committees import CommitteeScreen

    state.language = "en"
    widget = CommitteeScreen(state)
    qtbot.addWidget(widget)
    panel = widget.members_panel
    first = [panel.proxy.index(0, column).data() for column in range(panel.proxy.columnCount())]
    assert first[4:] == ["State agency", "Chair", "1 Oct 2563 BE"]
    assert "15 Feb 2564 BE" in panel.order_label.text()
