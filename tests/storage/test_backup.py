"""Backups: one .zip with the database and its attachments, one automatic backup a day, rotation keeps 14,
listing (old single-file backups too), restore."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.storage.backup import (
    KEEP_AUTOMATIC_BACKUPS,
    BackupFailed,
    BackupInvalid,
    backup_file_name,
    backup_if_due,
    copy_database,
    create_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from pcha_desktop.storage.integrity import check_integrity
from pcha_desktop.storage.models import Person
from pcha_desktop.storage.paths import sqlite_uri

MORNING = datetime(2026, 11, 23, 8, 15, 30)


def _people(db_path: Path) -> list[str]:
    if zipfile.is_zipfile(db_path):
        return _people(_database_in(db_path))
    connection = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT first_name FROM person ORDER BY id")]
    finally:
        connection.close()


def _database_in(backup: Path) -> Path:
    """The database file inside a backup archive, extracted beside it."""
    target = backup.with_name(backup.name + ".extracted.sqlite")
    with zipfile.ZipFile(backup) as bundle:
        target.write_bytes(bundle.read("pcha.sqlite"))
    return target


def _add_person(folder: DataFolder, first_name: str) -> None:
    with folder.database.unit_of_work("สมศรี") as session:
        session.add(Person(first_name=first_name, last_name="ทดสอบ"))


def test_backup_is_one_self_contained_file(opened_folder: DataFolder) -> None:
    _add_person(opened_folder, "สมชาย")
    path = create_backup(opened_folder.database_path, opened_folder.backups_dir, "manual", now=MORNING)

    assert path.name == "pcha-00001-2569-11-23T081530-manual.zip"  # sequence, Buddhist Era date, reason
    assert sorted(p.name for p in opened_folder.backups_dir.iterdir()) == [path.name]  # no .partial left
    with zipfile.ZipFile(path) as bundle:
        assert sorted(bundle.namelist()) == ["manifest.json", "pcha.sqlite"]
        manifest = json.loads(bundle.read("manifest.json"))
    assert manifest["sequence"] == 1 and manifest["reason"] == "manual"
    database = _database_in(path)
    assert manifest["database"]["sha256"] == hashlib.sha256(database.read_bytes()).hexdigest()
    assert check_integrity(database).ok
    assert _people(path) == ["สมชาย"]
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()


def test_backup_holds_only_committed_data(opened_folder: DataFolder) -> None:
    _add_person(opened_folder, "committed")
    with opened_folder.database.unit_of_work() as session:
        session.add(Person(first_name="not yet"))
        session.flush()
        path = create_backup(opened_folder.database_path, opened_folder.backups_dir, "manual")
    assert _people(path) == ["committed"]


def test_two_backups_in_the_same_second_get_different_names(head_db: Path, tmp_path: Path) -> None:
    first = create_backup(head_db, tmp_path / "b", "manual", now=MORNING)
    second = create_backup(head_db, tmp_path / "b", "manual", now=MORNING)
    assert first != second and second.name == "pcha-00002-2569-11-23T081530-manual.zip"
    assert [info.path for info in list_backups(tmp_path / "b")] == [second, first]


def test_backup_of_a_missing_database_fails(tmp_path: Path) -> None:
    with pytest.raises(BackupFailed) as raised:
        create_backup(tmp_path / "none.sqlite", tmp_path / "b", "manual")
    assert raised.value.message_th and raised.value.message_en


def test_at_most_one_automatic_backup_a_day(head_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(head_db, backups, now=MORNING) is not None
    assert backup_if_due(head_db, backups, now=MORNING + timedelta(hours=3)) is None
    create_backup(head_db, backups, "manual", now=MORNING + timedelta(hours=4))  # does not count
    assert backup_if_due(head_db, backups, now=MORNING + timedelta(hours=5)) is None
    tomorrow = backup_if_due(head_db, backups, now=MORNING + timedelta(days=1))
    assert tomorrow is not None and "2569-11-24" in tomorrow.name
    assert [info.reason for info in list_backups(backups)] == ["start", "manual", "start"]


def test_rotation_keeps_the_14_newest_automatic_backups_and_every_manual_one(
    head_db: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    manual = create_backup(head_db, backups, "manual", now=MORNING - timedelta(days=100))
    before_migration = create_backup(head_db, backups, "before-migration", now=MORNING - timedelta(days=99))
    for day in range(20):
        backup_if_due(head_db, backups, now=MORNING + timedelta(days=day))

    automatic = [info for info in list_backups(backups) if info.is_automatic]
    assert len(automatic) == KEEP_AUTOMATIC_BACKUPS == 14
    assert automatic[0].created_at.date() == (MORNING + timedelta(days=19)).date()
    assert automatic[-1].created_at.date() == (MORNING + timedelta(days=6)).date()
    assert manual.exists() and before_migration.exists()


def _legacy_backup(db_path: Path, backups: Path, when: datetime, reason: str = "start") -> Path:
    """A backup as versions before the .zip format made them: one .sqlite file named by the clock."""
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"pcha-{when:%Y-%m-%dT%H%M%S}-{reason}.sqlite"
    copy_database(db_path, target, journal_mode="DELETE")
    return target


def test_list_backups_newest_first_with_size_time_and_lazy_check(head_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    legacy = _legacy_backup(head_db, backups, MORNING + timedelta(days=300))  # dated later, made earlier
    older = create_backup(head_db, backups, "start", now=MORNING)
    newer = create_backup(head_db, backups, "manual", now=MORNING + timedelta(minutes=5))
    broken = backups / backup_file_name(MORNING + timedelta(minutes=9), "start", 3)
    broken.write_bytes(random.Random(4).randbytes(8192))
    (backups / "notes.txt").write_text("not a backup")
    (backups / "pcha-00004-2569-11-23T081530-start.zip.partial").write_bytes(b"half")

    infos = list_backups(backups)
    assert [info.path for info in infos] == [broken, newer, older, legacy]
    assert infos[1].created_at == MORNING + timedelta(minutes=5) and infos[1].reason == "manual"
    assert infos[1].size_bytes == newer.stat().st_size > 0
    assert infos[3].created_at == MORNING + timedelta(days=300) and not infos[3].is_archive
    assert "integrity" not in vars(infos[0])  # not checked until asked
    assert [info.is_good() for info in infos] == [False, True, True, True]
    best = newest_good_backup(backups)
    assert best is not None and best.path == newer


def test_restore_replaces_a_corrupted_database_and_keeps_it_aside(opened_folder: DataFolder) -> None:
    _add_person(opened_folder, "ก่อนสำรอง")
    backup = create_backup(opened_folder.database_path, opened_folder.backups_dir, "manual")
    _add_person(opened_folder, "หลังสำรอง")
    db_path = opened_folder.database_path
    opened_folder.database.dispose()
    _corrupt(db_path)
    damaged_bytes = db_path.read_bytes()
    assert not check_integrity(db_path).ok

    kept = restore_backup(backup, db_path, now=MORNING)

    assert kept is not None and kept.name == "pcha.sqlite.damaged-2569-11-23T081530"
    assert kept.read_bytes() == damaged_bytes
    assert check_integrity(db_path).ok
    assert _people(db_path) == ["ก่อนสำรอง"]
    assert not list(db_path.parent.glob("*.restoring*"))


def test_restore_moves_the_write_ahead_log_aside_with_the_old_file(opened_folder: DataFolder) -> None:
    backup = create_backup(opened_folder.database_path, opened_folder.backups_dir, "manual")
    db_path = opened_folder.database_path
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"stale log")  # as left by a crash
    opened_folder.database.dispose()
    kept = restore_backup(backup, db_path)
    assert kept is not None
    assert Path(f"{kept}-wal").read_bytes() == b"stale log"
    assert not wal.exists() or wal.read_bytes() != b"stale log"


def test_restore_refuses_bad_files_and_changes_nothing(head_db: Path, tmp_path: Path) -> None:
    original = head_db.read_bytes()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(random.Random(5).randbytes(10_000))
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)")
    connection.close()

    for bad in (garbage, foreign, tmp_path / "missing.sqlite"):
        with pytest.raises(BackupInvalid) as raised:
            restore_backup(bad, head_db)
        assert raised.value.problem and raised.value.message_th
        assert isinstance(raised.value, ValueError)
    assert head_db.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.sqlite", "garbage.sqlite", "head.sqlite"]


def _corrupt(db_path: Path) -> None:
    with open(db_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(random.Random(6).randbytes(4096 * 3))
