"""The demo's UCCARE assessments (issue 10): before and after, self and provincial, for the four FY2564 issues
of Mueang Phuket: two pass by rising a level on every component (the second with the provincial visitors
rating some components differently: a disagreement to see), one by every component at level 3 or above,
and the fourth passes by self and provincial assessment while the regional visitors find it does not
(component A stays at level 2): their verdict is shown, and counts only when the rules say regional
visitors decide. So the district passes FY2564 under the default rule (every issue passes), as seed 000's
table has it (Mueang Phuket: target 1, result 1). Earlier fiscal years 2561–2563 each hold one issue that
passed: seed 000's baselines (Mueang Phuket 1, 1, 1).
"""

from __future__ import annotations

from datetime import date

from pcha_desktop.domain.thai_calendar import be_to_ce
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Phase
from pcha_desktop.services.demo_marker import DEMO_USER
from pcha_desktop.storage.database import Database

# levels in COMPONENTS order (U C C A R E): (self before, self after, provincial before, provincial after)
FY2564_LEVELS = [
    ((1, 2, 1, 1, 2, 1), (2, 3, 2, 2, 3, 2), (1, 2, 1, 1, 2, 1), (2, 3, 2, 2, 3, 2)),  # rises a level
    ((2, 1, 2, 1, 2, 2), (3, 2, 3, 2, 3, 3), (2, 2, 2, 1, 1, 2), (3, 3, 3, 2, 2, 3)),  # rises; levels differ
    ((3, 3, 2, 3, 3, 3), (3, 3, 3, 3, 4, 3), (3, 3, 2, 3, 3, 3), (3, 3, 3, 3, 4, 3)),  # all at 3 or above
    ((2, 2, 1, 2, 2, 2), (3, 3, 2, 3, 3, 3), (2, 2, 1, 2, 2, 2), (3, 3, 2, 3, 3, 3)),  # rises (regional: no)
]
REGIONAL_LEVELS = {3: ((2, 2, 1, 2, 2, 2), (3, 3, 2, 2, 3, 3))}  # issue index → before, after: A stays at 2
EARLIER_YEARS = {  # BE fiscal year → an issue that passed (seed 000: Mueang Phuket 1, 1, 1)
    2561: "การดูแลผู้สูงอายุและผู้ป่วยติดเตียง",
    2562: "การป้องกันการบาดเจ็บและเสียชีวิตจากอุบัติเหตุทางถนน",
    2563: "การจัดการขยะและสิ่งแวดล้อม",
}
EARLIER_LEVELS = ((1, 2, 2, 1, 2, 1), (2, 3, 3, 2, 3, 2))
SELF_PARTICIPANTS = ("นายสุรชัย แก้วมณี, สาธารณสุขอำเภอเมืองภูเก็ต\nนางมาลี บุญประคอง, ประธานชมรม อสม. อำเภอเมืองภูเก็ต\n"
                     "นางสาวดวงใจ ขยันยิ่ง, พยาบาลวิชาชีพ รพ.สต.\nนายไพโรจน์ สุขสม, ปลัดเทศบาลนครภูเก็ต")
EVIDENCE = {
    Phase.BEFORE: "ข้อมูลจากเวทีประชุมกลุ่มย่อยของประเด็น",
    Phase.AFTER: "สรุปผลการดำเนินงานและรายงานการประชุมคณะทำงาน",
}


def _day(be_year: int, month: int, day: int) -> date:
    return date(be_to_ce(be_year), month, day)


def record(database: Database, issue_id: int, fiscal_year: int, assessor: Assessor, phase: Phase,
            levels: tuple[int, ...]) -> None:
    from pcha_desktop.services.uccare import AssessmentInput, save_assessment

    before = phase is Phase.BEFORE
    if assessor is Assessor.SELF:
        day = _day(fiscal_year - 1, 11, 20) if before else _day(fiscal_year, 8, 20)
        participants, count = SELF_PARTICIPANTS, None
    else:
        day = _day(fiscal_year - 1, 12, 10) if before else _day(fiscal_year, 9, 10)
        participants, count = "", 6
    save_assessment(database, issue_id, AssessmentInput(
        phase, assessor, day, dict(zip(COMPONENTS, levels)),
        {component: EVIDENCE[phase] for component in COMPONENTS[:2]}, participants, count), DEMO_USER)


def populate(database: Database, today: date) -> None:
    from pcha_desktop.domain.kpis import IssueArea
    from pcha_desktop.services import committees, issues

    for index, (row, levels) in enumerate(zip(committees.issues_of_year(database, 2564), FY2564_LEVELS)):
        for (assessor, phase), values in zip([(Assessor.SELF, Phase.BEFORE), (Assessor.SELF, Phase.AFTER),
                                              (Assessor.PROVINCIAL, Phase.BEFORE), (Assessor.PROVINCIAL, Phase.AFTER)],
                                             levels):
            record(database, row.id, 2564, assessor, phase, values)
        for phase, values in zip(Phase, REGIONAL_LEVELS.get(index, ())):
            record(database, row.id, 2564, Assessor.REGIONAL, phase, values)
    for fiscal_year, title in EARLIER_YEARS.items():
        issue_id = issues.add_year_issue(database, fiscal_year, issues.IssueDetails(title, IssueArea.OTHER), DEMO_USER)
        for assessor in (Assessor.SELF, Assessor.PROVINCIAL):
            for phase, values in zip(Phase, EARLIER_LEVELS):
                record(database, issue_id, fiscal_year, assessor, phase, values)


__all__ = ["EARLIER_LEVELS", "populate", "record"]
