"""The district committee, the issues' subcommittees and their appointment orders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.committees.committee_screen import CommitteeScreen

    return CommitteeScreen(window.state)


SECTION = Section(
    key="committees",
    title=lambda: QCoreApplication.translate("MainWindow", "Committee and orders"),
    factory=_screen,
)
