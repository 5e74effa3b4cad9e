"""Backups: back up now, restore one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.backups_screen import BackupsScreen

    return BackupsScreen(window.state)


SECTION = Section(
    key="backups",
    title=lambda: QCoreApplication.translate("MainWindow", "Backups"),
    factory=_screen,
)
