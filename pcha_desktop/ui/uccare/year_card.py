"""For the home screen: the year's UCCARE status (how many issues pass, whether the district passes under the
configured rule) and each issue's result, one line each."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from pcha_desktop.services import uccare as uccare_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.uccare.common import RESULT_MARKS, RESULT_STYLES, SHOWN, result_style, term


class UccareYearCard(QFrame):
    """The UCCARE section's home card: reloads with assessments, issues, settings and the fiscal year."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uccareYearCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.status_label = WrappingLabel()
        self.status_label.setObjectName("uccareCardStatus")
        self._body = QWidget()
        self._lines = QVBoxLayout(self._body)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(1)
        self.issue_labels: list[WrappingLabel] = []
        self.scroll_area = QScrollArea()  # many issues scroll: the home screen still fits 720 pixels
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._body)
        self.scroll_area.setMinimumHeight(44)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll_area, 1)
        # no taller than it must be: the home page scrolls, and the profile's fields below keep their height
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        state.on_change(self, SHOWN, self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        """Its height does not follow its width (its lines scroll inside it): the home page's scroll area,
        which sizes its content from the minimum heights, then never squeezes the fields below."""
        return False

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    def reload(self) -> None:
        state = self._state
        fiscal_year = fiscal_year_in_view(state)
        year = uccare_service.year_uccare(state.database, fiscal_year)
        self.title_label.setText(self.tr("UCCARE, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        self.status_label.setText(digits(state, year.status.text(state.language)) if year.issues
                                  else self.tr("No issues for this fiscal year yet."))
        self.status_label.setStyleSheet(result_style(year.status.result) if year.issues else "")
        for label in self.issue_labels:
            label.hide()
            label.deleteLater()
        self.issue_labels = []
        for issue in year.issues:
            result = issue.decision.result
            label = WrappingLabel(f"{RESULT_MARKS[result]} {issue.title} — {term(state, result)}")
            label.setStyleSheet(f"color: {RESULT_STYLES[result][0]};")
            label.setToolTip(digits(state, issue.decision.explanation(state.language)))
            self._lines.addWidget(label)
            self.issue_labels.append(label)

