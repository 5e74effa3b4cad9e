"""The start-up sequence: lock, check, daily backup, migrate (with a backup first), open; and restore."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcha_desktop.services import data_folder as data_folder_module
from pcha_desktop.services.data_folder import (
    DatabaseDamaged,
    DatabaseNotFound,
    MigrationFailed,
    open_data_folder,
    restore_into,
)
from pcha_desktop.storage.backup import BackupFailed, list_backups, validate_backup_file
from pcha_desktop.storage.instance_lock import InstanceLock
from pcha_desktop.storage.integrity import check_integrity
from pcha_desktop.storage.models import Person
from pcha_desktop.storage.paths import backup_dir, database_path, resolve_data_dir


def _count_people(folder: data_folder_module.DataFolder) -> int:
    with folder.database.reader() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _add_person(folder: data_folder_module.DataFolder, name: str) -> None:
    with folder.database.unit_of_work("สมศรี") as session:
        session.add(Person(first_name=name))


def _corrupt(db_path: Path) -> None:
    with open(db_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(random.Random(7).randbytes(4096 * 3))


def test_new_folder_is_created_without_a_start_backup(folder_dir: Path) -> None:
    with open_data_folder(folder_dir) as folder:
        assert folder.created and folder.start_backup is None
        assert folder.backups_dir.is_dir() and folder.attachments_dir.is_dir()
    with open_data_folder(folder_dir) as folder:
        assert not folder.created and folder.start_backup is not None
    with open_data_folder(folder_dir) as folder:
        assert folder.start_backup is None  # already one today
    assert len(list_backups(backup_dir(folder_dir))) == 1


def test_close_releases_the_lock_and_is_idempotent(folder_dir: Path) -> None:
    folder = open_data_folder(folder_dir)
    folder.close()
    folder.close()
    with InstanceLock(folder_dir):
        pass


def test_create_false_needs_an_existing_database(folder_dir: Path) -> None:
    with pytest.raises(DatabaseNotFound):
        open_data_folder(folder_dir, create=False)
    assert not database_path(folder_dir).exists()


def test_damaged_database_is_reported_with_backups_and_restored(folder_dir: Path) -> None:
    with open_data_folder(folder_dir) as folder:
        _add_person(folder, "สมชาย")
    with open_data_folder(folder_dir) as folder:  # makes today's start backup
        _add_person(folder, "after the backup")
    _corrupt(database_path(folder_dir))

    with pytest.raises(DatabaseDamaged) as raised:
        open_data_folder(folder_dir)
    damaged = raised.value
    assert damaged.problem and "ฐานข้อมูลเสียหาย" in damaged.message_th and "damaged" in damaged.message_en
    assert len(damaged.backups) == 1 and damaged.backups[0].is_good()
    with InstanceLock(folder_dir):  # the lock was released
        pass

    kept = restore_into(folder_dir, damaged.backups[0].path)
    assert kept is not None and kept.exists() and not check_integrity(kept).ok

    with open_data_folder(folder_dir) as folder:
        assert _count_people(folder) == 1


def test_restore_into_takes_the_lock(folder_dir: Path) -> None:
    with open_data_folder(folder_dir) as folder:
        _add_person(folder, "x")
    with open_data_folder(folder_dir) as folder:
        backup = folder.start_backup
        assert backup is not None
        with pytest.raises(data_folder_module.DataFolderInUse):
            restore_into(folder_dir, backup)


def test_an_upgrade_is_preceded_by_a_backup(folder_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_data_folder(folder_dir) as folder:
        _add_person(folder, "x")
    upgraded: list[Path] = []
    monkeypatch.setattr(data_folder_module, "needs_upgrade", lambda db_path: True)
    monkeypatch.setattr(data_folder_module, "upgrade_to_head", upgraded.append)
    with open_data_folder(folder_dir) as folder:
        assert folder.migration_backup is not None
        assert folder.migration_backup.name.endswith("-before-migration.zip")
        assert validate_backup_file(folder.migration_backup).ok
        assert upgraded == [folder.database_path]


def test_a_failed_upgrade_says_where_the_backup_is_and_releases_the_lock(
    folder_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_data_folder(folder_dir):
        pass

    def fail(_db_path: Path) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(data_folder_module, "needs_upgrade", lambda db_path: True)
    monkeypatch.setattr(data_folder_module, "upgrade_to_head", fail)
    with pytest.raises(MigrationFailed) as raised:
        open_data_folder(folder_dir)
    assert raised.value.backup is not None and raised.value.backup.exists()
    assert "boom" in raised.value.detail and raised.value.message_th
    with InstanceLock(folder_dir):
        pass


def test_no_upgrade_without_a_backup(folder_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_data_folder(folder_dir):
        pass
    upgraded: list[Path] = []

    def no_space(*_arguments: object, **_keywords: object) -> Path:
        raise BackupFailed("No space left on device")

    monkeypatch.setattr(data_folder_module, "needs_upgrade", lambda db_path: True)
    monkeypatch.setattr(data_folder_module, "upgrade_to_head", upgraded.append)
    monkeypatch.setattr(data_folder_module, "create_backup", no_space)
    monkeypatch.setattr(data_folder_module, "backup_if_due", no_space)
    with pytest.raises(BackupFailed):
        open_data_folder(folder_dir)
    assert upgraded == []


def test_a_failed_start_backup_is_a_warning_not_a_stop(
    folder_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_data_folder(folder_dir):
        pass

    def no_space(*_arguments: object, **_keywords: object) -> Path:
        raise BackupFailed("No space left on device")

    monkeypatch.setattr(data_folder_module, "backup_if_due", no_space)
    with open_data_folder(folder_dir) as folder:
        assert isinstance(folder.start_backup_error, BackupFailed)


def test_awkward_folder_names_work(tmp_path: Path) -> None:
    folder_dir = tmp_path / "ข้อมูล สมศรี #1 ?50% ok"
    with open_data_folder(folder_dir) as folder:
        _add_person(folder, "ก")
    with open_data_folder(folder_dir) as folder:  # integrity check, start backup, lock: all by path
        assert folder.start_backup is not None and validate_backup_file(folder.start_backup).ok
        assert _count_people(folder) == 1


def test_resolve_data_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pcha_desktop.storage import paths

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "platform"))
    monkeypatch.delenv("PCHA_DATA_DIR", raising=False)
    assert resolve_data_dir() == tmp_path / "platform"
    monkeypatch.setenv("PCHA_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir() == tmp_path / "from-env"
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_data_dir(str(tmp_path / "explicit"), demo=True) == tmp_path / "explicit" / "demo"
    assert resolve_data_dir(demo=True) == tmp_path / "from-env" / "demo"
    assert (tmp_path / "from-env" / "demo").is_dir() and (tmp_path / "platform").is_dir()
