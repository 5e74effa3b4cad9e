"""Record one UCCARE assessment of an issue: phase, assessor, date, who took part, and for each of the six
components its level, chosen against the rubric's description of every level shown beside the choice, with
an evidence note. OK saves through ``save`` (the screen's: one transaction, undoable); a refusal is shown in
the dialog and it stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.text_input import max_length
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Component, Phase, Rubric, component_name
from pcha_desktop.services.uccare import AssessmentInput, AssessmentView
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.uccare.common import term
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit
from pcha_desktop.ui.widgets.thai_digits_spin_box import ThaiDigitsSpinBox

Saver = Callable[[AssessmentInput], str | None]  # the refusal's text, or None once saved


class ComponentBox(QGroupBox):
    """One component: its five levels as radio buttons, each with the rubric's description beside it."""

    def __init__(self, state: AppState, rubric: Rubric, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(component_name(component, state.language), parent)
        self.setObjectName(f"component_{component.value}")
        self.component = component
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        self.buttons: dict[int, QRadioButton] = {}
        self.descriptions: dict[int, WrappingLabel] = {}
        for row, level in enumerate(range(1, 6)):
            button = QRadioButton(digits(state, f"{level} {rubric.level_name(level, state.language)}"))
            button.setObjectName(f"level_{component.value}_{level}")
            description = WrappingLabel(rubric.description(component, level, state.language))
            description.setObjectName(f"description_{component.value}_{level}")
            description.setBuddy(button)
            self.group.addButton(button, level)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(description, row, 1)
            self.buttons[level], self.descriptions[level] = button, description
        self.evidence = QLineEdit()
        self.evidence.setObjectName(f"evidence_{component.value}")
        self.evidence.setMaxLength(max_length("uccare_evidence"))
        self.evidence.setPlaceholderText(self.tr("Evidence: what the level was judged on"))
        grid.addWidget(self.evidence, 5, 0, 1, 2)

    def level(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_level(self, level: int | None) -> None:
        if level in self.buttons:
            self.buttons[level].setChecked(True)


class AssessmentDialog(QDialog):
    def __init__(self, parent: QWidget | None, state: AppState, issue_title: str, rubric: Rubric,
                 phase: Phase, assessor: Assessor, existing: AssessmentView | None, save: Saver,
                 default_day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uccareAssessmentDialog")
        self.setWindowTitle(self.tr("UCCARE assessment: %1").replace("%1", issue_title))
        self._state, self._save = state, save
        self.phase_box = QComboBox()
        self.phase_box.setObjectName("phaseBox")
        for value in Phase:
            self.phase_box.addItem(term(state, value), value)
        self.assessor_box = QComboBox()
        self.assessor_box.setObjectName("assessorBox")
        for value in Assessor:
            self.assessor_box.addItem(term(state, value), value)
        self.date_edit = ThaiDateEdit(default_day or state.today(), language=state.language,
                                      thai_digits=state.thai_digits)
        self.date_edit.setObjectName("assessedOn")
        self.participants = QPlainTextEdit()
        self.participants.setObjectName("participants")
        self.participants.setPlaceholderText(self.tr("One person a line: name, position"))
        self.participants.setMaximumHeight(64)
        self.count = ThaiDigitsSpinBox(state.thai_digits and state.language != "en")
        self.count.setObjectName("participantCount")
        self.count.setRange(0, 100_000)
        self.count.setSpecialValueText(self.tr("count the names"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(max_length("uccare_note"))
        self.rubric_label = QLabel(self.tr("Rubric: %1").replace("%1", f"{rubric.title(state.language)} ({rubric.ident})"))
        self.rubric_label.setStyleSheet("color: #5f6368;")

        top = QFormLayout()
        which = QHBoxLayout()
        which.addWidget(self.phase_box)
        which.addWidget(self.assessor_box)
        which.addWidget(QLabel(self.tr("Date")))
        which.addWidget(self.date_edit)
        which.addStretch(1)
        top.addRow(self.tr("Assessment"), which)
        people = QHBoxLayout()
        people.addWidget(self.participants, 1)
        people.addWidget(QLabel(self.tr("or a count")))
        people.addWidget(self.count)
        top.addRow(self.tr("Who took part"), people)
        top.addRow(self.tr("Note"), self.note)

        self.boxes = {component: ComponentBox(state, rubric, component) for component in COMPONENTS}
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        for box in self.boxes.values():
            body_layout.addWidget(box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.error_label = WrappingLabel()
        self.error_label.setObjectName("assessmentError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rubric_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(960, 620)
        self._choose(self.phase_box, phase)
        self._choose(self.assessor_box, assessor)
        if existing is not None:
            self.fill(existing)

    @staticmethod
    def _choose(box: QComboBox, value: object) -> None:
        box.setCurrentIndex(box.findData(value))

    def fill(self, existing: AssessmentView) -> None:
        self.date_edit.set_date(existing.assessed_on)
        self.participants.setPlainText(existing.participants)
        self.count.setValue(existing.participant_count or 0)
        self.note.setText(existing.note)
        for component, box in self.boxes.items():
            box.set_level(existing.levels.get(component))
            box.evidence.setText(existing.evidence.get(component, ""))

    def value(self) -> AssessmentInput | None:
        """What was entered, or None (with the reason shown) when the date cannot be read."""
        day = self.date_edit.date()
        if day is None:
            self.error_label.setText(self.date_edit.error())
            return None
        return AssessmentInput(
            self.phase_box.currentData(), self.assessor_box.currentData(), day,
            {component: box.level() for component, box in self.boxes.items()},
            {component: box.evidence.text() for component, box in self.boxes.items()},
            self.participants.toPlainText(), self.count.value() or None, self.note.text())

    def accept(self) -> None:
        data = self.value()
        if data is None:
            return
        refusal = self._save(data)  # a component left without a level keeps the result "incomplete"
        if refusal is not None:
            self.error_label.setText(refusal)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, issue_title: str, rubric: Rubric, phase: Phase,
            assessor: Assessor, existing: AssessmentView | None, save: Saver, default_day: date | None = None) -> bool:
        """True once the assessment was saved."""
        dialog = cls(parent, state, issue_title, rubric, phase, assessor, existing, save, default_day)
        return dialog.exec() == QDialog.DialogCode.Accepted
