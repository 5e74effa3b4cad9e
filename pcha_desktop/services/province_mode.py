"""Whether a data folder is a province's (report bundles, province mode) or a district's: a setting read at
start-up to choose the sections, so this module stays light (no bundle code, no cryptography)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pcha_desktop.services.settings import read_setting
from pcha_desktop.storage.database import Database

MODE_SETTING = "mode"
PROVINCE_MODE = "province"
PROVINCE_CODE_SETTING = "province.code"
PROVINCE_NAME_SETTING = "province.name"


@dataclass(frozen=True)
class ProvinceInfo:
    code: str
    name: str


def province_in(session: Session) -> ProvinceInfo | None:
    """``province_of`` inside a caller's session (one connection for a reader that needs more)."""
    if read_setting(session, MODE_SETTING) != PROVINCE_MODE:
        return None
    return ProvinceInfo(read_setting(session, PROVINCE_CODE_SETTING), read_setting(session, PROVINCE_NAME_SETTING))


def province_of(database: Database) -> ProvinceInfo | None:
    """The province of a province data folder; None for a district's."""
    with database.reader() as session:
        return province_in(session)


__all__ = ["MODE_SETTING", "PROVINCE_CODE_SETTING", "PROVINCE_MODE", "PROVINCE_NAME_SETTING", "ProvinceInfo",
           "province_in", "province_of"]
