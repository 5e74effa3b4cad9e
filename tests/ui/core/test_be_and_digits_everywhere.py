"""Buddhist Era dates in both languages, and Thai digits wherever the setting is on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView

from pcha_desktop.services import backups
from pcha_desktop.ui.backups_screen import BackupsScreen
from pcha_desktop.ui.committees.common import show_date
from pcha_desktop.ui.home_screen import HomeScreen
from pcha_desktop.ui.tambons.common import date_text
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


def test_english_labels_and_tables_show_be_years(qtbot, state):
    state.language = "en"
    assert show_date(state, date(2020, 10, 15)) == "15 Oct 2563 BE"
    assert date_text(state, date(2020, 10, 15)) == "15 Oct 2563 BE"
    home = HomeScreen(state)
    qtbot.addWidget(home)
    assert "3 Mar 2568 BE" in home.today_label.text()
    assert "2567 BE" in home.fiscal_year_label.text() and "2568 BE" in home.quarter_label.text()
    for label in (home.today_label, home.fiscal_year_label, home.quarter_label):
        assert "2024" not in label.text() and "2025" not in label.text()
    backups.back_up_now(state.data_folder)
    screen = BackupsScreen(state)
    qtbot.addWidget(screen)
    made = [screen.model.index(row, 0).data() for row in range(screen.model.rowCount())]
    assert all(" BE " in text for text in made), made


def test_thai_digits_on_the_home_codes_the_member_limit_and_the_calendar(qtbot, state):
    from pcha_desktop.ui.main_window import MainWindow

    state.thai_digits = True
    home = HomeScreen(state)
    qtbot.addWidget(home)
    assert "(๘๓)" in home.codes_label.text() and "(๘๓๐๑)" in home.codes_label.text()
    backups.back_up_now(state.data_folder)
    listed = BackupsScreen(state)
    qtbot.addWidget(listed)
    sizes = [listed.model.index(row, 2).data() for row in range(listed.model.rowCount())]
    assert sizes and all(not any("0" <= c <= "9" for c in size) for size in sizes), sizes

    window = MainWindow(state)
    qtbot.addWidget(window)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        from PySide6.QtWidgets import QSpinBox

        seen.append(dialog.findChild(QSpinBox).text())
        dialog.reject()

    QTimer.singleShot(0, look)
    window.ask_member_limit()
    assert seen and seen[0] and all("๐" <= character <= "๙" for character in seen[0]), seen

    edit = ThaiDateEdit(date(2025, 3, 3), thai_digits=True)
    qtbot.addWidget(edit)
    popup = edit.show_calendar()
    view = popup.calendar.findChild(QTableView)
    index = view.model().index(2, 3)
    text = view.itemDelegate().displayText(index.data(), view.locale())
    assert text and all("๐" <= character <= "๙" for character in text), text


def test_after_a_restore_the_years_digits_and_language_are_read_again(qtbot, state):
    """The notice a restore sends (EVERYTHING): the window reads the fiscal years and the preferences again."""
    from pcha_desktop.services import fiscal_years
    from pcha_desktop.services.user_preferences import UserPreferences
    from pcha_desktop.ui.core import changes
    from pcha_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    fiscal_years.ensure_fiscal_year(state.database, 2570, "ผู้ทดสอบ")  # as the restored database has them
    UserPreferences().set_thai_digits(True)  # as a restored older database hands them over
    state.notify(changes.EVERYTHING)
    years = [window.fiscal_year_combo.itemText(row) for row in range(window.fiscal_year_combo.count())]
    assert "๒๕๗๐" in years and state.thai_digits
    UserPreferences().set_language("en")
    state.notify(changes.EVERYTHING)
    assert state.language == "en" and window.windowTitle() == "PCHA Desktop", "the window speaks English"
    assert window.actions_by_name["thai_digits"].isChecked()
