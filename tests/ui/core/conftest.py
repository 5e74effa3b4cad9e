"""A demo data folder opened as the application state (Thai), for the UI groundwork tests."""

from __future__ import annotations

from datetime import date

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState

TODAY = date(2025, 3, 3)


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    yield app_state
    folder.close()
