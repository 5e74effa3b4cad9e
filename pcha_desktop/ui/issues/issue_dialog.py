"""An issue of the year, added or edited in one dialog (one transaction when saved): its details (title, area
in Khon Kaen's frame, the dimensions it covers with a nudge past health alone, situation analysis, the
subcommittee that drives it), its target groups with counts, its goals as objectives with key results (a key
result may be measured by one of its KPIs), and the obstacles and suggestions written each quarter.

The dialog saves when Save is pressed (``issues.save_issue`` / ``issues.add_issue_with``); a refusal (a count
that is not a whole number, a title left empty) is shown in it, on the tab concerned, and nothing is saved.
After ``exec`` the screen reads ``issue_id``, ``before`` and ``after`` to push the undo step."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.kpis import Dimension, IssueArea, TargetGroup
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.issues import (
    IssueDetails,
    IssueEdit,
    IssueView,
    KeyResultInput,
    ObjectiveInput,
    QuarterNoteView,
    TargetGroupInput,
)
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.common import term
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel

NUDGE_STYLE = "color: #8a4b00; background: #fff4ce; border: 1px solid #e0b100; border-radius: 4px; padding: 4px;"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # a goals row: "objective" or "key_result"
OBJECTIVE, KEY_RESULT = "objective", "key_result"
GROUP, LABEL, COUNT = range(3)  # the target groups' columns
KIND, TEXT, MEASURED_BY = range(3)  # the goals' columns
DETAILS_TAB, GROUPS_TAB, GOALS_TAB, NOTES_TAB = range(4)
FIELD_TABS = {"count": GROUPS_TAB, "Target group count": GROUPS_TAB, "target_group_label": GROUPS_TAB, "objective": GOALS_TAB,
              "key_result": GOALS_TAB, "kpi_id": GOALS_TAB, "obstacles": NOTES_TAB, "suggestions": NOTES_TAB}


class ChoiceDelegate(QStyledItemDelegate):
    """A cell chosen from a list (shown as its label, kept as its value in ``Qt.UserRole``): a combo box opens
    for typing, and the arrow keys choose."""

    def __init__(self, choices: list[tuple[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for text, value in self.choices:
            editor.addItem(text, value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


def choice_item(choices: list[tuple[str, object]], value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(next((text for text, v in choices if v == value), choices[0][0]))
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


def _table(columns: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    triggers = QAbstractItemView.EditTrigger
    table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                          | triggers.SelectedClicked)
    table.setTabKeyNavigation(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def commit_typing(table: QAbstractItemView) -> None:
    """The cell still being typed in counts (Save pressed from the keyboard leaves it open)."""
    if table.state() == QAbstractItemView.State.EditingState:
        current = table.currentIndex()
        table.setCurrentIndex(current.siblingAtColumn((current.column() + 1) % table.model().columnCount()))
        table.setCurrentIndex(current)


def _plain_text(text: str, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    return edit


class IssueDialog(QDialog):
    """``view`` None: a new issue of ``fiscal_year``; else that issue. ``quarter`` is the quarter whose notes
    show first."""

    def __init__(self, state: AppState, fiscal_year: int, view: IssueView | None = None, quarter: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self._state = state
        self.fiscal_year = fiscal_year
        self.view = view
        self.issue_id: int | None = view.id if view else None
        self.before: IssueEdit | None = issue_service.issue_edit_of(view) if view else None
        self.after: IssueEdit | None = None
        year = digits(state, str(fiscal_year))
        self.setWindowTitle(self.tr("Edit the issue") if view else self.tr("Add an issue of fiscal year %1")
                            .replace("%1", year))
        self.resize(900, 600)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("issueTabs")
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._groups_tab(), self.tr("Target groups"))
        self.tabs.addTab(self._goals_tab(), self.tr("Goals (OKR)"))
        self.tabs.addTab(self._notes_tab(quarter), self.tr("Obstacles and suggestions"))

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("issueDialogMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._update_nudge()
        self._update_goal_buttons()

    # --- details ---

    def _details_tab(self) -> QWidget:
        view, state = self.view, self._state
        self.title_edit = QLineEdit(view.title if view else "")
        self.title_edit.setObjectName("issueTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Road injuries and deaths"))
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("issueAreaCombo")
        for area in IssueArea:
            self.area_combo.addItem(term(state, area), area)
        self.area_combo.setCurrentIndex(self.area_combo.findData(view.area if view else IssueArea.LOCAL_ISSUE))
        self.dimension_boxes: dict[Dimension, QCheckBox] = {}
        dimensions_row = QHBoxLayout()
        for dimension in Dimension:
            box = QCheckBox(term(state, dimension))
            box.setObjectName(f"dimension_{dimension.value}")
            box.setChecked(bool(view and dimension in view.dimensions))
            box.toggled.connect(self._update_nudge)
            self.dimension_boxes[dimension] = box
            dimensions_row.addWidget(box)
        dimensions_row.addStretch(1)
        self.nudge_label = WrappingLabel(self.tr(
            "Health alone? Khon Kaen's step 5 asks each issue to look past health: which economic, social or"
            " environmental causes does this issue touch? Tick them too if it does."))
        self.nudge_label.setObjectName("healthOnlyNudge")
        self.nudge_label.setStyleSheet(NUDGE_STYLE)
        self.nudge_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.situation_edit = _plain_text(view.situation_analysis if view else "", "situationEdit")
        self.situation_edit.setPlaceholderText(self.tr("The situation: figures, causes, who is affected, what is"
                                                       " done already"))
        self.subcommittee_label = WrappingLabel(self._subcommittee_text())
        self.subcommittee_label.setObjectName("subcommitteeLabel")
        self.subcommittee_label.setStyleSheet("color: #5f6368;")
        grid = QGridLayout()
        rows = ((self.tr("Title"), self.title_edit), (self.tr("Area"), self.area_combo),
                (self.tr("Dimensions"), dimensions_row), ("", self.nudge_label),
                (self.tr("Situation analysis"), self.situation_edit), (self.tr("Driven by"), self.subcommittee_label))
        for row, (title, field) in enumerate(rows):
            align = Qt.AlignmentFlag.AlignTop if field is self.situation_edit else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(QLabel(title), row, 0, align)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
        grid.setRowStretch(4, 1)  # the situation analysis takes the height left
        grid.setColumnStretch(1, 1)
        tab = QWidget()
        tab.setLayout(grid)
        return tab

    def _subcommittee_text(self) -> str:
        if self.view is None:
            return self.tr("A subcommittee for the issue is created with it; appoint its members in the Committees"
                           " section.")
        summary = issue_service.issue_subcommittee_summary(self._state.database, self.view.id, self._state.today())
        if summary is None:
            return self.tr("No subcommittee yet: open the issue in the Committees section to create it.")
        return (self.tr("%1 — %2 member(s) now. Its members and appointment orders are in the Committees section.")
                .replace("%1", summary.name).replace("%2", digits(self._state, str(summary.current_members))))

    def _update_nudge(self) -> None:
        self.nudge_label.setVisible(k.health_only(self.dimensions()))

    def dimensions(self) -> frozenset[Dimension]:
        return frozenset(d for d, box in self.dimension_boxes.items() if box.isChecked())

    # --- target groups ---

    def _groups_tab(self) -> QWidget:
        state = self._state
        self.group_choices: list[tuple[str, object]] = [(term(state, group), group) for group in TargetGroup]
        self.groups_table = _table([self.tr("Group"), self.tr("Detail (for another group)"), self.tr("People")],
                                   LABEL)
        self.groups_table.setObjectName("targetGroupsTable")
        self.groups_table.setItemDelegateForColumn(GROUP, ChoiceDelegate(self.group_choices, self.groups_table))
        self.groups_table.setColumnWidth(GROUP, 300)
        self.groups_table.setColumnWidth(COUNT, 110)
        for group in self.view.target_groups if self.view else ():
            self.add_group_row(group.group, group.label, digits(state, str(group.count)))
        add = QPushButton(self.tr("Add a group"))
        add.setObjectName("addGroupButton")
        add.clicked.connect(lambda: self.add_group_row(focus=True))
        remove = QPushButton(self.tr("Remove the group"))
        remove.setObjectName("removeGroupButton")
        remove.clicked.connect(lambda: self._remove_row(self.groups_table))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        note = WrappingLabel(self.tr("Counts of people only: no names and no health details of anyone."))
        note.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout()
        layout.addWidget(note)
        layout.addWidget(self.groups_table, 1)
        layout.addLayout(buttons)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def add_group_row(self, group: TargetGroup = TargetGroup.ELDERLY_BED_BOUND, label: str = "", count: str = "",
                      focus: bool = False) -> int:
        table = self.groups_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, GROUP, choice_item(self.group_choices, group))
        table.setItem(row, LABEL, QTableWidgetItem(label))
        count_item = QTableWidgetItem(count)
        count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, COUNT, count_item)
        if focus:
            table.setFocus()
            table.setCurrentCell(row, GROUP)
        return row

    def target_groups(self) -> tuple[TargetGroupInput, ...]:
        table = self.groups_table
        return tuple(TargetGroupInput(table.item(row, GROUP).data(Qt.ItemDataRole.UserRole),
                                      table.item(row, COUNT).text(), table.item(row, LABEL).text())
                     for row in range(table.rowCount()))

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    # --- goals ---

    def _goals_tab(self) -> QWidget:
        self.kpi_choices: list[tuple[str, object]] = [(self.tr("— not measured by a KPI —"), None)]
        self.kpi_choices += [(kpi.name, kpi.id) for kpi in (self.view.kpis if self.view else ())]
        self.goals_table = _table([self.tr("Kind"), self.tr("Objective or key result"), self.tr("Measured by KPI")],
                                  TEXT)
        self.goals_table.setObjectName("goalsTable")
        self.goals_table.setItemDelegateForColumn(MEASURED_BY, ChoiceDelegate(self.kpi_choices, self.goals_table))
        self.goals_table.setColumnWidth(KIND, 120)
        self.goals_table.setColumnWidth(MEASURED_BY, 280)
        self.goals_table.currentCellChanged.connect(lambda *_: self._update_goal_buttons())
        for objective in self.view.objectives if self.view else ():
            self.add_goal_row(OBJECTIVE, objective.text)
            for result in objective.key_results:
                self.add_goal_row(KEY_RESULT, result.text, result.kpi_id)
        self.add_objective_button = QPushButton(self.tr("Add an objective"))
        self.add_objective_button.setObjectName("addObjectiveButton")
        self.add_objective_button.clicked.connect(lambda: self.add_goal_row(OBJECTIVE, focus=True))
        self.add_key_result_button = QPushButton(self.tr("Add a key result"))
        self.add_key_result_button.setObjectName("addKeyResultButton")
        self.add_key_result_button.clicked.connect(lambda: self.add_goal_row(KEY_RESULT, focus=True))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeGoalButton")
        remove.setToolTip(self.tr("Remove the chosen row (an objective goes with its key results)"))
        remove.clicked.connect(self.remove_goal_row)
        buttons = QHBoxLayout()
        for button in (self.add_objective_button, self.add_key_result_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = WrappingLabel(self.tr("Each objective (what the district wants to change) has key results (how it"
                                     " will know); a key result may be measured by one of the issue's KPIs."))
        note.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout()
        layout.addWidget(note)
        layout.addWidget(self.goals_table, 1)
        layout.addLayout(buttons)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def add_goal_row(self, kind: str, text: str = "", kpi_id: int | None = None, focus: bool = False) -> int:
        """An objective goes last; a key result goes after the last key result of the chosen objective."""
        table = self.goals_table
        if kind == OBJECTIVE:
            row = table.rowCount()
        else:
            current = max(table.currentRow(), 0) if focus else table.rowCount() - 1
            row = current + 1
            while row < table.rowCount() and table.item(row, KIND).data(KIND_ROLE) == KEY_RESULT:
                row += 1
        table.insertRow(row)
        kind_item = QTableWidgetItem(self.tr("Objective") if kind == OBJECTIVE else self.tr("  Key result"))
        kind_item.setData(KIND_ROLE, kind)
        kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        text_item = QTableWidgetItem(text)
        if kind == OBJECTIVE:
            font = QFont()
            font.setBold(True)
            kind_item.setFont(font)
            text_item.setFont(font)
            measured = QTableWidgetItem("")
            measured.setFlags(measured.flags() & ~Qt.ItemFlag.ItemIsEditable)
        else:
            measured = choice_item(self.kpi_choices, kpi_id)
        table.setItem(row, KIND, kind_item)
        table.setItem(row, TEXT, text_item)
        table.setItem(row, MEASURED_BY, measured)
        if focus:
            table.setFocus()
            table.setCurrentCell(row, TEXT)
            table.editItem(text_item)
        self._update_goal_buttons()
        return row

    def remove_goal_row(self) -> None:
        table = self.goals_table
        row = table.currentRow()
        if row < 0:
            return
        last = row + 1
        if table.item(row, KIND).data(KIND_ROLE) == OBJECTIVE:
            while last < table.rowCount() and table.item(last, KIND).data(KIND_ROLE) == KEY_RESULT:
                last += 1
        for _ in range(row, last):
            table.removeRow(row)
        self._update_goal_buttons()

    def _update_goal_buttons(self) -> None:
        if hasattr(self, "add_key_result_button"):
                self.add_key_result_button.setEnabled(self.goals_table.rowCount() > 0)

    def objectives(self) -> tuple[ObjectiveInput, ...]:
        table = self.goals_table
        found: list[tuple[str, list[KeyResultInput]]] = []
        for row in range(table.rowCount()):
            text = table.item(row, TEXT).text()
            if table.item(row, KIND).data(KIND_ROLE) == OBJECTIVE:
                found.append((text, []))
            elif found:
                found[-1][1].append(KeyResultInput(text, table.item(row, MEASURED_BY).data(Qt.ItemDataRole.UserRole)))
        return tuple(ObjectiveInput(text, tuple(results)) for text, results in found)

    # --- obstacles and suggestions each quarter ---

    def _notes_tab(self, quarter: int) -> QWidget:
        notes = {note.quarter: note for note in self.view.quarter_notes} if self.view else {}
        self.notes: dict[int, QuarterNoteView] = {q: notes.get(q, QuarterNoteView(q, "", "")) for q in k.QUARTERS}
        self.note_quarter_box = QComboBox()
        self.note_quarter_box.setObjectName("noteQuarterBox")
        for q in k.QUARTERS:
            self.note_quarter_box.addItem(self.tr("Quarter %1").replace("%1", digits(self._state, str(q))), q)
        self._note_quarter = quarter
        self.note_quarter_box.setCurrentIndex(quarter - 1)
        self.obstacles_edit = _plain_text(self.notes[quarter].obstacles, "obstaclesEdit")
        self.suggestions_edit = _plain_text(self.notes[quarter].suggestions, "suggestionsEdit")
        self.note_quarter_box.currentIndexChanged.connect(self._note_quarter_chosen)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Quarter"), self.note_quarter_box)
        form.addRow(self.tr("Obstacles"), self.obstacles_edit)
        form.addRow(self.tr("Suggestions"), self.suggestions_edit)
        tab = QWidget()
        tab.setLayout(form)
        return tab

    def _keep_note(self) -> None:
        self.notes[self._note_quarter] = QuarterNoteView(self._note_quarter, self.obstacles_edit.toPlainText(),
                                                         self.suggestions_edit.toPlainText())

    def _note_quarter_chosen(self, index: int) -> None:
        if index < 0:
            return
        self._keep_note()
        self._note_quarter = index + 1
        note = self.notes[self._note_quarter]
        self.obstacles_edit.setPlainText(note.obstacles)
        self.suggestions_edit.setPlainText(note.suggestions)

    # --- saving ---

    def edit(self) -> IssueEdit:
        self._keep_note()
        details = IssueDetails(self.title_edit.text(), self.area_combo.currentData(), self.dimensions(),
                               self.situation_edit.toPlainText())
        return IssueEdit(details, self.target_groups(), self.objectives(),
                         tuple(self.notes[q] for q in k.QUARTERS))

    def save(self) -> bool:
        """Saves everything in one transaction and closes; a refusal is shown on its tab and nothing is saved."""
        for table in (self.groups_table, self.goals_table):
            commit_typing(table)
        edit = self.edit()
        state = self._state
        try:
            if self.issue_id is None:
                self.issue_id = issue_service.add_issue_with(state.database, self.fiscal_year, edit, state.user_name)
            else:
                issue_service.save_issue(state.database, self.issue_id, edit, state.user_name)
        except UserFacingError as refusal:
            self.message_label.setText(refusal.message(state.language))
            self.message_label.show()
            self.tabs.setCurrentIndex(FIELD_TABS.get(refusal.field or "", DETAILS_TAB))
            return False
        self.after = edit
        self.accept()
        return True


__all__ = ["ChoiceDelegate", "IssueDialog", "choice_item"]
