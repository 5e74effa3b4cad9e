"""Undo and redo of the members tab's changes ("edits are saved when made, with undo for the last changes").

Each command is pushed on ``state.undo_stack`` after its change was saved; the behaviour on undo, redo and
a refusal is the one of every screen (ui/core/undo.py: `SavedChange`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from pcha_desktop.services import committees as committee_service
from pcha_desktop.services.committees import MemberInput
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange


class MemberCommand(SavedChange):
    """A saved member change, told on the MembersPanel (which may be gone by the time of an undo)."""

    changes = (changes.MEMBERS,)

    def __init__(self, state: AppState, panel: object | None, label: str) -> None:
        super().__init__(state, label, owner=panel, tell=self._tell_panel if panel is not None else None)

    def select_after(self, undoing: bool) -> int | None:
        """The membership to select in the panel after undo (``undoing``) or redo."""
        return None

    def when_done(self, undoing: bool) -> None:
        panel = self.live_owner()
        selected = self.select_after(undoing)
        if panel is not None and selected is not None:
            panel.select_membership(selected)

    def _tell_panel(self, text: str, error: bool) -> None:
        panel = self.live_owner()
        panel.show_message(text, error=error)
        if not error:
            panel.members_changed.emit()


class AddMember(MemberCommand):
    def __init__(self, state: AppState, panel: object | None, committee_id: int, member: MemberInput,
                 membership_id: int) -> None:
        name = f"{member.title}{member.first_name} {member.last_name}".strip()
        super().__init__(state, panel, QCoreApplication.translate("MemberCommands", "Add member {name}").format(name=name))
        self.committee_id = committee_id
        self.member = member
        self.membership_id = membership_id

    def apply(self) -> None:
        self.membership_id = committee_service.add_member(
            self._state.database, self.committee_id, self.member, self._state.user_name)

    def revert(self) -> None:
        committee_service.withdraw_added_membership(self._state.database, self.membership_id, self._state.user_name)

    def select_after(self, undoing: bool) -> int | None:
        return None if undoing else self.membership_id


class EditMember(MemberCommand):
    def __init__(self, state: AppState, panel: object | None, membership_id: int, old: MemberInput,
                 new: MemberInput, name: str) -> None:
        super().__init__(state, panel, QCoreApplication.translate("MemberCommands", "Edit member {name}").format(name=name))
        self.membership_id = membership_id
        self.old = old
        self.new = new

    def _write(self, member: MemberInput) -> None:
        committee_service.edit_member(self._state.database, self.membership_id, member, self._state.user_name)

    def apply(self) -> None:
        self._write(self.new)

    def revert(self) -> None:
        self._write(self.old)

    def select_after(self, undoing: bool) -> int | None:
        return self.membership_id


class MoveMember(MemberCommand):
    """A move up or down; undo and redo set the whole order back (ended members included), exactly."""

    def __init__(self, state: AppState, panel: object | None, committee_id: int, membership_id: int,
                 before: Sequence[int], after: Sequence[int], name: str, steps: int) -> None:
        label = QCoreApplication.translate("MemberCommands", "Move {name} up") if steps < 0 else QCoreApplication.translate("MemberCommands", "Move {name} down")
        super().__init__(state, panel, label.format(name=name))
        self.committee_id = committee_id
        self.membership_id = membership_id
        self.before = list(before)
        self.after = list(after)

    def _write(self, order: list[int]) -> None:
        committee_service.set_member_order(self._state.database, self.committee_id, order, self._state.user_name)

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)

    def select_after(self, undoing: bool) -> int | None:
        return self.membership_id


class EndMembership(MemberCommand):
    def __init__(self, state: AppState, panel: object | None, membership_id: int, end_date: date,
                 previous_end_date: date | None, name: str) -> None:
        super().__init__(state, panel, QCoreApplication.translate("MemberCommands", "End the membership of {name}").format(name=name))
        self.membership_id = membership_id
        self.end_date = end_date
        self.previous_end_date = previous_end_date

    def apply(self) -> None:
        committee_service.end_membership(self._state.database, self.membership_id, self.end_date,
                                         self._state.user_name)

    def revert(self) -> None:
        committee_service.reopen_membership(self._state.database, self.membership_id, self._state.user_name,
                                            end_date=self.previous_end_date)

    def select_after(self, undoing: bool) -> int | None:
        return self.membership_id


class ReplaceMember(MemberCommand):
    def __init__(self, state: AppState, panel: object | None, predecessor_id: int, previous_end_date: date | None,
                 successor: MemberInput, successor_id: int, old_name: str) -> None:
        new_name = f"{successor.title}{successor.first_name} {successor.last_name}".strip()
        super().__init__(state, panel, QCoreApplication.translate("MemberCommands", "Replace {old} with {new}").format(old=old_name, new=new_name))
        self.predecessor_id = predecessor_id
        self.previous_end_date = previous_end_date
        self.successor = successor
        self.successor_id = successor_id

    def apply(self) -> None:
        self.successor_id = committee_service.replace_member(
            self._state.database, self.predecessor_id, self.successor, self.successor.start_date,
            self._state.user_name)

    def revert(self) -> None:
        committee_service.withdraw_replacement(
            self._state.database, self.successor_id, self.predecessor_id, self._state.user_name,
            predecessor_end_date=self.previous_end_date)

    def select_after(self, undoing: bool) -> int | None:
        return self.predecessor_id if undoing else self.successor_id


class ImportMembers(MemberCommand):
    """A bulk entry (pasted or imported): undone as one step, all or none."""

    def __init__(self, state: AppState, panel: object | None, committee_id: int, membership_ids: Sequence[int]) -> None:
        count = common.digits(state, str(len(membership_ids)))
        super().__init__(state, panel, QCoreApplication.translate("MemberCommands", "Import {count} members").format(count=count))
        self.committee_id = committee_id
        self.membership_ids = list(membership_ids)
        self.members: list[MemberInput] = []

    def apply(self) -> None:
        self.membership_ids = committee_service.add_members(
            self._state.database, self.committee_id, self.members, self._state.user_name)

    def revert(self) -> None:
        rows = {row.membership_id: row for row in committee_service.list_members(
            self._state.database, self.committee_id, include_ended=True)}
        members = [committee_service.member_input_of(rows[ident]) for ident in self.membership_ids if ident in rows]
        committee_service.withdraw_added_memberships(self._state.database, self.membership_ids,
                                                     self._state.user_name)
        self.members = members
