"""What every screen shares: the open data folder, the user, the chosen fiscal year, undo, and change signals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pcha_desktop.services import settings
from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database


class AppState(QObject):
    data_changed = Signal()  # something in the database changed: views reload
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
        self.data_changed.emit()
