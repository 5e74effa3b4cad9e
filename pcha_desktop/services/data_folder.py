"""Opening a data folder: the start-up sequence shared by the window and the command line.

    try:
        folder = open_data_folder(resolve_data_dir(args.data_dir))
    except DatabaseDamaged as damaged:      # offer damaged.backups (newest first), then:
        restore_into(data_dir, chosen.path)  # and open again
    except StorageError as error:           # DataFolderInUse, DatabaseNewerThanApp, MigrationFailed,
        show(error.message_th)              # a read-only folder, a full disk … (storage/disk_problems.py)
    with folder:
        ... folder.database.unit_of_work(user_name) ...

Sequence: lock the folder → check the existing database → daily start backup → (backup "before-migration"
and) migrate to the newest schema → ``Database``. A new folder gets a new database made by the migrations.
Every failure releases the lock before the exception leaves.

The check classifies before it calls anything damaged: a read-only file or folder, a missing permission, a
full disk, a folder where a file should be raise their own ``StorageError`` (storage/disk_problems.py);
another program's database or a newer schema raise ``NotAPchaDatabase`` / ``DatabaseNewerThanApp`` — all
before any backup is made. Only real damage is ``DatabaseDamaged`` (the one that offers a restore).

Opening does not import SQLAlchemy: the lock, the check, the backup and "does it need migrating?" are plain
sqlite3 (Alembic loads only when a migration runs), and ``DataFolder.database`` (the ORM) is made on first
use. So the application can open the folder and paint the home screen (services/start_summary.py) while
the ORM is still loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from pcha_desktop.storage.backup import (
    BEFORE_MIGRATION_REASON,
    BackupFromOtherDistrict,
    BackupInfo,
    backup_if_due,
    create_backup,
    list_backups,
    restore_backup,
)
from pcha_desktop.storage.disk_problems import (
    DataFolderNotFound,
    DiskProblem,
    FolderInsteadOfFile,
    NotAFolder,
    access_problem,
    classify,
    disk_errors,
)
from pcha_desktop.storage.instance_lock import DataFolderInUse, InstanceLock
from pcha_desktop.storage.integrity import IntegrityReport, check_integrity
from pcha_desktop.storage.open_mark import write_ahead_log_missing
from pcha_desktop.storage.migrate import (
    DatabaseNewerThanApp,
    NotAPchaDatabase,
    check_schema,
    create_new_database,
    needs_upgrade,
    upgrade_to_head,
)
from pcha_desktop.storage.paths import (
    StorageError,
    attachments_dir,
    backup_dir,
    chosen_data_dir,
    database_path,
    lock_file_path,
    logs_dir,
    resolve_data_dir,
)

if TYPE_CHECKING:  # the ORM is imported when the database is first used (see the module doc)
    from pcha_desktop.services.workspace import Workspace
    from pcha_desktop.storage.database import Database


class DatabaseDamaged(StorageError):
    """The database failed its check; ``backups`` (newest first) are the candidates for a restore."""

    def __init__(self, db_path: Path, problem: str, backups: list[BackupInfo]) -> None:
        super().__init__(  # SQLite's English text stays out of the Thai sentence: ``problem`` has it
            "ฐานข้อมูลเสียหาย ไม่สามารถเปิดใช้งานได้ กรุณากู้คืนจากไฟล์สำรองข้อมูลล่าสุด",
            f"The database is damaged and cannot be opened. Please restore the newest backup. ({problem})",
        )
        self.db_path = db_path
        self.problem = problem
        self.backups = backups


class DatabaseNotFound(StorageError):
    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f"ไม่พบฐานข้อมูลที่ {db_path}",
            f"There is no database at {db_path}.",
        )
        self.db_path = db_path


class MigrationFailed(StorageError):
    """Updating the schema failed; it was rolled back, and ``backup`` holds the data as it was."""

    def __init__(self, detail: str, backup: Path | None) -> None:
        where = f" {backup}" if backup else ""
        super().__init__(
            "ปรับปรุงฐานข้อมูลให้เข้ากับโปรแกรมรุ่นใหม่ไม่สำเร็จ ข้อมูลเดิมไม่ถูกเปลี่ยนแปลง"
            f" (สำรองไว้ที่{where}) รายละเอียด: {detail}",
            f"Updating the database for the new version failed; your data was not changed"
            f" (backup:{where}). Details: {detail}",
        )
        self.detail = detail
        self.backup = backup


@dataclass
class DataFolder:
    data_dir: Path
    lock: InstanceLock
    start_backup: Path | None = None  # today's automatic backup, if this start made it
    start_backup_error: StorageError | None = None  # the start backup failed: warn, but let them work
    migration_backup: Path | None = None
    created: bool = False  # the database was new
    _closed: bool = field(default=False, repr=False)
    _database: Database | None = field(default=None, repr=False)

    @property
    def database(self) -> Database:
        """The ORM's access to the database, made on first use (importing SQLAlchemy takes a while)."""
        if self._database is None:
            from pcha_desktop.storage.database import Database

            self._database = Database(self.database_path)
        return self._database

    def close_database(self) -> None:
        """Release the database's connections (e.g. to replace the file); the next use opens it again."""
        if self._database is not None:
            self._database.dispose()
            self._database = None

    @property
    def database_path(self) -> Path:
        return database_path(self.data_dir)

    @property
    def backups_dir(self) -> Path:
        return backup_dir(self.data_dir)

    @property
    def attachments_dir(self) -> Path:
        return attachments_dir(self.data_dir)

    @property
    def workspace(self) -> Workspace:
        """What services receive: this folder's database and every path in it (services/workspace.py)."""
        from pcha_desktop.services.workspace import Workspace

        return Workspace.for_data_folder(self.data_dir, lambda: self.database)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.close_database()
        finally:
            self.lock.release()

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_data_folder(data_dir: Path, *, create: bool = True) -> DataFolder:
    """Lock, check, back up, migrate and open. Raises a ``StorageError`` (lock released) when it cannot.

    With ``create=False`` nothing is made: a missing folder raises ``DataFolderNotFound``, a folder without
    a database ``DatabaseNotFound``.
    """
    data_dir = Path(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise NotAFolder(data_dir)
    if not create and not data_dir.is_dir():
        raise DataFolderNotFound(data_dir)
    if not create and not database_path(data_dir).exists():
        raise DatabaseNotFound(database_path(data_dir))
    with disk_errors(database_path(data_dir)):
        lock = InstanceLock(data_dir).acquire()
        try:
            return _open_locked(data_dir, lock, create=create)
        except BaseException:
            lock.release()
            raise


def _open_locked(data_dir: Path, lock: InstanceLock, *, create: bool) -> DataFolder:
    db_path = database_path(data_dir)
    created = not db_path.exists()
    if created:
        if not create:
            raise DatabaseNotFound(db_path)
        problem = access_problem(db_path)
        if problem is not None:
            raise problem
        create_new_database(db_path)
    else:
        _raise_if_damaged(data_dir)
    backup_dir(data_dir).mkdir(exist_ok=True)
    attachments_dir(data_dir).mkdir(exist_ok=True)
    start_backup, start_backup_error = (None, None) if created else _start_backup(data_dir)
    migration_backup = _migrate_if_needed(data_dir)
    return DataFolder(
        data_dir=data_dir,
        lock=lock,
        start_backup=start_backup,
        start_backup_error=start_backup_error,
        migration_backup=migration_backup,
        created=created,
    )


def _raise_if_damaged(data_dir: Path) -> None:
    report = _usable_database_report(data_dir)
    if not report.ok:
        raise DatabaseDamaged(database_path(data_dir), report.problem, list_backups(backup_dir(data_dir)))


def _usable_database_report(data_dir: Path) -> IntegrityReport:
    """The integrity report of an existing database; what is not damage is raised as what it is."""
    db_path = database_path(data_dir)
    problem = access_problem(db_path)
    if problem is not None:
        raise problem
    report = check_integrity(db_path)
    if report.ok:
        check_schema(db_path)
    elif report.not_sqlite and not backup_dir(data_dir).exists():  # never a folder the program used
        raise NotAPchaDatabase(db_path, no_backup=True)
    return report


def check_data_folder(data_dir: Path) -> IntegrityReport:
    """``pcha check``: is the folder's database sound? Creates, locks and changes nothing.

    Raises ``DataFolderNotFound``/``DatabaseNotFound`` when there is nothing to check, and the folder's
    other problems (read-only, no permission, not a PCHA database, a newer schema …) as what they are; real
    damage comes back as a report that is not ``ok``.
    """
    data_dir = Path(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise NotAFolder(data_dir)
    if not data_dir.is_dir():
        raise DataFolderNotFound(data_dir)
    if not database_path(data_dir).exists():
        raise DatabaseNotFound(database_path(data_dir))
    if lock_file_path(data_dir).is_dir():  # the program could not open this folder
        raise FolderInsteadOfFile(lock_file_path(data_dir))
    with disk_errors(database_path(data_dir)):
        return _usable_database_report(data_dir)


def _start_backup(data_dir: Path) -> tuple[Path | None, StorageError | None]:
    """The daily backup must not stop the day's work: a failure is returned for a warning, not raised."""
    try:
        return backup_if_due(database_path(data_dir), backup_dir(data_dir)), None
    except StorageError as error:
        return None, error


def _migrate_if_needed(data_dir: Path) -> Path | None:
    db_path = database_path(data_dir)
    if not needs_upgrade(db_path):
        return None
    backup = create_backup(db_path, backup_dir(data_dir), BEFORE_MIGRATION_REASON)  # no backup, no migration
    try:
        upgrade_to_head(db_path)
    except StorageError:
        raise
    except Exception as error:  # the migration transaction was rolled back
        raise MigrationFailed(f"{type(error).__name__}: {error}", backup) from error
    return backup


def restore_into(data_dir: Path, backup_file: Path, *, allow_other_district: bool = False) -> Path | None:
    """Restore ``backup_file`` as the folder's database and attachments (taking the folder's lock for the
    time it takes). Another district's backup raises ``BackupFromOtherDistrict`` unless allowed.

    Returns where the previous database file was kept aside, or None. Open the folder again afterwards.
    """
    with disk_errors(database_path(data_dir)), InstanceLock(data_dir):
        return restore_backup(
            backup_file,
            database_path(data_dir),
            attachments_dir=attachments_dir(data_dir),
            allow_other_district=allow_other_district,
        )


def storage_problem(error: BaseException, data_dir: Path) -> StorageError | None:
    """What a disk or database error met while using ``data_dir`` is, said for the user (None: neither —
    a bug). For the command line and the window's last-resort handlers."""
    return classify(error, database_path(data_dir))


__all__ = [
    "BackupFromOtherDistrict",
    "BackupInfo",
    "DataFolder",
    "DataFolderInUse",
    "DataFolderNotFound",
    "DatabaseDamaged",
    "DatabaseNewerThanApp",
    "DatabaseNotFound",
    "DiskProblem",
    "IntegrityReport",
    "MigrationFailed",
    "NotAPchaDatabase",
    "check_data_folder",
    "chosen_data_dir",
    "database_path",
    "logs_dir",
    "open_data_folder",
    "resolve_data_dir",
    "restore_into",
    "StorageError",
    "backup_dir",
    "create_backup",
    "list_backups",
    "storage_problem",
    "write_ahead_log_missing",
]
