"""A realistic demo district, from the seeds: Mueang Phuket (Phuket), with its committee.

Names of people are invented; offices, positions and the district are real. Later features add their
demo data here (issues, meetings, orders). Committee paperwork: the district committee's order ที่ 245/2563
(1 Oct 2563) and the revised order ที่ 58/2564 (15 Feb 2564, a new police superintendent), the four FY2564
issue subcommittees of seed 000, tambon committees of 8301 (เกาะแก้ว without one), two visits this year.
The year's issues (issue 8): each FY2564 issue with its area, dimensions, target groups, an objective, two or
three KPIs with baselines and four quarters of results, a One Plan with partners, budgets and pooled
resources, and notable work in three tambons.
"""

from __future__ import annotations

from datetime import date, timedelta

from pcha_desktop.domain.thai_calendar import be_to_ce, fiscal_year_of
from pcha_desktop.services.district_profile import DistrictProfileData, save_profile, the_district
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.one_transaction import one_transaction
from pcha_desktop.storage.models import (
    Committee,
    CommitteeKind,
    CommitteeMembership,
    CommitteeRole,
    FiscalYear,
    Person,
    Sector,
)


DEMO_PROFILE = DistrictProfileData(
    province_code="83",
    province_name="ภูเก็ต",
    district_code="8301",
    district_name="เมืองภูเก็ต",
    office_name="สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต",
    district_chief_name="นายวรวุฒิ ทองประเสริฐ",
    secretary_name="นายสุรชัย แก้วมณี",
    provincial_office_email="phuket.dhs@example.go.th",
)

# (title, first name, last name, position, organisation, sector, role)
DEMO_DISTRICT_COMMITTEE = [
    ("นาย", "วรวุฒิ", "ทองประเสริฐ", "นายอำเภอเมืองภูเก็ต", "ที่ว่าการอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.CHAIR),
    ("นาย", "ประสิทธิ์", "ศรีสมบูรณ์", "ปลัดอำเภอ หัวหน้าฝ่ายบริหารงานปกครอง", "ที่ว่าการอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.VICE_CHAIR),
    ("นายแพทย์", "ธนากร", "วงศ์สวัสดิ์", "ผู้อำนวยการโรงพยาบาลวชิระภูเก็ต", "โรงพยาบาลวชิระภูเก็ต", Sector.STATE, CommitteeRole.MEMBER),
    ("พันตำรวจเอก", "อนุชา", "ปานทอง", "ผู้กำกับการสถานีตำรวจภูธรเมืองภูเก็ต", "สถานีตำรวจภูธรเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER),
    ("นาง", "สุดารัตน์", "มีสุข", "พัฒนาการอำเภอเมืองภูเก็ต", "สำนักงานพัฒนาชุมชนอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER),
    ("นาย", "กิตติพงษ์", "ใจงาม", "ท้องถิ่นอำเภอเมืองภูเก็ต", "สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอ", Sector.STATE, CommitteeRole.MEMBER),
    ("นาย", "สมเกียรติ", "เพชรรัตน์", "นายกเทศมนตรีนครภูเก็ต", "เทศบาลนครภูเก็ต", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
    ("นาง", "จันทร์เพ็ญ", "หลีกภัย", "นายกเทศมนตรีตำบลราไวย์", "เทศบาลตำบลราไวย์", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
    ("นาย", "ชาญวิทย์", "ตันติวงศ์", "ประธานชมรมผู้ประกอบการท่องเที่ยวกะรน", "ภาคเอกชน", Sector.PRIVATE, CommitteeRole.MEMBER),
    ("นาง", "มาลี", "บุญประคอง", "ประธานชมรม อสม. อำเภอเมืองภูเก็ต", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ("นาย", "อับดุลเลาะ", "หมัดหลี", "ผู้แทนผู้นำศาสนา", "ภาคประชาชน", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ("นาย", "สุรชัย", "แก้วมณี", "สาธารณสุขอำเภอเมืองภูเก็ต", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ("นางสาว", "ปิยะนุช", "ศรีวงศ์", "นักวิชาการสาธารณสุขชำนาญการ", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.ASSISTANT_SECRETARY),
]


def database_is_empty(database: Database) -> bool:
    with database.reader() as session:
        return the_district(session) is None


# district code -> its name in messages (Thai, English); `pcha demo --district CODE`
DEMO_DISTRICTS = {"8301": ("อำเภอเมืองภูเก็ต", "Mueang Phuket"), "5407": ("อำเภอวังชิ้น", "Wang Chin"),
                  "8302": ("อำเภอกะทู้", "Kathu"), "8303": ("อำเภอถลาง", "Thalang")}


def populate_demo(database: Database, today: date | None = None, district_code: str = "8301") -> bool:
    """Fill an empty database with the demo district (``DEMO_DISTRICTS``: Mueang Phuket, or Wang Chin with
    its 17 tambon-level committees), in one transaction: a process killed half-way leaves the database as
    it was, so the demo is there whole or not at all. False (nothing done) if the database already has a
    district; UserFacingError for a district without a demo."""
    if district_code not in DEMO_DISTRICTS:
        raise UserFacingError(
            f"ไม่มีข้อมูลตัวอย่างของอำเภอรหัส {district_code} (มี: {', '.join(DEMO_DISTRICTS)})",
            f"There is no demo of district {district_code} (there are: {', '.join(DEMO_DISTRICTS)})",
            field="district",
        )
    with one_transaction(database) as joined:
        if not database_is_empty(joined):
            return False
        if district_code == "5407":
            from pcha_desktop.services import demo_wang_chin

            today = today or date.today()
            add_district_committee(joined, demo_wang_chin.PROFILE, demo_wang_chin.COMMITTEE_NAME,
                                   demo_wang_chin.DISTRICT_COMMITTEE, today)
            demo_wang_chin.populate_tambon_committees(joined, today)
        elif district_code in ("8302", "8303"):  # seed 000's other Phuket districts (report bundle)
            from pcha_desktop.services import demo_districts_phuket

            today = today or date.today()
            add_district_committee(joined, demo_districts_phuket.PROFILES[district_code],
                                   demo_districts_phuket.COMMITTEE_NAMES[district_code],
                                   demo_districts_phuket.COMMITTEES[district_code], today)
            demo_districts_phuket.populate_district(joined, district_code, today)
        else:
            _populate(joined, today or date.today())
    return True


def _populate(database: Database, today: date) -> None:
    add_district_committee(database, DEMO_PROFILE, "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต",
                           DEMO_DISTRICT_COMMITTEE, today)
    _populate_committee_paperwork(database, today)


def add_district_committee(database: Database, profile: DistrictProfileData, name: str,
                           members: list[tuple[str, str, str, str, str, Sector, CommitteeRole]], today: date) -> None:
    """The district's profile, its fiscal years from 2564 and its committee appointed on 1 Oct 2563."""
    save_profile(database, profile, DEMO_USER)
    current_year = fiscal_year_of(today)
    with database.unit_of_work(DEMO_USER) as session:
        for be_year in range(2564, current_year + 1):
            session.add(FiscalYear(be_year=be_year))
        committee = Committee(kind=CommitteeKind.DISTRICT, name=name)
        session.add(committee)
        appointed = date(be_to_ce(2563), 10, 1)
        for order, (title, first, last, position, organisation, sector, role) in enumerate(members):
            person = Person(
                title=title, first_name=first, last_name=last, position=position,
                organisation=organisation, sector=sector,
            )
            session.add(person)
            session.add(
                CommitteeMembership(
                    committee=committee, person=person, role=role, sector=sector,
                    sort_order=order, start_date=appointed,
                )
            )


# --- committee paperwork (issue 3): orders, subcommittees, tambon committees, visits --------------------

DEMO_NEW_POLICE_CHIEF = ("พันตำรวจเอก", "ศักดิ์ชัย", "ทองมา")
DEMO_FIRST_ORDER = (245, date(be_to_ce(2563), 10, 1))
DEMO_REVISED_ORDER = (58, date(be_to_ce(2564), 2, 15))

# FY2564 issues of Mueang Phuket (seed 000), each with its subcommittee's members:
# (title, first name, last name, position, organisation, sector, role)
DEMO_ISSUES: list[tuple[str, list[tuple[str, str, str, str, str, Sector, CommitteeRole]]]] = [
    ("การป้องกันและควบคุมโรค COVID-19", [
        ("นายแพทย์", "ธนากร", "วงศ์สวัสดิ์", "ผู้อำนวยการโรงพยาบาลวชิระภูเก็ต", "โรงพยาบาลวชิระภูเก็ต", Sector.STATE, CommitteeRole.CHAIR),
        ("นาย", "ไพโรจน์", "สุขสม", "ปลัดเทศบาลนครภูเก็ต", "เทศบาลนครภูเก็ต", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        ("นาง", "วิไลวรรณ", "ทองสุข", "ผู้จัดการโรงแรมกะตะบีช", "ภาคเอกชน", Sector.PRIVATE, CommitteeRole.MEMBER),
        ("นาง", "มาลี", "บุญประคอง", "ประธานชมรม อสม. อำเภอเมืองภูเก็ต", "ชมรม อสม.", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("นาย", "สุรชัย", "แก้วมณี", "สาธารณสุขอำเภอเมืองภูเก็ต", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ]),
    ("การดูแลสุขภาพผู้ป่วยติดเตียง", [
        ("นาง", "สุดารัตน์", "มีสุข", "พัฒนาการอำเภอเมืองภูเก็ต", "สำนักงานพัฒนาชุมชนอำเภอ", Sector.STATE, CommitteeRole.CHAIR),
        ("นางสาว", "กนกพร", "ศรีทอง", "ผู้อำนวยการ รพ.สต.ฉลอง", "รพ.สต.ฉลอง", Sector.STATE, CommitteeRole.MEMBER),
        ("นาง", "จันทร์เพ็ญ", "หลีกภัย", "นายกเทศมนตรีตำบลราไวย์", "เทศบาลตำบลราไวย์", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        ("นาย", "วีระ", "ชูแก้ว", "ประธานชมรมผู้สูงอายุตำบลวิชิต", "ชมรมผู้สูงอายุ", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("นางสาว", "ปิยะนุช", "ศรีวงศ์", "นักวิชาการสาธารณสุขชำนาญการ", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ]),
    ("อุบัติเหตุทางถนน", [
        ("นาย", "ประสิทธิ์", "ศรีสมบูรณ์", "ปลัดอำเภอ หัวหน้าฝ่ายบริหารงานปกครอง", "ที่ว่าการอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.CHAIR),
        ("พันตำรวจโท", "ชยพล", "แสงทอง", "สารวัตรจราจร สถานีตำรวจภูธรเมืองภูเก็ต", "สถานีตำรวจภูธรเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER),
        ("นาย", "ชาญวิทย์", "ตันติวงศ์", "ประธานชมรมผู้ประกอบการท่องเที่ยวกะรน", "ภาคเอกชน", Sector.PRIVATE, CommitteeRole.MEMBER),
        ("นาย", "อับดุลเลาะ", "หมัดหลี", "ผู้แทนผู้นำศาสนา", "ภาคประชาชน", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("นาย", "ณัฐวุฒิ", "พรหมแก้ว", "นักวิชาการสาธารณสุข", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ]),
    ("โรคไม่ติดต่อเรื้อรัง", [
        ("แพทย์หญิง", "อรุณี", "เพชรสุวรรณ", "หัวหน้ากลุ่มงานเวชกรรมสังคม", "โรงพยาบาลวชิระภูเก็ต", Sector.STATE, CommitteeRole.CHAIR),
        ("นาย", "สมเกียรติ", "เพชรรัตน์", "นายกเทศมนตรีนครภูเก็ต", "เทศบาลนครภูเก็ต", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        ("นาง", "ศิริพร", "แซ่ตัน", "ผู้จัดการฟิตเนสเซ็นเตอร์ภูเก็ต", "ภาคเอกชน", Sector.PRIVATE, CommitteeRole.MEMBER),
        ("นางสาว", "ปิยะนุช", "ศรีวงศ์", "นักวิชาการสาธารณสุขชำนาญการ", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ]),
]

# tambon code -> (chair, chair position, declared member count or None for a full list, plan, meetings);
# 830103 เกาะแก้ว has no committee yet.
DEMO_TAMBONS: dict[str, tuple[str, str, int | None, str, int]] = {
    "830101": ("นายสมชาย รักถิ่น", "ประธานชุมชน", None, "approved", 3),
    "830102": ("นางวันดี ศรีภูเก็ต", "ประธานชมรม อสม.", 18, "approved", 4),
    "830104": ("นายอนันต์ ทองคำ", "นายกเทศมนตรีตำบลรัษฎา", None, "drafting", 2),
    "830105": ("นายปรีชา บ้านเกาะ", "นายกเทศมนตรีเมืองวิชิต", 21, "approved", 4),
    "830106": ("นางสาวศุภลักษณ์ จันทร์แก้ว", "นายกเทศมนตรีตำบลฉลอง", 19, "drafting", 2),
    "830107": ("นายเกษม ทะเลงาม", "นายกเทศมนตรีตำบลราไวย์", 17, "none", 1),
    "830108": ("นายบุญมี หาดทอง", "นายกเทศมนตรีเมืองกะรน", 15, "approved", 3),
}

DEMO_TAMBON_MEMBERS: list[tuple[str, str, str, str, Sector, CommitteeRole]] = [
    ("นาง", "สายใจ", "ดีงาม", "ผู้อำนวยการ รพ.สต.", Sector.STATE, CommitteeRole.MEMBER),
    ("นาย", "ก้องเกียรติ", "มั่นคง", "ปลัดองค์กรปกครองส่วนท้องถิ่น", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
    ("นาง", "ละเอียด", "ใจบุญ", "ประธาน อสม. ตำบล", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ("นาย", "ธีรพงศ์", "ค้าดี", "ผู้แทนร้านค้าชุมชน", Sector.PRIVATE, CommitteeRole.MEMBER),
    ("นางสาว", "ดวงใจ", "ขยันยิ่ง", "พยาบาลวิชาชีพ รพ.สต.", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
]


def _populate_committee_paperwork(database: Database, today: date) -> None:
    from pcha_desktop.services import appointment_orders, committees, tambon_committees

    district = committees.district_committee(database, DEMO_USER)
    _issue_demo_orders(database, district.id, appointment_orders, committees)
    _add_demo_subcommittees(database, committees)
    _add_demo_tambon_committees(database, today, committees, tambon_committees)
    _add_demo_visits(database, today, tambon_committees)
    _add_demo_year_issues(database, today)
    from pcha_desktop.services import demo_districts_phuket, demo_meetings, demo_one_plan, demo_reports, demo_uccare

    demo_one_plan.populate(database, today)
    demo_meetings.populate(database, today)
    demo_reports.populate(database, today)
    demo_uccare.populate(database, today)
    demo_districts_phuket.populate(database, today)


def _issue_demo_orders(database: Database, committee_id: int, orders, committees) -> None:  # type: ignore[no-untyped-def]
    number, order_date = DEMO_FIRST_ORDER
    first = orders.draft_order(database, committee_id, order_date, DEMO_USER, running_number=number)
    orders.issue_order(database, first, DEMO_USER)
    orders.record_sent_to_province(database, first, date(be_to_ce(2563), 10, 7), DEMO_USER)
    number, change_date = DEMO_REVISED_ORDER
    police = next(m for m in committees.list_members(database, committee_id) if "ตำรวจ" in m.position)
    title, first_name, last_name = DEMO_NEW_POLICE_CHIEF
    successor = committees.MemberInput(
        title=title, first_name=first_name, last_name=last_name, position=police.position,
        organisation=police.organisation, role=police.role, sector=police.sector, start_date=change_date,
    )
    committees.replace_member(database, police.membership_id, successor, change_date, DEMO_USER)
    revision = orders.prepare_revision(database, committee_id, change_date, DEMO_USER, running_number=number)
    orders.issue_order(database, revision, DEMO_USER)


def _add_demo_subcommittees(database: Database, committees) -> None:  # type: ignore[no-untyped-def]
    appointed = date(be_to_ce(2563), 11, 1)
    for title, members in DEMO_ISSUES:
        issue = committees.add_issue(database, 2564, title, DEMO_USER)
        for person_title, first, last, position, organisation, sector, role in members:
            member = committees.MemberInput(
                title=person_title, first_name=first, last_name=last, position=position,
                organisation=organisation, sector=sector, role=role, start_date=appointed,
            )
            committees.add_member(database, issue.subcommittee_id, member, DEMO_USER)


def _add_demo_tambon_committees(database: Database, today: date, committees, tambon_committees) -> None:  # type: ignore[no-untyped-def]
    from pcha_desktop.domain.committee_terms import PlanStatus

    fiscal_year = fiscal_year_of(today)
    appointed = date(be_to_ce(2563), 10, 15)
    rows = [
        tambon_committees.TambonCommitteeEntry(
            tambon_code=code, chair_name=chair, chair_position=position, member_count=count,
            plan_status=PlanStatus(plan), meetings_held=meetings,
        )
        for code, (chair, position, count, plan, meetings) in DEMO_TAMBONS.items()
    ]
    tambon_committees.save_tambon_rows(database, fiscal_year, rows, DEMO_USER, as_of=appointed)
    for status in tambon_committees.tambon_overview(database, fiscal_year, today):
        if status.committee_id is None or DEMO_TAMBONS[status.tambon.code][2] is not None:
            continue
        for title, first, last, position, sector, role in DEMO_TAMBON_MEMBERS:
            member = committees.MemberInput(
                title=title, first_name=first, last_name=last,
                position=f"{position}{status.tambon.name}",
                organisation=status.tambon.official_name, sector=sector, role=role, start_date=appointed,
            )
            committees.add_member(database, status.committee_id, member, DEMO_USER)


def _add_demo_visits(database: Database, today: date, tambon_committees) -> None:  # type: ignore[no-untyped-def]
    from pcha_desktop.domain.thai_calendar import fiscal_year_range

    start, _end = fiscal_year_range(fiscal_year_of(today))
    days_so_far = (today - start).days
    visits = [
        ("830104", 20, "สาธารณสุขอำเภอ ปลัดอำเภอ พัฒนาการอำเภอ",
         "มีคณะกรรมการครบองค์ประกอบ แผนอยู่ระหว่างจัดทำ ยังขาดข้อมูลผู้ป่วยติดเตียงรายหมู่บ้าน",
         "ส่งข้อมูลผู้ป่วยติดเตียงภายในสิ้นเดือน; นัดติดตามครั้งถัดไปหลังอนุมัติแผน"),
        ("830106", 45, "สาธารณสุขอำเภอ ท้องถิ่นอำเภอ",
         "ประชุมแล้ว 2 ครั้ง มีโครงการป้องกันอุบัติเหตุทางถนนร่วมกับเทศบาล",
         "เสนอแผนให้ พชอ. เห็นชอบในการประชุมครั้งหน้า"),
    ]
    for code, offset, team, findings, follow_ups in visits:
        visit_date = start + timedelta(days=min(offset, max(days_so_far, 0)))
        tambon_committees.record_visit(
            database,
            tambon_committees.VisitInput(visit_date=visit_date, tambon_code=code, team_members=team,
                                         findings=findings, follow_ups=follow_ups),
            DEMO_USER,
        )


# --- the year's issues (issue 8): details, target groups, goals, KPIs, One Plan, notable work -------------

# Per FY2564 issue of DEMO_ISSUES (same order): area, dimensions, situation, target groups, KPIs, activities.
# KPI: (name, unit, direction, combination, target, {BE year: typed baseline}, (Q1, Q2, Q3, Q4) results).
# Activity: (name, lead, partners, tambons, (start, end) as (month, day) in FY2564, status, progress,
#            {source: baht}, [(partner, kind, what)]).
_PHUKET_CITY = "เทศบาลนครภูเก็ต"
_DHO = "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต"
_VHV = "ชมรม อสม. อำเภอเมืองภูเก็ต"
_VACHIRA = "โรงพยาบาลวชิระภูเก็ต"
DEMO_YEAR_ISSUES = [
    {
        "area": "local_issue", "dimensions": ("economy", "society", "health"),
        "situation": "ภูเก็ตเป็นเมืองท่องเที่ยว การระบาดของโรค COVID-19 กระทบทั้งสุขภาพและรายได้ของประชาชน"
                     " ต้องเร่งฉีดวัคซีนกลุ่มเสี่ยงและเตรียมสถานประกอบการให้เปิดรับนักท่องเที่ยวอย่างปลอดภัย",
        "groups": [("elderly_socially_active", "", 9850), ("elderly_bed_bound", "", 412),
                   ("other", "แรงงานในสถานประกอบการท่องเที่ยว", 4200)],
        "kpis": [
            ("ร้อยละผู้สูงอายุ 60 ปีขึ้นไปได้รับวัคซีน COVID-19 อย่างน้อย 1 เข็ม", "ร้อยละ", "higher", "last", "70", {},
             (None, "2.5", "38.4", "72.6")),
            ("จำนวนผู้เสียชีวิตจากโรค COVID-19", "ราย", "lower", "sum", "10", {}, ("0", "0", "4", "9")),
            ("ร้อยละสถานประกอบการผ่านมาตรฐาน SHA", "ร้อยละ", "higher", "last", "80", {"2563": "12"},
             ("45", "61", "74", "83")),
        ],
        "activities": [
            ("ฉีดวัคซีน COVID-19 เชิงรุกในชุมชนและผู้สูงอายุติดบ้านติดเตียง", _VACHIRA, (_PHUKET_CITY, _VHV),
             ("830101", "830102", "830104", "830106"), ((3, 1), (9, 30)), "done", 100,
             {"national_programme": "850000", "local_government": "120000"},
             [(_VACHIRA, "people", "ทีมฉีดวัคซีนเคลื่อนที่ 6 ทีม"), (_VACHIRA, "things", "วัคซีนและตู้เย็นเก็บวัคซีน"),
              (_PHUKET_CITY, "money", "ค่ารถรับส่งผู้สูงอายุ"), (_VHV, "people", "อสม. นัดหมายรายบ้าน 220 คน"),
              (_VHV, "data", "ทะเบียนผู้สูงอายุที่ยังไม่ได้รับวัคซีน")]),
            ("ตรวจประเมินสถานประกอบการตามมาตรฐาน SHA", _DHO, ("สำนักงานการท่องเที่ยวและกีฬาจังหวัดภูเก็ต",
             "ชมรมผู้ประกอบการท่องเที่ยวกะรน"), ("830107", "830108"), ((1, 15), (8, 31)), "done", 100,
             {"provincial_programme": "95000"},
             [(_DHO, "knowledge", "ทีมประเมินมาตรฐาน SHA"), ("ชมรมผู้ประกอบการท่องเที่ยวกะรน", "people", "ผู้ประสานงานโรงแรม"),
              ("สำนักงานการท่องเที่ยวและกีฬาจังหวัดภูเก็ต", "data", "รายชื่อสถานประกอบการ")]),
        ],
        "note": ("นัดประชุมคณะกรรมการได้ยากเพราะภารกิจมาก จึงประชุมกลุ่มย่อยรายประเด็นและสื่อสารทางออนไลน์",
                 "ขับเคลื่อนร่วมกับระดับจังหวัดในเรื่องวัคซีนและการเปิดเมือง"),
        "objective": ("ลดการป่วยและเสียชีวิตจากโรค COVID-19 และฟื้นฟูเศรษฐกิจการท่องเที่ยวอย่างปลอดภัย", (0, 1, 2)),
    },
    {
        "area": "vulnerable_care", "dimensions": ("society", "health"),
        "situation": "ผู้ป่วยติดเตียงในอำเภอเพิ่มขึ้นตามสังคมสูงวัย ผู้ดูแลในครอบครัวขาดทักษะ แผลกดทับยังพบมาก",
        "groups": [("elderly_bed_bound", "", 412), ("elderly_home_bound", "", 1286), ("disabled", "", 230),
                   ("end_of_life", "", 58)],
        "kpis": [
            ("ร้อยละผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านตาม Care Plan", "ร้อยละ", "higher", "average", "90",
             {"2561": "78.5", "2562": "82", "2563": "85.3"}, ("86", "89", "92", "94")),
            ("ร้อยละผู้ป่วยติดเตียงมีแผลกดทับรายใหม่", "ร้อยละ", "lower", "average", "5",
             {"2561": "9.2", "2562": "8.1", "2563": "7.4"}, ("6.8", "6.1", "5.5", "4.9")),
            ("จำนวนผู้ดูแลผู้สูงอายุ (Caregiver) ที่ผ่านการอบรม", "คน", "higher", "sum", "60", {"2563": "41"},
             ("0", "25", "20", "18")),
        ],
        "activities": [
            ("อบรมผู้ดูแลผู้สูงอายุ (Caregiver) หลักสูตร 70 ชั่วโมง", _DHO, ("เทศบาลตำบลราไวย์", "เทศบาลตำบลฉลอง"),
             ("830106", "830107"), ((1, 10), (3, 31)), "done", 100,
             {"tambon_health_fund": "180000", "own_agency": "15000"},
             [(_DHO, "knowledge", "วิทยากรหลักสูตร Caregiver"), ("เทศบาลตำบลราไวย์", "money", "ค่าอาหารและเอกสาร"),
              ("เทศบาลตำบลฉลอง", "things", "ห้องประชุมและอุปกรณ์ฝึก")]),
            ("เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัว", "รพ.สต.ฉลอง", (_VHV, "ชมรมผู้สูงอายุตำบลวิชิต"),
             ("830105", "830106"), ((10, 1), (9, 30)), "in_progress", 85,
             {"tambon_health_fund": "64000", "other": "20000"},
             [("รพ.สต.ฉลอง", "people", "ทีมหมอครอบครัว"), (_VHV, "people", "อสม. เยี่ยมบ้านรายสัปดาห์"),
              (_VHV, "data", "ข้อมูล ADL รายหมู่บ้าน"), ("ชมรมผู้สูงอายุตำบลวิชิต", "things", "เตียงและที่นอนลม 12 ชุด")]),
        ],
        "note": ("ข้อมูลผู้ป่วยติดเตียงรายหมู่บ้านไม่ตรงกันระหว่างหน่วยงาน", "ใช้ทะเบียนกลางของอำเภอ ปรับปรุงทุกไตรมาส"),
        "objective": ("ผู้ป่วยติดเตียงได้รับการดูแลต่อเนื่องที่บ้านโดยผู้ดูแลที่มีทักษะ", (0, 1, 2)),
    },
    {
        "area": "local_issue", "dimensions": ("economy", "society", "health"),
        "situation": "อุบัติเหตุรถจักรยานยนต์เป็นสาเหตุหลักของการบาดเจ็บและเสียชีวิต โดยเฉพาะเยาวชนและนักท่องเที่ยว",
        "groups": [("other", "ผู้ขับขี่รถจักรยานยนต์อายุ 15–24 ปี", 6500), ("other", "นักเรียนมัธยม", 8200)],
        "kpis": [
            ("จำนวนผู้เสียชีวิตจากอุบัติเหตุทางถนน", "ราย", "lower", "sum", "30",
             {"2561": "41", "2562": "38", "2563": "35"}, ("9", "6", "7", "5")),
            ("ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่และผู้ซ้อน", "ร้อยละ", "higher", "last", "80",
             {"2561": "61", "2562": "65", "2563": "68"}, ("70", "73", "76", "79")),
        ],
        "activities": [
            ("ด่านชุมชนและรณรงค์สวมหมวกนิรภัย 100%", "สถานีตำรวจภูธรเมืองภูเก็ต", (_PHUKET_CITY, "เทศบาลตำบลราไวย์", _VHV),
             ("830101", "830107"), ((12, 25), (4, 17)), "done", 100,
             {"local_government": "75000", "own_agency": "30000"},
             [("สถานีตำรวจภูธรเมืองภูเก็ต", "people", "เจ้าหน้าที่ประจำด่าน"), (_PHUKET_CITY, "things", "หมวกนิรภัย 300 ใบ"),
              ("เทศบาลตำบลราไวย์", "money", "ค่าตอบแทนอาสาสมัคร"), (_VHV, "people", "อาสาสมัครประจำด่านชุมชน")]),
            ("วิเคราะห์จุดเสี่ยงและปรับปรุงถนน", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดภูเก็ต",
             (_VACHIRA, _PHUKET_CITY), ("830104", "830106"), ((2, 1), (9, 15)), "in_progress", 60,
             {"provincial_programme": "250000"},
             [(_VACHIRA, "data", "ข้อมูลผู้บาดเจ็บจากห้องฉุกเฉิน"), (_PHUKET_CITY, "money", "งบปรับปรุงป้ายและไฟส่องสว่าง"),
              ("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดภูเก็ต", "knowledge", "การสอบสวนอุบัติเหตุ")]),
        ],
        "note": ("นักท่องเที่ยวเช่ารถจักรยานยนต์โดยไม่มีใบขับขี่", "ขอให้จังหวัดกำหนดมาตรการร้านเช่ารถร่วมกัน"),
        "objective": ("ลดการบาดเจ็บและเสียชีวิตจากอุบัติเหตุทางถนน", (0, 1)),
    },
    {
        "area": "local_issue", "dimensions": ("economy", "health"),
        "situation": "ผู้ป่วยเบาหวานและความดันโลหิตสูงเพิ่มขึ้นทุกปี การคัดกรองลดลงในช่วงการระบาดของโรค COVID-19",
        "groups": [("other", "ประชาชนอายุ 35 ปีขึ้นไป", 52000), ("elderly_socially_active", "", 14600)],
        "kpis": [
            ("ร้อยละประชาชนอายุ 35 ปีขึ้นไปได้รับการคัดกรองเบาหวานและความดันโลหิตสูง", "ร้อยละ", "higher", "last", "90",
             {"2561": "84", "2562": "86.5", "2563": "79.2"}, ("22", "48", "71", "91.3")),
            ("ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", "ร้อยละ", "higher", "average", "40",
             {"2561": "28.4", "2562": "30.1", "2563": "31.6"}, ("32", "34.5", "35", "36.2")),
        ],
        "activities": [
            ("คัดกรองเบาหวานความดันเชิงรุกในชุมชนและสถานประกอบการ", _DHO, (_VHV, _PHUKET_CITY),
             ("830101", "830102", "830103", "830105", "830108"), ((11, 1), (8, 31)), "done", 100,
             {"tambon_health_fund": "96000"},
             [(_VHV, "people", "อสม. คัดกรอง 180 คน"), (_DHO, "things", "เครื่องตรวจน้ำตาลปลายนิ้ว"),
              (_PHUKET_CITY, "money", "ค่าแถบตรวจน้ำตาล")]),
            ("ชุมชนลดหวานมันเค็ม และคลินิก DPAC", _VACHIRA, ("ผู้จัดการฟิตเนสเซ็นเตอร์ภูเก็ต",),
             ("830104",), ((1, 5), (9, 30)), "in_progress", 75, {"own_agency": "40000", "other": "25000"},
             [(_VACHIRA, "knowledge", "นักโภชนาการและหลักสูตรปรับพฤติกรรม"),
              ("ผู้จัดการฟิตเนสเซ็นเตอร์ภูเก็ต", "things", "สถานที่ออกกำลังกายฟรี 6 เดือน")]),
        ],
        "note": ("ประชาชนวัยทำงานไม่สะดวกมาคัดกรองในเวลาราชการ", "จัดคัดกรองในสถานประกอบการและช่วงเย็น"),
        "objective": ("ลดผู้ป่วยรายใหม่และภาวะแทรกซ้อนจากโรคไม่ติดต่อเรื้อรัง", (0, 1)),
    },
]

# tambon code → (issue index, title, description); the other tambons have no notable work yet
DEMO_NOTABLE_WORK = {
    "830106": (1, "ฉลองไม่ทิ้งกัน: ทีมหมอครอบครัวเยี่ยมบ้านทุกสัปดาห์",
               "อสม. และผู้ดูแลผู้สูงอายุแบ่งโซนเยี่ยมผู้ป่วยติดเตียงทุกหลังคาเรือน แผลกดทับรายใหม่ลดลงครึ่งหนึ่ง"),
    "830107": (2, "ราไวย์หมวกกันน็อก 100%", "ด่านชุมชนร่วมกับร้านเช่ารถ ให้ยืมหมวกนิรภัยแก่นักท่องเที่ยว"),
    "830101": (0, "ตลาดใหญ่ฉีดวัคซีนถึงบ้าน", "ทีมเคลื่อนที่ฉีดวัคซีนให้ผู้สูงอายุติดบ้านติดเตียงในย่านเมืองเก่า"),
}


def _add_demo_year_issues(database: Database, today: date) -> None:
    from decimal import Decimal

    from pcha_desktop.domain.kpis import Combination, Dimension, Direction, IssueArea, TargetGroup
    from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
    from pcha_desktop.services import committees, issues

    year_issues = committees.issues_of_year(database, 2564)
    for row, data in zip(year_issues, DEMO_YEAR_ISSUES):
        issues.save_issue_details(database, row.id, issues.IssueDetails(
            row.title, IssueArea(data["area"]), frozenset(Dimension(d) for d in data["dimensions"]),
            data["situation"]), DEMO_USER)
        issues.save_target_groups(database, row.id, [
            issues.TargetGroupInput(TargetGroup(group), count, label) for group, label, count in data["groups"]],
            DEMO_USER)
        kpi_ids = []
        for name, unit, direction, how, target, baselines, results in data["kpis"]:
            kpi_id = issues.add_kpi(database, row.id, issues.KpiInput(
                name, target, Direction(direction), Combination(how), unit,
                {int(year): value for year, value in baselines.items()}), DEMO_USER)
            kpi_ids.append((kpi_id, name, results))
        for quarter in (1, 2, 3, 4):
            issues.enter_quarter_results(database, 2564, quarter, {
                kpi_id: results[quarter - 1] for kpi_id, _name, results in kpi_ids}, DEMO_USER, today=today)
        objective, measured_by = data["objective"]
        issues.save_goals(database, row.id, [issues.ObjectiveInput(objective, tuple(
            issues.KeyResultInput(kpi_ids[index][1], kpi_ids[index][0]) for index in measured_by))], DEMO_USER)
        obstacles, suggestions = data["note"]
        issues.save_quarter_note(database, row.id, 1, obstacles, suggestions, DEMO_USER)
        for name, lead, partners, tambons, (start, end), status, progress, budget, brings in data["activities"]:
            issues.add_activity(database, row.id, issues.ActivityInput(
                name=name, lead_agency=lead, partners=partners, tambon_codes=tambons,
                start_date=_demo_fy2564_date(*start), end_date=_demo_fy2564_date(*end), status=ActivityStatus(status),
                progress_percent=progress, budgets={BudgetSource(s): Decimal(v) for s, v in budget.items()},
                contributions=tuple(issues.ContributionInput(partner, ResourceKind(kind), what)
                                    for partner, kind, what in brings)), DEMO_USER)
    for code, (index, title, description) in DEMO_NOTABLE_WORK.items():
        issues.add_notable_work(database, 2564, code, title, description, DEMO_USER, issue_id=year_issues[index].id)


def _demo_fy2564_date(month: int, day: int) -> date:
    """A day of FY2564 (1 Oct 2563 – 30 Sep 2564) given by month and day."""
    return date(be_to_ce(2563) if month >= 10 else be_to_ce(2564), month, day)
