"""Where the files the app makes for people go, in one place: the folder this user last chose (remembered in
their preferences, ``UserPreferences.last_folder``), else the data folder's ``exports``; and after a file
is written, a message that can open its folder.

    path = export_files.choose_export_path(self, state, self.tr("Save …"), name, self.tr("PDF (*.pdf)"))
    folder = export_files.export_folder(state)              # where a file opened at once is written
    export_files.add_open_folder_link(label, path)          # after the message: "… Open folder"
    path = export_files.free_path(folder / name)            # not a file a viewer holds open
    export_files.open_file_or_folder(path)                  # open with the system's program (a PDF
                                                            # reader, the mail program), else its folder
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

if TYPE_CHECKING:
    from pcha_desktop.ui.app_state import AppState

EXPORTS = "exports"  # the purpose every export shares today: one folder for the district's documents
# Qt's own file dialog, not the system's: it speaks the program's language (its texts are in pcha_th.ts),
# whatever the language of Windows.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def export_folder(state: AppState, purpose: str = EXPORTS) -> Path:
    """The folder the user last chose for ``purpose`` (if it still exists), else the data folder's exports."""
    folder = state.preferences.last_folder(purpose) or state.workspace.exports_dir
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ask_save_path(parent: QWidget | None, caption: str, start: Path, name_filter: str) -> Path | None:
    """Qt's save dialog opened at ``start`` (tests replace this)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(start), name_filter,
                                                  options=FILE_DIALOG_OPTIONS)
    return Path(chosen) if chosen else None


def choose_export_path(parent: QWidget | None, state: AppState, caption: str, suggested_name: str,
                       name_filter: str, purpose: str = EXPORTS) -> Path | None:
    """Where the user chose to save (the dialog opens in `export_folder`); the folder is remembered for the
    next time. None when the user cancelled."""
    chosen = ask_save_path(parent, caption, export_folder(state, purpose) / suggested_name, name_filter)
    if chosen is None:
        return None
    if chosen.parent.is_dir():
        state.preferences.set_last_folder(purpose, chosen.parent)
    return chosen


def open_url(url: QUrl) -> bool:
    """Open a folder or a file with the system's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def free_path(path: Path) -> Path:
    """The path, or "name (2).pdf"… when the file is open in a viewer and cannot be overwritten (Windows
    locks a PDF its reader has open)."""
    candidate, counter = path, 2
    while candidate.exists():
        try:
            with candidate.open("r+b"):
                return candidate
        except OSError:
            candidate = path.with_name(f"{path.stem} ({counter}){path.suffix}")
            counter += 1
    return candidate


def open_file(path: Path) -> bool:
    """Open a file with the program the system has for it (a PDF reader, the mail program for an .eml);
    False when nothing opened it (say so, and offer its folder: ``open_file_or_folder``). On Windows through
    ``os.startfile`` (ShellExecute's "open"; a file type without a program is an error): an .eml opens in the
    mail program (Outlook, Mail, Thunderbird), as a new message to send when it has the header
    ``X-Unsent: 1`` (Outlook otherwise shows it as a received mail). Elsewhere Qt asks the desktop."""
    if os.name == "nt":
        try:
            os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
        except OSError:  # no program for this kind of file, or the file has gone
            return False
        return True
    return open_url(QUrl.fromLocalFile(str(path)))


def open_file_or_folder(path: Path) -> bool:
    """Open the file with its program or, when none opens it, its folder (the user drags it from there).
    False when neither opened."""
    return open_file(path) or open_url(QUrl.fromLocalFile(str(path.parent)))


def add_open_folder_link(label: QLabel, path: Path) -> None:
    """Append "Open folder" to the message ``label`` shows about ``path``: a link that opens its folder.
    (The label's ``text()`` stays the message; the next message replaces the link.)"""
    from pcha_desktop.ui.thai_wrap import display_text

    message = html.escape(display_text(label.text())).replace("\n", "<br>")
    link = html.escape(QUrl.fromLocalFile(str(path.parent)).toString())
    caption = html.escape(QCoreApplication.translate("ExportFiles", "Open folder"))
    label.setTextFormat(Qt.TextFormat.AutoText)  # rich text now; the next plain message is plain again
    label.setTextInteractionFlags(label.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    QLabel.setText(label, f'{message} <a href="{link}">{caption}</a>')  # not a WrappingLabel's own setText
    if not label.property("opensFolders"):
        label.setProperty("opensFolders", True)
        label.linkActivated.connect(lambda target: open_url(QUrl(target)))
