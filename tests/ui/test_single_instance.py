"""A second start on the same data brings the first window forward and ends; on other data it starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pcha_desktop.ui.single_instance import InstanceServer, server_name

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from pcha_desktop.ui.single_instance import activate_running_instance
app = QCoreApplication([])
print("activated" if activate_running_instance(Path(sys.argv[1]), 5000) else "alone", flush=True)
"""


def _second_start(qtbot, data_dir: Path) -> str:
    process = subprocess.Popen([sys.executable, "-c", SECOND_START, str(data_dir)], stdout=subprocess.PIPE,
                               text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)  # the first window's loop answers
    return process.stdout.read().strip()


def test_a_second_start_on_the_same_data_brings_the_first_window_forward(qtbot, pcha_qapp, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    server = InstanceServer(window, tmp_path / "data")
    assert _second_start(qtbot, tmp_path / "data") == "activated"
    assert server.activations == 1
    assert window.isVisible() and not window.isMinimized()
    assert _second_start(qtbot, tmp_path / "other data") == "alone", "other data: a window of its own"


def test_the_name_is_the_folder_s_whatever_its_spelling(tmp_path):
    assert server_name(tmp_path / "data") == server_name(tmp_path / "x" / ".." / "data")
    assert server_name(tmp_path / "data") != server_name(tmp_path / "data2")
