"""District-wide settings, kept with the district's data and audited (e.g. the district committee's member
limit); each change is recorded as the setting's key with its old and new value.

What belongs to the person at this PC (their name, language, digit style, window, last folders) is not
here but in their own file: ``services/user_preferences.py``. Databases made before kept name, language
and digits in the ``setting`` table; ``user_preferences_for`` moves them to the user's file the first time
(one audited transaction), so older databases keep working.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pcha_desktop.services.user_preferences import FORMERLY_IN_DATABASE, UserPreferences

if TYPE_CHECKING:  # the ORM loads after the first paint (see services/start_summary.py)
    from sqlalchemy.orm import Session

    from pcha_desktop.storage.database import Database


def read_setting(session: Session, key: str, default: str = "") -> str:
    from pcha_desktop.storage.models import Setting

    row = session.get(Setting, key)
    return row.value if row is not None else default


def write_setting(session: Session, key: str, value: str) -> None:
    from pcha_desktop.storage.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def get_setting(database: Database, key: str, default: str = "") -> str:
    with database.reader() as session:
        return read_setting(session, key, default)


def set_setting(database: Database, key: str, value: str, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        write_setting(session, key, value)


def user_preferences_for(database: Database, path: Path | None = None) -> UserPreferences:
    """The user's preferences (``path``: their file, default the per-user one), after moving any that an
    older database still holds into that file. Where the file already has a value, it wins; the
    database's copies are removed either way, so they are moved once and never read again."""
    from sqlalchemy import select

    from pcha_desktop.storage.database import SYSTEM_USER
    from pcha_desktop.storage.models import Setting

    preferences = UserPreferences(path)
    with database.reader() as session:
        query = select(Setting.key, Setting.value).where(Setting.key.in_(FORMERLY_IN_DATABASE))
        found = {key: value for key, value in session.execute(query)}
    if not found:
        return preferences
    try:
        preferences.adopt(found)
    except OSError:  # the file cannot be written: keep them in the database, try again next time
        return preferences
    with database.unit_of_work(preferences.user_name or SYSTEM_USER) as session:
        for key in found:
            row = session.get(Setting, key)
            if row is not None:
                session.delete(row)
    return preferences
