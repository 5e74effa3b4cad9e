"""The district profile: which district this database belongs to, and who signs and who writes.

The ORM is imported by the functions that use it: `DistrictProfileData` and the validation are needed at
start-up, before the ORM has loaded (services/start_summary.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from pcha_desktop.services.errors import UserFacingError, clean_user_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pcha_desktop.storage.database import Database
    from pcha_desktop.storage.models import DistrictProfile

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class DistrictProfileData:
    province_code: str
    province_name: str
    district_code: str
    district_name: str
    office_name: str
    district_chief_name: str
    secretary_name: str
    provincial_office_email: str = ""


EDITABLE_FIELDS = ("office_name", "district_chief_name", "secretary_name", "provincial_office_email")
_NAME_FIELDS = ("province_name", "district_name", *EDITABLE_FIELDS)

_REQUIRED = {
    "office_name": ("กรุณากรอกชื่อหน่วยงาน", "Please enter the office name"),
    "district_chief_name": ("กรุณากรอกชื่อนายอำเภอ", "Please enter the district chief's name"),
    "secretary_name": ("กรุณากรอกชื่อเลขานุการ พชอ.", "Please enter the committee secretary's name"),
}


def validate_field(field_name: str, value: str) -> str:
    """The value as it will be stored; UserFacingError if it may not be stored in this field."""
    value = clean_user_text(value, field_name)
    if field_name in _REQUIRED and not value:
        message_th, message_en = _REQUIRED[field_name]
        raise UserFacingError(message_th, message_en, field=field_name)
    if field_name == "provincial_office_email" and value and not EMAIL_PATTERN.match(value):
        raise UserFacingError(
            f"อีเมล “{value}” ไม่ถูกต้อง ตัวอย่างที่ถูกต้อง: saraban@phuket.go.th",
            f"“{value}” is not a valid e-mail address, e.g. saraban@phuket.go.th",
            field=field_name,
        )
    return value


def validate_profile(data: DistrictProfileData) -> None:
    codes_ok = re.fullmatch(r"[0-9]{2}", data.province_code) and re.fullmatch(r"[0-9]{4}", data.district_code)
    if not (codes_ok and data.district_code.startswith(data.province_code)):
        raise UserFacingError(
            "กรุณาเลือกจังหวัดและอำเภอจากรายการ",
            "Please choose the province and the district from the lists",
            field="district_code",
        )
    for name in EDITABLE_FIELDS:
        validate_field(name, getattr(data, name))


def the_district(session: Session) -> DistrictProfile | None:
    """The district this database belongs to; None before the first-run wizard (or ``pcha init``) ran.

    A district's database holds exactly one district: every service that needs it asks here, so this is
    the one place that assumes it (province mode, later, will hold many districts' records)."""
    from sqlalchemy import select

    from pcha_desktop.storage.models import DistrictProfile

    return session.scalars(select(DistrictProfile).order_by(DistrictProfile.id).limit(1)).first()


def require_district(session: Session) -> DistrictProfile:
    """The district, or a message that it must be set up first."""
    profile = the_district(session)
    if profile is None:
        raise UserFacingError(
            "ยังไม่ได้ตั้งค่าอำเภอ กรุณาตั้งค่าข้อมูลอำเภอก่อน",
            "The district is not set up yet; please set up the district first",
        )
    return profile


def load_profile(database: Database) -> DistrictProfileData | None:
    with database.reader() as session:
        row = the_district(session)
        if row is None:
            return None
        return DistrictProfileData(**{f.name: getattr(row, f.name) for f in fields(DistrictProfileData)})


def save_profile(database: Database, data: DistrictProfileData, user_name: str) -> None:
    """Create or replace the profile, recorded as made by ``user_name``, in one transaction. Remembering the
    name for the next start is the caller's (``UserPreferences.set_user_name``)."""
    data, user_name = checked_profile(data, user_name)
    with database.unit_of_work(user_name) as session:
        write_profile(session, data, user_name)


def checked_profile(data: DistrictProfileData, user_name: str) -> tuple[DistrictProfileData, str]:
    """The profile and user name trimmed and validated (``UserFacingError`` on bad input)."""
    data = DistrictProfileData(**{k: v.strip() for k, v in asdict(data).items()})
    data = replace(data, **{name: clean_user_text(getattr(data, name), name) for name in _NAME_FIELDS})
    validate_profile(data)
    user_name = clean_user_text(user_name, "user_name")
    if not user_name:
        raise UserFacingError("กรุณากรอกชื่อของท่าน", "Please enter your name", field="user_name")
    return data, user_name


def write_profile(session, data: DistrictProfileData, user_name: str) -> None:  # noqa: ANN001 (ORM loads late)
    """Create or replace the profile row in ``session`` with ``data`` (already checked)."""
    from pcha_desktop.storage.models import DistrictProfile

    row = the_district(session)
    if row is None:
        row = DistrictProfile()
        session.add(row)
    for name, value in asdict(data).items():
        setattr(row, name, value)


def update_profile_field(database: Database, field_name: str, value: str, user_name: str) -> str:
    """Change one field (an edit on the home screen); returns the previous value for undo."""
    if field_name not in EDITABLE_FIELDS:
        raise ValueError(f"{field_name} is not editable")
    value = validate_field(field_name, value)
    with database.unit_of_work(user_name) as session:
        row = require_district(session)
        previous = getattr(row, field_name)
        setattr(row, field_name, value)
        return previous
