"""One meeting, from invitation to signed minutes: details, agenda with minutes and resolutions, attendance
by ticking a list, adoption and the copy to the province.

- Attendance: Space ticks the chosen member present (or back to absent); L absent with notice (asks the
  reason), R represented (asks the substitute, printed แทน), A absent, P present. The counts and the
  quorum (s. 79) update at once; each mark is one transaction, undoable.
- Minutes: a plain editor per agenda item that saves as the secretary types (a second after the last key,
  and when leaving the item or the meeting).
- Agenda 2 adopts the previous meeting's minutes (with amendments); agenda 3 lists the open follow-ups of
  earlier meetings, each closable here. Resolutions carry dissents (s. 83) and follow-ups.
- ``_document_buttons()`` is the row where the documents go (invitation and minutes PDFs, the e-mail to
  the province): built by the meeting documents feature."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.meetings import THIRD_RULE_SENTENCE_TH, AgendaSection, AttendanceStatus, MeetingStatus
from pcha_desktop.services import meetings as meeting_service
from pcha_desktop.services.meetings import (
    AgendaItemView,
    AttendanceMark,
    AttendanceRow,
    FollowUpView,
    MeetingDetails,
    MeetingView,
)
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees.common import ConfirmDialog, DatePromptDialog, TextPromptDialog, choose_open_file
from pcha_desktop.ui.core.export_files import open_file
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.meetings.common import (
    ERROR_STYLE,
    WARNING_STYLE,
    attendance_label,
    number_label,
    quorum_text,
    section_label,
)
from pcha_desktop.ui.meetings.dialogs import AgendaItemDialog, FollowUpDialog, PersonDialog, ResolutionDialog, kind_box, time_edit
from pcha_desktop.ui.meetings.documents import add_document_buttons
from pcha_desktop.ui.tambons.common import date_text, digits
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit

AUTOSAVE_MS = 1000
SCAN_FILTER = "PDF / images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"


class AttendanceChange(SavedChange):
    """Members' attendance marked (one or several at once): undo puts the earlier marks back."""

    changes = (changes.MEETINGS,)

    def __init__(self, editor: MeetingEditor, meeting_id: int, old: dict[int, AttendanceMark],
                 new: dict[int, AttendanceMark], label: str) -> None:
        super().__init__(editor.state, label, owner=editor, tell=editor.show_message)
        self.meeting_id, self.old, self.new = meeting_id, old, new

    def _set(self, marks: dict[int, AttendanceMark]) -> None:
        meeting_service.set_attendance_many(self._state.database, self.meeting_id, marks, self._state.user_name,
                                            today=self._state.today())

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class FollowUpClosed(SavedChange):
    changes = (changes.MEETINGS,)

    def __init__(self, editor: MeetingEditor, follow_up_id: int, old: date | None, new: date | None,
                 label: str) -> None:
        super().__init__(editor.state, label, owner=editor, tell=editor.show_message)
        self.follow_up_id, self.old, self.new = follow_up_id, old, new

    def apply(self) -> None:
        meeting_service.close_follow_up(self._state.database, self.follow_up_id, self.new, self._state.user_name)

    def revert(self) -> None:
        meeting_service.close_follow_up(self._state.database, self.follow_up_id, self.old, self._state.user_name)


class ResolutionAdded(SavedChange):
    changes = (changes.MEETINGS,)

    def __init__(self, editor: MeetingEditor, item_id: int, resolution_id: int,
                 resolution: meeting_service.ResolutionInput, label: str) -> None:
        super().__init__(editor.state, label, owner=editor, tell=editor.show_message)
        self.item_id, self.resolution_id, self.resolution = item_id, resolution_id, resolution

    def apply(self) -> None:
        self.resolution_id = meeting_service.add_resolution(self._state.database, self.item_id, self.resolution,
                                                            self._state.user_name)

    def revert(self) -> None:
        meeting_service.delete_resolution(self._state.database, self.resolution_id, self._state.user_name)


class AttendanceTable(QTableWidget):
    """Keys: Space toggles present, P present, A absent, L absent with notice, R represented."""

    KEYS = {Qt.Key.Key_P: AttendanceStatus.PRESENT, Qt.Key.Key_A: AttendanceStatus.ABSENT,
            Qt.Key.Key_L: AttendanceStatus.ABSENT_WITH_NOTICE, Qt.Key.Key_R: AttendanceStatus.REPRESENTED}

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self._editor = editor
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.currentRow()
        if row >= 0 and event.key() == Qt.Key.Key_Space:
            self._editor.toggle_present(row)
            return
        if row >= 0 and event.key() in self.KEYS:
            self._editor.mark(row, self.KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class MinutesEdit(QPlainTextEdit):
    """Tab moves on (the minutes are prose: no tab characters)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)


class MeetingEditor(QWidget):
    back_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.state = state
        self.meeting_id: int | None = None
        self.view: MeetingView | None = None
        self._item_id: int | None = None  # the agenda item whose minutes are in the editor
        self._dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_pending)

        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setObjectName("backToMeetings")
        self.back_button.clicked.connect(self._back)
        self.heading = WrappingLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.held_box = QCheckBox(self.tr("Held"))
        self.held_box.setObjectName("heldBox")
        self.held_box.clicked.connect(self._held_clicked)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.warning_label = WrappingLabel()
        self.warning_label.setStyleSheet(WARNING_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.held_box)
        top.addWidget(self.quorum_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_attendance(), self.tr("Attendance"))
        self.tabs.addTab(self._build_agenda(), self.tr("Agenda and minutes"))
        self.tabs.addTab(self._build_province(), self.tr("Adoption and province"))
        self.tabs.currentChanged.connect(lambda _index: self.save_pending())
        self.message_label = WrappingLabel()
        self.message_label.setObjectName("meetingMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        layout.addLayout(self._document_buttons())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)

    def _document_buttons(self) -> QHBoxLayout:
        """The row for the meeting's documents (invitation, minutes PDF, e-mail to the province): the
        meeting documents feature adds its buttons here."""
        self.document_row = QHBoxLayout()
        self.document_row.setObjectName("documentButtons")
        self.document_row.addStretch(1)
        add_document_buttons(self, self.document_row)
        return self.document_row

    # --- building the tabs ---

    def _build_details(self) -> QWidget:
        self.kind_box = kind_box(self.state)
        self.date_edit = self._date_field(None)
        self.date_edit.setObjectName("detailsDate")
        self.start_edit = time_edit(None)
        self.end_edit = time_edit(None)
        self.place_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Empty: the meeting of the committee"))
        self.chair_name, self.chair_position = QLineEdit(), QLineEdit()
        self.taker_name, self.taker_position = QLineEdit(), QLineEdit()
        self.checker_name, self.checker_position = QLineEdit(), QLineEdit()
        self.invitation_edit = self._date_field(None, allow_empty=True)
        self.reference_edit = QLineEdit()
        self.urgent_box = QCheckBox(self.tr("Urgent meeting (no 3-day notice needed, s. 80)"))
        self.adjourned_box = QComboBox()
        self.adjourned_box.setObjectName("adjournedBox")
        self.third_box = QCheckBox(self.tr("The invitation says a third of the members is then a quorum (s. 79)"))
        self.third_box.setToolTip(THIRD_RULE_SENTENCE_TH)
        self.notes_edit = QLineEdit()
        self.save_details_button = QPushButton(self.tr("Save details"))
        self.save_details_button.setObjectName("saveDetailsButton")
        self.save_details_button.clicked.connect(self.save_details)

        def pair(name: QLineEdit, position: QLineEdit) -> QHBoxLayout:
            name.setPlaceholderText(self.tr("Name"))
            position.setPlaceholderText(self.tr("Position"))
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(position, 1)
            return row

        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.kind_box)
        when.addWidget(self.date_edit)
        when.addLayout(times, 1)
        invitation = QHBoxLayout()
        invitation.addWidget(self.invitation_edit)
        invitation.addWidget(QLabel(self.tr("Reference")))
        invitation.addWidget(self.reference_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Kind, date, time"), when)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Meeting name"), self.title_edit)
        form.addRow(self.tr("Chair"), pair(self.chair_name, self.chair_position))
        form.addRow(self.tr("Minutes taken by"), pair(self.taker_name, self.taker_position))
        form.addRow(self.tr("Minutes checked by"), pair(self.checker_name, self.checker_position))
        form.addRow(self.tr("Invitation sent"), invitation)
        form.addRow("", self.urgent_box)
        form.addRow(self.tr("Reconvenes"), self.adjourned_box)
        form.addRow("", self.third_box)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.save_details_button)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _date_field(self, value: date | None, allow_empty: bool = False) -> ThaiDateEdit:
        return ThaiDateEdit(value, language=self.state.language, thai_digits=self.state.thai_digits,
                            allow_empty=allow_empty)

    def _build_attendance(self) -> QWidget:
        self.attendance_table = AttendanceTable(self)
        self.attendance_table.setObjectName("attendanceTable")
        self.attendance_table.itemChanged.connect(self._ticked)
        self.counts_label = WrappingLabel()
        self.counts_label.setObjectName("attendanceCounts")
        hint = WrappingLabel(self.tr("Space ticks the chosen member present (again: absent). L: absent with notice,"
                                     " R: represented by someone (แทน), A: absent, P: present."))
        hint.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        for text, status in ((self.tr("Present"), AttendanceStatus.PRESENT),
                             (self.tr("Absent with notice…"), AttendanceStatus.ABSENT_WITH_NOTICE),
                             (self.tr("Represented by…"), AttendanceStatus.REPRESENTED),
                             (self.tr("Absent"), AttendanceStatus.ABSENT)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=status: self.mark(self.attendance_table.currentRow(), s))
            buttons.addWidget(button)
        everyone = QPushButton(self.tr("Everyone else present"))
        everyone.setObjectName("everyonePresentButton")
        everyone.setToolTip(self.tr("Marks present every member not marked yet"))
        everyone.clicked.connect(self.everyone_present)
        buttons.addWidget(everyone)
        self.refresh_members_button = QPushButton(self.tr("Members changed: refresh the list"))
        self.refresh_members_button.clicked.connect(self.refresh_members)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_members_button)
        self.guest_list = QListWidget()
        self.guest_list.setObjectName("guestList")
        self.guest_list.setMaximumHeight(90)
        add_guest = QPushButton(self.tr("Add guest…"))
        add_guest.setObjectName("addGuestButton")
        add_guest.clicked.connect(self.add_guest)
        remove_guest = QPushButton(self.tr("Remove guest"))
        remove_guest.clicked.connect(self.remove_guest)
        guests = QHBoxLayout()
        guests.addWidget(QLabel(self.tr("Guests (not members)")))
        guests.addStretch(1)
        guests.addWidget(add_guest)
        guests.addWidget(remove_guest)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.attendance_table, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(guests)
        layout.addWidget(self.guest_list)
        return page

    def _build_agenda(self) -> QWidget:
        self.agenda_tree = QTreeWidget()
        self.agenda_tree.setObjectName("agendaTree")
        self.agenda_tree.setHeaderHidden(True)
        self.agenda_tree.setWordWrap(True)
        self.agenda_tree.currentItemChanged.connect(self._item_chosen)
        add_item = QPushButton(self.tr("Add item…"))
        add_item.setObjectName("addAgendaItemButton")
        add_item.clicked.connect(self.add_item)
        rename_item = QPushButton(self.tr("Edit…"))
        rename_item.clicked.connect(self.rename_item)
        delete_item = QPushButton(self.tr("Delete item"))
        delete_item.clicked.connect(self.delete_item)
        left_buttons = QHBoxLayout()
        for button in (add_item, rename_item, delete_item):
            left_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agenda_tree, 1)
        left_layout.addLayout(left_buttons)

        self.item_title = WrappingLabel()
        self.item_title.setObjectName("agendaItemTitle")
        self.item_title.setStyleSheet("font-weight: bold;")
        self.context_label = WrappingLabel()
        self.context_label.setObjectName("agendaContext")
        self.amendments_edit = QLineEdit()
        self.amendments_edit.setObjectName("amendmentsEdit")
        self.amendments_edit.setPlaceholderText(self.tr("Amendments, if any"))
        self.adopt_button = QPushButton(self.tr("Adopt these minutes"))
        self.adopt_button.setObjectName("adoptPreviousButton")
        self.adopt_button.clicked.connect(self.adopt_previous)
        self.close_carried_button = QPushButton(self.tr("Close this follow-up…"))
        self.close_carried_button.setObjectName("closeCarriedButton")
        self.close_carried_button.clicked.connect(self.close_carried)
        context_row = QHBoxLayout()
        context_row.addWidget(self.amendments_edit, 1)
        context_row.addWidget(self.adopt_button)
        context_row.addWidget(self.close_carried_button)
        self.documents_label = WrappingLabel()
        attach = QPushButton(self.tr("Attach document…"))
        attach.clicked.connect(self.attach_document)
        open_document = QPushButton(self.tr("Open document"))
        open_document.clicked.connect(self.open_document)
        documents_row = QHBoxLayout()
        documents_row.addWidget(self.documents_label, 1)
        documents_row.addWidget(attach)
        documents_row.addWidget(open_document)
        self.minutes_edit = MinutesEdit()
        self.minutes_edit.setObjectName("minutesEdit")
        self.minutes_edit.setPlaceholderText(self.tr("The minutes of this item: saved as you type"))
        self.minutes_edit.textChanged.connect(self._minutes_typed)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #5f6368;")
        self.resolution_tree = QTreeWidget()
        self.resolution_tree.setObjectName("resolutionTree")
        self.resolution_tree.setHeaderHidden(True)
        self.resolution_tree.setWordWrap(True)
        self.resolution_tree.setMaximumHeight(130)
        add_resolution = QPushButton(self.tr("Add resolution…"))
        add_resolution.setObjectName("addResolutionButton")
        add_resolution.clicked.connect(self.add_resolution)
        add_follow_up = QPushButton(self.tr("Add follow-up…"))
        add_follow_up.clicked.connect(self.add_follow_up)
        close_follow_up = QPushButton(self.tr("Close follow-up…"))
        close_follow_up.clicked.connect(self.close_chosen_follow_up)
        delete_resolution = QPushButton(self.tr("Delete"))
        delete_resolution.clicked.connect(self.delete_chosen_resolution_part)
        resolution_buttons = QHBoxLayout()
        for button in (add_resolution, add_follow_up, close_follow_up, delete_resolution):
            resolution_buttons.addWidget(button)
        resolution_buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.context_label)
        right_layout.addLayout(context_row)
        right_layout.addLayout(documents_row)
        minutes_head = QHBoxLayout()
        minutes_head.addWidget(QLabel(self.tr("Minutes")))
        minutes_head.addStretch(1)
        minutes_head.addWidget(self.saved_label)
        right_layout.addLayout(minutes_head)
        right_layout.addWidget(self.minutes_edit, 1)
        right_layout.addWidget(QLabel(self.tr("Resolutions (มติที่ประชุม), dissents and follow-ups")))
        right_layout.addWidget(self.resolution_tree)
        right_layout.addLayout(resolution_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_province(self) -> QWidget:
        self.adoption_label = WrappingLabel()
        self.adoption_label.setObjectName("adoptionLabel")
        adopt_on = QPushButton(self.tr("Adopted on a date (circulated)…"))
        adopt_on.clicked.connect(self.adopt_on_date)
        withdraw = QPushButton(self.tr("Withdraw the adoption"))
        withdraw.clicked.connect(self.withdraw_adoption)
        self.sent_label = WrappingLabel()
        self.sent_label.setObjectName("sentLabel")
        sent = QPushButton(self.tr("Date sent to the province…"))
        sent.setObjectName("sentButton")
        sent.clicked.connect(self.record_sent)
        self.signed_label = WrappingLabel()
        self.signed_label.setObjectName("signedLabel")
        attach = QPushButton(self.tr("Attach the signed minutes…"))
        attach.setObjectName("attachSignedButton")
        attach.clicked.connect(self.attach_signed)
        open_signed = QPushButton(self.tr("Open the signed minutes"))
        open_signed.clicked.connect(self.open_signed)
        page = QWidget()
        layout = QVBoxLayout(page)
        for label, buttons in ((self.adoption_label, (adopt_on, withdraw)), (self.sent_label, (sent,)),
                               (self.signed_label, (attach, open_signed))):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        explanation = WrappingLabel(self.tr(
            "The minutes are a draft until a later meeting adopts them (its agenda 2). Send a copy to the"
            " provincial health office, then attach the scan of the signed minutes: it is kept with a check"
            " of its content."))
        explanation.setStyleSheet("color: #5f6368;")
        layout.addWidget(explanation)
        layout.addStretch(1)
        return page

    # --- loading ---

    def load(self, meeting_id: int) -> None:
        self.save_pending()
        if meeting_id != self.meeting_id:
            self._item_id = None
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self.view = meeting_service.meeting_view(self.state.database, self.meeting_id, self.state.today())
        except BilingualError:  # deleted meanwhile (an undo): back to the list
            self.meeting_id = None
            self.back_requested.emit()
            return
        view, state = self.view, self.state
        summary = view.summary
        self.heading.setText(f"{number_label(state, summary.number, summary.fiscal_year)} · {summary.committee_name}"
                             f" · {date_text(state, summary.meeting_date, short=False)}")
        self.held_box.setChecked(summary.status == MeetingStatus.HELD)
        text, style = quorum_text(state, summary)
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(style)
        warnings = []
        if summary.invitation_late:
            warnings.append(self.tr("The invitation went out less than 3 days before the meeting (s. 80)."))
        if summary.quorum is not None and not summary.quorum.met:
            warnings.append(self.tr("This meeting had no quorum: its resolutions are not valid (s. 79)."))
        self.warning_label.setText(" ".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self._fill_details(view)
        self._fill_attendance(view)
        self._fill_agenda(view)
        self._fill_province(view)

    def _fill_details(self, view: MeetingView) -> None:
        summary = view.summary
        self.kind_box.setCurrentIndex(self.kind_box.findData(summary.kind))
        self.date_edit.set_date(summary.meeting_date)
        for edit, value in ((self.start_edit, summary.start_time), (self.end_edit, summary.end_time)):
            edit.setTime(QTime(value.hour, value.minute) if value else QTime(0, 0))
        self.place_edit.setText(summary.place)
        self.title_edit.setText(summary.title)
        self.chair_name.setText(view.chair_name)
        self.chair_position.setText(view.chair_position)
        self.taker_name.setText(view.minutes_taker_name)
        self.taker_position.setText(view.minutes_taker_position)
        self.checker_name.setText(view.minutes_checker_name)
        self.checker_position.setText(view.minutes_checker_position)
        self.invitation_edit.set_date(summary.invitation_date)
        self.reference_edit.setText(view.invitation_reference)
        self.urgent_box.setChecked(view.urgent)
        self.adjourned_box.clear()
        self.adjourned_box.addItem(self.tr("— (not a reconvened meeting)"), None)
        for other in view.earlier_meetings:
            self.adjourned_box.addItem(self.tr("%1 of %2").replace(
                "%1", number_label(self.state, other.number, other.fiscal_year)).replace(
                "%2", date_text(self.state, other.meeting_date)), other.id)
        adjourned = view.adjourned_meeting.id if view.adjourned_meeting else None
        self.adjourned_box.setCurrentIndex(max(0, self.adjourned_box.findData(adjourned)))
        self.third_box.setChecked(view.invitation_states_third_rule)
        self.notes_edit.setText(view.notes)

    def _fill_attendance(self, view: MeetingView) -> None:
        table, state = self.attendance_table, self.state
        row_before = table.currentRow()
        table.blockSignals(True)
        headers = (self.tr("Present"), self.tr("Name"), self.tr("Position"), self.tr("Role"),
                   self.tr("Attendance"), self.tr("Reason or substitute"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(view.attendance))
        for row, person in enumerate(view.attendance):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            attending = person.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
            tick.setCheckState(Qt.CheckState.Checked if attending else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, person.id)
            table.setItem(row, 0, tick)
            note = person.absence_reason
            if person.status == AttendanceStatus.REPRESENTED:
                note = f"{person.substitute_name} {person.substitute_position} แทน".strip()
            role = person.role_label_en if state.language == "en" else person.role_label_th
            for column, text in enumerate((person.full_name, person.position, role,
                                           attendance_label(state, person.status), note), start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.blockSignals(False)
        if view.attendance:
            table.setCurrentCell(min(max(row_before, 0), len(view.attendance) - 1), 1)
        counts = view.summary.counts
        self.counts_label.setText(self.tr("Members %1: present %2, represented %3, absent with notice %4, absent %5.")
                                  .replace("%1", digits(state, str(counts.members)))
                                  .replace("%2", digits(state, str(counts.present)))
                                  .replace("%3", digits(state, str(counts.represented)))
                                  .replace("%4", digits(state, str(counts.absent_with_notice)))
                                  .replace("%5", digits(state, str(counts.absent))) + " "
                                  + quorum_text(state, view.summary)[0])
        self.guest_list.clear()
        for guest in view.guests:
            item = QListWidgetItem(" ".join(p for p in (guest.full_name, guest.position, guest.organisation) if p))
            item.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.guest_list.addItem(item)

    def _fill_agenda(self, view: MeetingView) -> None:
        tree, state = self.agenda_tree, self.state
        tree.blockSignals(True)
        tree.clear()
        chosen = None
        for section in AgendaSection:
            top = QTreeWidgetItem([section_label(state, section)])
            top.setData(0, Qt.ItemDataRole.UserRole, -int(section))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            tree.addTopLevelItem(top)
            for position, item in enumerate(view.items_of(section), start=1):
                mark = "↻ " if item.follow_up is not None else ""
                number = digits(state, f"{int(section)}.{position}")
                child = QTreeWidgetItem([f"{number} {mark}{item.title}"])
                child.setToolTip(0, item.title)
                child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                top.addChild(child)
                if item.id == self._item_id:
                    chosen = child
            top.setExpanded(True)
        tree.blockSignals(False)
        if chosen is None and view.agenda:
            first = view.agenda[0].id
            chosen = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                          for j in range(tree.topLevelItem(i).childCount())
                          if tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole) == first)
        if chosen is not None:
            same = chosen.data(0, Qt.ItemDataRole.UserRole) == self._item_id
            tree.blockSignals(True)
            tree.setCurrentItem(chosen)
            tree.blockSignals(False)
            self._show_item(self._agenda_item(chosen.data(0, Qt.ItemDataRole.UserRole)), keep_text=same)
        else:
            self._show_item(None)

    def _agenda_item(self, item_id: int | None) -> AgendaItemView | None:
        if self.view is None or item_id is None:
            return None
        return next((item for item in self.view.agenda if item.id == item_id), None)

    def current_item(self) -> AgendaItemView | None:
        return self._agenda_item(self._item_id)

    def _show_item(self, item: AgendaItemView | None, keep_text: bool = False) -> None:
        state = self.state
        self._item_id = item.id if item else None
        self.item_title.setText(item.title if item else self.tr("Choose an item of the agenda, or add one."))
        context, adopting, carried = "", False, False
        if item is not None and item.section == AgendaSection.ADOPT_MINUTES and self.view is not None:
            previous = self.view.previous_meeting
            if previous is None:
                context = self.tr("There is no earlier meeting of this committee to adopt.")
            else:
                label = number_label(state, previous.number, previous.fiscal_year)
                status = self.tr("adopted") if self.view.previous_minutes_adopted else self.tr("not adopted yet")
                context = self.tr("The minutes of %1 (%2): %3.").replace("%1", label).replace(
                    "%2", date_text(state, previous.meeting_date)).replace("%3", status)
                adopting = True
        elif item is not None and item.follow_up is not None:
            context = self._follow_up_text(item.follow_up)
            carried = item.follow_up.closed_on is None
        elif item is not None:
            context = item.details
        self.context_label.setText(context)
        self.context_label.setVisible(bool(context))
        self.amendments_edit.setVisible(adopting)
        self.adopt_button.setVisible(adopting)
        self.close_carried_button.setVisible(carried)
        names = ", ".join(document.caption or document.attachment.original_name for document in item.documents) \
            if item else ""
        self.documents_label.setText(self.tr("Documents: %1").replace("%1", names) if names else self.tr("No documents"))
        if not keep_text:
            self.minutes_edit.blockSignals(True)
            self.minutes_edit.setPlainText(item.minutes if item else "")
            self.minutes_edit.blockSignals(False)
            self._dirty = False
            self.saved_label.setText("")
        self.minutes_edit.setEnabled(item is not None)
        self._fill_resolutions(item)

    def _follow_up_text(self, follow_up: FollowUpView) -> str:
        state = self.state
        text = self.tr("Follow-up of %1: %2").replace(
            "%1", number_label(state, follow_up.raised_at.number, follow_up.raised_at.fiscal_year)).replace(
            "%2", follow_up.description)
        if follow_up.owner:
            text += self.tr(" — by %1").replace("%1", follow_up.owner)
        if follow_up.due_date:
            text += self.tr(", due %1").replace("%1", date_text(state, follow_up.due_date))
        if follow_up.closed_on:
            text += self.tr(" — closed %1").replace("%1", date_text(state, follow_up.closed_on))
        elif follow_up.overdue:
            text += self.tr(" — overdue")
        return text

    def _fill_resolutions(self, item: AgendaItemView | None) -> None:
        tree = self.resolution_tree
        tree.clear()
        if item is None:
            return
        for resolution in item.resolutions:
            top = QTreeWidgetItem([self.tr("Resolution: %1").replace("%1", resolution.text)])
            top.setData(0, Qt.ItemDataRole.UserRole, ("resolution", resolution.id))
            tree.addTopLevelItem(top)
            for dissent in resolution.dissents:
                child = QTreeWidgetItem([self.tr("Dissent of %1: %2 (reason: %3)").replace("%1", dissent.member_name)
                                         .replace("%2", dissent.opinion).replace("%3", dissent.reason)])
                child.setData(0, Qt.ItemDataRole.UserRole, ("dissent", dissent.id))
                top.addChild(child)
            for follow_up in resolution.follow_ups:
                child = QTreeWidgetItem([self._follow_up_text(follow_up)])
                child.setData(0, Qt.ItemDataRole.UserRole, ("follow_up", follow_up.id))
                top.addChild(child)
            top.setExpanded(True)

    def _fill_province(self, view: MeetingView) -> None:
        state = self.state
        if view.adopted_in is not None:
            text = self.tr("Minutes adopted at %1 on %2.").replace(
                "%1", number_label(state, view.adopted_in.number, view.adopted_in.fiscal_year)).replace(
                "%2", date_text(state, view.minutes_adopted_on))
        elif view.minutes_adopted_on is not None:
            text = self.tr("Minutes adopted on %1.").replace("%1", date_text(state, view.minutes_adopted_on))
        else:
            text = self.tr("Minutes: draft, not adopted yet.")
        if view.adoption_amendments:
            text += " " + self.tr("Amendments: %1").replace("%1", view.adoption_amendments)
        self.adoption_label.setText(text)
        sent = view.summary.sent_to_province_on
        self.sent_label.setText(self.tr("Copy sent to the province on %1.").replace("%1", date_text(state, sent))
                                if sent else self.tr("Not sent to the province yet."))
        self.signed_label.setText(self.tr("Signed minutes: %1").replace("%1", view.signed_minutes.original_name)
                                  if view.signed_minutes else self.tr("No signed minutes attached."))

    # --- messages ---

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _refused(self, refusal: BilingualError) -> None:
        self.show_message(refusal.message(self.state.language), error=True)

    def _done(self, label: str, change: SavedChange | None = None) -> None:
        if change is not None:
            self.state.undo_stack.push(change)
        self.state.notify(changes.MEETINGS)
        self.show_message(self.tr("Saved: %1").replace("%1", label))

    def _back(self) -> None:
        self.save_pending()
        self.back_requested.emit()

    # --- details ---

    def _held_clicked(self, checked: bool) -> None:
        if self.meeting_id is None:
            return
        try:
            meeting_service.set_held(self.state.database, self.meeting_id, checked, self.state.user_name,
                                     today=self.state.today())
        except BilingualError as refusal:
            self.held_box.setChecked(not checked)
            self._refused(refusal)
            return
        self._done(self.tr("held") if checked else self.tr("not held yet"))

    def details(self) -> MeetingDetails | None:
        if self.view is None:
            return None
        for edit in (self.date_edit, self.invitation_edit):
            if not edit.is_valid():
                self.show_message(edit.error(), error=True)
                return None
        day = self.date_edit.date()
        if day is None:
            return None

        def clock(edit) -> time | None:  # noqa: ANN001
            value = edit.time()
            return None if value == QTime(0, 0) else time(value.hour(), value.minute())

        return MeetingDetails(
            committee_id=self.view.summary.committee_id, meeting_date=day, kind=self.kind_box.currentData(),
            start_time=clock(self.start_edit), end_time=clock(self.end_edit), place=self.place_edit.text(),
            title=self.title_edit.text(), chair_name=self.chair_name.text(), chair_position=self.chair_position.text(),
            minutes_taker_name=self.taker_name.text(), minutes_taker_position=self.taker_position.text(),
            minutes_checker_name=self.checker_name.text(), minutes_checker_position=self.checker_position.text(),
            invitation_date=self.invitation_edit.date(), invitation_reference=self.reference_edit.text(),
            urgent=self.urgent_box.isChecked(), adjourned_meeting_id=self.adjourned_box.currentData(),
            invitation_states_third_rule=self.third_box.isChecked(), issue_id=self.view.issue_id,
            notes=self.notes_edit.text(),
        )

    def save_details(self) -> bool:
        details = self.details()
        if details is None or self.meeting_id is None:
            return False
        try:
            meeting_service.update_meeting(self.state.database, self.meeting_id, details, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        self._done(self.tr("the meeting's details"))
        return True

    # --- attendance ---

    def _row(self, row: int) -> AttendanceRow | None:
        if self.view is None or not 0 <= row < len(self.view.attendance):
            return None
        return self.view.attendance[row]

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        self.mark(item.row(), AttendanceStatus.PRESENT if checked else AttendanceStatus.ABSENT)

    def toggle_present(self, row: int) -> None:
        person = self._row(row)
        if person is not None:
            attending = person.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
            self.mark(row, AttendanceStatus.ABSENT if attending else AttendanceStatus.PRESENT)

    def mark(self, row: int, status: AttendanceStatus) -> bool:
        person = self._row(row)
        if person is None:
            return False
        mark = AttendanceMark(status)
        if status == AttendanceStatus.ABSENT_WITH_NOTICE:
            reason = TextPromptDialog.ask(self, self.tr("Absent with notice"), self.tr(
                "Why %1 could not come (printed in the minutes).").replace("%1", person.full_name), self.tr("Reason"))
            if reason is None:
                self._fill_attendance(self.view)
                return False
            mark = AttendanceMark(status, absence_reason=reason)
        elif status == AttendanceStatus.REPRESENTED:
            answer = PersonDialog(self, self.state, self.tr("Represented by"), self.tr(
                "Who attends in place of %1 (printed with แทน).").replace("%1", person.full_name), False).ask()
            if answer is None:
                self._fill_attendance(self.view)
                return False
            mark = AttendanceMark(status, substitute_name=answer[0], substitute_position=answer[1])
        return self.save_mark(person, mark)

    def save_mark(self, person: AttendanceRow, mark: AttendanceMark) -> bool:
        return self.save_marks({person.id: mark}, f"{person.full_name}: {attendance_label(self.state, mark.status)}")

    def everyone_present(self) -> bool:
        if self.view is None:
            return False
        marks = {row.id: AttendanceMark(AttendanceStatus.PRESENT) for row in self.view.attendance
                 if row.status == AttendanceStatus.ABSENT and not row.absence_reason}
        return bool(marks) and self.save_marks(marks, self.tr("everyone else present"))

    def save_marks(self, marks: dict[int, AttendanceMark], label: str) -> bool:
        if self.meeting_id is None:
            return False
        try:
            old = meeting_service.set_attendance_many(self.state.database, self.meeting_id, marks,
                                                      self.state.user_name, today=self.state.today())
        except BilingualError as refusal:
            self._refused(refusal)
            self._fill_attendance(self.view)
            return False
        self._done(label, AttendanceChange(self, self.meeting_id, old, marks, label))
        return True

    def refresh_members(self) -> None:
        if self.meeting_id is None:
            return
        meeting_service.refresh_attendance(self.state.database, self.meeting_id, self.state.user_name)
        self._done(self.tr("the attendance list"))

    def add_guest(self) -> None:
        answer = PersonDialog(self, self.state, self.tr("Guest"), self.tr(
            "Someone attending who is not a member (ผู้เข้าร่วมประชุม)."), True).ask()
        if answer is None or self.meeting_id is None:
            return
        try:
            meeting_service.add_guest(self.state.database, self.meeting_id, *answer, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(answer[0])

    def remove_guest(self) -> None:
        item = self.guest_list.currentItem()
        if item is not None:
            meeting_service.remove_guest(self.state.database, item.data(Qt.ItemDataRole.UserRole), self.state.user_name)
            self._done(self.tr("guest removed"))

    # --- agenda and minutes ---

    def _item_chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.save_pending()
        item_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if item_id is not None and item_id < 0:  # a section's heading
            self._show_item(None)
            self._section = AgendaSection(-item_id)
            return
        self._show_item(self._agenda_item(item_id))

    def choose_item(self, item_id: int) -> None:
        iterator = [self.agenda_tree.topLevelItem(i).child(j) for i in range(self.agenda_tree.topLevelItemCount())
                    for j in range(self.agenda_tree.topLevelItem(i).childCount())]
        for child in iterator:
            if child.data(0, Qt.ItemDataRole.UserRole) == item_id:
                self.agenda_tree.setCurrentItem(child)
                return

    def _minutes_typed(self) -> None:
        self._dirty = True
        self.saved_label.setText(self.tr("Saving…"))
        self._autosave.start()

    def save_pending(self) -> bool:
        """Save the minutes being typed, if any (also called when leaving the item, the tab or the meeting)."""
        self._autosave.stop()
        if not self._dirty or self._item_id is None:
            return True
        self._dirty = False
        try:
            meeting_service.save_minutes(self.state.database, self._item_id, self.minutes_edit.toPlainText(),
                                         self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self.saved_label.setText(self.tr("Saved"))
        self.state.notify(changes.MEETINGS)
        return True

    def _chosen_section(self) -> AgendaSection:
        current = self.agenda_tree.currentItem()
        if current is None:
            return AgendaSection.FOR_CONSIDERATION
        value = current.data(0, Qt.ItemDataRole.UserRole)
        if value < 0:
            return AgendaSection(-value)
        item = self._agenda_item(value)
        return item.section if item else AgendaSection.FOR_CONSIDERATION

    def add_item(self) -> None:
        section = self._chosen_section()
        answer = AgendaItemDialog(self, self.state, self.tr("A new item under %1.").replace(
            "%1", section_label(self.state, section))).ask()
        if answer is not None:
            self.add_item_titled(section, *answer)

    def add_item_titled(self, section: AgendaSection, title: str, details: str = "") -> int | None:
        if self.meeting_id is None:
            return None
        self.save_pending()
        try:
            item_id = meeting_service.add_agenda_item(self.state.database, self.meeting_id, section, title,
                                                      self.state.user_name, details)
        except BilingualError as refusal:
            self._refused(refusal)
            return None
        self._item_id = item_id
        self._done(title)
        self.minutes_edit.setFocus()
        return item_id

    def rename_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answer = AgendaItemDialog(self, self.state, section_label(self.state, item.section), item.title,
                                  item.details).ask()
        if answer is None:
            return
        try:
            meeting_service.update_agenda_item(self.state.database, item.id, *answer, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(answer[0])

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or not ConfirmDialog.ask(self, self.tr("Delete the item"), self.tr(
                "Delete “%1” with its minutes and resolutions?").replace("%1", item.title), self.tr("Delete")):
            return
        self._dirty = False
        try:
            meeting_service.delete_agenda_item(self.state.database, item.id, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._item_id = None
        self._done(self.tr("item deleted"))

    def attach_document(self) -> None:
        item = self.current_item()
        if item is None:
            return
        source = choose_open_file(self, self.tr("Attach a document"), SCAN_FILTER)
        if source is None:
            return
        try:
            meeting_service.attach_agenda_document(self.state.workspace, item.id, source, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(source.name)

    def open_document(self) -> None:
        item = self.current_item()
        if item is None or not item.documents:
            return
        self._open_stored(lambda: meeting_service.agenda_document_content(self.state.workspace, item.documents[0].id))

    def _open_stored(self, read) -> None:  # noqa: ANN001 - () -> (AttachmentInfo, bytes)
        import tempfile

        try:
            info, content = read()
        except BilingualError as refusal:
            self._refused(refusal)
            return
        folder = Path(tempfile.mkdtemp(prefix="pcha-"))
        path = folder / info.original_name
        path.write_bytes(content)
        open_file(path)

    def add_resolution(self) -> None:
        item = self.current_item()
        if item is None:
            self.show_message(self.tr("Choose an agenda item first."), error=True)
            return
        resolution = ResolutionDialog(self, self.state).ask()
        if resolution is not None:
            self.save_resolution(item.id, resolution)

    def save_resolution(self, item_id: int, resolution: meeting_service.ResolutionInput) -> int | None:
        self.save_pending()
        try:
            resolution_id = meeting_service.add_resolution(self.state.database, item_id, resolution, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return None
        label = self.tr("Resolution: %1").replace("%1", resolution.text[:60])
        self._done(label, ResolutionAdded(self, item_id, resolution_id, resolution, label))
        return resolution_id

    def _chosen_part(self) -> tuple[str, int] | None:
        current = self.resolution_tree.currentItem()
        return current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None

    def add_follow_up(self) -> None:
        part = self._chosen_part()
        if part is None or part[0] != "resolution":
            self.show_message(self.tr("Choose the resolution the follow-up belongs to."), error=True)
            return
        follow_up = FollowUpDialog(self, self.state).ask()
        if follow_up is None:
            return
        try:
            meeting_service.add_follow_up(self.state.database, part[1], follow_up, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(follow_up.description)

    def close_chosen_follow_up(self) -> None:
        part = self._chosen_part()
        if part is None or part[0] != "follow_up":
            self.show_message(self.tr("Choose the follow-up to close."), error=True)
            return
        self.close_follow_up(part[1])

    def close_carried(self) -> None:
        item = self.current_item()
        if item is not None and item.follow_up is not None:
            self.close_follow_up(item.follow_up.id, self.view.summary.meeting_date if self.view else None)

    def close_follow_up(self, follow_up_id: int, suggested: date | None = None) -> None:
        answer = DatePromptDialog.ask(self, self.state, self.tr("Close the follow-up"), self.tr(
            "The date it was done. Later meetings no longer carry it."), self.tr("Done on"),
            suggested or self.state.today())
        if answer is None or answer[0] is None:
            return
        self.close_follow_up_on(follow_up_id, answer[0])

    def close_follow_up_on(self, follow_up_id: int, day: date) -> bool:
        try:
            old = meeting_service.close_follow_up(self.state.database, follow_up_id, day, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        label = self.tr("follow-up closed on %1").replace("%1", date_text(self.state, day))
        self._done(label, FollowUpClosed(self, follow_up_id, old, day, label))
        return True

    def delete_chosen_resolution_part(self) -> None:
        part = self._chosen_part()
        if part is None or not ConfirmDialog.ask(self, self.tr("Delete"), self.tr(
                "Delete the chosen resolution, dissent or follow-up?"), self.tr("Delete")):
            return
        kind, ident = part
        action = {"resolution": meeting_service.delete_resolution, "dissent": meeting_service.delete_dissent,
                  "follow_up": meeting_service.delete_follow_up}[kind]
        try:
            action(self.state.database, ident, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(self.tr("deleted"))

    def adopt_previous(self) -> bool:
        """Agenda 2: this meeting adopts the previous meeting's minutes (with the amendments typed)."""
        if self.view is None or self.view.previous_meeting is None:
            return False
        self.save_pending()
        try:
            meeting_service.adopt_minutes(self.state.database, self.view.previous_meeting.id, self.state.user_name,
                                          adopted_in_meeting_id=self.meeting_id,
                                          amendments=self.amendments_edit.text())
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        previous = self.view.previous_meeting
        self._done(self.tr("minutes of %1 adopted").replace(
            "%1", number_label(self.state, previous.number, previous.fiscal_year)))
        return True

    # --- adoption and the province ---

    def adopt_on_date(self) -> None:
        if self.view is None:
            return
        answer = DatePromptDialog.ask(self, self.state, self.tr("Minutes adopted"), self.tr(
            "The date the members adopted these minutes (e.g. circulated for adoption)."), self.tr("Adopted on"),
            self.state.today())
        if answer is None or answer[0] is None:
            return
        self._adopt(answer[0])

    def withdraw_adoption(self) -> None:
        self._adopt(None)

    def _adopt(self, day: date | None) -> None:
        try:
            meeting_service.adopt_minutes(self.state.database, self.meeting_id, self.state.user_name, adopted_on=day)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(self.tr("adoption of the minutes"))

    def record_sent(self) -> None:
        if self.view is None:
            return
        answer = DatePromptDialog.ask(self, self.state, self.tr("Sent to the province"), self.tr(
            "The date a copy of the minutes went to the provincial health office (empty: not sent)."),
            self.tr("Sent on"), self.view.summary.sent_to_province_on or self.state.today(), allow_empty=True)
        if answer is None:
            return
        try:
            meeting_service.record_sent_to_province(self.state.database, self.meeting_id, answer[0], self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return
        self._done(self.tr("date sent to the province"))

    def attach_signed(self) -> None:
        source = choose_open_file(self, self.tr("Attach the signed minutes"), SCAN_FILTER)
        if source is not None:
            self.attach_signed_file(source)

    def attach_signed_file(self, source: Path) -> bool:
        try:
            meeting_service.attach_signed_minutes(self.state.workspace, self.meeting_id, source, self.state.user_name)
        except BilingualError as refusal:
            self._refused(refusal)
            return False
        self._done(source.name)
        return True

    def open_signed(self) -> None:
        if self.meeting_id is not None:
            self._open_stored(lambda: meeting_service.signed_minutes_content(self.state.workspace, self.meeting_id))
