"""Meetings (การประชุม): the year's meetings with the four-a-year rule, each meeting's agenda, attendance,
minutes and resolutions, and the district's workshops; on the home screen, the four-a-year status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import HomeCard, Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.meetings.meetings_screen import MeetingsScreen

    return MeetingsScreen(window.state)


SECTION = Section(
    key="meetings",
    title=lambda: QCoreApplication.translate("MainWindow", "Meetings"),
    factory=_screen,
    home_cards=(
        HomeCard(
            key="four_meetings",
            title=lambda: QCoreApplication.translate("YearStatusCard", "District committee: four meetings a year"),
            module="pcha_desktop.ui.meetings.year_status",
            class_name="YearStatusCard",
        ),
    ),
)
