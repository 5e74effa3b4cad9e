"""Home: the district profile, where we are in the fiscal year, and the cards the other sections provide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    return window.home_screen()


SECTION = Section(
    key="home",
    title=lambda: QCoreApplication.translate("MainWindow", "Home"),
    factory=_screen,
)
