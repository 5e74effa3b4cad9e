"""Alembic environment for PCHA Desktop; run it through ``pcha_desktop.storage.migrate``.

``migrate`` hands over an open connection (``config.attributes["connection"]``) that already is inside
one ``BEGIN IMMEDIATE`` transaction with ``foreign_keys=OFF`` (batch mode recreates tables, which with
foreign keys on would cascade or be refused). Before that transaction commits, ``PRAGMA foreign_key_check``
must come back empty, so a migration can never leave a broken reference behind.
"""

from __future__ import annotations

from alembic import context

from pcha_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at rows that do not exist; the transaction is rolled back."""


def assert_foreign_keys_hold(connection) -> None:  # type: ignore[no-untyped-def]
    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if violations:
        shown = ", ".join(f"{row[0]} rowid {row[1]} -> {row[2]}" for row in violations[:5])
        raise ForeignKeyViolation(f"{len(violations)} broken foreign key(s) after migration: {shown}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run migrations through pcha_desktop.storage.migrate, which opens the database.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    assert_foreign_keys_hold(connection)


if context.is_offline_mode():
    raise RuntimeError("Offline (SQL script) migrations are not supported.")
run_migrations_online()
