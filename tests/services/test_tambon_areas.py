"""Tambon-level committees as districts have them (seed 003, Wang Chin): a committee covers a whole tambon
or a รพ.สต.'s area, one tambon can hold several, and a tambon counts as covered when any committee does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pcha_desktop.domain.committee_terms import PlanStatus
from pcha_desktop.services import committees
from pcha_desktop.services import tambon_committees as tambons
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.district_profile import DistrictProfileData, save_profile
from pcha_desktop.services.errors import UserFacingError

U = "สมศรี"
FY = 2565
WANG_CHIN = DistrictProfileData(
    province_code="54", province_name="แพร่", district_code="5407", district_name="วังชิ้น",
    office_name="สำนักงานสาธารณสุขอำเภอวังชิ้น", district_chief_name="นายอำเภอ ทดสอบ",
    secretary_name="นายสาธารณสุข ทดสอบ",
)
MAE_PAK, WANG_CHIN_TAMBON = "540703", "540701"


@pytest.fixture
def wang_chin(tmp_path: Path) -> Iterator[DataFolder]:
    folder = open_data_folder(tmp_path / "data")
    save_profile(folder.database, WANG_CHIN, U)
    try:
        yield folder
    finally:
        folder.close()


def _uncovered(folder: DataFolder) -> set[str]:
    return {tambon.code for tambon in tambons.tambons_without_committee(folder.database)}


def test_one_tambon_holds_several_committees_and_counts_as_covered(wang_chin: DataFolder) -> None:
    database = wang_chin.database
    assert len(_uncovered(wang_chin)) == 7
    first = tambons.add_area_committee(database, MAE_PAK, " รพ.สต.บ้านแม่ป้าก ", U)
    second = tambons.add_area_committee(database, MAE_PAK, "รพ.สต.บ้านนาคูหา", U)
    whole = tambons.ensure_tambon_committee(database, WANG_CHIN_TAMBON, U)
    assert len({first.id, second.id, whole.id}) == 3
    assert _uncovered(wang_chin) == {"540702", "540704", "540705", "540706", "540707"}

    areas = tambons.area_committees_overview(database, FY)
    assert [(row.tambon.code, row.area_name) for row in areas] == [
        (MAE_PAK, "รพ.สต.บ้านนาคูหา"), (MAE_PAK, "รพ.สต.บ้านแม่ป้าก")]
    assert "รพ.สต.บ้านแม่ป้าก" in committees.get_committee(database, first.id).name
    overview = {row.tambon.code: row for row in tambons.tambon_overview(database, FY)}
    assert overview[WANG_CHIN_TAMBON].committee_id == whole.id and overview[WANG_CHIN_TAMBON].area_name == ""
    assert overview[MAE_PAK].committee_id is None  # no whole-tambon committee there; its areas have theirs


def test_an_area_is_not_given_a_second_committee_nor_a_tambon_a_second_whole_one(wang_chin: DataFolder) -> None:
    database = wang_chin.database
    tambons.add_area_committee(database, MAE_PAK, "รพ.สต.บ้านแม่ป้าก", U)
    with pytest.raises(UserFacingError) as refused:
        tambons.add_area_committee(database, MAE_PAK, "รพ.สต.บ้านแม่ป้าก", U)
    assert "มีคณะกรรมการอยู่แล้ว" in refused.value.message_th and refused.value.field == "area_name"
    for bad in ("   ", "ก" * 201):
        with pytest.raises(UserFacingError):
            tambons.add_area_committee(database, MAE_PAK, bad, U)
    with pytest.raises(UserFacingError):
        tambons.add_area_committee(database, "830101", "รพ.สต.อื่น", U)  # not a tambon of this district
    whole = tambons.ensure_tambon_committee(database, MAE_PAK, U)
    assert tambons.ensure_tambon_committee(database, MAE_PAK, U).id == whole.id
    assert len(tambons.area_committees_overview(database, FY)) == 1


def test_quick_entry_reaches_the_committee_of_an_area(wang_chin: DataFolder) -> None:
    database = wang_chin.database
    rows = [
        tambons.TambonCommitteeEntry(MAE_PAK, "นายสมาน ป่าไม้", member_count=21, plan_status=PlanStatus.APPROVED,
                                     meetings_held=3, area_name="รพ.สต.บ้านแม่ป้าก"),
        tambons.TambonCommitteeEntry(MAE_PAK, "นางบัว ดอยงาม", member_count=19, area_name="รพ.สต.บ้านนาคูหา"),
        tambons.TambonCommitteeEntry(WANG_CHIN_TAMBON, "นายเก่ง วังชิ้น", member_count=25),
    ]
    assert tambons.save_tambon_rows(database, FY, rows, U) == 3
    areas = {row.area_name: row for row in tambons.area_committees_overview(database, FY)}
    assert areas["รพ.สต.บ้านแม่ป้าก"].chair_name == "นายสมาน ป่าไม้"
    assert (areas["รพ.สต.บ้านแม่ป้าก"].member_count, areas["รพ.สต.บ้านแม่ป้าก"].plan_status) == (21, PlanStatus.APPROVED)
    assert areas["รพ.สต.บ้านนาคูหา"].member_count == 19
    assert sum(row.member_count or 0 for row in areas.values()) == 40

    again = [tambons.TambonCommitteeEntry(MAE_PAK, meetings_held=4, area_name="รพ.สต.บ้านแม่ป้าก")]
    tambons.save_tambon_rows(database, FY, again, U)  # the same area's committee, not a new one
    assert len(tambons.area_committees_overview(database, FY)) == 2
    bad = [tambons.TambonCommitteeEntry(MAE_PAK, area_name="รพ.สต.ใหม่"),
           tambons.TambonCommitteeEntry(MAE_PAK, area_name="ก" * 201)]
    with pytest.raises(tambons.TambonRowsInvalid):
        tambons.save_tambon_rows(database, FY, bad, U)
    assert len(tambons.area_committees_overview(database, FY)) == 2, "nothing of a refused entry is saved"
