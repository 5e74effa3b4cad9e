"""Databases made by earlier releases (``fixtures/schema_*.sqlite``) open, migrate to head and keep every row.

A new migration adds its own ``schema_<revision>.sqlite`` (see ``fixtures/make_schema_0001.py``); this test
picks it up without changes. Rows are compared on the columns that still exist after migrating.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.integrity import check_integrity
from pcha_desktop.storage.migrate import current_revision, head_revision
from pcha_desktop.storage.models import Committee, DistrictProfile, Person, Setting
from pcha_desktop.storage.paths import database_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema_*.sqlite"))

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def _all_rows(db_path: Path) -> Rows:
    connection = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        )]
        result: Rows = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            result[table] = ([column[0] for column in cursor.description], cursor.fetchall())
        return result
    finally:
        connection.close()


def _project(columns: list[str], rows: list[tuple[object, ...]], keep: list[str]) -> set[tuple[object, ...]]:
    indexes = [columns.index(name) for name in keep]
    return {tuple(row[index] for index in indexes) for row in rows}


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert FIXTURES / "schema_0001.sqlite" in SCHEMA_FIXTURES


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda path: path.stem)
def test_old_database_migrates_to_head_keeping_every_row(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db_path = database_path(data_dir)
    shutil.copyfile(fixture, db_path)
    before = _all_rows(db_path)
    assert sum(len(rows) for _, rows in before.values()) > 0

    with open_data_folder(data_dir) as folder:
        assert not folder.created
        assert current_revision(db_path) == head_revision()
        if fixture.stem != f"schema_{head_revision()}":
            assert folder.migration_backup is not None and folder.migration_backup.exists()
        _read_through_the_models(folder.database)

    after = _all_rows(db_path)
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} disappeared"
        new_columns, new_rows = after[table]
        kept = [name for name in columns if name in new_columns]
        assert len(new_rows) >= len(rows), table
        missing = _project(columns, rows, kept) - _project(new_columns, new_rows, kept)
        assert not missing, f"{table}: rows lost or changed: {sorted(missing, key=repr)[:3]}"
    assert check_integrity(db_path).ok


def _read_through_the_models(database) -> None:  # type: ignore[no-untyped-def]
    """Every old row must load through today's models (enum values, dates, relationships)."""
    with database.reader() as session:
        assert session.scalars(select(DistrictProfile)).one().district_code
        for person in session.scalars(select(Person)):
            assert person.full_name and person.sector
        for committee in session.scalars(select(Committee)):
            for membership in committee.memberships:
                assert membership.person.first_name and membership.role and membership.start_date
        assert session.scalars(select(Setting)).all()
