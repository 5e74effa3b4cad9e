"""Migration 0004: every tambon committee of an older database covers its whole tambon; should a database
hold two for one tambon, neither is lost: the older covers the tambon, the other becomes a named area."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.paths import database_path


def _committees(db_path: Path) -> dict[int, tuple[object, ...]]:
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT id, kind, tambon_code, area, area_name FROM committee ORDER BY id")
        return {row[0]: row[1:] for row in rows}
    finally:
        connection.close()


def test_the_tambon_committees_of_0003_cover_their_whole_tambon(old_data_dir) -> None:
    data_dir = old_data_dir("0003")
    with open_data_folder(data_dir):
        pass
    after = _committees(database_path(data_dir))
    assert [row for row in after.values() if row[0] == "tambon"] == [
        ("tambon", "830104", "tambon", ""), ("tambon", "830106", "tambon", ""), ("tambon", "830105", "tambon", "")]
    assert all(area is None and name == "" for kind, _code, area, name in after.values() if kind != "tambon")


def test_two_committees_of_one_tambon_both_survive(old_data_dir) -> None:
    data_dir = old_data_dir("0003")
    connection = sqlite3.connect(database_path(data_dir))
    connection.execute(
        "INSERT INTO committee (id, uuid, kind, name, tambon_code, updated_at) VALUES"
        " (10, 'second-of-830104', 'tambon', 'คณะกรรมการ พชต. รพ.สต.บ้านเกาะสิเหร่', '830104', '2022-01-01 00:00:00')"
    )
    connection.commit()
    connection.close()
    with open_data_folder(data_dir):
        pass
    after = _committees(database_path(data_dir))
    assert after[3] == ("tambon", "830104", "tambon", "")
    assert after[10][:3] == ("tambon", "830104", "health_centre")
    assert "รพ.สต.บ้านเกาะสิเหร่" in str(after[10][3])


def test_the_database_refuses_a_second_whole_tambon_committee(old_data_dir) -> None:
    data_dir = old_data_dir("0003")
    with open_data_folder(data_dir):
        pass
    connection = sqlite3.connect(database_path(data_dir))
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO committee (uuid, kind, name, tambon_code, area, area_name, updated_at) VALUES"
                " ('x', 'tambon', 'ซ้ำ', '830104', 'tambon', '', '2022-01-01 00:00:00')"
            )
        with pytest.raises(sqlite3.IntegrityError):  # an area needs its รพ.สต.'s name
            connection.execute(
                "INSERT INTO committee (uuid, kind, name, tambon_code, area, area_name, updated_at) VALUES"
                " ('y', 'tambon', 'ไม่มีชื่อ', '830104', 'health_centre', ' ', '2022-01-01 00:00:00')"
            )
    finally:
        connection.close()
