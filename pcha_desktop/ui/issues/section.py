"""The year's issues (ประเด็น) with their KPIs and quarterly results; on the home screen, each issue's KPI progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import HomeCard, Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.issues.issues_screen import IssuesScreen

    return IssuesScreen(window.state)


SECTION = Section(
    key="issues",
    title=lambda: QCoreApplication.translate("MainWindow", "Issues and KPIs"),
    factory=_screen,
    home_cards=(
        HomeCard(
            key="kpi_progress",
            title=lambda: QCoreApplication.translate("KpiProgressCard", "KPI progress of the year's issues"),
            module="pcha_desktop.ui.issues.kpi_progress",
            class_name="KpiProgressCard",
        ),
    ),
)
