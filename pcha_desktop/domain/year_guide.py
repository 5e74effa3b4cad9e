"""The year's guide: Khon Kaen's fifteen-step cycle (seed 004) as a checklist computed from the data, pure.

A fiscal year's facts (``YearFacts``: counts and names gathered by a service, nothing typed by hand except
``ManualTicks``) give each step a ``StepProgress``: how much of it is done (``done`` of ``total``), its due
date (``DueDates``: per-province settings over the defaults below, which follow the quarters), its state
(``StepState``: done, in progress, due soon, late, not started), and what is still missing, in plain words
in Thai and English (``Missing``), e.g. "ผลไตรมาส 2 ยังไม่ได้บันทึก 3 ตัวชี้วัด".

Rules, one per step (``STEP_RULES``): a step the data can tell is never ticked by hand; the two it cannot
(the district chief presenting at the governor's meeting, the copies of orders sent when the app has no
sent date) are ``ManualTicks`` with a date and a note.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum

import json
import re

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.kpis import MINIMUM_ISSUES_PER_YEAR
from pcha_desktop.domain.thai_calendar import be_to_ce

MEETINGS_PER_YEAR = 4
DUE_SOON_DAYS = 30
"""A step not done is "due soon" from this many days before its due date."""


class YearStep(Enum):
    """Seed 004's steps, in its order."""

    CHOOSE_ISSUES = "choose_issues"  # 1
    UPDATE_ORDERS = "update_orders"  # 2
    SEND_ORDER_COPIES = "send_order_copies"  # 3
    ONE_PLAN = "one_plan"  # 4
    CLEAR_GOALS = "clear_goals"  # 5
    FOUR_MEETINGS = "four_meetings"  # 6
    UCCARE_BEFORE_AFTER = "uccare_before_after"  # 7
    CARRY_OUT_PLAN = "carry_out_plan"  # 8
    CHIEF_BRIEF = "chief_brief"  # 9
    VISIT_TAMBONS = "visit_tambons"  # 10
    MAP_NOTABLE_WORK = "map_notable_work"  # 11
    PROGRESS_REPORTS = "progress_reports"  # 12
    TAMBON_COMMITTEES = "tambon_committees"  # 13
    TAMBON_PLANS = "tambon_plans"  # 14
    STRATEGIES = "strategies"  # 15


STEP_TITLES: dict[YearStep, tuple[str, str]] = {
    YearStep.CHOOSE_ISSUES: ("คัดเลือกประเด็นพัฒนาคุณภาพชีวิตของอำเภอ", "Choose the district's quality-of-life issues"),
    YearStep.UPDATE_ORDERS: ("ปรับปรุงคำสั่งแต่งตั้งคณะกรรมการ พชอ. และคณะกรรมการขับเคลื่อนรายประเด็น",
                             "Update the orders of the committee and the issue subcommittees"),
    YearStep.SEND_ORDER_COPIES: ("ส่งสำเนาคำสั่งแต่งตั้งถึงสำนักงานสาธารณสุขจังหวัด",
                                 "Send copies of the orders to the provincial health office"),
    YearStep.ONE_PLAN: ("จัดทำแผนดำเนินการรายประเด็น (One Plan)", "Make the One Plan for each issue"),
    YearStep.CLEAR_GOALS: ("กำหนดเป้าหมายให้ชัดเจน ครอบคลุมเศรษฐกิจ สังคม สุขภาพ สิ่งแวดล้อม",
                           "Set clear goals across economy, society, health and environment"),
    YearStep.FOUR_MEETINGS: ("ประชุมคณะกรรมการ พชอ. อย่างน้อย 4 ครั้ง/ปี และส่งรายงานการประชุม",
                             "Meet at least four times a year and send the minutes"),
    YearStep.UCCARE_BEFORE_AFTER: ("ประเมินตนเองตามแนวทาง UCCARE ก่อนและหลังดำเนินการ",
                                   "UCCARE self-assessment before and after, per issue"),
    YearStep.CARRY_OUT_PLAN: ("ดำเนินงานตามแผน", "Carry out the plan"),
    YearStep.CHIEF_BRIEF: ("สรุปผลเสนอนายอำเภอ เพื่อนำเสนอในการประชุมหัวหน้าส่วนราชการจังหวัด",
                           "Brief the district chief for the governor's meeting"),
    YearStep.VISIT_TAMBONS: ("ทีมอำเภอเยี่ยมติดตาม พชต.", "The district team visits the tambon committees"),
    YearStep.MAP_NOTABLE_WORK: ("จัดทำแผนที่ผลงานเด่นของแต่ละตำบล", "Map each tambon's notable work"),
    YearStep.PROGRESS_REPORTS: ("รายงานความก้าวหน้าและสรุปผลการดำเนินงาน", "Progress and year-end reports"),
    YearStep.TAMBON_COMMITTEES: ("มี พชต. ทุกตำบล", "A committee in every tambon"),
    YearStep.TAMBON_PLANS: ("จัดทำแผนพัฒนาคุณภาพชีวิตระดับตำบล", "A plan in every tambon"),
    YearStep.STRATEGIES: ("เลือกใช้ข้อเสนอแนวคิดและกลวิธีขับเคลื่อนงาน พชอ.",
                          "Choose strategies from the suggestions"),
}

# (month, day) in the fiscal year; a month from October belongs to the year before the BE year's end.
DEFAULT_DUE: dict[YearStep, tuple[int, int]] = {
    YearStep.CHOOSE_ISSUES: (11, 30),
    YearStep.UPDATE_ORDERS: (11, 30),
    YearStep.SEND_ORDER_COPIES: (12, 15),
    YearStep.ONE_PLAN: (12, 31),
    YearStep.CLEAR_GOALS: (12, 31),
    YearStep.FOUR_MEETINGS: (9, 30),
    YearStep.UCCARE_BEFORE_AFTER: (8, 31),
    YearStep.CARRY_OUT_PLAN: (9, 30),
    YearStep.CHIEF_BRIEF: (3, 31),
    YearStep.VISIT_TAMBONS: (6, 30),
    YearStep.MAP_NOTABLE_WORK: (7, 31),
    YearStep.PROGRESS_REPORTS: (9, 30),
    YearStep.TAMBON_COMMITTEES: (12, 31),
    YearStep.TAMBON_PLANS: (3, 31),
    YearStep.STRATEGIES: (12, 31),
}


def due_date(fiscal_year: int, month: int, day: int) -> date:
    """The date (month, day) falls on in fiscal year ``fiscal_year`` (BE): October–December belong to the
    calendar year before the one the fiscal year ends in."""
    year = be_to_ce(fiscal_year) - (1 if month >= 10 else 0)
    return date(year, month, day)


@dataclass(frozen=True)
class DueDates:
    """The per-province due dates, (month, day) by step; steps not given keep ``DEFAULT_DUE``."""

    overrides: Mapping[YearStep, tuple[int, int]] = field(default_factory=dict)

    def of(self, step: YearStep, fiscal_year: int) -> date:
        month, day = self.overrides.get(step, DEFAULT_DUE[step])
        return due_date(fiscal_year, month, day)


class StepState(Enum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    DUE_SOON = "due_soon"
    LATE = "late"
    NOT_STARTED = "not_started"


STATE_LABELS: dict[StepState, tuple[str, str]] = {
    StepState.DONE: ("เสร็จแล้ว", "Done"),
    StepState.IN_PROGRESS: ("กำลังดำเนินการ", "In progress"),
    StepState.DUE_SOON: ("ใกล้ครบกำหนด", "Due soon"),
    StepState.LATE: ("เลยกำหนด", "Late"),
    StepState.NOT_STARTED: ("ยังไม่เริ่ม", "Not started"),
}


@dataclass(frozen=True)
class Missing:
    """One thing still missing, said plainly in both languages."""

    th: str
    en: str


@dataclass(frozen=True)
class ManualTick:
    """A step the data cannot tell, ticked by the secretary: when, and a note (e.g. which meeting)."""

    ticked_on: date
    note: str = ""


@dataclass(frozen=True)
class MeetingFacts:
    number_text: str  # "2/2564"
    held_on: date
    held: bool  # took place (not merely planned)
    minutes_sent: bool


@dataclass(frozen=True)
class IssueFacts:
    title: str
    activity_count: int = 0
    kpi_count: int = 0
    kpis_with_target: int = 0
    dimensions: frozenset[str] = frozenset()
    uccare_before: bool = False
    uccare_after: bool = False


@dataclass(frozen=True)
class YearFacts:
    """What the data says about one fiscal year; a service gathers it, nothing here is typed by hand but
    ``manual``. Unknown parts stay at their empty defaults and make their steps "not started", never done."""

    fiscal_year: int
    issues: Sequence[IssueFacts] = ()
    district_order_issued: bool = False
    subcommittee_count: int = 0  # the year's issue subcommittees
    subcommittees_without_order: Sequence[str] = ()  # by their issue's title
    orders_not_sent: Sequence[str] = ()  # numbers ("58/2564") of orders issued this year, not yet sent
    orders_issued: int = 0
    district_meetings: Sequence[MeetingFacts] = ()
    kpi_results_missing: Mapping[int, int] = field(default_factory=dict)  # ended quarter → KPIs without a result
    activities_total: int = 0
    activities_finished: int = 0  # done or cancelled
    activities_overdue: Sequence[str] = ()  # past their end date, not finished
    tambons: Sequence[str] = ()  # the district's tambons, by name
    tambons_with_committee: frozenset[str] = frozenset()
    tambons_with_plan: frozenset[str] = frozenset()
    tambons_visited: frozenset[str] = frozenset()
    tambons_with_notable_work: frozenset[str] = frozenset()
    reports_due: Sequence[str] = ()  # periods that have ended, e.g. "2564R3"
    reports_sent: frozenset[str] = frozenset()
    strategies_chosen: int = 0
    manual: Mapping[YearStep, ManualTick] = field(default_factory=dict)
    # the district's UCCARE result of the year (services/uccare.py ``year_results``, the one source): False
    # when it does not pass, with the reason (Thai, English)
    uccare_passed: bool | None = None
    uccare_reason: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class StepProgress:
    step: YearStep
    number: int  # 1–15, seed 004's numbering
    done: int
    total: int
    due: date
    state: StepState
    missing: tuple[Missing, ...] = ()
    manual: ManualTick | None = None

    @property
    def complete(self) -> bool:
        return self.state is StepState.DONE


@dataclass(frozen=True)
class _Count:
    done: int
    total: int
    missing: tuple[Missing, ...] = ()


def _quarter_th(quarter: int) -> str:
    return f"ไตรมาส {quarter}"


def _choose_issues(facts: YearFacts) -> _Count:
    count = len(facts.issues)
    missing = ()
    if count < MINIMUM_ISSUES_PER_YEAR:
        lacking = MINIMUM_ISSUES_PER_YEAR - count
        missing = (Missing(f"ยังต้องเลือกประเด็นอีก {lacking} ประเด็น (อย่างน้อย {MINIMUM_ISSUES_PER_YEAR} ประเด็น)",
                           f"{lacking} more issue(s) to choose (at least {MINIMUM_ISSUES_PER_YEAR})"),)
    return _Count(min(count, MINIMUM_ISSUES_PER_YEAR), MINIMUM_ISSUES_PER_YEAR, missing)


def _update_orders(facts: YearFacts) -> _Count:
    missing: list[Missing] = []
    if not facts.district_order_issued:
        missing.append(Missing("ยังไม่ได้ออกคำสั่งแต่งตั้งคณะกรรมการ พชอ. ในปีนี้",
                               "The district committee's order has not been issued this year"))
    missing += [Missing(f"คณะกรรมการขับเคลื่อนประเด็น{title} ยังไม่มีคำสั่งแต่งตั้ง",
                        f"The subcommittee for {title} has no appointment order yet")
                for title in facts.subcommittees_without_order]
    total = 1 + max(facts.subcommittee_count, len(facts.subcommittees_without_order))
    return _Count(total - len(missing), total, tuple(missing))


def _send_order_copies(facts: YearFacts) -> _Count:
    if facts.orders_issued == 0:
        return _Count(0, 1, (Missing("ยังไม่มีคำสั่งที่จะส่งจังหวัด", "No order to send yet"),))
    missing = tuple(Missing(f"สำเนาคำสั่งที่ {number} ยังไม่ได้ส่งจังหวัด",
                            f"A copy of order {number} has not been sent to the province")
                    for number in facts.orders_not_sent)
    return _Count(facts.orders_issued - len(missing), facts.orders_issued, missing)


_NO_ISSUES = _Count(0, 1, (Missing("ยังไม่มีประเด็นในปีนี้", "No issues this year yet"),))


def _per_issue(facts: YearFacts, has: Callable[[IssueFacts], bool], th: str, en: str) -> _Count:
    if not facts.issues:
        return _NO_ISSUES
    missing = tuple(Missing(f"ประเด็นที่ {index} {th}", f"Issue {index} {en}")
                    for index, issue in enumerate(facts.issues, start=1) if not has(issue))
    return _Count(len(facts.issues) - len(missing), len(facts.issues), missing)


def _one_plan(facts: YearFacts) -> _Count:
    return _per_issue(facts, lambda issue: issue.activity_count > 0, "ยังไม่มีกิจกรรมในแผน", "has no activity in the plan")


def _clear_goals(facts: YearFacts) -> _Count:
    def clear(issue: IssueFacts) -> bool:
        beyond_health = bool(issue.dimensions - {"health"})
        return issue.kpi_count > 0 and issue.kpis_with_target == issue.kpi_count and beyond_health

    return _per_issue(facts, clear, "ยังไม่มีตัวชี้วัดพร้อมเป้าหมาย หรือยังครอบคลุมเพียงมิติสุขภาพ",
                      "lacks KPIs with targets, or covers health alone")


def _four_meetings(facts: YearFacts) -> _Count:
    held = [meeting for meeting in facts.district_meetings if meeting.held]
    missing: list[Missing] = []
    if len(held) < MEETINGS_PER_YEAR:
        lacking = MEETINGS_PER_YEAR - len(held)
        missing.append(Missing(f"ยังต้องประชุมคณะกรรมการ พชอ. อีก {lacking} ครั้ง",
                               f"{lacking} more district committee meeting(s) needed"))
    missing += [Missing(f"รายงานการประชุมครั้งที่ {meeting.number_text} ยังไม่ได้ส่งจังหวัด",
                        f"The minutes of meeting {meeting.number_text} have not been sent to the province")
                for meeting in held if not meeting.minutes_sent]
    sent = sum(1 for meeting in held[:MEETINGS_PER_YEAR] if meeting.minutes_sent)
    return _Count(sent, MEETINGS_PER_YEAR, tuple(missing))


def _uccare(facts: YearFacts) -> _Count:
    if not facts.issues:
        return _NO_ISSUES
    missing: list[Missing] = []
    for index, issue in enumerate(facts.issues, start=1):
        if not issue.uccare_before:
            missing.append(Missing(f"ประเด็นที่ {index} ยังไม่มีการประเมิน UCCARE ก่อนดำเนินการ",
                                   f"Issue {index} has no UCCARE assessment before the work"))
        if not issue.uccare_after:
            missing.append(Missing(f"ประเด็นที่ {index} ยังไม่มีการประเมิน UCCARE หลังดำเนินการ",
                                   f"Issue {index} has no UCCARE assessment after the work"))
    total = 2 * len(facts.issues)
    done = total - len(missing)
    if facts.uccare_passed is False:  # assessed and decided: the district does not pass this year
        thai, english = facts.uccare_reason
        missing.append(Missing(f"อำเภอยังไม่ผ่านเกณฑ์ UCCARE ของปีนี้ ({thai})",
                               f"The district does not pass UCCARE this year ({english})"))
    return _Count(done, total, tuple(missing))


def _carry_out_plan(facts: YearFacts) -> _Count:
    if facts.activities_total == 0:
        return _Count(0, 1, (Missing("ยังไม่มีกิจกรรมในแผน", "No activity in the plan yet"),))
    missing = tuple(Missing(f"กิจกรรม {name} เลยกำหนดสิ้นสุดแล้วแต่ยังไม่เสร็จ", f"Activity {name} is past its end date")
                    for name in facts.activities_overdue)
    return _Count(facts.activities_finished, facts.activities_total, missing)


def _chief_brief(_facts: YearFacts) -> _Count:
    return _Count(0, 1, (Missing("ยังไม่ได้บันทึกว่านายอำเภอนำเสนอในการประชุมหัวหน้าส่วนราชการ",
                                 "Not yet recorded as presented at the governor's meeting"),))


def _tambon_step(facts: YearFacts, covered: frozenset[str], th: str, en: str) -> _Count:
    if not facts.tambons:
        return _Count(0, 1, (Missing("ยังไม่มีรายชื่อตำบลของอำเภอ", "The district's tambons are not known"),))
    missing = tuple(Missing(f"ตำบล{name}{th}", f"Tambon {name} {en}") for name in facts.tambons if name not in covered)
    return _Count(len(facts.tambons) - len(missing), len(facts.tambons), missing)


def _visit_tambons(facts: YearFacts) -> _Count:
    """The district team visits the tambons that have a committee (all tambons while none has one)."""
    with_committee = tuple(name for name in facts.tambons if name in facts.tambons_with_committee)
    scope = replace(facts, tambons=with_committee) if with_committee else facts
    return _tambon_step(scope, facts.tambons_visited, "ยังไม่ได้รับการเยี่ยมติดตาม", "has not been visited")


def _map_notable_work(facts: YearFacts) -> _Count:
    return _tambon_step(facts, facts.tambons_with_notable_work, "ยังไม่มีผลงานเด่น", "has no notable work recorded")


def _tambon_committees(facts: YearFacts) -> _Count:
    return _tambon_step(facts, facts.tambons_with_committee, "ยังไม่มี พชต.", "has no tambon committee")


def _tambon_plans(facts: YearFacts) -> _Count:
    return _tambon_step(facts, facts.tambons_with_plan, "ยังไม่มีแผนพัฒนาคุณภาพชีวิตระดับตำบล", "has no tambon plan")


def _progress_reports(facts: YearFacts) -> _Count:
    """Each quarter that has ended counts once its KPI results are all entered, each report period that has
    ended once its report was sent; before the first quarter ends there is nothing to do yet."""
    missing: list[Missing] = [
        Missing(f"ผล{_quarter_th(quarter)} ยังไม่ได้บันทึก {count} ตัวชี้วัด",
                f"Quarter {quarter} results: {count} KPI(s) not entered")
        for quarter, count in sorted(facts.kpi_results_missing.items()) if count > 0
    ]
    unsent = [period for period in facts.reports_due if period not in facts.reports_sent]
    missing += [Missing(f"รายงานรอบ {period} ยังไม่ได้ส่งจังหวัด", f"The report for {period} has not been sent")
                for period in unsent]
    total = len(facts.kpi_results_missing) + len(facts.reports_due)
    return _Count(total - len(missing), total, tuple(missing))


def _strategies(facts: YearFacts) -> _Count:
    if facts.strategies_chosen:
        return _Count(1, 1)
    return _Count(0, 1, (Missing("ยังไม่ได้เลือกกลวิธีขับเคลื่อนงาน", "No strategy chosen yet"),))


STEP_RULES: dict[YearStep, Callable[[YearFacts], _Count]] = {
    YearStep.CHOOSE_ISSUES: _choose_issues,
    YearStep.UPDATE_ORDERS: _update_orders,
    YearStep.SEND_ORDER_COPIES: _send_order_copies,
    YearStep.ONE_PLAN: _one_plan,
    YearStep.CLEAR_GOALS: _clear_goals,
    YearStep.FOUR_MEETINGS: _four_meetings,
    YearStep.UCCARE_BEFORE_AFTER: _uccare,
    YearStep.CARRY_OUT_PLAN: _carry_out_plan,
    YearStep.CHIEF_BRIEF: _chief_brief,
    YearStep.VISIT_TAMBONS: _visit_tambons,
    YearStep.MAP_NOTABLE_WORK: _map_notable_work,
    YearStep.PROGRESS_REPORTS: _progress_reports,
    YearStep.TAMBON_COMMITTEES: _tambon_committees,
    YearStep.TAMBON_PLANS: _tambon_plans,
    YearStep.STRATEGIES: _strategies,
}

MANUAL_STEPS = frozenset({YearStep.CHIEF_BRIEF, YearStep.SEND_ORDER_COPIES})
"""Steps a secretary may tick by hand: the data cannot tell a presentation, and copies of orders may go by
post without the app knowing."""


def state_of(count: _Count, due: date, today: date) -> StepState:
    if count.total > 0 and count.done >= count.total and not count.missing:
        return StepState.DONE
    if today > due:
        return StepState.LATE
    if today >= due - timedelta(days=DUE_SOON_DAYS):
        return StepState.DUE_SOON
    return StepState.IN_PROGRESS if count.done > 0 else StepState.NOT_STARTED


def year_checklist(facts: YearFacts, today: date, due_dates: DueDates | None = None) -> tuple[StepProgress, ...]:
    """Every step of the year, in seed 004's order, with its state on ``today``."""
    due_dates = due_dates or DueDates()
    result = []
    for number, step in enumerate(YearStep, start=1):
        due = due_dates.of(step, facts.fiscal_year)
        tick = facts.manual.get(step) if step in MANUAL_STEPS else None
        count = STEP_RULES[step](facts)
        if tick is not None:
            count = _Count(count.total, count.total)
        result.append(StepProgress(step, number, count.done, count.total, due, state_of(count, due, today),
                                   count.missing, tick))
    return tuple(result)


def what_is_missing(checklist: Sequence[StepProgress]) -> tuple[Missing, ...]:
    """Everything still missing, late steps first, then by due date: the list for the next report."""
    order = {StepState.LATE: 0, StepState.DUE_SOON: 1, StepState.IN_PROGRESS: 2, StepState.NOT_STARTED: 3}
    pending = sorted((step for step in checklist if not step.complete), key=lambda step: (order[step.state], step.due))
    return tuple(item for step in pending for item in step.missing)


def summary_counts(checklist: Sequence[StepProgress]) -> tuple[int, int]:
    """(steps done, steps late): the province roll-up's column."""
    done = sum(1 for step in checklist if step.state is StepState.DONE)
    late = sum(1 for step in checklist if step.state is StepState.LATE)
    return done, late


class StrategyListError(BilingualError, ValueError):
    """A list of strategies that cannot be used, and why (a province's file is foreign input)."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_th = message_th
        self.message_en = message_en


@dataclass(frozen=True)
class Strategy:
    key: str
    th: str
    en: str


@dataclass(frozen=True)
class StrategyList:
    """Step 15's suggestions (Khon Kaen's by default, resources/year_guide/); a province may load its own."""

    list_id: str
    source_th: str
    source_en: str
    strategies: tuple[Strategy, ...]


STRATEGY_FORMAT = "pcha-strategies"
MAX_STRATEGIES = 200
MAX_TEXT = 500
_KEY = re.compile(r"[a-z0-9_]{1,60}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: object, where: str, limit: int = MAX_TEXT, required: bool = True) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise StrategyListError(f"{where}: ต้องเป็นข้อความที่ไม่ว่าง", f"{where}: must be non-empty text")
    if len(value) > limit or _CONTROL.search(value):
        raise StrategyListError(f"{where}: ข้อความยาวเกิน {limit} ตัวอักษรหรือมีอักขระควบคุม",
                                f"{where}: longer than {limit} characters or holds control characters")
    return value.strip()


def parse_strategies(text: str) -> StrategyList:
    """A strategy list from its JSON text, every field checked; ``StrategyListError`` says what is wrong."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise StrategyListError("ไฟล์ไม่ใช่ JSON ที่ถูกต้อง", "The file is not valid JSON") from error
    if not isinstance(data, dict) or data.get("format") != STRATEGY_FORMAT:
        raise StrategyListError("ไฟล์ไม่ใช่รายการกลวิธีของโปรแกรม พชอ.", "The file is not a PCHA strategy list")
    if data.get("version") != 1 or isinstance(data.get("version"), bool):
        raise StrategyListError("รุ่นของรายการกลวิธีไม่รองรับ", "Unsupported strategy list version")
    list_id = _text(data.get("id"), "id", 60)
    items = data.get("strategies")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_STRATEGIES:
        raise StrategyListError(f"ต้องมีกลวิธี 1 ถึง {MAX_STRATEGIES} ข้อ", f"The list must hold 1 to {MAX_STRATEGIES} strategies")
    strategies: list[Strategy] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise StrategyListError(f"ข้อ {number} ไม่ถูกต้อง", f"Item {number} is malformed")
        key = item.get("key")
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise StrategyListError(f"ข้อ {number}: รหัสไม่ถูกต้อง", f"Item {number}: invalid key")
        if key in seen:
            raise StrategyListError(f"ข้อ {number}: รหัส {key} ซ้ำ", f"Item {number}: key {key} repeats")
        seen.add(key)
        strategies.append(Strategy(key, _text(item.get("th"), f"ข้อ/item {number} th"),
                                   _text(item.get("en"), f"ข้อ/item {number} en")))
    return StrategyList(list_id, _text(data.get("source_th", ""), "source_th", 1000, required=False),
                        _text(data.get("source_en", ""), "source_en", 1000, required=False), tuple(strategies))


def label(value: YearStep | StepState, language: str) -> str:
    texts = STEP_TITLES[value] if isinstance(value, YearStep) else STATE_LABELS[value]
    return texts[0] if language == "th" else texts[1]


__all__ = [
    "DEFAULT_DUE",
    "DUE_SOON_DAYS",
    "MANUAL_STEPS",
    "MEETINGS_PER_YEAR",
    "STATE_LABELS",
    "STEP_TITLES",
    "DueDates",
    "IssueFacts",
    "ManualTick",
    "MeetingFacts",
    "Missing",
    "StepProgress",
    "StepState",
    "Strategy",
    "StrategyList",
    "StrategyListError",
    "YearFacts",
    "YearStep",
    "due_date",
    "label",
    "parse_strategies",
    "state_of",
    "summary_counts",
    "what_is_missing",
    "year_checklist",
]
