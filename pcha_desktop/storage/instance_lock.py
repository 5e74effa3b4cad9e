"""One PCHA Desktop process per data folder, enforced by an OS lock on ``<data folder>/.lock``.

The lock is taken with ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows); the operating system drops
it when the process ends in any way, so a crash never leaves a stale lock behind. The file only tells who
holds the lock (pid and start time) for the message; it is never deleted (deleting it would race).
On Windows the locked byte is far past the text, so others can still read who holds it.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from types import TracebackType

from pcha_desktop.storage.paths import StorageError, lock_file_path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

WINDOWS_LOCK_OFFSET = 1 << 20  # the byte locked on Windows, far past the holder's text


class DataFolderInUse(StorageError):
    def __init__(self, data_dir: Path, holder_pid: int | None, holder_started_at: str | None) -> None:
        pid_text = str(holder_pid) if holder_pid is not None else "?"
        super().__init__(
            f"มีโปรแกรม PCHA Desktop อีกหน้าต่างหนึ่งเปิดข้อมูลชุดนี้อยู่ (PID {pid_text})"
            " กรุณาปิดหน้าต่างนั้นก่อน แล้วเปิดใหม่อีกครั้ง",
            f"Another PCHA Desktop window is using this data folder (PID {pid_text}, {data_dir})."
            " Please close it first, then try again.",
        )
        self.data_dir = data_dir
        self.holder_pid = holder_pid
        self.holder_started_at = holder_started_at


class InstanceLock:
    """``with InstanceLock(data_dir): ...`` or ``lock.acquire()`` / ``lock.release()``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = lock_file_path(self.data_dir)
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> InstanceLock:
        if self._descriptor is not None:
            return self
        from pcha_desktop.storage.disk_problems import disk_errors

        with disk_errors(self.path):  # a read-only folder, .lock made a folder …: said as what it is
            self.data_dir.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        if not _try_lock(descriptor):
            os.close(descriptor)
            pid, started_at = read_holder(self.path)
            raise DataFolderInUse(self.data_dir, pid, started_at)
        self._descriptor = descriptor
        try:
            with disk_errors(self.path):
                _write_holder(descriptor)
        except BaseException:
            self.release()
            raise
        return self

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()


def held_by_another_process(data_dir: Path) -> bool:
    """True when another process holds the folder's lock now (a quick look: nothing is created or kept)."""
    try:
        descriptor = os.open(lock_file_path(data_dir), os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:  # no lock file (never opened), or unreadable: nobody to hand over to that we can see
        return False
    try:
        if _try_lock(descriptor):
            _unlock(descriptor)
            return False
        return True
    finally:
        os.close(descriptor)


def _try_lock(descriptor: int) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover
            os.lseek(descriptor, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    if os.name == "nt":  # pragma: no cover
        os.lseek(descriptor, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def _write_holder(descriptor: int) -> None:
    text = f"{os.getpid()}\n{datetime.now().isoformat(timespec='seconds')}\n".encode("ascii")
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, text.ljust(64))  # fixed width: no truncate, which Windows refuses on a locked file
    os.lseek(descriptor, 0, os.SEEK_SET)


def read_holder(lock_file: Path) -> tuple[int | None, str | None]:
    """(pid, start time) written by the holder; (None, None) if not readable yet."""
    try:
        lines = Path(lock_file).read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return None, None
    pid = int(lines[0]) if lines and lines[0].isdigit() else None
    started_at = lines[1] if len(lines) > 1 else None
    return pid, started_at


__all__ = ["DataFolderInUse", "InstanceLock", "read_holder"]
