"""Committees: the district committee (พชอ.) and the issue subcommittees of the fiscal year, each with its
members and its appointment orders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.thai_calendar import fiscal_year_of
from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services import committees as committee_service
from pcha_desktop.services.committees import CommitteeRow
from pcha_desktop.storage.models import CommitteeKind
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import BANNER_STYLE, ERROR_STYLE, TextPromptDialog, error_text
from pcha_desktop.ui.committees.members_panel import MembersPanel
from pcha_desktop.ui.committees.orders_panel import OrdersPanel, number_text
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.thai_wrap import WrappingLabel

COMMITTEE_ID_ROLE = Qt.ItemDataRole.UserRole


class CommitteeScreen(QWidget):
    """`committee_selected(int)` is emitted with the committee id whenever another committee is shown."""

    committee_selected = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeeScreen")
        self._state = state
        self.committees: list[CommitteeRow] = []
        self.committee_id: int | None = None

        title = QLabel(self.tr("Committees"))
        title.setObjectName("screenTitle")
        self.year_label = WrappingLabel()
        self.empty_label = WrappingLabel()
        self.empty_label.setStyleSheet("color: #555;")
        self.committee_list = QListWidget()
        self.committee_list.setObjectName("committeeList")
        self.committee_list.setWordWrap(True)
        self.committee_list.currentRowChanged.connect(self._row_changed)
        self.add_issue_button = QPushButton(self.tr("Add an issue…"))
        self.add_issue_button.setToolTip(self.tr("Add an issue and its subcommittee…"))
        self.add_issue_button.clicked.connect(self.add_issue)
        self.list_message = WrappingLabel()
        self.list_message.setStyleSheet(ERROR_STYLE)
        self.list_message.hide()
        left = QWidget()
        left.setMinimumWidth(200)
        left.setMaximumWidth(320)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.year_label)
        left_layout.addWidget(self.committee_list, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.add_issue_button)
        left_layout.addWidget(self.list_message)

        self.name_label = WrappingLabel()
        self.name_label.setObjectName("committeeName")
        self.name_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.banner = QFrame()
        self.banner.setObjectName("revisionBanner")
        self.banner.setStyleSheet(BANNER_STYLE % "revisionBanner")
        self.banner_label = WrappingLabel()
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self.prepare_order)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.members_panel = MembersPanel(state)
        self.orders_panel = OrdersPanel(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_panel, self.tr("Member list"))
        self.tabs.addTab(self.orders_panel, self.tr("Appointment orders"))
        # The orders tab loads when it is shown (or at once if it is showing): opening the screen reads the
        # members only. None: up to date; "committee": another committee; "reload": the data changed.
        self._orders_pending: str | None = None
        self.tabs.currentChanged.connect(lambda _index: self._sync_orders())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        state.on_change(self, (changes.COMMITTEES, changes.MEMBERS, changes.ORDERS, changes.SETTINGS,
                               changes.PROFILE), self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload_committees())
        self.reload_committees()

    # --- committees ------------------------------------------------------------------------------------

    def fiscal_year(self) -> int:
        return self._state.fiscal_year or fiscal_year_of(self._state.today())

    def reload_committees(self) -> None:
        """The list of committees (the district committee, created if missing, then the year's subcommittees)."""
        database = self._state.database
        try:
            district = committee_service.find_district_committee(database) or committee_service.district_committee(
                database, self._state.user_name)
            committees = [district]
        except BilingualError as error:  # e.g. the district is not set up yet
            committees = []
            self.list_message.setText(error_text(self._state, error))
            self.list_message.show()
        subcommittees = committee_service.subcommittees(database, self.fiscal_year())
        committees += subcommittees
        self._show_year(bool(subcommittees))
        self.committees = committees
        previous = self.committee_id
        titles = self._issue_titles() if subcommittees else {}
        ids = [committee.id for committee in committees]
        row = ids.index(previous) if previous in ids else (0 if ids else -1)
        self.committee_list.blockSignals(True)  # the committee is shown once, below
        self.committee_list.clear()
        for committee in committees:
            item = QListWidgetItem(self.list_title(committee, titles))
            item.setToolTip(committee.name)
            item.setData(COMMITTEE_ID_ROLE, committee.id)
            self.committee_list.addItem(item)
        self.committee_list.setCurrentRow(row)
        self.committee_list.blockSignals(False)
        self._row_changed(row)

    def _show_year(self, has_issues: bool) -> None:
        """The heading's fiscal year (and the note when it has no issues), in the digits chosen."""
        year = common.digits(self._state, str(self.fiscal_year()))
        self.year_label.setText(self.tr("Fiscal year {year}").format(year=year))
        self.empty_label.setText("" if has_issues else self.tr(
            "No quality-of-life issues for fiscal year {year} yet.").format(year=year))
        self.empty_label.setVisible(not has_issues)

    def _issue_titles(self) -> dict[int | None, str]:
        """The year's issue titles by their subcommittee's id."""
        return {issue.subcommittee_id: issue.title
                for issue in committee_service.issues_of_year(self._state.database, self.fiscal_year())}

    def list_title(self, committee: CommitteeRow, issue_titles: dict[int | None, str] | None = None) -> str:
        if committee.kind == CommitteeKind.DISTRICT:
            return self.tr("District committee (พชอ.)")
        issues = self._issue_titles() if issue_titles is None else issue_titles
        return self.tr("Issue: {title}").format(title=issues.get(committee.id, committee.name))

    def select_committee(self, committee_id: int) -> bool:
        ids = [committee.id for committee in self.committees]
        if committee_id not in ids:
            return False
        self.committee_list.setCurrentRow(ids.index(committee_id))
        return True

    def current_committee(self) -> CommitteeRow | None:
        return next((c for c in self.committees if c.id == self.committee_id), None)

    def _row_changed(self, row: int) -> None:
        committee = self.committees[row] if 0 <= row < len(self.committees) else None
        new_id = committee.id if committee else None
        changed = new_id != self.committee_id
        self.committee_id = new_id
        self.name_label.setText(committee.name if committee else "")
        self.members_panel.set_committee(new_id)
        self._orders_pending = "committee"
        self._sync_orders()
        self._update_banner()
        if changed and new_id is not None:
            self.committee_selected.emit(new_id)

    def add_issue(self) -> None:
        year = self.fiscal_year()
        title = TextPromptDialog.ask(
            self, self.tr("Add an issue"),
            self.tr("A quality-of-life issue of fiscal year {year} (e.g. road accidents); its subcommittee "
                    "(คณะกรรมการขับเคลื่อนรายประเด็น) is created with it.").format(year=common.digits(self._state, str(year))),
            self.tr("Issue"))
        if not title:
            return
        try:
            issue = committee_service.add_issue(self._state.database, year, title, self._state.user_name)
        except BilingualError as error:
            self.list_message.setText(error_text(self._state, error))
            self.list_message.show()
            return
        self.list_message.hide()
        self._state.notify(changes.COMMITTEES)
        if issue.subcommittee_id is not None:
            self.select_committee(issue.subcommittee_id)

    # --- reloading and the revision banner ---------------------------------------------------------------

    def reload(self) -> None:
        known = {c.id for c in self.committees}
        fresh = committee_service.subcommittees(self._state.database, self.fiscal_year())
        if any(c.id not in known for c in fresh) or len(fresh) + 1 != len(self.committees):
            self.reload_committees()
            return
        self._show_year(any(c.kind != CommitteeKind.DISTRICT for c in self.committees))
        self.members_panel.reload()
        self._orders_pending = self._orders_pending or "reload"
        self._sync_orders()
        self._update_banner()

    def _sync_orders(self) -> None:
        """Bring the orders tab up to date if it is the tab shown (otherwise when it is shown)."""
        pending = self._orders_pending
        if pending is None or self.tabs.currentWidget() is not self.orders_panel:
            return
        self._orders_pending = None
        if pending == "committee":
            self.orders_panel.set_committee(self.committee_id)
        else:
            self.orders_panel.reload()

    def _update_banner(self) -> None:
        overview = self.members_panel.overview  # read with the members (they are up to date)
        if overview is None or not overview.needs_new_order:
            self.banner.hide()
            return
        latest, draft = overview.latest_issued, overview.draft
        if draft is not None:
            self.banner_label.setText(self.tr(
                "The members have changed since the order in force. A draft order is waiting: check it and issue "
                "it in Appointment orders."))
            self.banner_button.setText(self.tr("Show the draft"))
        elif latest is not None:
            self.banner_label.setText(self.tr(
                "The members have changed since order {number} of {date} was issued. The committee needs a new "
                "order that cancels and replaces it.").format(
                number=number_text(self._state, latest), date=common.show_date(self._state, latest.order_date)))
            self.banner_button.setText(self.tr("Prepare the revised order"))
        else:
            self.banner_label.setText(self.tr("This committee has no appointment order yet."))
            self.banner_button.setText(self.tr("Draft the appointment order"))
        self.banner.show()

    def prepare_order(self) -> None:
        """The banner's button: make the draft (if there is none yet) and show it in the orders tab."""
        if self.committee_id is None:
            return
        self.tabs.setCurrentWidget(self.orders_panel)
        draft = orders_service.current_draft(self._state.database, self.committee_id)
        if draft is not None:
            self.orders_panel.select_order(draft.id)
            return
        self.orders_panel.new_draft()
