"""Tambon committees (พชต.) and the district's visits; on the home screen, the tambons that need attention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import HomeCard, Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.tambons.tambon_screen import TambonScreen

    return TambonScreen(window.state)


SECTION = Section(
    key="tambons",
    title=lambda: QCoreApplication.translate("MainWindow", "Tambon committees"),
    factory=_screen,
    home_cards=(
        HomeCard(
            key="tambon_alerts",
            title=lambda: QCoreApplication.translate("TambonAlerts", "Tambon committees (พชต.)"),
            module="pcha_desktop.ui.tambons.tambon_alerts",
            class_name="TambonAlerts",
        ),
    ),
)
