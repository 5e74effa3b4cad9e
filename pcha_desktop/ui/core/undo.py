"""One undo style for every screen: `SavedChange`, a QUndoCommand for a change that was already saved.

The screen saves the change (one service call, one transaction), then pushes the command on
``state.undo_stack``: the stack's first ``redo`` does nothing. Afterwards ``undo`` calls ``revert`` and
``redo`` calls ``apply``, each one service call, followed by ONE change notice (``changes``) and
"Undone: …" / "Redone: …" told to the screen. When the service refuses (a BilingualError: e.g. undoing an
add once an issued order lists the member), the message is told, nothing changed, and the stack does not
claim it undid (redid): its index is put back on this command as soon as the event loop runs. An
unexpected error (a bug) is rewound the same way and goes to ``sys.excepthook``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from pcha_desktop.domain.errors import BilingualError

if TYPE_CHECKING:
    from pcha_desktop.ui.app_state import AppState

Teller = Callable[[str, bool], object]  # (text, is_error)


class SavedChange(QUndoCommand):
    """Subclasses write ``apply`` (do it again) and ``revert`` (take it back), and set ``changes``."""

    changes: tuple[str, ...] = ()  # the change kinds (ui/core/changes.py) of the notice after undo/redo

    def __init__(self, state: AppState, label: str, *, owner: QObject | None = None, tell: Teller | None = None) -> None:
        """``tell(text, is_error)`` shows a message on ``owner`` (a widget that may be gone by the time of an
        undo: then errors show in a message box and the rest is not shown)."""
        super().__init__(label)
        self._state = state
        self._owner = owner
        self._teller = tell
        self._skip_next = True  # the change is already saved: the stack's first redo() does nothing

    # --- what subclasses write ---

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def when_done(self, undoing: bool) -> None:
        """After a successful undo (``undoing``) or redo, once the screens have reloaded (e.g. select a row)."""

    # --- QUndoCommand ---

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._run(self.apply, undoing=False)

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._run(self.revert, undoing=True)

    def _run(self, action: Callable[[], None], undoing: bool) -> None:
        try:
            action()
        except BilingualError as refusal:  # nothing was changed
            self._rewind(undoing)
            try:
                self.tell(refusal.message(self._state.language), error=True)
            except Exception:
                sys.excepthook(*sys.exc_info())
            return
        except Exception:  # a bug: nothing is claimed; logged and the user told by the hook
            self._rewind(undoing)
            sys.excepthook(*sys.exc_info())
            return
        try:  # no exception may leave undo()/redo(): Qt cannot take it
            self._state.notify(*self.changes)
            template = (QCoreApplication.translate("Undo", "Undone: {action}") if undoing
                        else QCoreApplication.translate("Undo", "Redone: {action}"))
            self.tell(template.format(action=self.text()))
            self.when_done(undoing)
        except Exception:  # a bug in a screen's reload: the change itself was made
            sys.excepthook(*sys.exc_info())

    def _rewind(self, undoing: bool) -> None:
        self._skip_next = True
        QTimer.singleShot(0, lambda: self._take_step_back(undoing))

    def _take_step_back(self, undoing: bool) -> None:
        """The change could not be undone (redone): put the stack's index back on this command."""
        stack = self._state.undo_stack
        if undoing and stack.index() < stack.count() and stack.command(stack.index()) is self:
            stack.redo()  # does nothing (``_skip_next``): the index is back after this command
        elif not undoing and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()
        else:
            self._skip_next = False  # the stack moved on meanwhile: leave it

    # --- telling the user ---

    def live_owner(self) -> QObject | None:
        owner = self._owner
        if owner is None or not shiboken6.isValid(owner):
            return None
        return owner

    def tell(self, text: str, error: bool = False) -> None:
        if self._teller is not None and (self._owner is None or self.live_owner() is not None):
            self._teller(text, error)
        elif error:
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("undoRefused")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.text())
            box.setText(text)
            box.addButton(QCoreApplication.translate("Undo", "Close"), QMessageBox.ButtonRole.AcceptRole)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
