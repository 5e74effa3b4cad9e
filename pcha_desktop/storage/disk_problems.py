"""What keeps the program from reading or writing its files, said as what it is: never "damaged".

A read-only file or folder, a missing permission, a full disk, a folder where a file should be (or a file
where the data folder should be) are not damage: the data is intact and restoring a backup over it would be
wrong. Each has its own ``StorageError`` subclass. Two ways in:

- ``access_problem(db_path)`` looks before anything is opened (used when a data folder is opened and
  before an integrity check calls a file damaged);
- ``classify(error, path)`` turns an ``OSError``, a ``sqlite3.Error`` or SQLAlchemy's wrapper of one into
  the matching ``StorageError`` (None when it is none of these problems), and ``disk_errors(path)`` is the
  context manager that re-raises them so.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pcha_desktop.storage.errors import StorageError

_NOT_DAMAGED_TH = "ข้อมูลไม่ได้เสียหาย"
_NOT_DAMAGED_EN = "The data is not damaged"


class DiskProblem(StorageError):
    """The base of the problems in this module; ``path`` is the file or folder concerned."""

    def __init__(self, path: Path, message_th: str, message_en: str) -> None:
        super().__init__(message_th, message_en)
        self.path = Path(path)


class DataFolderNotFound(DiskProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"ไม่พบโฟลเดอร์ข้อมูล {path} (ไม่ได้สร้างหรือเปลี่ยนแปลงสิ่งใด)",
            f"There is no data folder at {path} (nothing was created or changed).",
        )


class ReadOnlyLocation(DiskProblem):
    """The file or folder can be read but not written (permissions, a read-only attribute or disk)."""

    def __init__(self, path: Path, *, is_folder: bool) -> None:
        what_th, what_en = ("โฟลเดอร์", "folder") if is_folder else ("ไฟล์", "file")
        super().__init__(
            path,
            f"ใช้ข้อมูลไม่ได้ เพราะ{what_th} {path} เป็นแบบอ่านอย่างเดียว (โปรแกรมต้องบันทึกลง{what_th}นี้ได้)"
            f" {_NOT_DAMAGED_TH} กรุณาแก้ให้{what_th}นี้เขียนได้ (หรือขอให้ผู้ดูแลเครื่องช่วย) แล้วลองใหม่",
            f"The {what_en} {path} is read-only, and the program must be able to write to it."
            f" {_NOT_DAMAGED_EN}; make the {what_en} writable (or ask whoever looks after this computer),"
            " then try again.",
        )
        self.is_folder = is_folder


class AccessDenied(DiskProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"ผู้ใช้นี้ไม่มีสิทธิ์เข้าถึง {path} {_NOT_DAMAGED_TH}"
            " กรุณาขอให้ผู้ดูแลเครื่องให้สิทธิ์ แล้วลองใหม่",
            f"This user has no permission to use {path}. {_NOT_DAMAGED_EN}; ask whoever looks after"
            " this computer for access, then try again.",
        )


class DiskFull(DiskProblem):
    def __init__(self, path: Path) -> None:
        path = Path(path)
        path = path if path.is_dir() else path.parent  # the folder says more than the file being written
        super().__init__(
            path,
            f"ดิสก์ที่เก็บ {path} เต็ม บันทึกไม่ได้ ข้อมูลเดิมไม่ถูกเปลี่ยนแปลง"
            " กรุณาลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่ว่าง แล้วลองใหม่",
            f"The disk holding {path} is full; nothing was saved and the data is as it was."
            " Free some space, then try again.",
        )


class NotAFolder(DiskProblem):
    """A file stands where a folder should be (``--data-dir /etc/passwd``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์ข้อมูล",
            f"{path} is a file, not a folder; please name a data folder.",
        )


class FolderInsteadOfFile(DiskProblem):
    """A folder stands where a file should be (``.lock`` or ``pcha.sqlite`` made a folder)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} เป็นโฟลเดอร์ แต่ตรงนี้ต้องเป็นไฟล์ กรุณาย้ายหรือเปลี่ยนชื่อโฟลเดอร์นั้น แล้วลองใหม่",
            f"{path} is a folder where a file should be; move or rename that folder, then try again.",
        )


class DiskFailure(DiskProblem):
    """The operating system reported an input/output error (a failing disk, a USB stick pulled out)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"อ่านหรือเขียนดิสก์ที่ {path} ไม่สำเร็จ กรุณาตรวจสอบดิสก์หรือแฟลชไดรฟ์ แล้วลองใหม่ ({detail})",
            f"Reading or writing the disk at {path} failed; check the disk or USB drive, then try again"
            f" ({detail}).",
        )
        self.detail = detail


# ------------------------------------------------------------------------------------------ looking first


def access_problem(db_path: Path, *, write: bool = True) -> DiskProblem | None:
    """Why the database file (and its folder) cannot be used as they are, or None.

    Checks, in order: the folder is a folder, the file is not a folder, the file (and its -wal/-shm) can be
    read and, with ``write``, written, and new files can be made in the folder (SQLite needs that).
    """
    db_path = Path(db_path)
    folder = db_path.parent
    if folder.exists() and not folder.is_dir():
        return NotAFolder(folder)
    if db_path.is_dir():
        return FolderInsteadOfFile(db_path)
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if path.is_dir():
            return FolderInsteadOfFile(path)
        if path.exists() and not os.access(path, os.R_OK):
            return AccessDenied(path)
        if path.exists() and write and not os.access(path, os.W_OK):
            return ReadOnlyLocation(path, is_folder=False)
    return _folder_problem(folder, write=write)


def _location_problem(path: Path) -> DiskProblem | None:
    """For a path that could not be used: what is wrong with it, or with the folders above it."""
    path = Path(path)
    existing = _nearest_existing(path)
    if existing != path and not existing.is_dir():
        return NotAFolder(existing)  # e.g. /etc/passwd/pcha.sqlite
    if existing.is_dir():
        return _folder_problem(existing)
    return access_problem(existing)


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _folder_problem(folder: Path, *, write: bool = True) -> DiskProblem | None:
    if not folder.is_dir():
        return None
    if not os.access(folder, os.R_OK | os.X_OK):
        return AccessDenied(folder)
    if write and not os.access(folder, os.W_OK):
        return ReadOnlyLocation(folder, is_folder=True)
    return None


def _disk_is_full(path: Path) -> bool:
    folder = _nearest_existing(Path(path))
    try:
        return shutil.disk_usage(folder if folder.is_dir() else folder.parent).free == 0
    except OSError:
        return False


# ------------------------------------------------------------------------------------- after the failure


def classify(error: BaseException, path: Path) -> StorageError | None:
    """The ``StorageError`` that says what ``error`` (met while using ``path``) is, or None if it is none of
    the problems above (a bug, or real damage: leave those to their own handling)."""
    if isinstance(error, StorageError):
        return error
    original = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the sqlite3 error
    if isinstance(original, (sqlite3.Error, OSError)):
        error = original
    if isinstance(error, OSError):
        return _from_os_error(error, Path(error.filename) if error.filename else Path(path))
    if isinstance(error, sqlite3.Error):
        return _from_sqlite_error(error, Path(path))
    return None


def _from_os_error(error: OSError, path: Path) -> StorageError | None:
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path)
    if code == errno.EROFS:
        return ReadOnlyLocation(path, is_folder=path.is_dir())
    if code in (errno.EACCES, errno.EPERM):
        return _location_problem(path) or AccessDenied(path)
    if code == errno.EISDIR:
        return FolderInsteadOfFile(path)
    if code in (errno.ENOTDIR, errno.EEXIST):  # EEXIST: a folder was to be made where a file is
        if path.exists() and not path.is_dir():
            return NotAFolder(path)
        return _location_problem(path)
    if code == errno.EIO:
        return DiskFull(path) if _disk_is_full(path) else DiskFailure(path, error.strerror or str(error))
    return None


def _from_sqlite_error(error: sqlite3.Error, db_path: Path) -> StorageError | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DiskFull(db_path)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_IOERR")) or (
        "readonly" in text or "unable to open" in text or "disk i/o error" in text
    ):
        found = access_problem(db_path) or _location_problem(db_path)
        if found is not None:
            return found
        if name.startswith("SQLITE_READONLY") or "readonly" in text:
            return ReadOnlyLocation(db_path, is_folder=False)
        if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
            return DiskFull(db_path) if _disk_is_full(db_path) else DiskFailure(db_path, str(error))
    return None


@contextmanager
def disk_errors(path: Path) -> Iterator[None]:
    """Re-raise a disk problem met inside as its ``StorageError`` (with the original as its cause)."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        classified = classify(error, path)
        if classified is None or classified is error:
            raise
        raise classified from error


__all__ = [
    "AccessDenied",
    "DataFolderNotFound",
    "DiskFailure",
    "DiskFull",
    "DiskProblem",
    "FolderInsteadOfFile",
    "NotAFolder",
    "ReadOnlyLocation",
    "access_problem",
    "classify",
    "disk_errors",
]
