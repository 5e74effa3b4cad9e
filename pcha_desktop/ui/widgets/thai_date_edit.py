"""A date field in the Buddhist Era: type "1/10/2563", "1 ต.ค. 63", "1 ตุลาคม 2563" (or, in English,
"1 Oct 2563"), or pick the day on a calendar whose years are BE; it says at once what is wrong, and shows the
date in the user's language (Thai digits if chosen, BE year always) when the field is left."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.thai_calendar import (
    BE_OFFSET,
    ENGLISH_MONTH_ABBREVIATIONS,
    ENGLISH_MONTH_NAMES,
    MAX_BE_YEAR,
    MIN_BE_YEAR,
    THAI_MONTH_NAMES,
    DateStyle,
    ThaiDateError,
    format_date,
    format_thai_date,
    parse_thai_date,
    to_arabic_digits,
    to_thai_digits,
)
from pcha_desktop.ui.widgets.thai_digits_spin_box import ThaiDigitsSpinBox, show_thai_digits_in_calendar

INVALID_STYLE = "QLineEdit { background: #fdecea; }"

_ENGLISH_MONTHS = {name.lower(): number for number, name in enumerate(ENGLISH_MONTH_NAMES, 1)} | {
    name.lower(): number for number, name in enumerate(ENGLISH_MONTH_ABBREVIATIONS, 1)}
_ENGLISH_DATE = re.compile(r"\s*([0-9]{1,2})\s+([A-Za-z]+)\.?,?\s+([0-9]{2,4})\s*(?:B\.?\s*E\.?)?\s*", re.IGNORECASE)


def format_date_field(value: date, language: str = "th", thai_digits: bool = False) -> str:
    """A date as a date field shows it: "30 พฤศจิกายน 2569" (Thai digits if chosen) or "30 Nov 2569 BE"."""
    return format_date(value, language, thai_digits, DateStyle.FULL)


def parse_date_field(text: str) -> date:
    """What a date field reads: the Thai forms of `parse_thai_date`, and "1 Oct 2563 (BE)" in English."""
    english = _ENGLISH_DATE.fullmatch(to_arabic_digits(text))
    if english and english.group(2).lower() in _ENGLISH_MONTHS:
        text = f"{english.group(1)}/{_ENGLISH_MONTHS[english.group(2).lower()]}/{english.group(3)}"
    return parse_thai_date(text)


def _calendar_icon() -> QIcon:
    """A small calendar page (drawn, so that it needs no icon theme)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#35507a"), 1.2))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(QRectF(2, 3, 12, 3), QColor("#1f5fa8"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#35507a"))
    for row in range(2):
        for column in range(3):
            painter.drawRect(QRectF(4 + column * 3, 8 + row * 3, 2, 2))
    painter.end()
    return QIcon(pixmap)


class _BeYearSpinBox(ThaiDigitsSpinBox):
    """A year in the Buddhist Era, in Thai digits if chosen."""

    def __init__(self, thai_digits: bool) -> None:
        super().__init__(thai_digits)
        self.setRange(MIN_BE_YEAR, MAX_BE_YEAR)


class BuddhistCalendarPopup(QFrame):
    """A month calendar whose year is the BE year; `chosen(date)` when a day is clicked (then it closes)."""

    chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None, value: date | None, language: str, thai_digits: bool) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("buddhistCalendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.month_combo = QComboBox()
        self.month_combo.addItems(ENGLISH_MONTH_NAMES if language == "en" else THAI_MONTH_NAMES)
        self.year_spin = _BeYearSpinBox(thai_digits)
        self.calendar = QCalendarWidget()
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setLocale(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Thai))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.calendar.setGridVisible(True)
        if thai_digits and language != "en":
            show_thai_digits_in_calendar(self.calendar)
        start = value or date.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setCurrentPage(start.year, start.month)
        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.month_combo, 1)
        header.addWidget(self.year_spin)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.calendar)
        self._show_page(start.year, start.month)
        self.calendar.currentPageChanged.connect(self._show_page)
        self.month_combo.currentIndexChanged.connect(lambda _index: self._turn_to())
        self.year_spin.valueChanged.connect(lambda _year: self._turn_to())
        self.previous_button.clicked.connect(self.calendar.showPreviousMonth)
        self.next_button.clicked.connect(self.calendar.showNextMonth)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def _show_page(self, ce_year: int, month: int) -> None:
        for widget in (self.month_combo, self.year_spin):
            widget.blockSignals(True)
        self.month_combo.setCurrentIndex(month - 1)
        self.year_spin.setValue(ce_year + BE_OFFSET)
        for widget in (self.month_combo, self.year_spin):
            widget.blockSignals(False)

    def _turn_to(self) -> None:
        self.calendar.setCurrentPage(self.year_spin.value() - BE_OFFSET, self.month_combo.currentIndex() + 1)

    def _choose(self, day: QDate) -> None:
        self.chosen.emit(date(day.year(), day.month(), day.day()))
        self.close()


class ThaiDateEdit(QLineEdit):
    """`date()` is the parsed date or None; `error()` the reason it cannot be read (in the UI language).

    ``language`` and ``thai_digits`` decide how the date is shown ("30 พฤศจิกายน 2569", "๓๐ พฤศจิกายน ๒๕๖๙",
    "30 Nov 2569 BE"); every form is read back, whatever the setting."""

    date_changed = Signal(object)  # datetime.date | None

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *, language: str = "th",
                 allow_empty: bool = False, thai_digits: bool = False) -> None:
        super().__init__(parent)
        self._language = language
        self._thai_digits = thai_digits and language != "en"
        self._allow_empty = allow_empty
        self._date: date | None = None
        self._error = ""
        self.popup: BuddhistCalendarPopup | None = None
        placeholder = self.tr("e.g. 1/10/2563 or 1 Oct 2563")
        self.setPlaceholderText(to_thai_digits(placeholder) if self._thai_digits else placeholder)
        longest = format_date_field(date(2027, 11, 30), language, self._thai_digits)
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose on a calendar"), self)
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(longest) + 52)
        self.textChanged.connect(self._reparse)
        self.editingFinished.connect(self._tidy)
        self.set_date(value)
        self._reparse(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(format_date_field(value, self._language, self._thai_digits) if value else "")

    def set_thai_digits(self, thai_digits: bool) -> None:
        """Follow the Thai-digits setting (the date is shown again in the new digits)."""
        thai_digits = thai_digits and self._language != "en"
        if thai_digits != self._thai_digits:
            self._thai_digits = thai_digits
            if self._date is not None:
                self.set_date(self._date)

    def date(self) -> date | None:
        return self._date

    def error(self) -> str:
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def show_calendar(self) -> BuddhistCalendarPopup:
        """The calendar under the field; the day clicked becomes the field's date."""
        self.popup = BuddhistCalendarPopup(self, self._date, self._language, self._thai_digits)
        self.popup.chosen.connect(self._chosen)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        return self.popup

    def _chosen(self, value: date) -> None:
        self.set_date(value)
        self.setModified(True)
        self.editingFinished.emit()

    def _reparse(self, text: str) -> None:
        previous = self._date
        if not text.strip():
            self._date = None
            self._error = "" if self._allow_empty else self.tr("Please enter a date")
        else:
            try:
                self._date = parse_date_field(text)
                self._error = ""
            except ThaiDateError as error:
                self._date = None
                self._error = error.message(self._language)
        self.setStyleSheet(INVALID_STYLE if self._error and text.strip() else "")
        self.setToolTip(self._error)
        if self._date != previous:
            self.date_changed.emit(self._date)

    def _tidy(self) -> None:
        if self._date is not None:
            tidy = format_date_field(self._date, self._language, self._thai_digits)
            if tidy != self.text():
                self.setText(tidy)
