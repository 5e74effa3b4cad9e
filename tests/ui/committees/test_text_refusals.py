"""The member dialog says at once why a name cannot be stored, and its line edits stop at the limit."""

from __future__ import annotations

from pcha_desktop.domain.text_input import max_length
from pcha_desktop.ui.committees.member_dialog import MemberDialog

from .conftest import SHOTS


def test_the_member_dialog_refuses_a_direction_override_and_lone_tone_marks(qtbot, state, type_text):
    dialog = MemberDialog(None, state)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.editors["first_name"], "สมชาย\u202eยาดชม")
    assert dialog.error_labels["first_name"].isVisible() and not dialog.ok_button.isEnabled()
    assert "ทิศทาง" in dialog.error_labels["first_name"].text()
    dialog.editors["first_name"].setText("สมชาย")
    dialog.editors["last_name"].setText("\u0e48\u0e49")
    assert "วรรณยุกต์" in dialog.error_labels["last_name"].text() and not dialog.ok_button.isEnabled()
    dialog.resize(1280, 720)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "member_dialog_tone_marks.png"))
    dialog.editors["last_name"].setText("ใจดี")
    assert dialog.ok_button.isEnabled()
    dialog.editors["first_name"].setText("ก" * 10_000)
    assert len(dialog.editors["first_name"].text()) == max_length("first_name") == 100
