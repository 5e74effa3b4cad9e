"""Settings › The year's steps: the province's due date of each step (day and month of the fiscal year), over
the defaults that follow the quarters. Saved for the district's database (audited), read by the guide. The
province's own dates can be loaded from the file it sends (checked; a bad file changes nothing), and the
dates shown can be saved as such a file for the districts."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import year_guide as g
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import ENGLISH_MONTH_NAMES, THAI_MONTH_NAMES
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees.common import choose_open_file
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel

FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)  # October first: the fiscal year's order


class DueDatesPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDatesPage")
        self.state = state
        translate = QCoreApplication.translate
        names = ENGLISH_MONTH_NAMES if state.language == "en" else THAI_MONTH_NAMES
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        self.days: dict[g.YearStep, QSpinBox] = {}
        self.months: dict[g.YearStep, QComboBox] = {}
        for row, step in enumerate(g.YearStep):
            grid.addWidget(WrappingLabel(f"{row + 1}. {g.label(step, state.language)}"), row, 0)
            days = QSpinBox()
            days.setRange(1, 31)
            months = QComboBox()
            for number in FISCAL_MONTHS:
                months.addItem(names[number - 1], number)
            grid.addWidget(days, row, 1)
            grid.addWidget(months, row, 2)
            self.days[step], self.months[step] = days, months
        grid.setColumnStretch(0, 1)
        self.show_dates(guide_service.due_dates(state.database).overrides)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("dueDatesMessage")
        self.save_button = QPushButton(translate("DueDatesPage", "Save the due dates"))
        self.save_button.setObjectName("saveDueDates")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(translate("DueDatesPage", "Back to the defaults"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.load_button = QPushButton(translate("DueDatesPage", "Load the province's file…"))
        self.load_button.setObjectName("loadDueDates")
        self.load_button.setToolTip(translate("DueDatesPage", "The due dates the province sends as a file"
                                              " (.json); they are checked and saved at once"))
        self.load_button.clicked.connect(lambda: self.load_file())
        self.export_button = QPushButton(translate("DueDatesPage", "Save as a file for the districts…"))
        self.export_button.setObjectName("exportDueDates")
        self.export_button.clicked.connect(lambda: self.export_file())
        buttons = QHBoxLayout()
        for button in (self.save_button, self.defaults_button, self.load_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(translate(
            "DueDatesPage", "When each step of the year is due in this province (the day and month within the fiscal"
            " year). The year's steps show a step as due soon 30 days before and as late after it.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumSize(720, 460)  # the settings dialog opens at its page's size

    def chosen(self) -> dict[g.YearStep, tuple[int, int]]:
        return {step: (int(self.months[step].currentData()), self.days[step].value()) for step in g.YearStep}

    def show_dates(self, dates: Mapping[g.YearStep, tuple[int, int]]) -> None:
        """Show ``dates`` (steps not given: the defaults) in the fields."""
        for step in g.YearStep:
            month, day = dates.get(step, g.DEFAULT_DUE[step])
            self.months[step].setCurrentIndex(self.months[step].findData(month))
            self.days[step].setValue(day)

    def restore_defaults(self) -> None:
        self.show_dates({})

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def load_file(self, path: Path | None = None) -> bool:
        """The province's file: checked, saved at once and shown; a file that is not one is refused with the
        reason and nothing changes."""
        translate = QCoreApplication.translate
        if path is None:
            path = choose_open_file(self, translate("DueDatesPage", "The province's due dates"),
                                    translate("DueDatesPage", "Due dates (*.json)"))
            if path is None:
                return False
        try:
            loaded = guide_service.load_due_dates_file(self.state.database, path, self.state.user_name)
        except BilingualError as refusal:
            self._say(translate("DueDatesPage", "This file was not loaded: %1").replace(
                "%1", refusal.message(self.state.language)), error=True)
            return False
        self.show_dates(guide_service.due_dates(self.state.database).overrides)
        source = loaded.source_en if self.state.language == "en" else loaded.source_th
        text = translate("DueDatesPage", "The province's due dates of %1 steps were loaded and saved; the other steps"
                         " keep the defaults.").replace("%1", digits(self.state, str(len(loaded.dates))))
        self._say(f"{text} {source}".strip())
        self.state.notify(changes.YEAR_GUIDE)
        return True

    def export_file(self, path: Path | None = None) -> bool:
        """The saved due dates of all fifteen steps as the file a province sends its districts."""
        translate = QCoreApplication.translate
        if path is None:
            path = export_files.choose_export_path(
                self, self.state, translate("DueDatesPage", "Save the due dates as a file"),
                f"due-dates-{fiscal_year_in_view(self.state)}.json", translate("DueDatesPage", "Due dates (*.json)"))
            if path is None:
                return False
        try:
            guide_service.write_due_dates_file(self.state.database, path)
        except BilingualError as refusal:
            self._say(refusal.message(self.state.language), error=True)
            return False
        self._say(translate("DueDatesPage", "Saved the due dates (as last saved) to %1.").replace("%1", path.name))
        return True

    def save(self) -> bool:
        overrides = {step: value for step, value in self.chosen().items() if value != g.DEFAULT_DUE[step]}
        try:
            guide_service.set_due_dates(self.state.database, overrides, self.state.user_name)
        except BilingualError as refusal:
            self._say(refusal.message(self.state.language), error=True)
            return False
        self._say(QCoreApplication.translate("DueDatesPage", "Saved."))
        self.state.notify(changes.YEAR_GUIDE)
        return True
