"""The wizard finds a province by its English name; the welcome page promises only what exists; a dialog
shows no red error before the user has typed anything."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pcha_desktop.ui.first_run_wizard import FirstRunWizard
from pcha_desktop.ui.thai_wrap import WrappingLabel


def test_typing_phuket_finds_the_province(qtbot, pcha_qapp):
    wizard = FirstRunWizard("th")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    combo = wizard.district_page.province_combo
    combo.lineEdit().clear()
    QTest.keyClicks(combo.lineEdit(), "PHUKET")
    completer = combo.completer()
    offered = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert offered == ["ภูเก็ต"]
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.lineEdit().text() == "ภูเก็ต")
    assert combo.currentData() == "83"
    assert wizard.district_page.district_combo.isEnabled()


def test_the_welcome_page_promises_only_what_exists(pcha_qapp):
    wizard = FirstRunWizard("th")
    text = " ".join(label.text() for label in wizard.welcome_page.findChildren(WrappingLabel))
    assert "คำสั่งแต่งตั้ง" in text
    for missing in ("UCCARE", "ประชุม", "รายงาน"):
        assert missing not in text


def test_new_member_and_date_dialogs_start_without_red_errors(qtbot, pcha_qapp, data_dir, type_text):
    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo import populate_demo
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.committees.common import DatePromptDialog
    from pcha_desktop.ui.committees.member_dialog import MemberDialog

    folder = open_data_folder(data_dir)
    try:
        populate_demo(folder.database, today=date(2025, 3, 3))
        state = AppState(folder, today=date(2025, 3, 3))
        dialog = MemberDialog(None, state)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.errors, "an empty new member cannot be saved"
        assert not dialog.ok_button.isEnabled()
        assert [name for name, label in dialog.error_labels.items() if label.isVisible()] == []
        type_text(dialog.editors["email"], "nobody@")
        assert [name for name, label in dialog.error_labels.items() if label.isVisible()] == ["email"]
        prompt = DatePromptDialog(None, state, "t", "explanation", "On", None)
        qtbot.addWidget(prompt)
        prompt.show()
        assert prompt.error_label.text() == "" and not prompt.ok_button.isEnabled()
    finally:
        folder.close()
