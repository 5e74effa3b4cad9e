"""`pcha restore` refuses another district's backup, says how to insist, and restores it when told to."""

from __future__ import annotations

from pathlib import Path

from pcha_desktop.cli.main import EXIT_OK, EXIT_PROBLEM, main
from pcha_desktop.storage.backup import district_of

INIT = ["init", "--chief", "นายวรวุฒิ ทองประเสริฐ", "--secretary", "นายสุรชัย แก้วมณี", "--user", "สมศรี"]


def test_restore_of_another_districts_backup_needs_other_district(capsys, data_dir: Path) -> None:
    assert main([*INIT, "--district-code", "8302", "--data-dir", str(data_dir)]) == EXIT_OK
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(data_dir)]) == EXIT_OK
    kathu_backup = Path(capsys.readouterr().out.strip().split(": ", 1)[1])
    assert main([*INIT, "--district-code", "8301", "--force", "--data-dir", str(data_dir)]) == EXIT_OK
    capsys.readouterr()

    assert main(["restore", str(kathu_backup), "--data-dir", str(data_dir)]) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert "กะทู้" in err and "--other-district" in err and "Traceback" not in err
    assert district_of(data_dir / "pcha.sqlite").code == "8301"  # type: ignore[union-attr]

    assert main(["restore", str(kathu_backup), "--other-district", "--data-dir", str(data_dir)]) == EXIT_OK
    assert district_of(data_dir / "pcha.sqlite").code == "8302"  # type: ignore[union-attr]
