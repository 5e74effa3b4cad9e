"""Settings › The year's steps: the province's due date of each step (day and month of the fiscal year), over
the defaults that follow the quarters. Saved for the district's database (audited), read by the guide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from pcha_desktop.domain import year_guide as g
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import ENGLISH_MONTH_NAMES, THAI_MONTH_NAMES
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel

FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)  # October first: the fiscal year's order


class DueDatesPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDatesPage")
        self.state = state
        translate = QCoreApplication.translate
        names = ENGLISH_MONTH_NAMES if state.language == "en" else THAI_MONTH_NAMES
        current = guide_service.due_dates(state.database)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        self.days: dict[g.YearStep, QSpinBox] = {}
        self.months: dict[g.YearStep, QComboBox] = {}
        for row, step in enumerate(g.YearStep):
            month, day = current.overrides.get(step, g.DEFAULT_DUE[step])
            grid.addWidget(WrappingLabel(f"{row + 1}. {g.label(step, state.language)}"), row, 0)
            days = QSpinBox()
            days.setRange(1, 31)
            days.setValue(day)
            months = QComboBox()
            for number in FISCAL_MONTHS:
                months.addItem(names[number - 1], number)
            months.setCurrentIndex(months.findData(month))
            grid.addWidget(days, row, 1)
            grid.addWidget(months, row, 2)
            self.days[step], self.months[step] = days, months
        grid.setColumnStretch(0, 1)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
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

    def restore_defaults(self) -> None:
        for step, (month, day) in g.DEFAULT_DUE.items():
            self.months[step].setCurrentIndex(self.months[step].findData(month))
            self.days[step].setValue(day)

    def save(self) -> bool:
        overrides = {step: value for step, value in self.chosen().items() if value != g.DEFAULT_DUE[step]}
        try:
            guide_service.set_due_dates(self.state.database, overrides, self.state.user_name)
        except BilingualError as refusal:
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(refusal.message(self.state.language))
            return False
        self.message_label.setStyleSheet("")
        self.message_label.setText(QCoreApplication.translate("DueDatesPage", "Saved."))
        self.state.notify(changes.YEAR_GUIDE)
        return True
