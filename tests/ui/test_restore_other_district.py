"""Restoring another district's backup from the backups screen asks first; "do not restore" changes nothing."""

from __future__ import annotations

import argparse
import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pcha_desktop.services import district_profile
from pcha_desktop.services.demo import DEMO_PROFILE
from pcha_desktop.ui.app import StartupProbe, open_application
from pcha_desktop.ui.main_window import MainWindow


def _box_of(widget) -> QMessageBox:
    while not isinstance(widget, QMessageBox):
        widget = widget.parent()
    return widget


def _answer_boxes(qtbot, answers: list[str], seen: list[str]) -> None:
    """Click `answers[0]` in the next message box, then `answers[1]` in the one after, …"""

    def attempt() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        targets = [button for box in boxes for button in box.buttons() if button.text() == answers[0]]
        if not targets:
            QTimer.singleShot(20, attempt)
            return
        seen.append(_box_of(targets[0]).text())
        answers.pop(0)
        qtbot.mouseClick(targets[0], Qt.MouseButton.LeftButton)
        if answers:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_another_districts_backup_is_restored_only_when_confirmed(qtbot, pcha_qapp, data_dir):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_application(window, argparse.Namespace(data_dir=str(data_dir), demo=True), StartupProbe())
    try:
        screen = window.show_section("backups")
        qtbot.mouseClick(screen.back_up_button, Qt.MouseButton.LeftButton)  # Mueang Phuket's data
        kathu = dataclasses.replace(DEMO_PROFILE, district_code="8302", district_name="กะทู้")
        district_profile.save_profile(window.state.database, kathu, "สมศรี")
        screen.model.reload()
        screen.table.selectRow(next(i for i, b in enumerate(screen.model.backups) if b.reason == "manual"))

        seen: list[str] = []
        _answer_boxes(qtbot, ["กู้คืน", "ไม่กู้คืน"], seen)
        assert not screen.restore_selected()
        assert "เมืองภูเก็ต" in seen[1] and "กะทู้" in seen[1]
        assert district_profile.load_profile(window.state.database).district_code == "8302"
        assert "อำเภออื่น" in screen.status_label.text() or "กะทู้" in screen.status_label.text()

        _answer_boxes(qtbot, ["กู้คืน", "ยืนยันกู้คืน"], seen)
        assert screen.restore_selected()
        assert district_profile.load_profile(window.state.database).district_code == "8301"
    finally:
        window.state.data_folder.close()
