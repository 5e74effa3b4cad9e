"""What the frozen build holds, in one place (read by pcha_desktop.spec, installer/build and the tests).

Both programs need: the code (every module of pcha_desktop, since sections load by name), the Alembic
migrations as source files (Alembic reads them from disk), the fonts, the compiled translation, the
administrative list, the icon, and PyThaiNLP's word list. Qt: only QtCore, QtGui, QtWidgets, QtNetwork
(the local socket of the single-instance hand-over) and QtSvg with QtSvgWidgets (the UCCARE radar chart,
drawn once by ReportLab as SVG) are imported by the app; every other Qt module, plugin
and library is left out, and so are Qt's own translations (none is Thai: the app's pcha_th.qm carries Qt's
texts too).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

APP_NAME = "PCHA Desktop"
ROOT = Path(__file__).resolve().parent.parent
BUNDLE_NAME = "pcha-desktop"  # the folder: dist/pcha-desktop/ holding pcha-desktop(.exe) and pcha(.exe)
PROGRAMS = ("pcha-desktop", "pcha")

QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtSvgWidgets")
QT_MODULES_AVAILABLE = (  # PySide6-Essentials' modules the app does not use
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)
EXCLUDED_MODULES = [f"PySide6.{module}" for module in QT_MODULES_AVAILABLE] + [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pdfminer",
    "IPython", "matplotlib", "numpy", "pandas", "scipy", "torch", "tensorflow", "onnxruntime",
    "sklearn", "nltk", "requests", "pyicu", "icu", "pydoc_data", "lib2to3", "setuptools", "pkg_resources",
    "mako.testing", "alembic.testing", "sqlalchemy.testing",
    # Pillow (ReportLab reads the emblem's PNG through it): not its AVIF, WebP and Tk parts
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt",
]

# Qt plugins kept, by folder (everything else under plugins/ is left out)
QT_PLUGIN_FOLDERS = ("platforms", "platforminputcontexts", "platformthemes", "styles", "imageformats",
                     "xcbglintegrations")
QT_PLUGINS_LEFT_OUT = (  # inside the kept folders
    "qsvg", "qpdf", "qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qgif",     # image formats never shown
    "qwayland", "qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay",  # Linux: xcb and offscreen stay
    "qxdgdesktopportal", "qgtk3", "qdirect2d",
)
QT_LIBRARIES_LEFT_OUT = ("Qt6Pdf", "Qt6Svg", "Qt6Qml", "Qt6Quick", "Qt6Wayland", "Qt6EglFs",
                         "Qt6VirtualKeyboard",
                         "Qt6OpenGL", "Qt6WlShell", "Qt6Designer", "Qt6WebEngine",
                         # Windows: software OpenGL and Direct3D's shader compiler (widgets draw without)
                         "opengl32sw", "d3dcompiler",
                         # Linux: GTK's stack, wanted only by the GTK platform theme left out above
                         "libgtk-", "libgdk-", "libgdk_pixbuf", "libatk-", "libcairo", "libpango",
                         "libpixman", "libfribidi", "libgraphite2", "libdatrie", "libthai.so")
# PyThaiNLP's files read on import (stop words) and by the newmm segmenter (the word list)
PYTHAINLP_CORPUS_KEPT = ("words_th.txt", "stopwords_th.txt", "default_db.json", "corpus_license.md")


def project_version() -> str:
    """The version in pyproject.toml; the build stops if pcha_desktop.__version__ says otherwise."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("pyproject.toml has no version")
    version = match.group(1)
    init = (ROOT / "pcha_desktop" / "__init__.py").read_text(encoding="utf-8")
    code_version = re.search(r'__version__\s*=\s*"([^"]+)"', init)
    if code_version is None or code_version.group(1) != version:
        raise SystemExit(f"pyproject.toml says {version}, pcha_desktop/__init__.py says "
                         f"{code_version.group(1) if code_version else 'nothing'}: make them agree")
    return version


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


RESOURCE_FOLDERS_CHOSEN = ("translations", "admin_areas", "icon", "screenshots")
"""resources/ folders whose files are picked one by one above (screenshots are for the README only); every
other folder's JSON files go in whole."""


def data_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: what bundled_files.py and migrate.py look for."""
    pairs = [(str(font), "fonts") for font in sorted((ROOT / "fonts").glob("*.ttf"))]
    pairs.append((str(ROOT / "fonts" / "OFL.txt"), "fonts"))
    translations = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    pairs += [(str(qm), "resources/translations") for qm in translations]
    areas = ROOT / "resources" / "admin_areas"
    pairs += [(str(areas / name), "resources/admin_areas")
              for name in ("thailand_admin_areas.json", "SOURCE.md", "CC-BY-4.0.txt", "geothai-LICENSE.txt",
                           "geothai-NOTICE.txt")]
    icons = ROOT / "resources" / "icon"
    pairs += [(str(icons / name), "resources/icon") for name in ("pcha.png", "pcha.ico")]
    for folder in sorted((ROOT / "resources").iterdir()):  # the data the app reads (UCCARE rubric, step 15's list …)
        if folder.is_dir() and folder.name not in RESOURCE_FOLDERS_CHOSEN:
            pairs += [(str(path), f"resources/{folder.name}") for path in sorted(folder.glob("*.json"))]
    migrations = ROOT / "pcha_desktop" / "storage" / "migrations"
    pairs += [(str(path), "pcha_desktop/storage/migrations") for path in sorted(migrations.glob("*.py"))]
    pairs += [(str(path), "pcha_desktop/storage/migrations") for path in sorted(migrations.glob("*.mako"))]
    pairs += [(str(path), "pcha_desktop/storage/migrations/versions")
              for path in sorted((migrations / "versions").glob("*.py"))]
    import pythainlp

    corpus = Path(pythainlp.__file__).parent / "corpus"
    pairs += [(str(corpus / name), "pythainlp/corpus") for name in PYTHAINLP_CORPUS_KEPT]
    return pairs


def hidden_imports() -> list[str]:
    """Modules imported by name (sections, migrations, Alembic's runtime), which the analysis cannot see."""
    from PyInstaller.utils.hooks import collect_submodules

    modules = collect_submodules("pcha_desktop", filter=lambda name: ".migrations" not in name)
    modules += collect_submodules("alembic", filter=lambda name: "testing" not in name)
    modules += ["sqlalchemy.dialects.sqlite", "logging.config"]
    modules += ["_rl_accel"]  # ReportLab's C accelerator, imported through exec(): the analysis cannot see it
    return modules


def _parts(destination: str) -> tuple[str, ...]:
    return PurePosixPath(destination.replace("\\", "/")).parts


def keep_binary(destination: str) -> bool:
    parts = _parts(destination)
    name = parts[-1]
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGIN_FOLDERS:
            return False
        return not any(name.startswith((prefix, "lib" + prefix)) for prefix in QT_PLUGINS_LEFT_OUT)
    return not any(library in name for library in QT_LIBRARIES_LEFT_OUT)


def keep_data(destination: str) -> bool:
    parts = _parts(destination)
    if "translations" in parts and parts[0] == "PySide6":
        return False  # Qt's own translations: none is Thai
    if parts[:2] == ("pythainlp", "corpus") and len(parts) == 3:
        return parts[-1] in PYTHAINLP_CORPUS_KEPT or parts[-1].endswith(".py")
    return keep_binary(destination)


def write_version_info(path: Path, version: str) -> str:
    """The Windows version resource (file properties → Details) for both programs."""
    numbers = version_tuple(version)
    path.parent.mkdir(parents=True, exist_ok=True)
    strings = {
        "CompanyName": "PCHA Desktop",
        "FileDescription": "PCHA Desktop - District Quality-of-Life Development Committee (พชอ.) paperwork",
        "FileVersion": version,
        "InternalName": "pcha-desktop",
        "LegalCopyright": "PCHA Desktop; Sarabun font: SIL Open Font License 1.1",
        "OriginalFilename": "pcha-desktop.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({key!r}, {value!r})"
                                for key, value in strings.items())
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{string_structs}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return str(path)


HIDDEN_IMPORTS = hidden_imports() if "PyInstaller" in sys.modules else []
