"""The installer script and the build agree: the file list written from a built folder installs and
uninstalls exactly its files, refuses a build that lacks what the app needs, and the script compiles
against it (makensis runs on Linux). The real build is compiled by installer/build in CI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import nsis_files  # noqa: E402  (installer/nsis_files.py)

from pcha_desktop import __version__  # noqa: E402
from pcha_desktop.services.workspace import USER_DIR_NAME  # noqa: E402
from pcha_desktop.storage.paths import APP_NAME  # noqa: E402

SCRIPT = ROOT / "installer" / "pcha_desktop.nsi"


def _built_folder(root: Path) -> Path:
    """A folder shaped like PyInstaller's: the two programs, _internal with what the app reads."""
    bundle = root / "pcha-desktop"
    names = ("pcha-desktop.exe", "pcha.exe", "_internal/python311.dll", "_internal/PySide6/Qt6Core.dll",
             "_internal/PySide6/plugins/platforms/qwindows.dll",
             *(f"_internal/{name}" for name in nsis_files.REQUIRED))
    for name in names:
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)
    icon = Path("resources") / "icon" / "pcha.ico"
    shutil.copy(ROOT / icon, bundle / "_internal" / icon)
    return bundle


def test_every_built_file_is_installed_and_uninstalled_and_nothing_else(tmp_path):
    bundle = _built_folder(tmp_path)
    include = nsis_files.nsis_include(bundle)
    listed = re.findall(r'File "\$\{PCHA_BUNDLE_DIR\}[/\\](.+)"', include)  # the build machine's separator
    installed = [name.replace("\\", "/") for name in listed]
    removed = re.findall(r'Delete "\$INSTDIR\\(.+)"', include)
    on_disk = sorted(path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file())
    assert sorted(installed) == on_disk
    assert sorted(name.replace("\\", "/") for name in removed) == on_disk
    folders = re.findall(r'RMDir "\$INSTDIR\\(.+)"', include)
    assert folders.index("_internal\\PySide6\\plugins\\platforms") < folders.index("_internal\\PySide6"), \
        "inner folders are removed before the folders holding them"
    assert "RMDir /r" not in include, "never a recursive delete: only the program's own files go"
    assert f'!define PCHA_VERSION "{__version__}"' in include
    assert '!define PCHA_GUI_EXE "pcha-desktop.exe"' in include


def test_a_build_without_the_app_s_files_is_refused(tmp_path):
    bundle = _built_folder(tmp_path)
    (bundle / "_internal" / "resources" / "translations" / "pcha_th.qm").unlink()
    with pytest.raises(SystemExit, match="pcha_th.qm"):
        nsis_files.nsis_include(bundle)
    (bundle / "pcha.exe").unlink()
    (bundle / "_internal" / "resources" / "translations" / "pcha_th.qm").write_bytes(b"x")
    with pytest.raises(SystemExit, match="no program pcha"):
        nsis_files.nsis_include(bundle)


def test_the_uninstaller_names_the_folders_the_app_really_uses():
    script = SCRIPT.read_text(encoding="utf-8-sig")
    assert f'!define DATA_DIR "$LOCALAPPDATA\\{APP_NAME}"' in script
    assert f'!define PROFILE_DIR "$LOCALAPPDATA\\{USER_DIR_NAME}"' in script
    assert "RequestExecutionLevel user" in script
    # the data is deleted only in the optional, unticked (/o) uninstall section
    deleting = [line for line in script.splitlines() if "RMDir /r" in line and "_DIR}" in line]
    section = script[script.index('Section /o "un.$(UnSecData)"'):]
    assert deleting and all(line in section[:section.index("SectionEnd")] for line in deleting)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)")
def test_the_script_compiles_against_a_built_folder_in_thai_and_english(tmp_path):
    bundle = _built_folder(tmp_path)
    files = tmp_path / "nsis" / "files.nsh"
    assert nsis_files.main([str(bundle), str(files)]) == 0
    done = subprocess.run(
        ["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-DPCHA_CHECK_ONLY", f"-DPCHA_BUNDLE_DIR={bundle}",
         f"-DPCHA_FILES={files}", f"-DPCHA_OUT_DIR={tmp_path}", str(SCRIPT)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / f"pcha-desktop-{__version__}-setup.exe").stat().st_size > 10_000
    licence = (tmp_path / "nsis" / "licence_th.txt").read_text(encoding="utf-8-sig")
    assert "SIL OPEN FONT LICENSE" in licence.upper() and "สัญญาอนุญาต" in licence
