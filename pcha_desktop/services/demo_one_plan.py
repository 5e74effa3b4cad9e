"""The demo's project summaries (seed 003 is one): objectives with their indicators and results for two of
Mueang Phuket's FY2564 activities, so the One Plan's dialog and workbook show them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pcha_desktop.services import issues
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.storage.database import Database

OBJECTIVES = {  # activity name → (objective, indicator, result)
    "อบรมผู้ดูแลผู้สูงอายุ (Caregiver) หลักสูตร 70 ชั่วโมง": (
        ("ผู้ดูแลผู้สูงอายุมีความรู้และทักษะการดูแลผู้ป่วยติดเตียง", "ผู้เข้าอบรมผ่านการประเมินร้อยละ 90",
         "ผ่านการประเมิน 58 จาก 60 คน (ร้อยละ 96.7)"),
        ("ผู้ป่วยติดเตียงทุกรายมีผู้ดูแลประจำ", "ผู้ป่วยติดเตียงมีผู้ดูแลร้อยละ 100", "ร้อยละ 100"),
    ),
    "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัว": (
        ("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านอย่างต่อเนื่อง", "เยี่ยมบ้านเดือนละ 1 ครั้งต่อราย", "เยี่ยมแล้วร้อยละ 85"),
        ("ลดภาวะแทรกซ้อน (แผลกดทับ)", "เกิดแผลกดทับรายใหม่ไม่เกิน 5 ราย", ""),
    ),
}


def populate(database: Database, today: date) -> None:
    for year in issues.year_plan(database, 2564).issues:
        for activity in year.activities:
            given = OBJECTIVES.get(activity.name)
            if given:
                objectives = tuple(issues.ActivityObjectiveInput(*texts) for texts in given)
                issues.update_activity(database, activity.id,
                                       replace(issues.activity_input_of(activity), objectives=objectives), DEMO_USER)
