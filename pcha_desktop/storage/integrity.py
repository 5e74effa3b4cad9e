"""Is a database file healthy? Never raises for a damaged file; answers with an ``IntegrityReport``.

Checks, in order: the file exists (a missing file is fine: a new database will be made), it is not empty,
it starts with the SQLite header, it is not shorter than its header says, ``PRAGMA integrity_check`` says
"ok", and ``PRAGMA foreign_key_check`` finds no broken reference. ``problem`` is a short English text for
logs and the "details" part of the message shown to the user.

What is not damage is not reported as damage: a file that cannot be read or written as it is (read-only,
no permission, a folder in its place, a full or failing disk) raises the matching ``StorageError`` from
``storage.disk_problems`` instead, so nobody is offered a restore over a healthy database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pcha_desktop.storage.disk_problems import FolderInsteadOfFile, classify
from pcha_desktop.storage.paths import sqlite_uri

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
MAX_REPORTED_PROBLEMS = 5


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problem: str = ""
    missing: bool = False  # no file at all (ok: a new database will be created)
    not_sqlite: bool = False  # empty, or not a SQLite file at all: damaged, or never a PCHA database


def check_integrity(db_path: Path) -> IntegrityReport:
    db_path = Path(db_path)
    if not db_path.exists():
        return IntegrityReport(ok=True, missing=True)
    problem = _file_problem(db_path)
    if problem:
        return IntegrityReport(ok=False, problem=problem, not_sqlite=problem in _NOT_SQLITE_PROBLEMS)
    return _sqlite_report(db_path)


_EMPTY = "the file is empty (0 bytes)"
_WRONG_HEADER = "the file is not a SQLite database (wrong header)"
_NOT_SQLITE_PROBLEMS = (_EMPTY, _WRONG_HEADER)


def _raise_if_not_damage(error: OSError | sqlite3.Error, db_path: Path) -> None:
    """A read-only file, a missing permission, a full or failing disk: raised as what it is."""
    classified = classify(error, db_path)
    if classified is not None:
        raise classified from error


def _file_problem(db_path: Path) -> str:
    """Damage visible without SQLite: not a file, empty, wrong header, shorter than the header says."""
    if db_path.is_dir():
        raise FolderInsteadOfFile(db_path)
    if not db_path.is_file():
        return f"{db_path.name} is not a file"
    try:
        size = db_path.stat().st_size
        with open(db_path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as error:
        _raise_if_not_damage(error, db_path)
        return f"cannot read the file: {error}"
    if size == 0:
        return _EMPTY
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return _WRONG_HEADER
    return _truncation_problem(db_path, header, size)


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def _truncation_problem(db_path: Path, header: bytes, size: int) -> str:
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return f"the file header is damaged (page size {page_size})"
    if _has_pending_wal(db_path):
        return ""  # the main file may legitimately be behind its write-ahead log
    if size % page_size:
        return f"the file is truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    if page_count and change_counter == valid_for and size < page_count * page_size:
        return f"the file is truncated ({size} bytes, the header says {page_count * page_size})"
    return ""


def _has_pending_wal(db_path: Path) -> bool:
    wal = Path(str(db_path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _sqlite_report(db_path: Path) -> IntegrityReport:
    try:
        connection = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=5.0)
    except sqlite3.Error as error:
        _raise_if_not_damage(error, db_path)
        return IntegrityReport(ok=False, problem=f"cannot open the database: {error}")
    connection.text_factory = _lenient_text  # damaged pages can hold invalid UTF-8 in names and messages
    try:
        problem = _integrity_problem(connection) or _foreign_key_problem(connection)
    except sqlite3.OperationalError as error:
        if _is_busy(error):
            raise
        _raise_if_not_damage(error, db_path)
        problem = f"SQLite error: {error}"
    except (sqlite3.DatabaseError, ValueError) as error:
        problem = f"SQLite error: {error}"
    finally:
        connection.close()
    return IntegrityReport(ok=not problem, problem=problem)


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _is_busy(error: sqlite3.OperationalError) -> bool:
    """"database is locked" means someone is using it, not that it is damaged: that is not ours to hide."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _integrity_problem(connection: sqlite3.Connection) -> str:
    rows = connection.execute(f"PRAGMA integrity_check({MAX_REPORTED_PROBLEMS})").fetchall()
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return ""
    return "integrity_check: " + "; ".join(messages)


def _foreign_key_problem(connection: sqlite3.Connection) -> str:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return ""
    shown = "; ".join(f"{table} row {rowid} -> missing {parent}" for table, rowid, parent, _ in rows[:5])
    return f"foreign_key_check: {len(rows)} broken reference(s): {shown}"


__all__ = ["IntegrityReport", "check_integrity"]
