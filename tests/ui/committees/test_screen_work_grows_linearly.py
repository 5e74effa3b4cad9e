"""Opening the committees screen and reloading it after an import cost work in proportion to the members
(a committee of 2,000 once took 21 s to open: every row of the table was measured on each layout, and every
column title translated on each of tens of thousands of calls). Work is counted in function calls, not
wall-clock time, so a busy machine cannot make these tests flaky."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from pcha_desktop.services import committees
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import DEMO_PROFILE
from pcha_desktop.services.district_profile import save_profile
from pcha_desktop.services.member_import import import_members, parse_pasted_text
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes

USER = "สมศรี ใจดี"
START = date(2024, 10, 1)


def _lines(count: int, first: int = 0) -> str:
    lines = ["นาย\tประธาน\tทดสอบ\tนายอำเภอ\tที่ว่าการอำเภอ\tภาครัฐ\tประธานกรรมการ\t"] if not first else []
    lines += [f"นาง\tสมหญิง{i}\tใจดี{i}\tผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้าน{i}\tรพ.สต.บ้าน{i}\t"
              f"ภาคประชาชน\tกรรมการ\t" for i in range(first, first + count - (0 if first else 1))]
    return "\n".join(lines)


def _district(tmp_path, name: str, members: int):  # type: ignore[no-untyped-def]
    folder = open_data_folder(tmp_path / name)
    save_profile(folder.database, DEMO_PROFILE, USER)
    committee_id = committees.district_committee(folder.database, USER).id
    import_members(folder.database, committee_id, parse_pasted_text(_lines(members), START), user_name=USER)
    state = AppState(folder, today=date(2025, 3, 3))
    state.user_name = USER
    return folder, state, committee_id


def _open_and_import(qtbot, state, committee_id: int, imported: int):  # type: ignore[no-untyped-def]
    """Open the screen as the main window does, paint it; then import members and let it reload and paint."""
    from pcha_desktop.ui.committees import CommitteeScreen

    screens = []

    def open_screen() -> None:
        screen = CommitteeScreen(state)
        screens.append(screen)
        screen.resize(1030, 640)
        screen.show()
        QApplication.processEvents()
        screen.repaint()

    def import_and_repaint() -> None:
        rows = parse_pasted_text(_lines(imported, first=10_000), START)
        import_members(state.database, committee_id, rows, user_name=USER)
        state.notify(changes.MEMBERS)
        QApplication.processEvents()
        screens[0].repaint()

    return open_screen, import_and_repaint, screens


def test_opening_and_reloading_the_committees_screen_grows_linearly(qtbot, pcha_qapp, tmp_path, python_calls):
    small_folder, small_state, small_id = _district(tmp_path, "small", 50)
    large_folder, large_state, large_id = _district(tmp_path, "large", 400)
    try:
        open_small, import_small, small_screens = _open_and_import(qtbot, small_state, small_id, 50)
        open_large, import_large, large_screens = _open_and_import(qtbot, large_state, large_id, 400)
        open_small()  # once, so that imports and first-use caches are not counted below
        small_screens.pop().close()
        opened_small = python_calls(open_small)
        reloaded_small = python_calls(import_small)
        # 8× the members: linear work is at most 8× (less: only the rows in view are measured); the old
        # screen measured every row several times over and the test stops it early.
        opened_large = python_calls(open_large, limit=8 * opened_small)
        reloaded_large = python_calls(import_large, limit=8 * reloaded_small)
        assert opened_large < 8 * opened_small and reloaded_large < 8 * reloaded_small
        for screen in small_screens + large_screens:
            qtbot.addWidget(screen)
        panel = large_screens[0].members_panel
        assert panel.model.rowCount() == 800
    finally:
        small_folder.close()
        large_folder.close()


def test_rows_scrolled_into_view_are_as_tall_as_their_text(qtbot, pcha_qapp, tmp_path):
    folder, state, _committee_id = _district(tmp_path, "district", 300)
    try:
        from pcha_desktop.ui.committees import CommitteeScreen

        screen = CommitteeScreen(state)
        qtbot.addWidget(screen)
        screen.resize(1030, 640)
        screen.show()
        table = screen.members_panel.table
        qtbot.waitUntil(lambda: table.rowHeight(0) == table.sizeHintForRow(0))
        one_line = table.verticalHeader().defaultSectionSize()
        table.scrollToBottom()
        last = table.model().rowCount() - 1
        qtbot.waitUntil(lambda: table.rowHeight(last) == table.sizeHintForRow(last))
        assert table.rowHeight(last) > one_line, "the long position wraps to a second line"
        table.horizontalHeader().resizeSection(2, 600)  # wide enough for the position on one line
        qtbot.waitUntil(lambda: table.rowHeight(last) == table.sizeHintForRow(last))
        assert table.rowHeight(last) == one_line or table.rowHeight(last) < table.sizeHintForRow(0) + one_line
    finally:
        folder.close()
