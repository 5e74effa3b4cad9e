"""What the meeting screens share: terms, numbers, times and dates as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pcha_desktop.domain import meetings as rules
from pcha_desktop.domain.meetings import AgendaSection, AttendanceStatus, MeetingKind
from pcha_desktop.services.meetings import MeetingSummary
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.common import date_text, digits

ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b5e20;"
WARNING_STYLE = "color: #8a4b00;"


def kind_label(state: AppState, kind: MeetingKind) -> str:
    if state.language != "en":
        return rules.KIND_LABELS_TH[kind]
    return {MeetingKind.REGULAR: QCoreApplication.translate("Meetings", "Regular"), MeetingKind.SPECIAL: QCoreApplication.translate("Meetings", "Special"),
            MeetingKind.SUBGROUP: QCoreApplication.translate("Meetings", "Subgroup")}[kind]


def attendance_label(state: AppState, status: AttendanceStatus) -> str:
    if state.language != "en":
        return rules.ATTENDANCE_LABELS_TH[status]
    return rules.ATTENDANCE_LABELS_EN[status]


def section_label(state: AppState, section: AgendaSection) -> str:
    title = rules.AGENDA_TITLES_EN[section] if state.language == "en" else rules.AGENDA_TITLES_TH[section]
    return QCoreApplication.translate("Meetings", "Agenda %1: %2").replace("%1", digits(state, str(int(section)))).replace("%2", title)


def number_label(state: AppState, number: int, fiscal_year: int) -> str:
    if state.language == "en":
        return rules.meeting_number_label_en(number, fiscal_year)
    return rules.meeting_number_label(number, fiscal_year, state.thai_digits)


def quorum_text(state: AppState, summary: MeetingSummary) -> tuple[str, str]:
    """(text, style) of a meeting's quorum: met, not met, or not judged yet."""
    quorum = summary.quorum
    if quorum is None:
        return QCoreApplication.translate("Meetings", "Not held yet"), ""
    figures = digits(state, f"{quorum.attending}/{quorum.needed}")
    if quorum.met:
        rule = QCoreApplication.translate("Meetings", " (one third, s. 79)") if quorum.reconvened_rule else ""
        return QCoreApplication.translate("Meetings", "Quorum %1").replace("%1", figures) + rule, GOOD_STYLE
    return QCoreApplication.translate("Meetings", "No quorum %1").replace("%1", figures), ERROR_STYLE
