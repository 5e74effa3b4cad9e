"""Schema migrations with Alembic, run from code (no alembic.ini at runtime).

A brand-new database is made by running every migration, exactly like an old one is upgraded, so tests and
real use follow the same path. New databases are built in a temporary file next to the real one and moved
into place only when complete, so a crash during the first start never leaves a half-made database.

Each upgrade runs in one ``BEGIN IMMEDIATE`` transaction on a connection with the usual pragmas (WAL,
synchronous=FULL, busy_timeout) except ``foreign_keys``, which is OFF because batch mode recreates tables
(with it ON, dropping the old table would cascade or be refused). Instead ``PRAGMA foreign_key_check`` runs
inside the transaction before it commits (see ``migrations/env.py``), as the SQLite manual prescribes for
table rebuilds. Ordinary connections (``Database``) keep ``foreign_keys=ON``.

For developers, a new migration is written with
``python -m pcha_desktop.storage.migrate revision "message"`` (autogenerates against a database at head).
"""

from __future__ import annotations

import sqlite3
import sys
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pcha_desktop.storage.paths import StorageError, durable_replace, sqlite_uri

if TYPE_CHECKING:  # Alembic loads only when a migration runs: it costs start-up time otherwise
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
NEW_DATABASE_SUFFIX = ".new"


class DatabaseNewerThanApp(StorageError):
    """The database was written by a newer PCHA Desktop than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            "ฐานข้อมูลนี้สร้างด้วยโปรแกรม PCHA Desktop รุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุด"
            f" (รุ่นฐานข้อมูล {revision})",
            "This database was made by a newer version of PCHA Desktop; please install the latest version"
            f" (schema revision {revision}).",
        )
        self.revision = revision


class NotAPchaDatabase(StorageError):
    """The file is not a database made by PCHA Desktop: another program's SQLite database (tables, but no
    alembic_version), or, with ``no_backup``, not a SQLite file at all in a folder that has no backups."""

    def __init__(self, path: Path, *, no_backup: bool = False) -> None:
        note_th = note_en = ""
        if no_backup:
            note_th = " ถ้าเคยเป็นฐานข้อมูลของโปรแกรม แสดงว่าเสียหาย และโฟลเดอร์นี้ไม่มีข้อมูลสำรองให้กู้คืน"
            note_en = " If it was one, it is damaged, and this folder holds no backup to restore."
        super().__init__(
            f"ไฟล์ {path} ไม่ใช่ฐานข้อมูลของโปรแกรม PCHA Desktop จึงไม่ได้เปิดหรือเปลี่ยนแปลงไฟล์นี้{note_th}",
            f"The file {path} is not a PCHA Desktop database, so it was neither opened nor changed.{note_en}",
        )
        self.path = path


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    return config


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION_LINE = re.compile(r'^(down_revision|revision)\b[^=]*=\s*["\']([^"\']+)["\']', re.MULTILINE)


_heads_read: dict[tuple[object, ...], str | None] = {}  # start-up asks twice; the files are read once


def _head_from_files() -> str | None:
    """The head revision read straight from versions/*.py (a linear history), without importing Alembic."""
    scripts = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    key = (str(MIGRATIONS_DIR), *((script.name, script.stat().st_mtime_ns) for script in scripts))
    if key not in _heads_read:
        revisions: set[str] = set()
        parents: set[str] = set()
        for script in scripts:
            for kind, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
                (revisions if kind == "revision" else parents).add(value)
        heads = revisions - parents
        _heads_read[key] = heads.pop() if len(heads) == 1 else None
    return _heads_read[key]


def head_revision() -> str:
    head = _head_from_files() or _script_directory().get_current_head()
    if head is None:
        raise RuntimeError("No migrations found in " + str(MIGRATIONS_DIR))
    return head


def is_known_revision(revision: str) -> bool:
    return revision in {script.revision for script in _script_directory().walk_revisions()}


def _connect_existing(db_path: Path) -> sqlite3.Connection:
    """A plain connection to an existing file; never creates one."""
    return sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True)


def _table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows if not row[0].startswith("sqlite_")}


def current_revision(db_path: Path) -> str | None:
    """The schema revision stored in the database; None for a missing or empty file."""
    if not Path(db_path).exists():
        return None
    connection = _connect_existing(db_path)
    try:
        if "alembic_version" not in _table_names(connection):
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def _has_tables(db_path: Path) -> bool:
    if not Path(db_path).exists():
        return False
    connection = _connect_existing(db_path)
    try:
        return bool(_table_names(connection))
    finally:
        connection.close()


def needs_upgrade(db_path: Path) -> bool:
    """True if migrations must run; raises DatabaseNewerThanApp for a revision this program does not know."""
    revision = current_revision(db_path)
    if revision is None:
        return True
    if revision == head_revision():
        return False
    if not is_known_revision(revision):
        raise DatabaseNewerThanApp(revision)
    return True


def check_schema(db_path: Path) -> None:
    """Raise ``NotAPchaDatabase`` for another program's database and ``DatabaseNewerThanApp`` for one
    written by a newer PCHA Desktop; an empty or missing file, or any schema this program knows, passes."""
    db_path = Path(db_path)
    if current_revision(db_path) is None:
        if _has_tables(db_path):
            raise NotAPchaDatabase(db_path)
        return
    needs_upgrade(db_path)


def _migration_engine(db_path: Path) -> Engine:
    """An engine whose transactions really are transactions for DDL too (pysqlite would autocommit DDL)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL
    from sqlalchemy.pool import NullPool

    from pcha_desktop.storage.database import apply_pragmas

    engine = create_engine(URL.create("sqlite", database=str(db_path)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        apply_pragmas(dbapi_connection)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction; see module doc

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade_to(db_path: Path, revision: str) -> None:
    """Migrate the database (created if missing, in place) to ``revision``, all in one transaction."""
    from alembic import command

    engine = _migration_engine(db_path)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def upgrade_to_head(db_path: Path) -> None:
    """Bring the database to the newest schema; a missing database is created (atomically) at head."""
    db_path = Path(db_path)
    if not db_path.exists():
        create_new_database(db_path)
        return
    check_schema(db_path)
    if needs_upgrade(db_path):
        upgrade_to(db_path, "head")


def create_new_database(db_path: Path, revision: str = "head") -> None:
    """Build the schema in ``<name>.new`` next to ``db_path`` and move it into place when complete."""
    db_path = Path(db_path)
    temporary = db_path.with_name(db_path.name + NEW_DATABASE_SUFFIX)
    _remove_sqlite_files(temporary)
    upgrade_to(temporary, revision)
    _make_self_contained(temporary)
    durable_replace(temporary, db_path)


def _make_self_contained(db_path: Path) -> None:
    """Fold the WAL into the main file and leave rollback-journal mode, so the single file is complete."""
    connection = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _remove_sqlite_files(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def _new_revision(message: str) -> None:
    """Developer tool: autogenerate a migration by comparing the models with a scratch database at head."""
    from alembic import command

    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "head.sqlite"
        create_new_database(db_path)
        engine = _migration_engine(db_path)
        try:
            with engine.connect() as connection, connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.revision(config, message=message, autogenerate=True)
        finally:
            engine.dispose()


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) == 2 and arguments[0] == "revision":
        _new_revision(arguments[1])
        return 0
    if len(arguments) == 1 and arguments[0] == "heads":
        print(head_revision())
        return 0
    print('usage: python -m pcha_desktop.storage.migrate revision "message" | heads', file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
