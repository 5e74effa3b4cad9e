"""The demo's report texts and project results (issue 11): Mueang Phuket's FY2564 report reads like seed 000 —
the situation, obstacles and suggestions of the year and of quarter 1 (seed 000's words), the support the
district chief is asked to seek, and each activity's objectives with indicators and results (seed 003's
shape) so that a project summary prints from the demo too."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pcha_desktop.domain.report_periods import ReportPeriod
from pcha_desktop.domain.reporting import FreeTexts
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.storage.database import Database

SITUATION = (
    "ในปีงบประมาณ 2564 อำเภอเมืองภูเก็ตขับเคลื่อนงาน พชอ. อย่างต่อเนื่อง ท่ามกลางการระบาดของโรค COVID-19 "
    "ที่กระทบเศรษฐกิจการท่องเที่ยวและรายได้ของครัวเรือน มีการประชุมเพื่อกำหนดประเด็นการพัฒนาคุณภาพชีวิต 4 เรื่อง "
    "และดูแลกลุ่มเปราะบาง โดยใช้เกณฑ์ตามบริบทพื้นที่"
)
OBSTACLES = (
    "การประสานงานและนัดประชุมคณะกรรมการเป็นไปด้วยความลำบาก เนื่องจากคณะกรรมการแต่ละท่านมีภารกิจมาก "
    "หาเวลาที่ว่างตรงกันเพื่อนัดประชุมยาก จึงมีการประชุมคณะกรรมการกลุ่มย่อยของแต่ละประเด็นเพื่อให้เกิดความคล่องตัว"
    "ในการดำเนินการ ทั้งนี้มีการสื่อสารความก้าวหน้าโดยผ่านทางสื่ออิเล็กทรอนิกส์"
)
SUGGESTIONS = "บางประเด็นต้องมีการขับเคลื่อนการทำงานร่วมกันในระดับจังหวัด เช่น การป้องกันอุบัติเหตุทางถนนช่วงเทศกาล"
SUPPORT = (
    "ขอให้จังหวัดสนับสนุนการประสานหน่วยงานระดับจังหวัดในการตั้งด่านชุมชนช่วงเทศกาล "
    "และสนับสนุนงบประมาณอบรมผู้ดูแลผู้สูงอายุ (Caregiver) เพิ่มอีก 30 คน"
)
OBJECTIVES = {  # activity name (start) → objectives (objective, indicator, result)
    "ฉีดวัคซีน": (("เพื่อให้ผู้สูงอายุและผู้ป่วยติดบ้านติดเตียงได้รับวัคซีน COVID-19 ถึงบ้าน",
                   "ร้อยละผู้สูงอายุ 60 ปีขึ้นไปได้รับวัคซีนอย่างน้อย 1 เข็ม ไม่น้อยกว่าร้อยละ 70",
                   "ผู้สูงอายุได้รับวัคซีนร้อยละ 72.6 ทีมเคลื่อนที่ 6 ทีมเยี่ยมบ้านผู้ติดเตียง 412 ราย"),
                  ("เพื่อสร้างความเชื่อมั่นของชุมชนต่อการรับวัคซีน",
                   "ชุมชนทุกแห่งในเขตเทศบาลได้รับการสื่อสารผ่าน อสม.", "")),
    "อบรมผู้ดูแล": (("เพื่อพัฒนาผู้ดูแลผู้สูงอายุ (Caregiver) ให้ครอบคลุมทุกตำบล",
                     "ผู้ผ่านการอบรมหลักสูตร 70 ชั่วโมง 60 คน", "ผ่านการอบรม 63 คน ครบทุกตำบล"),),
}


def populate(database: Database, today: date) -> None:
    from pcha_desktop.services.reports import save_report_texts
    from pcha_desktop.storage.models import Activity, ActivityObjective

    save_report_texts(database, ReportPeriod.year(2564), FreeTexts(SITUATION, OBSTACLES, SUGGESTIONS, SUPPORT), DEMO_USER)
    save_report_texts(database, ReportPeriod.quarter(2564, 1), FreeTexts(SITUATION, OBSTACLES, SUGGESTIONS, SUPPORT),
                      DEMO_USER)
    with database.unit_of_work(DEMO_USER) as session:
        for activity in session.scalars(select(Activity).order_by(Activity.id)):
            for start, objectives in OBJECTIVES.items():
                if activity.name.startswith(start) and not activity.objectives:
                    activity.objectives = [ActivityObjective(objective=o, indicator=i, result=r, sort_order=n)
                                           for n, (o, i, r) in enumerate(objectives)]
