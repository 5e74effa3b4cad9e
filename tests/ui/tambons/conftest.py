"""A demo data folder (Mueang Phuket, 8301) opened as the application state, for the tambon screens."""

from __future__ import annotations

import pytest

from pcha_desktop.domain.thai_calendar import fiscal_year_of
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState


@pytest.fixture
def demo_state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    try:
        populate_demo(folder.database)
        state = AppState(folder)
        state.select_fiscal_year(fiscal_year_of(state.today()))
        yield state
    finally:
        folder.close()
