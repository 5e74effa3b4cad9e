"""Backups with SQLite's online backup API, checked before they are kept; restore that never half-writes.

File names carry the local time and the reason: ``pcha-2026-11-23T101530-start.sqlite`` (``.2``, ``.3``…
before ``.sqlite`` if two are made in the same second). Each backup is one self-contained file in
rollback-journal mode (no -wal/-shm beside it), so it can be copied to a USB stick as it is.

Rotation: only *automatic* backups (reason ``start``, at most one a day) are rotated, keeping the 14
newest. Backups made on purpose (``manual`` from ``pcha backup``, ``before-migration``, ``before-restore``…)
are never deleted by the program: they are rare, and the user or the upgrade asked for them.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path

from pcha_desktop.storage.integrity import IntegrityReport, check_integrity
from pcha_desktop.storage.paths import (
    StorageError,
    durable_replace,
    fsync_directory,
    fsync_file,
    sqlite_uri,
)

AUTOMATIC_REASON = "start"
MANUAL_REASON = "manual"
BEFORE_MIGRATION_REASON = "before-migration"
KEEP_AUTOMATIC_BACKUPS = 14
TIMESTAMP_FORMAT = "%Y-%m-%dT%H%M%S"
PARTIAL_SUFFIX = ".partial"
PCHA_CORE_TABLES = frozenset({"alembic_version", "district_profile", "person", "committee", "setting"})

_NAME_PATTERN = re.compile(
    r"^pcha-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<reason>[a-z0-9][a-z0-9-]*?)"
    r"(?:\.(?P<sequence>\d+))?\.sqlite$"
)


class BackupFailed(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"สำรองข้อมูลไม่สำเร็จ ({detail}) กรุณาตรวจสอบพื้นที่ว่างในดิสก์",
            f"The backup could not be made ({detail}). Please check the free disk space.",
        )
        self.detail = detail


class BackupInvalid(StorageError, ValueError):
    """The chosen file cannot be restored: damaged, or not a PCHA Desktop database (also a ValueError)."""

    def __init__(self, backup_file: Path, problem: str) -> None:
        super().__init__(
            f"ไฟล์สำรอง {Path(backup_file).name} ใช้กู้คืนไม่ได้ ({problem})",
            f"The backup {Path(backup_file).name} cannot be restored ({problem}).",
        )
        self.backup_file = Path(backup_file)
        self.problem = problem


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # local time, from the file name
    reason: str
    size_bytes: int
    sequence: int = 1

    @property
    def is_automatic(self) -> bool:
        return self.reason == AUTOMATIC_REASON

    @cached_property
    def integrity(self) -> IntegrityReport:
        """Checked on first use only (it reads the whole file)."""
        return validate_backup_file(self.path)

    def is_good(self) -> bool:
        """Passes integrity_check and is a PCHA Desktop database this program can open."""
        return self.integrity.ok


# ---------------------------------------------------------------- creating


def backup_file_name(created_at: datetime, reason: str, sequence: int = 1) -> str:
    suffix = f".{sequence}" if sequence > 1 else ""
    return f"pcha-{created_at.strftime(TIMESTAMP_FORMAT)}-{_clean_reason(reason)}{suffix}.sqlite"


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9-]+", "-", reason.strip().lower()).strip("-")
    return cleaned or MANUAL_REASON


def _free_target(backups_dir: Path, created_at: datetime, reason: str) -> Path:
    sequence = 1
    while (target := backups_dir / backup_file_name(created_at, reason, sequence)).exists():
        sequence += 1
    return target


def create_backup(db_path: Path, backups_dir: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the live database into ``backups_dir``; the copy is integrity-checked before it is kept."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if not db_path.exists():
        raise BackupFailed(f"{db_path} does not exist")
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = _free_target(backups_dir, now or datetime.now(), reason)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        copy_database(db_path, partial, journal_mode="DELETE")
        report = check_integrity(partial)
        if not report.ok:
            raise BackupFailed(f"the copy failed its check: {report.problem}")
        durable_replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(str(error)) from error
    finally:
        _remove_with_journals(partial)
    return target


def copy_database(source: Path, target: Path, *, journal_mode: str) -> None:
    """A consistent copy of ``source`` (even while it is in use) written to a fresh ``target`` file."""
    _remove_with_journals(target)
    source_connection = sqlite3.connect(sqlite_uri(source, "ro"), uri=True, timeout=10.0)
    target_connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        source_connection.backup(target_connection)
        target_connection.execute(f"PRAGMA journal_mode={journal_mode}")
    finally:
        target_connection.close()
        source_connection.close()
    fsync_file(target)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# ---------------------------------------------------------------- listing and rotation


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME_PATTERN.match(path.name)
    if not match:
        return None
    try:
        created_at = datetime.strptime(match["stamp"], TIMESTAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created_at, match["reason"], size, int(match["sequence"] or 1))


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """All backups, newest first. ``info.is_good()`` checks a file only when asked."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = (parse_backup_name(path) for path in backups_dir.iterdir() if path.is_file())
    backups = [info for info in found if info is not None]
    return sorted(backups, key=lambda info: (info.created_at, info.sequence, info.path.name), reverse=True)


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    return next((info for info in list_backups(backups_dir) if info.is_good()), None)


def rotate_backups(backups_dir: Path, keep: int = KEEP_AUTOMATIC_BACKUPS) -> list[Path]:
    """Delete automatic backups beyond the ``keep`` newest; returns what was deleted."""
    automatic = [info for info in list_backups(backups_dir) if info.is_automatic]
    deleted = []
    for info in automatic[keep:]:
        info.path.unlink(missing_ok=True)
        deleted.append(info.path)
    return deleted


def backup_if_due(db_path: Path, backups_dir: Path, *, now: datetime | None = None) -> Path | None:
    """The daily start backup: made if no automatic backup exists for today (local date), then rotated."""
    now = now or datetime.now()
    if not Path(db_path).exists():
        return None
    if any(info.is_automatic and info.created_at.date() == now.date() for info in list_backups(backups_dir)):
        return None
    created = create_backup(db_path, backups_dir, AUTOMATIC_REASON, now=now)
    rotate_backups(backups_dir)
    return created


# ---------------------------------------------------------------- validating and restoring


def validate_backup_file(backup_file: Path) -> IntegrityReport:
    """Healthy and a PCHA Desktop database whose schema revision this program knows."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        return IntegrityReport(ok=False, problem="the file does not exist", missing=True)
    report = check_integrity(backup_file)
    if not report.ok:
        return report
    problem = _pcha_database_problem(backup_file)
    return IntegrityReport(ok=not problem, problem=problem)


def _pcha_database_problem(path: Path) -> str:
    from pcha_desktop.storage.migrate import is_known_revision  # local: migrate imports this module

    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {row[0] for row in rows}
            missing = PCHA_CORE_TABLES - tables
            if missing:
                return "not a PCHA Desktop database (missing tables: " + ", ".join(sorted(missing)) + ")"
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"SQLite error: {error}"
    if row is None:
        return "not a PCHA Desktop database (no schema revision)"
    if not is_known_revision(row[0]):
        return f"made by a newer version of PCHA Desktop (schema revision {row[0]})"
    return ""


def damaged_name(db_path: Path, now: datetime | None = None) -> Path:
    """``pcha.sqlite.damaged-2026-11-23T101530`` (``.2``… if that name is taken)."""
    base = f"{db_path.name}.damaged-{(now or datetime.now()).strftime(TIMESTAMP_FORMAT)}"
    candidate, sequence = db_path.with_name(base), 1
    while _exists_with_journals(candidate):
        sequence += 1
        candidate = db_path.with_name(f"{base}.{sequence}")
    return candidate


def _exists_with_journals(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal"))


def restore_backup(backup_file: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database by a validated backup; the old file (and its -wal/-shm) is kept aside.

    Returns where the old database was kept (``pcha.sqlite.damaged-<time>``), or None if there was none.
    The caller must hold the data folder's lock and have no open connection to ``db_path``.
    At every moment ``db_path`` is either the old file or the complete restored one.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    report = validate_backup_file(backup_file)
    if not report.ok:
        raise BackupInvalid(backup_file, report.problem)
    restoring = db_path.with_name(db_path.name + ".restoring")
    try:
        copy_database(backup_file, restoring, journal_mode="DELETE")
        if not check_integrity(restoring).ok:
            raise BackupInvalid(backup_file, "the copy failed its check")
        kept_aside = _keep_current_aside(db_path, damaged_name(db_path, now))
        durable_replace(restoring, db_path)
    finally:
        _remove_with_journals(restoring)
    return kept_aside


def _keep_current_aside(db_path: Path, aside: Path) -> Path | None:
    """Copy the current file to ``aside`` and move its -wal/-shm next to the copy (renamed to match)."""
    if not db_path.exists():
        return None
    _copy_file(db_path, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))
    fsync_directory(db_path.parent)
    return aside


def _copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fsync_file(target)


__all__ = [
    "AUTOMATIC_REASON",
    "BEFORE_MIGRATION_REASON",
    "KEEP_AUTOMATIC_BACKUPS",
    "MANUAL_REASON",
    "BackupFailed",
    "BackupInfo",
    "BackupInvalid",
    "backup_if_due",
    "create_backup",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
    "rotate_backups",
    "validate_backup_file",
]
