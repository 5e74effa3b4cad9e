"""The meeting section's dialogs: a new meeting, planning the year, a resolution with its dissents and
follow-ups, a follow-up, a substitute, a guest and a workshop. Each returns plain input (services' dataclasses)
or None; the screens save it (one service call) and show a refusal without closing anything."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.meetings import MeetingKind, quarterly_plan_dates
from pcha_desktop.services import meetings as meeting_service
from pcha_desktop.services.meetings import (
    CommitteeChoice,
    DissentInput,
    FollowUpInput,
    MeetingDetails,
    ResolutionInput,
    WorkshopInput,
    WorkshopRow,
)
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.meetings.common import ERROR_STYLE, kind_label
from pcha_desktop.ui.tambons.common import digits
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


class _FormDialog(QDialog):
    """A titled form with OK/Cancel and an error line; ``value()`` is what OK gives (None: not ready)."""

    def __init__(self, parent: QWidget | None, state: AppState, title: str, explanation: str = "") -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if explanation:
            layout.addWidget(WrappingLabel(explanation))
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def date_edit(self, value: date | None, allow_empty: bool = False) -> ThaiDateEdit:
        return ThaiDateEdit(value, language=self.state.language, thai_digits=self.state.thai_digits,
                            allow_empty=allow_empty)

    def _accept_if_ready(self) -> None:
        for edit in self.findChildren(ThaiDateEdit):
            if not edit.is_valid():
                self.error_label.setText(edit.error())
                edit.setFocus()
                return
        if self.value() is None:
            return
        self.accept()

    def value(self):  # noqa: ANN201 - each dialog's own input type
        raise NotImplementedError

    def ask(self):  # noqa: ANN201
        try:
            return self.value() if self.exec() == QDialog.DialogCode.Accepted else None
        finally:
            self.deleteLater()


def time_edit(value: time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute) if value else QTime(9, 30))
    return edit


def kind_box(state: AppState, kind: MeetingKind = MeetingKind.REGULAR) -> QComboBox:
    box = QComboBox()
    for each in MeetingKind:
        box.addItem(kind_label(state, each), each)
    box.setCurrentIndex(box.findData(kind))
    return box


class NewMeetingDialog(_FormDialog):
    """Committee, kind, date, start time and place of a new meeting."""

    def __init__(self, parent: QWidget | None, state: AppState, committees: list[CommitteeChoice],
                 day: date) -> None:
        super().__init__(parent, state, self.tr("New meeting"), self.tr(
            "The meeting is numbered in its committee's fiscal year by date. Its agenda starts with the customary"
            " items (agenda 3 carries the open follow-ups), and its attendance list holds the members on its date."))
        self.setObjectName("newMeetingDialog")
        self.committee_box = QComboBox()
        self.committee_box.setObjectName("committeeBox")
        for committee in committees:
            self.committee_box.addItem(committee.name, committee.id)
        self.committee_box.setMinimumContentsLength(30)
        self.committee_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box = kind_box(state)
        self.date_field = self.date_edit(day)
        self.date_field.setObjectName("meetingDate")
        self.start_edit = time_edit(time(9, 30))
        self.place_edit = QLineEdit()
        self.form.addRow(self.tr("Committee"), self.committee_box)
        self.form.addRow(self.tr("Kind"), self.kind_box)
        self.form.addRow(self.tr("Date"), self.date_field)
        self.form.addRow(self.tr("Starts at"), self.start_edit)
        self.form.addRow(self.tr("Place"), self.place_edit)

    def value(self) -> MeetingDetails | None:
        day = self.date_field.date()
        if day is None or self.committee_box.currentIndex() < 0:
            self.error_label.setText(self.tr("Choose the committee and the date."))
            return None
        started = self.start_edit.time()
        return MeetingDetails(self.committee_box.currentData(), day, self.kind_box.currentData(),
                              start_time=time(started.hour(), started.minute()), place=self.place_edit.text())


class PlanYearDialog(_FormDialog):
    """One regular meeting a quarter of the district committee: four dates, a place and a start time."""

    def __init__(self, parent: QWidget | None, state: AppState, fiscal_year: int) -> None:
        super().__init__(parent, state, self.tr("Plan the year's meetings"), self.tr(
            "One regular meeting of the district committee in each quarter of fiscal year %1. A quarter that"
            " already has a meeting is left as it is. Move a meeting later when its date changes.")
            .replace("%1", digits(state, str(fiscal_year))))
        self.setObjectName("planYearDialog")
        self.fiscal_year = fiscal_year
        self.date_fields = []
        for quarter, day in enumerate(quarterly_plan_dates(fiscal_year), start=1):
            field = self.date_edit(day)
            self.date_fields.append(field)
            self.form.addRow(self.tr("Quarter %1").replace("%1", digits(state, str(quarter))), field)
        self.start_edit = time_edit(time(9, 30))
        self.place_edit = QLineEdit()
        self.form.addRow(self.tr("Starts at"), self.start_edit)
        self.form.addRow(self.tr("Place"), self.place_edit)

    def value(self) -> tuple[list[date], time, str] | None:
        days = [field.date() for field in self.date_fields]
        if any(day is None for day in days):
            return None
        started = self.start_edit.time()
        return [d for d in days if d is not None], time(started.hour(), started.minute()), self.place_edit.text()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ResolutionDialog(_FormDialog):
    """A resolution (มติ), the vote if counted, dissenting opinions (s. 83) and follow-up actions.
    A dissent per line: "name | opinion | reason"; a follow-up per line: "what | who | due date"."""

    def __init__(self, parent: QWidget | None, state: AppState, default_due: date | None = None) -> None:
        super().__init__(parent, state, self.tr("Resolution"), self.tr(
            "Write the meeting's resolution. Dissenting opinions are kept with their reasons (Administrative"
            " Procedure Act, s. 83). Follow-ups are carried into agenda 3 of the later meetings until closed."))
        self.setObjectName("resolutionDialog")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("resolutionText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(70)
        self.votes = []
        for _ in range(3):
            spin = QSpinBox()
            spin.setRange(-1, meeting_service.MAX_VOTES)
            spin.setSpecialValueText(self.tr("not counted"))
            spin.setValue(-1)
            self.votes.append(spin)
        self.dissent_name = QLineEdit()
        self.dissent_name.setObjectName("dissentName")
        self.dissent_opinion = QLineEdit()
        self.dissent_reason = QLineEdit()
        self.follow_up_edit = QLineEdit()
        self.follow_up_edit.setObjectName("followUpText")
        self.follow_up_owner = QLineEdit()
        self.follow_up_owner.setObjectName("followUpOwner")
        self.follow_up_due = self.date_edit(default_due, allow_empty=True)
        self.follow_up_due.setObjectName("followUpDue")
        self.form.addRow(self.tr("Resolution"), self.text_edit)
        self.form.addRow(self.tr("Votes for"), self.votes[0])
        self.form.addRow(self.tr("Votes against"), self.votes[1])
        self.form.addRow(self.tr("Abstentions"), self.votes[2])
        self.form.addRow(self.tr("Dissenting member"), self.dissent_name)
        self.form.addRow(self.tr("Their opinion"), self.dissent_opinion)
        self.form.addRow(self.tr("Their reason"), self.dissent_reason)
        self.form.addRow(self.tr("Follow-up action"), self.follow_up_edit)
        self.form.addRow(self.tr("Who does it"), self.follow_up_owner)
        self.form.addRow(self.tr("Due"), self.follow_up_due)

    def value(self) -> ResolutionInput | None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.error_label.setText(self.tr("Write the resolution."))
            return None
        votes = [None if spin.value() < 0 else spin.value() for spin in self.votes]
        dissents = ()
        if self.dissent_name.text().strip():
            dissents = (DissentInput(self.dissent_name.text(), self.dissent_opinion.text(), self.dissent_reason.text()),)
        follow_ups = ()
        if self.follow_up_edit.text().strip():
            follow_ups = (FollowUpInput(self.follow_up_edit.text(), self.follow_up_owner.text(),
                                        self.follow_up_due.date()),)
        return ResolutionInput(text, votes[0], votes[1], votes[2], dissents, follow_ups)


class FollowUpDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, state: AppState) -> None:
        super().__init__(parent, state, self.tr("Follow-up action"), self.tr(
            "What the resolution asks someone to do, by when. Later meetings carry it in agenda 3 until it is"
            " closed."))
        self.setObjectName("followUpDialog")
        self.text_edit = QLineEdit()
        self.owner_edit = QLineEdit()
        self.due_edit = self.date_edit(None, allow_empty=True)
        self.form.addRow(self.tr("Follow-up action"), self.text_edit)
        self.form.addRow(self.tr("Who does it"), self.owner_edit)
        self.form.addRow(self.tr("Due"), self.due_edit)

    def value(self) -> FollowUpInput | None:
        if not self.text_edit.text().strip():
            self.error_label.setText(self.tr("Write what is to be done."))
            return None
        return FollowUpInput(self.text_edit.text(), self.owner_edit.text(), self.due_edit.date())


class AgendaItemDialog(_FormDialog):
    """An agenda item's subject and the text put to the meeting (printed in the invitation's agenda)."""

    def __init__(self, parent: QWidget | None, state: AppState, heading: str, title: str = "",
                 details: str = "") -> None:
        super().__init__(parent, state, self.tr("Agenda item"), heading)
        self.setObjectName("agendaItemDialog")
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("agendaItemTitle")
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setFixedHeight(110)
        self.form.addRow(self.tr("Subject"), self.title_edit)
        self.form.addRow(self.tr("Details"), self.details_edit)

    def value(self) -> tuple[str, str] | None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Enter the subject."))
            return None
        return self.title_edit.text(), self.details_edit.toPlainText()


class PersonDialog(_FormDialog):
    """A name, a position and (for a guest) an organisation: a substitute (แทน) or a guest."""

    def __init__(self, parent: QWidget | None, state: AppState, title: str, explanation: str,
                 with_organisation: bool) -> None:
        super().__init__(parent, state, title, explanation)
        self.setObjectName("personDialog")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("personName")
        self.position_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Position"), self.position_edit)
        if with_organisation:
            self.form.addRow(self.tr("Organisation"), self.organisation_edit)

    def value(self) -> tuple[str, str, str] | None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Enter the name."))
            return None
        return self.name_edit.text(), self.position_edit.text(), self.organisation_edit.text()


class WorkshopDialog(_FormDialog):
    """A workshop or training: title, dates, topic, organiser, participants by group (counts), outcomes."""

    def __init__(self, parent: QWidget | None, state: AppState, workshop: WorkshopRow | None, day: date) -> None:
        super().__init__(parent, state, self.tr("Workshop or training"))
        self.setObjectName("workshopDialog")
        current = workshop.as_input() if workshop else WorkshopInput("", day, day)
        self.title_edit = QLineEdit(current.title)
        self.title_edit.setObjectName("workshopTitle")
        self.start_edit = self.date_edit(current.start_date)
        self.end_edit = self.date_edit(current.end_date)
        self.topic_edit = QLineEdit(current.topic)
        self.organiser_edit = QLineEdit(current.organiser)
        self.place_edit = QLineEdit(current.place)
        self.counts = []
        for value in (current.committee_members, current.tambon_committee_members, current.health_staff,
                      current.other_participants):
            spin = QSpinBox()
            spin.setRange(0, meeting_service.MAX_PARTICIPANTS)
            spin.setValue(value)
            self.counts.append(spin)
        self.outcomes_edit = QPlainTextEdit(current.outcomes)
        self.outcomes_edit.setTabChangesFocus(True)
        self.outcomes_edit.setFixedHeight(60)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("From"), self.start_edit)
        self.form.addRow(self.tr("To"), self.end_edit)
        self.form.addRow(self.tr("Topic"), self.topic_edit)
        self.form.addRow(self.tr("Organiser"), self.organiser_edit)
        self.form.addRow(self.tr("Place"), self.place_edit)
        for label, spin in zip((self.tr("District committee members"), self.tr("Tambon committee members"),
                                self.tr("Health staff"), self.tr("Others")), self.counts):
            self.form.addRow(label, spin)
        self.form.addRow(self.tr("Outcomes"), self.outcomes_edit)

    def value(self) -> WorkshopInput | None:
        start, end = self.start_edit.date(), self.end_edit.date()
        if not self.title_edit.text().strip() or start is None or end is None:
            self.error_label.setText(self.tr("Enter the title and the dates."))
            return None
        return WorkshopInput(self.title_edit.text(), start, end, self.topic_edit.text(), self.organiser_edit.text(),
                             self.place_edit.text(), *(spin.value() for spin in self.counts),
                             outcomes=self.outcomes_edit.toPlainText())
