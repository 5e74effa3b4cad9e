"""Migrations: they make new databases, match the models, keep pragmas and foreign keys during rebuilds."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.storage import migrate
from pcha_desktop.storage.models import Base
from pcha_desktop.storage.paths import database_path


def _schema(db_path: Path) -> dict[str, list[str]]:
    """CREATE TABLE/INDEX statements by name, as sorted clauses (clause order is not meaningful).

    Triggers and views are left out: ``create_all`` only makes them if the models attach them as DDL.
    """
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')"
        ).fetchall()
    finally:
        connection.close()
    return {name: sorted(_clause(line) for line in sql.splitlines()) for name, sql in rows}


def _clause(line: str) -> str:
    """One clause without layout or identifier quotes (batch mode writes ``CREATE TABLE "name"``)."""
    return line.strip().rstrip(",").replace('"', "")


def test_new_folder_gets_a_database_at_head(opened_folder: DataFolder) -> None:
    db_path = database_path(opened_folder.data_dir)
    assert opened_folder.created
    assert migrate.current_revision(db_path) == migrate.head_revision()
    assert not migrate.needs_upgrade(db_path)
    assert not Path(f"{db_path}{migrate.NEW_DATABASE_SUFFIX}").exists()


def test_quick_head_agrees_with_alembic() -> None:
    """``head_revision`` reads the version files without Alembic (start-up time); Alembic must agree."""
    assert migrate.head_revision() == migrate._script_directory().get_current_head()


def test_pragmas_are_on_in_every_connection(opened_folder: DataFolder) -> None:
    engine = opened_folder.database.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        for connection in connections:
            connection.close()
    with opened_folder.database.unit_of_work() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_migration_connection_is_durable_and_checks_foreign_keys_itself(head_db: Path) -> None:
    engine = migrate._migration_engine(head_db)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0  # see migrate's docstring
    finally:
        engine.dispose()


def test_migrations_build_exactly_the_schema_of_the_models(head_db: Path, tmp_path: Path) -> None:
    from_models = tmp_path / "models.sqlite"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated = _schema(head_db)
    migrated.pop("alembic_version")
    expected = _schema(from_models)
    assert sorted(migrated) == sorted(expected), "tables/indexes differ"
    differences = {
        name: {"only in migrations": sorted(set(migrated[name]) - set(expected[name])),
               "only in models": sorted(set(expected[name]) - set(migrated[name]))}
        for name in expected
        if migrated[name] != expected[name]
    }
    assert not differences, differences


def test_alembic_sees_no_difference_between_models_and_head(head_db: Path) -> None:
    engine = create_engine(f"sqlite:///{head_db}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_database_from_a_newer_program_is_refused(head_db: Path) -> None:
    connection = sqlite3.connect(head_db)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(migrate.DatabaseNewerThanApp) as raised:
        migrate.needs_upgrade(head_db)
    assert raised.value.revision == "9999"
    assert raised.value.message_th and "newer version" in raised.value.message_en


def test_a_foreign_sqlite_file_is_not_migrated(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(migrate.NotAPchaDatabase):
        migrate.upgrade_to_head(other)


def test_a_migration_cannot_commit_broken_references(head_db: Path) -> None:
    connection = sqlite3.connect(head_db)
    connection.execute(
        "INSERT INTO committee_membership (uuid, committee_id, person_id, role, sector, sort_order, start_date,"
        " updated_at) VALUES ('u', 41, 42, 'member', 'state', 0, '2024-01-01', '2024-01-01 00:00:00')"
    )
    connection.commit()
    connection.close()
    with pytest.raises(Exception, match="broken foreign key"):
        migrate.upgrade_to(head_db, "head")


REBUILD_MIGRATION = '''
"""Test only: rebuild the person table (a parent of committee_membership) in batch mode."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(60), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.drop_column("nickname")
'''


def test_batch_rebuild_of_a_parent_table_keeps_children(
    head_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With foreign_keys ON, dropping ``person`` during the rebuild would be refused (ON DELETE RESTRICT)."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9001_rebuild_person.py").write_text(REBUILD_MIGRATION.format(head=head))
    connection = sqlite3.connect(head_db)
    connection.executescript(
        "INSERT INTO person (id, uuid, title, first_name, last_name, position, organisation, sector, phone, email,"
        " updated_at) VALUES (1, 'p1', 'นาย', 'สมชาย', 'ใจดี', '', '', 'state', '', '', '2024-01-01 00:00:00');"
        "INSERT INTO committee (id, uuid, kind, name, updated_at, area_name)"
        " VALUES (1, 'c1', 'district', 'พชอ.', '2024-01-01 00:00:00', '');"
        "INSERT INTO committee_membership (uuid, committee_id, person_id, role, sector, sort_order, start_date,"
        " updated_at) VALUES ('m1', 1, 1, 'chair', 'state', 1, '2024-01-01', '2024-01-01 00:00:00');"
    )
    connection.close()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    assert migrate.needs_upgrade(head_db)
    migrate.upgrade_to_head(head_db)

    connection = sqlite3.connect(head_db)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9001",)
        assert connection.execute("SELECT person_id FROM committee_membership").fetchall() == [(1,)]
        assert connection.execute("SELECT nickname FROM person").fetchall() == [("",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        foreign_keys = connection.execute("PRAGMA foreign_key_list(committee_membership)").fetchall()
        assert {row[2] for row in foreign_keys} == {"person", "committee"}
    finally:
        connection.close()


def test_a_failing_migration_leaves_the_database_as_it_was(
    head_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failing = REBUILD_MIGRATION.format(head=migrate.head_revision()).replace(
        'batch_op.add_column(sa.Column("nickname", sa.String(60), nullable=False, server_default=""))',
        'batch_op.add_column(sa.Column("nickname", sa.String(60)))\n    op.execute("SELECT * FROM no_such_table")',
    )
    (scripts / "versions" / "9001_rebuild_person.py").write_text(failing)
    before = _schema(head_db)
    revision_before = migrate.current_revision(head_db)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    with pytest.raises(Exception, match="no_such_table"):
        migrate.upgrade_to_head(head_db)

    assert _schema(head_db) == before
    assert migrate.current_revision(head_db) == revision_before
