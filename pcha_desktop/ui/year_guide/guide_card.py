"""For the home screen: the year's steps at a glance (how many done, how many late) and the next things to
do, each a click away from the screen where it is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QProgressBar, QPushButton, QVBoxLayout, QWidget

from pcha_desktop.domain import year_guide as g
from pcha_desktop.services import year_guide as guide_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import date_text, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.year_guide.common import STATE_COLOURS, section_for

SHOWN_STEPS = 3


class StepLink(WrappingLabel):
    """A step as a link that wraps between Thai words (a button's text would not): click, Enter or Space."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class YearGuideCard(QFrame):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGuideCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar()
        self.bar.setObjectName("yearGuideBar")
        self.bar.setRange(0, 15)
        self.bar.setMaximumHeight(18)
        self.next_steps: list[StepLink] = []
        self._steps_box = QVBoxLayout()
        self._steps_box.setSpacing(1)
        self.open_button = QPushButton(self.tr("Open the year's guide"))
        self.open_button.setObjectName("openYearGuide")
        self.open_button.setFlat(True)
        self.open_button.setStyleSheet("text-align: left; color: #1a73e8;")
        self.open_button.clicked.connect(lambda: self._go("year_guide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.bar)
        layout.addLayout(self._steps_box)
        layout.addWidget(self.open_button)
        state.on_change(self, changes.DATABASE_KINDS, self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())
        self.reload()

    def reload(self) -> None:
        state = self._state
        fiscal_year = fiscal_year_in_view(state)
        guide = guide_service.year_guide(state.database, fiscal_year, state.today())
        done, late = guide.done_and_late
        self.title_label.setText(self.tr("The year's steps, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        self.bar.setValue(done)
        text = self.tr("%1 of 15 done").replace("%1", digits(state, str(done)))
        if late:
            text += " · " + self.tr("%1 late").replace("%1", digits(state, str(late)))
        self.bar.setFormat(text)
        for button in self.next_steps:
            button.hide()
            button.deleteLater()
        self.next_steps = []
        order = {g.StepState.LATE: 0, g.StepState.DUE_SOON: 1, g.StepState.IN_PROGRESS: 2, g.StepState.NOT_STARTED: 3}
        pending = sorted((step for step in guide.steps if not step.complete), key=lambda s: (order[s.state], s.due))
        for step in pending[:SHOWN_STEPS]:
            words = g.label(step.state, state.language)
            due = self.tr("due %1").replace("%1", date_text(state, step.due))
            label = f"{digits(state, str(step.number))}. {g.label(step.step, state.language)} — {words}, {due}"
            button = StepLink(label)
            button.setObjectName(f"guideStep_{step.step.value}")
            colour, _background = STATE_COLOURS[step.state]
            button.setStyleSheet(f"color: {colour}; text-decoration: underline;")
            button.setToolTip("\n".join(item.en if state.language == "en" else item.th for item in step.missing))
            button.clicked.connect(lambda s=step.step: self._go_to_step(s))
            self._steps_box.addWidget(button)
            self.next_steps.append(button)

    def _sections(self) -> set[str]:
        window = self.window()
        return {section.key for section in window.section_list()} if hasattr(window, "section_list") else set()

    def _go_to_step(self, step: g.YearStep) -> None:
        self._go(section_for(step, self._sections()) or "year_guide")

    def _go(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_section") and key in self._sections():
            window.show_section(key)
