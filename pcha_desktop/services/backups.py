"""Backups while the program is open: list them, back up now, restore one in place."""

from __future__ import annotations

from pathlib import Path

from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.settings import user_preferences_for
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
    """The database and its attachments, in one file in the backups folder."""
    return create_backup(
        folder.database_path, folder.backups_dir, MANUAL_REASON, attachments_dir=folder.attachments_dir
    )


def restore_in_place(folder: DataFolder, backup_file: Path, *, allow_other_district: bool = False) -> Path | None:
    """Replace the open database (and put back the attachments) from a backup.

    Validated first: an invalid one raises BackupInvalid, another district's one BackupFromOtherDistrict
    (ask the user, then call again with ``allow_other_district=True``); either way nothing changed.
    The current file is kept aside; an older schema is migrated; the restore is in the audit trail under
    the current user's name. Returns where the previous file was kept.
    """
    user_name = user_preferences_for(folder.database).user_name
    folder.close_database()  # the next use of folder.database opens the restored file
    kept_aside = restore_backup(
        backup_file,
        folder.database_path,
        attachments_dir=folder.attachments_dir,
        allow_other_district=allow_other_district,
        user_name=user_name,
    )
    if needs_upgrade(folder.database_path):
        upgrade_to_head(folder.database_path)
    return kept_aside
