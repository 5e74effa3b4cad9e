"""Import the One Plan from an .xlsx: the file is read in the background, every row checked; the activities
found and every bad row (sheet, row, column, reason) are shown, and nothing is written until "Import all" or
"Import only the good rows" (one transaction, in the background)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.services import plan_import
from pcha_desktop.services.plan_import import COLUMN_LABELS, PlanImportResult, PlanProblem, PlanRow
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.issues.common import number_text
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel


class FoundActivitiesModel(RecordTableModel[PlanRow]):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PlanImportDialog", "Row"),
            QCoreApplication.translate("PlanImportDialog", "Issue"),
            QCoreApplication.translate("PlanImportDialog", "Activity / project"),
            QCoreApplication.translate("PlanImportDialog", "Lead agency"),
            QCoreApplication.translate("PlanImportDialog", "Budget (baht)"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.records[index.row()]
        total = sum((Decimal(str(amount)) for amount in row.activity.budgets.values()), Decimal(0))
        return (digits(self._state, str(row.row_number)), row.issue_title, row.activity.name,
                row.activity.lead_agency, number_text(self._state, total))[index.column()]


def problem_text(state: AppState, problem: PlanProblem) -> str:
    """ "Sheet แผนงาน, row 3, column Start date: reason" in the user's language."""
    english = state.language == "en"
    reason = problem.message_en if english else problem.message_th
    if problem.row_number <= 0:
        return reason
    labels = COLUMN_LABELS.get(problem.column)
    column = (labels[1] if english else labels[0]) if labels else problem.column
    text = QCoreApplication.translate("PlanImportDialog", "Sheet {sheet}, row {row}").format(
        sheet=problem.sheet, row=digits(state, str(problem.row_number)))
    if column and not reason.startswith(column):  # (most reasons name their column already)
        text += QCoreApplication.translate("PlanImportDialog", ", column {column}").format(column=column)
    return f"{text}: {reason}"


class PlanImportDialog(QDialog):
    """``imported``: how many activities were added (after an import button)."""

    def __init__(self, parent: QWidget | None, state: AppState, fiscal_year: int, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("planImportDialog")
        self._state = state
        self.fiscal_year = fiscal_year
        self.path = Path(path)
        self.result = PlanImportResult((), (), ())
        self.imported = 0
        self.setWindowTitle(self.tr("Import the One Plan"))
        self.resize(900, 600)
        self.intro_label = WrappingLabel(self.tr(
            "The activities of %1 are added to fiscal year %2, with their resources and objectives; issues the"
            " year does not have yet are added. Every row is checked first; nothing is saved until you press an"
            " import button.").replace("%1", self.path.name).replace("%2", digits(state, str(fiscal_year))))
        self.model = FoundActivitiesModel(state)
        self.preview = QTableView()
        self.preview.setObjectName("planPreview")
        self.preview.setModel(self.model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_title = QLabel()
        self.problems_title.setStyleSheet("font-weight: bold;")
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("planProblems")
        self.problems_list.setWordWrap(True)
        self.summary_label = WrappingLabel()
        self.error_label = WrappingLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.import_all_button = QPushButton(self.tr("Import all"))
        self.import_good_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_all_button.clicked.connect(lambda: self.run_import(only_good=False))
        self.import_good_button.clicked.connect(lambda: self.run_import(only_good=True))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.import_all_button)
        buttons.addWidget(self.import_good_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_list, 2)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.show_result(self.result)
        database = state.database
        self.reading = Operation(
            self, state, lambda _progress: plan_import.read_plan_workbook(database, self.path),
            label=self.tr("Reading {name}…").format(name=self.path.name), cancellable=True,
            success=self.show_result, failure=self.error_label.setText,
        ).run_in_background()

    def show_result(self, result: PlanImportResult) -> None:
        self.result = result
        self.model.set_records(result.rows_ok)
        self.problems_list.clear()
        for problem in result.problems:
            self.problems_list.addItem(problem_text(self._state, problem))
        d = lambda n: digits(self._state, str(n))  # noqa: E731
        self.problems_title.setText(self.tr("Problems to fix (%1)").replace("%1", d(len(result.problems)))
                                    if result.problems else self.tr("No problems found"))
        self.summary_label.setText(self.tr("%1 activities ready, %2 rows need fixing")
                                   .replace("%1", d(len(result.rows_ok))).replace("%2", d(len(result.bad_rows))))
        self.import_all_button.setEnabled(bool(result.rows_ok) and not result.problems)
        self.import_good_button.setText(self.tr("Import only the good rows (%1)").replace("%1", d(len(result.rows_ok))))
        self.import_good_button.setVisible(bool(result.problems))
        self.import_good_button.setEnabled(bool(result.rows_ok))

    def run_import(self, only_good: bool) -> Operation:
        database, fiscal_year, result, user = (self._state.database, self.fiscal_year, self.result,
                                               self._state.user_name)

        def imported(count: int) -> None:
            self.imported = count
            self.accept()

        def work(_progress):  # noqa: ANN001, ANN202
            try:
                return plan_import.import_plan(database, fiscal_year, result, only_good=only_good, user_name=user)
            except plan_import.PlanImportHasProblems as problems:  # the service's rules named more rows
                self._pending = problems.result
                raise

        self._pending: PlanImportResult | None = None

        def failed(text: str) -> None:
            if self._pending is not None:
                self.show_result(self._pending)
            self.error_label.setText(text)

        return Operation(self, self._state, work, label=self.tr("Importing the One Plan…"),
                         changes=(changes.PLAN, changes.ISSUES, changes.COMMITTEES),
                         success=imported, failure=failed).run_in_background()

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, fiscal_year: int, path: Path) -> int | None:
        dialog = cls(parent, state, fiscal_year, path)
        try:
            return dialog.imported if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
