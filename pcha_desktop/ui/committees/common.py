"""What the committee screens share: dates in the user's language, error text, small modal prompts, and
the hooks tests replace (opening a file or URL, choosing a file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.thai_calendar import format_date, to_thai_digits
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core.export_files import FILE_DIALOG_OPTIONS
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit

ERROR_STYLE = "color: #a61b1b;"
WARNING_BOX_STYLE = "QFrame#%s { background: #fff4ce; border: 1px solid #e0b100; border-radius: 4px; }"
BANNER_STYLE = "QFrame#%s { background: #e5f1fb; border: 1px solid #2b78c2; border-radius: 4px; }"


def show_date(state: AppState, value: date | None) -> str:
    """A date as the user reads it: BE year in both languages (Thai digits if chosen)."""
    return "" if value is None else format_date(value, state.language, state.thai_digits)


def digits(state: AppState, text: str) -> str:
    return to_thai_digits(text) if state.thai_digits and state.language != "en" else text


def error_text(state: AppState, error: BilingualError) -> str:
    return error.message(state.language)


# --- hooks tests replace ------------------------------------------------------------------------------


def choose_open_file(parent: QWidget, caption: str, name_filter: str) -> Path | None:
    """The file the user chose to open, or None (tests replace this)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(Path.home()), name_filter,
                                                  options=FILE_DIALOG_OPTIONS)
    return Path(chosen) if chosen else None


# --- small modal prompts -------------------------------------------------------------------------------


class DatePromptDialog(QDialog):
    """Ask one date (with an explanation); OK only when the date can be read."""

    def __init__(self, parent: QWidget | None, state: AppState, title: str, explanation: str, label: str,
                 initial: date | None, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("datePromptDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.explanation_label = WrappingLabel(explanation)
        self.date_edit = ThaiDateEdit(initial, language=state.language,
                                      thai_digits=state.thai_digits, allow_empty=allow_empty)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.date_edit)
        form.addRow("", self.error_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date_edit.textChanged.connect(self._check)
        self._check()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self, *_args: object) -> None:
        # An empty field is not an error until the user has typed in it
        shown = self.date_edit.text().strip() or self.date_edit.isModified()
        self.error_label.setText(self.date_edit.error() if shown else "")
        self.ok_button.setEnabled(self.date_edit.is_valid())

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, title: str, explanation: str, label: str,
            initial: date | None, allow_empty: bool = False) -> tuple[date | None] | None:
        """(the date,) when OK was pressed (the date may be None only with ``allow_empty``), else None."""
        dialog = cls(parent, state, title, explanation, label, initial, allow_empty)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return (dialog.date_edit.date(),)
            return None
        finally:
            dialog.deleteLater()


class TextPromptDialog(QDialog):
    """Ask one line of text; OK only when it is not empty."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str, label: str) -> None:
        super().__init__(parent)
        self.setObjectName("textPromptDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.text_edit = QLineEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(explanation))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._check)
        self._check()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.text_edit.text().strip()))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str, label: str) -> str | None:
        dialog = cls(parent, title, explanation, label)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return " ".join(dialog.text_edit.text().split())
            return None
        finally:
            dialog.deleteLater()


class ConfirmDialog(QDialog):
    """A yes/no question with a clear explanation and named buttons (no QMessageBox: see the module doc)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, yes_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.text_label = WrappingLabel(text)
        self.buttons = QDialogButtonBox()
        self.yes_button = self.buttons.addButton(yes_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.no_button = self.buttons.addButton(QCoreApplication.translate("CommitteePrompts", "Cancel"),
                                                QDialogButtonBox.ButtonRole.RejectRole)
        self.no_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
        dialog = cls(parent, title, text, yes_text)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
