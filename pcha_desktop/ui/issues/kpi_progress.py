"""For the home screen: each issue's KPIs of the fiscal year as bars (percent of target, capped at 100, in the
status's colour and words), one line per issue."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from pcha_desktop.domain.kpis import Direction
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.issues import KpiView
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.issues.common import BAR_COLOURS, STATUS_COLOURS, percent_text, term
from pcha_desktop.ui.tambons.common import digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel


def bar_value(percent: Decimal | None) -> int:
    """The bar's length: percent of target, 0–100 (a KPI past its target is a full bar)."""
    if percent is None:
        return 0
    return int(max(0, min(100, round(percent))))


class KpiProgressCard(QFrame):
    """The issues section's home card: reloads with the issues, the settings and the fiscal year."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiProgressCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self.bars: list[QProgressBar] = []
        self.scroll_area = QScrollArea()  # many issues scroll: the home screen still fits 720 pixels
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._body)
        self.scroll_area.setMinimumHeight(44)  # two lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.scroll_area, 1)
        state.on_change(self, (changes.ISSUES, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def reload(self) -> None:
        state = self._state
        fiscal_year = fiscal_year_in_view(state)
        year = issue_service.year_kpis(state.database, fiscal_year)
        self.title_label.setText(self.tr("KPI progress, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        while (item := self._grid.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.bars = []
        if not year.issues:
            self._grid.addWidget(WrappingLabel(self.tr("No issues for this fiscal year yet.")), 0, 0, 1, 2)
        for row, issue in enumerate(year.issues):
            self._grid.addWidget(WrappingLabel(issue.title), row, 0)
            bars = QWidget()
            line = QHBoxLayout(bars)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            for kpi in issue.kpis:
                line.addWidget(self._bar(kpi), 1)
            if not issue.kpis:
                line.addWidget(WrappingLabel(self.tr("No KPI yet")), 1)
            self._grid.addWidget(bars, row, 1)

    def _bar(self, kpi: KpiView) -> QProgressBar:
        state = self._state
        bar = QProgressBar()
        bar.setObjectName(f"kpiBar{kpi.id}")
        bar.setRange(0, 100)
        bar.setValue(bar_value(kpi.percent))
        words = term(state, kpi.status)
        bar.setFormat(f"{percent_text(state, kpi.percent)} · {words}" if kpi.percent is not None else words)
        tip = f"{kpi.name}\n{term(state, kpi.direction)} · {bar.format()}"
        if kpi.direction is Direction.LOWER_IS_BETTER:
            tip += "\n" + self.tr("Lower is better: the bar shows the result as a percent of the ceiling.")
        bar.setToolTip(tip)
        _, background = STATUS_COLOURS[kpi.status]
        bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid #c0c0c0; border-radius: 3px; background: {background};"
            f" color: #202124; text-align: center; }} QProgressBar::chunk {{ background: {BAR_COLOURS[kpi.status]}; }}")
        bar.setMinimumWidth(60)
        bar.setMaximumHeight(20)
        self.bars.append(bar)
        return bar
