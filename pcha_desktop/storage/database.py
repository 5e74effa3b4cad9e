"""The one place that opens the SQLite file: pragmas, sessions, one transaction per user action, audit.

    database = Database(path)
    with database.unit_of_work(user_name="สมศรี") as session:
        session.add(...)
    # committed here, with an audit entry per changed row; rolled back on any exception

After each committed unit of work a PASSIVE checkpoint copies the new pages from the -wal into the
database file, so a ``pcha.sqlite`` copied alone (after a crash, without its -wal) still holds every
committed user action. The first commit also sets the "left open" mark (``storage/open_mark.py``) that a
clean ``dispose()`` removes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from pcha_desktop.storage.models import AuditEntry, Base
from pcha_desktop.storage.open_mark import OPEN_MARK

BUSY_TIMEOUT_MS = 5000
SYSTEM_USER = "system"


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)))  # a URL object: "?", "#", "%" are safe

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_connection)

    return engine


class Database:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = create_sqlite_engine(self.path)
        self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._marked_open = False  # this session set the "left open" mark
        self._connected = False
        event.listen(self.engine, "connect", self._note_connected)

    @contextmanager
    def unit_of_work(self, user_name: str = SYSTEM_USER) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all, and is audited."""
        session = self._session_factory()
        session.info["user_name"] = user_name or SYSTEM_USER
        try:
            with session.begin():
                yield session
        finally:
            session.close()
        self._after_commit()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        session = self._session_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def _after_commit(self) -> None:
        """The committed pages into the database file itself (see the module doc); never fails the action."""
        statements = ["PRAGMA wal_checkpoint(PASSIVE)"]
        if not self._marked_open:
            statements.insert(0, f"PRAGMA user_version = {OPEN_MARK}")
        if self._run_outside_transaction(statements):
            self._marked_open = True

    def _run_outside_transaction(self, statements: list[str]) -> bool:
        try:
            with self.engine.connect() as connection:
                for statement in statements:
                    connection.exec_driver_sql(statement)
                connection.commit()
        except DBAPIError:  # e.g. a full disk: the data is committed in the -wal all the same
            return False
        return True

    def _note_connected(self, _dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        self._connected = True

    def dispose(self) -> None:
        """Close every connection; a clean close clears the "left open" mark (also one a crashed session
        left) and empties the -wal."""
        if self._marked_open or (self._connected and self._left_open_mark()):
            self._run_outside_transaction(["PRAGMA user_version = 0", "PRAGMA wal_checkpoint(TRUNCATE)"])
            self._marked_open = False
        self.engine.dispose()

    def _left_open_mark(self) -> bool:
        try:
            with self.engine.connect() as connection:
                return connection.exec_driver_sql("PRAGMA user_version").scalar() == OPEN_MARK
        except DBAPIError:
            return False


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _column_changes(instance: Any, action: str) -> dict[str, list[Any]]:
    """{column: [old, new]}: new values of an insert, changed values of an update, old values of a delete.

    A key-value row (a model with ``__audit_key_value__ = (key column, value column)``, i.e. a setting) is
    recorded as {its key: [old value, new value]}, so the trail names the setting that changed."""
    changes = _all_column_changes(instance, action)
    key_value = getattr(instance, "__audit_key_value__", None)
    if key_value is None:
        return changes
    key_column, value_column = key_value
    if value_column not in changes:
        return {}
    return {str(getattr(instance, key_column)): changes[value_column]}


def _all_column_changes(instance: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(instance)
    changes: dict[str, list[Any]] = {}
    for attribute in state.mapper.column_attrs:
        history = state.attrs[attribute.key].history
        current = history.unchanged[0] if history.unchanged else None
        old = history.deleted[0] if history.deleted else current
        new = history.added[0] if history.added else current
        if action == "insert":
            changes[attribute.key] = [None, _plain(new)]
        elif action == "delete":
            changes[attribute.key] = [_plain(old if old is not None else new), None]
        elif history.has_changes() and _plain(old) != _plain(new):
            changes[attribute.key] = [_plain(old), _plain(new)]
    return changes


@lru_cache(maxsize=1)
def _table_ranks() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


def _in_table_order(instances: Any, *, reverse: bool = False) -> list[Any]:
    """``instances`` in the order of their tables' dependencies (a person before the membership that refers
    to it; the reverse for deletes), as the database writes them, so the trail reads in that order whatever
    order the objects were added to the session in (stable within a table)."""
    ranks = _table_ranks()
    sign = -1 if reverse else 1
    return sorted(instances, key=lambda instance: sign * ranks.get(getattr(instance, "__tablename__", ""), 0))


@event.listens_for(Session, "after_flush")
def _record_audit_entries(session: Session, _flush_context: Any) -> None:
    """Write an AuditEntry for every inserted, changed or deleted row (audit rows themselves excepted)."""
    user_name = session.info.get("user_name", SYSTEM_USER)
    entries: list[dict[str, Any]] = []
    for action, instances in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for instance in _in_table_order(instances, reverse=action == "delete"):
            if isinstance(instance, AuditEntry):
                continue
            changes = _column_changes(instance, action)
            if action == "update" and not changes:
                continue
            entries.append(
                {
                    "user_name": user_name,
                    "action": action,
                    "table_name": instance.__tablename__,
                    "row_id": getattr(instance, "id", None),
                    "changes": json.dumps(changes, ensure_ascii=False, default=str),
                }
            )
    if entries:
        session.execute(AuditEntry.__table__.insert(), entries)
