"""The report bundle (``.pcha``) format: names, limits, the manifest and data.json schema, and their checks.

A bundle is a zip whose members are stored uncompressed, written in one canonical way (fixed times and
attributes, sorted names), so that every byte of it is either a file's content (bound by the SHA-256 in the
manifest), a name (listed in the manifest), or a fixed header field (checked by rebuilding the container):

    manifest.json   district code and name, period, app and schema versions, creation time, sequence
                    number, the SHA-256 of every other file (README "Report bundle" documents it)
    manifest.sig    the Ed25519 signature of manifest.json's exact bytes (64 bytes)
    data.json       the period's data (schema below): aggregates and committee data, no personal health data
    report.pdf      the report (optional), workbook.xlsx (optional), attachments/NN-name.ext (optional)

Everything here is pure: the checks take parsed values and raise ``BundleRejected`` with a plain reason in
Thai and English. Reading the zip is ``services/bundle_container.py``; signing ``services/signing_keys.py``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pcha_desktop.domain.errors import BilingualError

FORMAT = "pcha-bundle"
DATA_SCHEMA = "pcha-bundle-data"
SCHEMA_VERSION = 1
EXTENSION = ".pcha"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "data.json"
REPORT_PDF = "report.pdf"
WORKBOOK = "workbook.xlsx"
ATTACHMENTS_PREFIX = "attachments/"

# Limits of what an import will even look at (a hostile file is refused before it costs anything).
MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_FILES = 64
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_COMPRESSION_RATIO = 50  # a member that unpacks to more than 50× its packed size is a zip bomb
MAX_TEXT = 5000
MAX_LIST = 5000

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DECIMAL = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,6})?$")
_DISTRICT = re.compile(r"^[1-9][0-9]{3}$")
_PROVINCE = re.compile(r"^[1-9][0-9]$")
_TAMBON = re.compile(r"^[1-9][0-9]{5}$")


class BundleRejected(BilingualError, ValueError):
    """A bundle that is not imported; ``reason`` is a stable code (tests, JSON output)."""

    def __init__(self, reason: str, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.reason = reason
        self.message_th = message_th
        self.message_en = message_en


def rejected(reason: str, message_th: str, message_en: str) -> BundleRejected:
    return BundleRejected(reason, message_th, message_en)


# === PERIOD (minimal parser of this slice) ===================================================================
# The reports feature has domain/report_periods.py ("2564Q1|2564R6|2564"); at merge the lead may swap this
# section for it. Only ``parse_period`` and ``BundlePeriod`` (code, fiscal_year, start, end) are used.

_PERIOD = re.compile(r"^(25[0-9]{2}|2[67][0-9]{2})(?:(Q)([1-4])|(R)(3|6|9|12))?$")


@dataclass(frozen=True)
class BundlePeriod:
    code: str  # canonical: "2564Q1", "2564R6", "2564"
    fiscal_year: int
    start: date
    end: date

    @property
    def quarters(self) -> tuple[int, ...]:
        """The fiscal quarters the period covers (their obstacles and results belong to it)."""
        first = 1 + ((self.start.month - 10) % 12) // 3
        last = 1 + ((self.end.month - 10) % 12) // 3
        return tuple(range(first, last + 1))


def parse_period(text: object) -> BundlePeriod:
    """"2564Q1" (a quarter), "2564R6" (the cumulative round of 3, 6, 9 or 12 months), "2564" (the year)."""
    match = _PERIOD.match(text.strip().upper()) if isinstance(text, str) else None
    if match is None:
        raise rejected("bad_period", f"รอบรายงาน {text!s:.20} ไม่ถูกต้อง (เช่น 2564Q1, 2564R6 หรือ 2564)",
                       f"The report period {text!s:.20} is not valid (e.g. 2564Q1, 2564R6 or 2564)")
    fiscal_year = int(match.group(1))
    first = date(fiscal_year - 543 - 1, 10, 1)
    if match.group(2):
        quarter = int(match.group(3))
        start, months = _add_months(first, 3 * (quarter - 1)), 3
        code = f"{fiscal_year}Q{quarter}"
    elif match.group(4):
        start, months = first, int(match.group(5))
        code = f"{fiscal_year}R{months}"
    else:
        start, months, code = first, 12, str(fiscal_year)
    return BundlePeriod(code, fiscal_year, start, _add_months(start, months) - timedelta(days=1))


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)

# === end of PERIOD ===========================================================================================


def is_allowed_name(name: str) -> bool:
    """The members a bundle may have: the fixed names, and ``attachments/<plain name>``."""
    if name in (MANIFEST, SIGNATURE, DATA, REPORT_PDF, WORKBOOK):
        return True
    if name.startswith(ATTACHMENTS_PREFIX):
        rest = name[len(ATTACHMENTS_PREFIX):]
        return bool(_SAFE_NAME.match(rest)) and ".." not in rest
    return False


def attachment_member_name(index: int, original_name: str) -> str:
    """``attachments/01-signed-order.pdf``: a plain ASCII name (the original stays in data.json)."""
    stem, dot, extension = original_name.rpartition(".")
    plain = re.sub(r"[^A-Za-z0-9_-]+", "-", stem if dot else original_name).strip("-")[:40] or "file"
    extension = re.sub(r"[^A-Za-z0-9]", "", extension)[:8] if dot else ""
    return f"{ATTACHMENTS_PREFIX}{index:02d}-{plain}" + (f".{extension.lower()}" if extension else "")


# --- JSON ----------------------------------------------------------------------------------------------------

def canonical_json(value: Any) -> bytes:
    """The one way a bundle writes JSON: sorted keys, UTF-8, no NaN."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: bytes, what: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, nesting not absurdly deep."""
    try:
        text = raw.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise rejected("malformed_json", f"ไฟล์ {what} ในชุดรายงานไม่ใช่ JSON ที่ถูกต้อง ({str(error)[:80]})",
                       f"{what} in the bundle is not valid JSON ({str(error)[:80]})") from None


# --- checking values -----------------------------------------------------------------------------------------

def _bad(where: str, what_th: str, what_en: str) -> BundleRejected:
    return rejected("bad_value", f"ค่า {where} ในชุดรายงานไม่ถูกต้อง: {what_th}",
                    f"The value {where} in the bundle is not acceptable: {what_en}")


class _Checker:
    """Reads a parsed JSON object with exact expectations of every key's type and range."""

    def __init__(self, value: Any, where: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        if not isinstance(value, dict):
            raise _bad(where, "ต้องเป็นออบเจกต์", "must be an object")
        missing = [key for key in required if key not in value]
        if missing:
            raise _bad(f"{where}.{missing[0]}", "ขาดหายไป", "is missing")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise _bad(f"{where}.{unknown[0]}", "ไม่รู้จักในรุ่นนี้ของรูปแบบ", "is unknown to this version of the format")
        self.value = value
        self.where = where

    def has(self, key: str) -> bool:
        return key in self.value and self.value[key] is not None

    def text(self, key: str, max_length: int = MAX_TEXT, *, pattern: re.Pattern[str] | None = None,
             empty: bool = True) -> str:
        value = self.value.get(key)
        where = f"{self.where}.{key}"
        if not isinstance(value, str):
            raise _bad(where, "ต้องเป็นข้อความ", "must be text")
        if len(value) > max_length:
            raise _bad(where, f"ยาวเกิน {max_length} ตัวอักษร", f"is longer than {max_length} characters")
        if not empty and not value.strip():
            raise _bad(where, "ว่างไม่ได้", "must not be empty")
        if any(ord(character) < 32 and character not in "\n\t" for character in value):
            raise _bad(where, "มีอักขระควบคุม", "holds control characters")
        if pattern is not None and not pattern.match(value):
            raise _bad(where, "รูปแบบไม่ถูกต้อง", "is not in the expected form")
        return value

    def integer(self, key: str, low: int, high: int, *, nullable: bool = False) -> int | None:
        value = self.value.get(key)
        where = f"{self.where}.{key}"
        if value is None and nullable and key in self.value:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(where, "ต้องเป็นจำนวนเต็ม", "must be a whole number")
        if not low <= value <= high:
            raise _bad(where, f"ต้องอยู่ระหว่าง {low} ถึง {high}", f"must be between {low} and {high}")
        return value

    def boolean(self, key: str, *, nullable: bool = False) -> bool | None:
        value = self.value.get(key)
        if value is None and nullable and key in self.value:
            return None
        if not isinstance(value, bool):
            raise _bad(f"{self.where}.{key}", "ต้องเป็นจริงหรือเท็จ", "must be true or false")
        return value

    def decimal(self, key: str, *, nullable: bool = False) -> str | None:
        value = self.value.get(key)
        if value is None and nullable and key in self.value:
            return None
        if not isinstance(value, str) or not _DECIMAL.match(value):
            raise _bad(f"{self.where}.{key}", "ต้องเป็นตัวเลขในรูปข้อความ เช่น \"12.5\"",
                       'must be a number written as text, e.g. "12.5"')
        return value

    def day(self, key: str, *, nullable: bool = False) -> date | None:
        value = self.value.get(key)
        if value is None and nullable and key in self.value:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise _bad(f"{self.where}.{key}", "ต้องเป็นวันที่ YYYY-MM-DD", "must be a date YYYY-MM-DD") from None

    def moment(self, key: str) -> str:
        value = self.value.get(key)
        try:
            if not isinstance(value, str) or not 19 <= len(value) <= 32:
                raise ValueError
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if not 2000 <= parsed.year <= 2200:
                raise ValueError
        except ValueError:
            raise _bad(f"{self.where}.{key}", "ต้องเป็นวันเวลา ISO 8601", "must be an ISO 8601 date and time") from None
        return value

    def items(self, key: str) -> list[Any]:
        value = self.value.get(key)
        if not isinstance(value, list):
            raise _bad(f"{self.where}.{key}", "ต้องเป็นรายการ", "must be a list")
        if len(value) > MAX_LIST:
            raise _bad(f"{self.where}.{key}", f"มีเกิน {MAX_LIST} รายการ", f"has more than {MAX_LIST} items")
        return value

    def identity(self) -> None:
        """Every record carries its stable uuid and last change."""
        self.text("uuid", 36, pattern=_UUID)
        self.moment("updated_at")


# --- the manifest --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Manifest:
    district_code: str
    district_name: str
    province_code: str
    period: BundlePeriod
    sequence: int
    created_at: str
    app_version: str
    files: dict[str, str]  # member name -> SHA-256 (hex)


def check_manifest(value: Any) -> Manifest:
    if isinstance(value, dict) and value.get("format") != FORMAT:
        raise rejected("not_a_bundle", "ไฟล์นี้ไม่ใช่ชุดรายงาน พชอ. (.pcha)", "This file is not a PCHA report bundle (.pcha)")
    if isinstance(value, dict) and value.get("schema_version") != SCHEMA_VERSION:
        raise _wrong_version(value.get("schema_version"))
    check = _Checker(value, "manifest", required=(
        "format", "schema_version", "app_version", "district_code", "district_name", "province_code", "period",
        "sequence", "created_at", "files"))
    district_code = check.text("district_code", 4, pattern=_DISTRICT)
    province_code = check.text("province_code", 2, pattern=_PROVINCE)
    if not district_code.startswith(province_code):
        raise _bad("manifest.district_code", "ไม่อยู่ในจังหวัดที่ระบุ", "is not in the province named")
    files = value["files"]
    if not isinstance(files, dict) or not files or len(files) > MAX_FILES:
        raise _bad("manifest.files", "ต้องเป็นรายการไฟล์", "must list the files")
    for name, digest in files.items():
        if not is_allowed_name(name) or name in (MANIFEST, SIGNATURE):
            raise rejected("unsafe_path", f"ชื่อไฟล์ {name[:60]} ในชุดรายงานไม่อนุญาต", f"The file name {name[:60]} is not allowed in a bundle")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _bad(f"manifest.files[{name[:60]}]", "ต้องเป็น SHA-256", "must be a SHA-256 digest")
    if DATA not in files:
        raise rejected("missing_file", "ชุดรายงานไม่มีไฟล์ data.json", "The bundle has no data.json")
    return Manifest(
        district_code=district_code,
        district_name=check.text("district_name", 100, empty=False),
        province_code=province_code,
        period=parse_period(check.text("period", 10)),
        sequence=check.integer("sequence", 1, 1_000_000) or 1,
        created_at=check.moment("created_at"),
        app_version=check.text("app_version", 40, empty=False),
        files=dict(files),
    )


def _wrong_version(version: Any) -> BundleRejected:
    shown = str(version)[:12]
    return rejected("wrong_version",
                    f"ชุดรายงานเป็นรูปแบบรุ่น {shown} โปรแกรมนี้อ่านได้รุ่น {SCHEMA_VERSION} (ปรับรุ่นโปรแกรมให้ตรงกัน)",
                    f"The bundle is format version {shown}; this program reads version {SCHEMA_VERSION}"
                    " (bring the programs to the same version)")


# --- data.json -----------------------------------------------------------------------------------------------

ISSUE_KEYS = ("uuid", "updated_at", "title", "area", "dimensions", "target_groups", "kpis", "notes", "activities")
OPTIONAL_PARTS = ("meetings", "uccare")  # filled by the meetings and UCCARE features (schema version 1, optional)
YEAR_STEPS = 15
STEP_STATES = ("done", "in_progress", "due_soon", "late", "not_started")


def check_data(value: Any, manifest: Manifest) -> dict[str, Any]:
    """data.json against schema version 1, and against the manifest it came with. Returns it unchanged."""
    if isinstance(value, dict) and value.get("schema") != DATA_SCHEMA:
        raise _bad("data.schema", f"ต้องเป็น {DATA_SCHEMA}", f"must be {DATA_SCHEMA}")
    if isinstance(value, dict) and value.get("schema_version") != SCHEMA_VERSION:
        raise _wrong_version(value.get("schema_version"))
    top = _Checker(value, "data", required=(
        "schema", "schema_version", "district", "period", "committee", "issues", "tambon_committees", "assessment"),
        optional=("changes_since_sent", "year_guide", *OPTIONAL_PARTS))
    district = _Checker(value["district"], "data.district", required=(
        "uuid", "updated_at", "code", "name", "province_code", "province_name", "office_name"))
    district.identity()
    if district.text("code", 4, pattern=_DISTRICT) != manifest.district_code:
        raise rejected("wrong_district", "รหัสอำเภอใน data.json ไม่ตรงกับใบกำกับ (manifest)",
                       "The district code in data.json is not the manifest's")
    district.text("name", 100, empty=False)
    if district.text("province_code", 2, pattern=_PROVINCE) != manifest.province_code:
        raise _bad("data.district.province_code", "ไม่ตรงกับใบกำกับ", "is not the manifest's")
    district.text("province_name", 100)
    district.text("office_name", 200)
    period = _Checker(value["period"], "data.period", required=("code", "fiscal_year", "start", "end"))
    if parse_period(period.text("code", 10)).code != manifest.period.code:
        raise _bad("data.period.code", "ไม่ตรงกับรอบในใบกำกับ", "is not the manifest's period")
    if period.integer("fiscal_year", 2500, 2700) != manifest.period.fiscal_year:
        raise _bad("data.period.fiscal_year", "ไม่ตรงกับรอบในใบกำกับ", "is not the manifest's period's")
    period.day("start")
    period.day("end")
    if value["committee"] is not None:
        _check_committee(value["committee"])
    for index, issue in enumerate(top.items("issues")):
        _check_issue(issue, f"data.issues[{index}]")
    for index, row in enumerate(top.items("tambon_committees")):
        tambon = _Checker(row, f"data.tambon_committees[{index}]", required=(
            "uuid", "updated_at", "name", "tambon_code", "area", "area_name", "member_count", "plan_status",
            "meetings_held"))
        tambon.identity()
        tambon.text("name", 300)
        tambon.text("tambon_code", 6, pattern=_TAMBON)
        tambon.text("area", 40)
        tambon.text("area_name", 200)
        tambon.integer("member_count", 0, 10_000)
        tambon.text("plan_status", 40)
        tambon.integer("meetings_held", 0, 1000)
    _check_assessment(value["assessment"])
    if value["assessment"]["fiscal_year"] != manifest.period.fiscal_year:
        raise _bad("data.assessment.fiscal_year", "ไม่ตรงกับรอบในใบกำกับ", "is not the manifest's period's")
    if top.has("changes_since_sent"):
        _check_changes(value["changes_since_sent"])
    if top.has("year_guide"):
        _check_year_guide(value["year_guide"])
    for part in OPTIONAL_PARTS:
        if top.has(part):
            _check_plain_json(value[part], f"data.{part}", depth=0)
    return value


def _check_year_guide(value: Any) -> None:
    """The year's fifteen steps (domain/year_guide.py) as of the period's end: counts and each step's state."""
    guide = _Checker(value, "data.year_guide", required=("as_of", "steps_done", "steps_late", "steps"))
    guide.day("as_of")
    done = guide.integer("steps_done", 0, YEAR_STEPS)
    late = guide.integer("steps_late", 0, YEAR_STEPS)
    steps = guide.items("steps")
    if len(steps) != YEAR_STEPS or done + late > YEAR_STEPS:
        raise _bad("data.year_guide.steps", f"ต้องมี {YEAR_STEPS} ขั้นตอน", f"must hold the {YEAR_STEPS} steps")
    states = []
    for index, row in enumerate(steps):
        step = _Checker(row, f"data.year_guide.steps[{index}]", required=(
            "number", "step", "state", "done", "total", "due"))
        if step.integer("number", 1, YEAR_STEPS) != index + 1:
            raise _bad(f"data.year_guide.steps[{index}].number", "ลำดับไม่ถูกต้อง", "is out of order")
        step.text("step", 40, empty=False)
        state = step.text("state", 20)
        if state not in STEP_STATES:
            raise _bad(f"data.year_guide.steps[{index}].state", "สถานะไม่ถูกต้อง", "is not a known state")
        states.append(state)
        total = step.integer("total", 0, 100_000)
        if step.integer("done", 0, 100_000) > total:
            raise _bad(f"data.year_guide.steps[{index}].done", "มากกว่าทั้งหมด", "is more than the total")
        step.day("due")
    if (states.count("done"), states.count("late")) != (done, late):
        raise _bad("data.year_guide", "จำนวนขั้นตอนไม่ตรงกับสถานะ", "the counts are not the steps' states")


def _check_committee(value: Any) -> None:
    committee = _Checker(value, "data.committee", required=("uuid", "updated_at", "name", "members"))
    committee.identity()
    committee.text("name", 300)
    for index, row in enumerate(committee.items("members")):
        member = _Checker(row, f"data.committee.members[{index}]", required=(
            "uuid", "updated_at", "full_name", "position", "organisation", "role", "sector"))
        member.identity()
        for key, length in (("full_name", 300), ("position", 200), ("organisation", 200), ("role", 40), ("sector", 40)):
            member.text(key, length)


def _check_issue(value: Any, where: str) -> None:
    issue = _Checker(value, where, required=ISSUE_KEYS)
    issue.identity()
    issue.text("title", 300, empty=False)
    issue.text("area", 40)
    for index, dimension in enumerate(issue.items("dimensions")):
        if not isinstance(dimension, str) or len(dimension) > 40:
            raise _bad(f"{where}.dimensions[{index}]", "ต้องเป็นข้อความสั้น", "must be a short text")
    for index, row in enumerate(issue.items("target_groups")):
        group = _Checker(row, f"{where}.target_groups[{index}]",
                         required=("uuid", "updated_at", "group", "label", "people_count"))
        group.identity()
        group.text("group", 40)
        group.text("label", 200)
        group.integer("people_count", 0, 100_000_000)
    for index, row in enumerate(issue.items("kpis")):
        kpi = _Checker(row, f"{where}.kpis[{index}]", required=(
            "uuid", "updated_at", "name", "unit", "direction", "combination", "target", "results", "baselines"))
        kpi.identity()
        kpi.text("name", 300, empty=False)
        kpi.text("unit", 60)
        kpi.text("direction", 40)
        kpi.text("combination", 40)
        kpi.decimal("target")
        _check_number_map(row["results"], f"{where}.kpis[{index}].results", 1, 4)
        _check_number_map(row["baselines"], f"{where}.kpis[{index}].baselines", 2500, 2700)
    for index, row in enumerate(issue.items("notes")):
        note = _Checker(row, f"{where}.notes[{index}]",
                        required=("uuid", "updated_at", "quarter", "obstacles", "suggestions"))
        note.identity()
        note.integer("quarter", 1, 4)
        note.text("obstacles")
        note.text("suggestions")
    for index, row in enumerate(issue.items("activities")):
        activity = _Checker(row, f"{where}.activities[{index}]", required=(
            "uuid", "updated_at", "name", "lead_agency", "status", "progress_percent", "start_date", "end_date",
            "budget_total"))
        activity.identity()
        activity.text("name", 300, empty=False)
        activity.text("lead_agency", 200)
        activity.text("status", 40)
        activity.integer("progress_percent", 0, 100)
        activity.day("start_date", nullable=True)
        activity.day("end_date", nullable=True)
        activity.decimal("budget_total")


def _check_number_map(value: Any, where: str, low: int, high: int) -> None:
    if not isinstance(value, dict) or len(value) > 20:
        raise _bad(where, "ต้องเป็นออบเจกต์ของตัวเลข", "must be an object of numbers")
    for key, number in value.items():
        if not key.isdigit() or not low <= int(key) <= high:
            raise _bad(f"{where}.{key[:10]}", f"คีย์ต้องอยู่ระหว่าง {low} ถึง {high}", f"keys must be {low} to {high}")
        if number is not None and (not isinstance(number, str) or not _DECIMAL.match(number)):
            raise _bad(f"{where}.{key}", "ต้องเป็นตัวเลขในรูปข้อความ", "must be a number written as text")


def _check_assessment(value: Any) -> None:
    assessment = _Checker(value, "data.assessment", required=("fiscal_year", "assessed", "passed", "years"))
    assessment.integer("fiscal_year", 2500, 2700)
    assessment.boolean("assessed")
    assessment.boolean("passed", nullable=True)
    seen: set[int] = set()
    for index, row in enumerate(assessment.items("years")):
        year = _Checker(row, f"data.assessment.years[{index}]",
                        required=("uuid", "updated_at", "fiscal_year", "passed", "source"))
        year.identity()
        fiscal_year = year.integer("fiscal_year", 2500, 2700)
        if fiscal_year in seen:
            raise _bad(f"data.assessment.years[{index}]", "ปีงบประมาณซ้ำ", "repeats a fiscal year")
        seen.add(fiscal_year or 0)
        year.boolean("passed")
        year.text("source", 40)


def _check_changes(value: Any) -> None:
    changes = _Checker(value, "data.changes_since_sent", required=("sent_sequence", "sent_at", "changed"))
    changes.integer("sent_sequence", 1, 1_000_000)
    changes.moment("sent_at")
    for index, row in enumerate(changes.items("changed")):
        change = _Checker(row, f"data.changes_since_sent.changed[{index}]", required=("uuid", "kind", "label", "change"))
        change.text("uuid", 36, pattern=_UUID)
        change.text("kind", 40)
        change.text("label", 300)
        if change.text("change", 10) not in ("added", "changed", "removed"):
            raise _bad(f"data.changes_since_sent.changed[{index}].change", "ต้องเป็น added, changed หรือ removed",
                       "must be added, changed or removed")


def _check_plain_json(value: Any, where: str, depth: int) -> None:
    """An optional part whose own schema another feature owns: bounded plain JSON until then."""
    if depth > 8:
        raise _bad(where, "ซ้อนลึกเกินไป", "is nested too deeply")
    if isinstance(value, dict):
        if len(value) > MAX_LIST:
            raise _bad(where, "ใหญ่เกินไป", "is too large")
        for key, item in value.items():
            _check_plain_json(item, f"{where}.{key[:30]}", depth + 1)
    elif isinstance(value, list):
        if len(value) > MAX_LIST:
            raise _bad(where, "ใหญ่เกินไป", "is too large")
        for index, item in enumerate(value):
            _check_plain_json(item, f"{where}[{index}]", depth + 1)
    elif isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise _bad(where, "ยาวเกินไป", "is too long")
    elif isinstance(value, float) and not math.isfinite(value):
        raise _bad(where, "ไม่ใช่ตัวเลข", "is not a number")


__all__ = [
    "BundlePeriod", "BundleRejected", "DATA", "EXTENSION", "MANIFEST", "Manifest", "REPORT_PDF", "SCHEMA_VERSION",
    "SIGNATURE", "WORKBOOK", "attachment_member_name", "canonical_json", "check_data", "check_manifest",
    "is_allowed_name", "parse_json", "parse_period", "rejected",
]
