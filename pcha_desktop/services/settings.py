"""Settings kept with the district's data: who is using the program, language, digit style."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # this module's keys and defaults are read at start-up, before the ORM has loaded
    from sqlalchemy.orm import Session

    from pcha_desktop.storage.database import Database

USER_NAME = "user_name"
LANGUAGE = "language"
THAI_DIGITS = "thai_digits"

LANGUAGES = ("th", "en")
DEFAULTS = {USER_NAME: "", LANGUAGE: "th", THAI_DIGITS: "0"}


def read_setting(session: Session, key: str) -> str:
    from pcha_desktop.storage.models import Setting

    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def write_setting(session: Session, key: str, value: str) -> None:
    from pcha_desktop.storage.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def get_setting(database: Database, key: str) -> str:
    with database.reader() as session:
        return read_setting(session, key)


def set_setting(database: Database, key: str, value: str, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        write_setting(session, key, value)


def current_user_name(database: Database) -> str:
    return get_setting(database, USER_NAME)


def language(database: Database) -> str:
    value = get_setting(database, LANGUAGE)
    return value if value in LANGUAGES else "th"


def uses_thai_digits(database: Database) -> bool:
    return get_setting(database, THAI_DIGITS) == "1"
