"""`pcha areas`: the official list by code or by name, Thai or English ("ภูเก็ต", "อำเภอกะทู้", "phuket").

A name that is exactly one province or district lists what it holds, as its code would; other names list
every area called so (or, when none is, whose name contains the text), each with where it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from pcha_desktop.domain.admin_areas import AdminAreas, District, Province, Tambon

# a leading level word also says which level is meant
LEVEL_WORDS = {"จังหวัด": "province", "จ.": "province", "อำเภอ": "district", "อ.": "district",
               "เขต": "district", "ตำบล": "tambon", "ต.": "tambon", "แขวง": "tambon"}
LEVELS = ("province", "district", "tambon")
MAX_SHOWN = 60

Area = Province | District | Tambon


def _compact(text: str) -> str:
    return "".join(text.split()).casefold()


def _level(area: Area) -> str:
    return "province" if isinstance(area, Province) else "district" if isinstance(area, District) else "tambon"


def _wanted(text: str) -> tuple[str, str | None]:
    """What was typed (spaces and case ignored) without its level word, and the level that word names."""
    compact = _compact(text)
    for word, level in LEVEL_WORDS.items():
        if compact.startswith(word) and compact != word:
            return compact[len(word):], level
    return compact, None


def _names(area: Area) -> tuple[str, str]:
    return _compact(area.name_th), _compact(area.name_en)


def _all_areas(areas: AdminAreas, level: str | None) -> Iterator[Area]:
    if level in (None, "province"):
        yield from areas.provinces()
    if level in (None, "district"):
        yield from areas.all_districts()
    if level in (None, "tambon"):
        yield from areas.all_tambons()


def find_areas(areas: AdminAreas, text: str) -> tuple[list[Area], bool]:
    """(areas named ``text``, True) or, when none is, (areas whose name contains it, False).

    Named exactly: when one area of the highest level found has that name (Kathu the district, not Kathu
    the tambon), that one alone.
    """
    wanted, level = _wanted(text)
    exact = [area for area in _all_areas(areas, level) if wanted in _names(area)]
    if exact:
        for top in LEVELS:
            of_level = [area for area in exact if _level(area) == top]
            if of_level:
                return (of_level if len(of_level) == 1 else exact), True
    partial = [area for area in _all_areas(areas, level) if any(wanted in name for name in _names(area))]
    return partial, False


def where(areas: AdminAreas, area: Area) -> tuple[str, str]:
    """("ตำบลตลาดใหญ่ อำเภอเมืองภูเก็ต จังหวัดภูเก็ต", "Talat Yai, Mueang Phuket, Phuket")."""
    chain: list[Area] = [area]
    if isinstance(area, Tambon):
        chain.append(areas.district(area.district_code))
    if isinstance(chain[-1], District):
        chain.append(areas.province(chain[-1].province_code))
    return " ".join(part.official_name for part in chain), ", ".join(part.name_en for part in chain)


def children(areas: AdminAreas, area: Area) -> list[tuple[str, str]] | None:
    """(code, name) of the districts of a province or the tambons of a district; None for a tambon."""
    if isinstance(area, Province):
        return [(d.code, d.name_th) for d in areas.districts_of(area.code)]
    if isinstance(area, District):
        return [(t.code, t.name_th) for t in areas.tambons_of(area.code)]
    return None


__all__ = ["MAX_SHOWN", "children", "find_areas", "where"]
