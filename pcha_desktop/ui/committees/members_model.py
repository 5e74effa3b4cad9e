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
        self._texts: list[tuple[str, ...] | None] = []

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

    def records_replaced(self) -> None:
        self._texts = [None] * len(self.records)

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown (made once per reload: views ask for each many times)."""
        texts = self._texts[row]
        if texts is None:
            member = self.records[row]
            texts = self._texts[row] = (
                digits(self._state, str(row + 1)), member.full_name, member.position, member.organisation,
                sector_label(self._state, member.sector), role_label(self._state, member.role),
                show_date(self._state, member.start_date),
            )
        return texts

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        member = self.record(row)
        name = self.COLUMNS[column]
        if role == MEMBERSHIP_ID_ROLE:
            return member.membership_id
        if role == SORT_ROLE:
            if name == "number":
                return row
            if name == "start_date":
                return member.start_date.isoformat()
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "number":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and member.end_date is not None:
            return QCoreApplication.translate("MembersModel", "Member until {date}").format(
                date=show_date(self._state, member.end_date))
        return None

    def row_of(self, membership_id: int) -> int | None:
        return next((row for row, m in enumerate(self.records) if m.membership_id == membership_id), None)
