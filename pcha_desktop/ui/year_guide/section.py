"""The year's guide (ขั้นตอนงานประจำปี): Khon Kaen's fifteen steps computed from the data; on the home screen,
the steps done and the next things to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import HomeCard, Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.year_guide.guide_screen import YearGuideScreen

    return YearGuideScreen(window.state)


def _settings_page(state, parent):  # noqa: ANN001, ANN202
    from pcha_desktop.ui.year_guide.due_dates_page import DueDatesPage

    return DueDatesPage(state, parent)


SECTION = Section(
    key="year_guide",
    title=lambda: QCoreApplication.translate("MainWindow", "The year's steps"),
    factory=_screen,
    home_cards=(
        HomeCard(
            key="year_guide",
            title=lambda: QCoreApplication.translate("YearGuideCard", "The year's steps"),
            module="pcha_desktop.ui.year_guide.guide_card",
            class_name="YearGuideCard",
        ),
    ),
    settings_page=_settings_page,
)
