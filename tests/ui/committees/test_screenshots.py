"""Screenshots of the committee screens with Thai data (looked at by eye; saved under /tmp/ui_shots)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pcha_desktop.ui.committees.import_dialog import ImportDialog
from pcha_desktop.ui.committees.member_dialog import MemberDialog


def test_members_and_orders_tabs(qtbot, screen, shot):
    panel = screen.members_panel
    assert screen.committee_list.item(0).text() == "คณะกรรมการ พชอ."
    assert panel.model.rowCount() == 13
    assert panel.table.isVisible()
    shot(screen, "members_tab")
    screen.tabs.setCurrentWidget(screen.orders_panel)
    assert screen.orders_panel.model.rowCount() == 2
    shot(screen, "orders_tab")


def test_member_dialog_and_import_dialog(qtbot, state, screen, shot, type_text):
    member = screen.members_panel.model.members[2]
    dialog = MemberDialog(screen, state, member)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["email"].clear()
    type_text(dialog.editors["email"], "ธนากร@")
    type_text(dialog.editors["email"], " x")
    assert not dialog.ok_button.isEnabled()
    shot(dialog, "member_dialog")
    committee_id = screen.committee_id
    text = ("คำนำหน้า\tชื่อ\tนามสกุล\tตำแหน่ง\tหน่วยงาน\tภาคส่วน\tบทบาท\n"
            "นาง\tสมใจ\tรักดี\tผู้อำนวยการโรงเรียนบ้านกะทู้\tโรงเรียนบ้านกะทู้\tภาครัฐ\tกรรมการ\n"
            "นาย\tสมศักดิ์\tดีมาก\tประธานหอการค้าจังหวัด\tหอการค้าจังหวัดภูเก็ต\tเอกชนมาก\tกรรมการ\n")
    importer = ImportDialog(screen, state, committee_id, text=text)
    qtbot.addWidget(importer)
    importer.show()
    shot(importer, "import_dialog")


def test_warnings_banner_and_order_dialog(qtbot, state, screen, shot):
    from datetime import date

    from pcha_desktop.services import committees as committee_service
    from pcha_desktop.ui.committees.order_dialog import OrderDialog

    panel = screen.members_panel
    secretary = next(m for m in panel.model.members if "สุรชัย" in m.full_name)
    committee_service.end_membership(state.database, secretary.membership_id, date(2025, 3, 1), state.user_name)
    state.notify("members")
    assert panel.warnings_frame.isVisible() and screen.banner.isVisible()
    shot(screen, "members_tab_warnings_banner")
    qtbot.mouseClick(screen.banner_button, Qt.MouseButton.LeftButton)
    shot(screen, "orders_tab_draft")
    dialog = OrderDialog(screen, state, screen.orders_panel.selected_order_id())
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "order_dialog")
