"""The members table: one row per membership, in the order of the official document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from pcha_desktop.services.committees import MemberRow
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees.common import digits, show_date
from pcha_desktop.ui.committees.member_dialog import role_label, sector_label
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole


class MembersModel(RecordTableModel[MemberRow]):
    COLUMNS = ("number", "name", "position", "organisation", "sector", "role", "start_date")

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    @property
    def members(self) -> list[MemberRow]:
        return self.records

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("MembersModel", "No."),
            QCoreApplication.translate("MembersModel", "Name"),
            QCoreApplication.translate("MembersModel", "Position"),
            QCoreApplication.translate("MembersModel", "Organisation"),
            QCoreApplication.translate("MembersModel", "Sector"),
            QCoreApplication.translate("MembersModel", "Committee role"),
            QCoreApplication.translate("MembersModel", "Member from"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self.record(index.row())
        column = self.COLUMNS[index.column()]
        if role == MEMBERSHIP_ID_ROLE:
            return member.membership_id
        if role == SORT_ROLE:
            if column == "number":
                return index.row()
            if column == "start_date":
                return member.start_date.isoformat()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "number":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and member.end_date is not None:
            return QCoreApplication.translate("MembersModel", "Member until {date}").format(
                date=show_date(self._state, member.end_date))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "number":
            return digits(self._state, str(index.row() + 1))
        if column == "name":
            return member.full_name
        if column == "position":
            return member.position
        if column == "organisation":
            return member.organisation
        if column == "sector":
            return sector_label(self._state, member.sector)
        if column == "role":
            return role_label(self._state, member.role)
        return show_date(self._state, member.start_date)

    def row_of(self, membership_id: int) -> int | None:
        return next((row for row, m in enumerate(self.records) if m.membership_id == membership_id), None)
