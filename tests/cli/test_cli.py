"""The `pcha` command as a user runs it: clear messages, non-zero exits on bad input, nothing changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEM, main
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.district_profile import load_profile

INIT = ["init", "--district-code", "8301", "--chief", "นายวรวุฒิ ทองประเสริฐ",
        "--secretary", "นายสุรชัย แก้วมณี", "--user", "สมศรี"]


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_installed_command_lists_its_commands():
    script = Path(sys.executable).parent / ("pcha.exe" if sys.platform == "win32" else "pcha")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    for command in ("init", "demo", "backup", "restore", "check"):
        assert command in result.stdout


def test_init_with_an_unknown_district_says_why_and_writes_no_profile(capsys, data_dir):
    code, _out, err = run(capsys, "init", "--data-dir", str(data_dir), "--district-code", "8399",
                          "--chief", "ก", "--secretary", "ข", "--user", "ค")
    assert code == EXIT_BAD_INPUT
    assert "ไม่พบรหัสอำเภอ 8399" in err and "No district with code 8399" in err
    assert not (data_dir / "pcha.sqlite").exists() or _profile(data_dir) is None


def _profile(data_dir):
    with open_data_folder(data_dir) as folder:
        return load_profile(folder.database)


def test_init_sets_up_the_district_once(capsys, data_dir):
    code, out, _err = run(capsys, *INIT, "--data-dir", str(data_dir))
    assert code == EXIT_OK and "เมืองภูเก็ต" in out
    profile = _profile(data_dir)
    assert (profile.province_name, profile.district_code) == ("ภูเก็ต", "8301")
    assert profile.office_name == "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต"
    code, _out, err = run(capsys, *INIT, "--data-dir", str(data_dir), "--chief", "คนอื่น")
    assert code == EXIT_BAD_INPUT and "--force" in err
    assert _profile(data_dir).district_chief_name == "นายวรวุฒิ ทองประเสริฐ"


def test_init_rejects_a_bad_email_in_both_languages(capsys, data_dir):
    code, _out, err = run(capsys, *INIT, "--data-dir", str(data_dir), "--email", "nope")
    assert code == EXIT_BAD_INPUT
    assert "อีเมล" in err and "e-mail" in err
    assert _profile(data_dir) is None


def test_backup_check_damage_and_restore_newest(capsys, data_dir):
    assert run(capsys, "demo", "--data-dir", str(data_dir))[0] == EXIT_OK
    code, out, _ = run(capsys, "backup", "--data-dir", str(data_dir))
    assert code == EXIT_OK
    backup_file = Path(out.strip().split(": ", 1)[1])
    assert backup_file.is_file()
    assert str(backup_file) in run(capsys, "backups", "--data-dir", str(data_dir))[1]
    assert run(capsys, "check", "--data-dir", str(data_dir))[0] == EXIT_OK

    database = data_dir / "pcha.sqlite"
    database.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    code, _out, err = run(capsys, "check", "--data-dir", str(data_dir))
    assert code == EXIT_PROBLEM and "ฐานข้อมูลเสียหาย" in err and "pcha restore --newest" in err
    code, _out, err = run(capsys, "history", "--data-dir", str(data_dir))
    assert code == EXIT_PROBLEM and "pcha restore --newest" in err

    assert run(capsys, "restore", "--newest", "--data-dir", str(data_dir))[0] == EXIT_OK
    assert run(capsys, "check", "--data-dir", str(data_dir))[0] == EXIT_OK
    assert _profile(data_dir).district_name == "เมืองภูเก็ต"
    assert any("damaged" in path.name for path in data_dir.iterdir()), "the damaged file is kept aside"


def test_restore_refuses_a_file_that_is_not_a_backup(capsys, data_dir, tmp_path):
    assert run(capsys, "demo", "--data-dir", str(data_dir))[0] == EXIT_OK
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("hello")
    code, _out, err = run(capsys, "restore", str(bogus), "--data-dir", str(data_dir))
    assert code == EXIT_PROBLEM and "Error:" in err
    assert _profile(data_dir).district_name == "เมืองภูเก็ต", "nothing changed"


def test_history_shows_who_changed_what(capsys, data_dir):
    run(capsys, *INIT, "--data-dir", str(data_dir))
    code, out, _ = run(capsys, "history", "--data-dir", str(data_dir))
    assert code == EXIT_OK
    assert "สมศรี" in out and "ข้อมูลอำเภอ: อำเภอเมืองภูเก็ต" in out and "นายอำเภอ: นายวรวุฒิ ทองประเสริฐ" in out
    assert "district_profile" not in out and "None" not in out


@pytest.mark.parametrize(("code", "expected"), [("", "ภูเก็ต"), ("83", "เมืองภูเก็ต"), ("8301", "ตลาดใหญ่")])
def test_areas_lists_the_official_names(capsys, code, expected):
    arguments = ["areas", code] if code else ["areas"]
    exit_code, out, _ = run(capsys, *arguments)
    assert exit_code == EXIT_OK and expected in out


def test_areas_with_an_unknown_code_fails_clearly(capsys):
    code, _out, err = run(capsys, "areas", "99")
    assert code == EXIT_BAD_INPUT and "99" in err
