"""Where the data lives: the data folder, the database file, backups, attachments.

Order for the data folder: an explicit value (``--data-dir``), the ``PCHA_DATA_DIR`` environment variable,
else the per-user data folder of the platform (``%LOCALAPPDATA%\\PCHA Desktop`` on Windows).
The demo database lives in its own ``demo`` sub-folder so that trying the program never touches real data.

``StorageError`` (``storage/errors.py``) is importable from here too, as it always was.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from pcha_desktop.storage.errors import StorageError

if os.name == "nt":  # what urllib.request.pathname2url uses, without importing urllib.request (slow)
    from nturl2path import pathname2url
else:
    from urllib.parse import quote as pathname2url

APP_NAME = "PCHA Desktop"
DATA_DIR_ENV = "PCHA_DATA_DIR"
DATABASE_FILE_NAME = "pcha.sqlite"
DEMO_SUBDIR = "demo"
LOCK_FILE_NAME = ".lock"


def resolve_data_dir(cli_value: str | Path | None = None, *, demo: bool = False, create: bool = True) -> Path:
    """The data folder to use; ``<folder>/demo`` for the demo database.

    Created if missing; with ``create=False`` a missing folder raises ``DataFolderNotFound`` instead.
    A file in its place, or a folder that cannot be made, raises the matching ``StorageError``.
    """
    from pcha_desktop.storage.disk_problems import DataFolderNotFound, NotAFolder, disk_errors

    data_dir = chosen_data_dir(cli_value, demo=demo)
    if data_dir.is_dir():
        return data_dir
    if data_dir.exists():
        raise NotAFolder(data_dir)
    if not create:
        raise DataFolderNotFound(data_dir)
    with disk_errors(data_dir):
        data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir


def chosen_data_dir(cli_value: str | Path | None = None, *, demo: bool = False) -> Path:
    """The data folder ``resolve_data_dir`` would use, without looking at it or creating it."""
    base = _chosen_data_dir(cli_value)
    return base / DEMO_SUBDIR if demo else base


def _chosen_data_dir(cli_value: str | Path | None) -> Path:
    if cli_value is not None and str(cli_value).strip():
        return Path(cli_value).expanduser().absolute()
    from_environment = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_environment:
        return Path(from_environment).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE_NAME


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def attachments_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "attachments"


def logs_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "logs"


def lock_file_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILE_NAME


def sqlite_uri(path: Path, mode: str) -> str:
    """``file:`` URI for ``sqlite3.connect(..., uri=True)``; ``mode`` is ``ro`` or ``rw`` (never creates).

    Percent-encoded, so Thai user names, spaces, ``#``, ``?`` and ``%`` in the path are safe.
    """
    return f"file:{pathname2url(str(Path(path).absolute()))}?mode={mode}"


def fsync_file(path: Path) -> None:
    """Force a file's content to disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_directory(directory: Path) -> None:
    """Force a rename inside ``directory`` to disk (not possible, and not needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def durable_replace(source: Path, target: Path) -> None:
    """Move a fully written ``source`` over ``target`` in one step (same folder), surviving a power cut."""
    fsync_file(source)
    os.replace(source, target)
    fsync_directory(Path(target).parent)


__all__ = [
    "DATABASE_FILE_NAME",
    "DATA_DIR_ENV",
    "StorageError",
    "attachments_dir",
    "backup_dir",
    "chosen_data_dir",
    "database_path",
    "durable_replace",
    "fsync_directory",
    "fsync_file",
    "lock_file_path",
    "logs_dir",
    "resolve_data_dir",
    "sqlite_uri",
]
