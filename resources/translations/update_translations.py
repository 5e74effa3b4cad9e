"""Refresh the translation files after changing user-visible strings (developer tool).

    python resources/translations/update_translations.py

1. pyside6-lupdate collects every tr()/translate() string of pcha_desktop/ into pcha_th.ts, keeping the
   translations already there; new strings come in as "unfinished".
2. Translate them (Qt Linguist: `pyside6-linguist resources/translations/pcha_th.ts`, or edit the XML).
3. Run this again: pyside6-lrelease compiles pcha_th.qm, which the application loads.
The test suite fails while any string is untranslated or the .qm is older than the .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
LANGUAGES = ("th",)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (a venv need not be activated)."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def source_files() -> list[Path]:
    return sorted((PROJECT / "pcha_desktop").rglob("*.py"))


def run_lupdate(ts_file: Path, language: str) -> None:
    files = [str(path.relative_to(PROJECT)) for path in source_files()]
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", language, "-ts", str(ts_file)],
        cwd=PROJECT, check=True, capture_output=True,
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts_file = HERE / f"pcha_{language}.ts"
        run_lupdate(ts_file, language)
        run_lrelease(ts_file, HERE / f"pcha_{language}.qm")
        unfinished = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts_file.name}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
