"""Double-clicking a .pcha bundle starts `pcha-desktop "<file>"`: the file reaches the import (in province
mode; a district's folder says plainly that it does not import bundles, nothing changed), also when a window
is already open on the data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from pcha_desktop.domain.thai_text import ZERO_WIDTH_SPACE
from pcha_desktop.ui.app import parse_arguments
from pcha_desktop.ui.bundle_file import open_bundle_file
from pcha_desktop.ui.core import export_files
from pcha_desktop.ui.single_instance import InstanceServer

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from pcha_desktop.ui.single_instance import activate_running_instance
app = QCoreApplication([])
handed = activate_running_instance(Path(sys.argv[1]), 5000, files=[Path(sys.argv[2])])
print("activated" if handed else "alone")
"""


def test_the_command_line_takes_a_bundle_file_with_or_without_options():
    double_clicked = parse_arguments([r"C:\Users\สมศรี\Downloads\ตำบลป่าคลอก 2569.pcha"])
    assert double_clicked.bundle_file.endswith("ตำบลป่าคลอก 2569.pcha")
    arguments = parse_arguments(["--data-dir", "/data", "/tmp/x.pcha"])
    assert arguments.bundle_file == "/tmp/x.pcha" and arguments.data_dir == "/data"
    assert parse_arguments([]).bundle_file is None


@pytest.mark.parametrize(("name", "exists", "says"), [
    ("ป่าคลอก.pcha", True, "ในโหมดจังหวัด"),
    ("หายไป.pcha", False, "ไม่พบไฟล์"),
    ("รายงาน.xlsx", True, "ไม่ใช่ชุดข้อมูล"),
])
def test_the_user_is_told_what_became_of_the_file(qtbot, pcha_qapp, tmp_path, name, exists, says):
    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / name
    if exists:
        path.write_bytes(b"PK\x03\x04")
    box = open_bundle_file(window, path)
    assert box.isVisible()
    shown = box.text().replace(ZERO_WIDTH_SPACE, "")  # break hints between the sentence's words
    assert says in shown and str(path) in box.text(), "the file's name is shown as it is"
    assert "ไม่ได้เปลี่ยนแปลงสิ่งใด" in shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if exists else [])


def test_a_second_start_hands_its_bundle_to_the_window_already_open(qtbot, pcha_qapp, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    server = InstanceServer(window, tmp_path / "data")
    bundle = tmp_path / "ตำบล กะรน.pcha"
    bundle.write_bytes(b"PK\x03\x04")
    process = subprocess.Popen([sys.executable, "-c", SECOND_START, str(tmp_path / "data"), str(bundle)],
                               stdout=subprocess.PIPE, text=True, encoding="utf-8",
                               env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    assert process.stdout.read().strip() == "activated"
    assert server.activations == 1

    def shown() -> QMessageBox | None:
        return window.findChild(QMessageBox, "bundleFile")

    qtbot.waitUntil(lambda: shown() is not None and shown().isVisible(), timeout=5000)
    assert str(bundle) in shown().text()


def test_a_file_opens_in_its_program_through_startfile_on_windows(monkeypatch, tmp_path):
    eml = tmp_path / "ส่งรายงาน.eml"
    eml.write_text("X-Unsent: 1\n", encoding="utf-8")
    started, opened = [], []
    monkeypatch.setattr(export_files.os, "name", "nt")
    monkeypatch.setattr(export_files.os, "startfile", started.append, raising=False)
    monkeypatch.setattr(export_files, "open_url", opened.append)
    assert export_files.open_file(eml) is True
    assert started == [str(eml)] and opened == []

    def no_program(_path: str) -> None:
        raise OSError(1155, "No application is associated with the specified file")

    monkeypatch.setattr(export_files.os, "startfile", no_program, raising=False)
    assert export_files.open_file(eml) is False, "no mail program: the caller offers the folder"
