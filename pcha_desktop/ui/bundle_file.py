"""A .pcha bundle named on the command line: double-clicking one in Windows' Explorer starts
``pcha-desktop "<file>"`` (the association installer/pcha_desktop.nsi registers), and a window already open
on the same data receives the file from the second start (ui/single_instance.py).

``open_bundle_file(window, path)`` hands the file to the import of bundles: in province mode the window
shows its province section and imports it there (checked before anything is written, the outcome listed);
a district's data folder does not import bundles, so it says so plainly, naming the file: nothing is read
or changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pcha_desktop.ui.thai_wrap import display_text

BUNDLE_SUFFIX = ".pcha"


def _province_screen(window: QWidget):  # noqa: ANN202 - the ProvinceScreen, when the window is in province mode
    sections = getattr(window, "section_list", None)
    if sections is None or "province" not in {section.key for section in sections()}:
        return None
    return window.show_section("province")  # type: ignore[attr-defined]


def open_bundle_file(window: QWidget, path: Path) -> QMessageBox | None:
    """Import the bundle ``path`` in province mode (None: the province screen shows the outcome); otherwise
    tell the user what became of it (a window-modal message; returned for tests)."""
    translate = QCoreApplication.translate
    if path.is_file() and path.suffix.casefold() == BUNDLE_SUFFIX:
        screen = _province_screen(window)
        if screen is not None:
            screen.import_files([path])
            return None
    box = QMessageBox(window)
    box.setObjectName("bundleFile")
    box.setWindowTitle(translate("BundleFile", "Open a bundle"))
    if not path.is_file():
        box.setIcon(QMessageBox.Icon.Warning)
        text = translate("BundleFile", "The file %1 does not exist or cannot be read. Nothing was changed.")
    elif path.suffix.casefold() != BUNDLE_SUFFIX:
        box.setIcon(QMessageBox.Icon.Warning)
        text = translate("BundleFile",
                         "The file %1 is not a PCHA Desktop bundle (.pcha). Nothing was changed.")
    else:
        box.setIcon(QMessageBox.Icon.Information)
        text = translate("BundleFile", "This is a district's data folder: bundles are imported by the provincial"
                                       " office, in province mode. The bundle %1 was not read. Nothing was changed.")
    # the sentence breaks between Thai words (no libthai on Windows); the file's name stays as it is
    box.setText(f"“{path}”".join(display_text(part) for part in text.split("%1")))
    box.addButton(translate("BundleFile", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


__all__ = ["BUNDLE_SUFFIX", "open_bundle_file"]
