"""Every screen of the main window on a large district with ten years of data: time to load and paint each,
and the GUI's peak resident memory.

    python benchmarks/screens.py [--years 10] [--runs 3] [--data-dir DIR]

Builds the synthetic district (``benchmarks/synthetic_district.py``) in a temporary folder, or uses
``--data-dir`` if it holds one already. Each run is a fresh process (offscreen unless DISPLAY is set) that
starts the main window at 1280×720 as the app does (modules compiled, as installed) (Thai, the word dictionary loaded), then opens every
sidebar section and every tab of it in turn: the time from asking for the screen to its paint being done.
Prints, per screen, the median over the runs and the slowest run (wall clock), and the GUI thread's CPU
time (which other processes on a busy machine do not inflate); and the peak resident memory
(``ru_maxrss``) of the GUI process. Goals: every screen ≤ 100 ms, resident memory ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

SCREEN_GOAL_MS = 100
MEMORY_GOAL_MB = 250

CHILD_START = r"""
import json, resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTabWidget
app = QApplication(sys.argv)
from pcha_desktop.domain.thai_text import warm_up_segmenter
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.fonts import install_application_font
from pcha_desktop.ui.i18n import install_language
from pcha_desktop.ui.main_window import MainWindow

install_application_font(app)
folder = open_data_folder(Path(sys.argv[1]))
state = AppState(folder)
install_language(state.language)
warm_up_segmenter()  # the app loads it in a thread just after start-up
window = MainWindow(state)
window.resize(1280, 720)
window.show()
for _ in range(3):
    app.processEvents()

def settle(widget):
    app.processEvents()
    widget.repaint()  # paints now, synchronously
"""  # the main window at 1280×720 in the user's language, as the app starts it; ``settle(widget)`` paints now

CHILD = CHILD_START + r"""
timings, cpu = {}, {}
keys = [window.sidebar.item(row).data(0x0100) for row in range(window.sidebar.count())]
for key in keys:
    started, started_cpu = time.perf_counter(), time.thread_time()
    screen = window.show_section(key)
    settle(window)
    timings[key] = (time.perf_counter() - started) * 1000
    cpu[key] = (time.thread_time() - started_cpu) * 1000
    for tabs in screen.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            started, started_cpu = time.perf_counter(), time.thread_time()
            tabs.setCurrentIndex(index)
            settle(tabs)
            timings[f"{key} › {tabs.tabText(index)}"] = (time.perf_counter() - started) * 1000
            cpu[f"{key} › {tabs.tabText(index)}"] = (time.thread_time() - started_cpu) * 1000
        tabs.setCurrentIndex(0)
print(json.dumps({"timings": timings, "cpu": cpu, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
window.close()
folder.close()
"""


def _columns(text: str) -> int:
    """Columns a text takes in a terminal: Thai vowel and tone marks sit on their consonant."""
    return sum(1 for character in text if unicodedata.category(character) != "Mn")


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _columns(text))


def _has_district(data_dir: Path) -> bool:
    return (data_dir / "pcha.sqlite").is_file()


def run_children(child: str, data_dir: Path, count: int) -> list[dict] | None:
    """The JSON each of ``count`` fresh processes running ``child`` on ``data_dir`` printed last (after one
    more run that writes the .pyc files and warms the file cache), or None when one failed (its output
    printed)."""
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules load from their compiled .pyc
    runs = []
    for run in range(count + 1):
        result = subprocess.run([sys.executable, "-c", child, str(data_dir)], env=env, capture_output=True,
                                text=True, timeout=300)
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            print(result.stdout, result.stderr, file=sys.stderr)
            return None
        if run:
            runs.append(json.loads(lines[-1]))
    return runs


def district_and_runs(description: str, prefix: str) -> tuple[Path, int]:
    """The command line of a screen benchmark (``--years``, ``--runs``, ``--data-dir``): the synthetic district's
    folder (built here when it holds none) and the number of runs."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="a synthetic district made before (made here if empty)")
    arguments = parser.parse_args()
    data_dir = arguments.data_dir or Path(tempfile.mkdtemp(prefix=prefix)) / "district"
    if not _has_district(data_dir):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from synthetic_district import DistrictSize, build_district

        report = build_district(data_dir, DistrictSize(years=arguments.years))
        print(f"built {len(report.fiscal_years)} fiscal years, {report.audit_entries:,} audit entries "
              f"in {report.seconds:.0f} s: {data_dir}")
    return data_dir, arguments.runs


def main() -> int:
    data_dir, count = district_and_runs(__doc__, "pcha-screens-")
    runs = run_children(CHILD, data_dir, count)
    if runs is None:
        return 1
    names = list(runs[0]["timings"])
    width = max(_columns(name) for name in names) + 2
    print(f"{_pad('screen', width)}{'median':>8}{'slowest':>9}{'CPU':>8}   goal ≤ {SCREEN_GOAL_MS} ms")
    missed = []
    for name in names:
        values = [run["timings"][name] for run in runs]
        median = statistics.median(values)
        cpu = statistics.median(run["cpu"][name] for run in runs)
        if median > SCREEN_GOAL_MS:
            missed.append(name)
        print(f"{_pad(name, width)}{median:>6.0f}ms{max(values):>7.0f}ms{cpu:>6.0f}ms   "
              f"{'ok' if median <= SCREEN_GOAL_MS else 'MISSED'}")
    print(f"(median and slowest: wall-clock time to load and paint; CPU: the GUI thread's own time, which a busy "
          f"machine does not inflate; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    memory = max(run["max_rss_mb"] for run in runs)
    print(f"peak resident memory: {memory:.0f} MB   goal ≤ {MEMORY_GOAL_MB} MB   "
          f"{'ok' if memory <= MEMORY_GOAL_MB else 'MISSED'}")
    return 0 if not missed and memory <= MEMORY_GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
