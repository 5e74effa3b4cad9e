"""Backups while the program is open: list them, back up now, restore one in place."""

from __future__ import annotations

from pathlib import Path

from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.storage.backup import (
    MANUAL_REASON,
    BackupInfo,
    create_backup,
    list_backups,
    restore_backup,
)
from pcha_desktop.storage.migrate import needs_upgrade, upgrade_to_head


def backups_of(folder: DataFolder) -> list[BackupInfo]:
    """Newest first."""
    return list_backups(folder.backups_dir)


def back_up_now(folder: DataFolder) -> Path:
    return create_backup(folder.database_path, folder.backups_dir, MANUAL_REASON)


def restore_in_place(folder: DataFolder, backup_file: Path) -> Path | None:
    """Replace the open database by a backup (validated first; an invalid one raises BackupInvalid and
    changes nothing). The current file is kept aside; an older schema is migrated. Returns where the
    previous file was kept."""
    folder.close_database()  # the next use of folder.database opens the restored file
    kept_aside = restore_backup(backup_file, folder.database_path)
    if needs_upgrade(folder.database_path):
        upgrade_to_head(folder.database_path)
    return kept_aside
