"""UCCARE of the year's issues: on the left the issues with their results; on the right the chosen issue's
result and its reason, any disagreement between assessors, and one assessor's before and after side by
side (levels, change, radar chart); buttons record the before or the after assessment (undoable), print the
blank form and the filled assessment, and set the rules (who decides, when the district passes, the rubric).
Under the year's status, the three fiscal years before (the province table's baselines) from the one source
of each year's result; "Earlier years…" types the result of a year before the app (undoable).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import fiscal_year_range
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Phase, Result, component_name
from pcha_desktop.services import uccare as uccare_service
from pcha_desktop.services.uccare import AssessmentInput, IssueUccare, YearUccare
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.tambons.common import ERROR_STYLE, date_text, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel
from pcha_desktop.ui.uccare.common import (
    DISAGREEMENT_STYLE,
    RESULT_MARKS,
    RESULT_STYLES,
    SHOWN,
    reason_text,
    result_style,
    term,
)
from pcha_desktop.ui.uccare.radar_chart import RadarChart
from pcha_desktop.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:  # the dialogs load when first opened: the screen shows sooner
    from pcha_desktop.ui.uccare.rules_dialog import Rules

COMPONENT, BEFORE, AFTER, CHANGE = range(4)


class AssessmentChange(SavedChange):
    """An assessment recorded (or replaced): undo takes it away (or puts the old one back)."""

    changes = (changes.UCCARE,)

    def __init__(self, screen: UccareScreen, issue_id: int, old: AssessmentInput | None, new: AssessmentInput,
                 label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.issue_id, self.old, self.new = issue_id, old, new

    def apply(self) -> None:
        uccare_service.save_assessment(self._state.database, self.issue_id, self.new, self._state.user_name)

    def revert(self) -> None:
        if self.old is None:
            uccare_service.remove_assessment(self._state.database, self.issue_id, self.new.phase, self.new.assessor,
                                             self._state.user_name)
        else:
            uccare_service.save_assessment(self._state.database, self.issue_id, self.old, self._state.user_name)


class PastResultChange(SavedChange):
    """A result typed for a year before the app (or removed): undo puts the one before back."""

    changes = (changes.UCCARE,)

    def __init__(self, screen: UccareScreen, fiscal_year: int, old: tuple[bool | None, str],
                 new: tuple[bool | None, str], label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.fiscal_year, self.old, self.new = fiscal_year, old, new

    def _set(self, value: tuple[bool | None, str]) -> None:
        uccare_service.set_past_result(self._state.database, self.fiscal_year, value[0], self._state.user_name,
                                       note=value[1], today=self._state.today())

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class RulesChange(SavedChange):
    changes = (changes.UCCARE,)

    def __init__(self, screen: UccareScreen, old: Rules, new: Rules, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.old, self.new = old, new

    def apply(self) -> None:
        from pcha_desktop.ui.uccare.rules_dialog import save_rules

        save_rules(self._state, self.new)

    def revert(self) -> None:
        from pcha_desktop.ui.uccare.rules_dialog import save_rules

        save_rules(self._state, self.old)


class UccareScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uccareScreen")
        self.state = state
        self.year: YearUccare | None = None
        self.last_pdf: Path | None = None
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status_label = WrappingLabel()
        self.status_label.setObjectName("uccareYearStatus")
        self.rules_button = QPushButton(self.tr("Rules and rubric…"))
        self.rules_button.setObjectName("uccareRulesButton")
        self.rules_button.clicked.connect(self.edit_rules)
        self.past_button = QPushButton(self.tr("Earlier years…"))
        self.past_button.setObjectName("uccarePastButton")
        self.past_button.setToolTip(self.tr("The results of the fiscal years before: type those of years before the app"))
        self.past_button.clicked.connect(self.edit_past_results)
        self.baselines_label = WrappingLabel()
        self.baselines_label.setObjectName("uccareBaselines")
        self.baselines_label.setStyleSheet("color: #5f6368;")

        self.issue_list = QListWidget()
        self.issue_list.setObjectName("uccareIssues")
        self.issue_list.setWordWrap(True)
        self.issue_list.currentRowChanged.connect(lambda _row: self.show_issue())

        self.result_label = WrappingLabel()
        self.result_label.setObjectName("uccareResult")
        self.disagreement_label = WrappingLabel()
        self.disagreement_label.setObjectName("uccareDisagreement")
        self.disagreement_label.setStyleSheet(DISAGREEMENT_STYLE)
        self.assessor_box = QComboBox()
        self.assessor_box.setObjectName("uccareAssessorBox")
        self.assessor_box.currentIndexChanged.connect(lambda _index: self.show_issue())
        self.own_result_label = WrappingLabel()
        self.own_result_label.setObjectName("uccareOwnResult")
        self.table = QTableWidget(len(COMPONENTS), 4)
        self.table.setObjectName("uccareLevels")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMPONENT, QHeaderView.ResizeMode.Stretch)
        for column in (BEFORE, AFTER, CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = RadarChart()
        self.dates_label = WrappingLabel()
        self.dates_label.setObjectName("uccareDates")
        self.dates_label.setStyleSheet("color: #5f6368;")

        self.before_button = QPushButton(self.tr("Record before…"))
        self.before_button.setObjectName("recordBeforeButton")
        self.before_button.clicked.connect(lambda: self.record(Phase.BEFORE))
        self.after_button = QPushButton(self.tr("Record after…"))
        self.after_button.setObjectName("recordAfterButton")
        self.after_button.clicked.connect(lambda: self.record(Phase.AFTER))
        self.form_button = QPushButton(self.tr("Blank form (PDF)"))
        self.form_button.setObjectName("uccareFormButton")
        self.form_button.setToolTip(self.tr("The assessment form of this issue with the rubric, to fill in on paper"))
        self.form_button.clicked.connect(lambda: self.make_pdf(filled=False))
        self.pdf_button = QPushButton(self.tr("Assessment (PDF)"))
        self.pdf_button.setObjectName("uccarePdfButton")
        self.pdf_button.setToolTip(self.tr("The recorded assessments with the result, the chart and the evidence"))
        self.pdf_button.clicked.connect(lambda: self.make_pdf(filled=True))
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("uccareMessage")

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.past_button)
        top.addWidget(self.rules_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.result_label)
        right_layout.addWidget(self.disagreement_label)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Before and after by")))
        chooser.addWidget(self.assessor_box)
        chooser.addWidget(self.own_result_label, 1)
        right_layout.addLayout(chooser)
        side_by_side = QHBoxLayout()
        levels = QVBoxLayout()
        levels.addWidget(self.table, 1)
        levels.addWidget(self.dates_label)
        side_by_side.addLayout(levels, 5)
        side_by_side.addWidget(self.chart, 6)
        right_layout.addLayout(side_by_side, 1)
        buttons = FlowLayout()  # wraps when the window is narrow: never sets its minimum width
        buttons.add_widgets(self.before_button, self.after_button, self.form_button, self.pdf_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.issue_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 800])
        splitter.setChildrenCollapsible(False)
        self.issue_list.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.baselines_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        state.on_change(self, SHOWN, self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    # --- loading ---------------------------------------------------------------------------------------

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def reload(self) -> None:
        state = self.state
        fiscal_year = fiscal_year_in_view(state)
        chosen = self.current_issue()
        self.year = uccare_service.year_uccare(state.database, fiscal_year)
        self.title_label.setText(self.tr("UCCARE, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        self.status_label.setText(digits(state, self.year.status.text(state.language)) if self.year.issues
                                  else self.tr("No issues for this fiscal year yet."))
        self.status_label.setStyleSheet(result_style(self.year.status.result) if self.year.issues else "")
        self.show_baselines(fiscal_year)
        assessor = self.assessor_box.currentData() or Assessor.SELF
        self.assessor_box.blockSignals(True)
        self.assessor_box.clear()
        for value in Assessor:
            self.assessor_box.addItem(term(state, value), value)
        self.assessor_box.setCurrentIndex(self.assessor_box.findData(assessor))
        self.assessor_box.blockSignals(False)
        self.issue_list.blockSignals(True)
        self.issue_list.clear()
        for issue in self.year.issues:
            result = issue.decision.result
            item = QListWidgetItem(f"{RESULT_MARKS[result]} {issue.title}\n{term(state, result)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.issue_id)
            item.setForeground(QColor(RESULT_STYLES[result][0]))
            self.issue_list.addItem(item)
        ids = [issue.issue_id for issue in self.year.issues]
        row = ids.index(chosen.issue_id) if chosen is not None and chosen.issue_id in ids else 0
        self.issue_list.setCurrentRow(row if ids else -1)
        self.issue_list.blockSignals(False)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Before"), self.tr("After"), self.tr("Change")])
        self.show_issue()

    def show_baselines(self, fiscal_year: int) -> None:
        """ "Earlier years (baselines): 2561 ✓ Pass (typed) · 2562 …", from the one source of each result."""
        state = self.state
        results = uccare_service.year_results(state.database, fiscal_year - 1, fiscal_year - 3)
        parts = []
        for year in range(fiscal_year - 3, fiscal_year):
            result = results.get(year)
            if result is None:
                parts.append(self.tr("%1 no result").replace("%1", str(year)))
                continue
            source = (self.tr("typed") if result.source is uccare_service.YearSource.TYPED
                      else self.tr("from assessments"))
            parts.append(f"{year} {RESULT_MARKS[result.result]} {term(state, result.result)} ({source})")
        self.baselines_label.setText(digits(state, self.tr("Earlier years (baselines): %1").replace(
            "%1", " · ".join(parts))))

    def current_issue(self) -> IssueUccare | None:
        if self.year is None:
            return None
        row = self.issue_list.currentRow()
        return self.year.issues[row] if 0 <= row < len(self.year.issues) else None

    def current_assessor(self) -> Assessor:
        return self.assessor_box.currentData() or Assessor.SELF

    def show_issue(self) -> None:
        state, issue = self.state, self.current_issue()
        has_issue = issue is not None
        for button in (self.before_button, self.after_button, self.form_button, self.pdf_button):
            button.setEnabled(has_issue)
        if issue is None:
            self.result_label.setText(self.tr("No issues for this fiscal year yet: add them under Issues and KPIs."))
            self.result_label.setStyleSheet("")
            self.disagreement_label.setText("")
            self.own_result_label.setText("")
            self.dates_label.setText("")
            self.table.clearContents()
            self.chart.show_levels(state, None, None)
            return
        decision = issue.decision
        self.result_label.setText(reason_text(state, f"{issue.title}: {decision.explanation(state.language)}"))
        self.result_label.setStyleSheet(result_style(decision.result))
        disagreement = decision.disagreement_text(state.language)
        self.disagreement_label.setText(reason_text(state, disagreement))
        self.disagreement_label.setVisible(bool(disagreement))
        assessor = self.current_assessor()
        before, after = issue.assessment(assessor, Phase.BEFORE), issue.assessment(assessor, Phase.AFTER)
        evaluation = decision.evaluation(assessor)
        self.own_result_label.setText(reason_text(state, evaluation.explanation(state.language)) if evaluation else
                                      self.tr("Not assessed yet"))
        for row, component in enumerate(COMPONENTS):
            b = before.levels.get(component) if before else None
            a = after.levels.get(component) if after else None
            change = "" if a is None or b is None else "↑" if a > b else "↓" if a < b else "="
            cells = [component_name(component, state.language), digits(state, str(b or "–")),
                     digits(state, str(a or "–")), change]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != COMPONENT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == CHANGE and change in ("=", "↓") and a is not None and a < 3:
                    item.setForeground(QColor(RESULT_STYLES[Result.FAIL][0]))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        dates = []
        for phase, assessment in ((Phase.BEFORE, before), (Phase.AFTER, after)):
            if assessment is not None:
                dates.append(self.tr("%1: %2, %3 people").replace("%1", term(state, phase))
                             .replace("%2", date_text(state, assessment.assessed_on))
                             .replace("%3", digits(state, str(assessment.people))))
        self.dates_label.setText(" · ".join(dates))
        self.chart.show_levels(state, before.levels if before else None, after.levels if after else None)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    # --- recording -------------------------------------------------------------------------------------

    def save_assessment(self, issue: IssueUccare, data: AssessmentInput) -> str | None:
        """Save one assessment (one transaction), push its undo and tell; the refusal's text, or None."""
        existing = issue.assessment(data.assessor, data.phase)
        try:
            uccare_service.save_assessment(self.state.database, issue.issue_id, data, self.state.user_name)
        except BilingualError as refusal:
            return refusal.message(self.state.language)
        label = (self.tr("%1, %2 of “%3”").replace("%1", term(self.state, data.assessor))
                 .replace("%2", term(self.state, data.phase)).replace("%3", issue.title))
        self.state.undo_stack.push(AssessmentChange(self, issue.issue_id, existing.as_input() if existing else None,
                                                    data, label))
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        self.state.notify(changes.UCCARE)
        return None

    def record(self, phase: Phase) -> bool:
        from pcha_desktop.ui.uccare.assessment_dialog import AssessmentDialog

        issue = self.current_issue()
        if issue is None:
            return False
        assessor = self.current_assessor()
        existing = issue.assessment(assessor, phase)
        rubric = (uccare_service.rubric_for(self.state.database, existing.rubric_key, existing.rubric_version)
                  if existing else uccare_service.current_rubric(self.state.database))
        first, last = fiscal_year_range(issue.fiscal_year)  # a new one: today, or the edge of the issue's year
        today = self.state.today()
        day = today if first <= today <= last else first if phase is Phase.BEFORE else last
        return AssessmentDialog.ask(self, self.state, issue.title, rubric, phase, assessor, existing,
                                    lambda data: self.save_assessment(issue, data), default_day=day)

    def save_past_result(self, fiscal_year: int, passed: bool | None, note: str) -> str | None:
        """Type (or remove) a year's result before the app, push its undo and tell; the refusal, or None."""
        before = uccare_service.year_result(self.state.database, fiscal_year)
        old = (before.typed_passed, before.note if before.source is uccare_service.YearSource.TYPED else "")
        try:
            uccare_service.set_past_result(self.state.database, fiscal_year, passed, self.state.user_name, note=note,
                                           today=self.state.today())
        except BilingualError as refusal:
            return refusal.message(self.state.language)
        label = self.tr("UCCARE result of fiscal year %1").replace("%1", digits(self.state, str(fiscal_year)))
        self.state.undo_stack.push(PastResultChange(self, fiscal_year, old, (passed, note.strip()), label))
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        self.state.notify(changes.UCCARE)
        return None

    def edit_past_results(self) -> None:
        from pcha_desktop.ui.uccare.past_results_dialog import PastResultsDialog

        dialog = PastResultsDialog(self, self.state, fiscal_year_in_view(self.state), self.save_past_result)
        dialog.exec()

    def edit_rules(self) -> None:
        from pcha_desktop.ui.uccare.rules_dialog import RulesDialog

        dialog = RulesDialog(self, self.state)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_rules(dialog.rules())

    def apply_rules(self, new: Rules) -> None:
        from pcha_desktop.ui.uccare.rules_dialog import current_rules, save_rules

        old = current_rules(self.state)
        if new == old:
            return
        try:
            save_rules(self.state, new)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return
        label = self.tr("UCCARE rules")
        self.state.undo_stack.push(RulesChange(self, old, new, label))
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        self.state.notify(changes.UCCARE)

    # --- documents -------------------------------------------------------------------------------------

    def make_pdf(self, filled: bool) -> Operation | None:
        issue = self.current_issue()
        if issue is None:
            return None
        name = (uccare_service.assessment_file_name(issue.title, issue.fiscal_year) if filled
                else uccare_service.form_file_name(issue.title))
        caption = self.tr("Save the assessment as PDF") if filled else self.tr("Save the blank form as PDF")
        path = export_files.choose_export_path(self, self.state, caption, name, self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        database, thai_digits = self.state.database, self.state.thai_digits
        write = uccare_service.export_assessment_pdf if filled else uccare_service.export_form_pdf

        def made(result: Path) -> None:
            self.last_pdf = result
            self.show_message(self.tr("Saved as %1").replace("%1", str(result)))
            export_files.add_open_folder_link(self.message_label, result)

        operation = Operation(
            self, self.state, lambda _progress: write(database, issue.issue_id, path, thai_digits=thai_digits),
            label=self.tr("Making the PDF…"), expected=(OSError,), success=made,
            failure=lambda text: self.show_message(self.tr("The PDF could not be made: %1").replace("%1", text),
                                                   error=True),
        )
        operation.run_in_background()
        return operation
