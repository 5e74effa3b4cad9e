"""Tambon committees (พชต.) and the district team's visits to them.

A tambon-level committee covers a whole tambon (``CommitteeArea.TAMBON``, at most one per tambon) or the
area of one tambon health promoting hospital (รพ.สต.) in it (``CommitteeArea.HEALTH_CENTRE``, named by the
รพ.สต.); one tambon can hold several (Wang Chin: 17 committees, 357 people, in 7 tambons). Each has a chair,
a member count or the full member list (the member functions of ``services.committees`` work on it), and
per fiscal year its plan status and the meetings it held. ``save_tambon_rows`` enters many committees at
once in one transaction. A tambon counts as covered when any committee covers it or an area in it.
Visits: date, tambon, team, findings, follow-ups, photos.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pcha_desktop.domain.admin_areas import Tambon, load_admin_areas
from pcha_desktop.domain.committee_rules import same_person_name, split_title
from pcha_desktop.domain.text_input import TextInputError, clean_text
from pcha_desktop.domain.committee_terms import CommitteeArea, CommitteeKind, CommitteeRole, PlanStatus, Sector
from pcha_desktop.domain.thai_calendar import fiscal_year_of, fiscal_year_range
from pcha_desktop.domain.thai_text import learn_names
from pcha_desktop.services.attachments import IMAGES, AttachmentInfo, info_of, read_verified, store_file
from pcha_desktop.services.committees import (
    CommitteeRow,
    MemberInput,
    add_member_in,
    assert_possible,
    committee_row,
    load_committee,
    load_profile,
    memberships_of,
)
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.member_import import RowProblem
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    Committee,
    CommitteeMembership,
    DistrictVisit,
    DistrictVisitPhoto,
    Person,
    TambonCommitteeYear,
)

MAX_MEMBER_COUNT = 500
MAX_MEETINGS = 100
PLAN_STATUS_LABELS_TH = {
    PlanStatus.NONE: "ยังไม่มีแผน",
    PlanStatus.DRAFTING: "อยู่ระหว่างจัดทำแผน",
    PlanStatus.APPROVED: "มีแผนที่ผ่านความเห็นชอบแล้ว",
}


# --- data -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TambonRef:
    code: str
    name: str  # "กะรน"
    official_name: str  # "ตำบลกะรน"


@dataclass(frozen=True)
class TambonStatus:
    """One line of the tambon table for a fiscal year."""

    tambon: TambonRef
    committee_id: int | None
    chair_name: str
    member_count: int | None  # the declared count, else the members listed; None without a committee
    has_member_list: bool
    plan_status: PlanStatus
    meetings_held: int
    last_visit: date | None  # in that fiscal year
    area_name: str = ""  # "" for the whole tambon's committee (or none); the รพ.สต. for an area's committee


@dataclass(frozen=True)
class TambonCommitteeEntry:
    """One row of the quick entry table (None / "" leaves a value as it is). ``area_name`` "" means the
    whole tambon's committee; a รพ.สต.'s name means the committee of that area (made if missing)."""

    tambon_code: str
    chair_name: str = ""
    chair_position: str = ""
    member_count: int | None = None
    plan_status: PlanStatus | None = None
    meetings_held: int | None = None
    area_name: str = ""


@dataclass(frozen=True)
class VisitInput:
    visit_date: date
    tambon_code: str
    team_members: str = ""
    findings: str = ""
    follow_ups: str = ""


@dataclass(frozen=True)
class VisitPhoto:
    id: int
    caption: str
    attachment: AttachmentInfo


@dataclass(frozen=True)
class VisitRow:
    id: int
    visit_date: date
    tambon: TambonRef
    team_members: str
    findings: str
    follow_ups: str
    photos: tuple[VisitPhoto, ...]


class TambonRowsInvalid(UserFacingError):
    """Some rows of a quick entry are wrong; nothing was saved. ``problems`` name the rows (1 = first)."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(
            f"ยังไม่ได้บันทึก: มี {len({p.row_number for p in problems})} แถวที่ต้องแก้ไข",
            f"Nothing saved: {len({p.row_number for p in problems})} rows need fixing",
        )
        self.problems = problems


# --- tambons of the district ----------------------------------------------------------------------------


def _ref(tambon: Tambon) -> TambonRef:
    return TambonRef(tambon.code, tambon.name_th, tambon.official_name)


def _district_tambons(session: Session) -> list[TambonRef]:
    profile = load_profile(session)
    try:
        return [_ref(tambon) for tambon in load_admin_areas().tambons_of(profile.district_code)]
    except KeyError:
        return []


def district_tambons(database: Database) -> list[TambonRef]:
    with database.reader() as session:
        return _district_tambons(session)


def _all_tambon_committees(session: Session) -> list[Committee]:
    query = select(Committee).where(Committee.kind == CommitteeKind.TAMBON, Committee.tambon_code.is_not(None))
    return list(session.scalars(query.order_by(Committee.tambon_code, Committee.area_name, Committee.id)))


def _tambon_committees(session: Session) -> dict[str, Committee]:
    """The whole-tambon committee of each tambon that has one."""
    return {c.tambon_code: c for c in _all_tambon_committees(session) if c.area == CommitteeArea.TAMBON}


def _area_committees(session: Session) -> dict[str, list[Committee]]:
    """The รพ.สต. areas' committees of each tambon, by area name."""
    areas: dict[str, list[Committee]] = {}
    for committee in _all_tambon_committees(session):
        if committee.area == CommitteeArea.HEALTH_CENTRE:
            areas.setdefault(committee.tambon_code, []).append(committee)
    return areas


def _year_row(session: Session, committee_id: int, fiscal_year: int) -> TambonCommitteeYear | None:
    query = select(TambonCommitteeYear).where(
        TambonCommitteeYear.committee_id == committee_id, TambonCommitteeYear.fiscal_year == fiscal_year
    )
    return session.scalars(query).first()


def _active(memberships: list[CommitteeMembership], day: date) -> list[CommitteeMembership]:
    return [m for m in memberships if m.start_date <= day and (m.end_date is None or day < m.end_date)]


def _visits_in_year(session: Session, fiscal_year: int) -> list[DistrictVisit]:
    start, end = fiscal_year_range(fiscal_year)
    query = select(DistrictVisit).where(DistrictVisit.visit_date >= start, DistrictVisit.visit_date <= end)
    return list(session.scalars(query.order_by(DistrictVisit.visit_date, DistrictVisit.id)))


def _status(session: Session, tambon: TambonRef, committee: Committee | None, fiscal_year: int,
            last_visit: date | None, today: date) -> TambonStatus:
    if committee is None:
        return TambonStatus(tambon, None, "", None, False, PlanStatus.NONE, 0, last_visit)
    area_name = committee.area_name if committee.area == CommitteeArea.HEALTH_CENTRE else ""
    active = _active(memberships_of(session, committee.id), today)
    chair = next((m for m in active if m.role == CommitteeRole.CHAIR), None)
    learn_names([chair.person.full_name] if chair else [])  # the segmenter keeps printed names whole
    year = _year_row(session, committee.id, fiscal_year)
    count = committee.declared_member_count if committee.declared_member_count is not None else len(active)
    return TambonStatus(
        tambon=tambon, committee_id=committee.id, chair_name=chair.person.full_name if chair else "",
        member_count=count, has_member_list=len(active) > 1, plan_status=year.plan_status if year else PlanStatus.NONE,
        meetings_held=year.meetings_held if year else 0, last_visit=last_visit, area_name=area_name,
    )


def area_committees_overview(database: Database, fiscal_year: int, today: date | None = None) -> list[TambonStatus]:
    """The committees of รพ.สต. areas, tambon by tambon, with their state in ``fiscal_year`` (the whole-tambon
    committees are in ``tambon_overview``)."""
    today = today or date.today()
    with database.reader() as session:
        areas = _area_committees(session)
        last_visits = {visit.tambon_code: visit.visit_date for visit in _visits_in_year(session, fiscal_year)}
        return [
            _status(session, tambon, committee, fiscal_year, last_visits.get(tambon.code), today)
            for tambon in _district_tambons(session)
            for committee in areas.get(tambon.code, [])
        ]


def tambon_overview(database: Database, fiscal_year: int, today: date | None = None) -> list[TambonStatus]:
    """Every tambon of the district with its whole-tambon committee's state in ``fiscal_year``."""
    today = today or date.today()
    with database.reader() as session:
        committees = _tambon_committees(session)
        last_visits: dict[str, date] = {}
        for visit in _visits_in_year(session, fiscal_year):
            last_visits[visit.tambon_code] = visit.visit_date
        return [
            _status(session, tambon, committees.get(tambon.code), fiscal_year, last_visits.get(tambon.code), today)
            for tambon in _district_tambons(session)
        ]


def committees_overview(database: Database, fiscal_year: int, today: date | None = None) -> list[TambonStatus]:
    """Every tambon-level committee with its state in ``fiscal_year``, tambon by tambon (the whole tambon's
    committee first, then the รพ.สต. areas' by name), and one row without a committee for each tambon
    that has none. A handful of queries whatever the number of committees."""
    today = today or date.today()
    with database.reader() as session:
        by_tambon: dict[str, list[Committee]] = {}
        for committee in _all_tambon_committees(session):
            by_tambon.setdefault(committee.tambon_code, []).append(committee)
        ids = [committee.id for tambon_list in by_tambon.values() for committee in tambon_list]
        chairs: dict[int, str] = {}
        listed: dict[int, int] = {}
        if ids:  # the active memberships as plain rows: ten years of changes make no objects to build
            active = (
                select(CommitteeMembership.committee_id, CommitteeMembership.role, Person.title, Person.first_name,
                       Person.last_name)
                .join(Person, Person.id == CommitteeMembership.person_id)
                .where(CommitteeMembership.committee_id.in_(ids), CommitteeMembership.start_date <= today,
                       or_(CommitteeMembership.end_date.is_(None), CommitteeMembership.end_date > today))
                .order_by(CommitteeMembership.sort_order, CommitteeMembership.id)
            )
            for committee_id, role, title, first_name, last_name in session.execute(active):
                listed[committee_id] = listed.get(committee_id, 0) + 1
                if role == CommitteeRole.CHAIR:
                    chairs.setdefault(committee_id, Person(title=title, first_name=first_name,
                                                           last_name=last_name).full_name)
        years = {
            year.committee_id: year
            for year in session.scalars(select(TambonCommitteeYear).where(TambonCommitteeYear.fiscal_year == fiscal_year))
        }
        learn_names(list(chairs.values()))  # the segmenter keeps printed names whole
        last_visits = {visit.tambon_code: visit.visit_date for visit in _visits_in_year(session, fiscal_year)}
        rows: list[TambonStatus] = []
        for tambon in _district_tambons(session):
            last_visit = last_visits.get(tambon.code)
            found = sorted(by_tambon.get(tambon.code, []), key=lambda c: (c.area != CommitteeArea.TAMBON, c.area_name, c.id))
            if not found:
                rows.append(TambonStatus(tambon, None, "", None, False, PlanStatus.NONE, 0, last_visit))
            for committee in found:
                year = years.get(committee.id)
                count = listed.get(committee.id, 0)
                rows.append(TambonStatus(
                    tambon=tambon, committee_id=committee.id, chair_name=chairs.get(committee.id, ""),
                    member_count=committee.declared_member_count if committee.declared_member_count is not None else count,
                    has_member_list=count > 1, plan_status=year.plan_status if year else PlanStatus.NONE,
                    meetings_held=year.meetings_held if year else 0, last_visit=last_visit,
                    area_name=committee.area_name if committee.area == CommitteeArea.HEALTH_CENTRE else "",
                ))
        return rows


def tambons_without_committee(database: Database) -> list[TambonRef]:
    """The tambons that no committee covers, neither the whole tambon nor a รพ.สต.'s area in it."""
    with database.reader() as session:
        covered = {committee.tambon_code for committee in _all_tambon_committees(session)}
        return [tambon for tambon in _district_tambons(session) if tambon.code not in covered]


def tambons_not_visited(database: Database, fiscal_year: int) -> list[TambonRef]:
    with database.reader() as session:
        visited = {visit.tambon_code for visit in _visits_in_year(session, fiscal_year)}
        return [tambon for tambon in _district_tambons(session) if tambon.code not in visited]


# --- committees -----------------------------------------------------------------------------------------


def _check_tambon(session: Session, tambon_code: str) -> TambonRef:
    tambon = next((t for t in _district_tambons(session) if t.code == tambon_code), None)
    if tambon is None:
        raise UserFacingError(f"ตำบลรหัส {tambon_code} ไม่อยู่ในอำเภอนี้", f"Tambon {tambon_code} is not in this district",
                              field="tambon_code")
    return tambon


MAX_AREA_NAME = 200


def _clean_area_name(area_name: str) -> str:
    name = " ".join(area_name.split())
    if len(name) > MAX_AREA_NAME:
        raise UserFacingError(f"ชื่อ รพ.สต. ยาวเกิน {MAX_AREA_NAME} ตัวอักษร",
                              f"The health centre's name is longer than {MAX_AREA_NAME} characters", field="area_name")
    return name


def _ensure_committee(session: Session, tambon: TambonRef, area_name: str = "") -> Committee:
    """The committee of the whole tambon (``area_name`` "") or of the named รพ.สต.'s area, made if missing."""
    area_name = _clean_area_name(area_name)
    if not area_name:
        committee = _tambon_committees(session).get(tambon.code)
        area, name = CommitteeArea.TAMBON, f"คณะกรรมการพัฒนาคุณภาพชีวิตระดับ{tambon.official_name}"
    else:
        same = [c for c in _area_committees(session).get(tambon.code, []) if c.area_name == area_name]
        committee = same[0] if same else None
        area, name = CommitteeArea.HEALTH_CENTRE, f"คณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล {area_name} {tambon.official_name}"
    if committee is None:
        committee = Committee(kind=CommitteeKind.TAMBON, name=name, tambon_code=tambon.code, area=area,
                              area_name=area_name)
        session.add(committee)
        session.flush()
    return committee


def ensure_tambon_committee(database: Database, tambon_code: str, user_name: str, area_name: str = "") -> CommitteeRow:
    """The committee of the whole tambon, or (``area_name``) of a รพ.สต.'s area in it; made if missing."""
    with database.unit_of_work(user_name) as session:
        return committee_row(_ensure_committee(session, _check_tambon(session, tambon_code), area_name))


def add_area_committee(database: Database, tambon_code: str, area_name: str, user_name: str) -> CommitteeRow:
    """A new committee for the area of a รพ.สต. in the tambon; refused if that area has one already."""
    name = _clean_area_name(area_name)
    if not name:
        raise UserFacingError("กรุณาใส่ชื่อ รพ.สต.", "Please enter the health centre's name", field="area_name")
    with database.unit_of_work(user_name) as session:
        tambon = _check_tambon(session, tambon_code)
        if any(c.area_name == name for c in _area_committees(session).get(tambon.code, [])):
            raise UserFacingError(f"พื้นที่ {name} ใน{tambon.official_name} มีคณะกรรมการอยู่แล้ว",
                                  f"{name} in {tambon.official_name} already has a committee", field="area_name")
        return committee_row(_ensure_committee(session, tambon, name))


def set_declared_member_count(database: Database, committee_id: int, count: int | None, user_name: str) -> None:
    """A count when the member list is not kept (None: count the listed members instead)."""
    if count is not None and not 0 <= count <= MAX_MEMBER_COUNT:
        raise UserFacingError(f"จำนวนกรรมการต้องอยู่ระหว่าง 0 ถึง {MAX_MEMBER_COUNT}",
                              f"The member count must be 0 to {MAX_MEMBER_COUNT}", field="member_count")
    with database.unit_of_work(user_name) as session:
        load_committee(session, committee_id).declared_member_count = count


def _set_year(session: Session, committee_id: int, fiscal_year: int, plan_status: PlanStatus | None,
              meetings_held: int | None) -> None:
    year = _year_row(session, committee_id, fiscal_year)
    if year is None:
        year = TambonCommitteeYear(committee_id=committee_id, fiscal_year=fiscal_year,
                                   plan_status=PlanStatus.NONE, meetings_held=0)
        session.add(year)
    if plan_status is not None:
        year.plan_status = plan_status
    if meetings_held is not None:
        year.meetings_held = meetings_held


def set_tambon_year(database: Database, committee_id: int, fiscal_year: int, user_name: str,
                    plan_status: PlanStatus | None = None, meetings_held: int | None = None) -> None:
    if meetings_held is not None and not 0 <= meetings_held <= MAX_MEETINGS:
        raise UserFacingError("จำนวนครั้งการประชุมไม่ถูกต้อง", "The number of meetings is not valid", field="meetings_held")
    with database.unit_of_work(user_name) as session:
        load_committee(session, committee_id)
        _set_year(session, committee_id, fiscal_year, plan_status, meetings_held)


def _entry_problems(row_number: int, entry: TambonCommitteeEntry, codes: set[str]) -> list[RowProblem]:
    problems: list[RowProblem] = []

    def problem(column: str, th: str, en: str) -> None:
        problems.append(RowProblem(row_number, column, th, en))

    if entry.tambon_code not in codes:
        problem("tambon_code", f"ตำบลรหัส {entry.tambon_code} ไม่อยู่ในอำเภอนี้", f"Tambon {entry.tambon_code} is not in this district")
    if entry.member_count is not None and not 0 <= entry.member_count <= MAX_MEMBER_COUNT:
        problem("member_count", "จำนวนกรรมการไม่ถูกต้อง", "The member count is not valid")
    if entry.meetings_held is not None and not 0 <= entry.meetings_held <= MAX_MEETINGS:
        problem("meetings_held", "จำนวนครั้งการประชุมไม่ถูกต้อง", "The number of meetings is not valid")
    for name in ("chair_name", "chair_position"):
        try:
            clean_text(getattr(entry, name), name)
        except TextInputError as refusal:
            problem(name, refusal.message_th, refusal.message_en)
    if len(entry.area_name) > MAX_AREA_NAME:
        problem("area_name", "ชื่อพื้นที่ยาวเกินไป", "The area name is too long")
    return problems


def _set_chair(session: Session, committee: Committee, name: str, position: str, as_of: date) -> None:
    active = _active(memberships_of(session, committee.id), as_of)
    chair = next((m for m in active if m.role == CommitteeRole.CHAIR), None)
    learn_names([chair.person.full_name] if chair else [])  # the segmenter keeps printed names whole
    if chair is not None and same_person_name(chair.person.full_name, name):
        if position:
            chair.person.position = position
        return
    if chair is not None:
        chair.end_date = max(as_of, chair.start_date)
        session.flush()
    title, rest = split_title(name)
    first, _, last = rest.partition(" ")
    member = MemberInput(first_name=first, last_name=last.strip(), title=title, position=position,
                         role=CommitteeRole.CHAIR, sector=Sector.LOCAL_GOVERNMENT, start_date=as_of)
    add_member_in(session, committee, member)
    assert_possible(session, committee.id)


def save_tambon_rows(database: Database, fiscal_year: int, rows: Sequence[TambonCommitteeEntry], user_name: str,
                     as_of: date | None = None) -> int:
    """Quick entry for many tambons at once, all or nothing: creates missing committees, sets the chair
    (a new name ends the previous chair on ``as_of``), the member count, the plan status and meetings of
    ``fiscal_year``. Raises TambonRowsInvalid with every problem. Returns the number of rows saved."""
    as_of = as_of or date.today()
    with database.unit_of_work(user_name) as session:
        tambons = {tambon.code: tambon for tambon in _district_tambons(session)}
        problems = [p for number, entry in enumerate(rows, 1) for p in _entry_problems(number, entry, set(tambons))]
        if problems:
            raise TambonRowsInvalid(problems)
        for entry in rows:
            committee = _ensure_committee(session, tambons[entry.tambon_code], entry.area_name)
            if entry.chair_name.strip():
                _set_chair(session, committee, clean_text(entry.chair_name, "chair_name"),
                           clean_text(entry.chair_position, "chair_position"), as_of)
            if entry.member_count is not None:
                committee.declared_member_count = entry.member_count
            _set_year(session, committee.id, fiscal_year, entry.plan_status, entry.meetings_held)
        return len(rows)


# --- visits ---------------------------------------------------------------------------------------------


def _visit_row(visit: DistrictVisit, tambons: dict[str, TambonRef]) -> VisitRow:
    tambon = tambons.get(visit.tambon_code, TambonRef(visit.tambon_code, visit.tambon_code, visit.tambon_code))
    photos = tuple(VisitPhoto(photo.id, photo.caption, info_of(photo.attachment)) for photo in visit.photos)
    return VisitRow(visit.id, visit.visit_date, tambon, visit.team_members, visit.findings, visit.follow_ups, photos)


def _apply_visit(session: Session, visit: DistrictVisit, data: VisitInput) -> None:
    _check_tambon(session, data.tambon_code)
    if data.visit_date > date.today():
        raise UserFacingError("วันที่ลงพื้นที่ต้องไม่อยู่ในอนาคต", "The visit date cannot be in the future", field="visit_date")
    visit.visit_date = data.visit_date
    visit.tambon_code = data.tambon_code
    visit.team_members = clean_user_text(data.team_members, "team_members")
    visit.findings = clean_user_text(data.findings, "findings")
    visit.follow_ups = clean_user_text(data.follow_ups, "follow_ups")


def record_visit(database: Database, data: VisitInput, user_name: str) -> int:
    with database.unit_of_work(user_name) as session:
        visit = DistrictVisit()
        _apply_visit(session, visit, data)
        session.add(visit)
        session.flush()
        return visit.id


def _load_visit(session: Session, visit_id: int) -> DistrictVisit:
    visit = session.get(DistrictVisit, visit_id)
    if visit is None:
        raise UserFacingError("ไม่พบข้อมูลการลงพื้นที่นี้", "No such visit", field="visit_id")
    return visit


def edit_visit(database: Database, visit_id: int, data: VisitInput, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        _apply_visit(session, _load_visit(session, visit_id), data)


def add_visit_photo(workspace: Workspace, visit_id: int, source: Path, user_name: str,
                    caption: str = "") -> AttachmentInfo:
    with workspace.database.unit_of_work(user_name) as session:
        visit = _load_visit(session, visit_id)
        attachment = store_file(session, workspace.attachments_dir, source, IMAGES)
        session.add(DistrictVisitPhoto(visit=visit, attachment=attachment, caption=clean_user_text(caption, "photo_caption")))
        return info_of(attachment)


def save_visit(
    workspace: Workspace,
    visit_id: int | None,
    data: VisitInput,
    photos: Sequence[Path],
    user_name: str,
) -> int:
    """Record a new visit (``visit_id`` None) or change one, with its new photos, as one transaction: if a
    photo is refused, nothing is saved and the message names the file. Returns the visit's id."""
    with workspace.database.unit_of_work(user_name) as session:
        visit = DistrictVisit() if visit_id is None else _load_visit(session, visit_id)
        _apply_visit(session, visit, data)
        session.add(visit)
        for source in photos:
            try:
                attachment = store_file(session, workspace.attachments_dir, Path(source), IMAGES)
            except UserFacingError as error:
                raise UserFacingError(
                    f"{Path(source).name}: {error.message_th}", f"{Path(source).name}: {error.message_en}",
                    field="photos",
                ) from error
            session.add(DistrictVisitPhoto(visit=visit, attachment=attachment, caption=""))
        session.flush()
        return visit.id


def visit_photo_content(workspace: Workspace, photo_id: int) -> tuple[AttachmentInfo, bytes]:
    with workspace.database.reader() as session:
        photo = session.get(DistrictVisitPhoto, photo_id)
        if photo is None:
            raise UserFacingError("ไม่พบรูปภาพนี้", "No such photo", field="photo_id")
        info = info_of(photo.attachment)
    return info, read_verified(workspace.attachments_dir, info)


def visits(database: Database, fiscal_year: int | None = None) -> list[VisitRow]:
    """Visits, newest first; of one fiscal year if given."""
    with database.reader() as session:
        tambons = {tambon.code: tambon for tambon in _district_tambons(session)}
        if fiscal_year is None:
            found = list(session.scalars(select(DistrictVisit)))
        else:
            found = _visits_in_year(session, fiscal_year)
        found.sort(key=lambda visit: (visit.visit_date, visit.id), reverse=True)
        return [_visit_row(visit, tambons) for visit in found]


def current_fiscal_year(today: date | None = None) -> int:
    return fiscal_year_of(today or date.today())
