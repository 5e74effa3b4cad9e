"""The undo steps of the issue editors (``SavedChange``: already saved when pushed; undo and redo are one
service call each, one transaction, then one ISSUES notice). An issue's title is shown by the committee
screens too: its steps also tell COMMITTEES."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.issues import IssueEdit, KpiInput
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange

if TYPE_CHECKING:
    from pcha_desktop.ui.issues.issues_screen import IssuesScreen


class _IssueStep(SavedChange):
    changes = (changes.ISSUES, changes.COMMITTEES)

    def __init__(self, screen: IssuesScreen, label: str) -> None:
        super().__init__(screen.state, label, owner=screen, tell=screen.show_message)

    @property
    def _database(self):  # noqa: ANN202
        return self._state.database

    @property
    def _user(self) -> str:
        return self._state.user_name


class IssueEdited(_IssueStep):
    """The issue dialog saved: undo saves what it held before."""

    def __init__(self, screen: IssuesScreen, issue_id: int, before: IssueEdit, after: IssueEdit, label: str) -> None:
        super().__init__(screen, label)
        self.issue_id, self.before, self.after = issue_id, before, after

    def apply(self) -> None:
        issue_service.save_issue(self._database, self.issue_id, self.after, self._user)

    def revert(self) -> None:
        issue_service.save_issue(self._database, self.issue_id, self.before, self._user)


class IssueAdded(_IssueStep):
    """A new issue: undo deletes it (refused once its subcommittee has members), redo adds it again."""

    def __init__(self, screen: IssuesScreen, fiscal_year: int, issue_id: int, edit: IssueEdit, label: str) -> None:
        super().__init__(screen, label)
        self.fiscal_year, self.issue_id, self.edit = fiscal_year, issue_id, edit

    def apply(self) -> None:
        self.issue_id = issue_service.add_issue_with(self._database, self.fiscal_year, self.edit, self._user)

    def revert(self) -> None:
        issue_service.delete_year_issue(self._database, self.issue_id, self._user)


class IssueMoved(_IssueStep):
    def __init__(self, screen: IssuesScreen, issue_id: int, step: int, label: str) -> None:
        super().__init__(screen, label)
        self.issue_id, self.step = issue_id, step

    def apply(self) -> None:
        issue_service.move_year_issue(self._database, self.issue_id, self.step, self._user)

    def revert(self) -> None:
        issue_service.move_year_issue(self._database, self.issue_id, -self.step, self._user)


class KpiEdited(_IssueStep):
    changes = (changes.ISSUES,)

    def __init__(self, screen: IssuesScreen, kpi_id: int, before: KpiInput, after: KpiInput, label: str) -> None:
        super().__init__(screen, label)
        self.kpi_id, self.before, self.after = kpi_id, before, after

    def apply(self) -> None:
        issue_service.update_kpi(self._database, self.kpi_id, self.after, self._user)

    def revert(self) -> None:
        issue_service.update_kpi(self._database, self.kpi_id, self.before, self._user)


class KpiAdded(_IssueStep):
    """A new KPI (no results yet): undo deletes it, redo adds it again, last of its issue."""

    changes = (changes.ISSUES,)

    def __init__(self, screen: IssuesScreen, issue_id: int, kpi_id: int, data: KpiInput, label: str) -> None:
        super().__init__(screen, label)
        self.issue_id, self.kpi_id, self.data = issue_id, kpi_id, data

    def apply(self) -> None:
        self.kpi_id = issue_service.add_kpi(self._database, self.issue_id, self.data, self._user)

    def revert(self) -> None:
        issue_service.delete_kpi(self._database, self.kpi_id, self._user)
