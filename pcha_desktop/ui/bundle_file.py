"""A .pcha bundle named on the command line: double-clicking one in Windows' Explorer starts
``pcha-desktop "<file>"`` (the association installer/pcha_desktop.nsi registers), and a window already open
on the same data receives the file from the second start (ui/single_instance.py).

``open_bundle_file(window, path)`` is where the file is handed to the import of bundles. That import is not
in this version yet, so it says so plainly, naming the file: nothing is read or changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pcha_desktop.ui.thai_wrap import display_text

BUNDLE_SUFFIX = ".pcha"


def open_bundle_file(window: QWidget, path: Path) -> QMessageBox:
    """Tell the user what happens to the bundle ``path`` (a window-modal message; returned for tests)."""
    translate = QCoreApplication.translate
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
        text = translate("BundleFile", "This version of PCHA Desktop cannot import bundles yet, so the "
                                       "bundle %1 was not read. Nothing was changed.")
    # the sentence breaks between Thai words (no libthai on Windows); the file's name stays as it is
    box.setText(f"“{path}”".join(display_text(part) for part in text.split("%1")))
    box.addButton(translate("BundleFile", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


__all__ = ["BUNDLE_SUFFIX", "open_bundle_file"]
