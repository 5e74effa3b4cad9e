"""Small helpers the tambon screens share: the fiscal year in view, dates and numbers as the user reads them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from pcha_desktop.domain import thai_calendar
from pcha_desktop.services.tambon_committees import PLAN_STATUS_LABELS_TH
from pcha_desktop.domain.committee_terms import PlanStatus
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.thai_wrap import CELL_VERTICAL_PADDING, thai_line_height

PLAN_STATUSES = (PlanStatus.NONE, PlanStatus.DRAFTING, PlanStatus.APPROVED)
ERROR_STYLE = "color: #b00020;"


def fiscal_year_in_view(state: AppState) -> int:
    """The fiscal year chosen in the window, or the current one before the window has chosen."""
    return state.fiscal_year or thai_calendar.fiscal_year_of(state.today())


def digits(state: AppState, text: str) -> str:
    return thai_calendar.to_thai_digits(text) if state.thai_digits else text


def date_text(state: AppState, value: date | None, *, short: bool = True) -> str:
    if value is None:
        return ""
    return _date_text(value, state.language, state.thai_digits, short)


@lru_cache(maxsize=512)
def _date_text(value: date, language: str, thai_digits: bool, short: bool) -> str:
    """Remembered: the tables show the same few dates over and over, and PyThaiNLP's formatting is slow."""
    style = thai_calendar.DateStyle.ABBREVIATED_FULL_YEAR if short else thai_calendar.DateStyle.FULL
    return thai_calendar.format_date(value, language, thai_digits, style)


def plan_status_label(state: AppState, status: PlanStatus) -> str:
    if state.language != "en":
        return PLAN_STATUS_LABELS_TH[status]
    return {
        PlanStatus.NONE: QCoreApplication.translate("TambonScreen", "No plan yet"),
        PlanStatus.DRAFTING: QCoreApplication.translate("TambonScreen", "Plan being drafted"),
        PlanStatus.APPROVED: QCoreApplication.translate("TambonScreen", "Plan approved"),
    }[status]


def parse_whole_number(text: str) -> int | None:
    """A whole number typed with Arabic or Thai digits (spaces and thousands commas allowed); None if blank.
    Raises ValueError when it is not a whole number."""
    cleaned = thai_calendar.to_arabic_digits(text).replace(",", "").strip()
    if not cleaned:
        return None
    if not cleaned.isdigit() or not cleaned.isascii():
        raise ValueError(text)
    return int(cleaned)


class RowsSizedWhenNeeded(QObject):
    """The rows of a wrapping table made as tall as their text once after each change (rows loaded or
    filtered, a column resized, the table shown), not at every layout as a header sized to its contents
    does (that measured every cell through the wrapping delegate each time: the slowest part of opening
    the tambon screen). ``fits(row)`` may say that a row's texts fit on one line (no measuring);
    ``before(…)`` runs first, once the table has its real width (so not at the show event itself: the rows
    are then sized right away only without it)."""

    def __init__(self, table: QTableView, fits: Callable[[int], bool] | None = None,
                 before: Callable[[], None] | None = None) -> None:
        super().__init__(table)
        self._table = table
        self._fits = fits
        self._before = before
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vertical.setDefaultSectionSize(thai_line_height(table.font()) + 2 * CELL_VERTICAL_PADDING)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.size_rows)
        table.horizontalHeader().sectionResized.connect(lambda *_args: self.request())
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_args: self.request())
        table.installEventFilter(self)

    def request(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            if self._before is None:
                self.size_rows()  # before the first paint
            self.request()  # (again) once the layout has settled
        return False

    def size_rows(self) -> None:
        if not self._table.isVisible():
            return  # done when shown, at the table's real width
        if self._before is not None:
            self._before()
        one_line = self._table.verticalHeader().defaultSectionSize()
        for row in range(self._table.model().rowCount()):
            if self._fits is not None and self._fits(row):
                self._table.setRowHeight(row, one_line)
            else:
                self._table.resizeRowToContents(row)
