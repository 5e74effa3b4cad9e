"""What every screen shares: the open data folder, the user, the chosen fiscal year, undo, and change notices."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from pcha_desktop.services import settings
from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.ui.core import changes


class _ChangeListener(QObject):
    """Calls ``callback`` when a notice names one of ``kinds``; a child of the screen, so it goes with it."""

    def __init__(self, owner: QObject, kinds: frozenset[str], callback: Callable[[], object]) -> None:
        super().__init__(owner)
        self._kinds = kinds
        self._callback = callback

    @Slot(object)
    def on_changed(self, changed: frozenset[str]) -> None:
        if changes.affects(changed, self._kinds):
            self._callback()


class AppState(QObject):
    changed = Signal(object)  # frozenset of change kinds (ui/core/changes.py): the screens showing them reload
    fiscal_year_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, data_folder: DataFolder, *, demo: bool = False, today: date | None = None) -> None:
        super().__init__()
        self.data_folder = data_folder
        self.demo = demo
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(50)
        self.preferences = settings.user_preferences_for(self.database)  # the user's own file, not the database
        self.user_name = self.preferences.user_name
        self.language = self.preferences.language
        self.thai_digits = self.preferences.thai_digits
        self.fiscal_year = 0

    @property
    def database(self) -> Database:
        return self.data_folder.database

    @property
    def workspace(self) -> Workspace:
        return self.data_folder.workspace

    def today(self) -> date:
        return self._today or date.today()

    def notify(self, *kinds: str | Iterable[str]) -> frozenset[str]:
        """The one "what changed" notice after a user action: `notify(changes.MEMBERS, changes.ORDERS)`."""
        flat: set[str] = set()
        for kind in kinds:
            flat.update([kind] if isinstance(kind, str) else kind)
        notice = changes.notice(flat)
        if changes.EVERYTHING <= notice:  # e.g. a restore: read again what the old database may have held
            self.reread_preferences()
        if notice:
            self.changed.emit(notice)
        return notice

    def reread_preferences(self) -> None:
        """Read the user's name and Thai-digits setting again (a restored older database may hand them over);
        a different language is left in ``preferences.language`` for the window to switch to."""
        self.preferences = settings.user_preferences_for(self.database)
        self.user_name = self.preferences.user_name
        self.thai_digits = self.preferences.thai_digits

    def on_change(self, owner: QObject, kinds: Iterable[str], callback: Callable[[], object]) -> None:
        """Call `callback` (e.g. `owner.reload`) after each notice naming one of `kinds`, while `owner` lives."""
        listener = _ChangeListener(owner, frozenset(kinds), callback)
        self.changed.connect(listener.on_changed)

    def select_fiscal_year(self, be_year: int) -> None:
        if be_year != self.fiscal_year:
            self.fiscal_year = be_year
            self.fiscal_year_changed.emit(be_year)

    def set_language(self, language: str) -> None:
        self.preferences.set_language(language)
        self.language = language
        self.language_changed.emit(language)

    def set_thai_digits(self, enabled: bool) -> None:
        self.preferences.set_thai_digits(enabled)
        self.thai_digits = enabled
        self.notify(changes.SETTINGS)
