"""The start summary (plain sqlite3) reads exactly what the ORM services read, and imports no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pcha_desktop.services import district_profile, fiscal_years, settings
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.start_summary import StartSummary, read_start_summary


def _through_the_orm(folder: DataFolder) -> StartSummary:
    database = folder.database
    profile = district_profile.load_profile(database)
    assert profile is not None
    return StartSummary(
        profile=profile,
        user_name=settings.current_user_name(database),
        language=settings.language(database),
        thai_digits=settings.uses_thai_digits(database),
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
    settings.set_setting(folder.database, settings.LANGUAGE, "en", "สมศรี")
    settings.set_setting(folder.database, settings.THAI_DIGITS, "1", "สมศรี")
    district_profile.update_profile_field(folder.database, "office_name", "สำนักงานใหม่", "สมศรี")
    summary = read_start_summary(folder)
    assert summary == _through_the_orm(folder)
    assert (summary.language, summary.thai_digits, summary.fiscal_years) == ("en", True, (2568,))
    assert summary.profile.office_name == "สำนักงานใหม่"
    settings.set_setting(folder.database, settings.LANGUAGE, "fr", "สมศรี")  # unknown: Thai, as the ORM says
    assert read_start_summary(folder) == _through_the_orm(folder)


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
