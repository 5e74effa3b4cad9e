"""The meetings screen on the ten-year synthetic district (20 meetings a year, 40 attendance rows each): time to
open the meetings section, a meeting in the editor and each of its tabs, and what they read.

    python benchmarks/meetings.py [--years 10] [--runs 3] [--data-dir DIR]

Builds the synthetic district (``benchmarks/synthetic_district.py``) in a temporary folder, or uses
``--data-dir`` if it holds one already. Each run is a fresh process (offscreen unless DISPLAY is set) that
starts the main window at 1280×720 in Thai, as ``benchmarks/screens.py`` does, chooses the last whole fiscal
year, opens the meetings section and then the year's last meeting and every tab of it: the time from asking to
the paint being done (wall clock, and the GUI thread's CPU time). Also times the first reads (``year_overview``,
``meeting_view``). Goal: every screen ≤ 100 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from screens import CHILD_START, SCREEN_GOAL_MS, _columns, _pad, district_and_runs, run_children

CHILD = CHILD_START + r"""
from pcha_desktop.services import meetings

timings, cpu = {}, {}
def timed(name, action, widget=window):
    started, started_cpu = time.perf_counter(), time.thread_time()
    result = action()
    settle(widget)
    timings[name] = (time.perf_counter() - started) * 1000
    cpu[name] = (time.thread_time() - started_cpu) * 1000
    return result

years = [window.fiscal_year_combo.itemData(i) for i in range(window.fiscal_year_combo.count())]
year = max(years, key=lambda y: (len(meetings.year_overview(state.database, y).meetings), y))  # the last full year
window.fiscal_year_combo.setCurrentIndex(window.fiscal_year_combo.findData(year))
settle(window)
overview = timed("read: year_overview", lambda: meetings.year_overview(state.database, year), window)
last = overview.meetings[-1].id
timed("read: meeting_view", lambda: meetings.meeting_view(state.database, last), window)
screen = timed("meetings section", lambda: window.show_section("meetings"))
timed("meetings › workshops tab", lambda: screen.tabs.setCurrentIndex(1))
screen.tabs.setCurrentIndex(0)
editor = timed("meeting editor", lambda: screen.open_meeting(last))
for index in range(1, editor.tabs.count()):
    timed(f"meeting › {editor.tabs.tabText(index)}", lambda: editor.tabs.setCurrentIndex(index))
timed("back to the list", lambda: editor.back_button.click())
print(json.dumps({"timings": timings, "cpu": cpu, "meetings": len(overview.meetings),
                  "attendance": sum(m.counts.members for m in overview.meetings), "year": year}))
window.close()
folder.close()
"""


def main() -> int:
    data_dir, count = district_and_runs(__doc__, "pcha-meetings-")
    runs = run_children(CHILD, data_dir, count)
    if runs is None:
        return 1
    first = runs[0]
    print(f"FY{first['year']}: {first['meetings']} meetings, {first['attendance']} attendance rows")
    names = list(first["timings"])
    width = max(_columns(name) for name in names) + 2
    print(f"{_pad('screen', width)}{'median':>8}{'slowest':>9}{'CPU':>8}   goal ≤ {SCREEN_GOAL_MS} ms")
    missed = []
    for name in names:
        values = [run["timings"][name] for run in runs]
        median = statistics.median(values)
        if median > SCREEN_GOAL_MS:
            missed.append(name)
        used = statistics.median(run["cpu"][name] for run in runs)
        print(f"{_pad(name, width)}{median:>6.0f}ms{max(values):>7.0f}ms{used:>6.0f}ms   "
              f"{'ok' if median <= SCREEN_GOAL_MS else 'MISSED'}")
    print(f"(median and slowest: wall-clock time to load and paint; CPU: the GUI thread's own time, which a busy "
          f"machine does not inflate; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
