"""The district committee's four-meetings-a-year status for the fiscal year in view: each quarter's meetings
held and planned, and what must still happen by when. Shown above the meetings list and as a home card."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pcha_desktop.domain.meetings import MEETINGS_A_YEAR, YearStatus, YearVerdict
from pcha_desktop.services import meetings as meeting_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.meetings.common import ERROR_STYLE, GOOD_STYLE
from pcha_desktop.ui.tambons.common import digits, fiscal_year_in_view

VERDICT_STYLES = {
    YearVerdict.MET: GOOD_STYLE,
    YearVerdict.ON_TRACK: "color: #0d47a1;",
    YearVerdict.NEEDS_PLANNING: ERROR_STYLE,
    YearVerdict.MISSED: ERROR_STYLE,
}
QUARTER_STYLE = "QLabel { border: 1px solid #c5cbd3; border-radius: 3px; padding: 2px 6px; background: %s; }"


class YearStatusView(QFrame):
    """Four quarter boxes and one sentence; ``show_status(status)`` fills them."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearStatusView")
        self._state = state
        self.summary_label = QLabel()  # one line: a wrapping label would make the home screen squeeze its fields
        self.summary_label.setObjectName("fourMeetingsSummary")
        self.apart_label = QLabel()
        self.apart_label.setStyleSheet("color: #5f6368;")
        self.quarter_labels = [QLabel() for _ in range(4)]
        quarters = QHBoxLayout()
        quarters.setContentsMargins(0, 0, 0, 0)
        for label in self.quarter_labels:
            quarters.addWidget(label)
        quarters.addStretch(1)
        for label in (self.summary_label, self.apart_label, *self.quarter_labels):
            label.setMinimumWidth(60)  # one line each; a narrow window cuts them rather than widening the page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary_label)
        layout.addLayout(quarters)
        layout.addWidget(self.apart_label)

    def show_status(self, status: YearStatus) -> None:
        state = self._state
        summary = status.summary_en() if state.language == "en" else status.summary_th(state.thai_digits)
        count = self.tr("%1 of %2 held with quorum").replace("%1", digits(state, str(status.held_with_quorum))) \
            .replace("%2", digits(state, str(MEETINGS_A_YEAR)))
        self.summary_label.setText(f"<b>{count}</b> — {summary}")
        self.summary_label.setStyleSheet(VERDICT_STYLES[status.verdict])
        for label, quarter in zip(self.quarter_labels, status.quarters):
            text = self.tr("Q%1: %2 held").replace("%1", digits(state, str(quarter.quarter))) \
                .replace("%2", digits(state, str(quarter.held)))
            if quarter.planned:
                text += self.tr(", %1 planned").replace("%1", digits(state, str(quarter.planned)))
            if quarter.held_without_quorum:
                text += self.tr(", %1 without quorum").replace("%1", digits(state, str(quarter.held_without_quorum)))
            label.setText(text)
            colour = "#e3f4e4" if quarter.held else ("#e3eefc" if quarter.planned else "#f1f3f4")
            label.setStyleSheet(QUARTER_STYLE % colour)
        self.apart_label.setText(self.tr("Subgroup and other committees' meetings, counted apart: %1")
                                 .replace("%1", digits(state, str(status.subgroup_meetings))))


class YearStatusCard(QFrame):
    """The home card: reloads with the meetings, the settings and the fiscal year."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearStatusCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setMinimumWidth(60)
        self.view = YearStatusView(state)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never squeezed: the page scrolls
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view)
        state.on_change(self, (changes.MEETINGS, changes.SETTINGS, changes.COMMITTEES), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def reload(self) -> None:
        fiscal_year = fiscal_year_in_view(self._state)
        self.title_label.setText(self.tr("District committee: four meetings a year, FY %1")
                                 .replace("%1", digits(self._state, str(fiscal_year))))
        self.view.show_status(meeting_service.district_year_status(self._state.database, fiscal_year, self._state.today()))
