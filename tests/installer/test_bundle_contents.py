"""What the frozen build takes in: the version of pyproject.toml, every file the app reads at run time,
and only the Qt parts the app uses."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_contents  # noqa: E402  (installer/bundle_contents.py)

from pcha_desktop import __version__  # noqa: E402
from pcha_desktop.bundled_files import SARABUN_FILES  # noqa: E402


def test_the_build_s_version_is_the_project_s():
    assert bundle_contents.project_version() == __version__
    assert bundle_contents.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle_contents.version_tuple("1.2.3rc1") == (1, 2, 3, 1)


def test_every_file_the_app_reads_is_taken_in_where_the_app_looks_for_it():
    destinations = {(Path(source).name, folder) for source, folder in bundle_contents.data_files()}
    for font in SARABUN_FILES.values():
        assert (font, "fonts") in destinations
    assert ("pcha_th.qm", "resources/translations") in destinations
    assert ("thailand_admin_areas.json", "resources/admin_areas") in destinations
    # the data services read with resource_path (the UCCARE rubric, step 15's strategies): CI's smoke test
    # once failed on a rubric the build had left out
    from pcha_desktop.services.uccare import GENERIC_RUBRIC
    from pcha_desktop.services.year_guide import STRATEGIES_RESOURCE

    for folder, name in (GENERIC_RUBRIC, STRATEGIES_RESOURCE):
        assert (name, f"resources/{folder}") in destinations
    assert ("env.py", "pcha_desktop/storage/migrations") in destinations
    migrations = sorted((ROOT / "pcha_desktop/storage/migrations/versions").glob("*.py"))
    assert {(path.name, "pcha_desktop/storage/migrations/versions") for path in migrations} <= destinations
    assert all(Path(source).is_file() for source, _folder in bundle_contents.data_files())


def test_only_the_qt_the_app_uses_goes_in():
    keep = bundle_contents.keep_binary
    assert keep("PySide6/Qt/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll")
    assert keep("PySide6/Qt/plugins/imageformats/qico.dll")
    assert not keep("PySide6/Qt/plugins/imageformats/qpdf.dll")
    assert not keep("PySide6/Qt/plugins/tls/qopensslbackend.dll")
    assert not keep("PySide6/Qt/plugins/platforms/libqwayland-egl.so")
    assert not keep("PySide6/Qt6Pdf.dll") and not keep("PySide6/Qt/lib/libQt6Qml.so.6")
    assert keep("PySide6/Qt6Widgets.dll") and keep("PySide6/Qt6Network.dll")
    assert not bundle_contents.keep_data("PySide6/translations/qtbase_de.qm")
    assert bundle_contents.keep_data("pythainlp/corpus/words_th.txt")
    assert not bundle_contents.keep_data("pythainlp/corpus/wikipedia_titles_th.txt")
    used = {module for module in bundle_contents.QT_MODULES_USED}
    imported = set()
    for path in (ROOT / "pcha_desktop").rglob("*.py"):
        imported |= {word.split(".")[1] for word in path.read_text(encoding="utf-8").split()
                     if word.startswith("PySide6.Qt")}
    assert imported <= used, f"the app imports Qt modules the build leaves out: {imported - used}"
    assert not used & set(bundle_contents.QT_MODULES_AVAILABLE)


def test_the_windows_version_information_carries_the_project_s_version(tmp_path):
    """The file PyInstaller turns into the programs' version resource (file properties → Details)."""
    import ast

    written = Path(bundle_contents.write_version_info(tmp_path / "version_info.txt", "1.2.3"))
    tree = ast.parse(written.read_text(encoding="utf-8"), mode="eval")  # PyInstaller evaluates it
    calls = {node.func.id: node for node in ast.walk(tree) if isinstance(node, ast.Call)}
    fixed = {keyword.arg: ast.literal_eval(keyword.value) for keyword in calls["FixedFileInfo"].keywords}
    assert fixed["filevers"] == fixed["prodvers"] == (1, 2, 3, 0)
    strings = dict(ast.literal_eval(ast.unparse(node)[len("StringStruct"):]) for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct")
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["ProductName"] == "PCHA Desktop"
