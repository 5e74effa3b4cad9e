"""One process per data folder; a killed holder never leaves a stale lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import DataFolderInUse, open_data_folder
from pcha_desktop.storage.instance_lock import InstanceLock, read_holder

from .conftest import run_python, spawn_python

TRY_OPEN = """
import sys
from pathlib import Path
from pcha_desktop.services.data_folder import DataFolderInUse, open_data_folder
try:
    folder = open_data_folder(Path(sys.argv[1]))
except DataFolderInUse as error:
    print("in-use", error.holder_pid)
    sys.exit(3)
print("opened")
folder.close()
"""

HOLD_OPEN = """
import sys, time
from pathlib import Path
from pcha_desktop.services.data_folder import open_data_folder
folder = open_data_folder(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(120)
"""


def test_second_lock_in_the_same_process_is_refused(folder_dir: Path) -> None:
    with InstanceLock(folder_dir) as first:
        assert first.held
        with pytest.raises(DataFolderInUse) as raised:
            InstanceLock(folder_dir).acquire()
        assert raised.value.holder_pid is not None
    with InstanceLock(folder_dir):
        pass


def test_lock_file_tells_who_holds_it(folder_dir: Path) -> None:
    import os

    with InstanceLock(folder_dir) as lock:
        pid, started_at = read_holder(lock.path)
        assert pid == os.getpid() and started_at


def test_other_process_is_refused_while_the_folder_is_open_and_allowed_after_close(folder_dir: Path) -> None:
    folder = open_data_folder(folder_dir)
    try:
        refused = run_python(TRY_OPEN, str(folder_dir))
        assert refused.returncode == 3, refused.stderr
        import os

        assert refused.stdout.split() == ["in-use", str(os.getpid())]
    finally:
        folder.close()
    allowed = run_python(TRY_OPEN, str(folder_dir))
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.strip() == "opened"


def test_lock_is_freed_when_the_holder_is_killed(folder_dir: Path) -> None:
    holder = spawn_python(HOLD_OPEN, str(folder_dir))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read() if holder.stderr else ""
        with pytest.raises(DataFolderInUse) as raised:
            open_data_folder(folder_dir)
        assert raised.value.holder_pid == holder.pid
        assert str(holder.pid) in raised.value.message_th
        assert "Another PCHA Desktop window" in raised.value.message_en
    finally:
        holder.kill()  # SIGKILL on POSIX: no clean-up code runs
        holder.wait(timeout=30)
        holder.stdout.close() if holder.stdout else None
        holder.stderr.close() if holder.stderr else None
    with open_data_folder(folder_dir) as folder:
        assert folder.database_path.exists()
