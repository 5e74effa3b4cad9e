"""Province mode: the provincial health office's data folder, its districts' keys, verified imports, roll-up.

    init_province(database, "83", user)                  # a province data folder (setting: mode = province)
    register_key(database, "8301", pem_path, user)       # -> fingerprint to confirm by phone
    verify_bundle(raw, key_ring(database))               # -> VerifiedBundle or BundleRejected (nothing written)
    import_bundles(database, [paths], user)              # -> [ImportOutcome]: verified first, then one transaction
    province_rollup(database, "2564Q1")                  # -> domain.province_rollup.ProvinceRollup

Every check of ``verify_bundle`` runs before anything is written: the container (services/bundle_container),
the manifest, the signature by a registered key of the manifest's district, every file's SHA-256, data.json
against the schema. Importing the same bundle twice changes nothing; a higher sequence of the same district
and period becomes current and the older stays in the history; records are merged by uuid.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pcha_desktop.domain.bundle_format import (
    DATA,
    MANIFEST,
    MAX_BUNDLE_BYTES,
    MAX_JSON_BYTES,
    MAX_MANIFEST_BYTES,
    SIGNATURE,
    BundleRejected,
    Manifest,
    check_data,
    check_manifest,
    parse_json,
    rejected,
)
from pcha_desktop.domain.province_rollup import ProvinceRollup, district_rollup
from pcha_desktop.services.bundle_container import read_container
from pcha_desktop.services.bundles import period_of, records_of
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.province_mode import (
    MODE_SETTING,
    PROVINCE_CODE_SETTING,
    PROVINCE_MODE,
    PROVINCE_NAME_SETTING,
    ProvinceInfo,
    province_in,
    province_of,
)
from pcha_desktop.services.settings import read_setting, write_setting
from pcha_desktop.services.signing_keys import fingerprint, read_public_key_file, signature_holds
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import ImportedBundle, ProvinceRecord, RegisteredKey
from pcha_desktop.storage.models.base import new_uuid, utc_now

def require_province(database: Database) -> ProvinceInfo:
    return _required(province_of(database))


def _required(province: ProvinceInfo | None) -> ProvinceInfo:
    if province is None:
        raise UserFacingError("ข้อมูลชุดนี้ไม่ได้ตั้งเป็นโหมดจังหวัด (ตั้งได้ด้วย pcha init --province รหัสจังหวัด)",
                              "This data folder is not in province mode (set it up with pcha init --province CODE)",
                              field="mode")
    return province


def init_province(database: Database, province_code: str, user_name: str) -> ProvinceInfo:
    """Make this data folder the province's (refused where a district is already set up)."""
    from pcha_desktop.domain.admin_areas import load_admin_areas
    from pcha_desktop.services.district_profile import the_district

    try:
        province = load_admin_areas().province(province_code)
    except KeyError:
        raise UserFacingError(f"ไม่พบรหัสจังหวัด {province_code} (ดูรายการได้ด้วย: pcha areas)",
                              f"No province with code {province_code} (list them with: pcha areas)",
                              field="province") from None
    with database.unit_of_work(user_name) as session:
        if the_district(session) is not None:
            raise UserFacingError("ข้อมูลชุดนี้เป็นของอำเภอ ใช้โฟลเดอร์ข้อมูลใหม่สำหรับจังหวัด (--data-dir)",
                                  "This data folder belongs to a district; use a new data folder for the province"
                                  " (--data-dir)", field="province")
        current = read_setting(session, PROVINCE_CODE_SETTING)
        if current and current != province.code:
            raise UserFacingError(f"ข้อมูลชุดนี้ตั้งเป็นจังหวัดรหัส {current} แล้ว",
                                  f"This data folder is already set up for province {current}", field="province")
        write_setting(session, MODE_SETTING, PROVINCE_MODE)
        write_setting(session, PROVINCE_CODE_SETTING, province.code)
        write_setting(session, PROVINCE_NAME_SETTING, province.name_th)
    return ProvinceInfo(province.code, province.name_th)


# --- keys -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyRow:
    district_code: str
    district_name: str
    fingerprint: str
    registered_at: datetime
    retired_at: datetime | None


def register_key(database: Database, district_code: str, public_key_file: Path, user_name: str, *,
                 replace: bool = False) -> str:
    """Register a district's public key; returns its fingerprint (to read back to the district by phone).
    A district with a key keeps it unless ``replace`` (the old one is retired, not deleted)."""
    from pcha_desktop.domain.admin_areas import load_admin_areas

    province = require_province(database)
    try:
        district = load_admin_areas().district(district_code)
    except KeyError:
        raise UserFacingError(f"ไม่พบรหัสอำเภอ {district_code}", f"No district with code {district_code}",
                              field="district") from None
    if district.province_code != province.code:
        raise UserFacingError(f"อำเภอ{district.name_th} ({district_code}) ไม่อยู่ในจังหวัด{province.name}",
                              f"{district_code} is not a district of this province ({province.code})", field="district")
    raw = read_public_key_file(public_key_file)
    shown = fingerprint(raw)
    with database.unit_of_work(user_name) as session:
        existing = session.scalars(select(RegisteredKey).where(RegisteredKey.public_key == raw.hex())).first()
        if existing is not None:
            if existing.district_code != district_code:
                raise UserFacingError(f"กุญแจนี้ลงทะเบียนไว้แล้วสำหรับอำเภอรหัส {existing.district_code}",
                                      f"This key is already registered for district {existing.district_code}",
                                      field="public_key")
            if existing.retired_at is None:
                return shown  # the same key again: nothing changes
            raise UserFacingError("กุญแจนี้เคยถูกยกเลิกไปแล้ว ใช้ซ้ำไม่ได้", "This key was retired; it cannot be used again",
                                  field="public_key")
        active = list(session.scalars(select(RegisteredKey).where(RegisteredKey.district_code == district_code,
                                                                  RegisteredKey.retired_at.is_(None))))
        if active and not replace:
            raise UserFacingError(
                f"อำเภอรหัส {district_code} มีกุญแจอยู่แล้ว (ลายนิ้วมือ {active[0].fingerprint}) หากอำเภอเปลี่ยนกุญแจจริง"
                " (โทรยืนยันแล้ว) ใช้ --replace",
                f"District {district_code} already has a key (fingerprint {active[0].fingerprint}); if the district"
                " really replaced it (confirmed by phone), use --replace", field="public_key")
        for old in active:
            old.retired_at = utc_now()
        session.add(RegisteredKey(district_code=district_code, public_key=raw.hex(), fingerprint=shown))
    return shown


def registered_keys(database: Database) -> list[KeyRow]:
    from pcha_desktop.domain.admin_areas import load_admin_areas

    areas = load_admin_areas()
    with database.reader() as session:
        rows = session.execute(select(RegisteredKey.district_code, RegisteredKey.fingerprint,
                                      RegisteredKey.registered_at, RegisteredKey.retired_at)
                               .order_by(RegisteredKey.district_code, RegisteredKey.retired_at.is_not(None),
                                         RegisteredKey.id.desc())).all()
    result = []
    for row in rows:
        try:
            name = areas.district(row.district_code).name_th
        except KeyError:
            name = ""
        result.append(KeyRow(row.district_code, name, row.fingerprint, row.registered_at, row.retired_at))
    return result


@dataclass(frozen=True)
class KeyRing:
    """The registered, not retired keys: district code -> raw public keys."""

    by_district: dict[str, tuple[bytes, ...]]

    def district_of(self, signature: bytes, message: bytes) -> str | None:
        for code, keys in self.by_district.items():
            if any(signature_holds(key, signature, message) for key in keys):
                return code
        return None


def ring_of_key_file(raw: bytes, public_key_file: Path) -> KeyRing:
    """A ring of one key (``pcha verify --public-key``): the key counts as the bundle's district's."""
    key = read_public_key_file(public_key_file)
    files = read_container(raw)
    code = check_manifest(parse_json(files.get(MANIFEST, b""), MANIFEST)).district_code
    return KeyRing({code: (key,)})


def key_ring(database: Database) -> KeyRing:
    with database.reader() as session:
        rows = session.execute(select(RegisteredKey.district_code, RegisteredKey.public_key)
                               .where(RegisteredKey.retired_at.is_(None))).all()
    found: dict[str, list[bytes]] = {}
    for code, key in rows:
        found.setdefault(code, []).append(bytes.fromhex(key))
    return KeyRing({code: tuple(keys) for code, keys in found.items()})


# --- verifying ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    manifest_sha256: str
    manifest_json: str
    data: dict[str, Any]
    data_json: str
    fingerprint: str
    files: dict[str, int]  # member name -> size


def verify_bundle(raw: bytes, ring: KeyRing) -> VerifiedBundle:
    """Every check, in order; the first that fails raises BundleRejected with its reason."""
    files = read_container(raw)
    for required in (MANIFEST, SIGNATURE, DATA):
        if required not in files:
            raise rejected("missing_file", f"ชุดรายงานไม่มีไฟล์ {required}", f"The bundle has no {required}")
    manifest_bytes = files[MANIFEST]
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise rejected("too_large", "ใบกำกับ (manifest.json) ใหญ่ผิดปกติ", "manifest.json is suspiciously large")
    manifest = check_manifest(parse_json(manifest_bytes, MANIFEST))
    listed = set(manifest.files)
    present = set(files) - {MANIFEST, SIGNATURE}
    if listed != present:
        odd = sorted(listed ^ present)[0]
        raise rejected("missing_file", f"ไฟล์ {odd[:60]} ไม่ตรงกับรายการในใบกำกับ (manifest)",
                       f"The file {odd[:60]} does not match the manifest's list")
    signature = files[SIGNATURE]
    keys = ring.by_district.get(manifest.district_code, ())
    signed_by = next((key for key in keys if len(signature) == 64 and signature_holds(key, signature, manifest_bytes)),
                     None)
    if signed_by is None:
        other = ring.district_of(signature, manifest_bytes) if len(signature) == 64 else None
        if other is not None:
            raise rejected("wrong_district",
                           f"ชุดรายงานระบุว่าเป็นของอำเภอรหัส {manifest.district_code} แต่ลงนามด้วยกุญแจของอำเภอรหัส {other}",
                           f"The bundle says it is district {manifest.district_code}'s but is signed with the key of"
                           f" district {other}")
        if not keys:
            raise rejected("unregistered_key",
                           f"ยังไม่ได้ลงทะเบียนกุญแจของอำเภอรหัส {manifest.district_code} (pcha register-key)",
                           f"No key is registered for district {manifest.district_code} (pcha register-key)")
        raise rejected("bad_signature",
                       f"ลายมือชื่อดิจิทัลไม่ตรงกับกุญแจที่ลงทะเบียนของอำเภอรหัส {manifest.district_code}"
                       " (ไฟล์ถูกแก้ไข หรืออำเภอใช้กุญแจอื่น: โทรสอบถามอำเภอ)",
                       f"The signature does not match district {manifest.district_code}'s registered key (the file"
                       " was changed, or the district used another key: phone the district)")
    for name, digest in manifest.files.items():
        if hashlib.sha256(files[name]).hexdigest() != digest:
            raise rejected("changed_bytes", f"ไฟล์ {name} ในชุดรายงานถูกแก้ไขหลังลงนาม",
                           f"The file {name} in the bundle was changed after it was signed")
    if len(files[DATA]) > MAX_JSON_BYTES:
        raise rejected("too_large", "data.json ใหญ่เกินไป", "data.json is too large")
    data_text = files[DATA]
    data = check_data(parse_json(data_text, DATA), manifest)
    return VerifiedBundle(manifest, hashlib.sha256(manifest_bytes).hexdigest(), manifest_bytes.decode("utf-8"),
                          data, data_text.decode("utf-8"), fingerprint(signed_by),
                          {name: len(content) for name, content in files.items()})


def read_bundle_file(path: Path) -> bytes:
    path = Path(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise rejected("not_a_bundle", f"ไม่พบไฟล์ {path}", f"File not found: {path}")
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise rejected("too_large", f"ไฟล์ {path.name} ใหญ่เกินไป", f"The file {path.name} is too large")
        return path.read_bytes()
    except OSError as error:
        raise rejected("not_a_bundle", f"อ่านไฟล์ {path} ไม่ได้ ({error.strerror})",
                       f"Cannot read {path} ({error.strerror})") from None


# --- importing ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # imported / replaced / unchanged / older / rejected
    district_code: str = ""
    district_name: str = ""
    period: str = ""
    sequence: int = 0
    reason: str = ""
    message_th: str = ""
    message_en: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "rejected"


def import_bundles(database: Database, paths: Sequence[Path], user_name: str) -> list[ImportOutcome]:
    """Verify every file first, then import the good ones in one transaction. A bad file is reported with its
    reason and writes nothing."""
    province = require_province(database)
    ring = key_ring(database)
    outcomes: list[ImportOutcome | None] = []
    verified: list[tuple[int, Path, VerifiedBundle]] = []
    for index, path in enumerate(paths):
        try:
            bundle = verify_bundle(read_bundle_file(Path(path)), ring)
            if bundle.manifest.province_code != province.code:
                raise rejected("wrong_province", f"ชุดรายงานเป็นของจังหวัดรหัส {bundle.manifest.province_code}",
                               f"The bundle belongs to province {bundle.manifest.province_code}")
        except BundleRejected as refusal:
            outcomes.append(ImportOutcome(Path(path), "rejected", reason=refusal.reason,
                                          message_th=refusal.message_th, message_en=refusal.message_en))
            continue
        outcomes.append(None)
        verified.append((index, Path(path), bundle))
    if verified:
        with database.unit_of_work(user_name) as session:
            for index, path, bundle in verified:
                outcomes[index] = _import_one(session, path, bundle)
    return [outcome for outcome in outcomes if outcome is not None]


def _import_one(session, path: Path, bundle: VerifiedBundle) -> ImportOutcome:  # type: ignore[no-untyped-def]
    manifest = bundle.manifest
    done = ImportOutcome(path, "unchanged", manifest.district_code, manifest.district_name, manifest.period.code,
                         manifest.sequence)
    if session.scalar(select(ImportedBundle.id).where(ImportedBundle.manifest_sha256 == bundle.manifest_sha256)):
        return done
    current = session.execute(select(ImportedBundle.id, ImportedBundle.sequence).where(
        ImportedBundle.district_code == manifest.district_code, ImportedBundle.period == manifest.period.code,
        ImportedBundle.is_current.is_(True))).first()
    becomes_current = current is None or manifest.sequence > current.sequence
    if current is not None and becomes_current:
        session.execute(update(ImportedBundle).where(ImportedBundle.id == current.id).values(is_current=False))
    now = utc_now()
    bundle_id = session.execute(ImportedBundle.__table__.insert().values(
        uuid=new_uuid(), updated_at=now, district_code=manifest.district_code, district_name=manifest.district_name,
        period=manifest.period.code, sequence=manifest.sequence, manifest_sha256=bundle.manifest_sha256,
        created_at=manifest.created_at, imported_at=now, is_current=becomes_current,
        key_fingerprint=bundle.fingerprint, file_name=path.name[:255], manifest_json=bundle.manifest_json,
        data_json=bundle.data_json)).inserted_primary_key[0]
    _merge_records(session, manifest.district_code, bundle.data, bundle_id, now)
    status = "older" if not becomes_current else ("replaced" if current is not None else "imported")
    return ImportOutcome(path, status, manifest.district_code, manifest.district_name, manifest.period.code,
                         manifest.sequence)


def _merge_records(session, district_code: str, data: dict[str, Any], bundle_id: int, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Upsert every record by its uuid; a record changes only for a newer ``updated_at``."""
    rows = [{"uuid": new_uuid(), "updated_at": now, "district_code": district_code, "record_uuid": uuid,
             "kind": kind, "source_updated_at": updated_at, "payload": json.dumps({"label": label}, ensure_ascii=False),
             "bundle_id": bundle_id} for uuid, (kind, label, updated_at) in records_of(data).items()]
    if not rows:
        return
    statement = sqlite_insert(ProvinceRecord.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["record_uuid"],
        set_={"kind": statement.excluded.kind, "source_updated_at": statement.excluded.source_updated_at,
              "payload": statement.excluded.payload, "bundle_id": statement.excluded.bundle_id,
              "updated_at": statement.excluded.updated_at},
        where=(ProvinceRecord.__table__.c.source_updated_at < statement.excluded.source_updated_at)
        & (ProvinceRecord.__table__.c.district_code == statement.excluded.district_code),
    )
    session.execute(statement, rows)


@dataclass(frozen=True)
class ImportedRow:
    district_code: str
    district_name: str
    period: str
    sequence: int
    imported_at: datetime
    is_current: bool
    fingerprint: str
    file_name: str


def imported_bundles(database: Database, period: str | None = None) -> list[ImportedRow]:
    with database.reader() as session:
        query = select(ImportedBundle.district_code, ImportedBundle.district_name, ImportedBundle.period,
                       ImportedBundle.sequence, ImportedBundle.imported_at, ImportedBundle.is_current,
                       ImportedBundle.key_fingerprint, ImportedBundle.file_name)
        if period:
            query = query.where(ImportedBundle.period == period_of(period).code)
        rows = session.execute(query.order_by(ImportedBundle.imported_at.desc(), ImportedBundle.id.desc())).all()
    return [ImportedRow(*row) for row in rows]


# --- the roll-up ----------------------------------------------------------------------------------------------

def province_rollup(database: Database, period_text: str, district_codes: Iterable[str] | None = None) -> ProvinceRollup:
    """Seed 000's table for the period, from each district's current bundle; every district of the province
    is listed, those without a bundle as not sent."""
    from pcha_desktop.domain.admin_areas import load_admin_areas

    period = period_of(period_text)
    with database.reader() as session:  # one connection: the province and the bundles
        province = _required(province_in(session))
        current = {code: (sequence, text) for code, sequence, text in session.execute(
            select(ImportedBundle.district_code, ImportedBundle.sequence, ImportedBundle.data_json).where(
                ImportedBundle.period == period.code, ImportedBundle.is_current.is_(True)))}
    areas = load_admin_areas()
    districts = [(d.code, d.name_th) for d in areas.districts_of(province.code)] if district_codes is None else [
        (code, _district_name(areas, code)) for code in district_codes]
    rows = []
    for code, name in sorted(districts):
        sequence, text = current.get(code, (None, None))
        rows.append(district_rollup(code, name, json.loads(text) if text else None, sequence))
    return ProvinceRollup(province.code, province.name, period.code, period.fiscal_year, period.start.isoformat(),
                          period.end.isoformat(), tuple(rows),
                          tuple(range(period.fiscal_year - 3, period.fiscal_year)))


def write_province_report(rollup: ProvinceRollup, *, pdf: Path | None = None, xlsx: Path | None = None,
                          thai_digits: bool = False) -> None:
    """The roll-up as the official-style PDF and/or the workbook."""
    if pdf is not None:
        from pcha_desktop.exports.province_report_pdf import render_province_report

        render_province_report(rollup, pdf, thai_digits=thai_digits)
    if xlsx is not None:
        from pcha_desktop.exports.xlsx.province_workbook import write_province_workbook

        write_province_workbook(rollup, xlsx)


def _district_name(areas, code: str) -> str:  # type: ignore[no-untyped-def]
    try:
        return areas.district(code).name_th
    except KeyError:
        return code


__all__ = [
    "ImportOutcome", "ImportedRow", "KeyRing", "KeyRow", "ProvinceInfo", "VerifiedBundle", "import_bundles",
    "imported_bundles", "init_province", "key_ring", "province_of", "province_rollup", "read_bundle_file",
    "register_key", "registered_keys", "ring_of_key_file", "require_province", "verify_bundle", "write_province_report",
]
