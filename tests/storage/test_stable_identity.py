"""Every table of the district's records has a stable ``uuid`` and an ``updated_at``; migration 0003 gives
them to databases made before it without losing a row or an existing UUID."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import select

from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.storage.models import Base, FiscalYear, StableIdentity
from pcha_desktop.storage.paths import database_path

NOT_RECORDS = {"audit_entry", "setting"}  # the audit trail itself; settings are identified by their key


def _record_tables(db_path: Path | None = None) -> list[str]:
    """The record tables of the models; with ``db_path``, those of them the database already has (a later
    revision adds tables an older fixture lacks)."""
    names = sorted(name for name in Base.metadata.tables if name not in NOT_RECORDS)
    if db_path is None:
        return names
    connection = sqlite3.connect(db_path)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return [name for name in names if name in present]


def _rows(db_path: Path, table: str) -> dict[int, dict[str, object]]:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    try:
        return {row["id"]: dict(row) for row in connection.execute(f"SELECT * FROM {table}")}
    finally:
        connection.close()


def test_every_record_table_has_a_unique_uuid_and_updated_at() -> None:
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if table.name in NOT_RECORDS:
            continue
        assert issubclass(mapper.class_, StableIdentity), table.name
        assert not table.c.uuid.nullable and table.c.uuid.type.length == 36, table.name
        assert any(c.columns.keys() == ["uuid"] for c in table.constraints if c.__class__.__name__ == "UniqueConstraint")
        assert not table.c.updated_at.nullable, table.name


def test_migration_0003_keeps_every_row_and_gives_each_a_distinct_uuid(old_data_dir) -> None:
    data_dir = old_data_dir("0002")
    db_path = database_path(data_dir)
    tables = _record_tables(db_path)
    before = {table: _rows(db_path, table) for table in tables}
    assert all(before.values()), "the 0002 fixture holds rows in every table"

    with open_data_folder(data_dir):
        pass

    seen: set[str] = set()
    for table in tables:
        after = _rows(db_path, table)
        assert sorted(after) == sorted(before[table]), f"{table}: rows lost or added"
        for ident, row in after.items():
            old = before[table][ident]
            assert {k: v for k, v in row.items() if k in old and k not in {"uuid", "updated_at"}} == {
                k: v for k, v in old.items() if k not in {"uuid", "updated_at"}
            }, f"{table} {ident} changed"
            if "uuid" in old:
                assert row["uuid"] == old["uuid"], f"{table} {ident}: an existing UUID was replaced"
            assert isinstance(row["uuid"], str) and len(row["uuid"]) == 36
            assert row["uuid"] not in seen, f"{table} {ident}: UUID {row['uuid']} given twice"
            seen.add(row["uuid"])
            assert row["updated_at"], f"{table} {ident}: no updated_at"
    # updated_at starts from the audit trail: the fixture's fiscal years were recorded on 20 Sep 2020
    assert str(_rows(db_path, "fiscal_year")[1]["updated_at"]).startswith("2020-09-20 02:00:00")
    # and the photo, recorded with its visit
    assert str(_rows(db_path, "district_visit_photo")[1]["updated_at"]).startswith("2021-11-10 07:40:55")


def test_new_rows_get_a_uuid_and_updated_at_follows_real_changes(opened_folder: DataFolder) -> None:
    database = opened_folder.database
    with database.unit_of_work("สมศรี") as session:
        session.add_all([FiscalYear(be_year=2568), FiscalYear(be_year=2569)])
    with database.reader() as session:
        rows = [(y.id, y.uuid, y.updated_at) for y in session.scalars(select(FiscalYear).order_by(FiscalYear.be_year))]
    (first, first_uuid, created), (second, second_uuid, second_updated) = rows
    assert len(first_uuid) == 36 and second_uuid != first_uuid

    with database.unit_of_work("สมศรี") as session:  # nothing really changes: updated_at stays
        session.get(FiscalYear, first).notes = ""
    with database.reader() as session:
        assert session.get(FiscalYear, first).updated_at == created

    time.sleep(0.01)
    with database.unit_of_work("สมศรี") as session:
        session.get(FiscalYear, first).notes = "ปีแรกของแผน"
    with database.reader() as session:
        changed = session.get(FiscalYear, first)
        assert changed.updated_at > created and changed.uuid == first_uuid
        assert session.get(FiscalYear, second).updated_at == second_updated
