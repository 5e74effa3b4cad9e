"""Back up now and restore run in the background: the window keeps running, then every screen reloads."""

from __future__ import annotations

from pcha_desktop.services import district_profile
from pcha_desktop.ui.backups_screen import BackupsScreen
from pcha_desktop.ui.core import operations
from pcha_desktop.ui.home_screen import HomeScreen


def test_back_up_then_restore_in_the_background(qtbot, state, finish_operations, ticks):
    home = HomeScreen(state)
    screen = BackupsScreen(state)
    for widget in (home, screen):
        qtbot.addWidget(widget)
        widget.show()
    rows = screen.model.rowCount()
    operation = screen.back_up_now()
    assert operations.running() == 1 and not operation.finished, "the copy is made off the GUI thread"
    finish_operations()
    assert screen.model.rowCount() == rows + 1 and "สำรองข้อมูลแล้ว" in screen.status_label.text()

    district_profile.update_profile_field(state.database, "secretary_name", "นางสาวคนใหม่ ภายหลัง", state.user_name)
    state.notify("profile")
    assert home.editor("secretary_name").text() == "นางสาวคนใหม่ ภายหลัง"
    newest_manual = next(i for i, b in enumerate(screen.model.backups) if b.reason == "manual")
    screen.table.selectRow(newest_manual)
    counting = ticks()
    operation = screen.restore_selected(confirm=False)
    assert operations.running() == 1 and not operation.finished
    finish_operations()
    counting.stop()
    assert counting.longest_gap(until=operation.delivered_at) < 0.3
    assert home.editor("secretary_name").text() != "นางสาวคนใหม่ ภายหลัง", "the home screen shows the restored data"
    assert "กู้คืนแล้ว" in screen.status_label.text()
