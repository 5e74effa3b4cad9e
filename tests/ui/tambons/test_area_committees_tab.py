"""The tambon committees screen with several committees per tambon (รพ.สต. areas): Wang Chin's 17, quick
entry and undo on one area's row, adding an area's committee from the screen, the home card's count."""

from __future__ import annotations

from pathlib import Path

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from pcha_desktop.domain.thai_calendar import fiscal_year_of
from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.area_dialog import AreaCommitteeDialog
from pcha_desktop.ui.tambons.committees_tab import CHAIR, HAS_COMMITTEE, MEETINGS, TAMBON
from pcha_desktop.ui.tambons.tambon_alerts import TambonAlerts
from pcha_desktop.ui.tambons.tambon_screen import TambonScreen

SHOTS = Path("/tmp/ui_shots")
MAE_PAK = "540703"
KO_KAEO = "830103"


@pytest.fixture
def wang_chin_state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    try:
        assert populate_demo(folder.database, district_code="5407")
        state = AppState(folder)
        state.select_fiscal_year(fiscal_year_of(state.today()))
        yield state
    finally:
        folder.close()


def _screen(qtbot, state) -> TambonScreen:
    screen = TambonScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _numbers(text: str) -> list[str]:
    return re.findall(r"[0-9,]+", text)


def _shown_rows(tab) -> list[tuple[str, str]]:
    """(tambon, committee) as the table shows them, top to bottom."""
    proxy = tab.proxy
    return [(proxy.index(row, TAMBON).data(), proxy.index(row, HAS_COMMITTEE).data()) for row in range(proxy.rowCount())]


def test_every_area_committee_has_its_row_grouped_under_its_tambon(qtbot, wang_chin_state):
    screen = _screen(qtbot, wang_chin_state)
    tab = screen.committees_tab
    rows = _shown_rows(tab)
    assert len(rows) == 17, "one row per committee, not one per tambon"
    tambons = [tambon for tambon, _area in rows]
    assert len(set(tambons)) == 7
    assert all(tambons.index(t) + tambons.count(t) - 1 == len(tambons) - 1 - tambons[::-1].index(t) for t in tambons), \
        "a tambon's committees are next to each other"
    mae_pak = [area for tambon, area in rows if tambon == "ตำบลแม่ป้าก"]
    assert sorted(mae_pak) == sorted(["รพ.สต.บ้านแม่ป้าก", "รพ.สต.บ้านนาคูหา", "รพ.สต.บ้านนาเวียง"])
    assert all(tab.proxy.index(row, CHAIR).data() for row in range(17)), "each committee shows its chair"
    assert _numbers(tab.summary_label.text())[:3] == ["7", "17", "357"], "tambons, committees, members"
    assert _numbers(tab.summary_label.text())[-1] == "0", "no tambon without a committee"
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / "tambon_areas_wang_chin.png"))


def test_quick_entry_and_undo_on_one_areas_row_leave_the_tambons_other_committees_alone(qtbot, wang_chin_state, type_text):
    state = wang_chin_state
    screen = _screen(qtbot, state)
    tab = screen.committees_tab
    before = {s.committee_id: s for s in tambon_service.committees_overview(state.database, state.fiscal_year, state.today())}
    target = tab.proxy_index(MAE_PAK, MEETINGS, "รพ.สต.บ้านนาคูหา")
    tab.table.setFocus()
    tab.table.setCurrentIndex(target)
    type_text(tab.table, "9")
    editor = [w for w in tab.table.viewport().findChildren(QLineEdit) if w.isVisible()][0]
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "รพ.สต.บ้านนาคูหา" in tab.status_label.text())
    after = {s.committee_id: s for s in tambon_service.committees_overview(state.database, state.fiscal_year, state.today())}
    changed = [cid for cid in after if after[cid].meetings_held != before[cid].meetings_held]
    assert len(changed) == 1 and after[changed[0]].area_name == "รพ.สต.บ้านนาคูหา" and after[changed[0]].meetings_held == 9
    assert tab.proxy_index(MAE_PAK, MEETINGS, "รพ.สต.บ้านนาคูหา").data() == "9"
    assert tab.table.currentIndex().row() == target.row() + 1, "Enter goes to the next row"

    state.undo_stack.undo()
    undone = {s.committee_id: s.meetings_held for s in tambon_service.committees_overview(state.database, state.fiscal_year, state.today())}
    assert undone == {cid: s.meetings_held for cid, s in before.items()}
    assert tab.proxy_index(MAE_PAK, MEETINGS, "รพ.สต.บ้านนาคูหา").data() == str(before[changed[0]].meetings_held)


def _answer_dialog(monkeypatch, area_name: str, seen: list[QDialog]) -> None:
    def exec_(dialog) -> int:
        seen.append(dialog)
        assert not dialog.ok_button.isEnabled(), "no committee without a name"
        dialog.area_edit.setText(area_name)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AreaCommitteeDialog, "exec", exec_)


def test_adding_an_areas_committee_from_the_screen_covers_the_tambon_on_the_home_card(qtbot, demo_state, monkeypatch):
    state = demo_state
    alerts = TambonAlerts(state)
    qtbot.addWidget(alerts)
    assert alerts.without_committee_block.names == ["ตำบลเกาะแก้ว"]
    screen = _screen(qtbot, state)
    tab = screen.committees_tab
    count = tab.proxy.rowCount()
    tab.table.setCurrentIndex(tab.proxy_index(KO_KAEO, CHAIR))  # the row inviting to add one
    assert tab.proxy_index(KO_KAEO, HAS_COMMITTEE).data() == QCoreApplication.translate("TambonCommitteesTab", "None yet: tick to add")
    seen: list[QDialog] = []
    _answer_dialog(monkeypatch, "  รพ.สต.บ้านเกาะแก้ว ", seen)
    committee_id = tab.add_area_committee()
    assert seen and seen[0].tambon_combo.currentData() == KO_KAEO, "the selected row's tambon is proposed"
    assert committee_id is not None
    status = tambon_service.committees_overview(state.database, state.fiscal_year, state.today())
    assert [(s.area_name, s.committee_id) for s in status if s.tambon.code == KO_KAEO] == [("รพ.สต.บ้านเกาะแก้ว", committee_id)]
    assert tab.proxy.rowCount() == count, "the inviting row became the area's committee"
    current = tab.table.currentIndex()
    assert tab.proxy.index(current.row(), HAS_COMMITTEE).data() == "รพ.สต.บ้านเกาะแก้ว", "the new row is selected"
    assert alerts.without_committee == [], "the home card counts a tambon covered by an area's committee"

    # a second area in the same tambon adds a row; the same name again is refused with a message
    _answer_dialog(monkeypatch, "รพ.สต.บ้านแหลมหิน", seen)
    assert tab.add_area_committee() is not None
    assert tab.proxy.rowCount() == count + 1
    _answer_dialog(monkeypatch, "รพ.สต.บ้านแหลมหิน", seen)
    assert tab.add_area_committee() is None
    assert tab.message_label.isVisible() and "รพ.สต.บ้านแหลมหิน" in tab.message_label.text()
    assert tab.proxy.rowCount() == count + 1, "nothing added"


def test_the_area_dialog_shows_no_error_and_fits(qtbot, demo_state):
    dialog = AreaCommitteeDialog(demo_state, KO_KAEO)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tambon_combo.count() == 8 and dialog.tambon_combo.currentData() == KO_KAEO
    assert dialog.answer() == (KO_KAEO, "")
    assert dialog.width() <= 1280 and dialog.height() <= 720
    dialog.grab().save(str(SHOTS / "tambon_area_dialog.png"))
    QApplication.processEvents()


def test_a_row_grows_when_its_column_is_narrowed_and_names_are_never_squeezed(qtbot, demo_state):
    screen = _screen(qtbot, demo_state)
    tab = screen.committees_tab
    table = tab.table
    chalong = tab.proxy_index("830106", CHAIR).row()  # นางสาวศุภลักษณ์ จันทร์แก้ว, the longest chair
    longest = table.fontMetrics().horizontalAdvance("นางสาวศุภลักษณ์ จันทร์แก้ว")
    qtbot.waitUntil(lambda: table.columnWidth(CHAIR) >= longest)  # the chair's column holds the longest name
    one_line = table.rowHeight(chalong)
    assert {table.rowHeight(row) for row in range(tab.proxy.rowCount())} == {one_line}, "one line each"
    table.setColumnWidth(CHAIR, 90)
    qtbot.waitUntil(lambda: table.rowHeight(chalong) > one_line)
    assert table.rowHeight(tab.proxy_index("830107", CHAIR).row()) >= one_line
