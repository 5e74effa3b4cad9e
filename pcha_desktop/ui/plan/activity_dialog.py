"""Add or change one activity (project) of an issue's One Plan, on four tabs: the project (name, lead agency,
partners, dates in the fiscal year, status, progress, budget by source), the tambons where it happens, its
objectives with their indicators and results, and what each partner brings of the five kinds of resource.
Saved when Save is pressed (one transaction); a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import thai_calendar
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, Contribution, partner_key
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.issues import ActivityInput, ActivityObjectiveInput, ActivityView
from pcha_desktop.services.tambon_committees import TambonRef
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.common import plain_number
from pcha_desktop.ui.plan.plan_models import BRINGS_MARK, KINDS, term
from pcha_desktop.ui.tambons.common import ERROR_STYLE, date_text, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit
from pcha_desktop.ui.widgets.thai_digits_spin_box import ThaiDigitsSpinBox

LIST_SEPARATOR = ";"
PROJECT_TAB, TAMBONS_TAB, OBJECTIVES_TAB, RESOURCES_TAB = range(4)
FIELD_TABS = {"tambon_codes": TAMBONS_TAB, "objective": OBJECTIVES_TAB, "indicator": OBJECTIVES_TAB,
              "activity_result": OBJECTIVES_TAB, "resource_description": RESOURCES_TAB}


class ActivityDialog(QDialog):
    """``saved`` (after Save): the activity's id, and ``before``/``after`` (what it was, None when new; what
    it is now) for the screen's undo."""

    def __init__(self, state: AppState, issue_id: int, fiscal_year: int, tambons: list[TambonRef],
                 activity: ActivityView | None = None, known_partners: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._state = state
        self.issue_id, self.fiscal_year = issue_id, fiscal_year
        self.activity_id: int | None = activity.id if activity else None
        self.before: ActivityInput | None = issue_service.activity_input_of(activity) if activity else None
        self.after: ActivityInput | None = None
        start = self.before or ActivityInput("")
        self.setWindowTitle(self.tr("Change an activity") if activity else self.tr("Add an activity"))
        self.resize(900, 600)

        # --- the project ---
        self.name_edit = QLineEdit(start.name)
        self.name_edit.setObjectName("activityName")
        self.lead_edit = QLineEdit(start.lead_agency)
        self.lead_edit.setObjectName("leadAgency")
        completer = QCompleter(list(known_partners), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lead_edit.setCompleter(completer)
        self.partners_edit = QPlainTextEdit("\n".join(start.partners))
        self.partners_edit.setObjectName("partnersEdit")
        self.partners_edit.setPlaceholderText(self.tr("One partner agency per line"))
        self.partners_edit.setMaximumHeight(90)
        first, last = thai_calendar.fiscal_year_range(fiscal_year)
        self.start_edit = ThaiDateEdit(start.start_date, language=state.language, thai_digits=state.thai_digits,
                                       allow_empty=True)
        self.end_edit = ThaiDateEdit(start.end_date, language=state.language, thai_digits=state.thai_digits,
                                     allow_empty=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setMaximumWidth(220)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addWidget(QLabel(self.tr("(within fiscal year %1: %2 – %3)")
                                      .replace("%1", digits(state, str(fiscal_year)))
                                      .replace("%2", date_text(state, first)).replace("%3", date_text(state, last))), 1)
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusBox")
        for status in ActivityStatus:
            self.status_box.addItem(term(state, status), status)
        self.status_box.setCurrentIndex(self.status_box.findData(start.status))
        self.progress_box = ThaiDigitsSpinBox(state.thai_digits)
        self.progress_box.setObjectName("progressBox")
        self.progress_box.setRange(0, 100)
        self.progress_box.setSuffix(" %")
        self.progress_box.setValue(int(start.progress_percent))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_box)
        status_row.addWidget(QLabel(self.tr("Progress")))
        status_row.addWidget(self.progress_box)
        status_row.addStretch(1)
        self.budget_edits: dict[BudgetSource, QLineEdit] = {}
        budgets = QFormLayout()
        for source in BudgetSource:
            amount = start.budgets.get(source)
            edit = QLineEdit(digits(state, plain_number(amount)) if amount is not None else "")
            edit.setObjectName(f"budget_{source.value}")
            edit.setPlaceholderText(self.tr("baht"))
            edit.setMaximumWidth(200)
            self.budget_edits[source] = edit
            budgets.addRow(term(state, source), edit)
        project = QWidget()
        form = QFormLayout(project)
        form.addRow(self.tr("Activity / project"), self.name_edit)
        form.addRow(self.tr("Lead agency"), self.lead_edit)
        form.addRow(self.tr("Partners"), self.partners_edit)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(WrappingLabel(self.tr("Budget by source (baht)")), budgets)

        # --- the tambons ---
        self.tambon_list = QListWidget()
        self.tambon_list.setObjectName("tambonList")
        chosen = set(start.tambon_codes)
        for tambon in tambons:
            item = QListWidgetItem(f"{tambon.official_name} ({digits(state, tambon.code)})")
            item.setData(Qt.ItemDataRole.UserRole, tambon.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tambon.code in chosen else Qt.CheckState.Unchecked)
            self.tambon_list.addItem(item)
        tambon_page = QWidget()
        tambon_layout = QVBoxLayout(tambon_page)
        tambon_layout.addWidget(WrappingLabel(self.tr("Tick the tambons where the activity takes place.")))
        tambon_layout.addWidget(self.tambon_list, 1)

        # --- the objectives ---
        self.objective_table = QTableWidget(0, 3)
        self.objective_table.setObjectName("objectiveTable")
        self.objective_table.setHorizontalHeaderLabels([self.tr("Objective"), self.tr("Indicator"), self.tr("Result")])
        self.objective_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.objective_table.setWordWrap(True)
        for objective in start.objectives:
            self._add_objective_row(objective)
        self._add_objective_row()
        self.objective_table.resizeRowsToContents()
        add_row = QPushButton(self.tr("Add an objective"))
        add_row.clicked.connect(lambda: self._add_objective_row())
        remove_row = QPushButton(self.tr("Remove the objective"))
        remove_row.clicked.connect(self._remove_objective_row)
        objective_buttons = QHBoxLayout()
        objective_buttons.addWidget(add_row)
        objective_buttons.addWidget(remove_row)
        objective_buttons.addStretch(1)
        objective_page = QWidget()
        objective_layout = QVBoxLayout(objective_page)
        objective_layout.addWidget(WrappingLabel(self.tr(
            "The project's objectives, each with its indicator and the result achieved (a blank row is left out).")))
        objective_layout.addWidget(self.objective_table, 1)
        objective_layout.addLayout(objective_buttons)

        # --- the resources ---
        self.resource_table = QTableWidget(0, len(KINDS))
        self.resource_table.setObjectName("resourceTable")
        self.resource_table.setHorizontalHeaderLabels([term(state, kind) for kind in KINDS])
        self.resource_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.resource_table.setWordWrap(True)
        self._resources: dict[str, dict] = {}
        for contribution in start.contributions:
            self._resources.setdefault(contribution.partner, {}).setdefault(contribution.kind, []).append(
                contribution.description or BRINGS_MARK)
        resource_page = QWidget()
        resource_layout = QVBoxLayout(resource_page)
        resource_layout.addWidget(WrappingLabel(self.tr(
            "What each partner brings: type it under people, money, things, knowledge or data (several separated"
            " by ;). The lead agency and the partners of the first tab are the rows.")))
        resource_layout.addWidget(self.resource_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("activityTabs")
        self.tabs.addTab(project, self.tr("Project"))
        self.tabs.addTab(tambon_page, self.tr("Tambons"))
        self.tabs.addTab(objective_page, self.tr("Objectives"))
        self.tabs.addTab(resource_page, self.tr("Resources"))
        self.tabs.currentChanged.connect(lambda _index: self._fill_resource_rows())
        self._fill_resource_rows()

        self.error_label = WrappingLabel()
        self.error_label.setObjectName("activityError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # --- the tables of the tabs ---

    def _add_objective_row(self, objective: ActivityObjectiveInput | None = None) -> None:
        row = self.objective_table.rowCount()
        self.objective_table.insertRow(row)
        for column, text in enumerate((objective.objective, objective.indicator, objective.result)
                                      if objective else ("", "", "")):
            self.objective_table.setItem(row, column, QTableWidgetItem(text))

    def _remove_objective_row(self) -> None:
        row = self.objective_table.currentRow()
        if row >= 0:
            self.objective_table.removeRow(row)

    def partners(self) -> list[str]:
        """The lead agency and the partners typed, once each, in order."""
        names: list[str] = []
        for name in [self.lead_edit.text(), *self.partners_edit.toPlainText().split("\n")]:
            name = partner_key(name)
            if name and name not in names:
                names.append(name)
        return names

    def _keep_resource_cells(self) -> None:
        for row in range(self.resource_table.rowCount()):
            partner = self.resource_table.verticalHeaderItem(row).text()
            for column, kind in enumerate(KINDS):
                item = self.resource_table.item(row, column)
                items = [x.strip() for x in (item.text() if item else "").split(LIST_SEPARATOR) if x.strip()]
                self._resources.setdefault(partner, {})[kind] = items

    def _fill_resource_rows(self) -> None:
        """One row per partner of the first tab (and any partner that brings something already)."""
        self._keep_resource_cells()
        partners = self.partners()
        partners += [name for name, kinds in self._resources.items()
                     if name not in partners and any(kinds.values())]
        self.resource_table.setRowCount(len(partners))
        for row, partner in enumerate(partners):
            self.resource_table.setVerticalHeaderItem(row, QTableWidgetItem(partner))
            for column, kind in enumerate(KINDS):
                items = self._resources.get(partner, {}).get(kind, [])
                self.resource_table.setItem(row, column, QTableWidgetItem(f"{LIST_SEPARATOR} ".join(items)))
        self.resource_table.resizeRowsToContents()

    # --- saving ---

    def activity_input(self) -> ActivityInput:
        """What the dialog holds; a date that cannot be read raises BilingualError."""
        for edit, th, en in ((self.start_edit, "วันที่เริ่ม", "start date"), (self.end_edit, "วันที่สิ้นสุด", "end date")):
            if not edit.is_valid():
                raise UserFacingError(f"{th}: {edit.error()}", f"The {en}: {edit.error()}", field=en)
        self._keep_resource_cells()
        partners = self.partners()
        objectives = []
        for row in range(self.objective_table.rowCount()):
            texts = [(self.objective_table.item(row, c).text() if self.objective_table.item(row, c) else "")
                     for c in range(3)]
            if any(text.strip() for text in texts):
                objectives.append(ActivityObjectiveInput(*texts))
        contributions = [
            Contribution(partner, kind, "" if item == BRINGS_MARK else item)
            for partner, kinds in self._resources.items() if partner in partners or any(kinds.values())
            for kind in KINDS for item in kinds.get(kind, [])
        ]
        return ActivityInput(
            name=self.name_edit.text(), lead_agency=self.lead_edit.text(),
            partners=tuple(self.partners_edit.toPlainText().split("\n")),
            tambon_codes=tuple(self.tambon_list.item(i).data(Qt.ItemDataRole.UserRole)
                               for i in range(self.tambon_list.count())
                               if self.tambon_list.item(i).checkState() == Qt.CheckState.Checked),
            start_date=self.start_edit.date(), end_date=self.end_edit.date(),
            status=self.status_box.currentData(), progress_percent=self.progress_box.value(),
            budgets={source: edit.text() for source, edit in self.budget_edits.items() if edit.text().strip()},
            objectives=tuple(objectives), contributions=tuple(contributions),
        )

    def save(self) -> bool:
        """Saves (one transaction) and closes; a refusal is shown and the dialog stays open."""
        try:
            data = self.activity_input()
            if self.activity_id is None:
                self.activity_id = issue_service.add_activity(self._state.database, self.issue_id, data,
                                                              self._state.user_name)
            else:
                issue_service.update_activity(self._state.database, self.activity_id, data, self._state.user_name)
        except BilingualError as refusal:
            self.error_label.setText(refusal.message(self._state.language))
            tab = FIELD_TABS.get(getattr(refusal, "field", None) or "")
            if tab is not None:
                self.tabs.setCurrentIndex(tab)
            return False
        self.after = issue_service.activity_input_of(issue_service.activity_view(self._state.database,
                                                                                  self.activity_id))
        self.accept()
        return True

