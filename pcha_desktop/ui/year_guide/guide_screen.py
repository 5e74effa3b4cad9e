"""The year's guide: Khon Kaen's fifteen steps for the fiscal year in view, each with its state computed from
the data, its due date and one click to where it is done; what is still missing, in plain words; ticking
the two steps the data cannot tell; choosing step 15's strategies."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import year_guide as g
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import date_text, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel, fit_rows_lazily
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel
from pcha_desktop.ui.year_guide.common import STATE_COLOURS, STATE_MARKS, section_for

NUMBER, STEP, STATE, PROGRESS, DUE = range(5)


class StepTableModel(RecordTableModel[g.StepProgress]):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Step"),
            self.tr("State"),
            self.tr("Done"),
            self.tr("Due"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        step = self.record(index.row())
        column = index.column()
        language = self.state.language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return digits(self.state, str(step.number))
            if column == STEP:
                text = g.label(step.step, language)
                if step.manual is not None:
                    ticked = self.tr("ticked %1").replace("%1", date_text(self.state, step.manual.ticked_on))
                    text += f" ({ticked}{': ' + step.manual.note if step.manual.note else ''})"
                return text
            if column == STATE:
                return f"{STATE_MARKS[step.state]} {g.label(step.state, language)}"
            if column == PROGRESS:
                return digits(self.state, f"{step.done}/{step.total}")
            if column == DUE:
                return date_text(self.state, step.due)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QBrush(QColor(STATE_COLOURS[step.state][0]))
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return QBrush(QColor(STATE_COLOURS[step.state][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, PROGRESS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{item.th if language != 'en' else item.en}" for item in step.missing]
            return "\n".join(lines) or None
        return None


class YearGuideScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGuideScreen")
        self.state = state
        self.guide: guide_service.YearGuide | None = None
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.summary_label = WrappingLabel()
        self.summary_label.setObjectName("guideSummary")
        self.hint_label = WrappingLabel(self.tr(
            "Each step's state is computed from what you have recorded. Double-click a step, or press Enter, to"
            " go where it is done."))
        self.hint_label.setStyleSheet("color: #5f6368;")

        self.model = StepTableModel(state)
        self.table = QTableView()
        self.table.setObjectName("guideSteps")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self.table.setWordWrap(True)
        self._row_heights = fit_rows_lazily(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.go_to_step(index.row()))
        self.table.activated.connect(lambda index: self.go_to_step(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.missing_title = WrappingLabel(self.tr("Still missing"))
        self.missing_title.setStyleSheet("font-weight: bold;")
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("guideMissing")
        self.missing_list.setWordWrap(True)
        self.missing_list.setItemDelegate(WrappingItemDelegate(self.missing_list))  # Thai wraps between words
        self.missing_list.setResizeMode(QListWidget.ResizeMode.Adjust)

        self.go_button = QPushButton(self.tr("Go to this step"))
        self.go_button.setObjectName("goToStepButton")
        self.go_button.clicked.connect(lambda: self.go_to_step(self.table.currentIndex().row()))
        self.tick_button = QPushButton(self.tr("Record as done…"))
        self.tick_button.setObjectName("tickStepButton")
        self.tick_button.setToolTip(self.tr("For the steps the data cannot tell, e.g. the district chief presented"
                                            " at the governor's meeting"))
        self.tick_button.clicked.connect(self.tick_current_step)
        self.untick_button = QPushButton(self.tr("Undo the record"))
        self.untick_button.setObjectName("untickStepButton")
        self.untick_button.clicked.connect(self.untick_current_step)
        self.strategies_button = QPushButton(self.tr("Choose strategies…"))
        self.strategies_button.setObjectName("chooseStrategiesButton")
        self.strategies_button.clicked.connect(self.choose_strategies)

        buttons = QHBoxLayout()
        for button in (self.go_button, self.tick_button, self.untick_button, self.strategies_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.missing_title)
        right_layout.addWidget(self.missing_list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(splitter, 1)
        state.on_change(self, changes.DATABASE_KINDS, self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())
        self.reload()

    def reload(self) -> None:
        state = self.state
        fiscal_year = fiscal_year_in_view(state)
        row = max(0, self.table.currentIndex().row())
        self.guide = guide_service.year_guide(state.database, fiscal_year, state.today())
        done, late = self.guide.done_and_late
        self.title_label.setText(self.tr("The year's steps, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        summary = self.tr("%1 of 15 steps done").replace("%1", digits(state, str(done)))
        if late:
            summary += " · " + self.tr("%1 late").replace("%1", digits(state, str(late)))
        self.summary_label.setText(summary)
        self.model.set_records(self.guide.steps)
        self.missing_list.clear()
        for item in self.guide.missing:
            QListWidgetItem("• " + (item.en if state.language == "en" else item.th), self.missing_list)
        if not self.guide.missing:
            QListWidgetItem(self.tr("Nothing is missing."), self.missing_list)
        self.table.selectRow(min(row, len(self.guide.steps) - 1))
        self._row_changed(self.table.currentIndex())

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - inside the window now: its sections are known
        super().showEvent(event)
        self._row_changed(self.table.currentIndex())

    def current_step(self) -> g.StepProgress | None:
        row = self.table.currentIndex().row()
        return self.guide.steps[row] if self.guide is not None and 0 <= row < len(self.guide.steps) else None

    def _row_changed(self, _index: QModelIndex) -> None:
        step = self.current_step()
        manual = step is not None and step.step in g.MANUAL_STEPS
        self.tick_button.setEnabled(manual)
        self.untick_button.setEnabled(manual and step is not None and step.manual is not None)
        self.go_button.setEnabled(step is not None and self._section_of(step.step) not in (None, "year_guide"))

    def _window_sections(self) -> set[str]:
        window = self.window()
        if not hasattr(window, "section_list"):
            return set()
        return {section.key for section in window.section_list()}

    def _section_of(self, step: g.YearStep) -> str | None:
        return section_for(step, self._window_sections())

    def go_to_step(self, row: int) -> None:
        if self.guide is None or not 0 <= row < len(self.guide.steps):
            return
        step = self.guide.steps[row].step
        if step is g.YearStep.STRATEGIES:
            self.choose_strategies()
            return
        key = self._section_of(step)
        if key is None or key == "year_guide":
            if step in g.MANUAL_STEPS:
                self.tick_current_step()
            return
        self.window().show_section(key)  # type: ignore[attr-defined]

    def tick_current_step(self) -> None:
        from pcha_desktop.ui.year_guide.dialogs import TickStepDialog

        step = self.current_step()
        if step is None or step.step not in g.MANUAL_STEPS:
            return
        dialog = TickStepDialog(self.state, step, self)
        if dialog.exec():
            self.state.notify(changes.YEAR_GUIDE)

    def untick_current_step(self) -> None:
        step = self.current_step()
        if step is None or step.manual is None:
            return
        guide_service.untick_step(self.state.database, fiscal_year_in_view(self.state),
                                  step.step, self.state.user_name)
        self.state.notify(changes.YEAR_GUIDE)

    def choose_strategies(self) -> None:
        from pcha_desktop.ui.year_guide.dialogs import StrategiesDialog

        dialog = StrategiesDialog(self.state, fiscal_year_in_view(self.state), self)
        if dialog.exec():
            self.state.notify(changes.YEAR_GUIDE)
