"""Several service calls as one transaction: all of them are kept, or none.

    with one_transaction(database) as joined:
        save_profile(joined, ...)              # each call's unit_of_work is a savepoint inside
        district_committee(joined, ...)
    # committed here; an exception (or a killed process) leaves the database as it was before

Services take a ``Database`` and open their own ``unit_of_work``/``reader``; ``joined`` is a ``Database``
whose sessions all run on one connection inside one ``BEGIN IMMEDIATE`` transaction, each of them in its own
savepoint (SQLAlchemy's ``join_transaction_mode="create_savepoint"``), so a service that fails rolls back its
own part only, as it would alone. pysqlite's own transaction handling is switched off on that connection
(as in ``migrate.py``), or a savepoint's release would commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import sessionmaker

from pcha_desktop.storage.database import Database, create_sqlite_engine


class _JoinedDatabase(Database):
    """A ``Database`` whose sessions join the transaction of ``connection``."""

    def __init__(self, database: Database, connection: Connection) -> None:  # noqa: D107
        self.path = database.path
        self.engine = connection.engine
        self._session_factory = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )

    def dispose(self) -> None:  # the connection belongs to one_transaction
        pass

    def _after_commit(self) -> None:  # a savepoint was released; the checkpoint follows the real commit
        pass


@contextmanager
def one_transaction(database: Database) -> Iterator[Database]:
    engine = create_sqlite_engine(database.path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see the module doc)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            yield _JoinedDatabase(database, connection)
    finally:
        engine.dispose()
    database._after_commit()  # committed: into the database file itself, with the "left open" mark


__all__ = ["one_transaction"]
