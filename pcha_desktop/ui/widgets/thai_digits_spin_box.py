"""Whole numbers shown in Thai digits when the user chose them (and read back in either kind of digit)."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QSpinBox, QStyledItemDelegate, QTableView

from pcha_desktop.domain.thai_calendar import to_arabic_digits, to_thai_digits


class ThaiDigitsSpinBox(QSpinBox):
    """A QSpinBox that writes its number in Thai digits if ``thai_digits``; typing either kind works."""

    def __init__(self, thai_digits: bool, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._thai_digits = thai_digits

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt naming)
        return to_thai_digits(str(value)) if self._thai_digits else str(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt naming)
        digits = to_arabic_digits(text).strip()
        return int(digits) if digits.isdigit() else self.value()

    def validate(self, text: str, position: int):  # noqa: ANN201
        digits = to_arabic_digits(text).strip()
        if not digits:
            return QValidator.State.Intermediate, text, position
        if not digits.isdigit():
            return QValidator.State.Invalid, text, position
        fits = self.minimum() <= int(digits) <= self.maximum()
        return (QValidator.State.Acceptable if fits else QValidator.State.Intermediate), text, position


class _ThaiDigitsDelegate(QStyledItemDelegate):
    def displayText(self, value, locale) -> str:  # noqa: ANN001, N802 (Qt naming)
        return to_thai_digits(super().displayText(value, locale))


def show_thai_digits_in_calendar(calendar: QCalendarWidget) -> None:
    """The calendar's day numbers in Thai digits (its own table view gets a delegate that converts them)."""
    view = calendar.findChild(QTableView)
    if view is not None:
        view.setItemDelegate(_ThaiDigitsDelegate(view))
