"""Migration 0005: the issues of an older database keep every row and their subcommittees, and get the area
'other', no dimensions and an empty situation analysis; the database itself refuses an unknown area."""

from __future__ import annotations

import sqlite3

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.paths import database_path


def _rows(db_path, query):
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_the_issues_of_0004_keep_their_rows_and_subcommittees(old_data_dir) -> None:
    data_dir = old_data_dir("0004")
    db_path = database_path(data_dir)
    before = _rows(db_path, "SELECT id, uuid, fiscal_year, title, sort_order FROM quality_of_life_issue ORDER BY id")
    assert len(before) == 2
    with open_data_folder(data_dir):
        pass
    after = _rows(db_path, "SELECT id, uuid, fiscal_year, title, sort_order, area, dimensions, situation_analysis"
                           " FROM quality_of_life_issue ORDER BY id")
    assert [row[:5] for row in after] == before
    assert {row[5:] for row in after} == {("other", "", "")}
    assert _rows(db_path, "SELECT issue_id FROM committee WHERE kind = 'issue_subcommittee' ORDER BY issue_id") == [
        (1,), (2,)]


def test_the_migrated_database_refuses_an_unknown_area_and_a_negative_count(old_data_dir) -> None:
    data_dir = old_data_dir("0004")
    with open_data_folder(data_dir):
        pass
    connection = sqlite3.connect(database_path(data_dir))
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE quality_of_life_issue SET area = 'everything' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO issue_target_group (issue_id, target_group, label, people_count, sort_order, uuid,"
                " updated_at) VALUES (1, 'disabled', '', -3, 0, 'u', '2022-01-01 00:00:00')")
    finally:
        connection.close()
