"""The slow actions of the committee screens run in the background: a 400-member import keeps the window
responsive, with progress, and lands as one undoable step."""

from __future__ import annotations

from openpyxl import load_workbook

from pcha_desktop.services import committees as committee_service
from pcha_desktop.services import member_import
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.import_dialog import ImportDialog
from pcha_desktop.ui.core import operations

from .conftest import click

FIRST = ["สมชาย", "สมศรี", "วิไล", "ประยูร", "อำนาจ", "สุดา", "กมล", "จันทร์", "ทองดี", "บุญมี",
         "มาลี", "ศักดิ์", "อรุณ", "พิมพ์", "เกษม", "ชูชาติ", "ดวงใจ", "ณรงค์", "ปรีชา", "ยุพิน"]
LAST = ["ใจดี", "รักษ์ไทย", "ทองคำ", "แสงทอง", "บุญมา", "ศรีสุข", "มั่นคง", "พูลผล", "วงศ์ใหญ่", "สายบุญ",
        "คงเจริญ", "ชัยมงคล", "ดีงาม", "เพชรรัตน์", "นาคสวัสดิ์", "ปานทอง", "รุ่งเรือง", "สุขใจ", "อินทร์แก้ว", "ฤทธิ์เดช"]


def workbook_of_400(path) -> None:
    member_import.export_member_template(path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for first in FIRST:
        for last in LAST:
            sheet.append(["นาย", first, last, "ผู้แทนภาคประชาชน", "ชุมชน", "ภาคประชาชน", "กรรมการ", "1/3/2568"])
    workbook.save(path)


def test_importing_400_members_keeps_the_window_responsive(qtbot, state, screen, drive, monkeypatch, tmp_path,
                                                          finish_operations, ticks):
    panel = screen.members_panel
    path = tmp_path / "รายชื่อ 400 คน.xlsx"
    workbook_of_400(path)
    monkeypatch.setattr(common, "choose_open_file", lambda *args: path)
    count_before = len(committee_service.list_members(state.database, screen.committee_id))
    seen: dict = {}

    def read_then_import(dialog: ImportDialog) -> None:
        reading = dialog.reading
        seen["reading"] = operations.running()  # the workbook is read in the background
        reading_ticks = ticks()
        finish_operations()
        seen["reading_gap"] = reading_ticks.stop().longest_gap(until=reading.delivered_at)
        seen["ready"] = dialog.summary_label.text()
        click(qtbot, dialog.import_all_button)
        seen["importing"] = operations.running()
        importing_ticks = ticks()
        importing = next(iter(operations._running))
        qtbot.waitUntil(lambda: importing.finished or (importing.dialog is not None and importing.dialog.isVisible()),
                        timeout=20000)
        seen["progress_shown"] = importing.finished or importing.dialog.isVisible()
        finish_operations(timeout=240000)  # (before the import checked the committee once: 89 s for 400 rows)
        seen["importing_seconds"] = importing.delivered_at - importing.started_at
        seen["importing_gap"] = importing_ticks.stop().longest_gap(until=importing.delivered_at)

    drive(ImportDialog, read_then_import)
    click(qtbot, panel.import_button)
    drive.check()
    print(f"400-member import: longest freeze while reading {seen['reading_gap']:.3f} s; import took "
          f"{seen['importing_seconds']:.1f} s, longest freeze meanwhile {seen['importing_gap']:.3f} s")
    assert seen["reading"] == 1 and seen["importing"] == 1, "both ran off the GUI thread"
    assert "400" in seen["ready"] and "0" in seen["ready"]
    assert seen["progress_shown"]
    assert seen["reading_gap"] < 1.0 and seen["importing_gap"] < 1.0, "the window never froze while working"
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before + 400
    assert "นำเข้ารายชื่อกรรมการ 400 คนแล้ว" in panel.message_label.text()
    assert state.undo_stack.count() == 1, "one undoable step"
    state.undo_stack.undo()
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before
