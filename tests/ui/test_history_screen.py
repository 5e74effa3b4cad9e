"""The change history screen: opens on the newest page and reads more as the user scrolls, one line per
change (a draft order's long texts included), the whole change below on selection, a filter over what the
user sees that searches the whole trail, Thai and English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import audit_log, committees
from pcha_desktop.services.appointment_orders import OrderDraftChanges
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState

TODAY = date(2026, 11, 30)
USER = "สมศรี ใจดี"
DUTIES = tuple(f"หน้าที่ข้อ {n} กำกับ ติดตาม และประเมินผลการพัฒนาคุณภาพชีวิตของประชาชนในอำเภอ" for n in range(1, 31))


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    for number in range(160):  # enough history for several pages
        committees.set_member_limit(folder.database, 30 + number % 2, USER)
    app_state = AppState(folder, today=TODAY)
    app_state.user_name = USER
    yield app_state
    folder.close()


def _draft_made_and_deleted(state: AppState) -> None:
    committee = committees.find_district_committee(state.database)
    order_id = orders.prepare_revision(state.database, committee.id, TODAY, USER)
    orders.edit_draft(state.database, order_id, OrderDraftChanges(duties=DUTIES), USER)
    orders.delete_draft(state.database, order_id, USER)


def _open(qtbot, state):
    from pcha_desktop.ui.history_screen import HistoryScreen

    screen = HistoryScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1280 - 250, 720 - 60)  # the main window's room beside the sidebar, under the toolbar
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _whats(screen) -> list[str]:
    return [screen.model.change(row).what for row in range(screen.model.rowCount())]


def test_opens_on_the_newest_page_and_reads_more_as_the_user_scrolls(qtbot, state):
    total = audit_log.count_changes(state.database)
    screen = _open(qtbot, state)
    first = screen.model.rowCount()
    assert 0 < first < total, "not the whole trail at once"
    newest = audit_log.read_entries(state.database, limit=1)[0]
    assert screen.model.change(0).entry_id == newest.entry_id
    assert f"{total:,}" in screen.status_label.text()
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() > first)
    screen.model.fetch_all()
    assert screen.model.rowCount() == total
    ids = [screen.model.change(row).entry_id for row in range(total)]
    assert ids == sorted(set(ids), reverse=True)


def test_rows_stay_one_line_after_a_draft_order_is_made_and_deleted(qtbot, state):
    _draft_made_and_deleted(state)
    screen = _open(qtbot, state)
    removed = screen.model.change(0)
    assert removed.action == "delete" and removed.what.startswith("คำสั่งแต่งตั้ง: ร่าง")
    line = screen.table.fontMetrics().lineSpacing()
    heights = {screen.table.rowHeight(row) for row in range(screen.model.rowCount())}
    assert len(heights) == 1 and heights.pop() < 2 * line, "every row one line high"
    assert screen.table.rowViewportPosition(0) == 0 and screen.table.rowAt(line) == 0, "the newest row shows"
    visible_rows = screen.table.viewport().height() // screen.table.rowHeight(0)
    assert visible_rows >= 8, "the screen is not blank below one giant row"
    shown = screen.model.data(screen.model.index(0, 4))
    assert "\n" not in shown and DUTIES[-1] not in shown and "…" in shown


def test_the_selected_change_is_shown_whole(qtbot, state):
    _draft_made_and_deleted(state)
    screen = _open(qtbot, state)
    assert "เลือก" in screen.details_label.text()  # a hint until a change is chosen
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.table.visualRect(screen.model.index(1, 3)).center())
    details = screen.details_label.text()
    assert screen.selected_change().action == "update"
    assert "อำนาจหน้าที่:" in details and DUTIES[-1] in details and DUTIES[0] in details
    assert screen.model.data(screen.model.index(1, 4), Qt.ItemDataRole.ToolTipRole) == details


def test_the_filter_finds_names_and_labels_anywhere_in_the_trail(qtbot, state, type_text):
    screen = _open(qtbot, state)
    first_page_ids = {screen.model.change(row).entry_id for row in range(screen.model.rowCount())}
    type_text(screen.filter_edit, "กรรมการและเลขานุการ")  # a role's label: stored as member_and_secretary
    qtbot.waitUntil(lambda: screen.model.filter_text == "กรรมการและเลขานุการ" and not screen.model.searching,
                    timeout=5000)
    found = [screen.model.change(row) for row in range(screen.model.rowCount())]
    assert found and all("กรรมการและเลขานุการ" in change.details() for change in found)
    assert not {change.entry_id for change in found} & first_page_ids, "older than the first page"
    assert any(change.what.startswith("การเป็นกรรมการ: ") for change in found)
    assert "กรรมการและเลขานุการ" in screen.status_label.text()

    screen.filter_edit.clear()
    type_text(screen.filter_edit, "ไม่มีคำนี้แน่นอน")
    qtbot.waitUntil(lambda: screen.model.filter_text == "ไม่มีคำนี้แน่นอน" and screen.model.at_end, timeout=5000)
    assert screen.model.rowCount() == 0
    assert "ไม่มีคำนี้แน่นอน" in screen.status_label.text()

    screen.filter_edit.clear()
    screen.apply_filter()
    assert screen.model.rowCount() > 0 and screen.model.filter_text == ""


def test_english_labels_and_dates(qtbot, state):
    from pcha_desktop.ui.i18n import install_language

    state.language = "en"
    install_language("en")
    screen = _open(qtbot, state)
    screen.model.fetch_all()
    header = [screen.model.headerData(column, Qt.Orientation.Horizontal) for column in range(5)]
    assert header == ["When", "Who", "Action", "What", "Details"]
    whats = _whats(screen)
    assert any(what.startswith("Committee membership: ") for what in whats)
    assert all(not what.startswith("การ") for what in whats)
    assert any("Start date: 15 Oct 2563 BE" in screen.model.change(row).summary()
               for row in range(screen.model.rowCount()))
