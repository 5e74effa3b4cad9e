"""A quarter's results for every KPI of the demo year, typed purely from the keyboard into the issues screen:
how many keystrokes it takes, how long the app itself takes, and an estimate of a secretary's time.

    python benchmarks/quarter_entry.py [--keys-per-second 2] [--seconds-per-figure 2]

The demo (Mueang Phuket's FY2564: four issues, ten KPIs) opens at 1280×720 (offscreen unless DISPLAY is set)
with the focus on the quarter box, as after clicking it. The keys: Up/Down to the quarter, Tab into the
table (which lands on the first KPI's result of that quarter), then for each KPI its figure and Enter (saved,
on to the next KPI). The estimate assumes a slow typist's pace for digits (``--keys-per-second``, 2 by default)
and time to find each figure on the paper report (``--seconds-per-figure``, 2 by default). The goal is the
issue's "a secretary does a quarter in under a minute".

``type_quarter(screen, quarter, figures)`` is the keyboard driver (tests/ui/issues uses it too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

GOAL_SECONDS = 60.0
DEMO_TODAY = date(2025, 3, 3)


@dataclass(frozen=True)
class Typed:
    keystrokes: int
    figures: int
    app_seconds: float  # wall time of the whole entry in the app (saving each figure, reloading)


def type_quarter(screen, quarter: int, figures: Sequence[str]) -> Typed:  # noqa: ANN001 - an IssuesScreen
    """Types ``figures`` (one per KPI, in the table's order) into ``quarter`` of ``screen`` with key presses
    only, starting from the quarter box having the focus; returns the keystrokes it took."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    keys = 0
    started = time.perf_counter()

    def press(key: Qt.Key) -> None:
        nonlocal keys
        target = QApplication.focusWidget()
        assert target is not None, "something has the keyboard focus"
        QTest.keyClick(target, key)
        QApplication.processEvents()
        keys += 1

    box = screen.quarter_box
    box.setFocus(Qt.FocusReason.MouseFocusReason)  # the user clicked the quarter box (not counted as a key)
    QApplication.processEvents()
    while box.currentIndex() != quarter - 1:
        press(Qt.Key.Key_Down if box.currentIndex() < quarter - 1 else Qt.Key.Key_Up)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.table, "Tab goes from the quarter box into the table"
    for figure in figures:
        target = QApplication.focusWidget()
        for character in figure:
            QTest.keyClicks(QApplication.focusWidget() or target, character)
            keys += 1
        press(Qt.Key.Key_Return)
    QApplication.processEvents()
    return Typed(keys, len(figures), time.perf_counter() - started)


def estimate_seconds(typed: Typed, keys_per_second: float, seconds_per_figure: float) -> float:
    return typed.keystrokes / keys_per_second + typed.figures * seconds_per_figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keys-per-second", type=float, default=2.0)
    parser.add_argument("--seconds-per-figure", type=float, default=2.0)
    parser.add_argument("--quarter", type=int, default=3)
    arguments = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from pcha_desktop.services import issues as issue_service
    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo import populate_demo
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.fonts import install_application_font
    from pcha_desktop.ui.i18n import install_language
    from pcha_desktop.ui.issues.issues_screen import IssuesScreen

    install_application_font(app)
    install_language("th")
    with open_data_folder(Path(tempfile.mkdtemp(prefix="pcha-quarter-")) / "demo") as folder:
        populate_demo(folder.database, today=DEMO_TODAY)
        state = AppState(folder, today=DEMO_TODAY)
        state.select_fiscal_year(2564)
        screen = IssuesScreen(state)
        screen.resize(1280, 720)
        screen.show()
        app.processEvents()
        year = issue_service.year_kpis(folder.database, 2564)
        kpis = [kpi for issue in year.issues for kpi in issue.kpis]
        # the figures a secretary would type: this year's Q4 figures as printed (e.g. "72.6", "9")
        figures = [format((kpi.results[3] or kpi.target).normalize(), "f") for kpi in kpis]
        typed = type_quarter(screen, arguments.quarter, figures)
        saved = issue_service.year_kpis(folder.database, 2564)
        entered = [kpi.results[arguments.quarter - 1] for issue in saved.issues for kpi in issue.kpis]
        assert [format(v.normalize(), "f") for v in entered if v is not None] == figures, "every figure saved"
        seconds = estimate_seconds(typed, arguments.keys_per_second, arguments.seconds_per_figure)
        print(f"{typed.figures} KPIs of FY2564, quarter {arguments.quarter}: {typed.keystrokes} keystrokes "
              f"({sum(map(len, figures))} digits and points, {typed.figures} Enter, the rest choosing the quarter "
              f"and Tab)")
        print(f"the app's own time for the whole entry: {typed.app_seconds:.2f} s")
        print(f"a secretary at {arguments.keys_per_second:g} keys/s, {arguments.seconds_per_figure:g} s to find "
              f"each figure: about {seconds:.0f} s (goal under {GOAL_SECONDS:.0f} s)")
        screen.close()
        return 0 if seconds < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
