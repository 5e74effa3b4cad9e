"""Fixtures for the service tests: a data folder with the demo district's profile, or the whole demo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.demo import DEMO_PROFILE, DEMO_USER, populate_demo
from pcha_desktop.services.district_profile import save_profile

DEMO_TODAY = date(2025, 1, 10)  # FY2568


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[DataFolder]:
    """A data folder with the district profile only (no committee yet)."""
    data_folder = open_data_folder(tmp_path / "data")
    save_profile(data_folder.database, DEMO_PROFILE, DEMO_USER)
    try:
        yield data_folder
    finally:
        data_folder.close()


@pytest.fixture
def demo_folder(tmp_path: Path) -> Iterator[DataFolder]:
    data_folder = open_data_folder(tmp_path / "demo")
    populate_demo(data_folder.database, DEMO_TODAY)
    try:
        yield data_folder
    finally:
        data_folder.close()
