"""The year's issues: details, target groups, goals (OKRs), KPIs and their quarterly results, the One Plan and
each tambon's notable work. Use cases the GUI and the CLI both call, one transaction each.

Numbers arrive as the text a user typed (``str``; a ``Decimal`` or ``int`` is taken as it is) and are read by
``domain.kpis.parse_number``: text in a number, a negative count or budget, a target of zero, dates outside
the issue's fiscal year are refused with a bilingual ``UserFacingError`` naming the field, and nothing is
saved. A result for a quarter that has not begun is a warning (``QuarterNotBegun``): saved only when the
caller confirms (``confirm_future=True``). All text goes through ``clean_user_text``.

Reading: ``year_kpis`` (issues with their KPIs: baselines, quarterly results, cumulative rounds, percent,
status, all computed by ``domain.kpis``), ``year_plan`` (activities with budgets by source, the partner ×
resource-kind matrix per issue), ``issue_view`` (one issue whole) and ``notable_work_overview``: frozen
dataclasses. ``copy_issue_to_next_year`` copies an issue with its target groups, goals, KPIs and plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain import one_plan as p
from pcha_desktop.domain.kpis import Baseline, Combination, Dimension, Direction, IssueArea, KpiStatus, TargetGroup
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind, ResourceMatrix
from pcha_desktop.domain.thai_calendar import DateStyle, FiscalQuarter, fiscal_year_range, format_thai_date
from pcha_desktop.services.attachments import IMAGES, AttachmentInfo, info_of, read_verified, store_file
from pcha_desktop.services.committees import add_issue_in
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.tambon_committees import TambonRef, _district_tambons
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    Activity,
    Attachment,
    ActivityBudget,
    ActivityObjective,
    ActivityPartner,
    ActivityTambon,
    Committee,
    IssueObjective,
    IssueQuarterNote,
    IssueTargetGroup,
    KeyResult,
    Kpi,
    KpiBaseline,
    KpiResult,
    NotableWork,
    NotableWorkPhoto,
    QualityOfLifeIssue,
    ResourceContribution,
)

MAX_PEOPLE_COUNT = 10_000_000
T = TypeVar("T")

# --- errors ----------------------------------------------------------------------------------------------


class QuarterNotBegun(UserFacingError):
    """A warning: results for a quarter that has not begun. Nothing was saved; confirm to save anyway."""

    is_warning = True

    def __init__(self, quarter: FiscalQuarter) -> None:
        start = format_thai_date(quarter.start, DateStyle.ABBREVIATED_FULL_YEAR)
        super().__init__(
            f"ไตรมาส {quarter.quarter}/{quarter.fiscal_year} ยังไม่เริ่ม (เริ่ม {start}) ยังไม่ได้บันทึกผลงาน"
            " ยืนยันหากต้องการบันทึก",
            f"Quarter {quarter.quarter} of FY{quarter.fiscal_year} has not begun (it starts {start});"
            " nothing saved. Confirm to save anyway.",
            field="quarter",
        )


def _number(text: str | Decimal | int | None, field_th: str, field_en: str) -> Decimal | None:
    if text is None:
        return None
    try:
        return k.parse_number(text, field_th, field_en)
    except k.NumberInputError as refusal:
        raise UserFacingError(refusal.message_th, refusal.message_en, field=refusal.field) from refusal


def _not_negative(value: Decimal | None, field_th: str, field_en: str) -> None:
    if value is not None and value < 0:
        raise UserFacingError(f"{field_th}ต้องไม่ติดลบ", f"{field_en} must not be negative", field=field_en)


def _required(text: str, field: str, field_th: str, field_en: str) -> str:
    cleaned = clean_user_text(text, field)
    if not cleaned:
        raise UserFacingError(f"กรุณากรอก{field_th}", f"Please enter the {field_en.lower()}", field=field)
    return cleaned


_MISSING = {  # model → (Thai, English, field) when the row is not there (deleted meanwhile)
    QualityOfLifeIssue: ("ไม่พบประเด็นนี้", "No such issue", "issue_id"),
    Kpi: ("ไม่พบตัวชี้วัดนี้", "No such KPI", "kpi_id"),
    Activity: ("ไม่พบกิจกรรมนี้", "No such activity", "activity_id"),
    NotableWork: ("ไม่พบผลงานเด่นนี้", "No such notable work", "work_id"),
}


def _load(session: Session, model: type[T], ident: int) -> T:
    row = session.get(model, ident)
    if row is None:
        thai, english, field_name = _MISSING[model]
        raise UserFacingError(thai, english, field=field_name)
    return row


def _load_issue(session: Session, issue_id: int) -> QualityOfLifeIssue:
    return _load(session, QualityOfLifeIssue, issue_id)


def _delete(database: Database, model: type, ident: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        session.delete(_load(session, model, ident))


def _check_fiscal_year(fiscal_year: int) -> None:
    if not 2500 <= fiscal_year <= 2700:
        raise UserFacingError("ปีงบประมาณต้องเป็นปี พ.ศ.", "The fiscal year must be a BE year", field="fiscal_year")


# --- inputs ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueDetails:
    title: str
    area: IssueArea = IssueArea.OTHER
    dimensions: frozenset[Dimension] = frozenset()
    situation_analysis: str = ""


@dataclass(frozen=True)
class TargetGroupInput:
    group: TargetGroup
    count: str | int
    label: str = ""


@dataclass(frozen=True)
class KeyResultInput:
    text: str
    kpi_id: int | None = None


@dataclass(frozen=True)
class ObjectiveInput:
    text: str
    key_results: tuple[KeyResultInput, ...] = ()


@dataclass(frozen=True)
class KpiInput:
    name: str
    target: str | Decimal | int
    direction: Direction = Direction.HIGHER_IS_BETTER
    combination: Combination = Combination.SUM
    unit: str = ""
    typed_baselines: Mapping[int, str | Decimal | int | None] = field(default_factory=dict)  # BE year → value


@dataclass(frozen=True)
class ActivityObjectiveInput:
    objective: str
    indicator: str = ""
    result: str = ""


ContributionInput = p.Contribution  # what one partner brings (partner, kind, description)


@dataclass(frozen=True)
class ActivityInput:
    name: str
    lead_agency: str = ""
    partners: tuple[str, ...] = ()
    tambon_codes: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    progress_percent: str | int = 0
    budgets: Mapping[BudgetSource, str | Decimal | int] = field(default_factory=dict)
    objectives: tuple[ActivityObjectiveInput, ...] = ()
    contributions: tuple[ContributionInput, ...] = ()


# --- read models -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetGroupView:
    group: TargetGroup
    label: str
    count: int


@dataclass(frozen=True)
class KeyResultView:
    text: str
    kpi_id: int | None


@dataclass(frozen=True)
class ObjectiveView:
    text: str
    key_results: tuple[KeyResultView, ...]


@dataclass(frozen=True)
class QuarterNoteView:
    quarter: int
    obstacles: str
    suggestions: str


@dataclass(frozen=True)
class KpiView:
    id: int
    name: str
    unit: str
    direction: Direction
    combination: Combination
    target: Decimal
    baselines: tuple[Baseline, ...]  # the three earlier fiscal years, oldest first
    results: tuple[Decimal | None, ...]  # Q1..Q4
    rounds: tuple[tuple[int, Decimal | None], ...]  # (3, …), (6, …), (9, …), (12, …)
    year_value: Decimal | None  # the latest round with a result, exact (``domain.kpis.rounded`` prints it)
    percent: Decimal | None  # of target, two decimals
    status: KpiStatus


@dataclass(frozen=True)
class IssueView:
    id: int
    fiscal_year: int
    title: str
    area: IssueArea
    dimensions: frozenset[Dimension]
    situation_analysis: str
    subcommittee_id: int | None
    target_groups: tuple[TargetGroupView, ...]
    objectives: tuple[ObjectiveView, ...]
    kpis: tuple[KpiView, ...]
    quarter_notes: tuple[QuarterNoteView, ...]

    @property
    def health_only(self) -> bool:
        """Covers health alone: the app nudges towards economy, society and environment too."""
        return k.health_only(self.dimensions)


@dataclass(frozen=True)
class YearIssues:
    fiscal_year: int
    issues: tuple[IssueView, ...]

    @property
    def below_minimum(self) -> bool:
        """Fewer issues than the regulation's minimum of two (a warning, never a refusal)."""
        return len(self.issues) < k.MINIMUM_ISSUES_PER_YEAR


@dataclass(frozen=True)
class ActivityView:
    id: int
    name: str
    lead_agency: str
    partners: tuple[str, ...]
    tambon_codes: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    status: ActivityStatus
    progress_percent: int
    budgets: tuple[tuple[BudgetSource, Decimal], ...]  # only the sources it has
    objectives: tuple[ActivityObjectiveInput, ...]
    contributions: tuple[p.Contribution, ...]

    @property
    def budget_total(self) -> Decimal:
        return sum((amount for _, amount in self.budgets), Decimal(0))


@dataclass(frozen=True)
class IssuePlan:
    issue_id: int
    title: str
    activities: tuple[ActivityView, ...]
    budget_by_source: tuple[tuple[BudgetSource, Decimal], ...]  # every source, in order
    matrix: ResourceMatrix

    @property
    def budget_total(self) -> Decimal:
        return sum((amount for _, amount in self.budget_by_source), Decimal(0))


@dataclass(frozen=True)
class YearPlan:
    fiscal_year: int
    issues: tuple[IssuePlan, ...]
    budget_by_source: tuple[tuple[BudgetSource, Decimal], ...]


@dataclass(frozen=True)
class NotableWorkView:
    id: int
    title: str
    description: str
    issue_id: int | None
    issue_title: str
    photos: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class TambonNotableWork:
    tambon: TambonRef
    works: tuple[NotableWorkView, ...]


# --- issues ----------------------------------------------------------------------------------------------


def _apply_details(issue: QualityOfLifeIssue, details: IssueDetails) -> None:
    issue.title = _required(details.title, "issue_title", "ชื่อประเด็น", "Issue title")
    issue.area = IssueArea(details.area)
    issue.dimensions = k.dimensions_text(frozenset(Dimension(d) for d in details.dimensions))
    issue.situation_analysis = clean_user_text(details.situation_analysis, "situation_analysis")


def add_year_issue(database: Database, fiscal_year: int, details: IssueDetails, user_name: str) -> int:
    """A new issue of the fiscal year (BE) with its details and its subcommittee; returns its id."""
    _check_fiscal_year(fiscal_year)
    title = _required(details.title, "issue_title", "ชื่อประเด็น", "Issue title")
    with database.unit_of_work(user_name) as session:
        issue = add_issue_in(session, fiscal_year, title)
        _apply_details(issue, details)
        return issue.id


def save_issue_details(database: Database, issue_id: int, details: IssueDetails, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        _apply_details(_load_issue(session, issue_id), details)


def save_target_groups(database: Database, issue_id: int, groups: Sequence[TargetGroupInput], user_name: str) -> None:
    """The issue's target groups, replaced by ``groups`` (counts only; no names)."""
    rows = _target_group_rows(groups)
    with database.unit_of_work(user_name) as session:
        _replace_target_groups(session, _load_issue(session, issue_id).id, rows)


def _target_group_rows(groups: Sequence[TargetGroupInput]) -> list[IssueTargetGroup]:
    rows = []
    for order, group in enumerate(groups):
        count = _number(group.count, "จำนวนกลุ่มเป้าหมาย", "Target group count")
        if count is None:
            raise UserFacingError("กรุณากรอกจำนวนกลุ่มเป้าหมาย", "Please enter the target group's count", field="count")
        _not_negative(count, "จำนวนกลุ่มเป้าหมาย", "Target group count")
        if count != count.to_integral_value() or count > MAX_PEOPLE_COUNT:
            raise UserFacingError("จำนวนกลุ่มเป้าหมายต้องเป็นจำนวนเต็ม (คน)", "The count must be a whole number of people",
                                  field="count")
        rows.append(IssueTargetGroup(target_group=TargetGroup(group.group), people_count=int(count), sort_order=order,
                                     label=clean_user_text(group.label, "target_group_label")))
    return rows


def _replace_target_groups(session: Session, issue_id: int, rows: list[IssueTargetGroup]) -> None:
    for old in session.scalars(select(IssueTargetGroup).where(IssueTargetGroup.issue_id == issue_id)):
        session.delete(old)
    session.flush()
    for row in rows:
        row.issue_id = issue_id
        session.add(row)


def save_quarter_note(database: Database, issue_id: int, quarter: int, obstacles: str, suggestions: str,
                      user_name: str) -> None:
    """The obstacles and suggestions written for the issue in quarter 1–4 of its fiscal year."""
    note = _quarter_note_input(QuarterNoteView(quarter, obstacles, suggestions))
    with database.unit_of_work(user_name) as session:
        _save_quarter_note_in(session, _load_issue(session, issue_id).id, note)


def _quarter_note_input(note: QuarterNoteView) -> QuarterNoteView:
    if note.quarter not in k.QUARTERS:
        raise UserFacingError("ไตรมาสต้องเป็น 1 ถึง 4", "The quarter must be 1 to 4", field="quarter")
    return QuarterNoteView(note.quarter, clean_user_text(note.obstacles, "obstacles"),
                           clean_user_text(note.suggestions, "suggestions"))


def _save_quarter_note_in(session: Session, issue_id: int, cleaned: QuarterNoteView) -> None:
    note = session.scalars(select(IssueQuarterNote).where(
        IssueQuarterNote.issue_id == issue_id, IssueQuarterNote.quarter == cleaned.quarter)).first()
    if note is None:
        if not cleaned.obstacles and not cleaned.suggestions:
            return  # nothing written for that quarter: no empty row
        note = IssueQuarterNote(issue_id=issue_id, quarter=cleaned.quarter)
        session.add(note)
    note.obstacles, note.suggestions = cleaned.obstacles, cleaned.suggestions


def save_goals(database: Database, issue_id: int, objectives: Sequence[ObjectiveInput], user_name: str) -> None:
    """The issue's objectives with their key results, replaced; a key result may name one of its KPIs."""
    cleaned = _cleaned_goals(objectives)
    with database.unit_of_work(user_name) as session:
        _replace_goals(session, _load_issue(session, issue_id).id, cleaned)


Goals = list[tuple[str, list[tuple[str, int | None]]]]  # (objective, [(key result, KPI id or None)])


def _cleaned_goals(objectives: Sequence[ObjectiveInput]) -> Goals:
    return [
        (_required(o.text, "objective", "วัตถุประสงค์", "Objective"),
         [(_required(r.text, "key_result", "ผลลัพธ์หลัก", "Key result"), r.kpi_id) for r in o.key_results])
        for o in objectives
    ]


def _replace_goals(session: Session, issue_id: int, cleaned: Goals) -> None:
    own_kpis = set(session.scalars(select(Kpi.id).where(Kpi.issue_id == issue_id)))
    for old in session.scalars(select(IssueObjective).where(IssueObjective.issue_id == issue_id)):
        session.delete(old)
    session.flush()
    for order, (text, results) in enumerate(cleaned):
        objective = IssueObjective(issue_id=issue_id, text=text, sort_order=order)
        for result_order, (result_text, kpi_id) in enumerate(results):
            if kpi_id is not None and kpi_id not in own_kpis:
                raise UserFacingError("ผลลัพธ์หลักอ้างถึงตัวชี้วัดที่ไม่ใช่ของประเด็นนี้",
                                      "A key result names a KPI of another issue", field="kpi_id")
            objective.key_results.append(KeyResult(text=result_text, kpi_id=kpi_id, sort_order=result_order))
        session.add(objective)


# --- KPIs ------------------------------------------------------------------------------------------------


def _kpi_values(kpi: KpiInput) -> tuple[str, str, Decimal, dict[int, Decimal]]:
    name = _required(kpi.name, "kpi_name", "ชื่อตัวชี้วัด", "KPI name")
    unit = clean_user_text(kpi.unit, "kpi_unit")
    target = _number(kpi.target, "ค่าเป้าหมาย", "Target")
    if target is None:
        raise UserFacingError("กรุณากรอกค่าเป้าหมาย", "Please enter the target", field="Target")
    try:
        k.check_target(target)
    except k.KpiArithmeticError as refusal:
        raise UserFacingError(refusal.message_th, refusal.message_en, field="Target") from refusal
    baselines = {}
    for year, text in kpi.typed_baselines.items():
        value = _number(text, f"ค่าฐานปี {year}", f"Baseline {year}")
        if value is not None:
            baselines[int(year)] = value
    return name, unit, target, baselines


def _apply_kpi(session: Session, row: Kpi, kpi: KpiInput, fiscal_year: int) -> None:
    name, unit, target, typed = _kpi_values(kpi)
    earlier = range(fiscal_year - k.BASELINE_YEARS, fiscal_year)
    outside = sorted(set(typed) - set(earlier))
    if outside:
        raise UserFacingError(
            f"ค่าฐานต้องเป็นของปีงบประมาณ {earlier[0]}–{earlier[-1]} (ไม่ใช่ {outside[0]})",
            f"Baselines are for FY{earlier[0]}–{earlier[-1]} (not {outside[0]})", field="typed_baselines")
    row.name, row.unit, row.target = name, unit, target
    row.direction, row.combination = Direction(kpi.direction), Combination(kpi.combination)
    kept = {baseline.fiscal_year: baseline for baseline in row.typed_baselines}  # changed in place: uuids stay
    for year, baseline in kept.items():
        if year not in typed:
            row.typed_baselines.remove(baseline)
        else:
            baseline.value = typed[year]
    row.typed_baselines.extend(KpiBaseline(fiscal_year=year, value=value)
                               for year, value in sorted(typed.items()) if year not in kept)


def add_kpi(database: Database, issue_id: int, kpi: KpiInput, user_name: str) -> int:
    return _add_to_issue(database, Kpi, issue_id, lambda session, row, year: _apply_kpi(session, row, kpi, year),
                         user_name)


def _add_to_issue(database: Database, model: type[Kpi] | type[Activity], issue_id: int,
                  apply: Callable[[Session, Any, int], None], user_name: str) -> int:
    """A new KPI or activity, last of its issue, filled in by ``apply(session, row, fiscal_year)``."""
    with database.unit_of_work(user_name) as session:
        issue = _load_issue(session, issue_id)
        count = len(list(session.scalars(select(model.id).where(model.issue_id == issue_id))))
        row = model(issue_id=issue_id, sort_order=count)
        apply(session, row, issue.fiscal_year)
        session.add(row)
        session.flush()
        return row.id


def update_kpi(database: Database, kpi_id: int, kpi: KpiInput, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        row = _load(session, Kpi, kpi_id)
        _apply_kpi(session, row, kpi, _load_issue(session, row.issue_id).fiscal_year)


def delete_kpi(database: Database, kpi_id: int, user_name: str) -> None:
    _delete(database, Kpi, kpi_id, user_name)


def enter_quarter_results(database: Database, fiscal_year: int, quarter: int,
                          values: Mapping[int, str | Decimal | int | None], user_name: str, *,
                          today: date | None = None, confirm_future: bool = False) -> int:
    """A quarter's results for many KPIs of the fiscal year at once (KPI id → typed value; "" or None clears
    it), in one transaction; returns how many KPIs were changed. A bad value anywhere saves nothing; the
    message names the KPI. A quarter not begun yet raises ``QuarterNotBegun`` unless ``confirm_future``."""
    _check_fiscal_year(fiscal_year)
    if quarter not in k.QUARTERS:
        raise UserFacingError("ไตรมาสต้องเป็น 1 ถึง 4", "The quarter must be 1 to 4", field="quarter")
    period = FiscalQuarter(fiscal_year, quarter)
    if (today or date.today()) < period.start and not confirm_future and any(
            v not in (None, "") for v in values.values()):
        raise QuarterNotBegun(period)
    with database.unit_of_work(user_name) as session:
        query = (select(Kpi, QualityOfLifeIssue.fiscal_year).join(QualityOfLifeIssue, Kpi.issue_id == QualityOfLifeIssue.id)
                 .where(Kpi.id.in_(list(values))).options(selectinload(Kpi.results)))
        found = {row.id: (row, year) for row, year in session.execute(query)}
        changed = 0
        for kpi_id, text in values.items():
            row, year = found.get(kpi_id) or (_load(session, Kpi, kpi_id), None)
            if year != fiscal_year:
                raise UserFacingError(f"ตัวชี้วัด “{row.name}” ไม่ใช่ของปีงบประมาณ {fiscal_year}",
                                      f"The KPI “{row.name}” is not of FY{fiscal_year}", field="kpi_id")
            value = _number(text, f"ผลงานของ “{row.name}”", f"Result of “{row.name}”")
            existing = next((r for r in row.results if r.quarter == quarter), None)
            if value is None:
                if existing is not None:
                    row.results.remove(existing)
                    changed += 1
            elif existing is None:
                row.results.append(KpiResult(quarter=quarter, value=value))
                changed += 1
            elif existing.value != value:
                existing.value = value
                changed += 1
        return changed


# --- the One Plan ----------------------------------------------------------------------------------------


def _check_dates(data: ActivityInput, fiscal_year: int) -> None:
    first, last = fiscal_year_range(fiscal_year)
    for day, th, en in ((data.start_date, "วันที่เริ่ม", "start date"), (data.end_date, "วันที่สิ้นสุด", "end date")):
        if day is not None and not first <= day <= last:
            style = DateStyle.ABBREVIATED_FULL_YEAR
            raise UserFacingError(
                f"{th}ต้องอยู่ในปีงบประมาณ {fiscal_year} ({format_thai_date(first, style)} – "
                f"{format_thai_date(last, style)})",
                f"The {en} must be within FY{fiscal_year} ({format_thai_date(first, style)} – "
                f"{format_thai_date(last, style)})", field=en)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise UserFacingError("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม", "The end date must not be before the start date",
                              field="end date")


def _apply_activity(session: Session, row: Activity, data: ActivityInput, fiscal_year: int) -> None:
    _check_dates(data, fiscal_year)
    name = _required(data.name, "activity_name", "ชื่อกิจกรรม/โครงการ", "Activity name")
    progress = _number(data.progress_percent, "ความก้าวหน้า", "Progress")
    if progress is None or not 0 <= progress <= 100 or progress != progress.to_integral_value():
        raise UserFacingError("ความก้าวหน้าต้องเป็นร้อยละ 0 ถึง 100 (จำนวนเต็ม)",
                              "Progress must be a whole percent from 0 to 100", field="progress_percent")
    budgets: dict[BudgetSource, Decimal] = {}
    for source, text in data.budgets.items():
        amount = _number(text, f"งบประมาณ ({p.label(BudgetSource(source))})",
                         f"Budget ({p.label(BudgetSource(source), 'en')})")
        _not_negative(amount, "งบประมาณ", "The budget")
        if amount is not None:
            budgets[BudgetSource(source)] = amount
    district_tambons = {tambon.code for tambon in _district_tambons(session)}
    codes = sorted({code.strip() for code in data.tambon_codes if code.strip()})
    strangers = [code for code in codes if district_tambons and code not in district_tambons]
    if strangers or any(len(code) != 6 or not code.isdigit() for code in codes):
        raise UserFacingError(f"ตำบลรหัส {(strangers or codes)[0]} ไม่อยู่ในอำเภอนี้",
                              f"Tambon {(strangers or codes)[0]} is not in this district", field="tambon_codes")
    partners: list[str] = []
    for partner in data.partners:
        cleaned = p.partner_key(clean_user_text(partner, "agency"))
        if cleaned and cleaned not in partners:
            partners.append(cleaned)
    objectives = [
        (_required(o.objective, "objective", "วัตถุประสงค์", "Objective"), clean_user_text(o.indicator, "indicator"),
         clean_user_text(o.result, "activity_result"))
        for o in data.objectives
    ]
    contributions = [
        (p.partner_key(_required(c.partner, "agency", "ชื่อภาคี", "Partner")), ResourceKind(c.kind),
         clean_user_text(c.description, "resource_description"))
        for c in data.contributions
    ]
    row.name = name
    row.lead_agency = p.partner_key(clean_user_text(data.lead_agency, "agency"))
    row.start_date, row.end_date = data.start_date, data.end_date
    row.status = ActivityStatus(data.status)
    row.progress_percent = int(progress)
    # the children are changed in place: an unchanged partner, tambon, budget line, objective or resource keeps
    # its row and uuid (the province merges by uuid); only what is gone is deleted, only what is new added
    row.partners = _kept_in_place(row.partners, partners, (lambda x: x.name, lambda x: x), _set_partner_order,
                                  lambda name: ActivityPartner(name=name))
    row.tambons = _kept_in_place(row.tambons, codes, (lambda x: x.tambon_code, lambda x: x), None,
                                 lambda code: ActivityTambon(tambon_code=code))
    row.budgets = _kept_in_place(row.budgets, list(budgets.items()), (lambda x: x.source, lambda x: x[0]),
                                 lambda line, item, _order: setattr(line, "amount", item[1]),
                                 lambda item: ActivityBudget(source=item[0], amount=item[1]))
    row.objectives = _kept_in_place(
        row.objectives, objectives,
        (lambda x: (x.objective, x.indicator, x.result), lambda x: x),
        _set_objective, lambda item: ActivityObjective(objective=item[0], indicator=item[1], result=item[2]),
        (lambda x: x.objective, lambda x: x[0]))
    row.contributions = _kept_in_place(
        row.contributions, contributions,
        (lambda x: (x.partner, x.kind, x.description), lambda x: x), _set_contribution,
        lambda item: ResourceContribution(partner=item[0], kind=item[1], description=item[2]),
        (lambda x: (x.partner, x.kind), lambda x: x[:2]))
    session.add(row)
    session.flush()


def add_activity(database: Database, issue_id: int, data: ActivityInput, user_name: str) -> int:
    return _add_to_issue(database, Activity, issue_id,
                         lambda session, row, year: _apply_activity(session, row, data, year), user_name)


def update_activity(database: Database, activity_id: int, data: ActivityInput, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        row = _load(session, Activity, activity_id)
        _apply_activity(session, row, data, _load_issue(session, row.issue_id).fiscal_year)


def delete_activity(database: Database, activity_id: int, user_name: str) -> None:
    _delete(database, Activity, activity_id, user_name)


# --- notable work ----------------------------------------------------------------------------------------


def _apply_notable_work(session: Session, work: NotableWork, tambon_code: str, title: str, description: str,
                        issue_id: int | None) -> None:
    title = _required(title, "notable_work_title", "ชื่อผลงานเด่น", "Notable work title")
    description = clean_user_text(description, "notable_work_description")
    if tambon_code not in {tambon.code for tambon in _district_tambons(session)}:
        raise UserFacingError(f"ตำบลรหัส {tambon_code} ไม่อยู่ในอำเภอนี้",
                              f"Tambon {tambon_code} is not in this district", field="tambon_code")
    if issue_id is not None and _load_issue(session, issue_id).fiscal_year != work.fiscal_year:
        raise UserFacingError("ประเด็นนี้ไม่ใช่ของปีงบประมาณเดียวกัน", "That issue is of another fiscal year",
                              field="issue_id")
    work.tambon_code, work.title, work.description, work.issue_id = tambon_code, title, description, issue_id


def add_notable_work(database: Database, fiscal_year: int, tambon_code: str, title: str, description: str,
                     user_name: str, *, issue_id: int | None = None) -> int:
    """A tambon's notable work of the fiscal year, under one of that year's issues or none; returns its id."""
    _check_fiscal_year(fiscal_year)
    with database.unit_of_work(user_name) as session:
        work = NotableWork(fiscal_year=fiscal_year)
        _apply_notable_work(session, work, tambon_code, title, description, issue_id)
        session.add(work)
        session.flush()
        return work.id


def update_notable_work(database: Database, work_id: int, tambon_code: str, title: str, description: str,
                        user_name: str, *, issue_id: int | None = None) -> None:
    with database.unit_of_work(user_name) as session:
        _apply_notable_work(session, _load(session, NotableWork, work_id), tambon_code, title, description, issue_id)


def delete_notable_work(database: Database, work_id: int, user_name: str) -> None:
    """The work and its photo links go; the photo files stay among the attachments (a backup keeps them)."""
    _delete(database, NotableWork, work_id, user_name)


def add_notable_work_photo(workspace: Workspace, work_id: int, source: Path, user_name: str,
                           caption: str = "") -> AttachmentInfo:
    """A photo of a notable work (an image file, checked and stored as an attachment)."""
    caption = clean_user_text(caption, "photo_caption")
    with workspace.database.unit_of_work(user_name) as session:
        work = _load(session, NotableWork, work_id)
        attachment = store_file(session, workspace.attachments_dir, Path(source), IMAGES)
        work.photos.append(NotableWorkPhoto(attachment=attachment, caption=caption))
        return info_of(attachment)


def notable_work_overview(database: Database, fiscal_year: int) -> tuple[TambonNotableWork, ...]:
    """Every tambon of the district with its notable work of the year (an empty tuple: none yet)."""
    with database.reader() as session:
        titles = {issue.id: issue.title for issue in session.scalars(
            select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year))}
        works: dict[str, list[NotableWorkView]] = {}
        query = (select(NotableWork).where(NotableWork.fiscal_year == fiscal_year).order_by(NotableWork.id)
                 .options(selectinload(NotableWork.photos).selectinload(NotableWorkPhoto.attachment)))
        for work in session.scalars(query):
            works.setdefault(work.tambon_code, []).append(NotableWorkView(
                work.id, work.title, work.description, work.issue_id, titles.get(work.issue_id or 0, ""),
                tuple(info_of(photo.attachment) for photo in work.photos)))
        return tuple(TambonNotableWork(tambon, tuple(works.get(tambon.code, ())))
                     for tambon in _district_tambons(session))


# --- reading ---------------------------------------------------------------------------------------------


def _year_issues(session: Session, fiscal_year: int) -> list[QualityOfLifeIssue]:
    query = select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year)
    return list(session.scalars(query.order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id)))


def _results(row: Kpi) -> tuple[Decimal | None, ...]:
    by_quarter = {result.quarter: result.value for result in row.results}
    return tuple(by_quarter.get(quarter) for quarter in k.QUARTERS)


History = dict[int, tuple[int, int | None, Decimal | None]]  # KPI id → (fiscal year, copied from, year's figure)


def _history(session: Session, fiscal_year: int) -> History:
    """The KPIs of the three fiscal years before ``fiscal_year`` with their year's figures, in two queries."""
    query = (select(Kpi, QualityOfLifeIssue.fiscal_year).join(QualityOfLifeIssue, Kpi.issue_id == QualityOfLifeIssue.id)
             .where(QualityOfLifeIssue.fiscal_year.between(fiscal_year - k.BASELINE_YEARS, fiscal_year - 1))
             .options(selectinload(Kpi.results)))
    return {row.id: (year, row.carried_from_id, k.combine(_results(row), row.combination))
            for row, year in session.execute(query)}


def _earlier_results(row: Kpi, history: History) -> dict[int, Decimal | None]:
    """The year's figure of the same KPI in earlier fiscal years, following what it was copied from."""
    found: dict[int, Decimal | None] = {}
    previous = row.carried_from_id
    while previous in history and len(found) < k.BASELINE_YEARS:
        year, previous_of_previous, figure = history[previous]
        found.setdefault(year, figure)
        previous = previous_of_previous if previous_of_previous != previous else None
    return found


def _kpi_view(row: Kpi, fiscal_year: int, history: History) -> KpiView:
    results = _results(row)
    typed = {baseline.fiscal_year: baseline.value for baseline in row.typed_baselines}
    baselines = k.baselines(fiscal_year, _earlier_results(row, history), typed)
    reached = k.last_reported_quarter(results)
    value = k.cumulative(results, reached, row.combination) if reached else None
    if row.target:
        percent = k.rounded(k.percent_of_target(value, row.target))
        status = k.kpi_status(results, row.target, row.direction, row.combination, k.latest_baseline(baselines))
    else:  # never saved by the services (a target of zero is refused); a damaged value reads as no data
        percent, status = None, KpiStatus.NO_DATA
    return KpiView(
        row.id, row.name, row.unit, row.direction, row.combination, row.target, baselines, results,
        tuple(k.cumulative_rounds(results, row.combination).items()), value, percent, status,
    )


def _issue_view(session: Session, issue: QualityOfLifeIssue, history: History | None = None) -> IssueView:
    history = _history(session, issue.fiscal_year) if history is None else history
    subcommittee = session.scalars(select(Committee.id).where(Committee.issue_id == issue.id).order_by(Committee.id))
    groups = session.scalars(select(IssueTargetGroup).where(IssueTargetGroup.issue_id == issue.id)
                             .order_by(IssueTargetGroup.sort_order, IssueTargetGroup.id))
    objectives = session.scalars(select(IssueObjective).where(IssueObjective.issue_id == issue.id)
                                 .order_by(IssueObjective.sort_order, IssueObjective.id))
    kpi_rows = session.scalars(select(Kpi).where(Kpi.issue_id == issue.id).order_by(Kpi.sort_order, Kpi.id)
                               .options(selectinload(Kpi.results), selectinload(Kpi.typed_baselines)))
    notes = session.scalars(select(IssueQuarterNote).where(IssueQuarterNote.issue_id == issue.id)
                            .order_by(IssueQuarterNote.quarter))
    return IssueView(
        issue.id, issue.fiscal_year, issue.title, issue.area, k.parse_dimensions(issue.dimensions),
        issue.situation_analysis, subcommittee.first(),
        tuple(TargetGroupView(g.target_group, g.label, g.people_count) for g in groups),
        tuple(ObjectiveView(o.text, tuple(KeyResultView(r.text, r.kpi_id) for r in o.key_results)) for o in objectives),
        tuple(_kpi_view(row, issue.fiscal_year, history) for row in kpi_rows),
        tuple(QuarterNoteView(n.quarter, n.obstacles, n.suggestions) for n in notes),
    )


def issue_view(database: Database, issue_id: int) -> IssueView:
    with database.reader() as session:
        return _issue_view(session, _load_issue(session, issue_id))


def year_kpis(database: Database, fiscal_year: int) -> YearIssues:
    """The fiscal year's issues with their target groups, goals, KPIs (computed figures) and notes."""
    with database.reader() as session:
        history = _history(session, fiscal_year)
        return YearIssues(fiscal_year, tuple(_issue_view(session, issue, history)
                                             for issue in _year_issues(session, fiscal_year)))


def _activity_view(row: Activity) -> ActivityView:
    order = list(BudgetSource)
    return ActivityView(
        row.id, row.name, row.lead_agency, tuple(partner.name for partner in row.partners),
        tuple(tambon.tambon_code for tambon in row.tambons), row.start_date, row.end_date, row.status,
        row.progress_percent,
        tuple(sorted(((b.source, b.amount) for b in row.budgets), key=lambda item: order.index(item[0]))),
        tuple(ActivityObjectiveInput(o.objective, o.indicator, o.result) for o in row.objectives),
        tuple(p.Contribution(c.partner, c.kind, c.description) for c in row.contributions),
    )


def year_plan(database: Database, fiscal_year: int) -> YearPlan:
    """The One Plan of the year: each issue's activities, its budget by source and its resource matrix."""
    with database.reader() as session:
        plans = []
        year_issues = _year_issues(session, fiscal_year)
        query = (select(Activity).where(Activity.issue_id.in_([issue.id for issue in year_issues]))
                 .order_by(Activity.sort_order, Activity.id)
                 .options(*(selectinload(children) for children in (
                     Activity.partners, Activity.tambons, Activity.budgets, Activity.objectives,
                     Activity.contributions))))
        by_issue: dict[int, list[ActivityView]] = {}
        for row in session.scalars(query):  # the year's activities in one query (and one per kind of child)
            by_issue.setdefault(row.issue_id, []).append(_activity_view(row))
        for issue in year_issues:
            activities = tuple(by_issue.get(issue.id, ()))
            totals = p.budget_totals(line for activity in activities for line in activity.budgets)
            matrix = p.resource_matrix(c for activity in activities for c in activity.contributions)
            plans.append(IssuePlan(issue.id, issue.title, activities, tuple(totals.items()), matrix))
        year_totals = p.budget_totals(line for plan in plans for line in plan.budget_by_source)
        return YearPlan(fiscal_year, tuple(plans), tuple(year_totals.items()))


# --- copying an issue into the next fiscal year ----------------------------------------------------------


def _next_year_date(day: date | None) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def copy_issue_to_next_year(database: Database, issue_id: int, user_name: str) -> int:
    """The issue copied into the next fiscal year, in one transaction: details, target groups, goals, KPIs
    (no results; the copied KPI remembers its predecessor, whose results become its baseline) and the plan
    (dates a year on, status planned, progress 0, project results cleared); a new subcommittee without
    members (a new order appoints them). Refused if the next year already has an issue of that title."""
    with database.unit_of_work(user_name) as session:
        old = _load_issue(session, issue_id)
        year = old.fiscal_year + 1
        _check_fiscal_year(year)
        if any(issue.title == old.title for issue in _year_issues(session, year)):
            raise UserFacingError(f"ปีงบประมาณ {year} มีประเด็น “{old.title}” อยู่แล้ว",
                                  f"FY{year} already has the issue “{old.title}”", field="issue_id")
        new = add_issue_in(session, year, old.title)
        new.area, new.dimensions, new.situation_analysis = old.area, old.dimensions, old.situation_analysis
        for group in session.scalars(select(IssueTargetGroup).where(IssueTargetGroup.issue_id == old.id)):
            session.add(IssueTargetGroup(issue_id=new.id, target_group=group.target_group, label=group.label,
                                         people_count=group.people_count, sort_order=group.sort_order))
        kpi_ids: dict[int, int] = {}
        for kpi in session.scalars(select(Kpi).where(Kpi.issue_id == old.id).order_by(Kpi.sort_order, Kpi.id)):
            copy = Kpi(issue_id=new.id, name=kpi.name, unit=kpi.unit, direction=kpi.direction,
                       combination=kpi.combination, target=kpi.target, sort_order=kpi.sort_order,
                       carried_from_id=kpi.id,
                       typed_baselines=[KpiBaseline(fiscal_year=b.fiscal_year, value=b.value)
                                        for b in kpi.typed_baselines if b.fiscal_year >= year - k.BASELINE_YEARS])
            session.add(copy)
            session.flush()
            kpi_ids[kpi.id] = copy.id
        for objective in session.scalars(select(IssueObjective).where(IssueObjective.issue_id == old.id)):
            session.add(IssueObjective(issue_id=new.id, text=objective.text, sort_order=objective.sort_order,
                                       key_results=[KeyResult(text=r.text, sort_order=r.sort_order,
                                                              kpi_id=kpi_ids.get(r.kpi_id or 0))
                                                    for r in objective.key_results]))
        for activity in session.scalars(select(Activity).where(Activity.issue_id == old.id)):
            session.add(Activity(
                issue_id=new.id, name=activity.name, lead_agency=activity.lead_agency,
                start_date=_next_year_date(activity.start_date), end_date=_next_year_date(activity.end_date),
                status=ActivityStatus.PLANNED, progress_percent=0, sort_order=activity.sort_order,
                partners=[ActivityPartner(name=x.name, sort_order=x.sort_order) for x in activity.partners],
                tambons=[ActivityTambon(tambon_code=x.tambon_code) for x in activity.tambons],
                budgets=[ActivityBudget(source=x.source, amount=x.amount) for x in activity.budgets],
                objectives=[ActivityObjective(objective=x.objective, indicator=x.indicator, sort_order=x.sort_order)
                            for x in activity.objectives],
                contributions=[ResourceContribution(partner=x.partner, kind=x.kind, description=x.description)
                               for x in activity.contributions],
            ))
        session.flush()
        return new.id


# --- plain documents (the CLI's --json; the report and the bundle read the same) -------------------------

JSON_FORMAT_VERSION = 1


def json_number(value: Decimal | int | None) -> int | float | None:
    """A number for JSON: whole numbers as integers, others as they print (2 decimals are kept exactly)."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def _both(term: object) -> dict[str, str]:
    return {"th": p.label(term), "en": p.label(term, "en")}  # type: ignore[arg-type]


def _be_date(day: date | None) -> str | None:
    return None if day is None else format_thai_date(day, DateStyle.ABBREVIATED_FULL_YEAR)


def kpis_document(year: YearIssues) -> dict[str, object]:
    """``pcha kpis --json``: the year's issues and their KPIs with every computed figure (README documents it)."""
    return {
        "format": JSON_FORMAT_VERSION,
        "fiscal_year": year.fiscal_year,
        "below_minimum_issues": year.below_minimum,
        "issues": [{
            "id": issue.id,
            "title": issue.title,
            "area": issue.area.value,
            "dimensions": [d.value for d in Dimension if d in issue.dimensions],
            "target_groups": [{"group": g.group.value, "label": g.label, "count": g.count} for g in issue.target_groups],
            "kpis": [{
                "id": kpi.id,
                "name": kpi.name,
                "unit": kpi.unit,
                "direction": kpi.direction.value,
                "combination": kpi.combination.value,
                "target": json_number(kpi.target),
                "baselines": [{"fiscal_year": b.fiscal_year, "value": json_number(b.value),
                               "from_results": b.from_results} for b in kpi.baselines],
                "quarters": [json_number(value) for value in kpi.results],
                "rounds": {str(months): json_number(k.rounded(value)) for months, value in kpi.rounds},
                "result": json_number(k.rounded(kpi.year_value)),
                "percent": json_number(kpi.percent),
                "status": kpi.status.value,
                "status_label": _both(kpi.status),
            } for kpi in issue.kpis],
        } for issue in year.issues],
    }


def plan_document(year: YearPlan) -> dict[str, object]:
    """``pcha plan --json``: activities with budget by source, and the partner × resource-kind matrix."""
    return {
        "format": JSON_FORMAT_VERSION,
        "fiscal_year": year.fiscal_year,
        "budget_by_source": {source.value: json_number(amount) for source, amount in year.budget_by_source},
        "issues": [{
            "id": plan.issue_id,
            "title": plan.title,
            "budget_by_source": {source.value: json_number(amount) for source, amount in plan.budget_by_source},
            "budget_total": json_number(plan.budget_total),
            "activities": [{
                "id": a.id,
                "name": a.name,
                "lead_agency": a.lead_agency,
                "partners": list(a.partners),
                "tambons": list(a.tambon_codes),
                "start": a.start_date.isoformat() if a.start_date else None,
                "end": a.end_date.isoformat() if a.end_date else None,
                "start_be": _be_date(a.start_date),
                "end_be": _be_date(a.end_date),
                "status": a.status.value,
                "progress_percent": a.progress_percent,
                "budget": {source.value: json_number(amount) for source, amount in a.budgets},
                "budget_total": json_number(a.budget_total),
                "contributions": [{"partner": c.partner, "kind": c.kind.value, "description": c.description}
                                  for c in a.contributions],
                "objectives": [{"objective": o.objective, "indicator": o.indicator, "result": o.result}
                               for o in a.objectives],
            } for a in plan.activities],
            "resource_matrix": {
                "kinds": [kind.value for kind in ResourceKind],
                "partners": [{"partner": partner,
                              "brings": {kind.value: list(plan.matrix.cells[partner][kind]) for kind in ResourceKind
                                         if plan.matrix.cells[partner][kind]}}
                             for partner in plan.matrix.partners],
            },
        } for plan in year.issues],
    }


# --- the plan as a workbook --------------------------------------------------------------------------------


def export_plan_xlsx(database: Database, fiscal_year: int, path: Path) -> Path:
    """The year's One Plan as an .xlsx (activities with budgets by source; who brings which resources to each
    activity; the projects' objectives with their indicators and results)."""
    from pcha_desktop.exports.xlsx.plan_workbook import (
        ActivityObjectiveRow,
        PartnerResources,
        PlanActivityRow,
        PlanWorkbook,
        write_plan_workbook,
    )

    plan = year_plan(database, fiscal_year)
    with database.reader() as session:
        tambon_names = {tambon.code: tambon.official_name for tambon in _district_tambons(session)}
    activities = [
        PlanActivityRow(issue.title, a.name, a.lead_agency, a.partners,
                        [tambon_names.get(code, code) for code in a.tambon_codes], a.start_date, a.end_date,
                        a.status, a.progress_percent, dict(a.budgets))
        for issue in plan.issues for a in issue.activities
    ]
    resources = [
        PartnerResources(issue.title, a.name, partner, {kind: [text or p.label(kind) for text in items]
                                                        for kind, items in matrix.cells[partner].items() if items})
        for issue in plan.issues for a in issue.activities
        for matrix in (p.resource_matrix(a.contributions),) for partner in matrix.partners
    ]
    objectives = [ActivityObjectiveRow(issue.title, a.name, o.objective, o.indicator, o.result)
                  for issue in plan.issues for a in issue.activities for o in a.objectives]
    return write_plan_workbook(PlanWorkbook(fiscal_year, activities, resources, objectives), path)


# --- editing the year's issues: one dialog's save is one transaction --------------------------------------


@dataclass(frozen=True)
class IssueEdit:
    """Everything the issue dialog edits: details, target groups, goals and the quarterly notes."""

    details: IssueDetails
    target_groups: tuple[TargetGroupInput, ...] = ()
    objectives: tuple[ObjectiveInput, ...] = ()
    quarter_notes: tuple[QuarterNoteView, ...] = ()  # the quarters written; a quarter left out is kept


@dataclass(frozen=True)
class SubcommitteeSummary:
    committee_id: int
    name: str
    current_members: int


def issue_edit_of(view: IssueView) -> IssueEdit:
    """The issue as the dialog edits it (e.g. what undo puts back); every quarter's note, empty ones too."""
    notes = {note.quarter: note for note in view.quarter_notes}
    return IssueEdit(
        IssueDetails(view.title, view.area, view.dimensions, view.situation_analysis),
        tuple(TargetGroupInput(g.group, g.count, g.label) for g in view.target_groups),
        tuple(ObjectiveInput(o.text, tuple(KeyResultInput(r.text, r.kpi_id) for r in o.key_results))
              for o in view.objectives),
        tuple(notes.get(quarter, QuarterNoteView(quarter, "", "")) for quarter in k.QUARTERS),
    )


def _save_edit_in(session: Session, issue: QualityOfLifeIssue, edit: IssueEdit, checked: tuple) -> None:
    groups, goals, notes = checked
    _apply_details(issue, edit.details)
    _replace_target_groups(session, issue.id, groups)
    _replace_goals(session, issue.id, goals)
    for note in notes:
        _save_quarter_note_in(session, issue.id, note)


def _checked(edit: IssueEdit) -> tuple:
    """The edit's parts read and checked before anything is written (a refusal saves nothing)."""
    _required(edit.details.title, "issue_title", "ชื่อประเด็น", "Issue title")
    return (_target_group_rows(edit.target_groups), _cleaned_goals(edit.objectives),
            [_quarter_note_input(note) for note in edit.quarter_notes])


def add_issue_with(database: Database, fiscal_year: int, edit: IssueEdit, user_name: str) -> int:
    """A new issue of the fiscal year, last of its year, with its subcommittee and all the dialog holds, in
    one transaction; returns its id."""
    _check_fiscal_year(fiscal_year)
    checked = _checked(edit)
    with database.unit_of_work(user_name) as session:
        issue = add_issue_in(session, fiscal_year, _required(edit.details.title, "issue_title", "ชื่อประเด็น",
                                                             "Issue title"))
        _save_edit_in(session, issue, edit, checked)
        return issue.id


def save_issue(database: Database, issue_id: int, edit: IssueEdit, user_name: str) -> None:
    """The issue's details, target groups, goals and quarterly notes saved together (one transaction). A new
    title renames its subcommittee too while that still has the name made from the old title."""
    from pcha_desktop.services.committees import load_profile, subcommittee_name

    checked = _checked(edit)
    with database.unit_of_work(user_name) as session:
        issue = _load_issue(session, issue_id)
        old_title = issue.title
        _save_edit_in(session, issue, edit, checked)
        if issue.title != old_title:
            district = load_profile(session).district_name
            for committee in session.scalars(select(Committee).where(Committee.issue_id == issue_id)):
                if committee.name == subcommittee_name(district, old_title):
                    committee.name = subcommittee_name(district, issue.title)


def issue_subcommittee_summary(database: Database, issue_id: int, today: date) -> SubcommitteeSummary | None:
    """The subcommittee that drives the issue (its name and how many members sit on it ``today``)."""
    from pcha_desktop.storage.models import CommitteeMembership

    with database.reader() as session:
        committee = session.scalars(select(Committee).where(Committee.issue_id == issue_id)
                                    .order_by(Committee.id)).first()
        if committee is None:
            return None
        members = session.scalars(select(CommitteeMembership.id).where(
            CommitteeMembership.committee_id == committee.id, CommitteeMembership.start_date <= today,
            (CommitteeMembership.end_date.is_(None)) | (CommitteeMembership.end_date > today)))
        return SubcommitteeSummary(committee.id, committee.name, len(list(members)))


def delete_year_issue(database: Database, issue_id: int, user_name: str) -> None:
    """The issue goes with its target groups, goals, KPIs and results, notes and plan (its notable work stays,
    under no issue); its subcommittee goes too when it never had a member nor an appointment order. Refused
    (nothing changed) when it had: the committee's history and its orders are never lost."""
    from pcha_desktop.storage.models import AppointmentOrder, CommitteeMembership

    with database.unit_of_work(user_name) as session:
        issue = _load_issue(session, issue_id)
        committees = list(session.scalars(select(Committee).where(Committee.issue_id == issue_id)))
        ids = [committee.id for committee in committees]
        used = (session.scalars(select(CommitteeMembership.id).where(CommitteeMembership.committee_id.in_(ids))).first()
                or session.scalars(select(AppointmentOrder.id).where(AppointmentOrder.committee_id.in_(ids))).first())
        if used is not None:
            raise UserFacingError(
                f"ลบประเด็น “{issue.title}” ไม่ได้: คณะอนุกรรมการของประเด็นนี้มีสมาชิกหรือคำสั่งแต่งตั้งแล้ว"
                " (ประวัติคณะกรรมการต้องไม่สูญหาย) แก้ไขชื่อหรือรายละเอียดของประเด็นแทนได้",
                f"The issue “{issue.title}” cannot be deleted: its subcommittee has members or appointment orders on"
                " record (the committee's history is kept). Edit the issue's title or details instead.",
                field="issue_id")
        for committee in committees:
            session.delete(committee)
        session.flush()
        year = issue.fiscal_year
        session.delete(issue)
        session.flush()
        for order, row in enumerate(_year_issues(session, year)):
            row.sort_order = order


def move_year_issue(database: Database, issue_id: int, step: int, user_name: str) -> bool:
    """The issue moved ``step`` places (-1 up, +1 down) among its year's issues; False (nothing changed) at
    either end."""
    with database.unit_of_work(user_name) as session:
        issue = _load_issue(session, issue_id)
        rows = _year_issues(session, issue.fiscal_year)
        place = rows.index(issue)
        other = place + step
        if not 0 <= other < len(rows) or step == 0:
            return False
        rows.insert(other, rows.pop(place))
        for order, row in enumerate(rows):
            if row.sort_order != order:
                row.sort_order = order
        return True


def kpi_input_of(view: KpiView) -> KpiInput:
    """The KPI as its editor holds it (e.g. what undo puts back): the baselines typed, not those from results."""
    return KpiInput(view.name, view.target, view.direction, view.combination, view.unit,
                    {b.fiscal_year: b.value for b in view.baselines if not b.from_results and b.value is not None})


# --- an activity's children changed in place ---------------------------------------------------------


def _set_partner_order(partner: ActivityPartner, _name: str, order: int) -> None:
    partner.sort_order = order


def _set_objective(objective: ActivityObjective, item: tuple[str, str, str], order: int) -> None:
    objective.objective, objective.indicator, objective.result = item
    objective.sort_order = order


def _set_contribution(contribution: ResourceContribution, item: tuple[str, ResourceKind, str], _order: int) -> None:
    contribution.partner, contribution.kind, contribution.description = item


def _kept_in_place(old: Sequence[T], wanted: Sequence[Any], key: tuple[Callable[[T], Any], Callable[[Any], Any]],
                   update: Callable[[T, Any, int], None] | None, make: Callable[[Any], T],
                   *looser: tuple[Callable[[T], Any], Callable[[Any], Any]]) -> list[T]:
    """The child rows for ``wanted`` (in its order): the old row whose ``key`` matches is kept (then, by each
    ``looser`` key, an old row not kept yet, e.g. the same objective with a new result), updated by
    ``update(row, item, position)``; a new row is ``make(item)``. Old rows not kept are left out (deleted)."""
    chosen: list[T | None] = [None] * len(wanted)
    free = list(old)
    for old_key, new_key in (key, *looser):
        by_key: dict[Any, list[T]] = {}
        for row in free:
            by_key.setdefault(old_key(row), []).append(row)
        for position, item in enumerate(wanted):
            if chosen[position] is None and by_key.get(new_key(item)):
                row = by_key[new_key(item)].pop(0)
                chosen[position] = row
                free.remove(row)
    result: list[T] = []
    for position, (item, row) in enumerate(zip(wanted, chosen)):
        if row is None:
            row = make(item)
        if update is not None:
            update(row, item, position)
        result.append(row)
    return result


# --- an activity as it was (undo, the dialog) -------------------------------------------------------------


def activity_input_of(view: ActivityView) -> ActivityInput:
    """What saving ``view`` again would take: undo puts an activity back with it, the dialog starts from it."""
    return ActivityInput(
        view.name, view.lead_agency, view.partners, view.tambon_codes, view.start_date, view.end_date, view.status,
        view.progress_percent, {source: amount for source, amount in view.budgets}, view.objectives,
        view.contributions)


def activity_view(database: Database, activity_id: int) -> ActivityView:
    """One activity as ``year_plan`` shows it."""
    with database.reader() as session:
        return _activity_view(_load(session, Activity, activity_id))


# --- notable work with its photos, in one transaction (the tambon screen's dialog and its undo) -----------


@dataclass(frozen=True)
class NotableWorkInput:
    tambon_code: str
    title: str
    description: str = ""
    issue_id: int | None = None


def save_notable_work(workspace: Workspace, fiscal_year: int, work_id: int | None, data: NotableWorkInput,
                      user_name: str, *, new_photos: Sequence[Path] = (),
                      photo_ids: Sequence[int] | None = None) -> int:
    """A tambon's notable work added (``work_id`` None) or changed, with its photos, in one transaction;
    returns its id. ``new_photos``: image files to store and add; ``photo_ids``: when given, the stored
    attachments its photos are to be (an undo puts them back: a photo kept keeps its row). A refusal (a
    file that is no image, a tambon of another district) saves nothing."""
    _check_fiscal_year(fiscal_year)
    with workspace.database.unit_of_work(user_name) as session:
        if work_id is None:
            work = NotableWork(fiscal_year=fiscal_year)
        else:
            work = _load(session, NotableWork, work_id)
        _apply_notable_work(session, work, data.tambon_code, data.title, data.description, data.issue_id)
        if photo_ids is not None:
            kept = {photo.attachment_id: photo for photo in work.photos}
            photos = []
            for attachment_id in photo_ids:
                photo = kept.pop(attachment_id, None)
                if photo is None:
                    attachment = session.get(Attachment, attachment_id)
                    if attachment is None:
                        raise UserFacingError("ไม่พบรูปภาพนี้", "No such photo", field="photo_id")
                    photo = NotableWorkPhoto(attachment=attachment)
                photos.append(photo)
            work.photos = photos
        for source in new_photos:
            work.photos.append(NotableWorkPhoto(
                attachment=store_file(session, workspace.attachments_dir, Path(source), IMAGES)))
        session.add(work)
        session.flush()
        return work.id


def notable_work_photo(workspace: Workspace, photo: AttachmentInfo) -> bytes:
    """The stored photo's bytes, checked against its hash (``AttachmentDamaged`` when it no longer matches)."""
    return read_verified(workspace.attachments_dir, photo)
