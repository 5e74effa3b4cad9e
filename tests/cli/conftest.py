"""What the command-line tests share: a demo data folder, made once per test module."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli") / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, date(2025, 1, 10))
    return data_dir
