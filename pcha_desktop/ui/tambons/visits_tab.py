"""Tab 2: the district team's visits to tambon committees in the fiscal year chosen, with a filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.tambon_committees import VisitRow
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import RowsSizedWhenNeeded, date_text, digits, fiscal_year_in_view
from pcha_desktop.ui.tambons.visit_dialog import VisitDialog
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.filtered_table import filtered_table
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

DATE, TAMBON, TEAM, FINDINGS, FOLLOW_UPS, PHOTOS = range(6)



class VisitTableModel(RecordTableModel[VisitRow]):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    @property
    def visits(self) -> list[VisitRow]:
        return self.records

    def reload(self) -> None:
        self.set_records(tambon_service.visits(self._state.database, fiscal_year_in_view(self._state)))

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("DistrictVisitsTab", "Date"),
            QCoreApplication.translate("DistrictVisitsTab", "Tambon"),
            QCoreApplication.translate("DistrictVisitsTab", "Team"),
            QCoreApplication.translate("DistrictVisitsTab", "Findings"),
            QCoreApplication.translate("DistrictVisitsTab", "Follow-ups"),
            QCoreApplication.translate("DistrictVisitsTab", "Photos"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self.record(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == DATE:
                return f"{visit.visit_date.isoformat()}-{visit.id:08d}"
            if column == PHOTOS:
                return len(visit.photos)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PHOTOS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            date_text(self._state, visit.visit_date),
            visit.tambon.official_name,
            visit.team_members,
            visit.findings,
            visit.follow_ups,
            digits(self._state, str(len(visit.photos))),
        )[column]


class DistrictVisitsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("districtVisitsTab")
        self._state = state
        self.model = VisitTableModel(state)
        self.proxy, self.filter_edit, self.table = filtered_table(
            self.model, sort_role=Qt.ItemDataRole.UserRole, parent=self,
            filter_placeholder=self.tr("Filter by tambon, team or words in the findings…"))

        self.summary_label = WrappingLabel()
        self.summary_label.setObjectName("visitsSummary")
        self.summary_label.setStyleSheet("font-weight: bold;")
        self.filter_edit.setObjectName("visitsFilter")
        self.add_button = QPushButton(self.tr("Record a visit…"))
        self.add_button.setObjectName("addVisitButton")
        self.add_button.clicked.connect(self.add_visit)
        self.edit_button = QPushButton(self.tr("Open the selected visit…"))
        self.edit_button.setObjectName("editVisitButton")
        self.edit_button.clicked.connect(self.edit_selected)

        self.table.setObjectName("visitsTable")
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (TEAM, FINDINGS, FOLLOW_UPS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DATE, 120)
        self.table.setColumnWidth(TAMBON, 130)
        self.table.setColumnWidth(PHOTOS, 70)
        self._rows = RowsSizedWhenNeeded(self.table)  # measured when shown, not while the tab is hidden

        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        fiscal_year = fiscal_year_in_view(self._state)
        visited = len({visit.tambon.code for visit in self.model.visits})
        text = (
            self.tr("Visits in fiscal year %2: %1 · tambons visited: %3")
            .replace("%1", str(len(self.model.visits))).replace("%2", str(fiscal_year)).replace("%3", str(visited))
        )
        self.summary_label.setText(digits(self._state, text))

    def selected_visit(self) -> VisitRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.visits[self.proxy.mapToSource(rows[0]).row()]

    def add_visit(self) -> int | None:
        return VisitDialog.ask(self, self._state)

    def edit_selected(self) -> int | None:
        visit = self.selected_visit()
        if visit is None:
            return self.add_visit() if not self.model.visits else None
        return VisitDialog.ask(self, self._state, visit)
