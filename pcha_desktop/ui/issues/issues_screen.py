"""The year's issues and their KPIs in one table: baselines, target, Q1–Q4 results, the cumulative figure, the
percent of target and the status (all computed by domain.kpis). A quarter's results are typed straight into
its column: Enter or Tab saves the cell (``issues.enter_quarter_results``, one transaction, undoable) and
moves to the next KPI."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import thai_calendar
from pcha_desktop.domain.kpis import Direction
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.issues import IssueView, KpiView, QuarterNotBegun, YearIssues
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.issues.common import number_text, percent_text, plain_number, status_colours, term
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel, fit_rows_lazily
from pcha_desktop.ui.widgets.flow_layout import FlowLayout
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

WARNING_STYLE = "color: #8a4b00;"
KPI, UNIT, DIRECTION, BASE1, BASE2, BASE3, TARGET, Q1, Q2, Q3, Q4, CUMULATIVE, PERCENT, STATUS = range(14)


@dataclass(frozen=True)
class KpiRow:
    """One row: an issue's heading (``kpi`` None, spanning the table), or one of its KPIs."""

    issue: IssueView
    kpi: KpiView | None


def rows_of(year: YearIssues) -> list[KpiRow]:
    rows = []
    for issue in year.issues:
        rows.append(KpiRow(issue, None))
        rows.extend(KpiRow(issue, kpi) for kpi in issue.kpis)
    return rows


class KpiTableModel(RecordTableModel[KpiRow]):
    """The year's KPIs; the chosen quarter's column is editable, ``save(row, text)`` writes a typed value."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state
        self.fiscal_year = 0
        self.quarter = 1
        self.save = lambda row, text: False  # set by the screen: (KpiRow, typed text) → saved?

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("KpiTableModel", "Issue / KPI"),
            QCoreApplication.translate("KpiTableModel", "Unit"),
            QCoreApplication.translate("KpiTableModel", "↑↓"),
            QCoreApplication.translate("KpiTableModel", "Baseline 1"),
            QCoreApplication.translate("KpiTableModel", "Baseline 2"),
            QCoreApplication.translate("KpiTableModel", "Baseline 3"),
            QCoreApplication.translate("KpiTableModel", "Target"),
            QCoreApplication.translate("KpiTableModel", "Q1"),
            QCoreApplication.translate("KpiTableModel", "Q2"),
            QCoreApplication.translate("KpiTableModel", "Q3"),
            QCoreApplication.translate("KpiTableModel", "Q4"),
            QCoreApplication.translate("KpiTableModel", "Year so far"),
            QCoreApplication.translate("KpiTableModel", "% of target"),
            QCoreApplication.translate("KpiTableModel", "Status"),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and BASE1 <= section <= BASE3:
            year = self.fiscal_year - 3 + (section - BASE1)
            return self.tr("FY %1").replace("%1", digits(self._state, str(year)))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.FontRole and section == Q1 + self.quarter - 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().headerData(section, orientation, role)

    def set_year(self, year: YearIssues) -> None:
        """New figures: in place when the rows are the same KPIs (the cell being typed in keeps its place)."""
        rows = rows_of(year)
        same = self.fiscal_year == year.fiscal_year and [(r.issue.id, r.kpi and r.kpi.id) for r in rows] == [
            (r.issue.id, r.kpi and r.kpi.id) for r in self.records]
        self.fiscal_year = year.fiscal_year
        if same and rows:
            self.records = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, STATUS))
        else:
            self.set_records(rows)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)

    def set_quarter(self, quarter: int) -> None:
        self.quarter = quarter
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Q1, Q4)
        if self.records:
            self.dataChanged.emit(self.index(0, Q1), self.index(len(self.records) - 1, Q4))

    def editable_column(self) -> int:
        return Q1 + self.quarter - 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.editable_column() and self.records[index.row()].kpi is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.records[index.row()], index.column()
        kpi = row.kpi
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if kpi is not None and Q1 <= column <= Q4:
                return digits(self._state, plain_number(kpi.results[column - Q1]))
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == KPI:
                return self._text(row, column)
            if kpi is not None and column == DIRECTION:
                return term(self._state, kpi.direction)
            if kpi is not None and column == CUMULATIVE:
                return term(self._state, kpi.combination)
        if kpi is None:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#eef1f5")
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and column == STATUS:
            text, background = status_colours(kpi.status)
            return text if role == Qt.ItemDataRole.ForegroundRole else background
        if role == Qt.ItemDataRole.BackgroundRole and column == self.editable_column():
            return QColor("#fffbe6")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DIRECTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= BASE1 and column != STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: KpiRow, column: int) -> str:
        state, kpi = self._state, row.kpi
        if kpi is None:
            if column != KPI:
                return ""
            if not row.issue.kpis:
                return self.tr("%1 (no KPI yet)").replace("%1", row.issue.title)
            return row.issue.title
        if column == KPI:
            return kpi.name
        if column == UNIT:
            return kpi.unit
        if column == DIRECTION:
            return "↑" if kpi.direction is Direction.HIGHER_IS_BETTER else "↓"
        if BASE1 <= column <= BASE3:
            return number_text(state, kpi.baselines[column - BASE1].value)
        if column == TARGET:
            return number_text(state, kpi.target)
        if Q1 <= column <= Q4:
            return number_text(state, kpi.results[column - Q1])
        if column == CUMULATIVE:
            return number_text(state, kpi.year_value)
        if column == PERCENT:
            return percent_text(state, kpi.percent)
        return term(state, kpi.status)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.records[index.row()]
        if str(value).strip() == digits(self._state, plain_number(row.kpi.results[self.quarter - 1])):
            return False  # unchanged: nothing to save
        return bool(self.save(row, str(value)))


class KpiTable(QTableView):
    """Enter or Tab in a result saves it and opens the next KPI's cell of the same quarter (Shift+Tab: the
    previous); Enter on a cell starts typing in it. A refused value keeps the cell open for correcting
    (``stay_on_cell``)."""

    stay_on_cell = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Tabbing into the table lands on the first KPI's result of the chosen quarter, ready for typing."""
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        current = self.currentIndex()
        if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        model = self.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                if model.index(row, column).flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(model.index(row, column))
                    return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        step = {QAbstractItemDelegate.EndEditHint.EditNextItem: 1,
                QAbstractItemDelegate.EndEditHint.EditPreviousItem: -1,
                QAbstractItemDelegate.EndEditHint.SubmitModelCache: 1}.get(hint)
        current = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if self.stay_on_cell:  # once the old editor is gone (it commits once more as it loses focus)
            self.stay_on_cell = False
            if current.isValid():
                cell = QPersistentModelIndex(current)
                QTimer.singleShot(0, self, lambda: cell.isValid() and self.edit(QModelIndex(cell)))
            return
        if step is None or not current.isValid():
            return
        model: QAbstractItemModel = self.model()
        row = current.row() + step
        while 0 <= row < model.rowCount():
            target = model.index(row, current.column())
            if target.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(target)
                self.edit(target)
                return
            row += step


class ResultChange(SavedChange):
    """A quarter's result of one KPI, typed and saved: undo puts the old value back."""

    changes = (changes.ISSUES,)

    def __init__(self, screen: IssuesScreen, fiscal_year: int, quarter: int, kpi_id: int, old: str, new: str,
                 label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.fiscal_year, self.quarter, self.kpi_id, self.old, self.new = fiscal_year, quarter, kpi_id, old, new

    def _save(self, text: str) -> None:
        issue_service.enter_quarter_results(self._state.database, self.fiscal_year, self.quarter, {self.kpi_id: text},
                                            self._state.user_name, today=self._state.today(), confirm_future=True)

    def apply(self) -> None:
        self._save(self.new)

    def revert(self) -> None:
        self._save(self.old)


class IssuesScreen(QWidget):
    """The issues section: the fiscal year of the window's selector, one quarter open for typing."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuesScreen")
        self.state = state
        self.year: YearIssues | None = None
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.quarter_label = QLabel(self.tr("Enter the results of"))
        self.quarter_box = QComboBox()
        self.quarter_box.setObjectName("quarterBox")
        self.copy_button = QPushButton(self.tr("Copy issue to next year…"))
        self.copy_button.setObjectName("copyIssueButton")
        self.copy_button.setToolTip(self.tr("Copy the chosen issue with its target groups, goals, KPIs and plan"
                                            " into the next fiscal year"))
        self.copy_button.clicked.connect(self.copy_current_issue)
        self._editing_buttons()
        self.warning_label = WrappingLabel()
        self.warning_label.setObjectName("issuesWarning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("issuesMessage")
        self.hint_label = WrappingLabel(self.tr(
            "Type the chosen quarter's results into its column: Enter or Tab saves and moves to the next KPI."
            " Percent and status are computed."))
        self.hint_label.setStyleSheet("color: #5f6368;")

        self.model = KpiTableModel(state)
        self.model.save = self.save_result
        self.table = KpiTable()
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self._row_heights = fit_rows_lazily(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KPI, QHeaderView.ResizeMode.Stretch)  # the KPI's name takes what is left
        widths = {UNIT: 54, DIRECTION: 34, TARGET: 60, CUMULATIVE: 70, PERCENT: 74, STATUS: 110}
        self._widths = widths

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.quarter_label)
        top.addWidget(self.quarter_box)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.edit_row)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self.quarter_box.currentIndexChanged.connect(self._quarter_chosen)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_edit_buttons())
        self.table.activated.connect(self._activated)
        self.setTabOrder(self.quarter_box, self.table)  # the quarter, then straight to its results
        state.on_change(self, (changes.ISSUES, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    # --- loading ---

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def _default_quarter(self, fiscal_year: int) -> int:
        today = self.state.today()
        current = thai_calendar.fiscal_year_of(today)
        if fiscal_year < current:
            return 4
        if fiscal_year > current:
            return 1
        return next(q for q in (4, 3, 2, 1) if thai_calendar.FiscalQuarter(fiscal_year, q).start <= today)

    def reload(self) -> None:
        fiscal_year = fiscal_year_in_view(self.state)
        new_year = self.year is None or self.year.fiscal_year != fiscal_year
        self.year = issue_service.year_kpis(self.state.database, fiscal_year)
        self.title_label.setText(self.tr("Issues and KPIs, fiscal year %1").replace("%1", digits(self.state, str(fiscal_year))))
        self.quarter_box.blockSignals(True)
        chosen = self._default_quarter(fiscal_year) if new_year else self.quarter_box.currentIndex() + 1
        self.quarter_box.clear()
        for quarter in (1, 2, 3, 4):
            self.quarter_box.addItem(self.tr("Quarter %1").replace("%1", digits(self.state, str(quarter))))
        self.quarter_box.setCurrentIndex(chosen - 1)
        self.quarter_box.blockSignals(False)
        self.model.quarter = chosen
        self.model.set_year(self.year)
        self.table.clearSpans()
        for row, record in enumerate(self.model.records):
            if record.kpi is None:
                self.table.setSpan(row, 0, 1, STATUS + 1)
        count = len(self.year.issues)
        if self.year.below_minimum:
            self.warning_label.setText(self.tr(
                "Fiscal year %1 has %2 issue(s): the regulation asks the committee to take on at least two.")
                .replace("%1", digits(self.state, str(fiscal_year))).replace("%2", digits(self.state, str(count))))
        self.warning_label.setVisible(self.year.below_minimum)
        self.copy_button.setEnabled(count > 0)
        self._fit_columns()
        self._update_edit_buttons()

    def _fit_columns(self) -> None:
        """Each figure's column as wide as its title in the language (at least ``_widths``); the KPI's name
        takes what is left."""
        header = self.table.horizontalHeader()
        for column in range(STATUS + 1):
            if column != KPI:
                title = header.sectionSizeFromContents(column).width()
                self.table.setColumnWidth(column, max(self._widths.get(column, 56), title))

    def _quarter_chosen(self, index: int) -> None:
        if index >= 0:
            self.model.set_quarter(index + 1)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    # --- typing results ---

    def save_result(self, row: KpiRow, text: str) -> bool:
        """Saves one typed result of the chosen quarter; a refusal is shown and nothing changes."""
        assert row.kpi is not None and self.year is not None
        fiscal_year, quarter, kpi = self.year.fiscal_year, self.model.quarter, row.kpi
        old = plain_number(kpi.results[quarter - 1])
        try:
            try:
                saved = issue_service.enter_quarter_results(self.state.database, fiscal_year, quarter, {kpi.id: text},
                                                            self.state.user_name, today=self.state.today())
            except QuarterNotBegun as warning:
                if not self.confirm_future(warning.message(self.state.language)):
                    self.show_message(warning.message(self.state.language), error=True)
                    return False
                saved = issue_service.enter_quarter_results(self.state.database, fiscal_year, quarter, {kpi.id: text},
                                                            self.state.user_name, today=self.state.today(),
                                                            confirm_future=True)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            self.table.stay_on_cell = True
            return False
        if not saved:
            return False
        label = (self.tr("Result of %1, quarter %2").replace("%1", kpi.name)
                 .replace("%2", digits(self.state, str(quarter))))
        self.state.undo_stack.push(ResultChange(self, fiscal_year, quarter, kpi.id, old, text, label))
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        self.state.notify(changes.ISSUES)
        return True

    def confirm_future(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quarter not begun"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmFutureQuarter")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- copying an issue forward ---

    def current_issue(self) -> IssueView | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.record(index.row()).issue
        if self.year is not None and self.year.issues:
            return self.year.issues[0]
        return None

    def copy_current_issue(self) -> None:
        issue = self.current_issue()
        if issue is None:
            return
        next_year = digits(self.state, str(issue.fiscal_year + 1))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Copy to the next fiscal year"),
                          self.tr("Copy the issue “%1” with its target groups, goals, KPIs and plan into fiscal year"
                                  " %2? Results are not copied; this year's results become the baselines.")
                          .replace("%1", issue.title).replace("%2", next_year),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmCopyIssue")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.copy_issue(issue)

    def copy_issue(self, issue: IssueView) -> Operation:
        database, user_name = self.state.database, self.state.user_name
        next_year = digits(self.state, str(issue.fiscal_year + 1))
        operation = Operation(
            self, self.state, lambda _progress: issue_service.copy_issue_to_next_year(database, issue.id, user_name),
            label=self.tr("Copying the issue…"), changes=(changes.ISSUES, changes.COMMITTEES),
            success=lambda _new_id: self.show_message(
                self.tr("Copied “%1” into fiscal year %2.").replace("%1", issue.title).replace("%2", next_year)),
            failure=lambda text: self.show_message(text, error=True),
        )
        operation.run_in_background()
        return operation

    # --- adding, editing, deleting and ordering issues and KPIs ---

    def _editing_buttons(self) -> None:
        def button(name: str, text: str, tip: str, action) -> QPushButton:  # noqa: ANN001
            made = QPushButton(text)
            made.setObjectName(name)
            made.setToolTip(tip)
            made.clicked.connect(lambda: action())
            return made

        self.add_issue_button = button("addIssueButton", self.tr("Add an issue…"),
                                       self.tr("A new issue of this fiscal year, with its subcommittee"), self.add_issue)
        self.edit_issue_button = button("editIssueButton", self.tr("Edit the issue…"), self.tr(
            "Details, target groups, goals, obstacles and suggestions of the chosen issue (Enter on its title)"),
                                        self.edit_issue)
        self.move_up_button = button("moveIssueUpButton", self.tr("Move up"),
                                     self.tr("The chosen issue one place earlier (Alt+Up)"), lambda: self.move_issue(-1))
        self.move_up_button.setShortcut("Alt+Up")
        self.move_down_button = button("moveIssueDownButton", self.tr("Move down"),
                                       self.tr("The chosen issue one place later (Alt+Down)"),
                                       lambda: self.move_issue(1))
        self.move_down_button.setShortcut("Alt+Down")
        self.delete_issue_button = button("deleteIssueButton", self.tr("Delete the issue…"),
                                          self.tr("Delete the chosen issue with its KPIs and plan"), self.delete_issue)
        self.add_kpi_button = button("addKpiButton", self.tr("Add a KPI…"),
                                     self.tr("A new KPI of the chosen issue"), self.add_kpi)
        self.edit_kpi_button = button("editKpiButton", self.tr("Edit the KPI…"), self.tr(
            "Name, unit, direction, target and baselines of the chosen KPI (Enter on its name)"), self.edit_kpi)
        self.delete_kpi_button = button("deleteKpiButton", self.tr("Delete the KPI…"),
                                        self.tr("Delete the chosen KPI with its results"), self.delete_kpi)
        self.edit_row = FlowLayout()
        self.edit_row.add_widgets(self.add_issue_button, self.edit_issue_button, self.move_up_button,
                                  self.move_down_button, self.delete_issue_button, self.add_kpi_button,
                                  self.edit_kpi_button, self.delete_kpi_button)

    def current_kpi(self) -> KpiView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).kpi if index.isValid() else None

    def _update_edit_buttons(self) -> None:
        issue, kpi = self.current_issue(), self.current_kpi()
        issues = self.year.issues if self.year is not None else ()
        for button in (self.edit_issue_button, self.delete_issue_button, self.add_kpi_button):
            button.setEnabled(issue is not None)
        self.move_up_button.setEnabled(issue is not None and issue.id != issues[0].id)
        self.move_down_button.setEnabled(issue is not None and issue.id != issues[-1].id)
        self.edit_kpi_button.setEnabled(kpi is not None)
        self.delete_kpi_button.setEnabled(kpi is not None)

    def _activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on an issue's title edits the issue, on a KPI's figures the KPI."""
        if not index.isValid() or index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        if self.model.record(index.row()).kpi is None:
            self.edit_issue()
        else:
            self.edit_kpi()

    def select_issue(self, issue_id: int, kpi_id: int | None = None) -> None:
        for row, record in enumerate(self.model.records):
            if record.issue.id == issue_id and (record.kpi.id if record.kpi else None) == kpi_id:
                self.table.setCurrentIndex(self.model.index(row, KPI))
                return

    def _open(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def _done(self, command: SavedChange, issue_id: int, kpi_id: int | None = None) -> None:
        self.state.undo_stack.push(command)
        self.show_message(self.tr("Saved: %1").replace("%1", command.text()))
        self.state.notify(*command.changes)
        self.select_issue(issue_id, kpi_id)

    def add_issue(self) -> None:
        from pcha_desktop.ui.issues.issue_commands import IssueAdded
        from pcha_desktop.ui.issues.issue_dialog import IssueDialog

        fiscal_year = fiscal_year_in_view(self.state)
        dialog = IssueDialog(self.state, fiscal_year, None, self.model.quarter, self)
        if self._open(dialog) and dialog.issue_id is not None and dialog.after is not None:
            label = self.tr("Add the issue %1").replace("%1", dialog.after.details.title.strip())
            self._done(IssueAdded(self, fiscal_year, dialog.issue_id, dialog.after, label), dialog.issue_id)

    def edit_issue(self) -> None:
        from pcha_desktop.ui.issues.issue_commands import IssueEdited
        from pcha_desktop.ui.issues.issue_dialog import IssueDialog

        issue = self.current_issue()
        if issue is None:
            return
        dialog = IssueDialog(self.state, issue.fiscal_year, issue, self.model.quarter, self)
        if self._open(dialog) and dialog.before is not None and dialog.after is not None:
            if issue_service.issue_edit_of(issue_service.issue_view(self.state.database, issue.id)) == dialog.before:
                return  # saved as it was: nothing to undo
            label = self.tr("Edit the issue %1").replace("%1", issue.title)
            self._done(IssueEdited(self, issue.id, dialog.before, dialog.after, label), issue.id)

    def move_issue(self, step: int) -> None:
        from pcha_desktop.ui.issues.issue_commands import IssueMoved

        issue = self.current_issue()
        if issue is None:
            return
        try:
            moved = issue_service.move_year_issue(self.state.database, issue.id, step, self.state.user_name)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return
        if moved:
            label = (self.tr("Move %1 up") if step < 0 else self.tr("Move %1 down")).replace("%1", issue.title)
            self._done(IssueMoved(self, issue.id, step, label), issue.id)

    def _confirm(self, name: str, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName(name)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_issue(self) -> None:
        issue = self.current_issue()
        if issue is None:
            return
        text = (self.tr("Delete the issue “%1” with its %2 KPI(s) and their results, its target groups, goals,"
                        " notes and plan? Its notable work stays, under no issue. This cannot be undone.")
                .replace("%1", issue.title).replace("%2", digits(self.state, str(len(issue.kpis)))))
        if not self._confirm("confirmDeleteIssue", self.tr("Delete the issue"), text):
            return
        self.delete_issue_now(issue)

    def delete_issue_now(self, issue: IssueView) -> bool:
        try:
            issue_service.delete_year_issue(self.state.database, issue.id, self.state.user_name)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return False
        self.state.notify(changes.ISSUES, changes.COMMITTEES)
        self.show_message(self.tr("Deleted the issue “%1”.").replace("%1", issue.title))
        return True

    def add_kpi(self) -> None:
        from pcha_desktop.ui.issues.issue_commands import KpiAdded
        from pcha_desktop.ui.issues.kpi_dialog import KpiDialog

        issue = self.current_issue()
        if issue is None:
            return
        dialog = KpiDialog(self.state, issue, None, self)
        if self._open(dialog) and dialog.kpi_id is not None and dialog.after is not None:
            label = self.tr("Add the KPI %1").replace("%1", dialog.after.name.strip())
            self._done(KpiAdded(self, issue.id, dialog.kpi_id, dialog.after, label), issue.id, dialog.kpi_id)

    def edit_kpi(self) -> None:
        from pcha_desktop.ui.issues.issue_commands import KpiEdited
        from pcha_desktop.ui.issues.kpi_dialog import KpiDialog

        issue, kpi = self.current_issue(), self.current_kpi()
        if issue is None or kpi is None:
            return
        dialog = KpiDialog(self.state, issue, kpi, self)
        if self._open(dialog) and dialog.before is not None and dialog.after is not None:
            label = self.tr("Edit the KPI %1").replace("%1", kpi.name)
            self._done(KpiEdited(self, kpi.id, dialog.before, dialog.after, label), issue.id, kpi.id)

    def delete_kpi(self) -> None:
        kpi = self.current_kpi()
        if kpi is None:
            return
        reported = sum(value is not None for value in kpi.results)
        text = (self.tr("Delete the KPI “%1” with its %2 quarterly result(s)? A key result measured by it stays,"
                        " measured by no KPI. This cannot be undone.")
                .replace("%1", kpi.name).replace("%2", digits(self.state, str(reported))))
        if not self._confirm("confirmDeleteKpi", self.tr("Delete the KPI"), text):
            return
        self.delete_kpi_now(kpi)

    def delete_kpi_now(self, kpi: KpiView) -> bool:
        try:
            issue_service.delete_kpi(self.state.database, kpi.id, self.state.user_name)
        except BilingualError as refusal:
            self.show_message(refusal.message(self.state.language), error=True)
            return False
        self.state.notify(changes.ISSUES)
        self.show_message(self.tr("Deleted the KPI “%1”.").replace("%1", kpi.name))
        return True
