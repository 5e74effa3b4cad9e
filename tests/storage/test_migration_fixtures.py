"""Databases made by earlier releases (``fixtures/schema_*.sqlite``) open, migrate to head and keep every row.

A new migration adds its own ``schema_<revision>.sqlite`` (see ``fixtures/make_schema_0001.py``); this test
picks it up without changes. Every table of the fixture (but ``alembic_version``) is compared row by row, on
the columns that still exist after migrating. Issued appointment orders (from 0002 on) must still be frozen
by the database's triggers after migrating.
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
from pcha_desktop.storage.models import Base, Committee, DistrictProfile, Person, Setting
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


def test_every_earlier_schema_has_its_fixture() -> None:
    """The rule: a migration is tested on databases of every earlier schema. So once a revision is no
    longer the newest, a database saved at it must be here (make it with a make_schema_NNNN.py script)."""
    from pcha_desktop.storage.migrate import _script_directory

    revisions = {script.revision for script in _script_directory().walk_revisions()}
    missing = sorted(rev for rev in revisions - {head_revision()} if not (FIXTURES / f"schema_{rev}.sqlite").exists())
    assert not missing, f"no fixture database saved at schema {missing}"


def test_the_committees_fixture_holds_rows_in_every_table() -> None:
    """schema_0002 is the first with the committees' tables; an empty table there would test nothing."""
    fixture = FIXTURES / "schema_0002.sqlite"
    assert fixture in SCHEMA_FIXTURES
    empty = [table for table, (_, rows) in _all_rows(fixture).items() if not rows]
    assert not empty, f"tables without rows in {fixture.name}: {empty}"
    assert _issued_order_ids(fixture), "schema_0002 must hold an issued order"


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
    _assert_issued_orders_still_frozen(db_path)


def _issued_order_ids(db_path: Path) -> list[int]:
    connection = sqlite3.connect(db_path)
    try:
        if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'appointment_order'"
        ).fetchone():
            return []
        query = "SELECT id FROM appointment_order WHERE status = 'issued'"
        return [row[0] for row in connection.execute(query)]
    finally:
        connection.close()


def _assert_issued_orders_still_frozen(db_path: Path) -> None:
    """The migrated database itself refuses to change an issued order or its members (the 0002 triggers)."""
    attempts = [
        "UPDATE appointment_order SET subject = subject || ' (แก้ไข)' WHERE id = :id",
        "UPDATE appointment_order SET status = 'draft' WHERE id = :id",
        "UPDATE appointment_order SET running_number = running_number + 1 WHERE id = :id",
        "DELETE FROM appointment_order WHERE id = :id",
        "UPDATE appointment_order_member SET full_name = 'ผู้อื่น' WHERE order_id = :id",
        "DELETE FROM appointment_order_member WHERE order_id = :id",
        "INSERT INTO appointment_order_member (order_id, sort_order, role, sector, full_name, position,"
        " organisation) VALUES (:id, 99, 'member', 'state', 'ผู้อื่น', '', '')",
    ]
    refused = "issued appointment order cannot be changed"
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        for order_id in _issued_order_ids(db_path):
            has_members = connection.execute(
                "SELECT count(*) FROM appointment_order_member WHERE order_id = ?", (order_id,)
            ).fetchone()[0]
            for statement in attempts:
                if "appointment_order_member" in statement and "INSERT" not in statement and not has_members:
                    continue
                with pytest.raises(sqlite3.IntegrityError, match=refused):
                    connection.execute(statement, {"id": order_id})
            # what may still be recorded on an issued order (services: record_sent_to_province, signed copy)
            connection.execute("BEGIN")
            connection.execute("UPDATE appointment_order SET sent_to_province_on = '2099-01-01' WHERE id = ?",
                               (order_id,))
            connection.execute("ROLLBACK")
    finally:
        connection.close()


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
        for mapper in Base.registry.mappers:  # every row of every table loads (enum values, dates)
            session.scalars(select(mapper.class_)).all()
