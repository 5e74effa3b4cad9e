"""Fixtures for the storage tests: data folders, databases at head, Python subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.storage.migrate import create_new_database

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"


@pytest.fixture
def folder_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def opened_folder(folder_dir: Path) -> Iterator[DataFolder]:
    folder = open_data_folder(folder_dir)
    try:
        yield folder
    finally:
        folder.close()


@pytest.fixture
def head_db(tmp_path: Path) -> Path:
    """A database file at the newest schema, made by the migrations, not opened by anyone."""
    path = tmp_path / "head.sqlite"
    create_new_database(path)
    return path


def python_command(code: str, *arguments: str) -> list[str]:
    return [sys.executable, "-c", code, *arguments]


def spawn_python(code: str, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        python_command(code, *arguments),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def run_python(code: str, *arguments: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        python_command(code, *arguments),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
    )
