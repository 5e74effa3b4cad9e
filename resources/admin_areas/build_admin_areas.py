"""Build resources/admin_areas/thailand_admin_areas.json (provinces → districts → tambons, DOPA codes).

Source: the GeoThai data shipped inside the ``geothai`` wheel on PyPI (data CC BY 4.0, from the Department
of Provincial Administration's code lists). The wheel is only read here; the app does not depend on it.
The npm package ``thai-address-database`` (ISC) was the first candidate; its geocodes are stale (see
resources/admin_areas/SOURCE.md), so it is only used for an optional cross-check report (``--crosscheck``).

Usage (from the repository root, in the project venv, with pip and, for the cross-check, npm on PATH):

    python resources/admin_areas/build_admin_areas.py                 # download geothai==3.2.1 with pip and build
    python resources/admin_areas/build_admin_areas.py --wheel PATH    # build from a wheel already downloaded
    python resources/admin_areas/build_admin_areas.py --crosscheck    # also compare with thai-address-database

Names are stored as the source writes them, without the level word ("เมืองภูเก็ต", not
"อำเภอเมืองภูเก็ต"); GeoThai prefixes Bangkok's districts with "เขต", which is removed for consistency.
Lists are written in Thai alphabetical order (PyThaiNLP ``collate``), so the app need not sort at load.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pythainlp.util import collate

GEOTHAI_VERSION = "3.2.1"
THAI_ADDRESS_DATABASE_VERSION = "0.0.30"
BANGKOK_CODE = "10"
FORMAT_VERSION = 1

REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT_DIR = REPO_ROOT / "resources" / "admin_areas"
OUTPUT_FILE = OUTPUT_DIR / "thailand_admin_areas.json"

Row = list[str]


def download_geothai_wheel(target: Path) -> Path:
    subprocess.run(
        [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "-d", str(target), f"geothai=={GEOTHAI_VERSION}",
        ],
        check=True,
    )  # fmt: skip
    return next(target.glob("geothai-*.whl"))


def read_geothai(wheel: Path) -> tuple[list[Row], list[Row], list[Row], dict[str, str]]:
    with zipfile.ZipFile(wheel) as archive:

        def load(name: str) -> list[Row]:
            rows: list[Row] = json.loads(archive.read(f"geothai/_data/{name}.json"))
            return rows

        licences = {
            Path(name).name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if "/licenses/" in name and not name.endswith("/")
        }
        return load("provinces"), load("districts"), load("subdistricts"), licences


def _sorted_by_thai_name(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    items = list(items)
    order = {name: index for index, name in enumerate(collate([item["name_th"] for item in items]))}
    return sorted(items, key=lambda item: (order[item["name_th"]], item["code"]))


def build_tree(provinces: list[Row], districts: list[Row], tambons: list[Row]) -> list[dict[str, Any]]:
    tambons_by_district: dict[str, dict[str, dict[str, Any]]] = {}
    for code, name_th, name_en, *_postcode in tambons:
        # One row per code in GeoThai; keyed by code anyway so postcode-style repeats collapse.
        tambons_by_district.setdefault(code[:4], {})[code] = {
            "code": code,
            "name_th": name_th,
            "name_en": name_en,
        }
    districts_by_province: dict[str, list[dict[str, Any]]] = {}
    for code, name_th, name_en in districts:
        if code[:2] == BANGKOK_CODE:
            name_th = name_th.removeprefix("เขต")
        district_tambons = tambons_by_district.pop(code, {})
        districts_by_province.setdefault(code[:2], []).append(
            {
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "tambons": _sorted_by_thai_name(district_tambons.values()),
            }
        )
    if tambons_by_district:
        raise SystemExit(f"tambons whose district is missing: {sorted(tambons_by_district)}")
    tree = []
    for code, name_th, name_en in provinces:
        tree.append(
            {
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "districts": _sorted_by_thai_name(districts_by_province.pop(code, [])),
            }
        )
    if districts_by_province:
        raise SystemExit(f"districts whose province is missing: {sorted(districts_by_province)}")
    return _sorted_by_thai_name(tree)


def check(tree: list[dict[str, Any]]) -> dict[str, int]:
    districts = [district for province in tree for district in province["districts"]]
    tambons = [tambon for district in districts for tambon in district["tambons"]]
    for province in tree:
        assert re.fullmatch(r"[1-9][0-9]", province["code"]), province
        for district in province["districts"]:
            assert district["code"].startswith(province["code"]) and len(district["code"]) == 4, district
            assert district["tambons"], f"district without tambons: {district['code']}"
            for tambon in district["tambons"]:
                assert tambon["code"].startswith(district["code"]) and len(tambon["code"]) == 6, tambon
    for level in (tree, districts, tambons):
        codes = [item["code"] for item in level]
        assert len(codes) == len(set(codes)), "duplicate codes"
        assert all(item["name_th"] and item["name_en"] for item in level)
    return {
        "provinces": len(tree),
        "districts": len(districts),
        "bangkok_khet": sum(1 for d in districts if d["code"].startswith(BANGKOK_CODE)),
        "tambons": len(tambons),
        "bangkok_khwaeng": sum(1 for t in tambons if t["code"].startswith(BANGKOK_CODE)),
    }


def write_json(tree: list[dict[str, Any]], path: Path) -> None:
    """One province a line: compact, yet a change shows up as a readable diff."""
    header = {
        "format": FORMAT_VERSION,
        "source": f"GeoThai data (geothai {GEOTHAI_VERSION}, PyPI), CC BY 4.0; see SOURCE.md",
    }
    lines = [json.dumps(province, ensure_ascii=False, separators=(",", ":")) for province in tree]
    head = json.dumps(header, ensure_ascii=False)[:-1]
    path.write_text(head + ',\n"provinces":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


# --- optional cross-check against thai-address-database (npm) ------------------------------------------


def read_thai_address_database(target: Path) -> list[tuple[str, str, str, str, str, str]]:
    """Decode database/backup/geodb.json the way lib/index.js does.

    Rows are (province, province code, district, district code, tambon, tambon code).
    """
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is needed for --crosscheck")
    spec = f"thai-address-database@{THAI_ADDRESS_DATABASE_VERSION}"
    subprocess.run([npm, "pack", spec, "--pack-destination", str(target)], check=True, capture_output=True)
    with tarfile.open(next(target.glob("thai-address-database-*.tgz"))) as archive:
        member = archive.extractfile("package/database/backup/geodb.json")
        assert member is not None
        raw = json.load(member)
    lookup, words = raw["lookup"].split("|"), raw["words"].split("|")

    def expand(text: str | int) -> str:
        text = lookup[text] if isinstance(text, int) else text
        return re.sub(
            "[A-Za-z]", lambda m: words[ord(m[0]) - 65 if ord(m[0]) < 97 else 26 + ord(m[0]) - 97], text
        )

    rows = []
    for province in raw["data"]:
        for district in province[2]:
            for tambon in district[2]:
                rows.append(
                    (
                        expand(province[0]), str(province[1]),
                        expand(district[0]), str(district[1] or ""),
                        expand(tambon[0]), str(tambon[1] or ""),
                    )
                )  # fmt: skip
    return rows


def crosscheck(tree: list[dict[str, Any]], rows: list[tuple[str, str, str, str, str, str]]) -> None:
    tambon_names = {t["code"]: t["name_th"] for p in tree for d in p["districts"] for t in d["tambons"]}
    district_codes = {d["code"] for p in tree for d in p["districts"]}
    unique = {(row[3], row[4], row[5]) for row in rows}  # (district code, tambon name, tambon code)
    codes = {row[2] for row in unique if row[2] not in ("", "0")}
    print(f"thai-address-database {THAI_ADDRESS_DATABASE_VERSION}: {len(rows)} rows")
    print(f"  distinct district codes: {len({row[3] for row in rows if row[3]})}")
    print(f"  districts without a code: {len({row[2] for row in rows if not row[3]})}")
    print(f"  distinct tambon codes: {len(codes)}; tambons with code 0 or none: "
          f"{sum(1 for row in unique if row[2] in ('', '0'))}")  # fmt: skip
    misplaced = sum(
        1 for row in unique if row[0] and row[2] not in ("", "0") and not row[2].startswith(row[0])
    )
    print(f"  tambon code not under its district's code: {misplaced}")
    print(f"  tambon codes unknown to GeoThai: {len(codes - tambon_names.keys())}")
    print(f"  district codes unknown to GeoThai: {len({row[3] for row in rows if row[3]} - district_codes)}")
    same = sum(1 for row in unique if tambon_names.get(row[2]) == row[1])
    print(
        f"  (district, tambon, code) entries whose code and name agree with GeoThai: {same} of {len(unique)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--wheel", type=Path, help=f"a geothai-{GEOTHAI_VERSION} wheel (else pip downloads it)"
    )
    parser.add_argument("--crosscheck", action="store_true", help="compare with thai-address-database (npm)")
    parser.add_argument("--output", type=Path, default=OUTPUT_FILE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        wheel = args.wheel or download_geothai_wheel(Path(scratch))
        provinces, districts, tambons, licences = read_geothai(wheel)
        tree = build_tree(provinces, districts, tambons)
        counts = check(tree)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        write_json(tree, args.output)
        for name, text in licences.items():
            (args.output.parent / f"geothai-{name}.txt").write_text(text, encoding="utf-8")
        print(f"wrote {args.output}: {counts}")
        if args.crosscheck:
            crosscheck(tree, read_thai_address_database(Path(scratch)))


if __name__ == "__main__":
    main()
