"""The import dialog never repeats a huge pasted value: problems and the preview give its length."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from pcha_desktop.services import committees as committee_service
from pcha_desktop.ui.committees.import_dialog import ImportDialog

from .conftest import SHOTS, click

HUGE = "ก" * 197_005


def test_a_197005_character_line_is_shown_by_its_length(qtbot, state, screen, drive):
    panel = screen.members_panel
    count_before = len(committee_service.list_members(state.database, screen.committee_id))
    QGuiApplication.clipboard().setText(
        "ชื่อ\tนามสกุล\tภาคส่วน\tบทบาท\n"
        f"{HUGE}\tใจดี\tภาครัฐ\tกรรมการ\n"
        "สมชาย\tใจดี\tภาครัฐ\tกรรมการ\u202e\n"
    )
    seen = {}

    def look_and_cancel(dialog: ImportDialog) -> None:
        dialog.resize(1280, 720)
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import_long_value.png"))
        seen["problems"] = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
        model = dialog.model
        seen["cells"] = [str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
                         for row in range(model.rowCount()) for column in range(model.columnCount())]
        click(qtbot, dialog.cancel_button)

    drive(ImportDialog, look_and_cancel)
    click(qtbot, panel.paste_button)
    drive.check()
    assert len(seen["problems"]) == 2
    assert "197,005" in seen["problems"][0]
    assert all(len(text) < 300 and "\u202e" not in text for text in seen["problems"] + seen["cells"])
    assert any("197,005" in cell for cell in seen["cells"])
    assert len(committee_service.list_members(state.database, screen.committee_id)) == count_before
