from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pythainlp.util import collate

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain.admin_areas import AdminAreas, District, Province, Tambon, load_admin_areas


@pytest.fixture(scope="module")
def areas() -> AdminAreas:
    return load_admin_areas()


def _all_districts(areas: AdminAreas) -> list[District]:
    return [district for province in areas.provinces() for district in areas.districts_of(province.code)]


def _all_tambons(areas: AdminAreas) -> list[Tambon]:
    return [tambon for district in _all_districts(areas) for tambon in areas.tambons_of(district.code)]


# --- counts and consistency ---------------------------------------------------------------------------


def test_counts_match_the_official_figures(areas: AdminAreas) -> None:
    districts = _all_districts(areas)
    tambons = _all_tambons(areas)
    assert len(areas.provinces()) == 77
    assert len(districts) == 928
    assert sum(1 for d in districts if d.province_code == "10") == 50
    assert sum(1 for d in districts if d.province_code != "10") == 878
    non_bangkok_tambons = sum(1 for t in tambons if not t.code.startswith("10"))
    assert abs(non_bangkok_tambons - 7255) <= 5  # DOMAIN.md says 7,255; the data set has 7,256
    assert sum(1 for t in tambons if t.code.startswith("10")) == 180
    assert areas.all_districts() and len(areas.all_districts()) == len(districts)
    assert len(areas.all_tambons()) == len(tambons)


def test_codes_are_consistent(areas: AdminAreas) -> None:
    for province in areas.provinces():
        assert len(province.code) == 2 and province.code.isdigit()
        districts = areas.districts_of(province.code)
        assert districts, province
        for district in districts:
            assert district.province_code == province.code
            assert len(district.code) == 4 and district.code.startswith(province.code)
            tambons = areas.tambons_of(district.code)
            assert tambons, district
            for tambon in tambons:
                assert tambon.district_code == district.code
                assert len(tambon.code) == 6 and tambon.code.startswith(district.code)


def test_no_duplicate_codes_or_empty_names(areas: AdminAreas) -> None:
    for level in (areas.provinces(), _all_districts(areas), _all_tambons(areas)):
        codes = [item.code for item in level]
        assert len(codes) == len(set(codes))
        assert all(item.name_th.strip() == item.name_th and item.name_th for item in level)
        assert all(item.name_en for item in level)


def test_lookups_by_code_agree_with_lists(areas: AdminAreas) -> None:
    for district in _all_districts(areas):
        assert areas.district(district.code) == district
    for tambon in _all_tambons(areas):
        assert areas.tambon(tambon.code) == tambon


# --- known examples -------------------------------------------------------------------------------------


def test_phuket(areas: AdminAreas) -> None:
    phuket = areas.province("83")
    assert phuket == Province("83", "ภูเก็ต", "Phuket")
    assert phuket.official_name == "จังหวัดภูเก็ต"
    names = {d.name_th: d.code for d in areas.districts_of("83")}
    assert names == {"เมืองภูเก็ต": "8301", "กะทู้": "8302", "ถลาง": "8303"}
    mueang = areas.district("8301")
    assert mueang.official_name == "อำเภอเมืองภูเก็ต"
    assert mueang.name_en == "Mueang Phuket"
    assert "ตลาดใหญ่" in {t.name_th for t in areas.tambons_of("8301")}
    assert areas.find_district("เมืองภูเก็ต") == mueang
    assert areas.find_district("อำเภอเมืองภูเก็ต", "ภูเก็ต") == mueang
    assert areas.find_district("กะทู้", "จังหวัดภูเก็ต") == areas.district("8302")


def test_phrae_wang_chin(areas: AdminAreas) -> None:
    phrae = areas.find_province("แพร่")
    assert phrae is not None and phrae.code == "54"
    wang_chin = areas.find_district("วังชิ้น", "แพร่")
    assert wang_chin is not None and wang_chin.code == "5407"
    tambons = {t.name_th for t in areas.tambons_of(wang_chin.code)}
    # DOPA lists 7 tambons; the seed's "17 tambon committees" cannot be one per DOPA tambon.
    assert tambons == {"วังชิ้น", "สรอย", "แม่ป้าก", "นาพูน", "แม่พุง", "ป่าสัก", "แม่เกิ๋ง"}
    assert areas.tambon("540701").official_name == "ตำบลวังชิ้น"


def test_khon_kaen(areas: AdminAreas) -> None:
    khon_kaen = areas.province("40")
    assert khon_kaen.name_th == "ขอนแก่น"
    mueang = areas.district("4001")
    assert mueang.name_th == "เมืองขอนแก่น"
    assert len(areas.tambons_of("4001")) == 18
    assert areas.find_district("เมืองขอนแก่น") == mueang


def test_krabi_geocodes_from_the_brief(areas: AdminAreas) -> None:
    assert areas.province("81").name_th == "กระบี่"
    assert areas.district("8104").name_th == "คลองท่อม"
    assert areas.tambon("810402").district_code == "8104"


def test_bangkok_names(areas: AdminAreas) -> None:
    bangkok = areas.province("10")
    assert bangkok.official_name == "กรุงเทพมหานคร"
    assert bangkok.is_bangkok
    bang_rak = areas.district("1004")
    assert bang_rak.name_th == "บางรัก"
    assert bang_rak.official_name == "เขตบางรัก"
    silom = next(t for t in areas.tambons_of("1004") if t.name_th == "สีลม")
    assert silom.official_name == "แขวงสีลม"
    assert areas.find_province("กรุงเทพ") == bangkok
    assert areas.find_province("กทม.") == bangkok


def test_find_district_is_none_when_unknown_or_ambiguous(areas: AdminAreas) -> None:
    assert areas.find_district("ไม่มีอำเภอนี้") is None
    assert areas.find_district("วังชิ้น", "ไม่มีจังหวัดนี้") is None
    assert areas.find_district("วังชิ้น", "ภูเก็ต") is None
    assert areas.find_district("จอมทอง") is None  # Chiang Mai and a Bangkok khet
    assert areas.find_district("จอมทอง", "เชียงใหม่") is not None
    assert areas.find_district("จอมทอง", "กรุงเทพมหานคร") == areas.district("1035")


# --- sort order, errors, speed ---------------------------------------------------------------------------


def test_lists_are_in_thai_alphabetical_order(areas: AdminAreas) -> None:
    names = [p.name_th for p in areas.provinces()]
    assert names == collate(names)
    assert names[0] == "กระบี่"
    for province in areas.provinces():
        district_names = [d.name_th for d in areas.districts_of(province.code)]
        assert district_names == collate(district_names)
    for district in _all_districts(areas)[:200]:
        tambon_names = [t.name_th for t in areas.tambons_of(district.code)]
        assert tambon_names == collate(tambon_names)


def test_leading_vowels_sort_by_their_consonant(areas: AdminAreas) -> None:
    names = [p.name_th for p in areas.provinces()]
    # เชียงใหม่ sorts under ช, after ชลบุรี and before ตรัง, not with the เ- words at the end.
    assert names.index("ชลบุรี") < names.index("เชียงใหม่") < names.index("ตรัง")


@pytest.mark.parametrize(
    ("method", "code", "fragment"),
    [
        ("province", "99", "unknown province code '99'"),
        ("district", "8399", "unknown district code '8399'"),
        ("tambon", "830199", "unknown tambon code '830199'"),
        ("districts_of", "00", "unknown province code"),
        ("tambons_of", "0000", "unknown district code"),
        ("province", "", "unknown province code"),
    ],
)
def test_unknown_codes_raise_clear_key_errors(
    areas: AdminAreas, method: str, code: str, fragment: str
) -> None:
    with pytest.raises(KeyError) as caught:
        getattr(areas, method)(code)
    assert fragment in str(caught.value)


def test_load_is_cached(areas: AdminAreas) -> None:
    assert load_admin_areas() is areas


def test_returned_lists_are_copies(areas: AdminAreas) -> None:
    areas.provinces().clear()
    areas.districts_of("83").clear()
    assert len(areas.provinces()) == 77 and len(areas.districts_of("83")) == 3


def test_data_file_loads_quickly() -> None:
    path = resource_path("admin_areas", "thailand_admin_areas.json")
    best = min(_timed_load(path) for _ in range(3))
    assert best < 0.25  # about 30 ms on the development machine; generous for slow CI


def _timed_load(path: Path) -> float:
    start = time.perf_counter()
    AdminAreas.from_file(path)
    return time.perf_counter() - start


def test_data_file_documents_its_source() -> None:
    folder = resource_path("admin_areas")
    data = json.loads((folder / "thailand_admin_areas.json").read_text(encoding="utf-8"))
    assert data["format"] == 1 and "GeoThai" in data["source"]
    source = (folder / "SOURCE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in source
    assert (folder / "CC-BY-4.0.txt").is_file()
