"""A user who copies only pcha.sqlite after a crash still has every committed user action, and `pcha check`
warns when a database left open has lost its -wal."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from pcha_desktop.cli.main import EXIT_OK, main
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.storage.backup import create_backup, read_manifest
from pcha_desktop.storage.models import Person
from pcha_desktop.storage.open_mark import OPEN_MARK, write_ahead_log_missing

from .conftest import run_python

CRASHING_USER = """
import os, sys
from pathlib import Path
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.models import Person
folder = open_data_folder(Path(sys.argv[1]))
for name in ("สมชาย", "สมหญิง", "สมปอง"):
    with folder.database.unit_of_work("สมศรี") as session:
        session.add(Person(first_name=name, last_name="ทดสอบ"))
print("committed", flush=True)
os._exit(0)  # the power goes: no close, no checkpoint at exit
"""


def _scalar(db_path: Path, sql: str) -> object:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _only_the_database(folder_dir: Path, target_dir: Path) -> Path:
    """What a user copies to a USB stick after a crash: pcha.sqlite, not pcha.sqlite-wal."""
    target_dir.mkdir()
    shutil.copyfile(folder_dir / "pcha.sqlite", target_dir / "pcha.sqlite")
    return target_dir / "pcha.sqlite"


def test_a_committed_action_is_in_the_database_file_itself(opened_folder: DataFolder, tmp_path: Path) -> None:
    with opened_folder.database.unit_of_work("สมศรี") as session:
        session.add(Person(first_name="สมชาย", last_name="ทดสอบ"))
    # the program is still running (or crashed): its -wal is not folded in at close
    copy = _only_the_database(opened_folder.data_dir, tmp_path / "usb")
    assert _scalar(copy, "SELECT group_concat(first_name) FROM person") == "สมชาย"


def test_after_a_crash_the_file_alone_holds_every_commit_and_says_it_was_left_open(
    folder_dir: Path, tmp_path: Path
) -> None:
    result = run_python(CRASHING_USER, str(folder_dir))
    assert result.stdout == "committed\n", result.stderr
    assert Path(f"{folder_dir / 'pcha.sqlite'}-wal").exists()  # the crash left its -wal
    assert not write_ahead_log_missing(folder_dir / "pcha.sqlite")  # beside the database: nothing lost

    copy = _only_the_database(folder_dir, tmp_path / "usb")
    assert _scalar(copy, "SELECT count(*) FROM person") == 3
    assert write_ahead_log_missing(copy)


def test_a_clean_close_folds_the_log_in_and_clears_the_mark(folder_dir: Path) -> None:
    with open_data_folder(folder_dir) as folder:
        with folder.database.unit_of_work("สมศรี") as session:
            session.add(Person(first_name="สมชาย", last_name="ทดสอบ"))
        assert _scalar(folder.database_path, "PRAGMA user_version") == OPEN_MARK
        backup = create_backup(folder.database_path, folder.backups_dir, "manual")
    db_path = folder_dir / "pcha.sqlite"
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert _scalar(db_path, "PRAGMA user_version") == 0
    assert not write_ahead_log_missing(db_path)
    assert read_manifest(backup) is not None  # and the backup's copy does not carry the session's mark
    assert int.from_bytes(_header_of_backup(backup)[60:64], "big") == 0


def test_a_crashed_sessions_mark_is_cleared_by_the_next_clean_close(folder_dir: Path, tmp_path: Path) -> None:
    assert run_python(CRASHING_USER, str(folder_dir)).returncode == 0
    with open_data_folder(folder_dir) as folder, folder.database.reader() as session:  # read, nothing written
        assert session.query(Person).count() == 3
    copy = _only_the_database(folder_dir, tmp_path / "usb")
    assert not write_ahead_log_missing(copy)


def _header_of_backup(backup: Path) -> bytes:
    with zipfile.ZipFile(backup) as bundle:
        return bundle.read("pcha.sqlite")[:100]


def test_check_warns_when_the_log_of_a_crashed_session_is_missing(
    folder_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_python(CRASHING_USER, str(folder_dir)).returncode == 0
    copy = _only_the_database(folder_dir, tmp_path / "usb")

    assert main(["check", "--data-dir", str(copy.parent)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "sound" in captured.out
    assert "pcha.sqlite-wal" in captured.err and "คำเตือน" in captured.err
    assert not Path(f"{copy}-wal").exists() or Path(f"{copy}-wal").stat().st_size == 0

    assert main(["check", "--data-dir", str(folder_dir)]) == EXIT_OK  # the -wal is there: all is well
    assert capsys.readouterr().err == ""
