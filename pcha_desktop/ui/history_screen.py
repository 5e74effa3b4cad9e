"""Change history: every change recorded by the audit trail, newest first, filterable."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from pcha_desktop.domain import thai_calendar
from pcha_desktop.services.audit_log import AuditRecord, recent_changes
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.widgets.filtered_table import filtered_table
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel




def table_title(table_name: str) -> str:
    titles = {
        "district_profile": QCoreApplication.translate("HistoryScreen", "District profile"),
        "fiscal_year": QCoreApplication.translate("HistoryScreen", "Fiscal year"),
        "person": QCoreApplication.translate("HistoryScreen", "Person"),
        "committee": QCoreApplication.translate("HistoryScreen", "Committee"),
        "committee_membership": QCoreApplication.translate("HistoryScreen", "Committee membership"),
        "setting": QCoreApplication.translate("HistoryScreen", "Setting"),
    }
    return titles.get(table_name, table_name)


def action_title(action: str) -> str:
    return {"insert": QCoreApplication.translate("HistoryScreen", "Added"), "update": QCoreApplication.translate("HistoryScreen", "Changed"), "delete": QCoreApplication.translate("HistoryScreen", "Removed")}.get(action, action)


class AuditTableModel(RecordTableModel[AuditRecord]):
    COLUMNS = ("when", "who", "action", "what", "details")

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    def reload(self) -> None:
        self.set_records(recent_changes(self._state.database))

    def headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("HistoryScreen", "When"), QCoreApplication.translate("HistoryScreen", "Who"), QCoreApplication.translate("HistoryScreen", "Action"), QCoreApplication.translate("HistoryScreen", "What"), QCoreApplication.translate("HistoryScreen", "Details"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.record(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == "when":
                return record.changed_at_local.isoformat()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                when = record.changed_at_local
                if self._state.language == "en":
                    return f"{when:%Y-%m-%d %H:%M}"
                text = f"{thai_calendar.format_thai_date(when.date(), thai_calendar.DateStyle.ABBREVIATED)} {when:%H:%M}"
                return thai_calendar.to_thai_digits(text) if self._state.thai_digits else text
            if column == "who":
                return record.user_name
            if column == "action":
                return action_title(record.action)
            if column == "what":
                return table_title(record.table_name)
            return record.summary()
        return None


class HistoryScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScreen")
        self.model = AuditTableModel(state)
        self.proxy, self.filter_edit, self.table = filtered_table(
            self.model, sort_role=Qt.ItemDataRole.UserRole, parent=self,
            filter_placeholder=self.tr("Filter by name, field or value…"),
            select_rows=False, selection_mode=None, hide_row_header=False)

        title = QLabel(self.tr("Change history"))
        title.setObjectName("screenTitle")

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        state.data_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
