"""Disk and permission failures are classified as what they are, from the errors the OS and SQLite give."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from pcha_desktop.storage.disk_problems import (
    DiskFailure,
    DiskFull,
    FolderInsteadOfFile,
    NotAFolder,
    ReadOnlyLocation,
    classify,
    disk_errors,
)


def _sqlite_full_error(tmp_path: Path) -> sqlite3.Error:
    """A real "database or disk is full" from SQLite (a database capped at a few pages)."""
    connection = sqlite3.connect(tmp_path / "capped.sqlite")
    connection.execute("PRAGMA max_page_count = 3")
    connection.execute("CREATE TABLE t (x BLOB)")
    try:
        with pytest.raises(sqlite3.Error) as raised:
            for _ in range(100):
                connection.execute("INSERT INTO t VALUES (zeroblob(4000))")
        return raised.value
    finally:
        connection.close()


def test_sqlites_full_disk_is_a_full_disk(tmp_path):
    error = _sqlite_full_error(tmp_path)
    problem = classify(error, tmp_path / "capped.sqlite")
    assert isinstance(problem, DiskFull) and problem.path == tmp_path
    assert "full" in problem.message_en and "เต็ม" in problem.message_th


def test_sqlalchemys_wrapper_is_looked_through(tmp_path):
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", {}, _sqlite_full_error(tmp_path))
    assert isinstance(classify(wrapped, tmp_path / "capped.sqlite"), DiskFull)


def test_a_write_to_a_database_opened_read_only_is_a_read_only_problem(tmp_path):
    db_path = tmp_path / "pcha.sqlite"
    sqlite3.connect(db_path).execute("CREATE TABLE t (x)").connection.close()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as raised:
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    problem = classify(raised.value, db_path)
    assert isinstance(problem, ReadOnlyLocation) and "read-only" in problem.message_en


@pytest.mark.parametrize(
    ("code", "expected"),
    [(errno.ENOSPC, DiskFull), (errno.EROFS, ReadOnlyLocation), (errno.EISDIR, FolderInsteadOfFile)],
)
def test_operating_system_errors(tmp_path, code, expected):
    error = OSError(code, "as the OS says it", str(tmp_path / "pcha.sqlite"))
    assert isinstance(classify(error, tmp_path / "pcha.sqlite"), expected)


def test_an_input_output_error_is_a_failing_disk_unless_the_disk_is_full(tmp_path):
    error = OSError(errno.EIO, "Input/output error", str(tmp_path / "pcha.sqlite"))
    assert isinstance(classify(error, tmp_path / "pcha.sqlite"), DiskFailure)


def test_a_file_in_the_way_of_a_folder(tmp_path):
    blocker = tmp_path / "passwd"
    blocker.write_text("x")
    with pytest.raises(NotAFolder) as raised:
        with disk_errors(blocker / "pcha.sqlite"):
            (blocker / "data").mkdir(parents=True)
    assert raised.value.path == blocker and isinstance(raised.value.__cause__, OSError)


def test_other_errors_are_left_alone(tmp_path):
    assert classify(ValueError("a bug"), tmp_path) is None
    assert classify(OSError(errno.ENOENT, "No such file", str(tmp_path / "x")), tmp_path) is None
    with pytest.raises(FileNotFoundError):
        with disk_errors(tmp_path):
            (tmp_path / "missing").read_text()
