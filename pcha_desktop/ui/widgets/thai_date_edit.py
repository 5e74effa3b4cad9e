"""A date field in the Buddhist Era: type "1/10/2563", "1 ต.ค. 63" or "1 ตุลาคม 2563"; it says at once what
is wrong, and shows the date in the official style when the field is left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from pcha_desktop.domain.thai_calendar import DateStyle, ThaiDateError, format_thai_date, parse_thai_date

INVALID_STYLE = "QLineEdit { background: #fdecea; }"


class ThaiDateEdit(QLineEdit):
    """`date()` is the parsed date or None; `error()` the reason it cannot be read (in the UI language)."""

    date_changed = Signal(object)  # datetime.date | None

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *, language: str = "th",
                 allow_empty: bool = False) -> None:
        super().__init__(parent)
        self._language = language
        self._allow_empty = allow_empty
        self._date: date | None = None
        self._error = ""
        self.setPlaceholderText(self.tr("e.g. 1/10/2563 or 1 ต.ค. 63"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 พฤศจิกายน 2570") + 28)  # the longest date
        self.textChanged.connect(self._reparse)
        self.editingFinished.connect(self._tidy)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.setText(format_thai_date(value, DateStyle.FULL) if value else "")

    def date(self) -> date | None:
        return self._date

    def error(self) -> str:
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def _reparse(self, text: str) -> None:
        previous = self._date
        if not text.strip():
            self._date = None
            self._error = "" if self._allow_empty else self.tr("Please enter a date")
        else:
            try:
                self._date = parse_thai_date(text)
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
            tidy = format_thai_date(self._date, DateStyle.FULL)
            if tidy != self.text():
                self.setText(tidy)
