"""The start summary (plain sqlite3) reads exactly what the ORM services read, and imports no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pcha_desktop.services import district_profile, fiscal_years, settings
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.start_summary import StartSummary, read_start_summary
from pcha_desktop.services.user_preferences import load_preferences


def _through_the_orm(folder: DataFolder) -> StartSummary:
    database = folder.database
    profile = district_profile.load_profile(database)
    assert profile is not None
    preferences = settings.user_preferences_for(database)
    return StartSummary(
        profile=profile,
        user_name=preferences.user_name,
        language=preferences.language,
        thai_digits=preferences.thai_digits,
        fiscal_years=tuple(fiscal_years.list_fiscal_years(database)),
    )


def test_demo_database_reads_the_same_as_the_orm(demo_folder):
    summary = read_start_summary(demo_folder)
    assert summary == _through_the_orm(demo_folder)
    assert summary.profile.district_code == "8301" and len(summary.fiscal_years) > 1


def test_wizard_database_reads_the_same_as_the_orm_as_settings_change(folder):
    """A fresh database as the first-run wizard leaves it (no language, digits or fiscal year stored)."""
    assert read_start_summary(folder) == _through_the_orm(folder)
    assert read_start_summary(folder).fiscal_years == ()
    fiscal_years.ensure_fiscal_year(folder.database, 2568, "สมศรี")
    preferences = load_preferences()
    preferences.set_language("en")
    preferences.set_thai_digits(True)
    district_profile.update_profile_field(folder.database, "office_name", "สำนักงานใหม่", "สมศรี")
    summary = read_start_summary(folder)
    assert summary == _through_the_orm(folder)
    assert (summary.language, summary.thai_digits, summary.fiscal_years) == ("en", True, (2568,))
    assert summary.profile.office_name == "สำนักงานใหม่"


def test_an_older_database_with_preferences_inside_reads_the_same_before_and_after_the_move(folder):
    """Before this release name, language and digits were kept in the setting table; the first summary
    (before the ORM has loaded) shows them, and so does everything after they moved to the user's file."""
    for key, value in {"user_name": "สมศรี", "language": "en", "thai_digits": "1"}.items():
        settings.set_setting(folder.database, key, value, "สมศรี")
    before = read_start_summary(folder)
    assert (before.user_name, before.language, before.thai_digits) == ("สมศรี", "en", True)
    assert before == _through_the_orm(folder)  # this moved them
    assert settings.get_setting(folder.database, "language") == ""
    assert read_start_summary(folder) == before
    settings.set_setting(folder.database, "language", "fr", "สมศรี")  # unknown, and the file has one: ignored
    assert read_start_summary(folder) == _through_the_orm(folder) == before


def test_no_profile_yet_means_no_summary(tmp_path: Path):
    with open_data_folder(tmp_path / "new") as new_folder:
        assert read_start_summary(new_folder) is None


def test_opening_a_folder_and_reading_the_summary_import_no_sqlalchemy(folder):
    folder.close()  # another process opens it
    code = (
        "import sys; from pathlib import Path\n"
        "from pcha_desktop.services.data_folder import open_data_folder\n"
        "from pcha_desktop.services.start_summary import read_start_summary\n"
        "import pcha_desktop.ui.home_screen\n"
        f"with open_data_folder(Path({str(folder.data_dir)!r})) as opened:\n"
        "    assert read_start_summary(opened) is not None\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
