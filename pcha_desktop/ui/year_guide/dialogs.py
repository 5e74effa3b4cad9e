"""The year guide's two dialogs: recording a step the data cannot tell as done (a date and a note), and
choosing the strategies of step 15 from the suggestions (Khon Kaen's by default, or a province's file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import year_guide as g
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import ERROR_STYLE, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


def _buttons(dialog: QDialog, accept_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("YearGuideDialogs", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TickStepDialog(QDialog):
    """Record a step the data cannot tell as done: on which date, and a note (e.g. which meeting)."""

    def __init__(self, state: AppState, step: g.StepProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickStepDialog")
        self.setWindowTitle(self.tr("Record a step as done"))
        self.state = state
        self.step = step
        self.step_label = WrappingLabel(g.label(step.step, state.language))
        self.step_label.setStyleSheet("font-weight: bold;")
        self.date_edit = ThaiDateEdit(step.manual.ticked_on if step.manual else state.today(),
                                      language=state.language, thai_digits=state.thai_digits)
        self.date_edit.setObjectName("tickDate")
        self.note_edit = QPlainTextEdit(step.manual.note if step.manual else "")
        self.note_edit.setObjectName("tickNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. presented at the provincial heads' meeting of March"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("tickError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = _buttons(self, self.tr("Save"))
        form = QFormLayout()
        form.addRow(self.tr("Done on"), self.date_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def accept(self) -> None:
        ticked_on = self.date_edit.date()
        if not self.date_edit.is_valid() or ticked_on is None:
            self.error_label.setText(self.date_edit.error() or self.tr("Enter the date the step was done."))
            return
        try:
            guide_service.tick_step(self.state.database, fiscal_year_in_view(self.state), self.step.step, ticked_on,
                                    self.note_edit.toPlainText(), self.state.user_name)
        except BilingualError as refusal:
            self.error_label.setText(refusal.message(self.state.language))
            return
        super().accept()


class StrategiesDialog(QDialog):
    """Tick the strategies the district uses this year; the list is Khon Kaen's unless a file is loaded."""

    def __init__(self, state: AppState, fiscal_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategiesDialog")
        self.setWindowTitle(self.tr("Strategies for driving the committee's work"))
        self.state = state
        self.fiscal_year = fiscal_year
        self.suggestions = guide_service.default_strategies()
        self.source_label = WrappingLabel()
        self.source_label.setStyleSheet("color: #5f6368;")
        self.list = QListWidget()
        self.list.setObjectName("strategyList")
        self.list.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load the province's list…"))
        self.load_button.setObjectName("loadStrategiesButton")
        self.load_button.clicked.connect(self.load_file)
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("strategiesError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = _buttons(self, self.tr("Save"))
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(self.tr("Tick the strategies the district uses this fiscal year.")))
        layout.addWidget(self.source_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        self._show_list(set(guide_service.chosen_strategies(state.database, fiscal_year)))

    def _show_list(self, chosen: set[str]) -> None:
        english = self.state.language == "en"
        self.source_label.setText(self.suggestions.source_en if english else self.suggestions.source_th)
        self.list.clear()
        for strategy in self.suggestions.strategies:
            item = QListWidgetItem(strategy.en if english else strategy.th, self.list)
            item.setData(Qt.ItemDataRole.UserRole, strategy.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if strategy.key in chosen else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def load_file(self, _checked: bool = False, *, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The province's list of strategies"), "",
                                                  self.tr("Strategy lists (*.json)"))
            if not path:
                return
        try:
            self.suggestions = guide_service.read_strategy_file(Path(path))
        except BilingualError as refusal:
            self.error_label.setText(refusal.message(self.state.language))
            return
        self.error_label.clear()
        self._show_list(set(self.chosen_keys()))

    def accept(self) -> None:
        try:
            guide_service.choose_strategies(self.state.database, self.fiscal_year, self.suggestions,
                                            self.chosen_keys(), self.state.user_name)
        except BilingualError as refusal:
            self.error_label.setText(refusal.message(self.state.language))
            return
        super().accept()
