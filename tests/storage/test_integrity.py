"""check_integrity: answers for every kind of damage, never raises."""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from pcha_desktop.storage.integrity import check_integrity
from pcha_desktop.storage.migrate import create_new_database


def _filled_database(path: Path, rows: int = 400) -> Path:
    create_new_database(path)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO setting (key, value) VALUES (?, ?)",
        [(f"key-{number}", "ข้อมูลทดสอบ " * 20) for number in range(rows)],
    )
    connection.commit()
    connection.close()
    return path


def test_missing_file_is_fine_and_marked_new(tmp_path: Path) -> None:
    report = check_integrity(tmp_path / "nothing.sqlite")
    assert report.ok and report.missing


def test_healthy_database(head_db: Path) -> None:
    report = check_integrity(head_db)
    assert report.ok and not report.missing and report.problem == ""


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    report = check_integrity(path)
    assert not report.ok and "empty" in report.problem


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(random.Random(1).randbytes(50_000))
    report = check_integrity(path)
    assert not report.ok and "not a SQLite database" in report.problem


def test_garbage_after_a_valid_header(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8192 - 16))
    assert not check_integrity(path).ok


def test_truncated_database(tmp_path: Path) -> None:
    path = _filled_database(tmp_path / "full.sqlite")
    size = path.stat().st_size
    assert size > 40_000
    os.truncate(path, (size // 2) // 4096 * 4096)  # whole pages: only the header tells
    report = check_integrity(path)
    assert not report.ok and "truncated" in report.problem


def test_truncated_mid_page(tmp_path: Path) -> None:
    path = _filled_database(tmp_path / "full.sqlite")
    os.truncate(path, path.stat().st_size - 1000)
    assert not check_integrity(path).ok


def test_damaged_pages_fail_integrity_check(tmp_path: Path) -> None:
    path = _filled_database(tmp_path / "full.sqlite")
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(random.Random(3).randbytes(4096 * 2))
    report = check_integrity(path)
    assert not report.ok and report.problem


def test_broken_foreign_key(head_db: Path) -> None:
    connection = sqlite3.connect(head_db)
    connection.execute(
        "INSERT INTO committee_membership"
        " (uuid, committee_id, person_id, role, sector, sort_order, start_date, updated_at)"
        " VALUES ('u', 7, 8, 'member', 'state', 0, '2024-01-01', '2024-01-01 00:00:00')"
    )
    connection.commit()
    connection.close()
    report = check_integrity(head_db)
    assert not report.ok and "foreign_key_check" in report.problem


def test_a_directory_in_place_of_the_file_is_said_so_not_called_damaged(tmp_path: Path) -> None:
    from pcha_desktop.storage.disk_problems import FolderInsteadOfFile

    path = tmp_path / "pcha.sqlite"
    path.mkdir()
    with pytest.raises(FolderInsteadOfFile) as raised:
        check_integrity(path)
    assert "folder where a file should be" in raised.value.message_en and "โฟลเดอร์" in raised.value.message_th


_PRISTINE: bytes | None = None


def _pristine_bytes() -> bytes:
    global _PRISTINE
    if _PRISTINE is None:
        with tempfile.TemporaryDirectory() as scratch:
            _PRISTINE = _filled_database(Path(scratch) / "pristine.sqlite", rows=60).read_bytes()
    return _PRISTINE


@settings(max_examples=40, deadline=None)
@given(
    damage=st.lists(
        st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=64)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_never_raises_for_a_damaged_file(damage: list[tuple[int, bytes]], cut: int | None) -> None:
    data = bytearray(_pristine_bytes())
    for offset, chunk in damage:
        start = offset % len(data)
        data[start : start + len(chunk)] = chunk
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "damaged.sqlite"
        path.write_bytes(bytes(data))
        report = check_integrity(path)
    assert report.ok or report.problem
