"""The user's preferences live in their own file, not in the district database; older databases' copies
move there on first use, keeping the values the user had."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from pcha_desktop.services import settings
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.user_preferences import UserPreferences, load_preferences, preferences_path
from pcha_desktop.storage.models import AuditEntry, Setting


def test_preferences_start_from_defaults_and_are_kept_for_the_next_start(user_dir: Path) -> None:
    preferences = load_preferences()
    assert (preferences.user_name, preferences.language, preferences.thai_digits) == ("", "th", False)
    assert preferences.window_geometry == "" and preferences.last_folder("exports") is None
    preferences.set_user_name("  สมศรี ใจดี ")
    preferences.set_language("en")
    preferences.set_thai_digits(True)
    preferences.set_window_geometry("AdnQywADAAAAAAAA")
    preferences.set_last_folder("exports", user_dir)

    again = load_preferences()
    assert (again.user_name, again.language, again.thai_digits) == ("สมศรี ใจดี", "en", True)
    assert again.window_geometry == "AdnQywADAAAAAAAA" and again.last_folder("exports") == user_dir
    assert preferences_path().parent == user_dir
    assert json.loads(preferences_path().read_text(encoding="utf-8"))["user_name"] == "สมศรี ใจดี"


def test_a_damaged_file_means_defaults_and_is_replaced_on_the_next_change(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    for damaged in (b"{not json", b"[1, 2]", b"\xff\xfe\x00", b'{"language": "fr", "thai_digits": "yes"}'):
        path.write_bytes(damaged)
        preferences = UserPreferences(path)
        assert (preferences.language, preferences.thai_digits, preferences.user_name) == ("th", False, "")
    preferences.set_language("en")
    assert UserPreferences(path).language == "en"
    assert not list(tmp_path.glob(".preferences-*")), "no temporary file left behind"


@given(st.text(max_size=200))
def test_any_name_comes_back_as_typed_without_surrounding_spaces(name: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preferences.json"
        UserPreferences(path).set_user_name(name)
        assert UserPreferences(path).user_name == name.strip()


def test_a_database_made_before_gives_its_preferences_to_the_user_once(old_data_dir) -> None:
    """schema_0002 (an earlier release) kept user_name, language and thai_digits in its setting table."""
    with open_data_folder(old_data_dir("0002")) as folder:
        database = folder.database
        preferences = settings.user_preferences_for(database)
        assert (preferences.user_name, preferences.language, preferences.thai_digits) == ("สมศรี", "th", True)
        assert load_preferences().user_name == "สมศรี"  # saved in the user's file
        with database.reader() as session:
            left = {row.key: row.value for row in session.scalars(select(Setting))}
            moves = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "setting")).all()
            recorded = [(entry.action, json.loads(entry.changes)) for entry in moves]
        assert left == {"district_committee_member_limit": "25"}, "district-wide settings stay"
        assert sorted(recorded, key=repr) == [("delete", {"language": ["th", None]}),
                                    ("delete", {"thai_digits": ["1", None]}),
                                    ("delete", {"user_name": ["สมศรี", None]})]
        settings.user_preferences_for(database)  # nothing left to move: no further change
        with database.reader() as session:
            assert len(session.scalars(select(AuditEntry).where(AuditEntry.table_name == "setting")).all()) == 3


def test_what_the_users_file_already_says_wins_over_an_older_database(tmp_path: Path) -> None:
    load_preferences().set_language("en")
    with open_data_folder(tmp_path / "data") as folder:
        settings.set_setting(folder.database, "language", "th", "สมศรี")
        settings.set_setting(folder.database, "user_name", "สมชาย", "สมชาย")
        preferences = settings.user_preferences_for(folder.database)
        assert (preferences.language, preferences.user_name) == ("en", "สมชาย")
        assert settings.get_setting(folder.database, "language") == ""


def test_preferences_are_not_written_into_the_district_database(tmp_path: Path) -> None:
    with open_data_folder(tmp_path / "data") as folder:
        preferences = settings.user_preferences_for(folder.database)
        preferences.set_language("en")
        preferences.set_thai_digits(True)
        preferences.set_user_name("สมศรี")
        connection = sqlite3.connect(folder.database_path)
        try:
            assert connection.execute("SELECT count(*) FROM setting").fetchone()[0] == 0
            assert connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 0
        finally:
            connection.close()
