"""The year's issues on ten years of the synthetic district: ``year_kpis`` and ``year_plan`` (what the KPI and
One Plan screens and `pcha kpis` / `pcha plan` read) against the ≤ 100 ms goal of issue 8.

    python benchmarks/issues.py [--years 10] [--runs 5] [--data-dir DIR]

Builds the synthetic district (``benchmarks/synthetic_district.py``: six issues, 30 KPIs with baselines and
quarterly results and 120 activities a year) in a temporary folder, or uses one made before. Times each call
for the last fiscal year and the first (whose baselines reach before the data), prints the median and the
slowest of the runs after a warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.issues import year_kpis, year_plan

GOAL_MS = 100.0


def _time(call, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    call()  # warm-up: the file cache, SQLAlchemy's compiled statements
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="a synthetic district made before (made here if empty)")
    arguments = parser.parse_args(argv)
    data_dir = arguments.data_dir or Path(tempfile.mkdtemp(prefix="pcha-issues-")) / "district"
    if not (data_dir / "pcha.sqlite").is_file():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from synthetic_district import DistrictSize, build_district

        report = build_district(data_dir, DistrictSize(years=arguments.years))
        print(f"built {len(report.fiscal_years)} fiscal years in {report.seconds:.0f} s: {data_dir}")
    missed = []
    with open_data_folder(data_dir, create=False) as folder:
        database = folder.database
        with database.reader() as session:
            from sqlalchemy import func, select

            from pcha_desktop.storage.models import QualityOfLifeIssue

            first, last = session.execute(select(func.min(QualityOfLifeIssue.fiscal_year),
                                                 func.max(QualityOfLifeIssue.fiscal_year))).one()
        plan = year_plan(database, last)
        kpis = year_kpis(database, last)
        print(f"FY{first}–FY{last}; FY{last}: {len(kpis.issues)} issues, "
              f"{sum(len(issue.kpis) for issue in kpis.issues)} KPIs, "
              f"{sum(len(issue.activities) for issue in plan.issues)} activities")
        print(f"{'call':<22}{'median':>8}{'slowest':>9}   goal ≤ {GOAL_MS:.0f} ms")
        for name, call in (
            (f"year_kpis({last})", lambda: year_kpis(database, last)),
            (f"year_plan({last})", lambda: year_plan(database, last)),
            (f"year_kpis({first})", lambda: year_kpis(database, first)),
            (f"year_plan({first})", lambda: year_plan(database, first)),
        ):
            timings = _time(call, arguments.runs)
            median = statistics.median(timings)
            if median > GOAL_MS:
                missed.append(name)
            print(f"{name:<22}{median:>6.1f}ms{max(timings):>7.1f}ms   {'ok' if median <= GOAL_MS else 'OVER'}")
    if missed:
        print(f"over the goal: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
