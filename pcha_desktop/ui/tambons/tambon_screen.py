"""The "Tambon committees" section: the committees of every tambon (quick entry) and the district visits."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.committees_tab import TambonCommitteesTab
from pcha_desktop.ui.tambons.members_dialog import TambonMembersDialog
from pcha_desktop.ui.tambons.notable_work_tab import NotableWorkTab
from pcha_desktop.ui.tambons.visits_tab import DistrictVisitsTab


class TambonScreen(QWidget):
    """Follows the window's fiscal year and reloads when the tambons, the visits or the settings change."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tambonScreen")
        self._state = state
        title = QLabel(self.tr("Tambon Quality-of-Life Development Committees (พชต.)"))
        title.setObjectName("screenTitle")
        title.setWordWrap(True)
        self.committees_tab = TambonCommitteesTab(state)
        self.visits_tab = DistrictVisitsTab(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tambonTabs")
        self.tabs.addTab(self.committees_tab, self.tr("Committees"))
        self.tabs.addTab(self.visits_tab, self.tr("District visits"))
        self.notable_tab = NotableWorkTab(state)  # reloads itself (notable work, the year)
        self.tabs.addTab(self.notable_tab, self.tr("Notable work"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.committees_tab.members_requested.connect(self.open_members)
        state.on_change(self, (changes.TAMBONS, changes.VISITS, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)

    def reload(self) -> None:
        self.committees_tab.reload()
        self.visits_tab.reload()

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def open_members(self, committee_id: int, tambon_name: str) -> bool | None:
        return TambonMembersDialog.ask(self, self._state, committee_id, tambon_name)
