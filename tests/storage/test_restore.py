"""Restore: attachments come back byte-identical, another district's backup is refused (or allowed on
request), the restore is in the audit trail, and a failure or a kill mid-restore leaves the live data whole."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import sqlite3
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from pcha_desktop.services import backups as backup_service
from pcha_desktop.services.attachments import blob_path, store_content
from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.demo import DEMO_PROFILE
from pcha_desktop.services.district_profile import save_profile
from pcha_desktop.storage import backup as backup_module
from pcha_desktop.storage.backup import (
    BackupFromOtherDistrict,
    BackupInvalid,
    RestoreFailed,
    copy_database,
    list_backups,
    read_manifest,
    restore_backup,
    validate_backup_file,
)
from pcha_desktop.storage.integrity import check_integrity
from pcha_desktop.storage.models import Person
from pcha_desktop.storage.paths import sqlite_uri

from .conftest import python_command

SCANNED_ORDER = b"%PDF-1.4\n" + random.Random(1).randbytes(50_000)
PHOTO = b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(30_000)
KATHU = dataclasses.replace(DEMO_PROFILE, district_code="8302", district_name="กะทู้")


def _rows(db_path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _people(db_path: Path) -> list[str]:
    return [row[0] for row in _rows(db_path, "SELECT first_name FROM person ORDER BY id")]


def _add_person(folder: DataFolder, first_name: str) -> None:
    with folder.database.unit_of_work("สมศรี") as session:
        session.add(Person(first_name=first_name, last_name="ทดสอบ"))


def _attach(folder: DataFolder, content: bytes, name: str) -> str:
    with folder.database.unit_of_work("สมศรี") as session:
        return store_content(session, folder.attachments_dir, content, name).sha256


def test_a_backup_holds_the_attachments_and_a_restore_puts_them_back(opened_folder: DataFolder) -> None:
    order_hash = _attach(opened_folder, SCANNED_ORDER, "คำสั่ง.pdf")
    photo_hash = _attach(opened_folder, PHOTO, "visit.png")
    _attach(opened_folder, SCANNED_ORDER, "again.pdf")  # the same file twice: stored once
    backup = backup_service.back_up_now(opened_folder)

    with zipfile.ZipFile(backup) as bundle:
        inside = {name: bundle.read(name) for name in bundle.namelist()}
    assert inside[f"attachments/{order_hash[:2]}/{order_hash}"] == SCANNED_ORDER
    assert inside[f"attachments/{photo_hash[:2]}/{photo_hash}"] == PHOTO
    manifest = read_manifest(backup)
    assert manifest is not None and manifest.attachments == {order_hash: len(SCANNED_ORDER), photo_hash: len(PHOTO)}
    assert manifest.missing_attachments == ()

    # The PC's attachments are lost (a new PC, a deleted folder), one damaged: the backup brings them back.
    blob_path(opened_folder.attachments_dir, photo_hash).write_bytes(b"damaged")
    shutil.rmtree(blob_path(opened_folder.attachments_dir, order_hash).parent)
    backup_service.restore_in_place(opened_folder, backup)

    assert blob_path(opened_folder.attachments_dir, order_hash).read_bytes() == SCANNED_ORDER
    assert blob_path(opened_folder.attachments_dir, photo_hash).read_bytes() == PHOTO


def test_a_missing_attachment_is_listed_and_does_not_stop_the_backup(opened_folder: DataFolder) -> None:
    lost = _attach(opened_folder, PHOTO, "visit.png")
    blob_path(opened_folder.attachments_dir, lost).unlink()
    backup = backup_service.back_up_now(opened_folder)
    manifest = read_manifest(backup)
    assert manifest is not None and manifest.missing_attachments == (lost,) and manifest.attachments == {}
    assert validate_backup_file(backup).ok


def test_an_older_single_file_backup_is_still_restored(opened_folder: DataFolder) -> None:
    _add_person(opened_folder, "ในไฟล์สำรองเก่า")
    legacy = opened_folder.backups_dir / "pcha-2026-11-23T081530-start.sqlite"
    copy_database(opened_folder.database_path, legacy, journal_mode="DELETE")
    kept_photo = _attach(opened_folder, PHOTO, "visit.png")
    _add_person(opened_folder, "หลังสำรอง")

    assert [info.path for info in list_backups(opened_folder.backups_dir)] == [legacy]
    backup_service.restore_in_place(opened_folder, legacy)
    assert _people(opened_folder.database_path) == ["ในไฟล์สำรองเก่า"]
    assert blob_path(opened_folder.attachments_dir, kept_photo).read_bytes() == PHOTO  # left alone


def _rewritten(backup: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the archive with ``change(name, data) -> [(name, data)…]`` applied to every member."""
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            for new_name, data in change(name, source.read(name)):
                out.writestr(new_name, data)
    return target


def test_a_tampered_or_hostile_archive_is_refused_and_nothing_changes(
    opened_folder: DataFolder, tmp_path: Path
) -> None:
    sha = _attach(opened_folder, SCANNED_ORDER, "order.pdf")
    backup = backup_service.back_up_now(opened_folder)
    member = f"attachments/{sha[:2]}/{sha}"
    swapped = _rewritten(backup, tmp_path / "swapped.zip",
                         lambda name, data: [(name, PHOTO[: len(data)] if name == member else data)])
    escaping = _rewritten(backup, tmp_path / "escaping.zip",
                          lambda name, data: [(name, data)] + ([("../../evil.txt", b"x")] if name == member else []))
    no_manifest = _rewritten(backup, tmp_path / "no-manifest.zip",
                             lambda name, data: [] if name == "manifest.json" else [(name, data)])
    other_database = _rewritten(backup, tmp_path / "other-db.zip",
                                lambda name, data: [(name, data[:-1] + b"!" if name == "pcha.sqlite" else data)])
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])

    opened_folder.close_database()
    db_path = opened_folder.database_path
    before = db_path.read_bytes()
    shutil.rmtree(opened_folder.attachments_dir)
    opened_folder.attachments_dir.mkdir()
    for bad in (swapped, escaping, no_manifest, other_database, truncated):
        assert not validate_backup_file(bad).ok
        with pytest.raises(BackupInvalid) as raised:
            restore_backup(bad, db_path, attachments_dir=opened_folder.attachments_dir)
        assert raised.value.message_th and raised.value.problem
    assert db_path.read_bytes() == before
    assert list(opened_folder.attachments_dir.iterdir()) == []
    assert not (tmp_path.parent / "evil.txt").exists() and not list(tmp_path.rglob("evil.txt"))
    assert not list(db_path.parent.glob("*.restoring*")) and not list(db_path.parent.glob("*.damaged*"))


def test_a_backup_of_another_district_is_refused_unless_allowed(opened_folder: DataFolder, tmp_path: Path) -> None:
    save_profile(opened_folder.database, KATHU, "สมศรี")
    _add_person(opened_folder, "ข้อมูลกะทู้")
    kathu_backup = backup_service.back_up_now(opened_folder)
    save_profile(opened_folder.database, DEMO_PROFILE, "สมศรี")  # now the data is Mueang Phuket's
    _add_person(opened_folder, "ข้อมูลเมือง")

    with pytest.raises(BackupFromOtherDistrict) as raised:
        backup_service.restore_in_place(opened_folder, kathu_backup)
    error = raised.value
    assert error.backup_district.code == "8302" and error.current_district.code == "8301"
    assert "กะทู้" in error.message_th and "เมืองภูเก็ต" in error.message_th
    assert "8302" in error.message_en and "8301" in error.message_en
    assert isinstance(error, BackupInvalid)  # callers that only know BackupInvalid still refuse it
    assert _people(opened_folder.database_path) == ["ข้อมูลกะทู้", "ข้อมูลเมือง"]
    assert not list(opened_folder.data_dir.glob("pcha.sqlite.*"))

    backup_service.restore_in_place(opened_folder, kathu_backup, allow_other_district=True)
    assert _people(opened_folder.database_path) == ["ข้อมูลกะทู้"]


def test_a_restore_is_in_the_audit_trail_of_the_restored_data(opened_folder: DataFolder) -> None:
    from pcha_desktop.services.settings import user_preferences_for

    user_preferences_for(opened_folder.database).set_user_name("สมศรี ใจดี")
    backup = backup_service.back_up_now(opened_folder)
    _add_person(opened_folder, "หลังสำรอง")
    backup_service.restore_in_place(opened_folder, backup)

    rows = _rows(opened_folder.database_path,
                 "SELECT user_name, action, table_name, changes FROM audit_entry ORDER BY id DESC LIMIT 1")
    user_name, action, table_name, changes = rows[0]
    made_at = read_manifest(backup).created_at  # type: ignore[union-attr]
    assert (user_name, action, table_name) == ("สมศรี ใจดี", "restore", "backup")
    assert json.loads(changes)["backup"] == [None, backup.name]
    assert json.loads(changes)["backup_made_at"] == [None, made_at.isoformat(timespec="seconds")]


# ---------------------------------------------------------------- failures and kills mid-restore


def _crashed_folder(opened_folder: DataFolder, tmp_path: Path) -> tuple[Path, Path]:
    """(backup, database) where the database's newest commit is only in its -wal, as after a crash."""
    _add_person(opened_folder, "ในไฟล์สำรอง")
    backup = backup_service.back_up_now(opened_folder)
    opened_folder.close_database()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(opened_folder.database_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    columns = [row[1] for row in writer.execute("PRAGMA table_info(person)") if row[1] not in ("id", "uuid")]
    copied = ", ".join("'อยู่ใน WAL'" if column == "first_name" else column for column in columns)
    writer.execute(f"INSERT INTO person (uuid, {', '.join(columns)}) SELECT 'u-wal', {copied} FROM person LIMIT 1")
    for suffix in ("", "-wal"):  # copied while the writer still has it open: a crash image
        shutil.copyfile(f"{opened_folder.database_path}{suffix}", crashed / f"pcha.sqlite{suffix}")
    writer.close()
    assert (crashed / "pcha.sqlite-wal").stat().st_size > 0
    return backup, crashed / "pcha.sqlite"


def _step_failing(name: str):  # type: ignore[no-untyped-def]
    def fail(*_arguments, **_keywords):  # type: ignore[no-untyped-def]
        raise OSError(28, f"No space left on device (at {name})")

    return fail


@pytest.mark.parametrize(
    "step", ["write_blob", "_write_restore_audit", "_copy_current_aside", "_fold_write_ahead_log", "durable_replace"]
)
def test_a_failure_mid_restore_leaves_the_live_database_whole(
    opened_folder: DataFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    _attach(opened_folder, PHOTO, "visit.png")
    backup, db_path = _crashed_folder(opened_folder, tmp_path)
    monkeypatch.setattr(backup_module, step, _step_failing(step))

    with pytest.raises(RestoreFailed) as raised:
        restore_backup(backup, db_path, attachments_dir=tmp_path / "attachments")
    assert "No space left" in raised.value.message_en and raised.value.message_th

    assert check_integrity(db_path).ok
    assert _people(db_path) == ["ในไฟล์สำรอง", "อยู่ใน WAL"]  # the commit that was only in the -wal too
    assert not list(db_path.parent.glob("*.restoring*"))


def test_the_restored_file_never_meets_the_old_write_ahead_log(opened_folder: DataFolder, tmp_path: Path) -> None:
    """The old -wal is folded into the old database before the swap, so SQLite cannot replay it into the
    restored file; its bytes are kept aside with the old database."""
    backup, db_path = _crashed_folder(opened_folder, tmp_path)
    old_wal = Path(f"{db_path}-wal").read_bytes()
    kept = restore_backup(backup, db_path)
    assert kept is not None and Path(f"{kept}-wal").read_bytes() == old_wal
    assert _people(kept) == ["ในไฟล์สำรอง", "อยู่ใน WAL"]
    assert not Path(f"{db_path}-wal").exists()
    assert check_integrity(db_path).ok and _people(db_path) == ["ในไฟล์สำรอง"]


_RESTORER = """
import sys
from pathlib import Path
from pcha_desktop.storage.backup import restore_backup, validate_backup_file
validate_backup_file(Path(sys.argv[1]))  # imports all a restore needs, so the kill lands in the restore
print("ready", flush=True)
sys.stdin.readline()
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def test_a_restore_killed_at_any_moment_leaves_old_or_new_data_never_a_mix(
    opened_folder: DataFolder, tmp_path: Path
) -> None:
    backup, crashed_db = _crashed_folder(opened_folder, tmp_path)
    rng = random.Random(11)
    duration = 0.0
    for round_number in range(13):
        data = tmp_path / f"round{round_number}"
        shutil.copytree(crashed_db.parent, data)
        db_path = data / "pcha.sqlite"
        if round_number == 0:  # once to the end: how long a restore takes here
            started = time.monotonic()
            restore_backup(backup, db_path)
            duration = time.monotonic() - started
            continue
        with subprocess.Popen(python_command(_RESTORER, str(backup), str(db_path)), text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE) as process:
            assert process.stdout is not None and process.stdin is not None
            assert process.stdout.readline() == "ready\n"
            process.stdin.write("go\n")
            process.stdin.flush()
            time.sleep(rng.uniform(0.0, 1.5 * duration))
            process.kill()

        assert check_integrity(db_path).ok
        people = _people(db_path)
        restored = _rows(db_path, "SELECT count(*) FROM audit_entry WHERE action = 'restore'")[0][0] == 1
        assert people == (["ในไฟล์สำรอง"] if restored else ["ในไฟล์สำรอง", "อยู่ใน WAL"])
