"""Phuket's three districts of seed 000 as demos: Mueang Phuket (8301, services/demo.py), Kathu (8302) and
Thalang (8303), each with its FY2564 issues as the seed lists them, an obstacle and a suggestion for the
first quarter, and its UCCARE results as seed 000's table gives them:

    district        2561 2562 2563 | FY2564 Q1: target 1, result 1
    Mueang Phuket     1    1    1  |
    Kathu             0    1    1  |
    Thalang           1    1    1  |

so that their bundles, imported in province mode, reproduce that table (total 3, 3, 100 %; baselines 66.67,
100, 100). The one source of those figures is services/uccare.py ``year_results``: FY2564 is computed from
UCCARE assessments (Mueang Phuket's in services/demo_uccare.py; Kathu's and Thalang's here: every issue
rises a level, by self and provincial assessment), the years before the app are typed (``PAST_RESULTS``;
Mueang Phuket's earlier years have assessments of their own). People's names are invented; offices and
positions are real kinds.
"""

from __future__ import annotations

from datetime import date

from pcha_desktop.domain.committee_terms import CommitteeRole, Sector
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.services.district_profile import DistrictProfileData, the_district
from pcha_desktop.storage.database import Database

# district code -> results typed for the years before the app, FY2561–2563 (seed 000's baselines)
PAST_RESULTS: dict[str, dict[int, bool]] = {
    "8302": {2561: False, 2562: True, 2563: True},
    "8303": {2561: True, 2562: True, 2563: True},
}

PROFILES = {
    "8302": DistrictProfileData(
        province_code="83", province_name="ภูเก็ต", district_code="8302", district_name="กะทู้",
        office_name="สำนักงานสาธารณสุขอำเภอกะทู้", district_chief_name="นายเอกชัย ศรีสวัสดิ์",
        secretary_name="นายพงศกร ทองดี", provincial_office_email="phuket.dhs@example.go.th"),
    "8303": DistrictProfileData(
        province_code="83", province_name="ภูเก็ต", district_code="8303", district_name="ถลาง",
        office_name="สำนักงานสาธารณสุขอำเภอถลาง", district_chief_name="นายชยุต มณีรัตน์",
        secretary_name="นางสาวอัญชลี หอมจันทร์", provincial_office_email="phuket.dhs@example.go.th"),
}

# (title, first name, last name, position, organisation, sector, role)
COMMITTEES = {
    "8302": [
        ("นาย", "เอกชัย", "ศรีสวัสดิ์", "นายอำเภอกะทู้", "ที่ว่าการอำเภอกะทู้", Sector.STATE, CommitteeRole.CHAIR),
        ("นายแพทย์", "ภาณุ", "แก้วประเสริฐ", "ผู้อำนวยการโรงพยาบาลป่าตอง", "โรงพยาบาลป่าตอง", Sector.STATE, CommitteeRole.MEMBER),
        ("นาย", "วิชัย", "เกาะกลาง", "นายกเทศมนตรีเมืองป่าตอง", "เทศบาลเมืองป่าตอง", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        ("นาง", "อำไพ", "สุขใจ", "ประธานชมรม อสม. อำเภอกะทู้", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("นาย", "พงศกร", "ทองดี", "สาธารณสุขอำเภอกะทู้", "สำนักงานสาธารณสุขอำเภอกะทู้", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ],
    "8303": [
        ("นาย", "ชยุต", "มณีรัตน์", "นายอำเภอถลาง", "ที่ว่าการอำเภอถลาง", Sector.STATE, CommitteeRole.CHAIR),
        ("แพทย์หญิง", "สุภาวดี", "รัตนพันธ์", "ผู้อำนวยการโรงพยาบาลถลาง", "โรงพยาบาลถลาง", Sector.STATE, CommitteeRole.MEMBER),
        ("นาย", "ธีระ", "เทพกษัตรี", "นายกเทศมนตรีตำบลเทพกระษัตรี", "เทศบาลตำบลเทพกระษัตรี", Sector.LOCAL_GOVERNMENT, CommitteeRole.MEMBER),
        ("นาย", "สมพร", "ศรีสุนทร", "ประธานชมรมผู้สูงอายุอำเภอถลาง", "ชมรมผู้สูงอายุ", Sector.CIVIL_SOCIETY, CommitteeRole.MEMBER),
        ("นางสาว", "อัญชลี", "หอมจันทร์", "สาธารณสุขอำเภอถลาง", "สำนักงานสาธารณสุขอำเภอถลาง", Sector.STATE, CommitteeRole.MEMBER_AND_SECRETARY),
    ],
}

COMMITTEE_NAMES = {"8302": "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอกะทู้",
                   "8303": "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอถลาง"}

# FY2564 issues as seed 000 lists them
ISSUES = {
    "8302": [
        "การพัฒนาคุณภาพชีวิต การสร้างงาน สร้างอาชีพ สร้างภูมิคุ้มกันทางสังคม",
        "การพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง โดยเชื่อมโยงยุทธศาสตร์ หมอครอบครัว 3 คน และพัฒนาผู้ช่วยหมอครอบครัว TO BE RIDER",
    ],
    "8303": [
        "โรคไข้เลือดออกและชิกุนคุนยา",
        "การป้องกันการบาดเจ็บและเสียชีวิตบนท้องถนน",
        "การส่งเสริมสุขภาพมารดาและเด็กปฐมวัย",
        "To be No.1",
        "การจัดการสิ่งแวดล้อม",
        "การส่งเสริมสุขภาพผู้สูงอายุ",
    ],
}

# seed 000, section 3 (obstacles and suggestions), said of the first issue's first quarter
OBSTACLE = ("การประสานงานและนัดประชุมคณะกรรมการเป็นไปด้วยความลำบาก เนื่องจากคณะกรรมการแต่ละท่านมีภารกิจมาก"
            " หาเวลาที่ว่างตรงกันเพื่อนัดประชุมยาก")
SUGGESTION = ("ประชุมคณะกรรมการกลุ่มย่อยของแต่ละประเด็นเพื่อให้เกิดความคล่องตัว สื่อสารความก้าวหน้าผ่านสื่ออิเล็กทรอนิกส์"
              " บางประเด็นต้องขับเคลื่อนร่วมกันในระดับจังหวัด")


def add_past_results(database: Database, district_code: str, today: date) -> None:
    from pcha_desktop.services.uccare import set_past_result

    for fiscal_year, passed in PAST_RESULTS.get(district_code, {}).items():
        set_past_result(database, fiscal_year, passed, DEMO_USER, today=today,
                        note="ผลประเมิน UCCARE ตามตารางของจังหวัด (seed 000)")


def add_passing_assessments(database: Database, issue_id: int, fiscal_year: int) -> None:
    """Self and provincial assessments, before and after, every component up a level: the issue passes."""
    from pcha_desktop.domain.uccare import Assessor, Phase
    from pcha_desktop.services.demo_uccare import EARLIER_LEVELS, record

    for assessor in (Assessor.SELF, Assessor.PROVINCIAL):
        for phase, values in zip(Phase, EARLIER_LEVELS):
            record(database, issue_id, fiscal_year, assessor, phase, values)


def populate(database: Database, today: date) -> None:
    """Mueang Phuket's demo: its results come from its assessments (services/demo_uccare.py), none typed;
    another district's code gains its typed past years (one line in services/demo.py calls this)."""
    with database.reader() as session:
        district = the_district(session)
        code = district.district_code if district is not None else None
    if code is not None:
        add_past_results(database, code, today)


def populate_district(database: Database, district_code: str, today: date) -> None:
    """Kathu's (8302) or Thalang's (8303) issues and pass results, inside the caller's transaction, once
    services/demo.py has added the district and its committee (``PROFILES``, ``COMMITTEES``)."""
    from pcha_desktop.services import committees, issues

    for index, title in enumerate(ISSUES[district_code]):
        issue = committees.add_issue(database, 2564, title, DEMO_USER)
        if index == 0:
            issues.save_quarter_note(database, issue.id, 1, OBSTACLE, SUGGESTION, DEMO_USER)
        add_passing_assessments(database, issue.id, 2564)
    add_past_results(database, district_code, today)


__all__ = ["COMMITTEES", "COMMITTEE_NAMES", "ISSUES", "PAST_RESULTS", "PROFILES", "add_passing_assessments",
           "add_past_results", "populate", "populate_district"]
