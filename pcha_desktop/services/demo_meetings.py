"""The demo's meetings: Mueang Phuket's FY2564 as a secretary would have recorded it.

The district committee meets five times: 1/2564 (16 Nov 2563), 2/2564 (15 Feb 2564), 3/2564 (17 May 2564,
during the COVID-19 wave: no quorum), 4/2564 (27 May 2564, reconvening 3/2564's matters within 14 days under
s. 79's one-third rule, which its invitation stated) and 5/2564 (16 Aug 2564): four held with quorum, so the
year meets the four-a-year rule. Each has minutes, resolutions (one with a dissenting opinion), follow-ups
(some closed, some still open), and its minutes adopted at the next meeting and sent to the province; the
last one's minutes are still a draft. Each issue subcommittee holds two subgroup meetings. Seed 003's OKR
workshop (80 people) is the year's workshop. ``services.demo`` calls ``populate`` inside its one transaction.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from pcha_desktop.domain.meetings import THIRD_RULE_SENTENCE_TH, AgendaSection, AttendanceStatus, MeetingKind
from pcha_desktop.domain.thai_calendar import be_to_ce
from pcha_desktop.services import meetings as m
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.storage.database import Database

PLACE = "ห้องประชุมที่ว่าการอำเภอเมืองภูเก็ต ชั้น 2"


def _day(be_year: int, month: int, day: int) -> date:
    return date(be_to_ce(be_year), month, day)


# (date, kind, members absent with notice (by list position), absent, represented, start, end)
DISTRICT_MEETINGS = [
    (_day(2563, 11, 16), MeetingKind.REGULAR, {3: "ติดราชการ"}, {9}, {5: ("นายสมพงษ์ ดีเสมอ", "รองผู้กำกับการ")}),
    (_day(2564, 2, 15), MeetingKind.REGULAR, {7: "ลาป่วย"}, set(), {}),
    (_day(2564, 5, 17), MeetingKind.REGULAR, {1: "ติดภารกิจควบคุมโรค", 2: "ติดภารกิจควบคุมโรค", 4: "กักตัว"},
     {3, 6, 8, 10, 11}, {}),
    (_day(2564, 5, 27), MeetingKind.SPECIAL, {2: "ติดราชการ", 4: "กักตัว"}, {3, 6, 8, 10, 11}, {}),
    (_day(2564, 8, 16), MeetingKind.REGULAR, {}, {11}, {1: ("นางสาวอรอุมา ใจเย็น", "ผู้ช่วยผู้อำนวยการ")}),
]

CHAIR_INFORMS = [
    "ประธานแจ้งนโยบายการขับเคลื่อน พชอ. ปีงบประมาณ 2564 และการแต่งตั้งคณะกรรมการตามคำสั่งอำเภอที่ 245/2563",
    "ประธานแจ้งคำสั่งแต่งตั้งคณะกรรมการฉบับปรับปรุงที่ 58/2564 (ผู้กำกับการสถานีตำรวจภูธรเมืองภูเก็ตคนใหม่)",
    "ประธานแจ้งสถานการณ์การระบาดของโรค COVID-19 ระลอกใหม่ในจังหวัดภูเก็ต",
    "ประธานแจ้งว่าการประชุมครั้งที่ 3/2564 ไม่ครบองค์ประชุม จึงนัดประชุมครั้งนี้ภายใน 14 วัน",
    "ประธานแจ้งผลการดำเนินงาน Phuket Sandbox และการเตรียมสรุปผลงานประจำปี",
]

# per meeting: (title, minutes, resolution, follow-ups (description, owner, due, closed), dissent or None)
MATTERS = [
    [("การคัดเลือกประเด็นพัฒนาคุณภาพชีวิต ปีงบประมาณ 2564",
      "เลขานุการนำเสนอข้อมูลสถานการณ์สุขภาพและผลการจัดลำดับความสำคัญของปัญหา 4 ประเด็น",
      "ที่ประชุมมีมติเห็นชอบประเด็นพัฒนาคุณภาพชีวิต 4 ประเด็น และให้แต่งตั้งคณะทำงานรายประเด็น",
      [("จัดทำคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนรายประเด็น", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", (2563, 11, 30), (2563, 11, 25)),
       ("สำรวจข้อมูลผู้ป่วยติดเตียงรายตำบล", "คณะทำงานประเด็นผู้ป่วยติดเตียง", (2564, 1, 31), (2564, 3, 1))],
      None)],
    [("แผนการดำเนินงาน (One Plan) ปีงบประมาณ 2564",
      "คณะทำงานแต่ละประเด็นนำเสนอแผนงานโครงการและงบประมาณจากแหล่งต่าง ๆ",
      "ที่ประชุมมีมติเห็นชอบแผนการดำเนินงาน ด้วยคะแนนเสียงเห็นชอบ 11 เสียง ไม่เห็นชอบ 1 เสียง",
      [("จัดตั้งจุดตรวจความปลอดภัยทางถนนช่วงเทศกาลสงกรานต์", "สถานีตำรวจภูธรเมืองภูเก็ต", (2564, 4, 10), (2564, 4, 9)),
       ("ประสานกองทุนหลักประกันสุขภาพระดับท้องถิ่นสนับสนุนงบประมาณ", "เทศบาลนครภูเก็ต", (2564, 6, 30), None)],
      ("นายชาญวิทย์ ตันติวงศ์", "ไม่เห็นด้วยกับการใช้งบประมาณจัดจุดตรวจ", "ควรใช้งบประมาณกับการรณรงค์สวมหมวกนิรภัยมากกว่า"))],
    [("การปรับแผนการดำเนินงานในสถานการณ์ COVID-19",
      "ที่ประชุมไม่ครบองค์ประชุม จึงไม่อาจพิจารณาลงมติได้ ประธานให้นัดประชุมใหม่ภายใน 14 วัน",
      "",
      [],
      None)],
    [("การปรับแผนการดำเนินงานในสถานการณ์ COVID-19",
      "เลขานุการเสนอให้ปรับกิจกรรมที่รวมกลุ่มคนจำนวนมากเป็นการลงพื้นที่เป็นกลุ่มย่อย",
      "ที่ประชุมมีมติเห็นชอบการปรับแผน และให้คณะทำงานรายประเด็นประชุมกลุ่มย่อยแทนการประชุมใหญ่",
      [("ปรับกิจกรรมเยี่ยมบ้านผู้ป่วยติดเตียงเป็นทีมย่อยตามมาตรการควบคุมโรค", "คณะทำงานประเด็นผู้ป่วยติดเตียง", (2564, 6, 30), (2564, 7, 5)),
       ("รายงานความก้าวหน้าตัวชี้วัดรายไตรมาสต่อที่ประชุม", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", (2564, 8, 15), None)],
      None)],
    [("การสรุปผลการดำเนินงานและการเตรียมแผนปีงบประมาณ 2565",
      "เลขานุการสรุปผลการดำเนินงานตามตัวชี้วัดของทั้ง 4 ประเด็น",
      "ที่ประชุมรับทราบผลการดำเนินงาน และมอบหมายให้จัดทำร่างแผนปีงบประมาณ 2565",
      [("จัดทำร่างแผนการดำเนินงานปีงบประมาณ 2565", "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", (2564, 10, 31), None)],
      None)],
]

WORKSHOP = m.WorkshopInput(
    title="ประชุมเชิงปฏิบัติการพัฒนาศักยภาพคณะกรรมการ พชอ. ตามแนวคิด OKRs",
    start_date=_day(2564, 3, 18),
    end_date=_day(2564, 3, 19),
    topic="การปฏิบัติงานในระบบ OKRs (Objectives and Key Results) สำหรับคณะกรรมการ พชอ. และผู้แทน รพ.สต.",
    organiser="สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต",
    place="โรงแรมในอำเภอเมืองภูเก็ต",
    committee_members=30,
    tambon_committee_members=28,
    health_staff=17,
    other_participants=5,
    outcomes="ผู้เข้าร่วม 80 คนได้รับการพัฒนาองค์ความรู้ตามแนวคิด OKRs; แต่ละประเด็นได้ร่างวัตถุประสงค์และผลลัพธ์หลัก",
)


def _record_attendance(database: Database, meeting_id: int, excused: dict[int, str], absent: set[int],
                       represented: dict[int, tuple[str, str]]) -> None:
    view = m.meeting_view(database, meeting_id)
    for position, row in enumerate(view.attendance):
        if position in excused:
            mark = m.AttendanceMark(AttendanceStatus.ABSENT_WITH_NOTICE, excused[position])
        elif position in represented:
            name, title = represented[position]
            mark = m.AttendanceMark(AttendanceStatus.REPRESENTED, substitute_name=name, substitute_position=title)
        elif position in absent:
            continue
        else:
            mark = m.AttendanceMark(AttendanceStatus.PRESENT)
        m.set_attendance(database, row.id, mark, DEMO_USER, today=view.summary.meeting_date)
    m.set_held(database, meeting_id, True, DEMO_USER, today=view.summary.meeting_date)


def _district_year(database: Database, committee_id: int) -> list[int]:
    ids: list[int] = []
    for index, (day, kind, excused, absent, represented) in enumerate(DISTRICT_MEETINGS):
        reconvenes = ids[2] if index == 3 else None
        meeting_id = m.create_meeting(database, m.MeetingDetails(
            committee_id, day, kind, start_time=time(9, 30), end_time=time(12, 0), place=PLACE,
            invitation_date=day - timedelta(days=7 if index != 3 else 4),
            invitation_reference=f"ภก 0318/ว {120 + index * 37}",
            adjourned_meeting_id=reconvenes, invitation_states_third_rule=reconvenes is not None,
            notes=THIRD_RULE_SENTENCE_TH if reconvenes is not None else "",
        ), DEMO_USER)
        ids.append(meeting_id)
        _record_attendance(database, meeting_id, excused, absent, represented)
        view = m.meeting_view(database, meeting_id)
        m.save_minutes(database, view.items_of(AgendaSection.CHAIR_INFORMS)[0].id, CHAIR_INFORMS[index], DEMO_USER)
        m.save_minutes(database, view.items_of(AgendaSection.OTHER)[0].id, "ไม่มี", DEMO_USER)
        adopt = view.items_of(AgendaSection.ADOPT_MINUTES)[0]
        if index == 2:  # no quorum: nothing can be adopted; the reconvened meeting adopts both minutes
            m.save_minutes(database, adopt.id, "ไม่ครบองค์ประชุม เลื่อนการรับรองไปการประชุมครั้งถัดไป", DEMO_USER)
        elif index > 0:
            m.save_minutes(database, adopt.id, "ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข", DEMO_USER)
            for earlier in ids[index - 2:index] if index == 3 else ids[index - 1:index]:
                m.adopt_minutes(database, earlier, DEMO_USER, adopted_in_meeting_id=meeting_id)
                m.record_sent_to_province(database, earlier, day + timedelta(days=3), DEMO_USER)
        for carried in view.items_of(AgendaSection.MATTERS_ARISING):
            m.save_minutes(database, carried.id, "ผู้รับผิดชอบรายงานความก้าวหน้าต่อที่ประชุม", DEMO_USER)
        for title, minutes, resolution, follow_ups, dissent in MATTERS[index]:
            item = m.add_agenda_item(database, meeting_id, AgendaSection.FOR_CONSIDERATION, title, DEMO_USER)
            m.save_minutes(database, item, minutes, DEMO_USER)
            if not resolution:
                continue
            m.add_resolution(database, item, m.ResolutionInput(
                resolution,
                dissents=(m.DissentInput(*dissent),) if dissent else (),
                follow_ups=tuple(m.FollowUpInput(text, owner, _day(*due)) for text, owner, due, _closed in follow_ups),
            ), DEMO_USER)
            actions = m.meeting_view(database, meeting_id).items_of(AgendaSection.FOR_CONSIDERATION)[-1]
            for action, (_text, _owner, _due, closed) in zip(actions.resolutions[0].follow_ups, follow_ups):
                if closed is not None:
                    m.close_follow_up(database, action.id, _day(*closed), DEMO_USER, "ดำเนินการแล้วเสร็จ")
    return ids


def _subgroup_meetings(database: Database) -> None:
    from pcha_desktop.services import committees

    for index, issue in enumerate(committees.issues_of_year(database, 2564)):
        if issue.subcommittee_id is None:
            continue
        for day in (_day(2564, 1, 11 + index), _day(2564, 6, 14 + index)):
            meeting_id = m.create_meeting(database, m.MeetingDetails(
                issue.subcommittee_id, day, MeetingKind.SUBGROUP, start_time=time(13, 30), end_time=time(15, 30),
                place="ห้องประชุมสำนักงานสาธารณสุขอำเภอเมืองภูเก็ต", issue_id=issue.id,
                invitation_date=day - timedelta(days=5),
            ), DEMO_USER)
            _record_attendance(database, meeting_id, {}, set(), {})
            item = m.add_agenda_item(database, meeting_id, AgendaSection.FOR_CONSIDERATION,
                                     f"ความก้าวหน้าการดำเนินงานประเด็น{issue.title}", DEMO_USER)
            m.save_minutes(database, item, "คณะทำงานรายงานความก้าวหน้าและปัญหาอุปสรรครายพื้นที่", DEMO_USER)
            m.add_resolution(database, item, m.ResolutionInput("ที่ประชุมรับทราบ และให้ติดตามในการประชุมครั้งต่อไป"),
                             DEMO_USER)


def populate(database: Database, today: date) -> None:
    """Mueang Phuket's FY2564 meetings, subgroup meetings and the OKR workshop (``today`` is not used: the
    year is a past one, whole)."""
    from pcha_desktop.services import committees

    district = committees.district_committee(database, DEMO_USER)
    _district_year(database, district.id)
    _subgroup_meetings(database)
    m.save_workshop(database, WORKSHOP, DEMO_USER)
