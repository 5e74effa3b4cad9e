"""The One Plan of the fiscal year in view: choose an issue, see its activities (model/view table) with their
budget by source, and the partner × resource-kind matrix that shows who brings what; add, change and delete
activities (undoable, one transaction each); import and export the plan as .xlsx in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.one_plan import ResourceKind, resource_matrix
from pcha_desktop.exports.file_names import safe_file_name
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services import tambon_committees
from pcha_desktop.services.issues import ActivityInput, ActivityView, IssuePlan, YearPlan
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.issues.common import number_text
from pcha_desktop.ui.plan.activity_dialog import ActivityDialog
from pcha_desktop.ui.plan.plan_models import (
    BUDGET,
    END,
    LEAD,
    NAME,
    PARTNERS,
    PROGRESS,
    START,
    STATUS,
    TAMBONS,
    ActivityTableModel,
    Renumbered,
    ResourceMatrixModel,
    term,
)
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel, fit_rows_lazily

PLAN_CHANGES = (changes.PLAN,)
ACTIVITY_IDS = Renumbered()


class ActivityChange(SavedChange):
    """An activity added, changed or deleted (``before`` None: added; ``after`` None: deleted). Undo and redo
    save the other side again; an activity put back gets a new id, which the command follows."""

    changes = PLAN_CHANGES

    def __init__(self, screen: PlanScreen, issue_id: int, activity_id: int, before: ActivityInput | None,
                 after: ActivityInput | None, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.issue_id, self.activity_id, self.before, self.after = issue_id, activity_id, before, after

    def _become(self, data: ActivityInput | None) -> None:
        database, user = self._state.database, self._state.user_name
        self.activity_id = ACTIVITY_IDS.current(self.activity_id)
        if data is None:
            issue_service.delete_activity(database, self.activity_id, user)
        elif (self.after if data is self.before else self.before) is None:  # it is not there: add it again
            old, self.activity_id = self.activity_id, issue_service.add_activity(database, self.issue_id, data, user)
            ACTIVITY_IDS.moved(old, self.activity_id)
        else:
            issue_service.update_activity(database, self.activity_id, data, user)

    def apply(self) -> None:
        self._become(self.after)

    def revert(self) -> None:
        self._become(self.before)


class PlanScreen(QWidget):
    """The section's screen; follows the window's fiscal year and reloads after plan or issue changes."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planScreen")
        self.state = state
        self.plan: YearPlan | None = None
        self.tambons = tambon_committees.district_tambons(state.database)
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.issue_box = QComboBox()
        self.issue_box.setObjectName("planIssueBox")
        self.issue_box.setMinimumContentsLength(24)
        self.issue_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.issue_box.currentIndexChanged.connect(lambda _index: self._show_issue())
        self.add_button = QPushButton(self.tr("Add activity…"))
        self.add_button.setObjectName("addActivityButton")
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("editActivityButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteActivityButton")
        self.import_button = QPushButton(self.tr("Import .xlsx…"))
        self.import_button.setObjectName("importPlanButton")
        self.export_button = QPushButton(self.tr("Export .xlsx…"))
        self.export_button.setObjectName("exportPlanButton")
        self.template_button = QPushButton(self.tr("Empty template…"))
        self.template_button.setObjectName("planTemplateButton")
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self.import_plan)
        self.export_button.clicked.connect(self.export_plan)
        self.template_button.clicked.connect(self.export_template)
        self.budget_label = WrappingLabel()
        self.budget_label.setObjectName("planBudget")
        self.empty_label = WrappingLabel()
        self.empty_label.setStyleSheet("color: #5f6368;")
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("planMessage")

        self.model = ActivityTableModel(state)
        self.model.tambon_names = {tambon.code: tambon.name for tambon in self.tambons}
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self.table.setWordWrap(True)
        self._rows = fit_rows_lazily(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.activated.connect(lambda _index: self.edit_current())  # Enter or a double click
        for key, action in ((QKeySequence.StandardKey.Delete, self.delete_current),
                            (QKeySequence(Qt.Key.Key_Insert), self.add_activity)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (NAME, LEAD, PARTNERS):  # the texts share what the figures leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TAMBONS, 120), (START, 92), (END, 92), (STATUS, 96), (PROGRESS, 64), (BUDGET, 90)):
            # at least as wide as the column's title in the language
            self.table.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))
        self.table.verticalHeader().hide()

        self.matrix_title = QLabel(self.tr("Who brings what"))
        self.matrix_title.setStyleSheet("font-weight: bold;")
        self.matrix_model = ResourceMatrixModel(state)
        self.matrix = QTableView()
        self.matrix.setObjectName("resourceMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(WrappingItemDelegate(self.matrix))
        self.matrix.setWordWrap(True)
        self._matrix_rows = fit_rows_lazily(self.matrix)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().hide()
        self.pooled_label = WrappingLabel()
        self.pooled_label.setObjectName("pooledKinds")

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.issue_box)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            buttons.addWidget(button)
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.matrix_title)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.pooled_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(matrix_box)
        splitter.setSizes([260, 260])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.budget_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        state.on_change(self, (changes.PLAN, changes.ISSUES, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())
        self.reload()

    # --- loading ---

    def reload(self) -> None:
        fiscal_year = fiscal_year_in_view(self.state)
        chosen = self.current_issue_id()
        self.plan = issue_service.year_plan(self.state.database, fiscal_year)
        self.title_label.setText(self.tr("One Plan, fiscal year %1").replace("%1", digits(self.state, str(fiscal_year))))
        self.issue_box.blockSignals(True)
        self.issue_box.clear()
        for issue in self.plan.issues:
            self.issue_box.addItem(issue.title, issue.issue_id)
        index = self.issue_box.findData(chosen) if chosen is not None else -1
        self.issue_box.setCurrentIndex(index if index >= 0 else 0 if self.plan.issues else -1)
        self.issue_box.blockSignals(False)
        self._show_issue()

    def current_issue_id(self) -> int | None:
        data = self.issue_box.currentData()
        return int(data) if data is not None else None

    def issue_plan(self) -> IssuePlan | None:
        issue_id = self.current_issue_id()
        return next((issue for issue in self.plan.issues if issue.issue_id == issue_id), None) if self.plan else None

    def _show_issue(self) -> None:
        issue = self.issue_plan()
        has_issue = issue is not None
        self.model.set_records(issue.activities if issue else ())
        self.matrix_model.set_matrix(issue.matrix if issue else resource_matrix(()))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(has_issue)
        self.edit_button.setEnabled(bool(issue and issue.activities))
        self.delete_button.setEnabled(bool(issue and issue.activities))
        self.export_button.setEnabled(bool(self.plan and self.plan.issues))
        if not has_issue:
            self.empty_label.setText(self.tr("This fiscal year has no issue yet: add the year's issues in “Issues and"
                                             " KPIs”, or import a plan (its issues are added)."))
        elif not issue.activities:
            self.empty_label.setText(self.tr("No activity yet: add one, or import the plan from an .xlsx."))
        self.empty_label.setVisible(not has_issue or not issue.activities)
        self.budget_label.setText(self.budget_text(issue) if issue else "")
        self.pooled_label.setText(self.pooled_text(issue) if issue else "")
        if self.model.rowCount():
            self.table.selectRow(0)

    def budget_text(self, issue: IssuePlan) -> str:
        parts = [f"{term(self.state, source)} {number_text(self.state, amount)}"
                 for source, amount in issue.budget_by_source if amount]
        total = self.tr("Budget of the issue: %1 baht").replace("%1", number_text(self.state, issue.budget_total))
        return total + (f" ({'; '.join(parts)})" if parts else "")

    def pooled_text(self, issue: IssuePlan) -> str:
        pooled = issue.matrix.kinds_pooled()
        names = ", ".join(term(self.state, kind) for kind in ResourceKind if kind in pooled)
        return (self.tr("Resources pooled: %1 of 5 kinds (%2) from %3 partners")
                .replace("%1", digits(self.state, str(len(pooled)))).replace("%2", names or "-")
                .replace("%3", digits(self.state, str(len(issue.matrix.partners)))))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    # --- activities ---

    def current_activity(self) -> ActivityView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def known_partners(self) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for issue in self.plan.issues if self.plan else ():
            for activity in issue.activities:
                names.update(dict.fromkeys((activity.lead_agency, *activity.partners)))
        names.pop("", None)
        return tuple(names)

    def activity_dialog(self, activity: ActivityView | None) -> ActivityDialog | None:
        issue_id = self.current_issue_id()
        if issue_id is None or self.plan is None:
            return None
        return ActivityDialog(self.state, issue_id, self.plan.fiscal_year, self.tambons, activity,
                              self.known_partners(), self)

    def run_dialog(self, dialog: ActivityDialog) -> bool:
        """Shows the dialog (tests replace this with their own steps); True when it saved."""
        return dialog.exec() == ActivityDialog.DialogCode.Accepted

    def add_activity(self) -> None:
        self._edit(None)

    def edit_current(self) -> None:
        activity = self.current_activity()
        if activity is not None:
            self._edit(activity)

    def _edit(self, activity: ActivityView | None) -> None:
        dialog = self.activity_dialog(activity)
        if dialog is None:
            return
        try:
            if not self.run_dialog(dialog) or dialog.activity_id is None or dialog.after is None:
                return
            label = (self.tr("Change of %1") if activity else self.tr("New activity %1")).replace("%1", dialog.after.name)
            self.state.undo_stack.push(ActivityChange(self, dialog.issue_id, dialog.activity_id, dialog.before,
                                                      dialog.after, label))
            self.show_message(self.tr("Saved: %1").replace("%1", label))
            self.state.notify(*PLAN_CHANGES)
        finally:
            dialog.deleteLater()

    def confirm_delete(self, activity: ActivityView) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the activity"),
                          self.tr("Delete the activity “%1” with its budget, objectives and resources? (Undo brings"
                                  " it back.)").replace("%1", activity.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDeleteActivity")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        activity, issue_id = self.current_activity(), self.current_issue_id()
        if activity is None or issue_id is None or not self.confirm_delete(activity):
            return
        before = issue_service.activity_input_of(activity)
        try:
            issue_service.delete_activity(self.state.database, activity.id, self.state.user_name)
        except issue_service.UserFacingError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return
        label = self.tr("Deletion of %1").replace("%1", activity.name)
        self.state.undo_stack.push(ActivityChange(self, issue_id, activity.id, before, None, label))
        self.show_message(self.tr("Deleted: %1").replace("%1", activity.name))
        self.state.notify(*PLAN_CHANGES)

    # --- files ---

    def export_plan(self) -> Operation | None:
        if self.plan is None:
            return None
        fiscal_year = self.plan.fiscal_year
        name = safe_file_name(f"แผนงานบูรณาการ ปีงบประมาณ {fiscal_year}", ".xlsx")
        path = export_files.choose_export_path(self, self.state, self.tr("Save the One Plan"), name,
                                               self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        database = self.state.database

        def written(saved: Path) -> None:
            self.show_message(self.tr("The One Plan was saved as %1.").replace("%1", saved.name))
            export_files.add_open_folder_link(self.message_label, saved)

        return Operation(self, self.state, lambda _progress: issue_service.export_plan_xlsx(database, fiscal_year, path),
                         label=self.tr("Writing the One Plan…"), success=written,
                         failure=lambda text: self.show_message(text, error=True)).run_in_background()

    def export_template(self) -> Operation | None:
        from pcha_desktop.services import plan_import  # openpyxl: loaded when a workbook is asked for

        path = export_files.choose_export_path(self, self.state, self.tr("Save the empty One Plan template"),
                                               "แบบฟอร์มแผนงาน.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None

        def written(saved: Path) -> None:
            self.show_message(self.tr("The template was saved as %1.").replace("%1", saved.name))
            export_files.add_open_folder_link(self.message_label, saved)

        return Operation(self, self.state, lambda _progress: plan_import.export_plan_template(path),
                         label=self.tr("Writing the template…"), success=written,
                         failure=lambda text: self.show_message(text, error=True)).run_in_background()

    def import_plan(self, path: Path | None = None) -> int | None:
        from pcha_desktop.ui.committees.common import choose_open_file
        from pcha_desktop.ui.plan.plan_import_dialog import PlanImportDialog

        if path is None:
            path = choose_open_file(self, self.tr("Import the One Plan from an Excel file"),
                                    self.tr("Excel workbook (*.xlsx)"))
        if path is None or self.plan is None:
            return None
        count = PlanImportDialog.ask(self, self.state, self.plan.fiscal_year, path)
        if count:
            self.show_message(self.tr("Imported %1 activities.").replace("%1", digits(self.state, str(count))))
        return count
