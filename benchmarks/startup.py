"""Start-up benchmark: PCHA Desktop against a bare PySide6 QMainWindow, in the same run.

    python benchmarks/startup.py [--runs 7]

Measures, from process start (wall clock before spawning) to:
  first paint   — the main window's first paint event;
  home screen   — the home screen painted with the district's data (demo database, already created).
Prints medians and ratios to the bare window's first paint. Goals: first paint ≤ 1.5×, home ≤ 4×.
Runs offscreen unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("PCHA"))
window.resize(1100, 720)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        try:
            marks[name] = float(value) - started
        except ValueError:
            continue
    if "first-paint" not in marks:
        raise RuntimeError(f"no paint reported by {command}:\n{result.stdout}\n{result.stderr}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(PCHA_STARTUP_PROBE="1", PCHA_STARTUP_EXIT="1")
    data_dir = Path(tempfile.mkdtemp(prefix="pcha-bench-"))
    subprocess.run([sys.executable, "-m", "pcha_desktop.cli.main", "demo", "--data-dir", str(data_dir)],
                   env=env, check=True, capture_output=True)
    app = [sys.executable, "-m", "pcha_desktop", "--data-dir", str(data_dir)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _run(bare, env), _run(app, env)  # warm the file cache
    bare_paint, app_paint, app_home = [], [], []
    for _ in range(arguments.runs):
        bare_paint.append(_run(bare, env)["first-paint"])
        marks = _run(app, env)
        app_paint.append(marks["first-paint"])
        app_home.append(marks["home-painted"])
    baseline = statistics.median(bare_paint)
    paint, home = statistics.median(app_paint), statistics.median(app_home)
    print(f"bare QMainWindow first paint : {baseline:.3f} s (median of {arguments.runs})")
    print(f"PCHA first paint             : {paint:.3f} s  ratio {paint / baseline:.2f}  (goal <= 1.5)")
    print(f"PCHA home screen with data   : {home:.3f} s  ratio {home / baseline:.2f}  (goal <= 4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
