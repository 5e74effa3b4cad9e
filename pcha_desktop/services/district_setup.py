"""Setting up a data folder for a district: its profile, the current fiscal year and the district committee
with its chair, in one transaction (all there, or nothing changed)."""

from __future__ import annotations

from datetime import date

from pcha_desktop.services.committees import CommitteeRow, district_committee
from pcha_desktop.services.district_profile import DistrictProfileData, start_district
from pcha_desktop.services.fiscal_years import ensure_current_fiscal_year
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.one_transaction import one_transaction


def set_up_district(
    database: Database, profile: DistrictProfileData, user_name: str, today: date | None = None
) -> CommitteeRow:
    """The first run (the wizard and `pcha init`): save the profile (``UserFacingError`` on bad input, nothing
    changed), create the district committee (พชอ.) with the district chief as its chair if there is none, and
    make sure the current fiscal year exists, all in one transaction, so members can be added or imported at
    once. Returns the district committee."""
    with one_transaction(database) as joined:
        start_district(joined, profile, user_name, today)
        ensure_current_fiscal_year(joined, user_name, today)
        return district_committee(joined, user_name)


__all__ = ["set_up_district"]
