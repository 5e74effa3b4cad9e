"""Appointment orders through the screen: draft, edit, issue; replace a member and issue the revised order;
PDF; the copy sent to the province; the signed scan; who was on the committee on a date."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services.appointment_orders import OrderDraftChanges
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import ConfirmDialog, DatePromptDialog, TextPromptDialog
from pcha_desktop.ui.committees.member_dialog import MemberDialog
from pcha_desktop.ui.committees.order_dialog import OrderDialog

from .conftest import TODAY, click


def table_rows(panel) -> list[list[str]]:
    proxy = panel.proxy
    return [[proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())]


def select_order(panel, number: str) -> None:
    order = next(o for o in panel.model.orders if o.number == number)
    assert panel.select_order(order.id)


def issue_selected(qtbot, drive, panel) -> None:
    seen = {}

    def confirm(dialog: ConfirmDialog) -> None:
        seen["text"] = dialog.text_label.text()
        click(qtbot, dialog.yes_button)

    drive(ConfirmDialog, confirm)
    click(qtbot, panel.issue_button)
    drive.check()
    assert "คำสั่งที่ออกแล้วจะแก้ไขไม่ได้อีก" in seen["text"]


def test_draft_edit_and_issue_an_order_for_a_subcommittee(qtbot, state, screen, drive, type_text):
    state.select_fiscal_year(2564)
    assert [screen.committee_list.item(i).text() for i in range(screen.committee_list.count())][:2] == [
        "คณะกรรมการ พชอ.", "ประเด็น: การป้องกันและควบคุมโรค COVID-19"]
    screen.committee_list.setCurrentRow(1)
    assert screen.banner.isVisible() and "ยังไม่มีคำสั่งแต่งตั้ง" in screen.banner_label.text()
    panel = screen.orders_panel
    screen.tabs.setCurrentWidget(panel)
    assert panel.new_button.text() == "จัดทำร่างคำสั่งใหม่"
    click(qtbot, panel.new_button)
    assert panel.model.rowCount() == 1 and panel.selected_order().status.value == "draft"
    assert not panel.new_button.isEnabled(), "one draft at a time"

    seen = {}

    def edit(dialog: OrderDialog) -> None:
        dialog.number_edit.clear()
        seen["no_number"] = dialog.ok_button.isEnabled(), dialog.error_labels["running_number"].text()
        type_text(dialog.number_edit, "77")
        dialog.subject_edit.clear()
        seen["no_subject"] = dialog.ok_button.isEnabled()
        type_text(dialog.subject_edit, "แต่งตั้งคณะกรรมการขับเคลื่อนประเด็นโรคโควิด 19")
        dialog.date_edit.clear()
        type_text(dialog.date_edit, "31/2/2568")
        seen["bad_date"] = dialog.ok_button.isEnabled(), dialog.error_labels["order_date"].isVisible()
        dialog.number_edit.clear()
        type_text(dialog.number_edit, "58")
        dialog.date_edit.clear()
        type_text(dialog.date_edit, "1/3/2564")
        seen["taken"] = dialog.ok_button.isEnabled(), dialog.error_labels["running_number"].text()
        dialog.number_edit.clear()
        type_text(dialog.number_edit, "77")
        dialog.date_edit.clear()
        type_text(dialog.date_edit, "1/3/2568")
        seen["year"] = dialog.year_label.text()
        click(qtbot, dialog.ok_button)

    drive(OrderDialog, edit)
    click(qtbot, panel.edit_button)
    drive.check()
    assert seen["no_number"] == (False, "กรุณากรอกเลขที่คำสั่ง (ตัวเลข เช่น 245)")
    assert seen["no_subject"] is False
    assert seen["bad_date"] == (False, True)
    assert seen["taken"] == (False, "เลขที่ 58/2564 ใช้กับคำสั่งอื่นที่ออกแล้ว")
    assert seen["year"] == "/2568"
    draft = panel.selected_order()
    assert (draft.number, draft.order_date) == ("77/2568", date(2025, 3, 1))
    assert draft.subject == "แต่งตั้งคณะกรรมการขับเคลื่อนประเด็นโรคโควิด 19"

    issue_selected(qtbot, drive, panel)
    issued = panel.selected_order()
    assert issued.is_issued and issued.number == "77/2568"
    assert table_rows(panel)[0][:4] == ["ที่ 77/2568", "1 มี.ค. 2568", draft.subject, "ออกแล้ว (ใช้อยู่)"]
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert not panel.issue_button.isEnabled()
    with pytest.raises(UserFacingError):
        orders_service.edit_draft(state.database, issued.id, OrderDraftChanges(subject="x"), state.user_name)
    assert not screen.banner.isVisible()
    assert len(orders_service.get_order(state.database, issued.id).members) == 5


def test_replace_a_member_then_issue_the_revised_order(qtbot, state, screen, drive, type_text):
    members = screen.members_panel
    police = next(m for m in members.model.members if "ตำรวจ" in m.position)
    assert members.select_membership(police.membership_id)
    assert not screen.banner.isVisible(), "the demo's revised order is up to date"

    def successor(dialog: MemberDialog) -> None:
        assert dialog.editors["position"].text() == police.position, "the seat is kept"
        assert dialog.editors["first_name"].text() == ""
        dialog.title_combo.setEditText("พันตำรวจเอก")
        type_text(dialog.editors["first_name"], "ปิยะ")
        type_text(dialog.editors["last_name"], "รักษ์ถิ่น")
        dialog.start_edit.set_date(TODAY)
        click(qtbot, dialog.ok_button)

    drive(MemberDialog, successor)
    click(qtbot, members.replace_button)
    drive.check()
    assert "พันตำรวจเอกปิยะ รักษ์ถิ่น" in [m.full_name for m in members.model.members]
    assert screen.banner.isVisible()
    assert "ที่ 58/2564" in screen.banner_label.text()
    assert screen.banner_button.text() == "จัดทำคำสั่งฉบับใหม่ (แทนฉบับเดิม)"

    click(qtbot, screen.banner_button)
    orders = screen.orders_panel
    assert screen.tabs.currentWidget() is orders
    draft = orders.selected_order()
    assert draft is not None and not draft.is_issued
    detail = orders_service.get_order(state.database, draft.id)
    assert "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 58/2564" in detail.cancellation_text
    assert "ยกเลิก" in screen.banner_label.text() or "ร่างคำสั่งรออยู่" in screen.banner_label.text()

    seen = {}

    def check_cancellation(dialog: OrderDialog) -> None:
        seen["cancellation"] = dialog.cancellation_edit.toPlainText()
        seen["number"] = dialog.number_edit.text()
        click(qtbot, dialog.ok_button)

    drive(OrderDialog, check_cancellation)
    click(qtbot, orders.edit_button)
    drive.check()
    assert seen["cancellation"] == detail.cancellation_text
    number = f"{seen['number']}/2568"

    issue_selected(qtbot, drive, orders)
    assert not screen.banner.isVisible()
    rows = {row[0]: row for row in table_rows(orders)}
    assert rows["ที่ 58/2564"][3] == "ออกแล้ว (ถูกยกเลิกแล้ว)"
    assert rows["ที่ 58/2564"][4] == f"ที่ {number}"
    assert rows[f"ที่ {number}"][3] == "ออกแล้ว (ใช้อยู่)"

    # who was on the committee, and under which order
    screen.tabs.setCurrentWidget(members)
    members.as_of_edit.set_date(date(2025, 3, 2))
    names = [m.full_name for m in members.model.members]
    assert "พันตำรวจเอกศักดิ์ชัย ทองมา" in names and "พันตำรวจเอกปิยะ รักษ์ถิ่น" not in names
    assert "ตามคำสั่งที่ 58/2564" in members.order_label.text()
    members.as_of_edit.set_date(TODAY)
    names = [m.full_name for m in members.model.members]
    assert "พันตำรวจเอกปิยะ รักษ์ถิ่น" in names and "พันตำรวจเอกศักดิ์ชัย ทองมา" not in names
    assert f"ตามคำสั่งที่ {number}" in members.order_label.text()
    members.as_of_edit.set_date(date(2020, 12, 1))
    assert "ตามคำสั่งที่ 245/2563" in members.order_label.text()
    assert "พันตำรวจเอกอนุชา ปานทอง" in [m.full_name for m in members.model.members]


def test_open_pdf_writes_the_order_and_opens_it(qtbot, state, screen, opened, finish_operations):
    panel = screen.orders_panel
    screen.tabs.setCurrentWidget(panel)
    select_order(panel, "245/2563")
    click(qtbot, panel.pdf_button)
    finish_operations()
    path = panel.last_pdf
    assert path is not None and path.exists() and path.parent == state.data_folder.data_dir / "exports"
    assert path.name.startswith("คำสั่ง ที่ 245-2563")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "245/2563" in text
    assert opened and opened[-1].toLocalFile() == str(path)


def test_sent_to_province_and_the_signed_scan(qtbot, state, screen, drive, monkeypatch, tmp_path, opened,
                                              finish_operations):
    panel = screen.orders_panel
    screen.tabs.setCurrentWidget(panel)
    select_order(panel, "58/2564")
    assert not panel.open_signed_button.isEnabled()

    def sent(dialog: DatePromptDialog) -> None:
        dialog.date_edit.set_date(date(2021, 2, 20))
        click(qtbot, dialog.ok_button)

    drive(DatePromptDialog, sent)
    click(qtbot, panel.sent_button)
    drive.check()
    row = next(r for r in table_rows(panel) if r[0] == "ที่ 58/2564")
    assert row[5] == "20 ก.พ. 2564"

    bad = tmp_path / "not a scan.txt"
    bad.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(common, "choose_open_file", lambda *args: bad)
    click(qtbot, panel.attach_button)
    finish_operations()
    assert panel.message_label.isVisible() and panel.message_label.text()
    assert panel.selected_order().signed_copy is None

    scan = tmp_path / "signed.pdf"
    orders_service.render_order_pdf(state.workspace, panel.selected_order_id(), scan)
    monkeypatch.setattr(common, "choose_open_file", lambda *args: scan)
    click(qtbot, panel.attach_button)
    finish_operations()
    assert panel.selected_order().signed_copy is not None
    row = next(r for r in table_rows(panel) if r[0] == "ที่ 58/2564")
    assert row[6] == "✓"
    click(qtbot, panel.open_signed_button)
    opened_path = opened[-1].toLocalFile()
    assert opened_path.endswith(".pdf") and open(opened_path, "rb").read() == scan.read_bytes()


def test_delete_a_draft(qtbot, state, screen, drive):
    panel = screen.orders_panel
    screen.tabs.setCurrentWidget(panel)
    assert panel.new_button.text() == "จัดทำคำสั่งฉบับใหม่ (แทนฉบับเดิม)"
    click(qtbot, panel.new_button)
    assert panel.model.rowCount() == 3
    drive(ConfirmDialog, lambda dialog: click(qtbot, dialog.yes_button))
    click(qtbot, panel.delete_button)
    drive.check()
    assert panel.model.rowCount() == 2
    assert orders_service.current_draft(state.database, screen.committee_id) is None


def test_add_an_issue_with_its_subcommittee(qtbot, state, screen, drive, type_text):
    def name_it(dialog: TextPromptDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        type_text(dialog.text_edit, "ยาเสพติด")
        click(qtbot, dialog.ok_button)

    drive(TextPromptDialog, name_it)
    click(qtbot, screen.add_issue_button)
    drive.check()
    assert screen.committee_list.currentItem().text() == "ประเด็น: ยาเสพติด"
    assert screen.current_committee().name.endswith("ประเด็นยาเสพติด")
    assert screen.members_panel.model.rowCount() == 0
