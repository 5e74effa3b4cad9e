"""A large synthetic district over N fiscal years, for benchmarks (names made up, places real).

    python benchmarks/synthetic_district.py DATA_DIR [--years 10] [--last-year BE_YEAR]

Wang Chin (แพร่, 5407) as seed 003 describes it: a district committee of 40 with a revised order every
year (four members replaced), 17 tambon-level committees (several per tambon, at the รพ.สต.) with 357
members, one replaced per committee a year, 150 corrections of members' details a year, plan status and
meetings set twice a year, six issues a year with their subcommittees, 30 KPIs a year (baselines, quarterly
results) and 120 activities a year (budgets by source, partners, tambons, pooled resources), twelve district
team visits a year with two small real photos each (PNG files stored as attachments), and the audit trail
all of this leaves, spread over the years it happened in.

The records are made through the services, as the GUI makes them, so the data and its audit trail are
realistic (the tambon-level committees beyond one per tambon cover the area of a รพ.สต.); issue 8's KPIs and
activities are made through the ORM in one transaction a year (audited all the same); only the audit
times are written directly. Later issues extend ``build_district`` with their records (meetings, UCCARE …).
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, update

from pcha_desktop.domain.admin_areas import load_admin_areas
from pcha_desktop.domain.committee_terms import CommitteeRole, Sector
from pcha_desktop.domain.thai_calendar import fiscal_year_of, fiscal_year_range
from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import committees, tambon_committees
from pcha_desktop.services.committees import MemberInput
from pcha_desktop.services.data_folder import DataFolder, open_data_folder
from pcha_desktop.services.district_profile import DistrictProfileData, save_profile
from pcha_desktop.services.fiscal_years import ensure_fiscal_year
from pcha_desktop.domain.kpis import Combination, Direction
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.storage.models import (
    Activity,
    ActivityBudget,
    ActivityPartner,
    ActivityTambon,
    AuditEntry,
    Kpi,
    KpiBaseline,
    KpiResult,
    PlanStatus,
    ResourceContribution,
)

DISTRICT_CODE = "5407"  # วังชิ้น, แพร่
PROFILE = DistrictProfileData(
    province_code="54",
    province_name="แพร่",
    district_code=DISTRICT_CODE,
    district_name="วังชิ้น",
    office_name="สำนักงานสาธารณสุขอำเภอวังชิ้น",
    district_chief_name="นายสมชาย ใจดี",
    secretary_name="นายประเสริฐ ศรีวังชิ้น",
    provincial_office_email="phrae.dhs@example.go.th",
)
USERS = ("ปิยะนุช ศรีวงศ์", "สุรชัย แก้วมณี", "อรทัย บุญมา")
TITLES = ("นาย", "นาง", "นางสาว")
FIRST_NAMES = ("สมชาย", "สมศรี", "ประเสริฐ", "วิไล", "อนุชา", "สุดารัตน์", "กิตติพงษ์", "มาลี", "ชาญวิทย์",
               "จันทร์เพ็ญ", "ธนากร", "ปิยะนุช", "อรทัย", "บุญมี", "สายใจ", "ก้องเกียรติ", "ดวงใจ", "ละเอียด",
               "ธีรพงศ์", "วรวุฒิ", "ศุภลักษณ์", "รักษ์", "พรทิพย์", "อำนาจ")
LAST_NAMES = ("ใจดี", "ศรีสมบูรณ์", "วงศ์สวัสดิ์", "ปานทอง", "มีสุข", "ใจงาม", "เพชรรัตน์", "บุญประคอง",
              "ตันติวงศ์", "หมัดหลี", "แก้วมณี", "ศรีวงศ์", "ขยันยิ่ง", "ค้าดี", "ใจบุญ", "มั่นคง", "ดีงาม",
              "ทองมา", "รักถิ่น", "บุญมา", "สุขเจริญ", "วังชิ้นธานี")
SURNAME_ENDINGS = ("", "วงศ์", "สกุล", "ชัย", "กุล", "พันธ์", "รัตน์", "ศักดิ์")  # 24 × 22 × 8 different names
POSITIONS = {
    Sector.STATE: ("ปลัดอำเภอ", "ผู้อำนวยการโรงพยาบาลวังชิ้น", "ผู้อำนวยการ รพ.สต.", "พัฒนาการอำเภอ",
                   "ผู้กำกับการสถานีตำรวจภูธรวังชิ้น", "ผู้อำนวยการโรงเรียน", "นักวิชาการสาธารณสุข"),
    Sector.LOCAL_GOVERNMENT: ("นายกเทศมนตรีตำบล", "นายกองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบล"),
    Sector.PRIVATE: ("ประธานหอการค้า", "ผู้แทนร้านค้าชุมชน", "ผู้จัดการสหกรณ์"),
    Sector.CIVIL_SOCIETY: ("ประธานชมรม อสม.", "ผู้แทนผู้นำศาสนา", "ประธานชมรมผู้สูงอายุ", "ผู้ใหญ่บ้าน"),
}
ISSUES = ("การดูแลผู้ป่วยติดเตียง", "อุบัติเหตุทางถนน", "โรคไม่ติดต่อเรื้อรัง", "ยาเสพติด", "ขยะและสิ่งแวดล้อม",
          "ผู้สูงอายุ", "การตั้งครรภ์ในวัยรุ่น", "โรคไข้เลือดออก")
FINDINGS = ("มีคณะกรรมการครบองค์ประกอบ แผนอยู่ระหว่างจัดทำ ยังขาดข้อมูลผู้ป่วยติดเตียงรายหมู่บ้าน",
            "ประชุมแล้ว 2 ครั้ง มีโครงการป้องกันอุบัติเหตุทางถนนร่วมกับเทศบาล",
            "คณะกรรมการพชต.ยังไม่เข้าใจบทบาทหน้าที่และแนวทางดำเนินงาน พชอ. ต้องการพี่เลี้ยง",
            "บูรณาการแผนร่วมกับองค์การบริหารส่วนตำบล งบประมาณกองทุนสุขภาพตำบลได้รับอนุมัติแล้ว")


PARTNERS = ("โรงพยาบาลวังชิ้น", "เทศบาลตำบลวังชิ้น", "องค์การบริหารส่วนตำบลแม่ป้าก", "ชมรม อสม.อำเภอวังชิ้น",
            "สถานีตำรวจภูธรวังชิ้น", "โรงเรียนวังชิ้นวิทยา", "ชมรมผู้สูงอายุ", "กศน.อำเภอวังชิ้น")
KPI_NAMES = ("ร้อยละของกลุ่มเป้าหมายที่ได้รับการดูแล", "จำนวนครั้งของกิจกรรมในชุมชน", "อัตราการเสียชีวิต",
             "ร้อยละของครัวเรือนที่เข้าร่วม", "จำนวนผู้ได้รับการคัดกรอง")
ACTIVITY_NAMES = ("อบรมแกนนำ", "คัดกรองกลุ่มเสี่ยง", "เยี่ยมบ้าน", "รณรงค์ในชุมชน", "ประชุมติดตามผล")


@dataclass(frozen=True)
class DistrictSize:
    years: int = 10
    district_members: int = 40
    district_replacements_per_year: int = 4
    tambon_committees: int = 17
    tambon_members: int = 357
    visits_per_year: int = 12
    photos_per_visit: int = 2
    issues_per_year: int = 6
    subcommittee_members: int = 6
    kpis_per_year: int = 30  # issue 8: spread over the year's issues, with baselines and quarterly results
    activities_per_year: int = 120  # the One Plan: partners, tambons, budgets by source, pooled resources
    member_edits_per_year: int = 150  # corrections: a new phone number, a new position
    meetings_per_year: int = 20  # issue 9: the district committee's, each with its 40 members' attendance


@dataclass
class BuildReport:
    fiscal_years: list[int] = field(default_factory=list)
    audit_entries: int = 0
    seconds: float = 0.0


class _People:
    """Made-up people, each name used once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.count = 0

    def member(self, role: CommitteeRole, sector: Sector, start: date, organisation: str) -> MemberInput:
        self.count += 1
        first = FIRST_NAMES[self.count % len(FIRST_NAMES)]
        combination = self.count // len(FIRST_NAMES)
        last = LAST_NAMES[combination % len(LAST_NAMES)]
        last += SURNAME_ENDINGS[combination // len(LAST_NAMES) % len(SURNAME_ENDINGS)]
        return MemberInput(
            first_name=first, last_name=last, title=self.rng.choice(TITLES), role=role, sector=sector,
            start_date=start, position=self.rng.choice(POSITIONS[sector]), organisation=organisation,
        )

    def committee(self, size: int, start: date, organisation: str) -> list[MemberInput]:
        sectors = list(Sector)
        roles = [CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR]
        roles += [CommitteeRole.MEMBER] * (size - 4)
        roles += [CommitteeRole.MEMBER_AND_SECRETARY, CommitteeRole.ASSISTANT_SECRETARY]
        return [
            self.member(role, Sector.STATE if role != CommitteeRole.MEMBER else sectors[index % len(sectors)],
                        start, organisation)
            for index, role in enumerate(roles)
        ]


def small_png(seed: int, width: int = 32, height: int = 24) -> bytes:
    """A small real PNG (a colour gradient that differs with ``seed``)."""
    red, green, blue = (seed * 67) % 256, (seed * 131) % 256, (seed * 29) % 256
    raw = b"".join(
        b"\x00" + bytes(channel for x in range(width) for channel in ((red + x * 4) % 256, (green + y * 6) % 256, blue))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _last_audit_id(folder: DataFolder) -> int:
    with folder.database.reader() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def _spread_audit_times(folder: DataFolder, after_id: int, start: date, end: date) -> None:
    """Date the entries written since ``after_id`` across ``start``–``end`` (office hours, in order)."""
    with folder.database.reader() as session:
        ids = list(session.scalars(select(AuditEntry.id).where(AuditEntry.id > after_id).order_by(AuditEntry.id)))
    if not ids:
        return
    span = (datetime.combine(end, datetime.min.time()) - datetime.combine(start, datetime.min.time())).days
    with folder.database.engine.begin() as connection:
        for position, entry_id in enumerate(ids):
            day = start + timedelta(days=span * position // len(ids))
            moment = datetime.combine(day, datetime.min.time()) + timedelta(hours=2, seconds=position % 28000)
            connection.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(changed_at=moment))


def _tambon_committees(folder: DataFolder, count: int, user: str) -> list[tuple[int, str]]:
    """``count`` tambon-level committees over the district's tambons, made as the tambon screen makes them:
    one for each whole tambon, the others for the area of a รพ.สต. in it. (committee id, tambon code)."""
    tambons = load_admin_areas().tambons_of(DISTRICT_CODE)
    made: list[tuple[int, str]] = []
    for tambon in tambons:
        made.append((tambon_committees.ensure_tambon_committee(folder.database, tambon.code, user).id, tambon.code))
    for index in range(count - len(made)):
        tambon = tambons[index % len(tambons)]
        committee = tambon_committees.add_area_committee(folder.database, tambon.code,
                                                         f"รพ.สต.บ้าน{FIRST_NAMES[index]}", user)
        made.append((committee.id, tambon.code))
    return made


def _plan_and_kpis(folder: DataFolder, year_issues: list[tuple[int, str]], be_year: int, size: DistrictSize,
                   rng: random.Random, previous: dict[str, list[int]], user: str) -> dict[str, list[int]]:
    """Issue 8's records of a year, in one transaction through the ORM: ``size.kpis_per_year`` KPIs and
    ``size.activities_per_year`` activities spread over the year's issues. A KPI of an issue the previous year
    also had continues that year's KPI (its baselines come from those results where there are some); three
    typed baselines fill the years without. Results for each quarter that has begun. Returns the KPI ids by issue title."""
    start, _end = fiscal_year_range(be_year)
    tambons = [tambon.code for tambon in load_admin_areas().tambons_of(DISTRICT_CODE)]
    begun = [quarter for quarter in range(1, 5) if start + timedelta(days=91 * (quarter - 1)) <= date.today()]
    kpis_by_title: dict[str, list[int]] = {}
    with folder.database.unit_of_work(user) as session:
        for number in range(size.kpis_per_year):
            issue_id, title = year_issues[number % len(year_issues)]
            order = len(kpis_by_title.setdefault(title, []))
            earlier = previous.get(title, [])
            target = Decimal(rng.randint(50, 500))
            kpi = Kpi(issue_id=issue_id, name=f"{KPI_NAMES[order % len(KPI_NAMES)]} ({order + 1})", unit="คน",
                      direction=Direction.LOWER_IS_BETTER if order % 5 == 2 else Direction.HIGHER_IS_BETTER,
                      combination=list(Combination)[order % len(Combination)], target=target, sort_order=order,
                      carried_from_id=earlier[order] if order < len(earlier) else None)
            kpi.typed_baselines = [KpiBaseline(fiscal_year=be_year - back, value=Decimal(rng.randint(10, 400)))
                                   for back in (3, 2, 1)]  # where the app has no results of that year
            kpi.results = [KpiResult(quarter=quarter, value=Decimal(rng.randint(0, int(target) // 3)))
                           for quarter in begun]
            session.add(kpi)
            session.flush()
            kpis_by_title[title].append(kpi.id)
        for number in range(size.activities_per_year):
            issue_id, title = year_issues[number % len(year_issues)]
            first = start + timedelta(days=rng.randint(0, 200))
            partners = rng.sample(PARTNERS, 3)
            activity = Activity(
                issue_id=issue_id, name=f"{ACTIVITY_NAMES[number % len(ACTIVITY_NAMES)]} {title} ครั้งที่ {number + 1}",
                lead_agency=partners[0], start_date=first, end_date=first + timedelta(days=rng.randint(1, 150)),
                status=list(ActivityStatus)[number % len(ActivityStatus)], progress_percent=rng.randint(0, 100),
                sort_order=number // len(year_issues),
                partners=[ActivityPartner(name=name, sort_order=order) for order, name in enumerate(partners[1:])],
                tambons=[ActivityTambon(tambon_code=code) for code in sorted(rng.sample(tambons, 2))],
                budgets=[ActivityBudget(source=source, amount=Decimal(rng.randint(1, 50) * 1000))
                         for source in rng.sample(list(BudgetSource), 2)],
                contributions=[ResourceContribution(partner=partner, kind=kind, description="")
                               for partner, kind in zip(partners, rng.sample(list(ResourceKind), 3))],
            )
            session.add(activity)
    return kpis_by_title


def _objectives_and_notable_work(folder: DataFolder, year_issues: list[tuple[int, str]], be_year: int,
                                 rng: random.Random, photos_dir: Path, user: str) -> None:
    """Two objectives (indicator, result) for each activity of the year, and notable work with a photo in about
    half the district's tambons (the One Plan screen and the tambons' notable work tab read them)."""
    from pcha_desktop.services import issues as issue_service
    from pcha_desktop.storage.models import ActivityObjective

    with folder.database.unit_of_work(user) as session:
        for activity in session.scalars(select(Activity).where(Activity.issue_id.in_([i for i, _ in year_issues]))):
            activity.objectives = [ActivityObjective(objective=f"วัตถุประสงค์ที่ {n} ของ{activity.name}",
                                                     indicator=f"ร้อยละ {rng.randint(60, 95)}",
                                                     result=f"ร้อยละ {rng.randint(40, 100)}", sort_order=n)
                                   for n in (1, 2)]
    tambons = [tambon.code for tambon in load_admin_areas().tambons_of(DISTRICT_CODE)]
    for number, code in enumerate(rng.sample(tambons, len(tambons) // 2)):
        issue_id, title = year_issues[number % len(year_issues)]
        photo = photos_dir / f"ผลงานเด่น-{be_year}-{code}.png"
        photo.write_bytes(small_png(be_year * 100 + number))
        issue_service.save_notable_work(folder.workspace, be_year, None, issue_service.NotableWorkInput(
            code, f"ผลงานเด่นด้าน{title} ปี {be_year}", rng.choice(FINDINGS), issue_id), user, new_photos=[photo])
def _meetings(folder: DataFolder, committee_id: int, be_year: int, size: DistrictSize, rng: random.Random,
              user: str) -> None:
    """The year's meetings of the district committee (every fifth regular, the others subgroup meetings), each
    held if its date has come: attendance of every member (about three in four present, some excused), the
    minutes of agenda 1 and a resolution with a follow-up; agenda 3 carries the open ones (issue 9)."""
    from pcha_desktop.domain.meetings import AgendaSection, AttendanceStatus, MeetingKind
    from pcha_desktop.services import meetings

    database = folder.database
    start, _end = fiscal_year_range(be_year)
    step = 365 // max(1, size.meetings_per_year)
    for number in range(size.meetings_per_year):
        day = start + timedelta(days=7 + number * step)
        if day > date.today():
            break
        kind = MeetingKind.REGULAR if number % 5 == 0 else MeetingKind.SUBGROUP
        meeting_id = meetings.create_meeting(database, meetings.MeetingDetails(
            committee_id, day, kind, place="ห้องประชุมที่ว่าการอำเภอวังชิ้น", invitation_date=day - timedelta(days=7)), user)
        view = meetings.meeting_view(database, meeting_id, day)
        marks = {}
        for row in view.attendance:
            roll = rng.random()
            if roll < 0.75:
                marks[row.id] = meetings.AttendanceMark(AttendanceStatus.PRESENT)
            elif roll < 0.9:
                marks[row.id] = meetings.AttendanceMark(AttendanceStatus.ABSENT_WITH_NOTICE, "ติดราชการ")
        meetings.set_attendance_many(database, meeting_id, marks, user, today=day)
        meetings.save_minutes(database, view.items_of(AgendaSection.CHAIR_INFORMS)[0].id, rng.choice(FINDINGS), user)
        item = meetings.add_agenda_item(database, meeting_id, AgendaSection.FOR_CONSIDERATION,
                                        rng.choice(ACTIVITY_NAMES), user)
        follow_up = meetings.FollowUpInput(rng.choice(ACTIVITY_NAMES), rng.choice(PARTNERS), day + timedelta(days=30))
        meetings.add_resolution(database, item, meetings.ResolutionInput("เห็นชอบ", follow_ups=(follow_up,)), user)
        for carried in view.items_of(AgendaSection.MATTERS_ARISING)[:3]:  # three done at each meeting
            meetings.close_follow_up(database, carried.follow_up.id, day, user, "ดำเนินการแล้ว")


def build_district(data_dir: Path, size: DistrictSize = DistrictSize(), last_year: int | None = None, seed: int = 5407,
                   progress: Callable[[str], None] = lambda _text: None) -> BuildReport:
    """Fill an empty data folder with ``size.years`` fiscal years of the district, ending in ``last_year``
    (the current fiscal year by default; nothing is dated after today)."""
    started = time.perf_counter()
    last_year = last_year or fiscal_year_of(date.today())
    rng = random.Random(seed)
    people = _People(rng)
    report = BuildReport()
    first_year = last_year - size.years + 1
    photos_dir = Path(tempfile.mkdtemp(prefix="pcha-photos-"))
    with open_data_folder(Path(data_dir)) as folder:
        database = folder.database
        user = USERS[0]
        before = _last_audit_id(folder)
        start, _end = fiscal_year_range(first_year)
        save_profile(database, PROFILE, user)
        district = committees.district_committee(database, user)
        committees.add_members(database, district.id, people.committee(size.district_members, start,
                                                                       "อำเภอวังชิ้น"), user)
        tambon_list = _tambon_committees(folder, size.tambon_committees, user)
        per_committee, extra = divmod(size.tambon_members, len(tambon_list))
        for index, (committee_id, _code) in enumerate(tambon_list):
            committees.add_members(database, committee_id,
                                   people.committee(per_committee + (index < extra), start, "ตำบล"), user)
        photo_number = 0
        kpis_of_title: dict[str, list[int]] = {}
        for be_year in range(first_year, last_year + 1):
            progress(f"fiscal year {be_year}")
            user = USERS[(be_year - first_year) // 4 % len(USERS)]
            start, end = fiscal_year_range(be_year)
            ensure_fiscal_year(database, be_year, user)
            changes_on = start + timedelta(days=45)
            if be_year > first_year:  # four members leave: their successors, then the revised order
                current = committees.list_members(database, district.id)
                for member in rng.sample([m for m in current if m.role == CommitteeRole.MEMBER],
                                         size.district_replacements_per_year):
                    successor = people.member(member.role, member.sector, changes_on, "อำเภอวังชิ้น")
                    committees.replace_member(database, member.membership_id, successor, changes_on, user)
                order_id = orders.prepare_revision(database, district.id, changes_on + timedelta(days=7), user)
            else:
                order_id = orders.draft_order(database, district.id, start + timedelta(days=14), user)
            orders.issue_order(database, order_id, user)
            for committee_id, _code in tambon_list:
                if be_year > first_year:
                    current = committees.list_members(database, committee_id)
                    leaving = rng.choice([m for m in current if m.role == CommitteeRole.MEMBER])
                    committees.replace_member(database, leaving.membership_id,
                                              people.member(leaving.role, leaving.sector, changes_on, "ตำบล"),
                                              changes_on, user)
                tambon_committees.set_tambon_year(database, committee_id, be_year, user,
                                                  plan_status=PlanStatus.DRAFTING, meetings_held=1)
                tambon_committees.set_tambon_year(database, committee_id, be_year, user,
                                                  plan_status=PlanStatus.APPROVED, meetings_held=rng.randint(2, 6))
            year_issues = []
            for number in range(size.issues_per_year):
                title = ISSUES[(be_year + number) % len(ISSUES)]
                issue = committees.add_issue(database, be_year, title, user)
                year_issues.append((issue.id, title))
                subcommittee = committees.issue_subcommittee(database, issue.id, user)
                committees.add_members(database, subcommittee.id,
                                       people.committee(size.subcommittee_members, start, "อำเภอวังชิ้น"), user)
            kpis_of_title = _plan_and_kpis(folder, year_issues, be_year, size, rng, kpis_of_title, user)
            _objectives_and_notable_work(folder, year_issues, be_year, rng, photos_dir, user)
            sitting = [m for committee_id, _code in tambon_list[:6] for m in committees.list_members(database, committee_id)]
            sitting += committees.list_members(database, district.id)
            for number in range(size.member_edits_per_year):
                member = rng.choice(sitting)
                corrected = replace(committees.member_input_of(member), phone=f"08{rng.randint(10_000_000, 99_999_999)}")
                if number % 5 == 0:
                    corrected = replace(corrected, position=rng.choice(POSITIONS[member.sector]))
                committees.edit_member(database, member.membership_id, corrected, user)
            for number in range(size.visits_per_year):
                _committee_id, code = tambon_list[number % len(tambon_list)]
                visit_day = start + timedelta(days=20 + number * 28)
                if visit_day > date.today():
                    break
                photos = []
                for _photo in range(size.photos_per_visit):
                    photo_number += 1
                    path = photos_dir / f"ภาพลงพื้นที่-{photo_number}.png"
                    path.write_bytes(small_png(photo_number))
                    photos.append(path)
                tambon_committees.save_visit(
                    folder.workspace, None,
                    tambon_committees.VisitInput(visit_day, code, team_members="สาธารณสุขอำเภอ ปลัดอำเภอ พัฒนาการอำเภอ",
                                                 findings=rng.choice(FINDINGS), follow_ups="ติดตามครั้งถัดไปในไตรมาสหน้า"),
                    photos, user)
            _meetings(folder, district.id, be_year, size, rng, user)
            _spread_audit_times(folder, before, start, min(end, date.today()))
            before = _last_audit_id(folder)
            report.fiscal_years.append(be_year)
        report.audit_entries = before
    for path in photos_dir.iterdir():
        path.unlink()
    photos_dir.rmdir()
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="an empty or new data folder")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--last-year", type=int, help="the last fiscal year (BE; default: the current one)")
    arguments = parser.parse_args(argv)
    if arguments.data_dir.exists() and any(arguments.data_dir.iterdir()):
        print(f"{arguments.data_dir} is not empty", file=sys.stderr)
        return 2
    report = build_district(arguments.data_dir, DistrictSize(years=arguments.years), arguments.last_year,
                            progress=lambda text: print(text, flush=True))
    print(f"{len(report.fiscal_years)} fiscal years, {report.audit_entries:,} audit entries, "
          f"{report.seconds:.1f} s: {arguments.data_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
