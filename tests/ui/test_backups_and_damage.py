"""Backups from the window, and a damaged database met at start: a clear offer to restore, never a crash."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pcha_desktop.services import district_profile
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.storage.backup import create_backup
from pcha_desktop.ui.app import StartupProbe, open_application
from pcha_desktop.ui.main_window import MainWindow


def _visible_message_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[0] if boxes else None


def _click_in_next_message_box(qtbot, button_text: str, seen: dict) -> None:
    """When a message box opens, remember its text and click the button labelled `button_text`."""

    def attempt() -> None:
        box = _visible_message_box()
        if box is None:
            QTimer.singleShot(20, attempt)
            return
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        target = next(button for button in box.buttons() if button.text() == button_text)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, attempt)


def _demo_folder_with_backup(data_dir: Path) -> Path:
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database)
        return create_backup(folder.database_path, folder.backups_dir, "manual")


def _corrupt(database: Path) -> None:
    database.write_bytes(b"\x00garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def test_damaged_database_is_restored_from_the_offer(qtbot, pcha_qapp, data_dir):
    _demo_folder_with_backup(data_dir)
    _corrupt(data_dir / "pcha.sqlite")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: dict = {}
    _click_in_next_message_box(qtbot, "กู้คืนข้อมูลสำรอง", seen)
    assert open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=False), StartupProbe())
    try:
        assert "ฐานข้อมูล" in seen["text"] and "damaged" in seen["text"], "Thai and English"
        assert window.sections["home"].title_label.text() == "อำเภอเมืองภูเก็ต"
        assert any(".damaged-" in path.name for path in data_dir.iterdir()), "damaged file kept aside"
    finally:
        window.state.data_folder.close()


def test_damaged_database_without_backup_closes_cleanly_and_changes_nothing(qtbot, pcha_qapp, data_dir):
    database = data_dir / "pcha.sqlite"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database)
    for backup in (data_dir / "backups").glob("*"):
        backup.unlink()
    _corrupt(database)
    before = database.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    seen: dict = {}
    _click_in_next_message_box(qtbot, "ปิด", seen)
    assert not open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=False), StartupProbe())
    assert "ไม่พบข้อมูลสำรองที่ใช้ได้" in seen["text"]
    assert database.read_bytes() == before


def test_back_up_now_then_restore_from_the_backups_screen(qtbot, pcha_qapp, data_dir, type_text, finish_operations):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=True), StartupProbe())
    try:
        screen = window.show_section("backups")
        rows_before = screen.model.rowCount()
        qtbot.mouseClick(screen.back_up_button, Qt.MouseButton.LeftButton)
        finish_operations()
        assert screen.model.rowCount() == rows_before + 1
        assert "สำรองข้อมูลแล้ว" in screen.status_label.text()

        home = window.show_section("home")
        editor = home.editor("secretary_name")
        editor.clear()
        type_text(editor, "นางสาวคนใหม่ ภายหลัง")
        editor.editingFinished.emit()
        database = lambda: window.state.database  # noqa: E731 (the restore opens a new one)
        assert district_profile.load_profile(database()).secretary_name == "นางสาวคนใหม่ ภายหลัง"

        screen = window.show_section("backups")
        newest_manual = next(i for i, b in enumerate(screen.model.backups) if b.reason == "manual")
        screen.table.selectRow(newest_manual)
        seen: dict = {}
        _click_in_next_message_box(qtbot, "กู้คืน", seen)
        qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
        finish_operations()
        assert district_profile.load_profile(database()).secretary_name == "นายสุรชัย แก้วมณี"
        assert home.editor("secretary_name").text() == "นายสุรชัย แก้วมณี", "the screens show the restored data"
        assert "กู้คืนแล้ว" in screen.status_label.text()
    finally:
        window.state.data_folder.close()


def test_a_second_window_on_the_same_data_is_refused_with_a_message(qtbot, pcha_qapp, data_dir):
    first = open_data_folder(data_dir)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        seen: dict = {}
        _click_in_next_message_box(qtbot, "ปิด", seen)
        assert not open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=False), StartupProbe())
        assert "PCHA Desktop" in seen["text"] and "Another" in seen["text"]
    finally:
        first.close()
