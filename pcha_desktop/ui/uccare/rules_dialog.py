"""The UCCARE rules of the district: whose assessments decide an issue's result (the Ministry's wording by
default), when the district passes for the year, and the rubric new assessments use (a province's own can
be loaded from a file: checked, refused with the reason, nothing changed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.uccare import DecidingAssessors, DistrictRule
from pcha_desktop.services import uccare as uccare_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.uccare.common import term


@dataclass(frozen=True)
class Rules:
    deciding: DecidingAssessors
    rule: DistrictRule
    rubric: str  # "key@version"


def current_rules(state: AppState) -> Rules:
    database = state.database
    return Rules(uccare_service.deciding_assessors(database), uccare_service.district_rule(database),
                 uccare_service.current_rubric(database).ident)


def save_rules(state: AppState, rules: Rules) -> None:
    uccare_service.set_uccare_rules(state.database, rules.deciding, rules.rule, state.user_name)
    uccare_service.use_rubric(state.database, rules.rubric, state.user_name)


class RulesDialog(QDialog):
    def __init__(self, parent: QWidget | None, state: AppState,
                 choose_file: Callable[[QWidget], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uccareRulesDialog")
        self.setWindowTitle(self.tr("UCCARE rules"))
        self._state = state
        self._choose_file = choose_file or self._ask_file
        rules = current_rules(state)
        self.deciding_box = QComboBox()
        self.deciding_box.setObjectName("decidingBox")
        for value in DecidingAssessors:
            self.deciding_box.addItem(term(state, value), value)
        self.deciding_box.setCurrentIndex(self.deciding_box.findData(rules.deciding))
        self.rule_box = QComboBox()
        self.rule_box.setObjectName("districtRuleBox")
        for value in DistrictRule:
            self.rule_box.addItem(term(state, value), value)
        self.rule_box.setCurrentIndex(self.rule_box.findData(rules.rule))
        self.rubric_box = QComboBox()
        self.rubric_box.setObjectName("rubricBox")
        self.load_button = QPushButton(self.tr("Load a province's rubric file…"))
        self.load_button.setObjectName("loadRubricButton")
        self.load_button.clicked.connect(self.load_file)
        self._fill_rubrics(rules.rubric)
        self.hint = WrappingLabel(self.tr(
            "The Ministry's KPI counts the self-assessment and the provincial assessment; seed 000 adds regional"
            " visitors. An issue passes when every deciding assessor's before and after pass: every component up"
            " by at least one level, or every component at level 3 or above."))
        self.hint.setStyleSheet("color: #5f6368;")
        self.message = WrappingLabel()
        self.message.setObjectName("rulesMessage")
        form = QFormLayout()
        form.addRow(self.tr("Whose assessments decide"), self.deciding_box)
        form.addRow(self.tr("The district passes when"), self.rule_box)
        rubric_row = QHBoxLayout()
        rubric_row.addWidget(self.rubric_box, 1)
        rubric_row.addWidget(self.load_button)
        form.addRow(self.tr("Rubric for new assessments"), rubric_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 300)

    def _fill_rubrics(self, chosen: str) -> None:
        self.rubric_box.clear()
        for rubric in uccare_service.rubrics(self._state.database):
            self.rubric_box.addItem(f"{rubric.title(self._state.language)} ({rubric.ident})", rubric.ident)
        self.rubric_box.setCurrentIndex(max(0, self.rubric_box.findData(chosen)))

    def _ask_file(self, parent: QWidget) -> Path | None:
        from pcha_desktop.ui.committees.common import choose_open_file

        chosen = choose_open_file(parent, self.tr("Choose a UCCARE rubric file"), self.tr("UCCARE rubric (*.json)"))
        return Path(chosen) if chosen else None

    def load_file(self) -> None:
        path = self._choose_file(self)
        if path is None:
            return
        try:
            rubric = uccare_service.load_rubric_file(self._state.database, path, self._state.user_name)
        except BilingualError as refusal:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(refusal.message(self._state.language))
            return
        self._fill_rubrics(rubric.ident)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Loaded: %1").replace("%1", rubric.title(self._state.language)))

    def rules(self) -> Rules:
        return Rules(self.deciding_box.currentData(), self.rule_box.currentData(), self.rubric_box.currentData())
