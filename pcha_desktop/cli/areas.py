"""`pcha areas`: the official list by code or by name, Thai or English ("ภูเก็ต", "อำเภอกะทู้", "phuket").

A name that is exactly one province or district lists what it holds, as its code would; other names list
every area called so (or, when none is, whose name contains the text), each with where it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from pcha_desktop.domain.admin_areas import AdminAreas, District, Province, Tambon

LEVEL_WORDS = ("จังหวัด", "จ.", "อำเภอ", "อ.", "เขต", "ตำบล", "ต.", "แขวง")
MAX_SHOWN = 60

Area = Province | District | Tambon


def _compact(text: str) -> str:
    return "".join(text.split()).casefold()


def _wanted(text: str) -> set[str]:
    """What was typed, spaces and case ignored, with and without a leading level word."""
    compact = _compact(text)
    return {compact} | {compact[len(word):] for word in LEVEL_WORDS if compact.startswith(word) and compact != word}


def _names(area: Area) -> tuple[str, str]:
    return _compact(area.name_th), _compact(area.name_en)


def _all_areas(areas: AdminAreas) -> Iterator[Area]:
    yield from areas.provinces()
    yield from areas.all_districts()
    yield from areas.all_tambons()


def find_areas(areas: AdminAreas, text: str) -> tuple[list[Area], bool]:
    """(areas named ``text``, True) or, when none is, (areas whose name contains it, False)."""
    wanted = _wanted(text)
    exact = [area for area in _all_areas(areas) if wanted & set(_names(area))]
    if exact:
        return exact, True
    return [area for area in _all_areas(areas) if any(w in name for w in wanted for name in _names(area))], False


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
