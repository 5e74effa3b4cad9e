"""The tambon committees table: every tambon-level committee of the district, edited in place for quick entry.

One row per committee, grouped under its tambon: the whole tambon's committee and those of the รพ.สต. areas
in it; a tambon that no committee covers has one row that invites to add one (tick "Committee").

Type across a row (Tab goes to the next cell you can type in, Shift+Tab back), Enter goes to the next row
at the column where you started; each change is saved when it is made (Ctrl+Z undoes it). A value that
cannot be right (a count of "๑๘x") is not stored: the message says why and the cell stays selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.services import committees as committee_service
from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.tambon_committees import MAX_MEETINGS, MAX_MEMBER_COUNT, TambonCommitteeEntry, TambonStatus
from pcha_desktop.domain.committee_terms import PlanStatus
from pcha_desktop.storage.models import CommitteeRole
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.tambons.area_dialog import AreaCommitteeDialog
from pcha_desktop.ui.tambons.common import (
    RowsSizedWhenNeeded,
    ERROR_STYLE,
    PLAN_STATUSES,
    date_text,
    digits,
    fiscal_year_in_view,
    parse_whole_number,
    plan_status_label,
)
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel
from pcha_desktop.ui.widgets.filtered_table import filtered_table
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

TAMBON, HAS_COMMITTEE, CHAIR, MEMBERS, PLAN, MEETINGS, LAST_VISIT = range(7)
COLUMN_COUNT = 7
TYPED_COLUMNS = (CHAIR, MEMBERS, PLAN, MEETINGS)  # where Tab stops


def _key(row: TambonStatus) -> tuple[str, str]:
    """A row's place: its tambon and area ("" the whole tambon's committee, or none yet)."""
    return row.tambon.code, row.area_name


def committee_label(row: TambonStatus) -> str:
    """How messages name the committee of a row: "ตำบลวังชิ้น", or "รพ.สต.บ้านแม่ลาน (ตำบลวังชิ้น)"."""
    return f"{row.area_name} ({row.tambon.official_name})" if row.area_name else row.tambon.official_name



class TambonCellEdit(SavedChange):
    """One saved cell. The change is already saved when the command is pushed; undo writes the old value
    back and redo the new one, each in its own transaction; a refusal (e.g. a chair replaced since) is told
    and the stack stays where it was (ui/core/undo.py)."""

    changes = (changes.TAMBONS,)

    def __init__(self, state: AppState, label: str, write: Callable[[Any], None], old: Any, new: Any,
                 model: TambonTableModel | None = None) -> None:
        super().__init__(state, label, owner=model, tell=self._tell_model if model is not None else None)
        self._write = write
        self._old = old
        self._new = new

    def apply(self) -> None:
        self._write(self._new)

    def revert(self) -> None:
        self._write(self._old)

    def _tell_model(self, text: str, error: bool) -> None:
        model = self.live_owner()
        (model.problem if error else model.saved_text).emit(text)


class TambonTableModel(RecordTableModel[TambonStatus]):
    problem = Signal(str)  # a value was refused: the message in the user's language
    saved = Signal(str)  # a value was saved: what was done
    saved_text = Signal(str)  # an undo or redo was done: the whole message

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state
        self._headers: tuple[str, tuple[str, ...]] | None = None  # (language, headers)
        self._texts: list[tuple[str, ...]] = []  # what each cell shows, made in reload()

    @property
    def rows(self) -> list[TambonStatus]:
        return self.records

    # --- loading ---

    def reload(self) -> None:
        rows = tambon_service.committees_overview(self._state.database, fiscal_year_in_view(self._state), self._state.today())
        texts = [self._display_texts(row) for row in rows]  # once here, not at each of Qt's many data() calls
        if [_key(row) for row in rows] == [_key(row) for row in self.records]:
            self.records, self._texts = rows, texts  # same rows: refresh in place (the current cell and editor stay)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, LAST_VISIT))
            return
        self.beginResetModel()
        self.records, self._texts = rows, texts
        self.endResetModel()

    def _display_texts(self, row: TambonStatus) -> tuple[str, ...]:
        has_committee = row.committee_id is not None
        if row.last_visit is not None:
            visit = date_text(self._state, row.last_visit)
        else:
            visit = QCoreApplication.translate("TambonCommitteesTab", "Not visited") if has_committee else ""
        if not has_committee:
            committee = QCoreApplication.translate("TambonCommitteesTab", "None yet: tick to add")
        else:
            committee = row.area_name or QCoreApplication.translate("TambonCommitteesTab", "Whole tambon")
        return (
            row.tambon.official_name,
            committee,
            row.chair_name,
            "" if row.member_count is None else digits(self._state, str(row.member_count)),
            plan_status_label(self._state, row.plan_status) if has_committee else "",
            digits(self._state, str(row.meetings_held)) if has_committee else "",
            visit,
        )

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def row_of(self, tambon_code: str, area_name: str | None = None) -> int:
        """The tambon's first row, or (``area_name``) the row of that committee ("" the whole tambon's)."""
        return next(number for number, row in enumerate(self.records)
                    if row.tambon.code == tambon_code and (area_name is None or row.area_name == area_name))

    def row_of_committee(self, committee_id: int) -> int | None:
        return next((number for number, row in enumerate(self.records) if row.committee_id == committee_id), None)

    def _continues_tambon(self, number: int) -> bool:
        return number > 0 and self.records[number - 1].tambon.code == self.records[number].tambon.code

    # --- Qt model ---

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT  # asked very often: no translating the headers for it

    def headers(self) -> tuple[str, ...]:
        if self._headers is None or self._headers[0] != self._state.language:
            self._headers = (self._state.language, self._translated_headers())
        return self._headers[1]

    def _translated_headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TambonCommitteesTab", "Tambon"),
            QCoreApplication.translate("TambonCommitteesTab", "Committee (area)"),
            QCoreApplication.translate("TambonCommitteesTab", "Chair"),
            QCoreApplication.translate("TambonCommitteesTab", "Members"),
            QCoreApplication.translate("TambonCommitteesTab", "Plan status"),
            QCoreApplication.translate("TambonCommitteesTab", "Meetings in the year"),
            QCoreApplication.translate("TambonCommitteesTab", "Last visit in the year"),
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == HAS_COMMITTEE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in TYPED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        row = self.record(index.row())
        column = index.column()
        has_committee = row.committee_id is not None
        if role == Qt.ItemDataRole.CheckStateRole and column == HAS_COMMITTEE:
            return Qt.CheckState.Checked if has_committee else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return {
                CHAIR: row.chair_name,
                MEMBERS: "" if row.member_count is None else str(row.member_count),
                PLAN: row.plan_status.value,
                MEETINGS: str(row.meetings_held) if has_committee else "",
            }.get(column, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.ForegroundRole and column == TAMBON and self._continues_tambon(index.row()):
            return QColor("#808080")  # the same tambon as the row above: its next committee
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return {
                TAMBON: f"{row.tambon.code}:{index.row():05d}",  # by code, its committees in the service's order
                HAS_COMMITTEE: int(has_committee),
                CHAIR: row.chair_name,
                MEMBERS: -1 if row.member_count is None else row.member_count,
                PLAN: PLAN_STATUSES.index(row.plan_status) if has_committee else -1,
                MEETINGS: row.meetings_held if has_committee else -1,
                LAST_VISIT: row.last_visit.isoformat() if row.last_visit else "",
            }.get(column, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MEMBERS and row.has_member_list:
                return QCoreApplication.translate("TambonCommitteesTab", "Counted from the member list unless you type a number (leave it empty to count the list).")
            if column == HAS_COMMITTEE and not has_committee:
                return QCoreApplication.translate("TambonCommitteesTab", "Tick when the tambon has its committee (typing a chair or a count does it too).")
            if column == HAS_COMMITTEE:
                return committee_label(row)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MEMBERS, MEETINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.record(index.row())
        column = index.column()
        try:
            if column == HAS_COMMITTEE and role == Qt.ItemDataRole.CheckStateRole:
                return self._set_has_committee(row, Qt.CheckState(value) == Qt.CheckState.Checked)
            if role != Qt.ItemDataRole.EditRole:
                return False
            if column == CHAIR:
                return self._set_chair(row, " ".join(str(value or "").split()))
            if column == MEMBERS:
                return self._set_member_count(row, str(value or ""))
            if column == PLAN:
                return self._set_plan(row, PlanStatus(value))
            if column == MEETINGS:
                return self._set_meetings(row, str(value or ""))
        except UserFacingError as error:
            problems = getattr(error, "problems", None)
            if problems:
                language = self._state.language
                self.problem.emit(" ".join(p.message_en if language == "en" else p.message_th for p in problems))
            else:
                self.problem.emit(error.message(self._state.language))
            return False
        return False

    # --- saving one cell ---

    def _done(self, label: str, write: Callable[[Any], None] | None = None, old: Any = None, new: Any = None) -> bool:
        if write is not None:
            self._state.undo_stack.push(TambonCellEdit(self._state, label, write, old, new, self))
        self.saved.emit(label)
        self._state.notify(changes.TAMBONS)  # the screen reloads in place
        return True

    def _entry(self, row: TambonStatus, **values: Any) -> None:
        """Save through the quick-entry service: it creates the committee when the tambon has none."""
        entry = TambonCommitteeEntry(tambon_code=row.tambon.code, area_name=row.area_name, **values)
        tambon_service.save_tambon_rows(self._state.database, fiscal_year_in_view(self._state), [entry],
                                        self._state.user_name, as_of=self._state.today())

    def _set_has_committee(self, row: TambonStatus, checked: bool) -> bool:
        if checked == (row.committee_id is not None):
            return True
        if not checked:
            self.problem.emit(QCoreApplication.translate("TambonCommitteesTab", 
                "A tambon committee is not removed here: open its member list and end the memberships instead."
            ))
            return False
        tambon_service.ensure_tambon_committee(self._state.database, row.tambon.code, self._state.user_name)
        return self._done(QCoreApplication.translate("TambonCommitteesTab", "Committee added: %1").replace("%1", committee_label(row)))

    def _set_chair(self, row: TambonStatus, name: str) -> bool:
        if name == row.chair_name:
            return True
        if not name:
            self.problem.emit(QCoreApplication.translate("TambonCommitteesTab", "To remove the chair, end the membership in the member list."))
            return False
        self._entry(row, chair_name=name)
        code, area = row.tambon.code, row.area_name

        def write(value: str) -> None:
            if value:
                self._write_chair(code, area, value)
            else:
                self._end_chair(code, area)

        label = QCoreApplication.translate("TambonCommitteesTab", "Chair of %1: %2").replace("%1", committee_label(row)).replace("%2", name)
        return self._done(label, write, row.chair_name, name)

    def _write_chair(self, code: str, area: str, name: str) -> None:
        entry = TambonCommitteeEntry(tambon_code=code, chair_name=name, area_name=area)
        tambon_service.save_tambon_rows(self._state.database, fiscal_year_in_view(self._state), [entry],
                                        self._state.user_name, as_of=self._state.today())

    def _end_chair(self, code: str, area: str) -> None:
        """Undo of a committee's first chair: the membership ends the day it started (as if never made)."""
        committee_id = self._committee_id_of(code, area)
        if committee_id is None:
            return
        for member in committee_service.list_members(self._state.database, committee_id):
            if member.role == CommitteeRole.CHAIR:
                committee_service.end_membership(self._state.database, member.membership_id, member.start_date,
                                                 self._state.user_name)

    def _committee_id_of(self, code: str, area: str) -> int | None:
        """The committee of the tambon's row (``area`` "" the whole tambon's), made perhaps by the edit undone."""
        statuses = tambon_service.committees_overview(self._state.database, fiscal_year_in_view(self._state), self._state.today())
        return next((s.committee_id for s in statuses if s.tambon.code == code and s.area_name == area), None)

    def _set_member_count(self, row: TambonStatus, text: str) -> bool:
        try:
            count = parse_whole_number(text)
        except ValueError:
            count = -1
        if count is not None and not 0 <= count <= MAX_MEMBER_COUNT:
            self.problem.emit(
                QCoreApplication.translate("TambonCommitteesTab", "“%1” is not a member count: type a whole number from 0 to %2.")
                .replace("%1", text.strip()).replace("%2", str(MAX_MEMBER_COUNT))
            )
            return False
        code, area = row.tambon.code, row.area_name
        label = QCoreApplication.translate("TambonCommitteesTab", "Members of %1: %2").replace("%1", committee_label(row)).replace("%2", "" if count is None else str(count))
        if row.committee_id is None:
            if count is None:
                return True
            self._entry(row, member_count=count)
            old = None
        else:
            old = committee_service.get_committee(self._state.database, row.committee_id).declared_member_count
            if old == count:
                return True
            tambon_service.set_declared_member_count(self._state.database, row.committee_id, count, self._state.user_name)

        def write(value: int | None) -> None:
            committee_id = self._committee_id_of(code, area)
            if committee_id is not None:
                tambon_service.set_declared_member_count(self._state.database, committee_id, value, self._state.user_name)

        return self._done(label, write, old, count)

    def _set_year_value(self, row: TambonStatus, label: str, old: Any, new: Any, field: str) -> bool:
        fiscal_year = fiscal_year_in_view(self._state)
        if row.committee_id is None:
            self._entry(row, **{field: new})
        else:
            tambon_service.set_tambon_year(self._state.database, row.committee_id, fiscal_year,
                                           self._state.user_name, **{field: new})
        code, area = row.tambon.code, row.area_name

        def write(value: Any) -> None:
            committee_id = self._committee_id_of(code, area)
            if committee_id is not None:
                tambon_service.set_tambon_year(self._state.database, committee_id, fiscal_year,
                                               self._state.user_name, **{field: value})

        return self._done(label, write, old, new)

    def _set_plan(self, row: TambonStatus, status: PlanStatus) -> bool:
        if row.committee_id is not None and status == row.plan_status:
            return True
        label = QCoreApplication.translate("TambonCommitteesTab", "Plan status of %1: %2").replace("%1", committee_label(row)).replace(
            "%2", plan_status_label(self._state, status))
        return self._set_year_value(row, label, row.plan_status, status, "plan_status")

    def _set_meetings(self, row: TambonStatus, text: str) -> bool:
        try:
            meetings = parse_whole_number(text)
        except ValueError:
            meetings = -1
        if meetings is None:
            meetings = 0
        if not 0 <= meetings <= MAX_MEETINGS:
            self.problem.emit(
                QCoreApplication.translate("TambonCommitteesTab", "“%1” is not a number of meetings: type a whole number from 0 to %2.")
                .replace("%1", text.strip()).replace("%2", str(MAX_MEETINGS))
            )
            return False
        if row.committee_id is not None and meetings == row.meetings_held:
            return True
        label = QCoreApplication.translate("TambonCommitteesTab", "Meetings of %1: %2").replace("%1", committee_label(row)).replace("%2", str(meetings))
        return self._set_year_value(row, label, row.meetings_held, meetings, "meetings_held")


class PlanStatusDelegate(WrappingItemDelegate):
    """A combo of the three plan statuses (Thai labels in the Thai interface)."""

    def __init__(self, view: QAbstractItemView, state: AppState) -> None:
        super().__init__(view)
        self._state = state

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("planStatusEditor")
        for status in PLAN_STATUSES:
            combo.addItem(plan_status_label(self._state, status), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class QuickEntryTable(QTableView):
    """A table for typing: Tab/Shift+Tab move between the cells one types in (to the next row after the
    last), Enter goes down to the next row at the column where the row was started, and editing starts
    as soon as one types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_column = CHAIR
        self._tabbing = False
        self._refused = False
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self.model()
        current = self.currentIndex()
        if model is None or model.rowCount() == 0:
            return QModelIndex()
        stops = [(row, column) for row in range(model.rowCount()) for column in TYPED_COLUMNS]
        here = (current.row(), current.column()) if current.isValid() else (0, CHAIR - 1)
        if action == QAbstractItemView.CursorAction.MoveNext:
            following = [stop for stop in stops if stop > here]
            target = following[0] if following else stops[0]
        else:
            preceding = [stop for stop in stops if stop < here]
            target = preceding[-1] if preceding else stops[-1]
        return model.index(*target)

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        if current.isValid() and not self._tabbing and current.column() in TYPED_COLUMNS:
            self._entry_column = current.column()

    def note_refused(self) -> None:
        """The value being committed was refused: the editor opens again on the same cell."""
        if self.state() == QAbstractItemView.State.EditingState:
            self._refused = True

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if self._refused:
            self._refused = False
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.edit(self.currentIndex())
            return
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem, QAbstractItemDelegate.EndEditHint.EditPreviousItem):
            self._tabbing = True
            try:
                super().closeEditor(editor, hint)
            finally:
                self._tabbing = False
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.go_to_next_row(edit=True)

    def go_to_next_row(self, *, edit: bool) -> None:
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid() or current.row() + 1 >= model.rowCount():
            return
        target = model.index(current.row() + 1, self._entry_column)
        self._tabbing = True  # keep the entry column
        try:
            self.setCurrentIndex(target)
        finally:
            self._tabbing = False
        self.scrollTo(target)
        if edit:
            self.edit(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.go_to_next_row(edit=False)
            return
        super().keyPressEvent(event)


class TambonCommitteesTab(QWidget):
    """Tab 1: the tambons and their committees."""

    members_requested = Signal(int, str)  # committee id, tambon's official name

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tambonCommitteesTab")
        self._state = state
        self.model = TambonTableModel(state)
        # The quick-entry table keeps its own edit triggers and single selection, and selects cells.
        self.proxy, self.filter_edit, self.table = filtered_table(
            self.model, sort_role=Qt.ItemDataRole.UserRole, parent=self, table=QuickEntryTable(),
            filter_placeholder=self.tr("Filter by tambon, area or chair…"),
            select_rows=False, selection_mode=None, editable=True)
        self.proxy.setDynamicSortFilter(False)  # rows do not jump while one types

        self.explanation = WrappingLabel(self.tr(
            "Type straight into the table: Tab moves to the next cell, Enter to the next row. Each change is "
            "saved at once (Ctrl+Z undoes it). Typing a chair or a count for a tambon without a committee "
            "creates its committee. A tambon may have a committee for each รพ.สต. area instead of one for the "
            "whole tambon."
        ))
        self.summary_label = WrappingLabel()
        self.summary_label.setObjectName("tambonSummary")
        self.summary_label.setStyleSheet("font-weight: bold;")
        self.filter_edit.setObjectName("tambonFilter")
        self.members_button = QPushButton(self.tr("Member list…"))
        self.members_button.setObjectName("tambonMembersButton")
        self.members_button.setToolTip(self.tr("The member list of the committee in the selected row"))
        self.members_button.clicked.connect(self.open_members)
        self.add_area_button = QPushButton(self.tr("Add a committee for a รพ.สต. area…"))
        self.add_area_button.setObjectName("addAreaCommitteeButton")
        self.add_area_button.clicked.connect(self.add_area_committee)

        self.table.setObjectName("tambonTable")
        self.plan_delegate = PlanStatusDelegate(self.table, state)
        self.table.setItemDelegateForColumn(PLAN, self.plan_delegate)
        self.table.sortByColumn(TAMBON, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the chair's column keeps its names whole; the last takes the rest
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._sized = False
        self._advances: dict[str, int] = {}
        self._rows = RowsSizedWhenNeeded(self.table, self._fits_one_line, self._size_columns_once)

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("tambonMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.status_label = WrappingLabel()
        self.status_label.setObjectName("tambonStatus")
        self.model.problem.connect(self._show_problem)
        self.model.problem.connect(lambda _message: self.table.note_refused())
        self.model.saved.connect(self._show_saved)
        self.model.saved_text.connect(self._show_done)

        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.add_area_button)
        tools.addWidget(self.members_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary_label)
        layout.addLayout(tools)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self._show_summary()
        self._rows.request()

    def _text_room(self, column: int) -> int:
        """Pixels a cell of the column takes besides its text (margins; the tick box of "Committee")."""
        style = self.table.style()
        room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        return room + (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8 if column == HAS_COMMITTEE else 0)

    def _advance(self, text: str) -> int:
        """The text's width in the table's font, remembered (measuring shaped Thai costs)."""
        width = self._advances.get(text)
        if width is None:
            width = self._advances[text] = self.table.fontMetrics().horizontalAdvance(text)
        return width

    def _size_columns(self) -> None:
        """Columns as wide as their longest text (measured once, not through the delegate for each cell);
        when they do not all fit, the committee's area and then the plan status wrap (never the names)."""
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            widest = max((self._advance(self.model.text(row, column)) for row in range(self.model.rowCount())), default=0)
            header.resizeSection(column, min(max(widest + self._text_room(column), header.sectionSizeHint(column)), 320))
        excess = sum(header.sectionSize(column) for column in range(COLUMN_COUNT)) - self.table.viewport().width()
        for column, narrowest in ((HAS_COMMITTEE, 140), (PLAN, 130)):
            if excess > 0:
                cut = min(excess, max(header.sectionSize(column) - narrowest, 0))
                header.resizeSection(column, header.sectionSize(column) - cut)
                excess -= cut

    def _size_columns_once(self) -> None:
        if not self._sized and self.model.rows:  # once: the user may change the widths afterwards
            self._sized = True
            self._size_columns()

    def _fits_one_line(self, proxy_row: int) -> bool:
        """Whether every text of the row fits its column on one line (then it is not measured further)."""
        row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        return all(self._advance(self.model.text(row, column)) <= self.table.columnWidth(column) - self._text_room(column)
                   for column in range(COLUMN_COUNT))

    def _show_summary(self) -> None:
        rows = self.model.rows
        with_committee = [row for row in rows if row.committee_id is not None]
        members = sum(row.member_count or 0 for row in with_committee)
        approved = sum(1 for row in with_committee if row.plan_status == PlanStatus.APPROVED)
        tambons = {row.tambon.code: row for row in rows}
        not_visited = sum(1 for row in tambons.values() if row.last_visit is None)
        uncovered = len(tambons) - len({row.tambon.code for row in with_committee})
        text = (
            self.tr("Tambons: %1 · committees: %2 · members: %3 · with an approved plan: %4 · "
                    "tambons not visited this fiscal year: %5 · tambons without a committee: %6")
            .replace("%1", str(len(tambons))).replace("%2", str(len(with_committee))).replace("%3", f"{members:,}")
            .replace("%4", str(approved)).replace("%5", str(not_visited)).replace("%6", str(uncovered))
        )
        self.summary_label.setText(digits(self._state, text))

    def _show_problem(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        self.status_label.setText("")

    def _show_saved(self, what: str) -> None:
        self.message_label.hide()
        self.status_label.setText(self.tr("Saved: %1").replace("%1", what))

    def _show_done(self, text: str) -> None:
        self.message_label.hide()
        self.status_label.setText(text)

    def source_row(self, proxy_row: int) -> TambonStatus:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    def proxy_index(self, tambon_code: str, column: int, area_name: str | None = None) -> QModelIndex:
        """The cell of the tambon's first row, or (``area_name``) of that committee's row."""
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(tambon_code, area_name), column))

    def selected_status(self) -> TambonStatus | None:
        current = self.table.currentIndex()
        return self.source_row(current.row()) if current.isValid() else None

    def open_members(self) -> None:
        status = self.selected_status()
        if status is None:
            self._show_problem(self.tr("Choose a tambon in the table first."))
            return
        if status.committee_id is None:
            self._show_problem(self.tr("%1 has no committee yet: tick its box in the “Committee (area)” column first, or add a committee for a รพ.สต. area.")
                               .replace("%1", status.tambon.official_name))
            return
        self.message_label.hide()
        self.members_requested.emit(status.committee_id, committee_label(status))

    def add_area_committee(self) -> int | None:
        """Ask the tambon and the รพ.สต.'s name, add that area's committee and go to its row (its id)."""
        current = self.selected_status()
        answer = AreaCommitteeDialog.ask(self, self._state, current.tambon.code if current else None)
        if answer is None:
            return None
        tambon_code, area_name = answer
        try:
            committee = tambon_service.add_area_committee(self._state.database, tambon_code, area_name,
                                                          self._state.user_name)
        except UserFacingError as error:
            self._show_problem(error.message(self._state.language))
            return None
        self._state.notify(changes.TAMBONS)
        self.reload()
        row = self.model.row_of_committee(committee.id)
        if row is not None:
            target = self.proxy.mapFromSource(self.model.index(row, CHAIR))
            self.table.setCurrentIndex(target)
            self.table.scrollTo(target)
            self.table.setFocus()
            self._show_saved(self.tr("Committee added: %1").replace("%1", committee_label(self.model.rows[row])))
        return committee.id
