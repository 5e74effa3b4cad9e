"""The home screen at 1280×720 with every section's card (the year's KPI bars included) keeps each field at
its full height: the page scrolls instead of squeezing the district profile's fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 30)


def test_the_profile_fields_keep_their_height_under_the_kpi_bars(qtbot, pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    try:
        populate_demo(folder.database, today=TODAY)
        state = AppState(folder, today=TODAY)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        state.select_fiscal_year(2564)  # the demo's year with four issues and their KPI bars
        home = window.show_section("home")
        # The cards fill in as their data is read; the page must then let them all have their full height
        # (it may take a moment on a busy machine, never for ever).
        qtbot.waitUntil(lambda: home.content.height() >= home.content.minimumSizeHint().height(), timeout=3000)
        editors = home.findChildren(QLineEdit)
        assert editors, "the district profile's fields are on the home screen"
        for editor in editors:
            assert editor.height() >= editor.minimumSizeHint().height(), editor.objectName()
    finally:
        folder.close()
