"""The window's start on a data folder it cannot use as it is: the problem said as what it is, never the
"damaged" offer to restore over a healthy database."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.ui import app as app_module
from pcha_desktop.ui.main_window import MainWindow


def _watch_messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "_message", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr("pcha_desktop.ui.restore_dialog.offer_restore",
                        lambda *_args: pytest.fail("a restore was offered"))
    return shown


def test_a_file_given_as_the_data_folder(qtbot, pcha_qapp, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "passwd"
    not_a_folder.write_text("root:x:0:0\n")
    shown = _watch_messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    arguments = argparse.Namespace(data_dir=str(not_a_folder), demo=False)
    assert not app_module.open_application(window, arguments, app_module.StartupProbe())
    assert len(shown) == 1 and "เป็นไฟล์ ไม่ใช่โฟลเดอร์" in shown[0] and "is a file, not a folder" in shown[0]


def test_the_database_being_a_folder(qtbot, pcha_qapp, data_dir, monkeypatch):
    (data_dir / "pcha.sqlite").mkdir()
    shown = _watch_messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    arguments = argparse.Namespace(data_dir=str(data_dir), demo=False)
    assert not app_module.open_application(window, arguments, app_module.StartupProbe())
    assert len(shown) == 1 and "is a folder where a file should be" in shown[0]


_START_SCRIPT = """
import argparse, sys
from PySide6.QtWidgets import QApplication
from pcha_desktop.ui import app
import pcha_desktop.ui.restore_dialog as restore_dialog
qapp = QApplication([])
app._message = lambda _parent, _title, text: print("MESSAGE", text.replace("\\n", " "))
restore_dialog.offer_restore = lambda *_args: print("RESTORE OFFERED") or False
window = app.MainWindow()
opened = app.open_application(window, argparse.Namespace(data_dir=sys.argv[1], demo=False), app.StartupProbe())
print("OPENED" if opened else "NOT OPENED")
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_folder_is_said_so_at_start(tmp_path):
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root ignores permissions: drop the capabilities that let it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv")
        prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner")
    data_dir = tmp_path / "data"
    open_data_folder(data_dir).close()
    data_dir.chmod(0o555)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        result = subprocess.run([*prefix, sys.executable, "-c", _START_SCRIPT, str(data_dir)],
                                capture_output=True, text=True, env=environment, timeout=120)
    finally:
        data_dir.chmod(0o755)
    assert "RESTORE OFFERED" not in result.stdout and "NOT OPENED" in result.stdout, result.stderr
    message = next(line for line in result.stdout.splitlines() if line.startswith("MESSAGE"))
    assert f"The folder {data_dir} is read-only" in message and "ข้อมูลไม่ได้เสียหาย" in message
    assert "Traceback" not in result.stderr
