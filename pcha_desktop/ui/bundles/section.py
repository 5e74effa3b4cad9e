"""The district's signed report bundle for the province: its key's fingerprint, export, sent marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.bundles.bundle_screen import BundleScreen

    return BundleScreen(window.state)


def _settings_page(state, parent):  # noqa: ANN001, ANN202
    from pcha_desktop.ui.bundles.settings_page import BundleSettingsPage

    return BundleSettingsPage(state, parent)


SECTION = Section(
    key="bundles",
    title=lambda: QCoreApplication.translate("MainWindow", "Report to the province"),
    factory=_screen,
    settings_page=_settings_page,
)
