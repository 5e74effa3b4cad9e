"""Reports: the period's report (PDF and workbook), the district chief's brief and a project's summary, with the
period's free texts written here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.reports.reports_screen import ReportsScreen

    return ReportsScreen(window.state)


SECTION = Section(
    key="reports",
    title=lambda: QCoreApplication.translate("MainWindow", "Reports"),
    factory=_screen,
)
