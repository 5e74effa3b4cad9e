"""The bundled Sarabun as the application font, so Thai looks the same on every PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from pcha_desktop.bundled_files import SARABUN_FILES, font_path

APPLICATION_FONT_POINT_SIZE = 11


def install_application_font(app: QApplication) -> str:
    """Load Sarabun from fonts/ and make it the default font; returns the family name."""
    family = ""
    for file_name in SARABUN_FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(font_path(file_name)))
        if font_id < 0:
            raise RuntimeError(f"cannot load font {font_path(file_name)}")
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family, APPLICATION_FONT_POINT_SIZE)
    app.setFont(font)
    return family
