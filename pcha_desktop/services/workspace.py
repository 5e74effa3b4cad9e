"""The workspace: the district's database and every place the program keeps files, named in one place.

    workspace = data_folder.workspace          # services/data_folder.py makes it
    workspace.database                          # the ORM's Database (opened on first use)
    workspace.attachments_dir / exports_dir / backups_dir / logs_dir / emblem_dir
    workspace.keys_dir                          # the user's private keys: NOT in the data folder

Services that need a path take the workspace; no other module builds these paths from a data folder or
from ``database.path`` (tests/services/test_workspace.py checks the source). The data folder is what a
backup copies; the per-user folder (``user_dir()``) holds what belongs to the person and never travels
with the data: their preferences (``services/user_preferences.py``) and the district's signing key
(``keys/``, owner-only: the folder 0o700, files 0o600 on POSIX).

Per-user folder: ``PCHA_USER_DIR`` if set (tests), else the platform's per-user config folder for
"PCHA Desktop Profile" (``%LOCALAPPDATA%\\PCHA Desktop Profile`` on Windows, ``~/.config/PCHA Desktop
Profile`` on Linux): a folder of its own, because on Windows the platform's data and config folders of
"PCHA Desktop" are the same, and that one is the default data folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.paths import APP_NAME, attachments_dir, backup_dir, database_path

if TYPE_CHECKING:
    from pcha_desktop.storage.database import Database

USER_DIR_ENV = "PCHA_USER_DIR"
USER_DIR_NAME = f"{APP_NAME} Profile"
EXPORTS_SUBDIR = "exports"
LOGS_SUBDIR = "logs"
KEYS_SUBDIR = "keys"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def user_dir() -> Path:
    """The per-user folder (preferences, keys); not created here."""
    from_environment = os.environ.get(USER_DIR_ENV, "").strip()
    if from_environment:
        return Path(from_environment).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_config_dir(USER_DIR_NAME, appauthor=False, roaming=False))


def keys_dir(user_folder: Path | None = None) -> Path:
    """The folder for the district's signing key (a later feature writes it): created if missing, readable
    by its owner only. Secrets go here, never into the database or the data folder that backups copy."""
    folder = (user_folder or user_dir()) / KEYS_SUBDIR
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    make_private(folder)
    return folder


def make_private(path: Path) -> None:
    """Owner-only permissions: 0o700 for a folder, 0o600 for a file (POSIX; Windows keeps a user's
    LOCALAPPDATA private already)."""
    if os.name == "nt":
        return
    os.chmod(path, PRIVATE_DIR_MODE if Path(path).is_dir() else PRIVATE_FILE_MODE)


def write_private_file(path: Path, content: bytes) -> Path:
    """Write a secret (e.g. a key) so that it is never readable by others, not even for a moment."""
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    make_private(path)
    return path


def is_private(path: Path) -> bool:
    """True if no one but the owner may read or enter ``path`` (always True on Windows, see make_private)."""
    if os.name == "nt":
        return True
    mode = stat.S_IMODE(Path(path).stat().st_mode)
    return mode & 0o077 == 0


class KeysInsideDataFolder(UserFacingError):
    def __init__(self, keys: Path, data_dir: Path) -> None:
        super().__init__(
            f"โฟลเดอร์กุญแจ {keys} อยู่ในโฟลเดอร์ข้อมูล {data_dir} ซึ่งถูกสำรองข้อมูล กรุณาเลือกโฟลเดอร์ข้อมูลอื่น",
            f"The keys folder {keys} is inside the data folder {data_dir}, which backups copy;"
            " please choose another data folder.",
        )


@dataclass(frozen=True)
class Workspace:
    """One district's data folder and the user's private folder. ``database`` is opened on first use."""

    data_dir: Path
    user_folder: Path
    _database: Callable[[], Database] = field(repr=False, compare=False)

    @classmethod
    def for_data_folder(cls, data_dir: Path, database: Callable[[], Database],
                        user_folder: Path | None = None) -> Workspace:
        return cls(Path(data_dir), Path(user_folder) if user_folder else user_dir(), database)

    @property
    def database(self) -> Database:
        return self._database()

    @property
    def database_path(self) -> Path:
        return database_path(self.data_dir)

    @property
    def attachments_dir(self) -> Path:
        """Stored files (scans, photos), content-addressed (services/attachments.py)."""
        return attachments_dir(self.data_dir)

    @property
    def backups_dir(self) -> Path:
        return backup_dir(self.data_dir)

    @property
    def exports_dir(self) -> Path:
        """Where documents made for people (PDF, XLSX) are written unless the user chooses elsewhere."""
        return self.data_dir / EXPORTS_SUBDIR

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / LOGS_SUBDIR

    @property
    def emblem_dir(self) -> Path:
        """Where the office's Garuda emblem image is kept (services/emblem.py)."""
        return self.data_dir

    @property
    def keys_dir(self) -> Path:
        """The user's private keys folder (created, owner-only); refused if it lies inside the data folder."""
        keys = keys_dir(self.user_folder)
        if keys.resolve().is_relative_to(self.data_dir.resolve()):
            raise KeysInsideDataFolder(keys, self.data_dir)
        return keys


__all__ = [
    "KeysInsideDataFolder",
    "Workspace",
    "is_private",
    "keys_dir",
    "make_private",
    "user_dir",
    "write_private_file",
]
