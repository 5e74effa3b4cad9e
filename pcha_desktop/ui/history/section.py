"""The change history (the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.history_screen import HistoryScreen

    return HistoryScreen(window.state)


SECTION = Section(
    key="history",
    title=lambda: QCoreApplication.translate("MainWindow", "Change history"),
    factory=_screen,
)
