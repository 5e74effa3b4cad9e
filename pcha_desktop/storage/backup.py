"""Backups: one ``.zip`` holding the database and its attachments, checked before it is kept; a restore that
never half-writes.

A backup is a single file, ``pcha-00042-2569-11-23T101530-start.zip`` (sequence number, local date with
the Buddhist Era year, reason), so copying it to a USB stick copies everything:

* ``pcha.sqlite``: a copy made with SQLite's online backup API, in rollback-journal mode (no -wal);
* ``attachments/<ab>/<sha256>``: every scanned order and photo the database refers to;
* ``manifest.json``: format, sequence, when and why it was made, the district, and the SHA-256 and size of
  every file above. A backup is *good* when the manifest is readable, every file matches its SHA-256 and
  the database passes ``integrity_check`` and is a PCHA Desktop database this program knows.

Order: backups are ordered by their sequence number (the newest has the largest), never by the clock in
the name: a PC with a wrong date must neither delete each day's backup nor make a backup dated 2030 the
"newest". The next number is one more than the largest in the folder. Backups of the older format, one
``pcha-2026-11-23T101530-start.sqlite`` file without attachments, are still listed (older than every
numbered one, ordered by their name) and restored.

Rotation: only *automatic* backups (reason ``start``, at most one a day) are rotated, keeping the 14
newest, and the newest good backup is never deleted, whatever its number or date. Backups made on purpose
(``manual`` from ``pcha backup``, ``before-migration``, ``before-restore``…) are never deleted by the program.

Restore: the backup is unpacked and checked beside the database (``pcha.sqlite.restoring``), refused when it
belongs to another district unless the caller allows it, the attachments are put back, and an audit row
"restored backup X made at Y" is written into it; then the current files are copied aside, the current
write-ahead log is folded into its database, and only then the restored file takes the database's name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any

from pcha_desktop.storage.attachment_files import (
    READ_BLOCK,
    blob_path,
    has_good_blob,
    is_sha256_hex,
    sha256_of_file,
    write_blob,
)
from pcha_desktop.storage.integrity import IntegrityReport, check_integrity
from pcha_desktop.storage.paths import (
    StorageError,
    durable_replace,
    fsync_directory,
    fsync_file,
    sqlite_uri,
)
from pcha_desktop.storage.paths import attachments_dir as default_attachments_dir

AUTOMATIC_REASON = "start"
MANUAL_REASON = "manual"
BEFORE_MIGRATION_REASON = "before-migration"
KEEP_AUTOMATIC_BACKUPS = 14
TIMESTAMP_FORMAT = "%Y-%m-%dT%H%M%S"
PARTIAL_SUFFIX = ".partial"
ARCHIVE_SUFFIX = ".zip"
PCHA_CORE_TABLES = frozenset({"alembic_version", "district_profile", "person", "committee", "setting"})
BUDDHIST_ERA_OFFSET = 543
SYSTEM_USER = "system"

FORMAT_NAME = "pcha-desktop-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_MEMBER = "pcha.sqlite"
ATTACHMENTS_PREFIX = "attachments/"
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
RESTORE_ACTION = "restore"
RESTORE_TABLE = "backup"

_STAMP = r"(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})"
_REASON = r"(?P<reason>[a-z0-9][a-z0-9-]*?)"
_NAME_PATTERN = re.compile(rf"^pcha-(?P<sequence>\d{{1,9}})-{_STAMP}-{_REASON}\.zip$")
_LEGACY_NAME_PATTERN = re.compile(rf"^pcha-{_STAMP}-{_REASON}(?:\.(?P<same_second>\d+))?\.sqlite$")
_ATTACHMENT_MEMBER = re.compile(r"^attachments/([0-9a-f]{2})/([0-9a-f]{64})$")


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


class RestoreFailed(StorageError):
    """Reading the backup or writing the restored file failed (a full disk, a read-only folder…); the
    database in use is as it was."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"กู้คืนข้อมูลไม่สำเร็จ ({detail}) ข้อมูลที่ใช้อยู่ยังเหมือนเดิม กรุณาตรวจสอบพื้นที่ว่างและสิทธิ์การเขียนโฟลเดอร์ข้อมูล",
            f"The restore failed ({detail}); the data in use is as it was. Please check the free disk space"
            " and that the data folder can be written.",
        )
        self.detail = detail


@dataclass(frozen=True)
class District:
    code: str
    name: str

    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.name else self.code


class BackupFromOtherDistrict(BackupInvalid):
    """The backup is good but holds another district's data. Nothing was changed.

    Ask the user, then call the restore again with ``allow_other_district=True`` if they are sure.
    """

    def __init__(self, backup_file: Path, backup_district: District, current_district: District) -> None:
        StorageError.__init__(
            self,
            f"ไฟล์สำรอง {Path(backup_file).name} เป็นข้อมูลของอำเภอ{backup_district.label()}"
            f" ไม่ใช่อำเภอ{current_district.label()} ที่ใช้อยู่ จึงยังไม่กู้คืน"
            " หากต้องการแทนที่ข้อมูลด้วยข้อมูลของอำเภออื่นจริง ให้ยืนยันอีกครั้ง",
            f"The backup {Path(backup_file).name} holds the data of {backup_district.label()}, not of"
            f" {current_district.label()} whose data is in use, so it was not restored."
            " Confirm if you really want to replace the data with another district's.",
        )
        self.backup_file = Path(backup_file)
        self.problem = f"another district: {backup_district.code}, not {current_district.code}"
        self.backup_district = backup_district
        self.current_district = current_district


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # local time as the PC's clock said (from the name): shown, never used for order
    reason: str
    size_bytes: int
    sequence: int = 0  # 1, 2, 3… in the order the backups were made; 0 for the older single-file format
    same_second: int = field(default=1, compare=False)  # older format: .2, .3… in the name

    @property
    def is_automatic(self) -> bool:
        return self.reason == AUTOMATIC_REASON

    @property
    def is_archive(self) -> bool:
        """The current format (database and attachments in a .zip); False for an older .sqlite backup."""
        return self.path.suffix == ARCHIVE_SUFFIX

    @property
    def order_key(self) -> tuple[int, datetime, int, str]:
        return (self.sequence, self.created_at, self.same_second, self.path.name)

    @cached_property
    def integrity(self) -> IntegrityReport:
        """Checked on first use only (it reads the whole file)."""
        return validate_backup_file(self.path)

    def is_good(self) -> bool:
        """Every file matches its manifest, and the database passes integrity_check and is one this
        program can open."""
        return self.integrity.ok


@dataclass(frozen=True)
class Manifest:
    sequence: int
    created_at: datetime
    reason: str
    district: District | None
    database_sha256: str
    database_size: int
    attachments: dict[str, int]  # sha256 -> size
    missing_attachments: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "sequence": self.sequence,
                "created_at": self.created_at.isoformat(timespec="seconds"),
                "created_at_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "reason": self.reason,
                "district": {"code": self.district.code, "name": self.district.name} if self.district else None,
                "database": {"path": DATABASE_MEMBER, "sha256": self.database_sha256, "size": self.database_size},
                "attachments": [
                    {"path": _attachment_member(sha256), "sha256": sha256, "size": size}
                    for sha256, size in sorted(self.attachments.items())
                ],
                "missing_attachments": list(self.missing_attachments),
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Raises ``ValueError`` for anything that is not a manifest this program wrote."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ValueError("not a PCHA Desktop backup (no manifest)")
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"made by a newer version of PCHA Desktop (backup format {data.get('version')})")
        database = data["database"]
        attachments: dict[str, int] = {}
        for entry in data["attachments"]:
            sha256, size = str(entry["sha256"]), int(entry["size"])
            if not is_sha256_hex(sha256) or entry["path"] != _attachment_member(sha256) or size < 0:
                raise ValueError("the manifest lists an attachment with a bad name")
            attachments[sha256] = size
        district = data.get("district")
        return cls(
            sequence=int(data["sequence"]),
            created_at=datetime.fromisoformat(str(data["created_at"])),
            reason=str(data["reason"]),
            district=District(str(district["code"]), str(district.get("name", ""))) if district else None,
            database_sha256=str(database["sha256"]),
            database_size=int(database["size"]),
            attachments=attachments,
            missing_attachments=tuple(str(item) for item in data.get("missing_attachments", [])),
        )


# ---------------------------------------------------------------- names


def _be_stamp(moment: datetime) -> str:
    return f"{moment.year + BUDDHIST_ERA_OFFSET:04d}{moment.strftime(TIMESTAMP_FORMAT)[4:]}"


def _from_be_stamp(stamp: str) -> datetime:
    return datetime.strptime(f"{int(stamp[:4]) - BUDDHIST_ERA_OFFSET:04d}{stamp[4:]}", TIMESTAMP_FORMAT)


def backup_file_name(created_at: datetime, reason: str, sequence: int) -> str:
    """``pcha-00042-2569-11-23T101530-start.zip``: the date in the Buddhist Era, local time."""
    return f"pcha-{sequence:05d}-{_be_stamp(created_at)}-{_clean_reason(reason)}{ARCHIVE_SUFFIX}"


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9-]+", "-", reason.strip().lower()).strip("-")
    return cleaned or MANUAL_REASON


def parse_backup_name(path: Path) -> BackupInfo | None:
    """A backup's name (current or older format) read into a ``BackupInfo``; None for any other file."""
    path = Path(path)
    try:
        if match := _NAME_PATTERN.match(path.name):
            created_at = _from_be_stamp(match["stamp"])
            return BackupInfo(path, created_at, match["reason"], path.stat().st_size, int(match["sequence"]))
        if match := _LEGACY_NAME_PATTERN.match(path.name):
            created_at = datetime.strptime(match["stamp"], TIMESTAMP_FORMAT)
            same_second = int(match["same_second"] or 1)
            return BackupInfo(path, created_at, match["reason"], path.stat().st_size, 0, same_second)
    except (ValueError, OSError):
        return None
    return None


# ---------------------------------------------------------------- listing and rotation


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """All backups, newest (largest sequence number) first. ``info.is_good()`` checks a file only when asked."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = (parse_backup_name(path) for path in backups_dir.iterdir() if path.is_file())
    backups = [info for info in found if info is not None]
    return sorted(backups, key=lambda info: info.order_key, reverse=True)


def next_sequence(backups_dir: Path) -> int:
    return max((info.sequence for info in list_backups(backups_dir)), default=0) + 1


def newest_good_backup(backups_dir: Path, *, known_good: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes its check (``known_good``: a file just checked, not read again)."""
    for info in list_backups(backups_dir):
        if (known_good is not None and info.path == Path(known_good)) or info.is_good():
            return info
    return None


def rotate_backups(
    backups_dir: Path, keep: int = KEEP_AUTOMATIC_BACKUPS, *, known_good: Path | None = None
) -> list[Path]:
    """Delete automatic backups beyond the ``keep`` newest, never the newest good backup; returns what was
    deleted. At most ``keep`` automatic backups remain."""
    keep = max(keep, 1)
    automatic = [info for info in list_backups(backups_dir) if info.is_automatic]
    if len(automatic) <= keep:
        return []
    protected = newest_good_backup(backups_dir, known_good=known_good)
    kept = {protected.path} if protected is not None and protected.is_automatic else set()
    for info in automatic:
        if len(kept) >= keep:
            break
        kept.add(info.path)
    deleted = []
    for info in automatic:
        if info.path not in kept:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted


def backup_if_due(
    db_path: Path, backups_dir: Path, *, now: datetime | None = None, keep: int = KEEP_AUTOMATIC_BACKUPS
) -> Path | None:
    """The daily start backup, then rotation.

    Due unless the newest automatic backup (by sequence) was made earlier today by the clock. When the
    clock went back (now is before the newest automatic backup's time), nobody can tell how long ago that
    backup was made, so a new one is made.
    """
    now = now or datetime.now()
    if not Path(db_path).exists():
        return None
    newest = next((info for info in list_backups(backups_dir) if info.is_automatic), None)
    if newest is not None and newest.created_at.date() == now.date() and newest.created_at <= now:
        return None
    created = create_backup(db_path, backups_dir, AUTOMATIC_REASON, now=now)
    rotate_backups(backups_dir, keep, known_good=created)
    return created


# ---------------------------------------------------------------- creating


def create_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    now: datetime | None = None,
    attachments_dir: Path | None = None,
) -> Path:
    """Write the live database and its attachments into one ``.zip`` in ``backups_dir``; the archive is
    read back and checked before it is kept.

    ``attachments_dir`` defaults to the ``attachments`` folder beside the database. An attachment file that
    is missing or damaged is listed in the manifest as missing rather than stopping the backup.
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    attachments_dir = Path(attachments_dir) if attachments_dir else default_attachments_dir(db_path.parent)
    if not db_path.exists():
        raise BackupFailed(f"{db_path} does not exist")
    created_at = now or datetime.now()
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(backups_dir)
        sequence = next_sequence(backups_dir)
        while (target := backups_dir / backup_file_name(created_at, reason, sequence)).exists():
            sequence += 1
    except OSError as error:
        raise BackupFailed(str(error)) from error
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    snapshot = target.with_name(target.name + ".sqlite" + PARTIAL_SUFFIX)
    try:
        copy_database(db_path, snapshot, journal_mode="DELETE")
        report = check_integrity(snapshot)
        if not report.ok:
            raise BackupFailed(f"the copy failed its check: {report.problem}")
        _write_archive(partial, snapshot, attachments_dir, sequence, created_at, _clean_reason(reason))
        fsync_file(partial)
        problem = _archive_problem(partial, known_schema=False)  # a copy of the live database: no Alembic
        if problem:
            raise BackupFailed(f"the backup failed its check: {problem}")
        durable_replace(partial, target)
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as error:
        raise BackupFailed(str(error)) from error
    finally:
        _remove_with_journals(partial)
        _remove_with_journals(snapshot)
    return target


def _remove_stale_partials(backups_dir: Path) -> None:
    """What a backup killed half-way left behind (the folder is locked: nobody else is writing one)."""
    for path in backups_dir.glob(f"pcha-*{PARTIAL_SUFFIX}"):
        path.unlink(missing_ok=True)


def _write_archive(
    archive: Path, snapshot: Path, attachments_dir: Path, sequence: int, created_at: datetime, reason: str
) -> Manifest:
    database_sha256 = sha256_of_file(snapshot)
    present: dict[str, int] = {}
    missing: list[str] = []
    with zipfile.ZipFile(archive, "w", allowZip64=True) as bundle:
        bundle.write(snapshot, DATABASE_MEMBER, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
        for sha256 in _referenced_attachments(snapshot):
            source = blob_path(attachments_dir, sha256)
            if not has_good_blob(attachments_dir, sha256):
                missing.append(sha256)
                continue
            bundle.write(source, _attachment_member(sha256), compress_type=zipfile.ZIP_STORED)  # PDF/JPEG/PNG
            present[sha256] = source.stat().st_size
        manifest = Manifest(
            sequence=sequence,
            created_at=created_at,
            reason=reason,
            district=district_of(snapshot),
            database_sha256=database_sha256,
            database_size=snapshot.stat().st_size,
            attachments=present,
            missing_attachments=tuple(missing),
        )
        bundle.writestr(MANIFEST_NAME, manifest.to_json(), compress_type=zipfile.ZIP_DEFLATED)
    return manifest


def _attachment_member(sha256: str) -> str:
    return f"{ATTACHMENTS_PREFIX}{sha256[:2]}/{sha256}"


def _referenced_attachments(db_path: Path) -> list[str]:
    """The SHA-256 of every attachment the database refers to (none for a schema without attachments)."""
    rows = _query(db_path, "SELECT DISTINCT sha256 FROM attachment ORDER BY sha256")
    return [str(row[0]) for row in rows or () if row[0] and is_sha256_hex(str(row[0]))]


def district_of(db_path: Path) -> District | None:
    """The district a database belongs to, or None (no profile yet, or the file cannot be read)."""
    rows = _query(db_path, "SELECT district_code, district_name FROM district_profile ORDER BY id LIMIT 1")
    if not rows or not rows[0][0]:
        return None
    return District(str(rows[0][0]), str(rows[0][1] or ""))


def _query(db_path: Path, sql: str) -> list[tuple[Any, ...]] | None:
    """Rows of a read-only query, or None when the file or the table cannot be read."""
    try:
        connection = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True, timeout=10.0)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def copy_database(source: Path, target: Path, *, journal_mode: str) -> None:
    """A consistent copy of ``source`` (even while it is in use) written to a fresh ``target`` file."""
    _remove_with_journals(target)
    source_connection = sqlite3.connect(sqlite_uri(source, "ro"), uri=True, timeout=10.0)
    target_connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        source_connection.backup(target_connection)
        target_connection.execute(f"PRAGMA journal_mode={journal_mode}")
        target_connection.execute("PRAGMA user_version = 0")  # the live session's "left open" mark: not data
    finally:
        target_connection.close()
        source_connection.close()
    fsync_file(target)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# ---------------------------------------------------------------- reading an archive


class _ArchiveProblem(Exception):
    """Why an archive cannot be restored (English, for the details of the message)."""


def is_archive(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def read_manifest(backup_file: Path) -> Manifest | None:
    """The manifest of a current-format backup; None for an older backup or an unreadable file."""
    try:
        with zipfile.ZipFile(backup_file) as bundle:
            return _manifest_of(bundle)
    except (OSError, zipfile.BadZipFile, _ArchiveProblem):
        return None


def _manifest_of(bundle: zipfile.ZipFile) -> Manifest:
    try:
        info = bundle.getinfo(MANIFEST_NAME)
    except KeyError:
        raise _ArchiveProblem("not a PCHA Desktop backup (no manifest)") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _ArchiveProblem("the manifest is too large")
    try:
        return Manifest.from_json(bundle.read(info).decode("utf-8"))
    except (ValueError, KeyError, TypeError, AttributeError) as error:  # UnicodeDecodeError is a ValueError
        raise _ArchiveProblem(f"the manifest cannot be read ({error})") from error


def _member_blocks(bundle: zipfile.ZipFile, name: str, size: int) -> Iterator[bytes]:
    """The member's bytes, refusing more than ``size`` of them (a hostile archive can lie about sizes)."""
    try:
        info = bundle.getinfo(name)
    except KeyError:
        raise _ArchiveProblem(f"{name} is missing") from None
    if info.file_size != size:
        raise _ArchiveProblem(f"{name} has {info.file_size} bytes, the manifest says {size}")
    read = 0
    with bundle.open(info) as stream:
        for block in iter(lambda: stream.read(READ_BLOCK), b""):
            read += len(block)
            if read > size:
                raise _ArchiveProblem(f"{name} is longer than the manifest says")
            yield block


def _extract_database(bundle: zipfile.ZipFile, manifest: Manifest, target: Path) -> None:
    digest = hashlib.sha256()
    _remove_with_journals(target)
    with open(target, "wb") as out:
        for block in _member_blocks(bundle, DATABASE_MEMBER, manifest.database_size):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != manifest.database_sha256:
        raise _ArchiveProblem("the database in the backup does not match its SHA-256")


def _check_attachments(bundle: zipfile.ZipFile, manifest: Manifest) -> None:
    for sha256, size in manifest.attachments.items():
        digest = hashlib.sha256()
        for block in _member_blocks(bundle, _attachment_member(sha256), size):
            digest.update(block)
        if digest.hexdigest() != sha256:
            raise _ArchiveProblem(f"the attachment {sha256[:12]}… does not match its SHA-256")


def _open_archive(backup_file: Path, database_target: Path) -> tuple[zipfile.ZipFile, Manifest]:
    """Open, read the manifest and extract the database (checked against its SHA-256) to ``database_target``.
    The caller closes the archive."""
    try:
        bundle = zipfile.ZipFile(backup_file)
    except (OSError, zipfile.BadZipFile) as error:
        raise _ArchiveProblem(f"the archive cannot be read ({error})") from error
    try:
        manifest = _manifest_of(bundle)
        for name in bundle.namelist():
            if name not in (MANIFEST_NAME, DATABASE_MEMBER) and not _ATTACHMENT_MEMBER.match(name):
                raise _ArchiveProblem(f"unexpected file in the archive: {name[:80]}")
        _extract_database(bundle, manifest, database_target)
    except BaseException:
        bundle.close()
        raise
    return bundle, manifest


def _archive_problem(backup_file: Path, *, known_schema: bool = True) -> str:
    """'' when every file of the archive matches its manifest and the database is good (``known_schema``:
    also a PCHA Desktop database this program can open, which needs Alembic's list of revisions)."""
    with tempfile.TemporaryDirectory(prefix="pcha-verify-") as scratch:
        database = Path(scratch) / DATABASE_MEMBER
        try:
            bundle, manifest = _open_archive(backup_file, database)
            with bundle:
                _check_attachments(bundle, manifest)
        except _ArchiveProblem as error:
            return str(error)
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as error:  # e.g. a CRC error
            return f"the archive is damaged ({error})"
        return _database_problem(database) if known_schema else check_integrity(database).problem


# ---------------------------------------------------------------- validating


def validate_backup_file(backup_file: Path) -> IntegrityReport:
    """Good: every file matches its manifest, and the database is healthy and a PCHA Desktop database whose
    schema revision this program knows. Older single-file backups: the database checks only."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        return IntegrityReport(ok=False, problem="the file does not exist", missing=True)
    problem = _archive_problem(backup_file) if is_archive(backup_file) else _database_problem(backup_file)
    return IntegrityReport(ok=not problem, problem=problem)


def _database_problem(path: Path) -> str:
    report = check_integrity(path)
    if not report.ok:
        return report.problem
    return _pcha_database_problem(path)


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


# ---------------------------------------------------------------- restoring


def damaged_name(db_path: Path, now: datetime | None = None) -> Path:
    """``pcha.sqlite.damaged-2569-11-23T101530`` (Buddhist Era; ``.2``… if that name is taken)."""
    base = f"{db_path.name}.damaged-{_be_stamp(now or datetime.now())}"
    candidate, sequence = db_path.with_name(base), 1
    while _exists_with_journals(candidate):
        sequence += 1
        candidate = db_path.with_name(f"{base}.{sequence}")
    return candidate


def _exists_with_journals(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal"))


def restore_backup(
    backup_file: Path,
    db_path: Path,
    *,
    attachments_dir: Path | None = None,
    allow_other_district: bool = False,
    user_name: str = SYSTEM_USER,
    now: datetime | None = None,
) -> Path | None:
    """Replace the database (and put back the attachments) from a checked backup.

    Raises ``BackupInvalid`` for a bad file and ``BackupFromOtherDistrict`` (a ``BackupInvalid``) for
    another district's backup unless ``allow_other_district``; then nothing was changed.
    Returns where the old database was kept (``pcha.sqlite.damaged-<time>``, with copies of its -wal/-shm),
    or None if there was none. The caller must hold the data folder's lock and have no open connection to
    ``db_path``. At every moment ``db_path`` is either the old database with all its committed data or the
    complete restored one; the restored one carries an audit row naming the backup.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    attachments_dir = Path(attachments_dir) if attachments_dir else default_attachments_dir(db_path.parent)
    restoring = db_path.with_name(db_path.name + ".restoring")
    aside = damaged_name(db_path, now) if db_path.exists() else None
    stage = "preparing"
    try:
        manifest = _unpack_for_restore(backup_file, restoring, attachments_dir, db_path, allow_other_district)
        _write_restore_audit(restoring, backup_file, manifest, user_name)
        report = check_integrity(restoring)
        if not report.ok:
            raise BackupInvalid(backup_file, f"the copy failed its check: {report.problem}")
        fsync_file(restoring)
        kept_aside = _copy_current_aside(db_path, aside) if aside else None
        stage = "folding"  # from here the copy aside may hold the only copy of the old -wal: keep it
        _fold_write_ahead_log(db_path, kept_aside)
        durable_replace(restoring, db_path)
        stage = "swapped"
        _remove_companions(db_path)
    except (OSError, sqlite3.Error) as error:
        if stage == "swapped":  # restored; only removing the old (empty) -wal/-shm failed
            return aside
        if stage == "preparing" and aside is not None:
            _remove_with_journals(aside)
        raise RestoreFailed(str(error)) from error
    finally:
        _remove_with_journals(restoring)
    return kept_aside


def _unpack_for_restore(
    backup_file: Path, restoring: Path, attachments_dir: Path, db_path: Path, allow_other_district: bool
) -> Manifest | None:
    """The backup's database, checked, at ``restoring``; its attachments back in ``attachments_dir``."""
    if not is_archive(backup_file):
        problem = validate_backup_file(backup_file).problem
        if problem:
            raise BackupInvalid(backup_file, problem)
        copy_database(backup_file, restoring, journal_mode="DELETE")
        _refuse_other_district(backup_file, restoring, db_path, allow_other_district)
        return None
    try:
        bundle, manifest = _open_archive(backup_file, restoring)
        with bundle:
            _check_attachments(bundle, manifest)
            problem = _database_problem(restoring)
            if problem:
                raise _ArchiveProblem(problem)
            _refuse_other_district(backup_file, restoring, db_path, allow_other_district)
            for sha256, size in manifest.attachments.items():
                write_blob(attachments_dir, sha256, _member_blocks(bundle, _attachment_member(sha256), size))
    except _ArchiveProblem as error:
        raise BackupInvalid(backup_file, str(error)) from error
    except (zipfile.BadZipFile, RuntimeError, EOFError) as error:
        raise BackupInvalid(backup_file, f"the archive is damaged ({error})") from error
    except ValueError as error:
        if isinstance(error, BackupInvalid):
            raise
        raise BackupInvalid(backup_file, str(error)) from error
    return manifest


def _refuse_other_district(backup_file: Path, restored: Path, db_path: Path, allow_other_district: bool) -> None:
    if allow_other_district or not db_path.exists():
        return
    backup_district, current_district = district_of(restored), district_of(db_path)
    if backup_district and current_district and backup_district.code != current_district.code:
        raise BackupFromOtherDistrict(backup_file, backup_district, current_district)


def _write_restore_audit(restored: Path, backup_file: Path, manifest: Manifest | None, user_name: str) -> None:
    """The audit row "restored backup X made at Y", inside the restored database before it is put in place."""
    info = parse_backup_name(backup_file)
    made_at = manifest.created_at if manifest else (info.created_at if info else None)
    changes: dict[str, list[Any]] = {"backup": [None, backup_file.name]}
    if made_at is not None:
        changes["backup_made_at"] = [None, made_at.isoformat(timespec="seconds")]
    if manifest is not None:
        changes["backup_sequence"] = [None, manifest.sequence]
    changed_at = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    connection = sqlite3.connect(str(restored), isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO audit_entry (changed_at, user_name, action, table_name, row_id, changes)"
            " VALUES (?, ?, ?, ?, NULL, ?)",
            (changed_at, user_name or SYSTEM_USER, RESTORE_ACTION, RESTORE_TABLE,
             json.dumps(changes, ensure_ascii=False)),
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def _copy_current_aside(db_path: Path, aside: Path) -> Path | None:
    """Byte copies of the current database and its -wal/-shm/-journal at ``aside`` (the originals stay)."""
    if not db_path.exists():
        return None
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{aside}{suffix}"))
            fsync_file(Path(f"{aside}{suffix}"))
    fsync_directory(db_path.parent)
    return aside


def _fold_write_ahead_log(db_path: Path, aside: Path | None) -> None:
    """Make the current database file hold all its committed data, with no -wal or -journal beside it.

    SQLite would replay a -wal (or roll back a hot -journal) left beside the restored file into it: nothing
    ties a log to its database. So the log goes before the swap, folded into its own database (a
    checkpoint, by switching to rollback-journal mode) so that the current database stays complete at every
    moment. If SQLite cannot read the file (damaged beyond that), the log is removed: its copy is kept aside
    with the old database.
    """
    logs = [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-journal")]
    if not db_path.exists() or not any(log.exists() for log in logs):
        return
    try:
        connection = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=5.0, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):  # someone still has it open: change nothing
            if aside is not None:
                _remove_with_journals(aside)
            raise StorageError(
                "ฐานข้อมูลยังถูกเปิดใช้งานอยู่ จึงยังไม่กู้คืน กรุณาปิดโปรแกรมอื่นที่เปิดข้อมูลชุดนี้แล้วลองใหม่",
                f"The database is still open elsewhere, so nothing was restored; close it and try again ({error}).",
            ) from error
    except sqlite3.Error:
        pass
    if any(log.exists() for log in logs):
        _remove_companions(db_path)


def _remove_companions(db_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    fsync_directory(db_path.parent)


__all__ = [
    "AUTOMATIC_REASON",
    "BEFORE_MIGRATION_REASON",
    "KEEP_AUTOMATIC_BACKUPS",
    "MANUAL_REASON",
    "BackupFailed",
    "BackupFromOtherDistrict",
    "BackupInfo",
    "BackupInvalid",
    "District",
    "Manifest",
    "RestoreFailed",
    "backup_if_due",
    "create_backup",
    "district_of",
    "list_backups",
    "newest_good_backup",
    "read_manifest",
    "restore_backup",
    "rotate_backups",
    "validate_backup_file",
]
