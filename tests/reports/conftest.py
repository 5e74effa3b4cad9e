"""The demo district made once for the report tests (read-only tests share it; writers copy it)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo

DEMO_TODAY = date(2025, 1, 10)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("report-demo") / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, DEMO_TODAY)
    return data_dir


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo data folder of the test's own."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo(demo_dir: Path):  # type: ignore[no-untyped-def]
    with open_data_folder(demo_dir, create=False) as folder:
        yield folder
