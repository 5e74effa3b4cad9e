"""The meeting editor's document buttons: Print invitation, Print minutes, Send to province.

Each writes its file in the background (``ui/core/operations.Operation``) into the export folder, named by
``exports.file_names.meeting_file_name`` ("รายงานการประชุม ครั้งที่ 2-2564 ….pdf"), then opens it with the
system's program: the PDF reader to print, the mail program for the e-mail draft (.eml, unsent, minutes
attached, addressed to the provincial office of the district profile); when nothing opens it, its folder.
The minutes being typed are saved first, so the documents hold what the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from pcha_desktop.exports.file_names import meeting_file_name
from pcha_desktop.services import meeting_documents as documents
from pcha_desktop.ui.core import export_files
from pcha_desktop.ui.core.operations import Operation, Progress

if TYPE_CHECKING:
    from pcha_desktop.ui.meetings.meeting_editor import MeetingEditor


class DocumentButtons(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.setObjectName("meetingDocumentButtons")
        self.editor = editor
        self.invitation_button = QPushButton(self.tr("Print invitation"))
        self.invitation_button.setObjectName("printInvitationButton")
        self.invitation_button.setToolTip(self.tr("The invitation letter with the agenda, as a PDF to print"))
        self.invitation_button.clicked.connect(self.print_invitation)
        self.minutes_button = QPushButton(self.tr("Print minutes"))
        self.minutes_button.setObjectName("printMinutesButton")
        self.minutes_button.setToolTip(self.tr("The minutes as a PDF to print (marked draft until adopted)"))
        self.minutes_button.clicked.connect(self.print_minutes)
        self.email_button = QPushButton(self.tr("Send to province"))
        self.email_button.setObjectName("sendToProvinceButton")
        self.email_button.setToolTip(self.tr(
            "An e-mail to the provincial health office with the minutes attached, opened in your mail program"
            " to check and send"))
        self.email_button.clicked.connect(self.send_to_province)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.invitation_button, self.minutes_button, self.email_button):
            layout.addWidget(button)

    def print_invitation(self) -> Operation | None:
        return self._write(documents.INVITATION, ".pdf", documents.render_invitation_pdf,
                           self.tr("Making the invitation…"), self._opened)

    def print_minutes(self) -> Operation | None:
        return self._write(documents.MINUTES, ".pdf", documents.render_minutes_pdf,
                           self.tr("Making the minutes…"), self._opened)

    def send_to_province(self) -> Operation | None:
        return self._write(documents.MINUTES_EMAIL, ".eml", documents.write_minutes_email,
                           self.tr("Writing the e-mail to the province…"), self._drafted)

    def _write(self, kind: str, suffix: str, write: Callable[..., object], label: str,
               done: Callable[[object], None]) -> Operation | None:
        editor = self.editor
        if editor.meeting_id is None or editor.view is None:
            return None
        editor.save_pending()  # the minutes being typed go into the document
        state, meeting_id, view = editor.state, editor.meeting_id, editor.view
        workspace, thai_digits = state.workspace, state.thai_digits
        name = meeting_file_name(kind, view.summary.number_label, documents.meeting_name(view), suffix)
        folder = export_files.export_folder(state)

        def work(_progress: Progress) -> object:
            return write(workspace, meeting_id, export_files.free_path(folder / name), thai_digits=thai_digits)

        return Operation(
            editor, state, work, label=label, cancellable=True, success=done, expected=(OSError,),
            failure=lambda text: editor.show_message(
                self.tr("The file could not be written: {reason}").format(reason=text), error=True),
        ).run_in_background()

    def _opened(self, result: object) -> None:
        path = Path(str(result))
        self.editor.show_message(self.tr("Saved as {path}").format(path=path))
        export_files.add_open_folder_link(self.editor.message_label, path)
        export_files.open_file_or_folder(path)

    def _drafted(self, result: object) -> None:
        assert isinstance(result, documents.EmailDraft)
        if result.recipient:
            text = self.tr("E-mail to {recipient} saved as {path}: check it in your mail program and send it,"
                           " then record the date it was sent.").format(recipient=result.recipient, path=result.path)
        else:
            text = self.tr("E-mail saved as {path}. The district profile has no provincial office e-mail: type"
                           " the recipient in your mail program.").format(path=result.path)
        self.editor.show_message(text, error=not result.recipient)
        export_files.add_open_folder_link(self.editor.message_label, result.path)
        export_files.open_file_or_folder(result.path)


def add_document_buttons(editor: MeetingEditor, row: QHBoxLayout) -> DocumentButtons:
    """Put the buttons at the start of the editor's document row."""
    buttons = DocumentButtons(editor)
    row.insertWidget(0, buttons)
    editor.document_buttons = buttons
    return buttons
