"""The district's UCCARE result of the fiscal years before the one in view — the province table's baselines —
from the one source (services/uccare.py ``year_results``): a year with assessments in the app shows their
result, read only; a year before the app takes a result the secretary types (passed, not passed, or none),
saved at once through ``save`` (the screen's undoable change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.uccare import Result
from pcha_desktop.services import uccare as uccare_service
from pcha_desktop.services.uccare import YearResult, YearSource
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import ERROR_STYLE, digits
from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, WrappingLabel
from pcha_desktop.ui.uccare.common import RESULT_MARKS, RESULT_STYLES, term

YEARS_SHOWN = 5  # the fiscal years before the one in view (seed 000's baselines are the last three)
Save = Callable[[int, "bool | None", str], "str | None"]  # year, passed (None: no result), note → refusal or None


class PastResultsDialog(QDialog):
    def __init__(self, parent: QWidget | None, state: AppState, fiscal_year: int, save: Save) -> None:
        super().__init__(parent)
        self.setObjectName("uccarePastResultsDialog")
        self.setWindowTitle(self.tr("Results of earlier fiscal years"))
        self._state, self._save = state, save
        self.years = list(range(fiscal_year - YEARS_SHOWN, fiscal_year))
        self.results: dict[int, YearResult] = {}
        hint = WrappingLabel(self.tr(
            "The province's table takes the three fiscal years before as baselines. A year with UCCARE assessments"
            " in the app takes their result; for a year before the app, type the result the province recorded."))
        hint.setStyleSheet("color: #5f6368;")
        self.table = QTableWidget(len(self.years), 3)
        self.table.setObjectName("pastResultsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegate(WrappingItemDelegate(self.table))
        self.table.setHorizontalHeaderLabels([self.tr("Fiscal year"), self.tr("Result"), self.tr("Where it comes from")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._choose(row))
        self.year_box = QComboBox()
        self.year_box.setObjectName("pastYearBox")
        for year in self.years:
            self.year_box.addItem(digits(state, str(year)), year)
        self.year_box.currentIndexChanged.connect(lambda _index: self._load_year())
        self.result_box = QComboBox()
        self.result_box.setObjectName("pastResultBox")
        self.result_box.addItem(term(state, Result.PASS), True)
        self.result_box.addItem(term(state, Result.FAIL), False)
        self.result_box.addItem(self.tr("No result"), None)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("pastNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Where the result comes from, e.g. the province's letter"))
        self.save_button = QPushButton(self.tr("Save this year's result"))
        self.save_button.setObjectName("savePastResultButton")
        self.save_button.clicked.connect(self.save)
        self.message = WrappingLabel()
        self.message.setObjectName("pastResultsMessage")
        form = QFormLayout()
        form.addRow(self.tr("Fiscal year"), self.year_box)
        form.addRow(self.tr("Result"), self.result_box)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.reload()
        self.year_box.setCurrentIndex(len(self.years) - 1)
        self._load_year()

    def reload(self) -> None:
        state = self._state
        found = uccare_service.year_results(state.database, self.years[-1], self.years[0])
        self.results = {year: found.get(year) or YearResult(year, YearSource.NONE, Result.INCOMPLETE)
                        for year in self.years}
        for row, year in enumerate(self.years):
            result = self.results[year]
            shown = term(state, result.result) if result.assessed else "–"
            cells = [digits(state, str(year)), f"{RESULT_MARKS[result.result]} {shown}" if result.assessed else shown,
                     digits(state, result.reason(state.language))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1 and result.assessed:
                    item.setForeground(QColor(RESULT_STYLES[result.result][0]))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.years):
            self.year_box.setCurrentIndex(row)

    def _load_year(self) -> None:
        year = self.year_box.currentData()
        if year is None:
            return
        result = self.results[year]
        computed = result.source is YearSource.ASSESSMENTS
        self.result_box.setCurrentIndex({True: 0, False: 1}.get(result.typed_passed, 2))  # type: ignore[arg-type]
        self.note_edit.setText(result.note)
        for widget in (self.result_box, self.note_edit, self.save_button):
            widget.setEnabled(not computed)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("This year has UCCARE assessments in the app: they decide its result.")
                             if computed else "")

    def save(self) -> bool:
        year = self.year_box.currentData()
        refusal = self._save(year, self.result_box.currentData(), self.note_edit.text())
        if refusal is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(refusal)
            return False
        self.reload()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: fiscal year %1").replace("%1", digits(self._state, str(year))))
        return True
