"""UCCARE: before and after assessments of each issue of the year, the pass rule explained, the year's status;
on the home screen, the year's UCCARE status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import HomeCard, Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.uccare.uccare_screen import UccareScreen

    return UccareScreen(window.state)


SECTION = Section(
    key="uccare",
    title=lambda: QCoreApplication.translate("MainWindow", "UCCARE assessment"),
    factory=_screen,
    home_cards=(
        HomeCard(
            key="uccare_year",
            title=lambda: QCoreApplication.translate("UccareYearCard", "UCCARE of the year's issues"),
            module="pcha_desktop.ui.uccare.year_card",
            class_name="UccareYearCard",
        ),
    ),
)
