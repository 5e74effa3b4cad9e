"""The folder exports go to is chosen in one place and remembered for this user; after an export the
message offers to open that folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel

from pcha_desktop.services.user_preferences import UserPreferences
from pcha_desktop.ui.core import export_files

from .conftest import click
from .test_orders_screen import select_order


def test_the_chosen_folder_is_remembered_and_used_by_every_export(qtbot, state, screen, monkeypatch, tmp_path,
                                                                  finish_operations):
    chosen_folder = tmp_path / "เอกสาร พชอ"
    chosen_folder.mkdir()
    asked: list = []
    monkeypatch.setattr(export_files, "ask_save_path",
                        lambda _parent, _caption, start, _filter: asked.append(start) or chosen_folder / start.name)
    urls_opened: list[QUrl] = []
    monkeypatch.setattr(export_files, "open_url", lambda url: urls_opened.append(url) or True)

    members = screen.members_panel
    assert asked == [] and UserPreferences().last_folder("exports") is None
    click(qtbot, members.template_button)
    finish_operations()
    assert asked[0].parent == state.workspace.exports_dir, "the first time the dialog opens in the data's exports"
    assert (chosen_folder / asked[0].name).exists()
    assert UserPreferences().last_folder("exports") == chosen_folder, "remembered in the user's own file"

    shown = QLabel.text(members.message_label)  # what Qt shows
    assert "เปิดโฟลเดอร์" in shown and QUrl.fromLocalFile(str(chosen_folder)).toString() in shown
    members.message_label.linkActivated.emit(QUrl.fromLocalFile(str(chosen_folder)).toString())
    assert [url.toLocalFile() for url in urls_opened] == [str(chosen_folder)]

    click(qtbot, members.template_button)
    finish_operations()
    assert asked[1].parent == chosen_folder, "the next time it opens in the folder chosen last"

    orders = screen.orders_panel
    screen.tabs.setCurrentWidget(orders)
    select_order(orders, "245/2563")
    click(qtbot, orders.pdf_button)
    finish_operations()
    assert orders.last_pdf.parent == chosen_folder and orders.last_pdf.exists()
    assert urls_opened[-1].toLocalFile() == str(orders.last_pdf), "the PDF opens with the system's reader"
    assert "เปิดโฟลเดอร์" in QLabel.text(orders.message_label)
