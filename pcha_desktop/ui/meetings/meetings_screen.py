"""The meetings section: the fiscal year's meetings with the district committee's four-a-year status, and the
year's workshops. A meeting opens in the editor (``MeetingEditor``) in place of the list; "Back" returns.

New meeting, plan the year (one per quarter, through the operations mechanism), move (a date that changed),
delete a planned meeting; workshops added, changed and deleted. Every change is one service call, undoable
where it makes sense (``SavedChange``), followed by one ``changes.MEETINGS`` notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import fiscal_year_range
from pcha_desktop.services import meetings as meeting_service
from pcha_desktop.services.meetings import MeetingDetails, MeetingSummary, WorkshopInput, WorkshopRow, YearOverview
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees.common import ConfirmDialog, DatePromptDialog
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.meetings.common import ERROR_STYLE, kind_label, number_label, quorum_text
from pcha_desktop.ui.meetings.dialogs import NewMeetingDialog, PlanYearDialog, WorkshopDialog
from pcha_desktop.ui.meetings.meeting_editor import MeetingEditor
from pcha_desktop.ui.meetings.year_status import YearStatusView
from pcha_desktop.ui.tambons.common import date_text, digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel


class MoveChange(SavedChange):
    changes = (changes.MEETINGS,)

    def __init__(self, screen: MeetingsScreen, meeting_id: int, old: date, new: date, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.meeting_id, self.old, self.new = meeting_id, old, new

    def apply(self) -> None:
        meeting_service.move_meeting(self._state.database, self.meeting_id, self.new, self._state.user_name)

    def revert(self) -> None:
        meeting_service.move_meeting(self._state.database, self.meeting_id, self.old, self._state.user_name)


class CreateChange(SavedChange):
    """Meetings created (one, or a planned year): undo deletes them, redo creates them again."""

    changes = (changes.MEETINGS,)

    def __init__(self, screen: MeetingsScreen, created: list[tuple[int, MeetingDetails]], label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.created = created

    def apply(self) -> None:
        self.created = [
            (meeting_service.create_meeting(self._state.database, details, self._state.user_name), details)
            for _old, details in self.created
        ]

    def revert(self) -> None:
        for meeting_id, _details in self.created:
            meeting_service.delete_meeting(self._state.database, meeting_id, self._state.user_name)


class WorkshopChange(SavedChange):
    """A workshop added, changed or deleted: ``before``/``after`` None mean "not there"."""

    changes = (changes.MEETINGS,)

    def __init__(self, screen: MeetingsScreen, workshop_id: int | None, before: WorkshopInput | None,
                 after: WorkshopInput | None, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)
        self.workshop_id, self.before, self.after = workshop_id, before, after

    def _set(self, value: WorkshopInput | None) -> None:
        database, user = self._state.database, self._state.user_name
        if value is None:
            if self.workshop_id is not None:
                meeting_service.delete_workshop(database, self.workshop_id, user)
            self.workshop_id = None
        else:
            self.workshop_id = meeting_service.save_workshop(database, value, user, self.workshop_id)

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class _Table(QTableWidget):
    """Enter opens the chosen row (``opened``)."""

    def __init__(self, opened) -> None:  # noqa: ANN001
        super().__init__()
        self._opened = opened
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.doubleClicked.connect(lambda _index: self._opened())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._opened()
            return
        super().keyPressEvent(event)

    def chosen_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1


class MeetingsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsScreen")
        self.state = state
        self.overview: YearOverview | None = None
        self.workshops: list[WorkshopRow] = []

        self.title_label = WrappingLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status_view = YearStatusView(state)
        self.table = _Table(self.open_chosen)
        self.table.setObjectName("meetingsTable")
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setObjectName("newMeetingButton")
        self.plan_button = QPushButton(self.tr("Plan the year…"))
        self.plan_button.setObjectName("planYearButton")
        self.move_button = QPushButton(self.tr("Move…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openMeetingButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_meeting)
        self.plan_button.clicked.connect(self.plan_year)
        self.move_button.clicked.connect(self.move_chosen)
        self.open_button.clicked.connect(self.open_chosen)
        self.delete_button.clicked.connect(self.delete_chosen)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.plan_button, self.move_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        meetings_page = QWidget()
        meetings_layout = QVBoxLayout(meetings_page)
        meetings_layout.addWidget(self.status_view)
        meetings_layout.addLayout(buttons)
        meetings_layout.addWidget(self.table, 1)

        self.workshop_table = _Table(self.edit_workshop)
        self.workshop_table.setObjectName("workshopsTable")
        self.add_workshop_button = QPushButton(self.tr("Add workshop…"))
        self.add_workshop_button.setObjectName("addWorkshopButton")
        self.edit_workshop_button = QPushButton(self.tr("Change…"))
        self.delete_workshop_button = QPushButton(self.tr("Delete"))
        self.add_workshop_button.clicked.connect(self.add_workshop)
        self.edit_workshop_button.clicked.connect(self.edit_workshop)
        self.delete_workshop_button.clicked.connect(self.delete_workshop)
        workshop_buttons = QHBoxLayout()
        for button in (self.add_workshop_button, self.edit_workshop_button, self.delete_workshop_button):
            workshop_buttons.addWidget(button)
        workshop_buttons.addStretch(1)
        workshops_page = QWidget()
        workshops_layout = QVBoxLayout(workshops_page)
        workshops_layout.addLayout(workshop_buttons)
        workshops_layout.addWidget(self.workshop_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingsTabs")
        self.tabs.addTab(meetings_page, self.tr("Meetings"))
        self.tabs.addTab(workshops_page, self.tr("Workshops and trainings"))
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("meetingsMessage")
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.title_label)
        list_layout.addWidget(self.tabs, 1)
        list_layout.addWidget(self.message_label)

        self._editor: MeetingEditor | None = None  # built when a meeting is first opened
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        state.on_change(self, (changes.MEETINGS, changes.SETTINGS, changes.COMMITTEES, changes.MEMBERS), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    @property
    def editor(self) -> MeetingEditor:
        if self._editor is None:
            self._editor = MeetingEditor(self.state)
            self._editor.back_requested.connect(self.show_list)
            self.stack.addWidget(self._editor)
        return self._editor

    def _editing(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    # --- loading ---

    def _fiscal_year_changed(self, _year: int) -> None:
        self.show_list()
        self.reload()

    def reload(self) -> None:
        state = self.state
        fiscal_year = fiscal_year_in_view(state)
        self.overview = meeting_service.year_overview(state.database, fiscal_year, state.today())
        self.title_label.setText(self.tr("Meetings, fiscal year %1").replace("%1", digits(state, str(fiscal_year))))
        self.status_view.show_status(self.overview.status)
        self._fill_meetings(self.overview.meetings)
        self.workshops = meeting_service.workshops_of_year(state.database, fiscal_year)
        self._fill_workshops()
        if self._editing():
            self.editor.reload()

    def _fill_meetings(self, meetings: tuple[MeetingSummary, ...]) -> None:
        state, table = self.state, self.table
        chosen = self.chosen_meeting()
        headers = (self.tr("No."), self.tr("Date"), self.tr("Committee"), self.tr("Kind"), self.tr("Attending"),
                   self.tr("Quorum"), self.tr("Minutes"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(meetings))
        for row, summary in enumerate(meetings):
            counts = summary.counts
            attending = digits(state, f"{counts.attending}/{counts.members}") if counts.members else ""
            quorum, style = quorum_text(state, summary)
            cells = (number_label(state, summary.number, summary.fiscal_year), date_text(state, summary.meeting_date),
                     summary.committee_name, kind_label(state, summary.kind), attending, quorum,
                     self._minutes_text(summary))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                if column == 5 and style:
                    item.setForeground(Qt.GlobalColor.darkGreen if "1b5e20" in style else Qt.GlobalColor.red)
                if column == 2:
                    item.setToolTip(text)
                table.setItem(row, column, item)
            if summary.id == chosen:
                table.selectRow(row)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _minutes_text(self, summary: MeetingSummary) -> str:
        if summary.status.value == "planned":
            return ""
        parts = [self.tr("adopted") if summary.minutes_adopted else self.tr("draft")]
        if summary.sent_to_province_on:
            parts.append(self.tr("sent %1").replace("%1", date_text(self.state, summary.sent_to_province_on)))
        if summary.has_signed_minutes:
            parts.append(self.tr("signed copy"))
        return ", ".join(parts)

    def _fill_workshops(self) -> None:
        state, table = self.state, self.workshop_table
        headers = (self.tr("Title"), self.tr("Dates"), self.tr("Organiser"), self.tr("Participants"),
                   self.tr("Outcomes"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.workshops))
        for row, workshop in enumerate(self.workshops):
            dates = date_text(state, workshop.start_date)
            if workshop.end_date != workshop.start_date:
                dates += " – " + date_text(state, workshop.end_date)
            cells = (workshop.title, dates, workshop.organiser, digits(state, str(workshop.participants)),
                     workshop.outcomes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
        if self._editing():
            self.editor.show_message(text, error)

    def _refused(self, refusal: BilingualError) -> None:
        self.show_message(refusal.message(self.state.language), error=True)

    # --- choosing and opening ---

    def chosen_meeting(self) -> int | None:
        row = self.table.chosen_row()
        return None if row < 0 else self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def select_meeting(self, meeting_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.table.selectRow(row)
                return

    def open_chosen(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> MeetingEditor:
        self.editor.load(meeting_id)
        self.stack.setCurrentWidget(self.editor)
        return self.editor

    def show_list(self) -> None:
        if self._editing():
            self.editor.save_pending()
            self.stack.setCurrentIndex(0)
            if self.editor.meeting_id is not None:
                self.select_meeting(self.editor.meeting_id)
            self.table.setFocus()

    # --- meetings ---

    def _default_day(self) -> date:
        start, end = fiscal_year_range(fiscal_year_in_view(self.state))
        return min(max(self.state.today(), start), end)

    def new_meeting(self) -> None:
        committees = meeting_service.meeting_committees(self.state.database)
        details = NewMeetingDialog(self, self.state, committees, self._default_day()).ask()
        if details is not None:
            self.create_meeting(details)

    def create_meeting(self, details: MeetingDetails) -> int | None:
        try:
            meeting_id = meeting_service.create_meeting(self.state.database, details, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return None
        label = self.tr("New meeting on %1").replace("%1", date_text(self.state, details.meeting_date))
        self.state.undo_stack.push(CreateChange(self, [(meeting_id, details)], label))
        self.state.notify(changes.MEETINGS)
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        self.open_meeting(meeting_id)
        return meeting_id

    def plan_year(self) -> Operation | None:
        if self.overview is None or self.overview.district_committee_id is None:
            self.show_message(self.tr("Set up the district committee first."), error=True)
            return None
        fiscal_year = self.overview.fiscal_year
        chosen = PlanYearDialog(self, self.state, fiscal_year).ask()
        if chosen is None:
            return None
        return self.plan_dates(*chosen)

    def plan_dates(self, days: list[date], start, place: str) -> Operation:  # noqa: ANN001 - a datetime.time
        assert self.overview is not None and self.overview.district_committee_id is not None
        committee_id, fiscal_year = self.overview.district_committee_id, self.overview.fiscal_year
        database, user = self.state.database, self.state.user_name

        def done(created: list[int]) -> None:
            label = self.tr("Planned %1 meeting(s)").replace("%1", digits(self.state, str(len(created))))
            details = [(meeting_id, MeetingDetails(committee_id, day, start_time=start, place=place))
                       for meeting_id, day in zip(created, sorted(days))]
            if created:
                self.state.undo_stack.push(CreateChange(self, details, label))
            self.show_message(label if created else self.tr("Every quarter already has a meeting."))

        operation = Operation(
            self, self.state,
            lambda _progress: meeting_service.plan_year(database, committee_id, fiscal_year, user, days, place, start),
            label=self.tr("Planning the year's meetings…"), changes=(changes.MEETINGS,), success=done,
            failure=lambda text: self.show_message(text, error=True),
        )
        operation.run_in_background()
        return operation

    def _summary(self, meeting_id: int) -> MeetingSummary | None:
        assert self.overview is not None
        return next((s for s in self.overview.meetings if s.id == meeting_id), None)

    def move_chosen(self) -> None:
        meeting_id = self.chosen_meeting()
        summary = self._summary(meeting_id) if meeting_id is not None else None
        if summary is None:
            return
        answer = DatePromptDialog.ask(self, self.state, self.tr("Move the meeting"), self.tr(
            "The new date of %1. Meetings of the year are renumbered by date.").replace(
            "%1", number_label(self.state, summary.number, summary.fiscal_year)), self.tr("New date"),
            summary.meeting_date)
        if answer is not None and answer[0] is not None:
            self.move_meeting(meeting_id, answer[0])

    def move_meeting(self, meeting_id: int, new_date: date) -> bool:
        try:
            old = meeting_service.move_meeting(self.state.database, meeting_id, new_date, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        label = self.tr("Meeting moved to %1").replace("%1", date_text(self.state, new_date))
        self.state.undo_stack.push(MoveChange(self, meeting_id, old, new_date, label))
        self.state.notify(changes.MEETINGS)
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        return True

    def delete_chosen(self) -> None:
        meeting_id = self.chosen_meeting()
        summary = self._summary(meeting_id) if meeting_id is not None else None
        if summary is None:
            return
        text = self.tr("Delete %1 of %2 with its agenda, attendance, minutes and resolutions?").replace(
            "%1", number_label(self.state, summary.number, summary.fiscal_year)).replace("%2", summary.committee_name)
        if not ConfirmDialog.ask(self, self.tr("Delete the meeting"), text, self.tr("Delete")):
            return
        try:
            meeting_service.delete_meeting(self.state.database, summary.id, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self.state.notify(changes.MEETINGS)
        self.show_message(self.tr("Meeting deleted."))

    # --- workshops ---

    def _chosen_workshop(self) -> WorkshopRow | None:
        row = self.workshop_table.chosen_row()
        return self.workshops[row] if 0 <= row < len(self.workshops) else None

    def add_workshop(self) -> None:
        value = WorkshopDialog(self, self.state, None, self._default_day()).ask()
        if value is not None:
            self.save_workshop(None, value)

    def edit_workshop(self) -> None:
        workshop = self._chosen_workshop()
        if workshop is None:
            return
        value = WorkshopDialog(self, self.state, workshop, workshop.start_date).ask()
        if value is not None:
            self.save_workshop(workshop, value)

    def save_workshop(self, workshop: WorkshopRow | None, value: WorkshopInput) -> bool:
        try:
            saved = meeting_service.save_workshop(self.state.database, value, self.state.user_name,
                                                  workshop.id if workshop else None)
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        label = self.tr("Workshop “%1”").replace("%1", value.title)
        self.state.undo_stack.push(WorkshopChange(self, saved, workshop.as_input() if workshop else None, value, label))
        self.state.notify(changes.MEETINGS)
        self.show_message(self.tr("Saved: %1").replace("%1", label))
        return True

    def delete_workshop(self) -> None:
        workshop = self._chosen_workshop()
        if workshop is None:
            return
        try:
            meeting_service.delete_workshop(self.state.database, workshop.id, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        label = self.tr("Deleted workshop “%1”").replace("%1", workshop.title)
        self.state.undo_stack.push(WorkshopChange(self, None, workshop.as_input(), None, label))  # gone: undo adds it anew
        self.state.notify(changes.MEETINGS)
        self.show_message(label)
