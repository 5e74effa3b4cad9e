"""Writes the NSIS include that lists the built program folder, file by file, for installer/pcha_desktop.nsi.

    python installer/nsis_files.py dist/pcha-desktop build/nsis/files.nsh

The installer installs exactly these files and the uninstaller removes exactly these (and the folders
they made, when empty): nothing else in the install folder is touched, and the data folder never is.
It stops when the build lacks what the app and the script need (both programs, fonts, translation,
migrations, icon), so CI's compile of the script is a check that the script and the build agree.
The same list is made on Windows (CI) and on Linux (where the programs have no .exe).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

from bundle_contents import ROOT, project_version, version_tuple

REQUIRED = (  # under the bundle's _internal folder
    "fonts/Sarabun-Regular.ttf", "fonts/Sarabun-Bold.ttf", "fonts/OFL.txt",
    "resources/translations/pcha_th.qm", "resources/admin_areas/thailand_admin_areas.json",
    "resources/icon/pcha.ico", "pcha_desktop/storage/migrations/env.py", "pythainlp/corpus/words_th.txt",
)


def program_name(bundle: Path, name: str) -> str:
    for candidate in (name + ".exe", name):
        if (bundle / candidate).is_file():
            return candidate
    raise SystemExit(f"{bundle} has no program {name}: build it with installer/build first")


def bundle_files(bundle: Path) -> list[PurePosixPath]:
    """Every file of the folder; symbolic links (Linux builds only: PyInstaller links some libraries
    into _internal) are left out, as they are not files of their own."""
    return sorted(PurePosixPath(path.relative_to(bundle).as_posix())
                  for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())


def windows(path: PurePosixPath) -> str:
    return str(path).replace("/", "\\")


SEPARATOR = "\\" if os.name == "nt" else "/"  # the build machine's, for makensis to read the files


def native(path: PurePosixPath) -> str:
    return windows(path) if os.name == "nt" else str(path)


def nsis_include(bundle: Path) -> str:
    bundle = bundle.resolve()
    internal = bundle / "_internal"
    missing = [name for name in REQUIRED if not (internal / name).is_file()]
    if missing:
        raise SystemExit(f"{bundle} lacks {', '.join(missing)}")
    files = bundle_files(bundle)
    folders = sorted({parent for path in files for parent in path.parents if str(parent) != "."},
                     key=lambda folder: (-len(folder.parts), str(folder)))
    size_kb = sum((bundle / path).stat().st_size for path in files) // 1024
    version = project_version()
    lines = [
        "; Made by installer/nsis_files.py from the built folder: do not edit.",
        f'!define PCHA_VERSION "{version}"',
        f'!define PCHA_VERSION_4 "{".".join(str(number) for number in version_tuple(version))}"',
        f'!define PCHA_GUI_EXE "{program_name(bundle, "pcha-desktop")}"',
        f'!define PCHA_CLI_EXE "{program_name(bundle, "pcha")}"',
        f"!define PCHA_FILE_COUNT {len(files)}",
        f"!define PCHA_INSTALLED_SIZE_KB {size_kb}",
        "",
        "!macro PCHA_INSTALL_FILES",
    ]
    current = None
    for path in files:
        folder = path.parent
        if folder != current:
            target = "$INSTDIR" if str(folder) == "." else f"$INSTDIR\\{windows(folder)}"
            lines.append(f'  SetOutPath "{target}"')
            current = folder
        lines.append(f'  File "${{PCHA_BUNDLE_DIR}}{SEPARATOR}{native(path)}"')
    lines += ['  SetOutPath "$INSTDIR"', "!macroend", "", "!macro PCHA_UNINSTALL_FILES"]
    lines += [f'  Delete "$INSTDIR\\{windows(path)}"' for path in files]
    lines += [f'  RMDir "$INSTDIR\\{windows(folder)}"' for folder in folders]
    lines += ["!macroend", ""]
    return "\n".join(lines)


def write_licences(folder: Path) -> str:
    """The licence page's text per language: the program's licence, then the font's OFL (UTF-8 with a BOM,
    which NSIS reads as Unicode). Returns the defines naming them."""
    ofl = (ROOT / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    defines = []
    for language in ("th", "en"):
        text = (ROOT / "installer" / f"licence_{language}.txt").read_text(encoding="utf-8")
        path = folder / f"licence_{language}.txt"
        path.write_text("\ufeff" + text + "\n" + ofl, encoding="utf-8", newline="\r\n")
        defines.append(f'!define PCHA_LICENCE_{language.upper()} "{path.resolve().as_posix()}"')
    return "\n".join(defines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, output = Path(argv[0]), Path(argv[1])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(nsis_include(bundle) + write_licences(output.parent), encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
