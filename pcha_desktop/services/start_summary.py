"""The start-up read model: what the home screen shows first, read with plain sqlite3.

Importing SQLAlchemy and our ORM models takes about three times as long as Python and Qt need to paint a
window. So that the user sees the district's home screen at once, the application reads these few values
directly (one read-only connection, three small queries) while the ORM loads in a thread; the ORM-based
screens take over when it has loaded (see ui/app.py).

This is a second way of reading the same rows as the ORM services, so it is kept small and read-only, and
tests/services/test_start_summary.py checks that it returns exactly what `district_profile.load_profile`,
`settings.user_preferences_for` and `fiscal_years.list_fiscal_years` return. Everything else goes through the ORM services.

This module must not import SQLAlchemy (tests/services/test_start_summary.py checks that too).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from pcha_desktop.services.district_profile import DistrictProfileData
from pcha_desktop.services.user_preferences import UserPreferences
from pcha_desktop.storage.paths import sqlite_uri

if TYPE_CHECKING:
    from pcha_desktop.services.data_folder import DataFolder


@dataclass(frozen=True)
class StartSummary:
    profile: DistrictProfileData
    user_name: str
    language: str  # "th" or "en", as UserPreferences.language
    thai_digits: bool
    fiscal_years: tuple[int, ...]  # BE years, newest first, as fiscal_years.list_fiscal_years()


def read_start_summary(data_folder: DataFolder, preferences_file: Path | None = None) -> StartSummary | None:
    """The summary of an opened (so checked and migrated) data folder; None if it has no district profile
    yet (the first-run wizard must run). Name, language and digits come from the user's preferences, or,
    for a database from before they moved there, from its setting table (moved once the ORM has loaded)."""
    columns = [f.name for f in fields(DistrictProfileData)]
    uri = sqlite_uri(data_folder.database_path, "ro")
    with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as connection:  # as the ORM's busy_timeout
        row = connection.execute(f"SELECT {', '.join(columns)} FROM district_profile LIMIT 1").fetchone()
        if row is None:
            return None
        stored = dict(connection.execute("SELECT key, value FROM setting").fetchall())
        years = [year for (year,) in connection.execute("SELECT be_year FROM fiscal_year ORDER BY be_year DESC")]
    preferences = UserPreferences(preferences_file)
    preferences.adopt_in_memory(stored)  # read only: the ORM moves them (settings.user_preferences_for)
    return StartSummary(
        profile=DistrictProfileData(**dict(zip(columns, row, strict=True))),
        user_name=preferences.user_name,
        language=preferences.language,
        thai_digits=preferences.thai_digits,
        fiscal_years=tuple(years),
    )
