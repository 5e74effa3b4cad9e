"""The meeting editor's document buttons on the demo: Print invitation and Print minutes write the PDF into
the export folder and open it; Send to province writes the unsent e-mail with the minutes attached and opens
it in the mail program (or, without one, its folder). Minutes typed a moment ago are in the document."""

from __future__ import annotations

from datetime import date
from email import policy
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl

from pcha_desktop.domain.meetings import AgendaSection
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.services.meetings import year_overview
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import export_files
from pcha_desktop.ui.meetings.meetings_screen import MeetingsScreen

TODAY = date(2025, 3, 3)
MINUTES_TYPED = "ที่ประชุมขอให้ทุกตำบลรายงานผลภายในเดือนมีนาคม"


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2564)
    yield app_state
    folder.close()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What the buttons asked the system to open; a .eml has no program here (its folder opens instead)."""
    asked: list[str] = []

    def fake_open(url: QUrl) -> bool:
        asked.append(url.toLocalFile())
        return not url.toLocalFile().endswith(".eml")

    monkeypatch.setattr(export_files, "open_url", fake_open)
    return asked


@pytest.fixture
def editor(qtbot, state, opened):
    screen = MeetingsScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    overview = year_overview(state.database, 2564)
    second = [s for s in overview.meetings if s.committee_id == overview.district_committee_id][1]
    return screen.open_meeting(second.id)


def pdf_text(data: bytes | Path) -> str:
    reader = pypdf.PdfReader(BytesIO(data) if isinstance(data, bytes) else str(data))
    return "".join((page.extract_text() or "") for page in reader.pages).replace("\n", "").replace(" ", "")


def test_print_buttons_write_the_pdfs_and_open_them(qtbot, editor, state, opened, finish_operations) -> None:
    buttons = editor.document_buttons
    exports = export_files.export_folder(state)
    qtbot.mouseClick(buttons.invitation_button, Qt.MouseButton.LeftButton)
    finish_operations()
    invitation = exports / "หนังสือเชิญประชุม ครั้งที่ 2-2564 คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต.pdf"
    assert invitation.exists() and opened == [str(invitation)]
    assert "ขอเชิญประชุม" in pdf_text(invitation)
    assert str(invitation) in editor.message_label.text()

    # minutes typed in the editor and not yet autosaved are in the printed minutes
    editor.tabs.setCurrentIndex(2)
    item = editor.view.items_of(AgendaSection.FOR_CONSIDERATION)[0]
    editor.choose_item(item.id)
    editor.minutes_edit.setPlainText(MINUTES_TYPED)
    qtbot.mouseClick(buttons.minutes_button, Qt.MouseButton.LeftButton)
    finish_operations()
    minutes = exports / "รายงานการประชุม ครั้งที่ 2-2564 คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต.pdf"
    assert opened[-1] == str(minutes)
    text = pdf_text(minutes)
    assert "รายงานการประชุม" in text and MINUTES_TYPED in text


def test_send_to_province_writes_the_draft_and_opens_it_or_its_folder(qtbot, editor, state, opened,
                                                                     finish_operations) -> None:
    qtbot.mouseClick(editor.document_buttons.email_button, Qt.MouseButton.LeftButton)
    finish_operations()
    exports = export_files.export_folder(state)
    draft = exports / "ส่งรายงานการประชุม ครั้งที่ 2-2564 คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต.eml"
    assert opened == [str(draft), str(exports)]  # no mail program here: the folder opened instead
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "phuket.dhs@example.go.th"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename().endswith(".pdf") and "ครั้งที่2/2564" in pdf_text(attachment.get_content())
    assert "phuket.dhs@example.go.th" in editor.message_label.text()
