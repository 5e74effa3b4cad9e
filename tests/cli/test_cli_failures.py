"""`pcha` never prints a traceback: every failure a user can cause is a message in Thai and English and a
non-zero exit, said as what it is (a read-only folder is not "damaged"), and nothing is changed."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEM, main
from pcha_desktop.cli.failures import EXIT_BROKEN_PIPE, EXIT_UNEXPECTED

INIT = ["init", "--district-code", "8301", "--chief", "นายวรวุฒิ ทองประเสริฐ",
        "--secretary", "นายสุรชัย แก้วมณี", "--user", "สมศรี"]
PCHA = Path(sys.executable).parent / ("pcha.exe" if sys.platform == "win32" else "pcha")


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def run_process(*arguments: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*prefix, str(PCHA), *arguments], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    return result


@pytest.fixture(scope="module")
def district_template(tmp_path_factory) -> Path:
    """A data folder set up with `pcha init` (made once; copy it with `_copy`)."""
    folder = tmp_path_factory.mktemp("template") / "data"
    assert main([*INIT, "--data-dir", str(folder)]) == EXIT_OK
    return folder


def _copy(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


def _set_revision(db_path: Path, revision: str) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def _district_code(db_path: Path) -> str:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("SELECT district_code FROM district_profile").fetchone()[0]
    finally:
        connection.close()


# ----------------------------------------------------------------------------------- newer / not ours


@pytest.mark.parametrize("command", [["history"], ["backup"], ["orders"], ["check"], [*INIT, "--force"]])
def test_a_database_from_a_newer_version_is_said_so(capsys, district_template, tmp_path, command):
    folder = _copy(district_template, tmp_path)
    _set_revision(folder / "pcha.sqlite", "ffff9999newer")
    before = (folder / "pcha.sqlite").read_bytes()
    code, _out, err = run(capsys, *command, "--data-dir", str(folder))
    assert code == EXIT_PROBLEM
    assert "newer version of PCHA Desktop" in err and "รุ่นที่ใหม่กว่า" in err
    assert (folder / "pcha.sqlite").read_bytes() == before


def test_the_newer_database_case_as_a_user_runs_it(district_template, tmp_path):
    folder = _copy(district_template, tmp_path)
    _set_revision(folder / "pcha.sqlite", "ffff9999newer")
    result = run_process("history", "--data-dir", str(folder))
    assert result.returncode == EXIT_PROBLEM and "newer version" in result.stderr


@pytest.mark.parametrize("content", [b"hello, I am not a database\n" * 10, b""])
def test_a_junk_file_is_not_a_pcha_database_and_is_left_alone(capsys, tmp_path, content):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "pcha.sqlite").write_bytes(content)
    for command in ("history", "check", "orders"):
        code, _out, err = run(capsys, command, "--data-dir", str(folder))
        assert code == EXIT_PROBLEM
        assert "is not a PCHA Desktop database" in err and "ไม่ใช่ฐานข้อมูลของโปรแกรม PCHA Desktop" in err
        assert "restore --newest" not in err, "there is no backup to restore"
    assert (folder / "pcha.sqlite").read_bytes() == content
    assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())


def test_another_programs_sqlite_database_is_not_opened(capsys, tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    connection = sqlite3.connect(folder / "pcha.sqlite")
    connection.execute("CREATE TABLE customers (name TEXT)")
    connection.commit()
    connection.close()
    before = (folder / "pcha.sqlite").read_bytes()
    for command in ("history", "check", "backup"):
        code, _out, err = run(capsys, command, "--data-dir", str(folder))
        assert code == EXIT_PROBLEM and "is not a PCHA Desktop database" in err
    assert (folder / "pcha.sqlite").read_bytes() == before
    assert not (folder / "backups").exists() or not any((folder / "backups").iterdir()), "no backup of it"


@pytest.mark.parametrize("command", ["history", "check", "orders", "demo", "backups", "backup"])
def test_a_file_given_as_the_data_folder(capsys, tmp_path, command):
    not_a_folder = tmp_path / "passwd"
    not_a_folder.write_text("root:x:0:0:root:/root:/bin/bash\n")
    code, _out, err = run(capsys, command, "--data-dir", str(not_a_folder))
    assert code == EXIT_PROBLEM
    assert f"{not_a_folder} is a file, not a folder" in err and "ไม่ใช่โฟลเดอร์" in err
    assert not_a_folder.read_text() == "root:x:0:0:root:/root:/bin/bash\n"


def test_etc_passwd_as_the_data_folder_as_a_user_runs_it(tmp_path):
    result = run_process("history", "--data-dir", "/etc/passwd")
    assert result.returncode == EXIT_PROBLEM and "is a file, not a folder" in result.stderr


# ------------------------------------------------------------------ a folder where a file should be


def test_the_lock_file_being_a_folder(capsys, district_template, tmp_path):
    folder = _copy(district_template, tmp_path)
    (folder / ".lock").unlink(missing_ok=True)
    (folder / ".lock").mkdir()
    for command in ("history", "check", "backup"):
        code, _out, err = run(capsys, command, "--data-dir", str(folder))
        assert code == EXIT_PROBLEM
        assert ".lock is a folder where a file should be" in err and "เป็นโฟลเดอร์" in err


def test_the_database_being_a_folder_is_not_called_damaged(capsys, tmp_path):
    folder = tmp_path / "data"
    (folder / "pcha.sqlite").mkdir(parents=True)
    for command in ("history", "check", "demo"):
        code, _out, err = run(capsys, command, "--data-dir", str(folder))
        assert code == EXIT_PROBLEM
        assert "pcha.sqlite is a folder where a file should be" in err
        assert "is damaged" not in err and "restore" not in err


# ---------------------------------------------------------------- read-only, permissions, a full disk


def _unprivileged() -> tuple[str, ...]:
    """A command prefix under which file permissions apply (root ignores them)."""
    if os.name == "nt" or os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_said_so_and_never_called_damaged(district_template, tmp_path, what):
    prefix = _unprivileged()
    folder = _copy(district_template, tmp_path)
    database = folder / "pcha.sqlite"
    target = database if what == "file" else folder
    target.chmod(0o444 if what == "file" else 0o555)
    before = database.read_bytes()
    try:
        for command in (["history"], ["check"], ["backup"], [*INIT, "--force", "--district-code", "8302"]):
            result = run_process(*command, "--data-dir", str(folder), prefix=prefix)
            assert result.returncode == EXIT_PROBLEM, result.stderr
            assert f"The {what} {target} is read-only" in result.stderr and "อ่านอย่างเดียว" in result.stderr
            assert "damaged and cannot" not in result.stderr and "restore" not in result.stderr
    finally:
        target.chmod(0o755 if what == "folder" else 0o644)
    assert database.read_bytes() == before and _district_code(database) == "8301"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_opening_a_read_only_folder_never_offers_a_restore(district_template, tmp_path):
    """What the window's start-up sees (ui/app.py shows a StorageError; only DatabaseDamaged offers a
    restore)."""
    prefix = _unprivileged()
    folder = _copy(district_template, tmp_path)
    folder.chmod(0o555)
    code = (
        "import sys\n"
        "from pcha_desktop.services.data_folder import open_data_folder, DatabaseDamaged\n"
        "try:\n"
        "    open_data_folder(sys.argv[1])\n"
        "except DatabaseDamaged:\n"
        "    print('DAMAGED')\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    try:
        result = subprocess.run([*prefix, sys.executable, "-c", code, str(folder)], capture_output=True, text=True)
    finally:
        folder.chmod(0o755)
    assert result.stdout.strip() == "ReadOnlyLocation", result.stderr


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_unreadable_database_is_a_permission_problem(district_template, tmp_path):
    prefix = _unprivileged()
    folder = _copy(district_template, tmp_path)
    (folder / "pcha.sqlite").chmod(0o000)
    try:
        result = run_process("history", "--data-dir", str(folder), prefix=prefix)
    finally:
        (folder / "pcha.sqlite").chmod(0o644)
    assert result.returncode == EXIT_PROBLEM
    assert "no permission to use" in result.stderr and "ไม่มีสิทธิ์" in result.stderr
    assert "is damaged" not in result.stderr and "restore" not in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_data_folder_that_cannot_be_made(tmp_path):
    prefix = _unprivileged()
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = run_process("demo", "--data-dir", str(parent / "new"), prefix=prefix)
    finally:
        parent.chmod(0o755)
    assert result.returncode == EXIT_PROBLEM and f"The folder {parent} is read-only" in result.stderr
    assert not (parent / "new").exists()


def test_a_full_disk_while_saving_is_said_so_and_nothing_changes(capsys, district_template, tmp_path, monkeypatch):
    """The disk fills while `init --force` writes: SQLite's "database or disk is full" from inside the
    service (as SQLAlchemy wraps it) becomes the full-disk message; the transaction was rolled back."""
    from sqlalchemy.exc import OperationalError

    from pcha_desktop.services import district_profile

    folder = _copy(district_template, tmp_path)

    def full_disk(*_args, **_kwargs):
        raise OperationalError("UPDATE district_profile …", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(district_profile, "save_profile", full_disk)
    monkeypatch.setattr("pcha_desktop.services.district_setup.start_district", full_disk)
    code, _out, err = run(capsys, *INIT, "--force", "--district-code", "8302", "--data-dir", str(folder))
    assert code == EXIT_PROBLEM
    assert f"The disk holding {folder} is full" in err and "เต็ม" in err
    assert _district_code(folder / "pcha.sqlite") == "8301"


def test_no_space_left_from_the_operating_system_is_a_full_disk(capsys, tmp_path, monkeypatch):
    from pcha_desktop.storage import instance_lock

    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "data" / ".lock"))

    monkeypatch.setattr(instance_lock, "_write_holder", no_space)
    code, _out, err = run(capsys, "demo", "--data-dir", str(tmp_path / "data"))
    assert code == EXIT_PROBLEM and "is full" in err and "ดิสก์" in err


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (root on Linux only)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root on Linux")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)])


def test_a_really_full_disk(district_template, tiny_disk):
    folder = tiny_disk / "data"
    shutil.copytree(district_template, folder)
    try:
        with open(tiny_disk / "filler", "wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    for command in ([*INIT, "--force", "--district-code", "8302"], ["demo"]):
        result = run_process(*command, "--data-dir", str(folder))
        assert result.returncode == EXIT_PROBLEM, result.stderr
        assert "is full" in result.stderr and "เต็ม" in result.stderr
    (tiny_disk / "filler").unlink()
    assert _district_code(folder / "pcha.sqlite") == "8301"
    assert run_process("check", "--data-dir", str(folder)).returncode == EXIT_OK


# ------------------------------------------------------------------------------ pipes and the last resort


def test_output_into_a_closed_pipe_ends_quietly():
    process = subprocess.Popen([str(PCHA), "areas"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader has gone before anything is written, as with `| head -1`
    error_output = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == EXIT_BROKEN_PIPE
    assert error_output == b""


@pytest.mark.skipif(shutil.which("head") is None or os.name == "nt", reason="needs a POSIX shell and head")
def test_areas_piped_into_head():
    result = subprocess.run(f'"{PCHA}" areas | head -1', shell=True, capture_output=True, text=True)
    assert result.stdout.count("\n") == 1 and result.stderr == ""


def test_an_unexpected_error_is_logged_not_shown(capsys, district_template, tmp_path, monkeypatch):
    from pcha_desktop.services import appointment_orders

    folder = _copy(district_template, tmp_path)
    (folder / "logs").mkdir(exist_ok=True)

    def bug(*_args, **_kwargs):
        raise RuntimeError("a bug in all_orders")

    monkeypatch.setattr(appointment_orders, "all_orders", bug)
    code, _out, err = run(capsys, "orders", "--data-dir", str(folder))
    assert code == EXIT_UNEXPECTED
    log = folder / "logs" / "pcha-cli.log"
    assert str(log) in err and "unexpected error" in err and "ข้อผิดพลาดที่ไม่คาดคิด" in err
    assert "RuntimeError: a bug in all_orders" not in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug in all_orders" in text and "pcha orders" in text


def test_without_a_logs_folder_the_details_go_to_a_temporary_file(capsys, tmp_path, monkeypatch):
    from pcha_desktop.cli import areas

    def bug(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in find_areas")

    monkeypatch.setattr(areas, "find_areas", bug)
    code, _out, err = run(capsys, "areas", "ภูเก็ต", "--data-dir", str(tmp_path / "nowhere"))
    assert code == EXIT_UNEXPECTED
    log = Path(err.split("details are in ", 1)[1].split(".log", 1)[0] + ".log")
    try:
        assert "ZeroDivisionError: a bug in find_areas" in log.read_text(encoding="utf-8")
    finally:
        log.unlink()
    assert not (tmp_path / "nowhere").exists()


def test_bad_input_from_a_service_is_bad_input(capsys, district_template, tmp_path):
    folder = _copy(district_template, tmp_path)
    code, _out, err = run(capsys, *INIT, "--force", "--email", "not-an-address", "--data-dir", str(folder))
    assert code == EXIT_BAD_INPUT and "Error:" in err and "ข้อผิดพลาด:" in err
