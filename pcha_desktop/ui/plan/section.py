"""The One Plan (แผนงานบูรณาการ): per fiscal year and issue, the activities with their partners, tambons,
budgets by source, objectives and the resources each partner brings; the partner × resource-kind matrix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.ui.sections import Section


def _screen(window):  # noqa: ANN001, ANN202 - the MainWindow
    from pcha_desktop.ui.plan.plan_screen import PlanScreen

    return PlanScreen(window.state)


SECTION = Section(
    key="plan",
    title=lambda: QCoreApplication.translate("MainWindow", "One Plan"),
    factory=_screen,
)
