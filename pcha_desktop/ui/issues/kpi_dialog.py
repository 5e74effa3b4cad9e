"""A KPI of an issue, added or edited: name, unit, direction (higher or lower is better), how the quarters make
the year (sum, average, latest value), the target (zero refused: no percent could be computed) and the
baselines of the three earlier fiscal years. A baseline the app has results for is filled in from them and
shown read-only; the others are typed. Percent and status are never typed: the domain computes them.

Saves when Save is pressed (``issues.add_kpi`` / ``issues.update_kpi``, one transaction); a refusal is shown in
the dialog, which stays open, and nothing is saved. After ``exec`` the screen reads ``kpi_id``, ``before`` and
``after`` to push the undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.kpis import Combination, Direction
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.issues import IssueView, KpiInput, KpiView
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.issues.common import number_text, plain_number, term
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel


class KpiDialog(QDialog):
    """``kpi`` None: a new KPI of ``issue``; else that KPI."""

    def __init__(self, state: AppState, issue: IssueView, kpi: KpiView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDialog")
        self._state = state
        self.issue = issue
        self.kpi_id: int | None = kpi.id if kpi else None
        self.before: KpiInput | None = issue_service.kpi_input_of(kpi) if kpi else None
        self.after: KpiInput | None = None
        self.setWindowTitle(self.tr("Edit the KPI") if kpi else self.tr("Add a KPI"))
        self.resize(720, 560)
        issue_label = WrappingLabel(self.tr("Issue: %1").replace("%1", issue.title))
        issue_label.setStyleSheet("font-weight: bold;")
        self.name_edit = QLineEdit(kpi.name if kpi else "")
        self.name_edit.setObjectName("kpiNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Bed-bound patients visited at home"))
        self.unit_edit = QLineEdit(kpi.unit if kpi else "")
        self.unit_edit.setObjectName("kpiUnitEdit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. percent, people, cases"))
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("kpiDirectionCombo")
        for direction in Direction:
            self.direction_combo.addItem(term(state, direction), direction)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(
            kpi.direction if kpi else Direction.HIGHER_IS_BETTER))
        self.combination_combo = QComboBox()
        self.combination_combo.setObjectName("kpiCombinationCombo")
        for combination in Combination:
            self.combination_combo.addItem(term(state, combination), combination)
        self.combination_combo.setCurrentIndex(self.combination_combo.findData(
            kpi.combination if kpi else Combination.SUM))
        self.target_edit = QLineEdit(digits(state, plain_number(kpi.target)) if kpi else "")
        self.target_edit.setObjectName("kpiTargetEdit")
        self.target_edit.setPlaceholderText(self.tr("a number, not zero"))

        earlier = range(issue.fiscal_year - k.BASELINE_YEARS, issue.fiscal_year)
        known = {b.fiscal_year: b for b in kpi.baselines} if kpi else {}
        self.baseline_edits: dict[int, QLineEdit] = {}
        self.baseline_from_results: dict[int, QLabel] = {}
        baselines = QGroupBox(self.tr("Baselines of the three earlier fiscal years"))
        baseline_form = QFormLayout(baselines)
        for year in earlier:
            title = self.tr("FY %1").replace("%1", digits(state, str(year)))
            baseline = known.get(year)
            if baseline is not None and baseline.from_results:
                shown = QLabel(self.tr("%1 (from the results the app holds; not typed)")
                               .replace("%1", number_text(state, baseline.value)))
                shown.setObjectName(f"baselineFromResults{year}")
                shown.setStyleSheet("color: #1b5e20;")
                self.baseline_from_results[year] = shown
                baseline_form.addRow(title, shown)
            else:
                edit = QLineEdit(digits(state, plain_number(baseline.value)) if baseline else "")
                edit.setObjectName(f"baselineEdit{year}")
                edit.setPlaceholderText(self.tr("type it if known (the app has no results of that year)"))
                self.baseline_edits[year] = edit
                baseline_form.addRow(title, edit)
        computed = WrappingLabel(self.tr("The percent of target, the cumulative figures of the 3, 6, 9 and 12-month"
                                         " rounds and the status are computed from the quarterly results."))
        computed.setStyleSheet("color: #5f6368;")

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("kpiDialogMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Unit"), self.unit_edit)
        form.addRow(self.tr("Direction"), self.direction_combo)
        form.addRow(self.tr("The year's figure"), self.combination_combo)
        form.addRow(self.tr("Target"), self.target_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(issue_label)
        layout.addLayout(form)
        layout.addWidget(baselines)
        layout.addWidget(computed)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def kpi_input(self) -> KpiInput:
        return KpiInput(self.name_edit.text(), self.target_edit.text(), self.direction_combo.currentData(),
                        self.combination_combo.currentData(), self.unit_edit.text(),
                        {year: edit.text() for year, edit in self.baseline_edits.items()})

    def save(self) -> bool:
        data = self.kpi_input()
        state = self._state
        try:
            if self.kpi_id is None:
                self.kpi_id = issue_service.add_kpi(state.database, self.issue.id, data, state.user_name)
            else:
                issue_service.update_kpi(state.database, self.kpi_id, data, state.user_name)
        except UserFacingError as refusal:
            self.message_label.setText(refusal.message(state.language))
            self.message_label.show()
            return False
        self.after = data
        self.accept()
        return True
