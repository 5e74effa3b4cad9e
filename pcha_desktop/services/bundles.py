"""District side of the report bundle: data.json from the database, the signed ``.pcha`` file, sequence
numbers and reported marks.

    result = export_bundle(database, "2564Q1", Path("out.pcha"), files=BundleFiles(report_pdf=..., workbook=...))
    mark_sent(database, "2564Q1", user_name)        # the figures of that export are now "reported"
    period_status(database, "2564Q1").changes      # what changed since the bundle that was sent

``build_data(session, period)`` is the period's data.json (schema in domain/bundle_format.py and README):
the district, its committee (members' names, positions, roles: no contact details), the fiscal year's issues
with target groups (counts), KPIs, quarterly obstacles and suggestions, activities, the tambon-level
committees, the UCCARE pass results (services/uccare.py ``year_results``), and optionally ``meetings``/``uccare`` parts
(``extra_parts``: filled by those features once merged). Every record carries its uuid and updated_at.
The bundle writer itself only takes bytes: the report PDF, the workbook and attachments are whatever the
caller passes in ``BundleFiles`` (pluggable: the reports feature renders them).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcha_desktop import __version__
from pcha_desktop.domain.bundle_format import (
    DATA,
    DATA_SCHEMA,
    FORMAT,
    MANIFEST,
    REPORT_PDF,
    SCHEMA_VERSION,
    SIGNATURE,
    WORKBOOK,
    BundlePeriod,
    BundleRejected,
    attachment_member_name,
    canonical_json,
    parse_period,
)
from pcha_desktop.services.bundle_container import write_container
from pcha_desktop.services.district_profile import require_district
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.signing_keys import fingerprint, public_raw, sign, signing_key
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    BundleExport,
    Committee,
    CommitteeKind,
    CommitteeMembership,
    QualityOfLifeIssue,
    TambonCommitteeYear,
)
from pcha_desktop.storage.models.issues import Activity, IssueQuarterNote, IssueTargetGroup, Kpi

DEFAULT_EMAIL_LIMIT_BYTES = 20 * 1024 * 1024
EMAIL_LIMIT_SETTING = "bundle.email_limit_mb"

# Optional parts of data.json other features fill: name -> function(session, period) -> JSON value.
EXTRA_PARTS: dict[str, Callable[[Session, BundlePeriod], Any]] = {}


@dataclass(frozen=True)
class BundleFiles:
    """What goes into the bundle besides data.json: bytes or files, all optional."""

    report_pdf: Path | None = None
    workbook: Path | None = None
    attachments: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Change:
    uuid: str
    kind: str
    label: str
    change: str  # added / changed / removed


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period: str
    sequence: int
    size_bytes: int
    fingerprint: str
    changes: tuple[Change, ...] = ()
    over_email_limit: bool = False


@dataclass(frozen=True)
class PeriodStatus:
    period: str
    last_sequence: int | None
    sent_sequence: int | None
    sent_at: datetime | None
    changes: tuple[Change, ...] = field(default=())

    @property
    def reported(self) -> bool:
        return self.sent_sequence is not None


def period_of(text: str) -> BundlePeriod:
    try:
        return parse_period(text)
    except BundleRejected as error:
        raise UserFacingError(error.message_th, error.message_en, field="period") from None


def _moment(value: datetime | None, *, exact: bool = False) -> str:
    """ISO 8601 in UTC; ``exact`` keeps the microseconds (a record's updated_at: two edits in one second
    must still differ)."""
    value = value or datetime(2000, 1, 1)
    return value.isoformat(timespec="microseconds" if exact else "seconds") + "Z"  # one width: sorts as text


def _identity(row: Any) -> dict[str, str]:
    return {"uuid": row.uuid, "updated_at": _moment(row.updated_at, exact=True)}


def _decimal(value: Any) -> str | None:
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _active(memberships: list[CommitteeMembership], on: date) -> list[CommitteeMembership]:
    return [m for m in memberships if m.start_date <= on and (m.end_date is None or m.end_date >= on)]


def year_guide_part(database: Database, period: BundlePeriod) -> dict[str, Any]:
    """The year's fifteen steps as of the period's end (or today while it runs): the province sees every
    district's cycle, steps done and late (services/year_guide.py)."""
    from pcha_desktop.services.year_guide import year_guide

    guide = year_guide(database, period.fiscal_year, min(period.end, date.today()))
    done, late = guide.done_and_late
    return {"as_of": guide.today.isoformat(), "steps_done": done, "steps_late": late,
            "steps": [{"number": step.number, "step": step.step.value, "state": step.state.value,
                       "done": step.done, "total": step.total, "due": step.due.isoformat()}
                      for step in guide.steps]}


def build_data(session: Session, period: BundlePeriod) -> dict[str, Any]:
    """The period's data.json as a plain dict (schema version 1)."""
    district = require_district(session)
    data: dict[str, Any] = {
        "schema": DATA_SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "district": {**_identity(district), "code": district.district_code, "name": district.district_name,
                     "province_code": district.province_code, "province_name": district.province_name,
                     "office_name": district.office_name},
        "period": {"code": period.code, "fiscal_year": period.fiscal_year, "start": period.start.isoformat(),
                   "end": period.end.isoformat()},
        "committee": _committee(session, period),
        "issues": [_issue(row, period) for row in session.scalars(
            select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == period.fiscal_year)
            .order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id))],
        "tambon_committees": _tambon_committees(session, period),
        "assessment": _assessment(session, period),
    }
    for name, build in EXTRA_PARTS.items():
        value = build(session, period)
        if value is not None:
            data[name] = value
    return data


def _committee(session: Session, period: BundlePeriod) -> dict[str, Any] | None:
    committee = session.scalars(select(Committee).where(Committee.kind == CommitteeKind.DISTRICT)
                                .order_by(Committee.id).limit(1)).first()
    if committee is None:
        return None
    members = [{**_identity(m), "full_name": m.person.full_name, "position": m.person.position,
                "organisation": m.person.organisation, "role": m.role.value, "sector": m.sector.value}
               for m in _active(list(committee.memberships), period.end)]
    return {**_identity(committee), "name": committee.name, "members": members}


def _issue(issue: QualityOfLifeIssue, period: BundlePeriod) -> dict[str, Any]:
    session = Session.object_session(issue)
    assert session is not None
    quarters = set(period.quarters)
    groups = session.scalars(select(IssueTargetGroup).where(IssueTargetGroup.issue_id == issue.id)
                             .order_by(IssueTargetGroup.sort_order, IssueTargetGroup.id))
    kpis = session.scalars(select(Kpi).where(Kpi.issue_id == issue.id).order_by(Kpi.sort_order, Kpi.id))
    notes = session.scalars(select(IssueQuarterNote).where(IssueQuarterNote.issue_id == issue.id)
                            .order_by(IssueQuarterNote.quarter))
    activities = session.scalars(select(Activity).where(Activity.issue_id == issue.id)
                                 .order_by(Activity.sort_order, Activity.id))
    return {
        **_identity(issue), "title": issue.title, "area": issue.area.value,
        "dimensions": [d for d in issue.dimensions.split(",") if d],
        "target_groups": [{**_identity(g), "group": g.target_group.value, "label": g.label,
                           "people_count": g.people_count} for g in groups],
        "kpis": [{**_identity(k), "name": k.name, "unit": k.unit, "direction": k.direction.value,
                  "combination": k.combination.value, "target": _decimal(k.target),
                  "results": {str(r.quarter): _decimal(r.value) for r in k.results if r.quarter in quarters},
                  "baselines": {str(b.fiscal_year): _decimal(b.value) for b in k.typed_baselines}} for k in kpis],
        "notes": [{**_identity(n), "quarter": n.quarter, "obstacles": n.obstacles, "suggestions": n.suggestions}
                  for n in notes if n.quarter in quarters],
        "activities": [{**_identity(a), "name": a.name, "lead_agency": a.lead_agency, "status": a.status.value,
                        "progress_percent": a.progress_percent,
                        "start_date": a.start_date.isoformat() if a.start_date else None,
                        "end_date": a.end_date.isoformat() if a.end_date else None,
                        "budget_total": _decimal(sum((b.amount for b in a.budgets), start=0))} for a in activities],
    }


def _tambon_committees(session: Session, period: BundlePeriod) -> list[dict[str, Any]]:
    rows = []
    for committee in session.scalars(select(Committee).where(Committee.kind == CommitteeKind.TAMBON)
                                     .order_by(Committee.tambon_code, Committee.id)):
        if committee.tambon_code is None:
            continue
        year = session.scalars(select(TambonCommitteeYear).where(
            TambonCommitteeYear.committee_id == committee.id,
            TambonCommitteeYear.fiscal_year == period.fiscal_year)).first()
        count = committee.declared_member_count
        if count is None:
            count = len(_active(list(committee.memberships), period.end))
        rows.append({**_identity(committee), "name": committee.name, "tambon_code": committee.tambon_code,
                     "area": committee.area.value if committee.area else "tambon", "area_name": committee.area_name,
                     "member_count": count, "plan_status": year.plan_status.value if year else "none",
                     "meetings_held": year.meetings_held if year else 0})
    return rows


def _assessment(session: Session, period: BundlePeriod) -> dict[str, Any]:
    """Seed 000's figures for the district: assessed (target 1) and passed (result 1) in the period's fiscal
    year, and every earlier year's pass flag (the province takes the three before as baselines), all from
    the one source, services/uccare.py ``year_results`` (assessments, else a typed past year)."""
    from pcha_desktop.services.uccare import year_results_in

    results = year_results_in(session, period.fiscal_year)
    current = results.get(period.fiscal_year)
    return {"fiscal_year": period.fiscal_year, "assessed": current is not None and current.assessed,
            "passed": current.passed if current is not None else None,
            "years": [{**_identity(row), "fiscal_year": row.fiscal_year, "passed": row.passed, "source": row.source.value}
                      for row in results.values() if row.passed is not None]}


# --- records and what changed ---------------------------------------------------------------------------------

def records_of(data: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """Every record of a data.json: uuid -> (kind, label, updated_at)."""
    found: dict[str, tuple[str, str, str]] = {}

    def add(kind: str, row: dict[str, Any], label: str) -> None:
        found[row["uuid"]] = (kind, label[:300], row["updated_at"])

    add("district", data["district"], data["district"]["name"])
    if data.get("committee"):
        add("committee", data["committee"], data["committee"]["name"])
        for member in data["committee"]["members"]:
            add("member", member, member["full_name"])
    for issue in data["issues"]:
        add("issue", issue, issue["title"])
        for kind, key, label in (("target_group", "target_groups", "group"), ("kpi", "kpis", "name"),
                                 ("note", "notes", "quarter"), ("activity", "activities", "name")):
            for row in issue[key]:
                add(kind, row, f"{issue['title']}: {row[label]}")
    for row in data["tambon_committees"]:
        add("tambon_committee", row, row["name"])
    for row in data["assessment"]["years"]:  # the result in the label: a changed rule changes it, not updated_at
        add("assessment", row, f"{row['fiscal_year']}: {'ผ่าน' if row['passed'] else 'ไม่ผ่าน'}")
    return found


def changes_between(sent: dict[str, list[str]], now: dict[str, tuple[str, str, str]]) -> tuple[Change, ...]:
    changes = [Change(uuid, kind, label, "added" if uuid not in sent else "changed")
               for uuid, (kind, label, updated_at) in now.items()
               if uuid not in sent or sent[uuid][2] != updated_at
               or (kind == "assessment" and sent[uuid][1] != label)]  # a result the rules changed: no updated_at
    changes += [Change(uuid, kind, label, "removed") for uuid, (kind, label, _updated) in sent.items()
                if uuid not in now]
    return tuple(changes)


def _sent_export(session: Session, period: str) -> BundleExport | None:
    return session.scalars(select(BundleExport).where(BundleExport.period == period,
                                                      BundleExport.sent_at.is_not(None))
                           .order_by(BundleExport.sequence.desc()).limit(1)).first()


def period_status(database: Database, period_text: str) -> PeriodStatus:
    """Whether the period was reported, and what changed since the bundle that was sent."""
    period = period_of(period_text)
    with database.reader() as session:
        last = session.scalar(select(func.max(BundleExport.sequence)).where(BundleExport.period == period.code))
        sent = _sent_export(session, period.code)
        if sent is None:
            return PeriodStatus(period.code, last, None, None)
        changes = changes_between(json.loads(sent.records), records_of(build_data(session, period)))
        return PeriodStatus(period.code, last, sent.sequence, sent.sent_at, changes)


def mark_sent(database: Database, period_text: str, user_name: str, sequence: int | None = None) -> int:
    """Mark the period's latest export (or ``sequence``) as sent to the province; returns its sequence."""
    period = period_of(period_text)
    with database.unit_of_work(user_name) as session:
        query = select(BundleExport).where(BundleExport.period == period.code)
        if sequence is not None:
            query = query.where(BundleExport.sequence == sequence)
        export = session.scalars(query.order_by(BundleExport.sequence.desc()).limit(1)).first()
        if export is None:
            raise UserFacingError(f"ยังไม่ได้ส่งออกชุดรายงานรอบ {period.code}",
                                  f"No bundle of {period.code} has been exported yet", field="period")
        export.sent_at = datetime.now(timezone.utc).replace(tzinfo=None)
        return export.sequence


# --- writing the bundle ---------------------------------------------------------------------------------------

def _read_input(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserFacingError(f"อ่านไฟล์ {path} ไม่ได้ ({error.strerror})", f"Cannot read {path} ({error.strerror})",
                              field="file") from None


def email_limit_bytes(database: Database) -> int:
    from pcha_desktop.services.settings import get_setting

    text = get_setting(database, EMAIL_LIMIT_SETTING, "")
    return int(text) * 1024 * 1024 if text.isdigit() and int(text) > 0 else DEFAULT_EMAIL_LIMIT_BYTES


def set_email_limit_mb(database: Database, megabytes: int, user_name: str) -> None:
    """The largest e-mail attachment the provincial office receives, in MB (1 to 1000; audited)."""
    if not 1 <= megabytes <= 1000:
        raise UserFacingError("ขนาดที่อีเมลรับได้ต้องอยู่ระหว่าง 1 ถึง 1000 MB",
                              "The e-mail limit must be between 1 and 1000 MB", field="email_limit")
    from pcha_desktop.services.settings import set_setting

    set_setting(database, EMAIL_LIMIT_SETTING, str(megabytes), user_name)


def export_bundle(database: Database, period_text: str, out: Path, user_name: str, *,
                  files: BundleFiles = BundleFiles(), user_folder: Path | None = None,
                  now: datetime | None = None) -> ExportResult:
    """Write the period's signed bundle to ``out`` and record it (its sequence is one more than the last)."""
    period = period_of(period_text)
    members: dict[str, bytes] = {}
    if files.report_pdf is not None:
        members[REPORT_PDF] = _read_input(files.report_pdf)
    if files.workbook is not None:
        members[WORKBOOK] = _read_input(files.workbook)
    for index, attachment in enumerate(files.attachments, start=1):
        members[attachment_member_name(index, Path(attachment).name)] = _read_input(attachment)
    out = Path(out)
    steps = year_guide_part(database, period)
    with database.unit_of_work(user_name) as session:
        data = build_data(session, period)
        data["year_guide"] = steps
        district = data["district"]
        key = signing_key(district["code"], user_folder)
        sequence = (session.scalar(select(func.max(BundleExport.sequence))
                                   .where(BundleExport.period == period.code)) or 0) + 1
        sent = _sent_export(session, period.code)
        records = records_of(data)
        changes: tuple[Change, ...] = ()
        if sent is not None:
            changes = changes_between(json.loads(sent.records), records)
            data["changes_since_sent"] = {"sent_sequence": sent.sequence, "sent_at": _moment(sent.sent_at),
                                          "changed": [vars(change) for change in changes]}
        created = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
        raw, manifest_bytes = seal_bundle(data, members, key, sequence=sequence, created=created)
        session.add(BundleExport(period=period.code, sequence=sequence, created_at=created, file_name=out.name,
                                 manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
                                 records=json.dumps({uuid: list(value) for uuid, value in records.items()},
                                                    ensure_ascii=False)))
        session.flush()
        _write_file(out, raw)  # inside the transaction: no file, no record
    return ExportResult(out, period.code, sequence, len(raw), fingerprint(public_raw(key)), changes,
                        len(raw) > email_limit_bytes(database))


def seal_bundle(data: dict[str, Any], members: dict[str, bytes], key: Any, *, sequence: int,
                created: datetime) -> tuple[bytes, bytes]:
    """The bundle's bytes and its manifest's: data.json and ``members`` hashed into the manifest, the manifest
    signed with ``key`` (an Ed25519 private key), all in the canonical container."""
    district = data["district"]
    files = {**members, DATA: canonical_json(data)}
    manifest = {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "app_version": __version__,
        "district_code": district["code"], "district_name": district["name"],
        "province_code": district["province_code"], "period": data["period"]["code"], "sequence": sequence,
        "created_at": _moment(created),
        "files": {name: hashlib.sha256(content).hexdigest() for name, content in sorted(files.items())},
    }
    manifest_bytes = canonical_json(manifest)
    files[MANIFEST] = manifest_bytes
    files[SIGNATURE] = sign(key, manifest_bytes)
    return write_container(files), manifest_bytes


def _write_file(out: Path, raw: bytes) -> None:
    temporary = out.with_name(out.name + ".part")
    try:
        temporary.write_bytes(raw)
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserFacingError(f"เขียนไฟล์ {out} ไม่ได้ ({error.strerror})", f"Cannot write {out} ({error.strerror})",
                              field="out") from None


def write_bundle_email(database: Database, bundle: Path, period_text: str, out_path: Path) -> Path:
    """The e-mail draft (.eml, unsent: the mail program opens it ready to send) to the provincial office of
    the district profile, Thai subject and body naming the district and the period, the bundle attached
    (exports/email_draft.py, as the minutes' e-mail). Nothing in the database changes: the secretary marks
    the bundle sent once it went."""
    from pcha_desktop.domain.report_periods import parse_period
    from pcha_desktop.exports.email_draft import EmailAttachment, write_email_draft

    period = parse_period(period_text)
    with database.reader() as session:
        district = require_district(session)
        to, name, office = district.provincial_office_email, district.district_name, district.office_name
    if not to:
        raise UserFacingError("ยังไม่ได้ระบุอีเมลของสำนักงานสาธารณสุขจังหวัดในข้อมูลอำเภอ",
                              "The provincial health office's e-mail is not in the district profile yet",
                              field="provincial_office_email")
    subject = f"ส่งรายงานผลการดำเนินงาน พชอ. อำเภอ{name} {period.name_th()}"
    body = (f"เรียน สำนักงานสาธารณสุขจังหวัด\n\n"
            f"{office} ขอส่งชุดรายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{name}"
            f" {period.label_th()} มาพร้อมนี้ (ไฟล์ {Path(bundle).name} ลงนามด้วยกุญแจของอำเภอ)"
            f" กรุณานำเข้าด้วยโปรแกรม พชอ. ในโหมดจังหวัด\n\nขอแสดงความนับถือ\n{office}\n")
    attachment = EmailAttachment(Path(bundle).name, _read_input(Path(bundle)), "application/octet-stream")
    return write_email_draft(to, subject, body, [attachment], Path(out_path))


__all__ = [
    "BundleFiles", "Change", "EXTRA_PARTS", "ExportResult", "PeriodStatus", "build_data", "changes_between",
    "email_limit_bytes", "export_bundle", "mark_sent", "period_of", "period_status",
    "records_of", "seal_bundle", "set_email_limit_mb", "write_bundle_email",
]
