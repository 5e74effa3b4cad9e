"""A realistic demo district, from the seeds: Mueang Phuket (Phuket), with its committee.

Names of people are invented; offices, positions and the district are real. Later features add their
demo data here (issues, meetings, orders).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pcha_desktop.domain.thai_calendar import be_to_ce, fiscal_year_of
from pcha_desktop.services.district_profile import DistrictProfileData, save_profile
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    Committee,
    CommitteeKind,
    CommitteeMembership,
    CommitteeRole,
    DistrictProfile,
    FiscalYear,
    Person,
    Sector,
)

DEMO_USER = "ผู้ใช้ทดลอง (Demo)"

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
        return session.scalars(select(DistrictProfile).limit(1)).first() is None


def populate_demo(database: Database, today: date | None = None) -> None:
    """Fill an empty database with the demo district (does nothing if a profile exists)."""
    if not database_is_empty(database):
        return
    today = today or date.today()
    save_profile(database, DEMO_PROFILE, DEMO_USER)
    current_year = fiscal_year_of(today)
    with database.unit_of_work(DEMO_USER) as session:
        for be_year in range(2564, current_year + 1):
            session.add(FiscalYear(be_year=be_year))
        committee = Committee(
            kind=CommitteeKind.DISTRICT, name="คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"
        )
        session.add(committee)
        appointed = date(be_to_ce(2563), 10, 1)
        for order, (title, first, last, position, organisation, sector, role) in enumerate(DEMO_DISTRICT_COMMITTEE):
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
