"""Setting up a data folder for a district: its profile, the current fiscal year and the district committee
with its chair, in one transaction (all there, or nothing changed)."""

from __future__ import annotations

from datetime import date

from pcha_desktop.domain.committee_rules import split_title
from pcha_desktop.domain.committee_terms import CommitteeRole, Sector
from pcha_desktop.services import committees
from pcha_desktop.services.committees import CommitteeRow, district_committee
from pcha_desktop.services.district_profile import DistrictProfileData, checked_profile, write_profile
from pcha_desktop.services.fiscal_years import ensure_current_fiscal_year
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.one_transaction import one_transaction


def start_district(database: Database, data: DistrictProfileData, user_name: str, today: date | None = None) -> None:
    """Save the profile and, when there is no district committee yet, create it with the district chief typed
    in as its chair from ``today``, in one transaction. Remembering the name for the next start is the
    caller's (``UserPreferences.set_user_name``)."""
    data, user_name = checked_profile(data, user_name)
    with database.unit_of_work(user_name) as session:
        write_profile(session, data, user_name)
        committee = committees.new_district_committee(session, data.district_name)
        if committee is not None:
            title, name = split_title(data.district_chief_name)
            first_name, _space, last_name = name.partition(" ")
            committees.add_member_in(session, committee, committees.MemberInput(
                title=title, first_name=first_name, last_name=last_name,
                position=f"นายอำเภอ{data.district_name}", organisation=f"ที่ว่าการอำเภอ{data.district_name}",
                sector=Sector.STATE, role=CommitteeRole.CHAIR, start_date=today or date.today()))


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


__all__ = ["set_up_district", "start_district"]
