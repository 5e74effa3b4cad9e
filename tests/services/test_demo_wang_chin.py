"""`pcha demo --district 5407`: Wang Chin with seed 003's 17 tambon-level committees and 357 members, in one
transaction; `pcha demo` alone stays Mueang Phuket."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pcha_desktop.cli.main import main
from pcha_desktop.domain.committee_terms import CommitteeRole
from pcha_desktop.services import committees
from pcha_desktop.services import tambon_committees as tambons
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import database_is_empty, populate_demo


def test_wang_chin_demo_has_its_17_committees_and_357_members(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "wang-chin"
    assert main(["demo", "--district", "5407", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Wang Chin" in out and "อำเภอวังชิ้น" in out and str(folder / "pcha.sqlite") in out
    with open_data_folder(folder) as data:
        database = data.database
        rows = tambons.committees_overview(database, tambons.current_fiscal_year())
        assert len(rows) == 17 and all(row.committee_id is not None for row in rows)
        assert {row.tambon.name for row in rows} == {"วังชิ้น", "สรอย", "แม่ป้าก", "นาพูน", "แม่พุง", "ป่าสัก", "แม่เกิ๋ง"}
        assert all(row.area_name.startswith("รพ.สต.") for row in rows), "each at a รพ.สต.'s area"
        assert len({(row.tambon.code, row.area_name) for row in rows}) == 17
        assert tambons.tambons_without_committee(database) == []
        people = []
        for row in rows:
            members = committees.list_members(database, row.committee_id)
            roles = [member.role for member in members]
            assert roles.count(CommitteeRole.CHAIR) == 1 and roles.count(CommitteeRole.MEMBER_AND_SECRETARY) == 1
            assert row.chair_name and row.member_count == len(members)
            people += [member.full_name for member in members]
        assert len(people) == 357
        assert len(set(people)) == 357, "made-up names, each person once"
        district = committees.district_committee(database, "test")
        assert any("นายอำเภอวังชิ้น" == member.position for member in committees.list_members(database, district.id))
    connection = sqlite3.connect(folder / "pcha.sqlite")
    try:
        assert connection.execute("SELECT district_code, province_name FROM district_profile").fetchone() == ("5407", "แพร่")
    finally:
        connection.close()


def test_demo_alone_stays_mueang_phuket_and_an_unknown_district_writes_nothing(capsys, tmp_path: Path) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "phuket")]) == 0
    assert "Mueang Phuket" in capsys.readouterr().out
    connection = sqlite3.connect(tmp_path / "phuket" / "pcha.sqlite")
    try:
        assert connection.execute("SELECT district_code FROM district_profile").fetchone() == ("8301",)
    finally:
        connection.close()
    assert main(["demo", "--district", "9999", "--data-dir", str(tmp_path / "none")]) != 0
    err = capsys.readouterr().err
    assert "9999" in err and "5407" in err and "Traceback" not in err
    assert not (tmp_path / "none").exists()


def test_a_failure_half_way_leaves_no_half_wang_chin(tmp_path: Path, monkeypatch) -> None:
    calls = []
    real = tambons.set_tambon_year

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 10:
            raise OSError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(tambons, "set_tambon_year", failing)
    with open_data_folder(tmp_path / "data") as data:
        with pytest.raises(OSError):
            populate_demo(data.database, district_code="5407")
        assert database_is_empty(data.database)
        with data.database.reader() as session:
            assert session.execute(sqlite_count("committee")).scalar() == 0
            assert session.execute(sqlite_count("person")).scalar() == 0
        monkeypatch.setattr(tambons, "set_tambon_year", real)
        assert populate_demo(data.database, district_code="5407")
        assert len(tambons.committees_overview(data.database, tambons.current_fiscal_year())) == 17


def sqlite_count(table: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(f"SELECT count(*) FROM {table}")


def test_the_gui_opens_the_wang_chin_demo_when_asked() -> None:
    from pcha_desktop.ui.app import parse_arguments

    assert parse_arguments(["--demo"]).district == "8301", "the GUI's demo stays Mueang Phuket"
    assert parse_arguments(["--demo", "--district", "5407"]).district == "5407"
    with pytest.raises(SystemExit):
        parse_arguments(["--demo", "--district", "1234"])
