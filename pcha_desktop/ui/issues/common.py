"""What the issue screens share: numbers, percents and KPI terms as the user reads them."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtGui import QColor

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.kpis import KpiStatus
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import digits

STATUS_COLOURS = {  # text colour, background
    KpiStatus.MET: ("#1b5e20", "#e3f4e4"),
    KpiStatus.ON_TRACK: ("#0d47a1", "#e3eefc"),
    KpiStatus.BEHIND: ("#b00020", "#fde7ea"),
    KpiStatus.NO_DATA: ("#5f6368", "#f1f3f4"),
}
BAR_COLOURS = {  # a bar's filled part: light enough for dark text on it
    KpiStatus.MET: "#81c784",
    KpiStatus.ON_TRACK: "#90caf9",
    KpiStatus.BEHIND: "#ef9a9a",
    KpiStatus.NO_DATA: "#cfd8dc",
}


def status_colours(status: KpiStatus) -> tuple[QColor, QColor]:
    text, background = STATUS_COLOURS[status]
    return QColor(text), QColor(background)


def term(state: AppState, value: Enum) -> str:
    """A domain term (status, direction …) in the user's language."""
    return k.label(value, state.language)


def plain_number(value: Decimal | None) -> str:
    """As typed back into an editor: no thousands separator, no trailing zeros."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def number_text(state: AppState, value: Decimal | None) -> str:
    """For reading: thousands separated, at most two decimals, in the user's digits."""
    if value is None:
        return ""
    value = k.rounded(value)
    assert value is not None
    text = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return digits(state, text)


def percent_text(state: AppState, value: Decimal | None) -> str:
    return "" if value is None else f"{number_text(state, value)} %"
