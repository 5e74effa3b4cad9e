"""The Wang Chin (วังชิ้น, แพร่, 5407) demo: seed 003's tambon-level committees as the district has them.

Seed 003 reports 17 tambon-level committees (พชต.) with 357 members in Wang Chin's 7 tambons, each meeting
at a tambon health promoting hospital (รพ.สต.): here each covers the area of one รพ.สต. (the seed names
none, so the hospitals' village names are made up, as are all people's names; tambons, offices and
positions are real kinds). 21 members each: the local mayor chairs, the kamnan is vice chair, the
รพ.สต.'s director is secretary, with village heads, village health volunteers, a school, a temple,
a local business and the elderly club. ``services.demo.populate_demo`` adds them inside its one transaction.
"""

from __future__ import annotations

import random
from datetime import date

from pcha_desktop.domain.committee_terms import CommitteeRole, PlanStatus, Sector
from pcha_desktop.domain.thai_calendar import be_to_ce, fiscal_year_of
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.services.district_profile import DistrictProfileData
from pcha_desktop.storage.database import Database

PROFILE = DistrictProfileData(
    province_code="54",
    province_name="แพร่",
    district_code="5407",
    district_name="วังชิ้น",
    office_name="สำนักงานสาธารณสุขอำเภอวังชิ้น",
    district_chief_name="นายธนวัฒน์ ศรีวิชัย",
    secretary_name="นายประเสริฐ ใจมา",
    provincial_office_email="phrae.dhs@example.go.th",
)

COMMITTEE_NAME = "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอวังชิ้น"
# (title, first name, last name, position, organisation, sector, role)
DISTRICT_COMMITTEE = [
    ("นาย", "ธนวัฒน์", "ศรีวิชัย", "นายอำเภอวังชิ้น", "ที่ว่าการอำเภอวังชิ้น", Sector.STATE, CommitteeRole.CHAIR),
    ("นาย", "สมศักดิ์", "อินทะวงศ์", "ปลัดอำเภอ หัวหน้าฝ่ายบริหารงานปกครอง", "ที่ว่าการอำเภอวังชิ้น", Sector.STATE, CommitteeRole.VICE_CHAIR),
    ("นายแพทย์", "กฤษดา", "ปัญญาวงศ์", "ผู้อำนวยการโรงพยาบาลวังชิ้น", "โรงพยาบาลวังชิ้น", Sector.STATE, CommitteeRole.MEMBER),
    ("พันตำรวจเอก", "วีระพงษ์", "คำแสน", "ผู้กำกับการสถานีตำรวจภูธรวังชิ้น", "สถานีตำรวจภูธรวังชิ้น", Sector.STATE, CommitteeRole.MEMBER),
    ("นาง", "พรทิพย์", "สุขเกษม", "พัฒนาการอำเภอวังชิ้น", "สำนักงานพัฒนาชุมชนอำเภอวังชิ้น", Sector.STATE, CommitteeRole.MEMBER),
    ("นาย", "อุดม", "ธิวงศ์", "ท้องถิ่นอำเภอวังชิ้น", "สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอวังชิ้น", Sector.STATE, CommitteeRole.MEMBER),
    ("นาย", "บุญเรือง", "วงศ์ใหญ่", "นายกเทศมนตรีตำบลวังชิ้น", "เทศบาลตำบลวังชิ้น", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
    ("นาย", "สุทัศน์", "กันทะวงศ์", "นายกองค์การบริหารส่วนตำบลแม่ป้าก", "องค์การบริหารส่วนตำบลแม่ป้าก", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
    ("นาย", "ชัยวัฒน์", "เตชะวงศ์", "ประธานกลุ่มวิสาหกิจชุมชนเกษตรอินทรีย์วังชิ้น", "ภาคเอกชน", Sector.PRIVATE, CommitteeRole.MEMBER),
    ("นาง", "ศรีนวล", "ขัติยะ", "ประธานชมรม อสม. อำเภอวังชิ้น", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ("พระครู", "สุนทรธรรมวิมล", "", "เจ้าคณะอำเภอวังชิ้น", "คณะสงฆ์อำเภอวังชิ้น", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ("นาย", "ประเสริฐ", "ใจมา", "สาธารณสุขอำเภอวังชิ้น", "สำนักงานสาธารณสุขอำเภอวังชิ้น", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ("นางสาว", "อรอุมา", "แก้วปัน", "นักวิชาการสาธารณสุขชำนาญการ", "สำนักงานสาธารณสุขอำเภอวังชิ้น", Sector.STATE, CommitteeRole.ASSISTANT_SECRETARY),
]

# tambon code -> the รพ.สต. of its committees (17 in 7 tambons, as seed 003 counts them)
AREAS: dict[str, tuple[str, ...]] = {
    "540701": ("รพ.สต.บ้านแม่ลาน", "รพ.สต.บ้านนาใหม่", "รพ.สต.บ้านปางไม้"),  # วังชิ้น
    "540702": ("รพ.สต.บ้านสรอย", "รพ.สต.บ้านห้วยเบี้ย", "รพ.สต.บ้านแม่บงใต้"),  # สรอย
    "540703": ("รพ.สต.บ้านแม่ป้าก", "รพ.สต.บ้านนาคูหา", "รพ.สต.บ้านนาเวียง"),  # แม่ป้าก
    "540704": ("รพ.สต.บ้านนาพูน", "รพ.สต.บ้านดอนชัย"),  # นาพูน
    "540705": ("รพ.สต.บ้านแม่พุง", "รพ.สต.บ้านป่าแดง"),  # แม่พุง
    "540706": ("รพ.สต.บ้านป่าสัก", "รพ.สต.บ้านห้วยแม่ตา"),  # ป่าสัก
    "540707": ("รพ.สต.บ้านแม่เกิ๋งหลวง", "รพ.สต.บ้านแม่จอก"),  # แม่เกิ๋ง
}
MEMBERS_EACH = 21  # 17 × 21 = 357
PLANS = (PlanStatus.APPROVED, PlanStatus.APPROVED, PlanStatus.DRAFTING, PlanStatus.NONE)

MALE_NAMES = (
    "สมชาย", "บุญมา", "สมบัติ", "ประสิทธิ์", "อำนาจ", "วิเชียร", "สุรพล", "ทองดี", "จันทร์แก้ว", "ศรีเมือง",
    "อินสม", "คำปัน", "เสาร์แก้ว", "บุญส่ง", "สมพงษ์", "ณรงค์", "วิโรจน์", "ธีรศักดิ์", "อนุสรณ์", "ปัญญา",
    "สุริยา", "เกียรติศักดิ์", "ชาตรี", "สงกรานต์", "มานพ", "ไพบูลย์", "จักรพันธ์", "ยุทธนา", "พิชิต", "สมหมาย",
)
FEMALE_NAMES = (
    "บัวผัน", "ศรีพรรณ", "จันทร์ฟอง", "คำมูล", "บัวเขียว", "สุภาพร", "อัมพร", "วันเพ็ญ", "นงลักษณ์", "ทองใบ",
    "แสงเดือน", "พิมพ์ใจ", "สายสุนีย์", "บุษบา", "ดวงเดือน", "กาญจนา", "รัชนี", "อรทัย", "ผ่องศรี", "เพ็ญศรี",
    "มณีวรรณ", "ศิริรัตน์", "ประไพ", "จิราพร", "สุนันทา", "ลำดวน", "ขวัญใจ", "ปราณี", "ยุพิน", "อุไรวรรณ",
)
SURNAMES = (
    "ใจมา", "อินต๊ะ", "คำแสน", "ปัญญาวงศ์", "สุขเกษม", "ธิวงศ์", "กันทะวงศ์", "ขัติยะ", "วงศ์ใหญ่", "แก้วปัน",
    "ศรีวิชัย", "อินทะวงศ์", "ชัยวงศ์", "เตชะวงศ์", "จันทร์ตา", "ปิงเมือง", "ยาวิชัย", "สิทธิชัย", "มูลคำ", "ทาคำ",
    "ศรีบุญเรือง", "เรือนคำ", "ใจยา", "ปันแก้ว", "สมจิตร", "บุญยืน", "อุ่นเรือน", "คำอ้าย", "วงศ์ชัย", "ตาคำ",
    "ไชยวงศ์", "ปินตา", "ศรีจันทร์", "นันทะ", "จำปาทอง", "สายสุข", "แสนใจ", "พรหมมา", "คำมา", "อินแปง",
)


def _seats(tambon: str, area: str, local: str) -> list[tuple[str, Sector, CommitteeRole]]:
    """The 21 seats of an area's committee: (position, sector, role), chair first, secretaries last."""
    village = area.removeprefix("รพ.สต.")
    seats = [
        (f"นายก{local}", Sector.LOCAL_GOVERNMENT, CommitteeRole.CHAIR),
        (f"กำนันตำบล{tambon}", Sector.STATE, CommitteeRole.VICE_CHAIR),
        (f"ปลัด{local}", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        (f"สมาชิกสภา{local}", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        (f"ผู้อำนวยการโรงเรียน{village}", Sector.STATE, CommitteeRole.MEMBER),
        (f"เจ้าอาวาสวัด{village}", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        (f"พัฒนากรผู้ประสานงานตำบล{tambon}", Sector.STATE, CommitteeRole.MEMBER),
        (f"ครู กศน.ตำบล{tambon}", Sector.STATE, CommitteeRole.MEMBER),
        (f"ประธานกลุ่มวิสาหกิจชุมชน{village}", Sector.PRIVATE, CommitteeRole.MEMBER),
        (f"ผู้ประกอบการร้านค้าชุมชน{village}", Sector.PRIVATE, CommitteeRole.MEMBER),
        (f"ประธานชมรมผู้สูงอายุ{village}", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("ผู้ดูแลผู้สูงอายุ (Caregiver)", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
    ]
    for moo in range(1, 4):
        seats.append((f"ผู้ใหญ่บ้านหมู่ที่ {moo}", Sector.STATE, CommitteeRole.MEMBER))
        seats.append((f"ประธาน อสม. หมู่ที่ {moo}", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER))
    seats.append((f"ผู้อำนวยการ{area}", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY))
    seats.append((f"นักวิชาการสาธารณสุข {area}", Sector.STATE, CommitteeRole.ASSISTANT_SECRETARY))
    seats.append((f"พยาบาลวิชาชีพ {area}", Sector.STATE, CommitteeRole.ASSISTANT_SECRETARY))
    assert len(seats) == MEMBERS_EACH
    return seats


class _Names:
    """Made-up, plausible northern Thai names, each full name used once in the district."""

    def __init__(self) -> None:
        self._random = random.Random(5407)
        self._used: set[tuple[str, str]] = set()

    def next(self, position: str) -> tuple[str, str, str]:
        monk = position.startswith("เจ้าอาวาส")  # a monk: no surname
        while True:
            female = not monk and self._random.random() < 0.45
            first = self._random.choice(FEMALE_NAMES if female else MALE_NAMES)
            last = "" if monk else self._random.choice(SURNAMES)
            if (first, last) not in self._used:
                self._used.add((first, last))
                break
        if monk:
            return "พระอธิการ", first, last
        if female:
            return ("นาง" if self._random.random() < 0.7 else "นางสาว"), first, last
        return "นาย", first, last


def populate_tambon_committees(database: Database, today: date) -> None:
    """The 17 รพ.สต. areas' committees with their 357 members, plans and meetings of this fiscal year."""
    from pcha_desktop.services import committees, tambon_committees

    appointed = date(be_to_ce(2564), 1, 15)
    fiscal_year = fiscal_year_of(today)
    names = _Names()
    tambons = {tambon.code: tambon for tambon in tambon_committees.district_tambons(database)}
    number = 0
    for code, areas in AREAS.items():
        tambon = tambons[code]
        local = "เทศบาลตำบลวังชิ้น" if code == "540701" else f"องค์การบริหารส่วนตำบล{tambon.name}"
        for area in areas:
            committee = tambon_committees.add_area_committee(database, code, area, DEMO_USER)
            members = []
            for position, sector, role in _seats(tambon.name, area, local):
                title, first, last = names.next(position)
                organisation = area if "รพ.สต." in position else tambon.official_name
                members.append(committees.MemberInput(
                    title=title, first_name=first, last_name=last, position=position, organisation=organisation,
                    sector=sector, role=role, start_date=appointed,
                ))
            committees.add_members(database, committee.id, members, DEMO_USER)
            tambon_committees.set_tambon_year(database, committee.id, fiscal_year, DEMO_USER,
                                              plan_status=PLANS[number % len(PLANS)], meetings_held=1 + number % 4)
            number += 1

