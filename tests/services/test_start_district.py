"""The first run (wizard, `pcha init`): the district chief typed in becomes the district committee's chair."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pcha_desktop.domain.committee_rules import WarningCode
from pcha_desktop.services import committees
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import DEMO_PROFILE, DEMO_USER
from pcha_desktop.services.district_setup import start_district
from pcha_desktop.storage.models import CommitteeRole

TODAY = date(2025, 1, 10)


def test_the_district_chief_chairs_the_new_district_committee(tmp_path: Path):
    folder = open_data_folder(tmp_path / "data")
    try:
        start_district(folder.database, DEMO_PROFILE, DEMO_USER, today=TODAY)
        district = committees.find_district_committee(folder.database)
        assert district is not None and district.name.endswith(DEMO_PROFILE.district_name)
        [chair] = committees.list_members(folder.database, district.id)
        assert chair.role == CommitteeRole.CHAIR
        assert chair.full_name == DEMO_PROFILE.district_chief_name
        assert chair.start_date == TODAY
        codes = {w.code for w in committees.composition_warnings(folder.database, district.id, TODAY)}
        assert WarningCode.NO_CHAIR not in codes and WarningCode.CHAIR_NOT_DISTRICT_CHIEF not in codes
        # saved again (e.g. `pcha init --force`): the committee and its chair are not made twice
        start_district(folder.database, DEMO_PROFILE, DEMO_USER, today=TODAY)
        assert committees.district_committee(folder.database, DEMO_USER) == district
        assert len(committees.list_members(folder.database, district.id)) == 1
    finally:
        folder.close()


def test_pcha_init_seats_the_district_chief_as_chair(capsys, tmp_path: Path):
    from pcha_desktop.cli.main import EXIT_OK, main

    data_dir = tmp_path / "data"
    code = main(["init", "--district-code", "8301", "--chief", "นายวรวุฒิ ทองประเสริฐ", "--secretary",
                 "นายสุรชัย แก้วมณี", "--user", "สมศรี", "--data-dir", str(data_dir)])
    capsys.readouterr()
    assert code == EXIT_OK
    folder = open_data_folder(data_dir)
    try:
        district = committees.find_district_committee(folder.database)
        assert [(m.full_name, m.role) for m in committees.list_members(folder.database, district.id)] == [
            ("นายวรวุฒิ ทองประเสริฐ", CommitteeRole.CHAIR)]
    finally:
        folder.close()
