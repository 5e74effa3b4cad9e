"""Province mode: the districts and their registered keys, imports of their bundles, the roll-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.province.province_screen import ProvinceScreen

    return ProvinceScreen(window.state)


SECTION = Section(
    key="province",
    title=lambda: QCoreApplication.translate("MainWindow", "Province"),
    factory=_screen,
)
