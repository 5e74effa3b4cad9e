"""Thailand's provinces, districts (amphoe; khet in Bangkok) and tambons (khwaeng in Bangkok), with
the Department of Provincial Administration codes: province "83", district "8301", tambon "830101".

The list ships as resources/admin_areas/thailand_admin_areas.json (built by resources/admin_areas/build_admin_areas.py;
source and licence in resources/admin_areas/SOURCE.md). Names are stored without the level word
("เมืองภูเก็ต"); ``official_name`` adds it for display ("อำเภอเมืองภูเก็ต"). The file is already in Thai
alphabetical order, so loading sorts nothing and needs no PyThaiNLP.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pcha_desktop.bundled_files import resource_path

BANGKOK_CODE = "10"
BANGKOK_NAME_TH = "กรุงเทพมหานคร"
DATA_FILE_PARTS = ("admin_areas", "thailand_admin_areas.json")


def is_bangkok_code(code: str) -> bool:
    return code[:2] == BANGKOK_CODE


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    name_th: str
    name_en: str

    @property
    def is_bangkok(self) -> bool:
        return self.code == BANGKOK_CODE

    @property
    def official_name(self) -> str:
        """ "จังหวัดภูเก็ต"; Bangkok is "กรุงเทพมหานคร" (a special administrative area, not a จังหวัด)."""
        return self.name_th if self.is_bangkok else f"จังหวัด{self.name_th}"


@dataclass(frozen=True, slots=True)
class District:
    code: str
    province_code: str
    name_th: str
    name_en: str

    @property
    def is_bangkok(self) -> bool:
        return is_bangkok_code(self.code)

    @property
    def official_name(self) -> str:
        """ "อำเภอเมืองภูเก็ต"; in Bangkok "เขตบางรัก"."""
        return f"{'เขต' if self.is_bangkok else 'อำเภอ'}{self.name_th}"


@dataclass(frozen=True, slots=True)
class Tambon:
    code: str
    district_code: str
    name_th: str
    name_en: str

    @property
    def is_bangkok(self) -> bool:
        return is_bangkok_code(self.code)

    @property
    def official_name(self) -> str:
        """ "ตำบลตลาดใหญ่"; in Bangkok "แขวงสีลม"."""
        return f"{'แขวง' if self.is_bangkok else 'ตำบล'}{self.name_th}"


_Area = TypeVar("_Area", Province, District, Tambon)

_LEVEL_WORDS = ("จังหวัด", "จ.", "อำเภอ", "อ.", "เขต", "ตำบล", "ต.", "แขวง")


def _name_variants(name: str) -> tuple[str, ...]:
    """The forms a typed name may be stored under: as typed (spaces removed), then without a leading level
    word ("อำเภอวังชิ้น" → "วังชิ้น")."""
    compact = "".join(name.split())
    variants = [compact]
    variants += [
        compact[len(word) :] for word in _LEVEL_WORDS if compact.startswith(word) and compact != word
    ]
    return tuple(variants)


class AdminAreas:
    """The whole list, read-only. Lists come back in Thai alphabetical order of their names."""

    def __init__(self, provinces: Iterable[dict[str, Any]]) -> None:
        self._provinces: dict[str, Province] = {}
        self._districts: dict[str, District] = {}
        self._tambons: dict[str, Tambon] = {}
        self._districts_of: dict[str, tuple[District, ...]] = {}
        self._tambons_of: dict[str, tuple[Tambon, ...]] = {}
        for raw_province in provinces:
            province_code = raw_province["code"]
            self._provinces[province_code] = Province(
                province_code, raw_province["name_th"], raw_province["name_en"]
            )
            districts: list[District] = []
            for raw_district in raw_province["districts"]:
                district_code = raw_district["code"]
                district = District(
                    district_code, province_code, raw_district["name_th"], raw_district["name_en"]
                )
                districts.append(district)
                self._districts[district_code] = district
                tambons = tuple(
                    Tambon(raw["code"], district_code, raw["name_th"], raw["name_en"])
                    for raw in raw_district["tambons"]
                )
                self._tambons_of[district_code] = tambons
                self._tambons.update((tambon.code, tambon) for tambon in tambons)
            self._districts_of[province_code] = tuple(districts)

    @classmethod
    def from_file(cls, path: Path) -> AdminAreas:
        with path.open(encoding="utf-8") as handle:
            return cls(json.load(handle)["provinces"])

    # -- lists -------------------------------------------------------------------------------------------

    def provinces(self) -> list[Province]:
        return list(self._provinces.values())

    def districts_of(self, province_code: str) -> list[District]:
        self.province(province_code)
        return list(self._districts_of[province_code])

    def tambons_of(self, district_code: str) -> list[Tambon]:
        self.district(district_code)
        return list(self._tambons_of[district_code])

    def all_districts(self) -> list[District]:
        return list(self._districts.values())

    def all_tambons(self) -> list[Tambon]:
        return list(self._tambons.values())

    # -- by code -----------------------------------------------------------------------------------------

    def province(self, code: str) -> Province:
        return _lookup(self._provinces, code, "province", "2-digit code such as '83'")

    def district(self, code: str) -> District:
        return _lookup(self._districts, code, "district", "4-digit code such as '8301'")

    def tambon(self, code: str) -> Tambon:
        return _lookup(self._tambons, code, "tambon", "6-digit code such as '830101'")

    # -- by name -----------------------------------------------------------------------------------------

    def find_province(self, name_th: str) -> Province | None:
        for wanted in _name_variants(name_th):
            if wanted in ("กรุงเทพ", "กทม.", "กทม"):
                wanted = BANGKOK_NAME_TH
            found = next((p for p in self._provinces.values() if p.name_th == wanted), None)
            if found is not None:
                return found
        return None

    def find_district(self, name_th: str, province_name_th: str | None = None) -> District | None:
        """The district of that Thai name ("วังชิ้น" or "อำเภอวังชิ้น"), or None.

        Without a province, a name that exists in several provinces gives None rather than a guess.
        """
        if province_name_th is None:
            candidates: Iterable[District] = self._districts.values()
        else:
            province = self.find_province(province_name_th)
            if province is None:
                return None
            candidates = self._districts_of[province.code]
        for wanted in _name_variants(name_th):
            matches = [district for district in candidates if district.name_th == wanted]
            if matches:
                return matches[0] if len(matches) == 1 else None
        return None


def _lookup(table: dict[str, _Area], code: str, level: str, expected: str) -> _Area:
    try:
        return table[code]
    except (KeyError, TypeError):
        raise KeyError(f"unknown {level} code {code!r} (expected a {expected})") from None


@cache
def load_admin_areas() -> AdminAreas:
    """The bundled list, read once per process."""
    return AdminAreas.from_file(resource_path(*DATA_FILE_PARTS))
