"""The tambon committees table: quick entry by keyboard, per-cell validation, has-committee, undo, members."""

from __future__ import annotations

from pathlib import Path

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from pcha_desktop.services import committees as committee_service
from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.domain.committee_terms import PlanStatus
from pcha_desktop.ui.tambons.committees_tab import CHAIR, HAS_COMMITTEE, MEETINGS, MEMBERS, PLAN
from pcha_desktop.ui.tambons.members_dialog import TambonMembersDialog
from pcha_desktop.ui.tambons.tambon_alerts import TambonAlerts
from pcha_desktop.ui.tambons.tambon_screen import TambonScreen

SHOTS = Path("/tmp/ui_shots")
KO_KAEO, RATSADA, RAWAI, KARON, TALAT_YAI, TALAT_NUEA = "830103", "830104", "830107", "830108", "830101", "830102"


def _status(state, code):
    overview = tambon_service.tambon_overview(state.database, state.fiscal_year, state.today())
    return next(status for status in overview if status.tambon.code == code)


def _numbers(text: str) -> list[str]:
    return re.findall(r"[0-9,]+", text)


def _editor(table) -> QWidget:
    """The open cell editor (the view's only visible line edit or combo)."""
    editors = [w for w in table.viewport().findChildren(QWidget) if isinstance(w, (QLineEdit, QComboBox)) and w.isVisible()]
    assert len(editors) == 1, f"one editor open, found {len(editors)}"
    return editors[0]


def _screen(qtbot, state) -> TambonScreen:
    screen = TambonScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _start_at(tab, code, column) -> None:
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy_index(code, column))


def test_quick_entry_across_tambons_with_tab_and_enter(qtbot, demo_state, type_text):
    screen = _screen(qtbot, demo_state)
    tab = screen.committees_tab
    table = tab.table

    # ราไวย์: start typing on the member count; typing starts the editor; Tab, Tab, Enter
    _start_at(tab, RAWAI, MEMBERS)
    type_text(table, "2")  # typing opens the editor, the key replacing the value
    editor = _editor(table)
    type_text(editor, "5")
    assert editor.text() == "25"
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    combo = _editor(table)
    assert isinstance(combo, QComboBox), "Tab goes to the plan status"
    assert combo.itemText(2) == "มีแผนที่ผ่านความเห็นชอบแล้ว", "Thai plan labels"
    combo.setCurrentIndex(2)
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    editor = _editor(table)
    assert table.currentIndex().column() == MEETINGS
    editor.selectAll()
    type_text(editor, "๖")  # Thai digits are understood
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentIndex().row() == tab.proxy_index(KARON, MEMBERS).row())
    assert table.currentIndex().column() == MEMBERS, "Enter: next row, the column where the row was started"

    # กะรน: the editor is already open on its member count
    editor = _editor(table)
    editor.selectAll()
    type_text(editor, "16")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QTest.keyClick(_editor(table), Qt.Key.Key_Tab)  # plan unchanged
    editor = _editor(table)
    editor.selectAll()
    type_text(editor, "5")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # after the last column Tab goes on to the next row's chair
    qtbot.wait(10)

    rawai, karon = _status(demo_state, RAWAI), _status(demo_state, KARON)
    assert (rawai.member_count, rawai.plan_status, rawai.meetings_held) == (25, PlanStatus.APPROVED, 6)
    assert (karon.member_count, karon.plan_status, karon.meetings_held) == (16, PlanStatus.APPROVED, 5)
    assert "25" in tab.model.data(tab.model.index(tab.model.row_of(RAWAI), MEMBERS))
    assert _numbers(tab.summary_label.text()) == ["8", "7", "111", "5", "6", "1"], "tambons, committees, members, plans, not visited, uncovered"

    # เกาะแก้ว has no committee: typing its chair creates it
    _start_at(tab, KO_KAEO, CHAIR)
    type_text(table, "น")  # the first letter opens the editor and lands in it
    editor = _editor(table)
    type_text(editor, "ายประเสริฐ เกาะงาม")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    editor = _editor(table)
    type_text(editor, "14")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(10)
    ko_kaeo = _status(demo_state, KO_KAEO)
    assert ko_kaeo.committee_id is not None
    assert ko_kaeo.chair_name == "นายประเสริฐ เกาะงาม"
    assert ko_kaeo.member_count == 1, "Escape leaves the count as it was"
    assert _numbers(tab.summary_label.text())[:2] == ["8", "8"]
    table.scrollToTop()
    screen.grab().save(str(SHOTS / "tambon_committees_tab.png"))


def test_a_bad_count_is_explained_and_nothing_is_stored(qtbot, demo_state, type_text):
    screen = _screen(qtbot, demo_state)
    tab = screen.committees_tab
    changes = demo_state.undo_stack.count()
    for bad in ("18x", "600", "-3", "2.5"):
        _start_at(tab, TALAT_NUEA, MEMBERS)
        QTest.keyClick(tab.table, Qt.Key.Key_F2)
        editor = _editor(tab.table)
        editor.selectAll()
        type_text(editor, bad)
        QTest.keyClick(editor, Qt.Key.Key_Tab)
        assert tab.message_label.isVisible()
        assert f"“{bad}”" in tab.message_label.text() and "500" in tab.message_label.text()
        assert _status(demo_state, TALAT_NUEA).member_count == 18
        assert tab.table.currentIndex().column() == MEMBERS, "the editor opens again on the refused cell"
        QTest.keyClick(_editor(tab.table), Qt.Key.Key_Escape)
    assert demo_state.undo_stack.count() == changes

    _start_at(tab, TALAT_NUEA, MEETINGS)
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab.table)
    editor.selectAll()
    type_text(editor, "สาม")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Enter commits a moment later
    qtbot.waitUntil(lambda: "สาม" in tab.message_label.text())
    assert tab.table.currentIndex().row() == tab.proxy_index(TALAT_NUEA, MEETINGS).row(), "stays on the row"
    QTest.keyClick(_editor(tab.table), Qt.Key.Key_Escape)
    assert _status(demo_state, TALAT_NUEA).meetings_held == 4

    # a good value afterwards clears the message
    _start_at(tab, TALAT_NUEA, MEMBERS)
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab.table)
    editor.selectAll()
    type_text(editor, "๒๐")
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # Escape: nothing
    assert _status(demo_state, TALAT_NUEA).member_count == 18
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab.table)
    editor.selectAll()
    type_text(editor, "๒๐")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert _status(demo_state, TALAT_NUEA).member_count == 20
    assert not tab.message_label.isVisible()


def test_ticking_has_committee_creates_it_and_the_home_alert_updates(qtbot, demo_state):
    screen = _screen(qtbot, demo_state)
    alerts = TambonAlerts(demo_state)
    qtbot.addWidget(alerts)
    assert [t.code for t in alerts.without_committee] == [KO_KAEO]
    tab = screen.committees_tab

    _start_at(tab, KO_KAEO, HAS_COMMITTEE)
    QTest.keyClick(tab.table, Qt.Key.Key_Space)
    assert _status(demo_state, KO_KAEO).committee_id is not None
    assert alerts.without_committee == []
    assert alerts.all_well_label.text() == QCoreApplication.translate("TambonAlerts", "Every tambon has its committee.")
    assert not alerts.without_committee_block.isVisibleTo(alerts)
    assert tab.proxy_index(KO_KAEO, HAS_COMMITTEE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # un-ticking does not delete a committee: it says what to do instead
    QTest.keyClick(tab.table, Qt.Key.Key_Space)
    assert _status(demo_state, KO_KAEO).committee_id is not None
    assert tab.message_label.isVisible() and tab.message_label.text()


def test_undo_puts_a_value_back(qtbot, demo_state, type_text):
    screen = _screen(qtbot, demo_state)
    tab = screen.committees_tab
    _start_at(tab, RATSADA, MEETINGS)
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab.table)
    editor.selectAll()
    type_text(editor, "9")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab.table)
    editor.selectAll()
    type_text(editor, "9")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert _status(demo_state, RATSADA).meetings_held == 9
    demo_state.undo_stack.undo()
    assert _status(demo_state, RATSADA).meetings_held == 2
    assert tab.proxy_index(RATSADA, MEETINGS).data() == "2", "the table reloaded"
    demo_state.undo_stack.redo()
    assert _status(demo_state, RATSADA).meetings_held == 9


def test_changing_the_fiscal_year_shows_that_years_meetings_and_visits(qtbot, demo_state):
    screen = _screen(qtbot, demo_state)
    alerts = TambonAlerts(demo_state)
    qtbot.addWidget(alerts)
    this_year = demo_state.fiscal_year
    tab = screen.committees_tab
    assert tab.proxy_index(RATSADA, MEETINGS).data() == "2"
    assert tab.proxy_index(RATSADA, 6).data() != QCoreApplication.translate("TambonCommitteesTab", "Not visited")
    assert screen.visits_tab.model.rowCount() == 2

    demo_state.select_fiscal_year(this_year - 1)
    assert tab.proxy_index(RATSADA, MEETINGS).data() == "0"
    assert tab.proxy_index(RATSADA, PLAN).data() == "ยังไม่มีแผน"
    assert screen.visits_tab.model.rowCount() == 0
    assert len(alerts.not_visited) == 8
    assert str(this_year - 1) in screen.visits_tab.summary_label.text()

    demo_state.select_fiscal_year(this_year)
    assert tab.proxy_index(RATSADA, MEETINGS).data() == "2"
    assert screen.visits_tab.model.rowCount() == 2


def test_member_list_of_a_tambon_committee(qtbot, demo_state, type_text):
    screen = _screen(qtbot, demo_state)
    tab = screen.committees_tab
    talat_yai = _status(demo_state, TALAT_YAI)
    assert talat_yai.has_member_list and talat_yai.member_count == 6
    dialog = TambonMembersDialog(demo_state, talat_yai.committee_id, talat_yai.tambon.official_name, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 6
    assert dialog.role_combo.currentText() == "กรรมการ"
    type_text(dialog.title_edit, "นาง")
    type_text(dialog.first_name_edit, "มาลี")
    type_text(dialog.last_name_edit, "ศรีสุข")
    type_text(dialog.position_edit, "ผู้ใหญ่บ้านหมู่ที่ 3")
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findText("ภาคประชาชน"))
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 7
    added = next(m for m in dialog.model.members if m.first_name == "มาลี")
    assert added.full_name.startswith("นาง") and added.position == "ผู้ใหญ่บ้านหมู่ที่ 3"
    assert _status(demo_state, TALAT_YAI).member_count == 7
    assert tab.proxy_index(TALAT_YAI, MEMBERS).data() == "7"

    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert dialog.message_label.isVisible() and "ชื่อ" in dialog.message_label.text()
    assert dialog.model.rowCount() == 7

    dialog.table.selectRow(dialog.model.members.index(added))
    QTest.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 6
    assert any(m.first_name == "มาลี" and m.end_date for m in
               committee_service.list_members(demo_state.database, talat_yai.committee_id, include_ended=True))
    dialog.grab().save(str(SHOTS / "tambon_members_dialog.png"))
    assert dialog.changed
    QApplication.processEvents()
