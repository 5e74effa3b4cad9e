"""A tambon committee's full member list: see it, add a member, end a membership (kept, with its end date)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.committee_rules import (
    ROLE_LABELS_EN,
    ROLE_LABELS_TH,
    ROLE_ORDER,
    SECTOR_LABELS_EN,
    SECTOR_LABELS_TH,
)
from pcha_desktop.services import committees as committee_service
from pcha_desktop.services.committees import MemberInput, MemberRow
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import CommitteeRole, Sector
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import ERROR_STYLE, date_text, digits
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit



def role_label(state: AppState, role: CommitteeRole) -> str:
    return (ROLE_LABELS_EN if state.language == "en" else ROLE_LABELS_TH)[role]


def sector_label(state: AppState, sector: Sector) -> str:
    return (SECTOR_LABELS_EN if state.language == "en" else SECTOR_LABELS_TH)[sector]


class TambonMembersModel(RecordTableModel[MemberRow]):
    def __init__(self, state: AppState, committee_id: int) -> None:
        super().__init__()
        self._state = state
        self._committee_id = committee_id

    @property
    def members(self) -> list[MemberRow]:
        return self.records

    def reload(self) -> None:
        self.set_records(committee_service.list_members(self._state.database, self._committee_id))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return digits(self._state, str(section + 1))
        return super().headerData(section, orientation, role)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TambonMembersDialog", "Name"),
            QCoreApplication.translate("TambonMembersDialog", "Position"),
            QCoreApplication.translate("TambonMembersDialog", "Organisation"),
            QCoreApplication.translate("TambonMembersDialog", "Role"),
            QCoreApplication.translate("TambonMembersDialog", "Sector"),
            QCoreApplication.translate("TambonMembersDialog", "Since"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.record(index.row())
        return (
            member.full_name,
            member.position,
            member.organisation,
            role_label(self._state, member.role),
            sector_label(self._state, member.sector),
            date_text(self._state, member.start_date),
        )[index.column()]


class TambonMembersDialog(QDialog):
    """Changes are saved when made (Add / End); Close returns whether anything changed."""

    def __init__(self, state: AppState, committee_id: int, tambon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tambonMembersDialog")
        self._state = state
        self._committee_id = committee_id
        self.changed = False
        self.setWindowTitle(self.tr("Members of the committee of %1").replace("%1", tambon_name))
        self.resize(1000, 640)

        self.model = TambonMembersModel(state, committee_id)
        self.table = QTableView()
        self.table.setObjectName("tambonMembersTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # adding a member
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. นาย, นาง, นางสาว"))
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ROLE_ORDER:
            self.role_combo.addItem(role_label(state, role), role.value)
        self.role_combo.setCurrentIndex(ROLE_ORDER.index(CommitteeRole.MEMBER))
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem(sector_label(state, sector), sector.value)
        self.start_edit = ThaiDateEdit(state.today(), language=state.language, thai_digits=state.thai_digits)
        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.setObjectName("addTambonMemberButton")
        self.add_button.clicked.connect(self.add_member)
        add_box = QGroupBox(self.tr("Add a member"))
        form = QFormLayout(add_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        names = QHBoxLayout()
        names.addWidget(self.title_edit, 1)
        names.addWidget(self.first_name_edit, 2)
        names.addWidget(self.last_name_edit, 2)
        form.addRow(self.tr("Title, first name, last name"), names)
        form.addRow(self.tr("Position"), self.position_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        seat = QHBoxLayout()
        seat.addWidget(self.role_combo, 1)
        seat.addWidget(self.sector_combo, 1)
        form.addRow(self.tr("Role and sector"), seat)
        form.addRow(self.tr("Member since"), self.start_edit)
        form.addRow("", self.add_button)

        # ending a membership
        self.end_date_edit = ThaiDateEdit(state.today(), language=state.language,
                                          thai_digits=state.thai_digits)
        self.end_button = QPushButton(self.tr("End the selected membership"))
        self.end_button.setObjectName("endTambonMemberButton")
        self.end_button.clicked.connect(self.end_selected)
        end_row = QHBoxLayout()
        end_row.addWidget(WrappingLabel(self.tr("No longer a member from")))
        end_row.addWidget(self.end_date_edit, 1)
        end_row.addWidget(self.end_button)

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("tambonMembersMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(end_row)
        layout.addWidget(add_box)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.model.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, committee_id: int, tambon_name: str) -> bool | None:
        """Show the member list; True when members were added or ended, else None."""
        dialog = cls(state, committee_id, tambon_name, parent)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return True if changed else None

    def _problem(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def _saved(self) -> None:
        self.message_label.hide()
        self.changed = True
        self.model.reload()
        self._state.notify(changes.TAMBONS)

    def add_member(self) -> bool:
        start = self.start_edit.date()
        if start is None:
            self._problem(self.start_edit.error())
            return False
        member = MemberInput(
            title=self.title_edit.text(), first_name=self.first_name_edit.text(), last_name=self.last_name_edit.text(),
            position=self.position_edit.text(), organisation=self.organisation_edit.text(),
            role=CommitteeRole(self.role_combo.currentData()), sector=Sector(self.sector_combo.currentData()),
            start_date=start,
        )
        try:
            member = committee_service.validate_member_input(member)
            committee_service.add_member(self._state.database, self._committee_id, member, self._state.user_name)
        except UserFacingError as error:
            self._problem(error.message(self._state.language))
            return False
        for edit in (self.title_edit, self.first_name_edit, self.last_name_edit, self.position_edit):
            edit.clear()
        self.first_name_edit.setFocus()
        self._saved()
        return True

    def end_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._problem(self.tr("Choose a member in the list first."))
            return False
        end = self.end_date_edit.date()
        if end is None:
            self._problem(self.end_date_edit.error())
            return False
        member = self.model.members[rows[0].row()]
        try:
            committee_service.end_membership(self._state.database, member.membership_id, end, self._state.user_name)
        except UserFacingError as error:
            self._problem(error.message(self._state.language))
            return False
        self._saved()
        return True
