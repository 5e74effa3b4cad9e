"""The report of a period as plain data (what ``services.reports`` gathers and ``exports`` render), and the
rules the report states: the five target criteria of seed 000's section 2.1 and the four-meetings-a-year rule.

Sections whose data comes from later features (meetings, UCCARE) are optional (``None``): the documents then
print nothing about them, and criterion 5 (UCCARE assessed) reads "no data yet", never "not met".
Numbers are ``Decimal`` (exact), dates ``date``; labels are already in Thai (the documents are Thai).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from pcha_desktop.domain.kpis import KpiStatus
from pcha_desktop.domain.report_periods import ReportPeriod

MEETINGS_PER_YEAR = 4  # Khon Kaen's step 6 (seed 004): at least four committee meetings a year


# --- the sections ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileSection:
    province_name: str
    district_name: str
    office_name: str
    district_chief_name: str
    secretary_name: str


@dataclass(frozen=True)
class MemberLine:
    full_name: str
    position: str
    role_label: str
    sector_label: str = ""


@dataclass(frozen=True)
class OrderLine:
    number: str
    order_date: date
    subject: str
    sent_to_province_on: date | None


@dataclass(frozen=True)
class CommitteeSection:
    name: str
    members: tuple[MemberLine, ...]  # on the period's last day, in the order's order
    order: OrderLine | None  # the order in force on the period's last day


@dataclass(frozen=True)
class BaselineValue:
    fiscal_year: int
    value: Decimal | None


@dataclass(frozen=True)
class KpiLine:
    name: str
    unit: str
    target: Decimal
    result: Decimal | None  # the period's figure (``ReportPeriod.kpi_value``)
    percent: Decimal | None  # of target, two decimals
    status: KpiStatus
    baselines: tuple[BaselineValue, ...]  # the three earlier fiscal years, oldest first
    lower_is_better: bool = False


@dataclass(frozen=True)
class TargetGroupLine:
    label: str
    count: int


@dataclass(frozen=True)
class IssueNote:
    quarter: int
    obstacles: str
    suggestions: str


@dataclass(frozen=True)
class IssueSection:
    title: str
    area_label: str
    dimension_labels: tuple[str, ...]
    situation: str
    target_groups: tuple[TargetGroupLine, ...]
    working_group_size: int  # members of its subcommittee on the period's last day
    kpis: tuple[KpiLine, ...]
    notes: tuple[IssueNote, ...]  # the obstacles and suggestions of the quarters the period covers


@dataclass(frozen=True)
class ActivityLine:
    issue_title: str
    name: str
    lead_agency: str
    partners: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    status_label: str
    progress_percent: int
    budget_total: Decimal


@dataclass(frozen=True)
class PooledLine:
    """What one partner brings to an issue's plan: the five kinds' labels it gives."""

    issue_title: str
    partner: str
    kinds: tuple[str, ...]  # labels, in the order people, money, things, knowledge, data
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSection:
    activities: tuple[ActivityLine, ...]
    budget_by_source: tuple[tuple[str, Decimal], ...]  # (source label, baht), every source
    pooled: tuple[PooledLine, ...]
    kinds_pooled: tuple[str, ...]  # labels of the five kinds some partner brings
    all_kinds: tuple[str, ...]  # labels of the five kinds

    @property
    def budget_total(self) -> Decimal:
        return sum((amount for _, amount in self.budget_by_source), Decimal(0))


@dataclass(frozen=True)
class TambonCommitteeLine:
    tambon_name: str
    area_name: str  # "" for the whole tambon's committee
    chair_name: str
    member_count: int | None  # None: no committee
    plan_status_label: str
    meetings_held: int


@dataclass(frozen=True)
class VisitLine:
    visit_date: date
    tambon_name: str
    team_members: str
    findings: str
    follow_ups: str


@dataclass(frozen=True)
class NotableWorkLine:
    tambon_name: str
    title: str
    description: str
    issue_title: str


@dataclass(frozen=True)
class TambonSection:
    tambon_count: int
    covered_count: int  # tambons with a committee of their own or of an area in them
    visited_count: int  # tambons visited in the period
    committees: tuple[TambonCommitteeLine, ...]
    visits: tuple[VisitLine, ...]  # in the period
    notable_work: tuple[NotableWorkLine, ...]

    @property
    def committee_count(self) -> int:
        return sum(1 for line in self.committees if line.member_count is not None)

    @property
    def member_total(self) -> int:
        return sum(line.member_count or 0 for line in self.committees)


@dataclass(frozen=True)
class FreeTexts:
    situation: str = ""
    obstacles: str = ""
    suggestions: str = ""
    support_requested: str = ""


@dataclass(frozen=True)
class MeetingLine:
    """A meeting of the district committee (filled in from the meetings feature)."""

    meeting_date: date
    number: str  # "1/2564"
    title: str
    present: int | None = None
    members: int | None = None
    quorum_met: bool | None = None


@dataclass(frozen=True)
class FollowUpLine:
    text: str
    responsible: str
    status_label: str
    due_date: date | None = None


@dataclass(frozen=True)
class MeetingsSection:
    """Optional: the lead fills it from the meetings feature. ``meetings`` are those of the fiscal year up to the
    period's end (the four-a-year rule counts from the start of the year)."""

    meetings: tuple[MeetingLine, ...]
    follow_ups: tuple[FollowUpLine, ...] = ()


@dataclass(frozen=True)
class UccareScore:
    component_code: str  # "U", "C1", "C2", "A", "R", "E"
    component_label: str  # Thai
    before: int | None  # level 1–5 before (self-assessment)
    after_self: int | None
    after_provincial: int | None


@dataclass(frozen=True)
class UccareIssue:
    issue_title: str
    scores: tuple[UccareScore, ...]
    passed: bool | None  # the Ministry's pass rule (``domain`` of the UCCARE feature); None: not assessed
    assessed_by_self: bool = False
    assessed_by_visitors: bool = False  # provincial or regional visitors


@dataclass(frozen=True)
class UccareSection:
    """Optional: the lead fills it from the UCCARE feature."""

    issues: tuple[UccareIssue, ...]
    chart_files: tuple[str, ...] = field(default=())  # not used by the PDF (it draws its own)

    @property
    def passed_count(self) -> int:
        return sum(1 for issue in self.issues if issue.passed)


@dataclass(frozen=True)
class UccareTally:
    """Seed 000's quantitative table, the district's row (2.2): assessed this fiscal year (target 1), passed
    (result 1), percent, and the pass flags of the three fiscal years before (None: no result). Filled from
    the one source of each year's result (services/uccare.py ``year_results``), as the bundle is."""

    fiscal_year: int
    assessed: bool
    passed: bool | None
    baselines: tuple[bool | None, ...]  # the three earlier fiscal years, oldest first
    reason: str = ""  # Thai: why (computed from the assessments, or typed for a year before the app)

    @property
    def target(self) -> int:
        return 1 if self.assessed else 0

    @property
    def result(self) -> int:
        return 1 if self.passed else 0

    @property
    def percent(self) -> Decimal | None:
        return Decimal(100 * self.result) if self.target else None

    @property
    def baseline_years(self) -> tuple[int, ...]:
        return tuple(range(self.fiscal_year - len(self.baselines), self.fiscal_year))


@dataclass(frozen=True)
class YearStepLine:
    number: int  # seed 004's numbering, 1–15
    title: str  # Thai
    state_label: str  # Thai: เสร็จแล้ว, เลยกำหนด …
    done: int
    total: int
    due: date


@dataclass(frozen=True)
class YearGuideSection:
    """The year's fifteen steps as a status table (``domain.year_guide``), as of the period's end."""

    as_of: date
    steps: tuple[YearStepLine, ...]
    done: int
    late: int


class CriterionState(Enum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


CRITERION_STATE_LABELS = {
    CriterionState.MET: ("ผ่าน", "Met"),
    CriterionState.NOT_MET: ("ยังไม่ผ่าน", "Not met"),
    CriterionState.NO_DATA: ("ยังไม่มีข้อมูล", "No data yet"),
}


@dataclass(frozen=True)
class Criterion:
    number: int
    text: str  # seed 000's words
    state: CriterionState
    evidence: str  # what in the data says so (Thai)


@dataclass(frozen=True)
class ReportData:
    period: ReportPeriod
    made_on: date
    profile: ProfileSection
    committee: CommitteeSection | None
    issues: tuple[IssueSection, ...]
    plan: PlanSection
    tambons: TambonSection
    texts: FreeTexts
    criteria: tuple[Criterion, ...]
    meetings: MeetingsSection | None = None
    uccare: UccareSection | None = None
    year_guide: YearGuideSection | None = None
    thai_digits: bool = False
    demo: bool = False
    uccare_tally: UccareTally | None = None  # the district's row of seed 000's table

    def names(self) -> list[str]:
        """People's names the documents print (kept whole when lines wrap)."""
        names = [self.profile.district_chief_name, self.profile.secretary_name]
        if self.committee is not None:
            names += [member.full_name for member in self.committee.members]
        names += [line.chair_name for line in self.tambons.committees if line.chair_name]
        return [name for name in names if name]

    @property
    def kpi_count(self) -> int:
        return sum(len(issue.kpis) for issue in self.issues)


# --- the five target criteria (seed 000, 2.1) ----------------------------------------------------------------

CRITERIA_TEXTS = (
    "มีการกำหนดประเด็นการพัฒนาคุณภาพชีวิตของประชาชน อย่างน้อย 2 ประเด็น",
    "มีการกำหนดเป้าหมายการพัฒนาคุณภาพชีวิตของกลุ่มเปราะบางที่ชัดเจน",
    "มีคณะทำงานในการขับเคลื่อนประเด็นที่กำหนด และมีการบริหารจัดการทรัพยากรของทุกภาคส่วนที่เกี่ยวข้อง"
    "ในการขับเคลื่อนการพัฒนาคุณภาพชีวิตของประชาชนและการดูแลกลุ่มเปราะบาง",
    "มีรูปแบบการบูรณาการทรัพยากร (คน เงิน ของ ความรู้ ข้อมูล) ที่เป็นรูปธรรมชัดเจน",
    "มีการประเมินประเด็นปัญหาการพัฒนาคุณภาพชีวิต ตามองค์ประกอบ UCCARE"
    " โดยการประเมินตนเองและผู้เยี่ยมระดับจังหวัดและเขต",
)


@dataclass(frozen=True)
class CriteriaFacts:
    """What the five criteria are judged on, counted from the data."""

    issue_count: int
    issues_with_group_targets: int  # issues with a vulnerable group counted and a KPI with a target
    issues_with_working_group: int  # issues whose subcommittee has members
    issues_with_resources: int  # issues whose plan has an activity with a budget or a partner's contribution
    kinds_pooled: int  # of the five kinds, how many some partner brings
    uccare: UccareSection | None = None


def evaluate_criteria(facts: CriteriaFacts) -> tuple[Criterion, ...]:
    """Each criterion met, not met, or (UCCARE without its data) not known yet; with the evidence in Thai."""

    def state(met: bool) -> CriterionState:
        return CriterionState.MET if met else CriterionState.NOT_MET

    n = facts.issue_count
    results = [
        (state(n >= 2), f"กำหนดประเด็นแล้ว {n} ประเด็น"),
        (state(n > 0 and facts.issues_with_group_targets == n),
         f"{facts.issues_with_group_targets} จาก {n} ประเด็น ระบุจำนวนกลุ่มเป้าหมายและค่าเป้าหมายตัวชี้วัด"),
        (state(n > 0 and facts.issues_with_working_group == n and facts.issues_with_resources == n),
         f"มีคณะทำงาน {facts.issues_with_working_group} จาก {n} ประเด็น; "
         f"มีแผนที่ระบุงบประมาณหรือทรัพยากร {facts.issues_with_resources} จาก {n} ประเด็น"),
        (state(facts.kinds_pooled == 5), f"ภาคีร่วมสนับสนุนทรัพยากร {facts.kinds_pooled} จาก 5 ด้าน"),
    ]
    uccare = facts.uccare
    if uccare is None or not uccare.issues:
        results.append((CriterionState.NO_DATA, "ยังไม่มีข้อมูลการประเมิน UCCARE ในโปรแกรม"))
    else:
        both = sum(1 for issue in uccare.issues if issue.assessed_by_self and issue.assessed_by_visitors)
        total = len(uccare.issues)
        results.append((state(both == total),
                        f"ประเมินตนเองและผู้เยี่ยมระดับจังหวัด/เขตแล้ว {both} จาก {total} ประเด็น"))
    return tuple(Criterion(number, text, found, evidence)
                 for number, (text, (found, evidence)) in enumerate(zip(CRITERIA_TEXTS, results), 1))


# --- the four-a-year rule -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingCompliance:
    held: int
    expected: int  # by the period's end: one a quarter from the start of the fiscal year
    required_per_year: int = MEETINGS_PER_YEAR

    @property
    def on_track(self) -> bool:
        return self.held >= self.expected


def meeting_compliance(meeting_dates: Sequence[date], period: ReportPeriod) -> MeetingCompliance:
    """Meetings held from the start of the fiscal year to the period's end, against one a quarter (four a
    year): after quarter n, n meetings are expected."""
    start = ReportPeriod.year(period.fiscal_year).start
    held = sum(1 for day in meeting_dates if start <= day <= period.end)
    return MeetingCompliance(held, MEETINGS_PER_YEAR * period.last_quarter // 4)


__all__ = [
    "ActivityLine", "BaselineValue", "CRITERIA_TEXTS", "CRITERION_STATE_LABELS", "CommitteeSection", "CriteriaFacts",
    "Criterion", "CriterionState", "FollowUpLine", "FreeTexts", "IssueNote", "IssueSection", "KpiLine",
    "MEETINGS_PER_YEAR", "MeetingCompliance", "MeetingLine", "MeetingsSection", "MemberLine", "NotableWorkLine",
    "OrderLine", "PlanSection", "PooledLine", "ProfileSection", "ReportData", "TambonCommitteeLine", "TambonSection",
    "TargetGroupLine", "UccareIssue", "UccareScore", "UccareSection", "UccareTally", "VisitLine", "evaluate_criteria",
    "meeting_compliance",
]
