"""The province's roll-up at national scale: verify and import 928 synthetic district bundles (878 districts
and 50 Bangkok khet), one province's worth (26), then the report of all 928.

    python benchmarks/bundles.py [--districts 928] [--province-size 26] [--work-dir DIR]

Setting up is not timed: a signed bundle per district of the administrative list (a committee of 25, four
issues each with two target groups, three KPIs, a quarter's note and three activities, ten tambon
committees, four years of UCCARE results: about 40 KB of data.json), one province data folder per province
with its districts' keys registered. Timed: ``import_bundles`` of every province's bundles (each verified
in full: container, manifest, signature, hashes, schema; then imported in one transaction), a 26-district
province alone, and the roll-up of all 928 districts written as PDF and workbook.
Targets (a 2-core machine): 928 ≤ 30 s, 26 ≤ 2 s, report of 928 ≤ 5 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from pcha_desktop.domain.admin_areas import load_admin_areas  # noqa: E402
from pcha_desktop.domain.bundle_format import parse_period  # noqa: E402
from pcha_desktop.domain.province_rollup import ProvinceRollup  # noqa: E402
from pcha_desktop.services import province as province_service  # noqa: E402
from pcha_desktop.services.bundles import seal_bundle  # noqa: E402
from pcha_desktop.services.data_folder import open_data_folder  # noqa: E402
from pcha_desktop.services.signing_keys import public_key_pem  # noqa: E402
from pcha_desktop.storage.paths import database_path  # noqa: E402

PERIOD = "2564Q1"
TARGETS = {"all": 30.0, "province": 2.0, "report": 5.0}


def synthetic_bundle_data(code: str, name: str, province_code: str, province_name: str, rng: random.Random) -> dict[str, Any]:
    """A district's data.json as the program writes it (schema version 1), with made-up content."""
    period = parse_period(PERIOD)

    def ident() -> dict[str, str]:
        return {"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "updated_at": f"2020-12-{rng.randint(1, 28):02d}T10:00:00.{rng.randint(0, 999999):06d}Z"}

    def issue(index: int) -> dict[str, Any]:
        return {**ident(), "title": f"ประเด็นที่ {index} ของอำเภอ{name}", "area": "vulnerable_care",
                "dimensions": ["society", "health"],
                "target_groups": [{**ident(), "group": "elderly_bed_bound", "label": "", "people_count": rng.randint(10, 900)}
                                  for _ in range(2)],
                "kpis": [{**ident(), "name": f"ร้อยละผู้สูงอายุได้รับการดูแล {k}", "unit": "ร้อยละ", "direction": "higher",
                          "combination": "last", "target": "80", "results": {"1": str(rng.randint(10, 99))},
                          "baselines": {"2563": "70"}} for k in range(3)],
                "notes": [{**ident(), "quarter": 1, "obstacles": "นัดประชุมคณะกรรมการได้ยาก เพราะภารกิจมาก",
                           "suggestions": "ประชุมกลุ่มย่อยรายประเด็น สื่อสารผ่านสื่ออิเล็กทรอนิกส์"}],
                "activities": [{**ident(), "name": f"โครงการ {a}", "lead_agency": f"สาธารณสุขอำเภอ{name}",
                                "status": "in_progress", "progress_percent": 40, "start_date": "2020-10-01",
                                "end_date": "2021-09-30", "budget_total": "25000"} for a in range(3)]}

    return {
        "schema": "pcha-bundle-data", "schema_version": 1,
        "district": {**ident(), "code": code, "name": name, "province_code": province_code,
                     "province_name": province_name, "office_name": f"สำนักงานสาธารณสุขอำเภอ{name}"},
        "period": {"code": period.code, "fiscal_year": period.fiscal_year, "start": period.start.isoformat(),
                   "end": period.end.isoformat()},
        "committee": {**ident(), "name": f"คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{name}",
                      "members": [{**ident(), "full_name": f"นายสมมุติ ที่{m}", "position": "กรรมการ",
                                   "organisation": "หน่วยงาน", "role": "member", "sector": "state"} for m in range(25)]},
        "issues": [issue(index) for index in range(1, 5)],
        "tambon_committees": [{**ident(), "name": f"พชต. {t}", "tambon_code": f"{code}{t:02d}", "area": "tambon",
                               "area_name": "", "member_count": 20, "plan_status": "approved", "meetings_held": 2}
                              for t in range(1, 11)],
        "assessment": {"fiscal_year": 2564, "assessed": True, "passed": rng.random() < 0.9,
                       "years": [{**ident(), "fiscal_year": year, "passed": rng.random() < 0.8, "source": "province"}
                                 for year in (2561, 2562, 2563, 2564)]},
    }


def prepare(work: Path, districts: int, rng: random.Random) -> dict[str, list[Path]]:
    """Signed bundles and province folders with keys registered; returns province code -> bundle files."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    areas = load_admin_areas()
    chosen = [(p, d) for p in areas.provinces() for d in areas.districts_of(p.code)][:districts]
    by_province: dict[str, list[Path]] = {}
    keys: dict[str, list[tuple[str, bytes]]] = {}
    for province, district in chosen:
        key = Ed25519PrivateKey.generate()
        data = synthetic_bundle_data(district.code, district.name_th, province.code, province.name_th, rng)
        raw, _manifest = seal_bundle(data, {}, key, sequence=1, created=datetime(2021, 1, 5, 9, 0))
        path = work / "bundles" / f"{district.code}.pcha"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        by_province.setdefault(province.code, []).append(path)
        keys.setdefault(province.code, []).append((district.code, public_key_pem(key)))
    template = work / "template"
    open_data_folder(template).close()  # one new database, copied for every province (set-up speed only)
    for code, district_keys in keys.items():
        (work / "provinces" / code).mkdir(parents=True)
        shutil.copyfile(database_path(template), database_path(work / "provinces" / code))
        folder = open_data_folder(work / "provinces" / code)
        try:
            province_service.init_province(folder.database, code, "benchmark")
            for district_code, pem in district_keys:
                pem_path = work / "keys" / f"{district_code}.pem"
                pem_path.parent.mkdir(parents=True, exist_ok=True)
                pem_path.write_bytes(pem)
                province_service.register_key(folder.database, district_code, pem_path, "benchmark")
        finally:
            folder.close()
    return by_province


def import_all(work: Path, by_province: dict[str, list[Path]]) -> float:
    """Seconds spent in ``import_bundles`` (opening each province's data folder is start-up, not import)."""
    seconds = 0.0
    for code, paths in by_province.items():
        folder = open_data_folder(work / "provinces" / code)
        try:
            started = time.perf_counter()
            outcomes = province_service.import_bundles(folder.database, paths, "benchmark")
            seconds += time.perf_counter() - started
        finally:
            folder.close()
        bad = [outcome for outcome in outcomes if not outcome.ok]
        if bad:
            raise SystemExit(f"{bad[0].path}: {bad[0].message_en}")
    return seconds


def report_all(work: Path, by_province: dict[str, list[Path]]) -> tuple[float, int]:
    """Seconds to read every province's roll-up and write the 928 districts' report (PDF + workbook)."""
    folders = [open_data_folder(work / "provinces" / code) for code in by_province]
    started = time.perf_counter()
    rows = []
    for folder in folders:
        rows += province_service.province_rollup(folder.database, PERIOD).districts
    period = parse_period(PERIOD)
    rollup = ProvinceRollup("00", "ทุกจังหวัด", period.code, period.fiscal_year, period.start.isoformat(),
                            period.end.isoformat(), tuple(rows), (2561, 2562, 2563))
    province_service.write_province_report(rollup, pdf=work / "report.pdf", xlsx=work / "report.xlsx")
    seconds = time.perf_counter() - started
    for folder in folders:
        folder.close()
    return seconds, len(rollup.sent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=int, default=928)
    parser.add_argument("--province-size", type=int, default=26)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--report-only", type=Path, help=argparse.SUPPRESS)  # the report, in its own process
    arguments = parser.parse_args(argv)
    if arguments.report_only:
        from pcha_desktop.domain.thai_text import warm_up_segmenter

        warm_up_segmenter()  # the program loads the Thai dictionary once at start-up, not per report
        codes = sorted(path.name for path in (arguments.report_only / "provinces").iterdir())
        seconds, reported = report_all(arguments.report_only, {code: [] for code in codes})
        print(f"{seconds} {reported}")
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        work = arguments.work_dir or Path(temporary)
        rng = random.Random(12)
        print(f"preparing {arguments.districts} signed bundles and their provinces' keys …", flush=True)
        by_province = prepare(work / "all", arguments.districts, rng)
        one = prepare(work / "one", arguments.province_size, rng)  # the first province's first N districts
        all_seconds = import_all(work / "all", by_province)
        one_seconds = import_all(work / "one", one)
        # Like `pcha province-report`, the report is made by a process of its own (not this one, which holds
        # what the set-up and the imports left behind).
        import subprocess

        done = subprocess.run([sys.executable, __file__, "--report-only", str(work / "all")], check=True,
                              capture_output=True, text=True)
        report_seconds, reported = float(done.stdout.split()[-2]), int(done.stdout.split()[-1])
    results = [
        (f"verify + import {sum(len(p) for p in by_province.values())} bundles ({len(by_province)} provinces)",
         all_seconds, TARGETS["all"]),
        (f"verify + import {sum(len(p) for p in one.values())} bundles (one province)", one_seconds, TARGETS["province"]),
        (f"roll-up of {reported} districts as PDF + workbook", report_seconds, TARGETS["report"]),
    ]
    failed = False
    for label, seconds, target in results:
        ok = seconds <= target
        failed |= not ok
        print(f"{label:<60} {seconds:6.2f} s  (target ≤ {target:.0f} s) {'ok' if ok else 'TOO SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
