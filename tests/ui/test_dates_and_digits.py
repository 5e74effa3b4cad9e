"""Date fields follow the language and the Thai-digits setting (BE years always) and offer a BE calendar;
the fiscal-year selector, headings and date fields switch to Thai digits when the setting is turned on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit

OCT_1 = date(2020, 10, 1)


def test_an_english_date_field_shows_and_reads_english_with_the_be_year(qtbot, pcha_qapp, type_text):
    edit = ThaiDateEdit(OCT_1, language="en")
    qtbot.addWidget(edit)
    assert edit.text() == "1 Oct 2563 BE"
    edit.clear()
    type_text(edit, "15 October 2563")
    assert edit.date() == date(2020, 10, 15) and edit.is_valid()
    edit.editingFinished.emit()
    assert edit.text() == "15 Oct 2563 BE"
    edit.clear()
    type_text(edit, "15 Oct 2020")
    assert edit.date() is None and "2563" in edit.error(), "a CE year is refused with the BE year to type"


def test_a_thai_date_field_follows_the_thai_digits_setting(qtbot, pcha_qapp, type_text):
    edit = ThaiDateEdit(OCT_1, thai_digits=True)
    qtbot.addWidget(edit)
    assert edit.text() == "๑ ตุลาคม ๒๕๖๓"
    assert edit.date() == OCT_1
    edit.set_thai_digits(False)
    assert edit.text() == "1 ตุลาคม 2563"
    assert ThaiDateEdit(OCT_1, language="en", thai_digits=True).text() == "1 Oct 2563 BE"


def test_the_calendar_offers_be_years_and_fills_the_field(qtbot, pcha_qapp):
    edit = ThaiDateEdit(OCT_1, thai_digits=True)
    qtbot.addWidget(edit)
    popup = edit.show_calendar()
    assert popup.year_spin.value() == 2563 and popup.year_spin.text() == "๒๕๖๓"
    assert popup.month_combo.currentText() == "ตุลาคม"
    popup.year_spin.setValue(2567)
    assert popup.calendar.yearShown() == 2024, "the BE year chosen turns the calendar to that year"
    popup.calendar.clicked.emit(QDate(2024, 10, 31))
    assert edit.date() == date(2024, 10, 31)
    assert edit.text() == "๓๑ ตุลาคม ๒๕๖๗"
    assert not popup.isVisible()


def test_turning_thai_digits_on_changes_the_year_selector_headings_and_date_fields(qtbot, pcha_qapp, data_dir):
    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo import populate_demo
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.main_window import MainWindow

    folder = open_data_folder(data_dir)
    try:
        populate_demo(folder.database, today=date(2025, 3, 3))
        window = MainWindow(AppState(folder, today=date(2025, 3, 3)))
        qtbot.addWidget(window)
        screen = window.show_section("committees")
        assert window.fiscal_year_combo.currentText() == "2568"
        window.actions_by_name["thai_digits"].trigger()
        assert window.fiscal_year_combo.currentText() == "๒๕๖๘"
        assert screen.year_label.text() == "ปีงบประมาณ ๒๕๖๘"
        assert screen.members_panel.as_of_edit.text() == "๓ มีนาคม ๒๕๖๘"
        assert screen.members_panel.proxy.index(0, 0).data() == "๑"
        window.actions_by_name["thai_digits"].trigger()
        assert window.fiscal_year_combo.currentText() == "2568"
        assert screen.members_panel.as_of_edit.text() == "3 มีนาคม 2568"
    finally:
        folder.close()
