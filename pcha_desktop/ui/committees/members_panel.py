"""The "Members" tab of a committee: who was on it on a date (and under which order), the composition
warnings, and every member action (add, edit, reorder, end, replace, bulk entry)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.committee_rules import REGULATION, REGULATION_EN
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.exports import file_names
from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services import committees as committee_service
from pcha_desktop.services.committees import MemberRow
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import ERROR_STYLE, WARNING_BOX_STYLE, DatePromptDialog, error_text, show_date
from pcha_desktop.ui.committees.member_commands import (
    AddMember,
    EditMember,
    EndMembership,
    ImportMembers,
    MemberCommand,
    MoveMember,
    ReplaceMember,
)
from pcha_desktop.ui.committees.member_dialog import MemberDialog
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.core.operations import Operation, Progress
from pcha_desktop.ui.committees.members_model import MEMBERSHIP_ID_ROLE, SORT_ROLE, MembersModel
from pcha_desktop.ui.thai_wrap import WrappingLabel, thai_line_height
from pcha_desktop.ui.widgets.filtered_table import filtered_table, keep_headers_whole
from pcha_desktop.ui.widgets.flow_layout import wrapping_button_row
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


def split_finding(warning, english: bool) -> tuple[str, str]:
    """A composition warning as (what was found, what the regulation says); the regulation's name, which
    every warning repeats, is left out of both."""
    text = warning.message_en if english else warning.message_th
    marker = f"; under the {REGULATION_EN} " if english else f" ตาม{REGULATION} "
    finding, _marker, rule = text.partition(marker)
    return finding.strip(), rule.strip()


class MembersPanel(QWidget):
    members_changed = Signal()  # after a write that changed the members (the screen re-checks the orders)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPanel")
        self._state = state
        self.committee_id: int | None = None
        # The committee as last read (members, warnings, whether a new order is needed), or None.
        self.overview: orders_service.CommitteeOverview | None = None

        self.model = MembersModel(state)
        self.proxy, self.filter_edit, self.table = filtered_table(
            self.model, sort_role=SORT_ROLE, parent=self, clear_button=True,
            filter_placeholder=self.tr("Filter by name, position, organisation…"))

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("membersMessage")
        self.message_label.hide()

        self.as_of_edit = ThaiDateEdit(state.today(), language=state.language, thai_digits=state.thai_digits)
        self.as_of_edit.setMaximumWidth(220)
        self.as_of_edit.date_changed.connect(lambda _day: self.reload())
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.as_of_edit.set_date(self._state.today()))
        self.order_label = WrappingLabel()
        self.order_label.setObjectName("orderInForceLabel")

        self.table.setObjectName("membersTable")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        header = self.table.horizontalHeader()
        # Number, name, role and date are as wide as what they hold: measured once per reload
        # (`_fit_columns`), not on every layout of the table as ResizeToContents would.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Position and organisation keep a readable width (the user can drag them); on a narrow screen the
        # table scrolls sideways rather than squeezing them to nothing.
        for column, width in ((2, 210), (3, 190), (4, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        keep_headers_whole(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add member…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.end_button = QPushButton(self.tr("End membership…"))
        self.replace_button = QPushButton(self.tr("Replace…"))
        self.paste_button = QPushButton(self.tr("Paste from Excel/Word…"))
        self.import_button = QPushButton(self.tr("Import .xlsx…"))
        self.template_button = QPushButton(self.tr("Export template…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.end_button.clicked.connect(self.end_membership)
        self.replace_button.clicked.connect(self.replace_member)
        self.paste_button.clicked.connect(self.paste_members)
        self.import_button.clicked.connect(self.import_workbook)
        self.template_button.clicked.connect(self.export_template)
        self.up_button.setToolTip(self.tr("Move up among the members of the same role (the order of the official document)"))
        self.down_button.setToolTip(self.tr("Move down among the members of the same role (the order of the official document)"))
        self.end_button.setToolTip(self.tr("The member leaves the committee on a date; nothing is deleted"))
        self.replace_button.setToolTip(self.tr("A new person takes this seat from a date"))

        # The composition check: one line per finding, the regulation cited once; it can be folded away and
        # scrolls within a few lines, so it never takes the members table's room.
        self.warnings_frame = QFrame()
        self.warnings_frame.setObjectName("warningsFrame")
        self.warnings_frame.setStyleSheet(WARNING_BOX_STYLE % "warningsFrame")
        self.warnings_title = QToolButton()
        self.warnings_title.setObjectName("warningsToggle")
        self.warnings_title.setCheckable(True)
        self.warnings_title.setChecked(True)
        self.warnings_title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warnings_title.setAutoRaise(True)
        self.warnings_title.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.warnings_label = WrappingLabel()
        self.warnings_label.setObjectName("warningsLabel")
        self.citation_label = WrappingLabel()
        self.citation_label.setObjectName("warningsCitation")
        self.citation_label.setStyleSheet("color: #555;")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 0, 4, 0)
        body_layout.addWidget(self.warnings_label)
        body_layout.addWidget(self.citation_label)
        self.warnings_body = QScrollArea()
        self.warnings_body.setObjectName("warningsBody")
        self.warnings_body.setWidgetResizable(True)
        self.warnings_body.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_body.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.warnings_body.setWidget(body)
        self.warnings_body.setMaximumHeight(round(6 * thai_line_height(self.font())))
        self.warnings_title.toggled.connect(self._fold_warnings)
        warnings_layout = QVBoxLayout(self.warnings_frame)
        warnings_layout.setContentsMargins(4, 2, 4, 4)
        warnings_layout.setSpacing(2)
        warnings_layout.addWidget(self.warnings_title)
        warnings_layout.addWidget(self.warnings_body)
        self.warnings: list = []
        self._fold_warnings(True)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 4 * thai_line_height(self.font()))

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(QLabel(self.tr("Members on")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.today_button)
        buttons = wrapping_button_row(
            self.add_button, self.edit_button, self.up_button, self.down_button, self.end_button,
            self.replace_button, self.paste_button, self.import_button, self.template_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        layout.addWidget(self.warnings_frame)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------------------

    def as_of(self) -> date:
        return self.as_of_edit.date() or self._state.today()

    def set_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.show_message("")
        self.reload()

    def reload(self) -> None:
        self.as_of_edit.set_thai_digits(self._state.thai_digits)
        selected = self.selected_membership_id()
        if self.committee_id is None:
            self.overview = None
            self.model.set_records([])
            self.order_label.setText("")
            self._show_warnings([])
            self._update_buttons()
            return
        day = self.as_of()
        overview = orders_service.committee_overview(self._state.database, self.committee_id, day,
                                                     self._state.today())
        self.overview: orders_service.CommitteeOverview | None = overview
        on_date = overview.on_date
        self.model.set_records(on_date.members)
        self._fit_columns()
        if on_date.order is None:
            self.order_label.setText(self.tr("No appointment order was in force on {date}.").format(
                date=show_date(self._state, day)))
        else:
            self.order_label.setText(self.tr("On {date}: {count} members; the order in force was No. {number} "
                                             "of {order_date}.").format(
                date=show_date(self._state, day), count=common.digits(self._state, str(len(on_date.members))),
                number=common.digits(self._state, on_date.order.number),
                order_date=show_date(self._state, on_date.order.order_date)))
        self._show_warnings(overview.warnings)
        if selected is not None:
            self.select_membership(selected)
        self._update_buttons()

    FITTED_COLUMNS = (0, 1, 5, 6)  # number, name, committee role, member from

    def _fit_columns(self) -> None:
        for column in self.FITTED_COLUMNS:
            self.table.resizeColumnToContents(column)

    def _show_warnings(self, warnings: list) -> None:
        self.warnings = warnings
        if not warnings:
            self.warnings_frame.hide()
            return
        english = self._state.language == "en"
        lines, rules = [], []
        for warning in warnings:
            finding, rule = split_finding(warning, english)
            lines.append(f"⚠ {finding}")
            if rule and rule not in rules:
                rules.append(rule)
        regulation = REGULATION_EN if english else REGULATION
        self.warnings_title.setText(self.tr("Composition check: {count} warnings (the committee can still be "
                                            "saved)").format(count=common.digits(self._state, str(len(warnings)))))
        self.warnings_label.setText("\n".join(lines))
        self.citation_label.setText(self.tr("Rule: {rule}").format(rule=regulation)
                                    + "".join(f"\n• {rule}" for rule in rules))
        self.warnings_frame.show()

    def _fold_warnings(self, unfolded: bool) -> None:
        self.warnings_title.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.warnings_body.setVisible(unfolded)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "color: #1d6b2a;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def selected_membership_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(MEMBERSHIP_ID_ROLE)

    def selected_member(self) -> MemberRow | None:
        ident = self.selected_membership_id()
        return next((m for m in self.model.members if m.membership_id == ident), None)

    def select_membership(self, membership_id: int) -> bool:
        row = self.model.row_of(membership_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        has_committee = self.committee_id is not None
        has_member = self.selected_member() is not None
        for button in (self.add_button, self.paste_button, self.import_button):
            button.setEnabled(has_committee)
        for button in (self.edit_button, self.up_button, self.down_button, self.end_button, self.replace_button):
            button.setEnabled(has_member)

    # --- writing ---------------------------------------------------------------------------------------

    def _write(self, action: Callable[[], object], done: str) -> object | None:
        """Run one service call; show its refusal (nothing changed) or ``done``; the screens of members reload."""
        try:
            result = action()
        except BilingualError as error:  # a refusal: nothing changed
            self.show_message(error_text(self._state, error), error=True)
            return None
        self.show_message(done)
        self._state.notify(changes.MEMBERS)
        self.members_changed.emit()
        return result if result is not None else True

    def _push(self, command: MemberCommand) -> None:
        """Put a change already saved on the undo stack (its first redo does nothing)."""
        self._state.undo_stack.push(command)

    def add_member(self) -> None:
        if self.committee_id is None:
            return
        member = MemberDialog.ask(self, self._state, default_start=self._state.today())
        if member is None:
            return
        committee_id = self.committee_id
        new_id = self._write(
            lambda: committee_service.add_member(self._state.database, committee_id, member, self._state.user_name),
            self.tr("{name} was added.").format(name=f"{member.title}{member.first_name} {member.last_name}".strip()),
        )
        if isinstance(new_id, int):
            self._push(AddMember(self._state, self, committee_id, member, new_id))
            self.as_of_edit.set_date(max(self.as_of(), member.start_date))
            self.select_membership(new_id)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        changed = MemberDialog.ask(self, self._state, member)
        if changed is None:
            return
        old = committee_service.member_input_of(member)
        if self._write(
            lambda: committee_service.edit_member(self._state.database, member.membership_id, changed,
                                                  self._state.user_name),
            self.tr("The changes were saved."),
        ) is not None and changed != old:
            self._push(EditMember(self._state, self, member.membership_id, old, changed, member.full_name))

    def move_member(self, steps: int) -> None:
        member = self.selected_member()
        if member is None:
            return
        committee_id = member.committee_id
        before = committee_service.member_order(self._state.database, committee_id)
        if self._write(
            lambda: committee_service.move_member(self._state.database, member.membership_id, steps,
                                                  self._state.user_name),
            "",
        ) is not None:
            after = committee_service.member_order(self._state.database, committee_id)
            if after != before:
                self._push(MoveMember(self._state, self, committee_id, member.membership_id, before, after,
                                      member.full_name, steps))
        self.select_membership(member.membership_id)

    def end_membership(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = DatePromptDialog.ask(
            self, self._state, self.tr("End membership"),
            self.tr("{name} stays in the committee's history and in the orders already issued. From the date "
                    "below they are no longer a member. Nothing is deleted.").format(name=member.full_name),
            self.tr("No longer a member from"), self._state.today(),
        )
        if answer is None or answer[0] is None:
            return
        end_date = answer[0]
        if self._write(
            lambda: committee_service.end_membership(self._state.database, member.membership_id, end_date,
                                                     self._state.user_name),
            self.tr("{name} is no longer a member from {date}.").format(
                name=member.full_name, date=show_date(self._state, end_date)),
        ) is not None:
            self._push(EndMembership(self._state, self, member.membership_id, end_date, member.end_date,
                                     member.full_name))

    def replace_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        successor = MemberDialog.ask(self, self._state, replacing=member, default_start=self._state.today())
        if successor is None:
            return
        new_id = self._write(
            lambda: committee_service.replace_member(self._state.database, member.membership_id, successor,
                                                     successor.start_date, self._state.user_name),
            self.tr("{new} replaces {old} from {date}.").format(
                new=f"{successor.title}{successor.first_name} {successor.last_name}".strip(),
                old=member.full_name, date=show_date(self._state, successor.start_date)),
        )
        if isinstance(new_id, int):
            self._push(ReplaceMember(self._state, self, member.membership_id, member.end_date, successor, new_id,
                                     member.full_name))
            self.as_of_edit.set_date(max(self.as_of(), successor.start_date))
            self.select_membership(new_id)

    # --- bulk entry ------------------------------------------------------------------------------------

    def paste_members(self) -> None:
        self._bulk(None)

    def import_workbook(self) -> None:
        if self.committee_id is None:
            return
        path = common.choose_open_file(self, self.tr("Import members from an Excel file"),
                                       self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self._bulk(path)

    def _bulk(self, path: Path | None) -> None:
        if self.committee_id is None:
            return
        committee_id = self.committee_id
        before = set(committee_service.member_order(self._state.database, committee_id))
        from pcha_desktop.ui.committees.import_dialog import ImportDialog  # on demand: the screen opens faster

        count = ImportDialog.ask(self, self._state, committee_id, path)
        if count:
            added = [ident for ident in committee_service.member_order(self._state.database, committee_id)
                     if ident not in before]
            if added:
                self._push(ImportMembers(self._state, self, committee_id, added))
            self.show_message(self.tr("{count} members were imported.").format(
                count=common.digits(self._state, str(count))))
            self.members_changed.emit()  # the import's change notice was sent by the dialog

    def export_template(self) -> Operation | None:
        path = export_files.choose_export_path(self, self._state, self.tr("Save the member list template"),
                                               file_names.MEMBER_TEMPLATE_NAME, self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def write(_progress: Progress) -> Path:
            from pcha_desktop.services import member_import  # on demand: the screen opens faster

            path.parent.mkdir(parents=True, exist_ok=True)
            member_import.export_member_template(path)
            return path

        return Operation(
            self, self._state, write, label=self.tr("Saving the template…"), expected=(OSError,),
            success=lambda saved: (self.show_message(
                self.tr("The template was saved as {path}. Fill it in with Excel, then use Import .xlsx.")
                .format(path=saved)), export_files.add_open_folder_link(self.message_label, saved)),
            failure=lambda text: self.show_message(
                self.tr("The template could not be saved: {reason}").format(reason=text), error=True),
        ).run_in_background()
