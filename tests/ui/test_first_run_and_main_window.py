"""The first screens, driven as a user would: wizard end to end, sidebar, language switch, edits and undo."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QWizard

from pcha_desktop.services import district_profile
from pcha_desktop.services.user_preferences import load_preferences
from pcha_desktop.services.audit_log import recent_changes
from pcha_desktop.ui.app import StartupProbe, open_application
from pcha_desktop.ui.first_run_wizard import FirstRunWizard
from pcha_desktop.ui.main_window import MainWindow


def _arguments(data_dir, demo=False) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), demo=demo)


def _click_sidebar(qtbot, sidebar: QListWidget, row: int) -> None:
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _choose(type_text, combo, text: str) -> None:
    """Type into the searchable combo box the way a user does, then pick the exact entry."""
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), text)
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def _fill_wizard(qtbot, type_text, wizard: FirstRunWizard, email: str = "saraban@phuket.go.th") -> None:
    type_text(wizard.welcome_page.user_name_edit, "สมศรี ใจดี")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.district_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "no district chosen yet"
    _choose(type_text, page.province_combo, "ภูเก็ต")
    _choose(type_text, page.district_combo, "เมืองภูเก็ต")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    editors = wizard.people_page.editors
    assert editors["office_name"].text() == "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", "office proposed from the district"
    type_text(editors["district_chief_name"], "นายวรวุฒิ ทองประเสริฐ")
    type_text(editors["secretary_name"], "นายสุรชัย แก้วมณี")
    type_text(editors["provincial_office_email"], email)


def test_first_run_wizard_end_to_end_shows_home_in_thai(qtbot, type_text, pcha_qapp, data_dir):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def drive() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
        wizard = wizards[0] if wizards else None
        if wizard is None:
            QTimer.singleShot(20, drive)
            return
        seen["title"] = wizard.welcome_page.title()
        _fill_wizard(qtbot, type_text, wizard)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    assert open_application(window, _arguments(data_dir), StartupProbe())
    try:
        assert seen["title"] == "ยินดีต้อนรับสู่ PCHA Desktop"
        # A new district is led on to the year's steps, the first of them still to do.
        assert window.current_section_key() == "year_guide"
        guide = window.sections["year_guide"]
        assert guide.guide.steps[0].state.value != "done"
        assert "ยังต้องเลือกประเด็นอีก 2 ประเด็น (อย่างน้อย 2 ประเด็น)" in [
            guide.missing_list.item(row).text().lstrip("• ") for row in range(guide.missing_list.count())]
        home = window.section("home")
        assert home.title_label.text() == "อำเภอเมืองภูเก็ต"
        assert "ปีงบประมาณ" in home.fiscal_year_label.text()
        assert window.sidebar.item(0).text() == "หน้าหลัก"
        profile = district_profile.load_profile(window.state.database)
        assert profile is not None and profile.district_code == "8301" and profile.province_code == "83"
        assert load_preferences().user_name == "สมศรี ใจดี"  # the user's own file, for the next start
        assert {r.user_name for r in recent_changes(window.state.database)} == {"สมศรี ใจดี"}
        window.grab().save(str(data_dir.parent / "home.png"))
    finally:
        window.state.data_folder.close()


def test_wizard_explains_a_bad_email_and_will_not_finish(qtbot, type_text, pcha_qapp):
    wizard = FirstRunWizard("th")
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, type_text, wizard, email="saraban-at-phuket")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "อีเมล" in wizard.people_page.error_label.text()
    wizard.people_page.editors["provincial_office_email"].setText("saraban@phuket.go.th")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.people_page.error_label.text() == ""


@pytest.fixture
def demo_window(qtbot, pcha_qapp, data_dir):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_application(window, _arguments(data_dir, demo=True), StartupProbe())
    yield window
    window.state.data_folder.close()


def test_demo_opens_mueang_phuket_without_wizard(demo_window):
    home = demo_window.sections["home"]
    assert home.title_label.text() == "อำเภอเมืองภูเก็ต"
    assert home.editor("district_chief_name").text() == "นายวรวุฒิ ทองประเสริฐ"
    assert "DEMO" in demo_window.windowTitle() or "ตัวอย่าง" in demo_window.windowTitle()


def test_sidebar_navigation_shows_each_section(qtbot, demo_window):
    sidebar = demo_window.sidebar
    assert sidebar.count() >= 2
    for row in range(sidebar.count()):
        _click_sidebar(qtbot, sidebar, row)
        key = sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        assert demo_window.current_section() is demo_window.sections[key]
        assert demo_window.sections[key].isVisible()
    _click_sidebar(qtbot, sidebar, 1)
    history = demo_window.sections["history"]
    assert history.model.rowCount() > 0, "the demo's own creation is in the change history"


def test_language_switch_to_english_and_back(qtbot, demo_window):
    demo_window.actions_by_name["language_en"].trigger()
    assert demo_window.sidebar.item(0).text() == "Home"
    assert demo_window.sections["home"].title_label.text() == "Mueang Phuket, Phuket"
    assert load_preferences().language == "en"
    demo_window.actions_by_name["language_th"].trigger()
    assert demo_window.sidebar.item(0).text() == "หน้าหลัก"
    assert load_preferences().language == "th"


def test_profile_edit_is_saved_at_once_and_undone(qtbot, type_text, demo_window):
    home = demo_window.sections["home"]
    editor = home.editor("district_chief_name")
    editor.clear()
    type_text(editor, "นายใหม่ แทนที่")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    database = demo_window.state.database
    assert district_profile.load_profile(database).district_chief_name == "นายใหม่ แทนที่"
    demo_window.actions_by_name["undo"].trigger()
    assert district_profile.load_profile(database).district_chief_name == "นายวรวุฒิ ทองประเสริฐ"
    assert home.editor("district_chief_name").text() == "นายวรวุฒิ ทองประเสริฐ"
    demo_window.actions_by_name["redo"].trigger()
    assert district_profile.load_profile(database).district_chief_name == "นายใหม่ แทนที่"


def test_bad_email_on_home_screen_changes_nothing(qtbot, type_text, demo_window):
    home = demo_window.sections["home"]
    editor = home.editor("provincial_office_email")
    before = district_profile.load_profile(demo_window.state.database)
    editor.clear()
    type_text(editor, "not an email")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert home.error_label.isVisibleTo(home)
    assert "อีเมล" in home.error_label.text()
    assert district_profile.load_profile(demo_window.state.database) == before
    assert demo_window.state.undo_stack.count() == 0


def test_screens_render_thai_with_the_bundled_font(qtbot, demo_window, tmp_path):
    home = demo_window.sections["home"]
    assert home.font().family() == "Sarabun"
    image = demo_window.grab().toImage()
    assert image.width() > 0
    # Something was drawn in the title area (not a blank window).
    colours = {image.pixel(QPoint(x, y)) for x in range(240, 600, 7) for y in range(20, 120, 5)}
    assert len(colours) > 2
    demo_window.grab().save(str(tmp_path / "demo_home.png"))


def test_home_shows_the_district_from_the_start_summary_then_becomes_editable(qtbot, pcha_qapp, data_dir):
    """At start-up the home screen is painted from the start summary while the database layers are still
    loading (here: a thread that waits), read-only; it becomes live, the same widget, once they have."""
    import threading

    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo import populate_demo

    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database)
    loaded = threading.Event()
    data_layers = threading.Thread(target=loaded.wait, daemon=True)
    data_layers.start()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_application(window, _arguments(data_dir), StartupProbe(), data_layers)
    try:
        home = window.sections["home"]
        assert window.state is None and not home.is_live()
        assert home.title_label.text() == "อำเภอเมืองภูเก็ต"
        assert home.editor("district_chief_name").text() == "นายวรวุฒิ ทองประเสริฐ"
        assert home.editor("district_chief_name").isReadOnly()
        assert home.cards["tambon_alerts"].objectName() == "tambon_alerts_loading"
        assert not window.sidebar.isEnabled()
        qtbot.waitUntil(home.isVisible)
        qtbot.wait(50)  # laid out and painted
        window.grab().save(str(data_dir.parent / "home-from-summary.png"))

        loaded.set()
        qtbot.waitUntil(lambda: window.state is not None, timeout=5000)
        assert window.sections["home"] is home and home.is_live()
        assert not home.editor("district_chief_name").isReadOnly()
        assert home.cards["tambon_alerts"].objectName() == "tambonAlerts"
        assert window.sidebar.isEnabled() and window.fiscal_year_combo.isEnabled()
        home.editor("secretary_name").setText("นายใหม่ ทดสอบ")
        home.editor("secretary_name").editingFinished.emit()
        assert district_profile.load_profile(window.state.database).secretary_name == "นายใหม่ ทดสอบ"
        window.actions_by_name["undo"].trigger()
        assert home.editor("secretary_name").text() == "นายสุรชัย แก้วมณี"
        window.grab().save(str(data_dir.parent / "home-live.png"))
    finally:
        loaded.set()
        if window.state is not None:
            window.state.data_folder.close()
