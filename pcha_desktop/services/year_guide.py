"""The year's guide as a use case: the facts of a fiscal year gathered from the database, the fifteen steps
computed from them (``domain.year_guide``), the hand ticks of the steps the data cannot tell, the strategies
chosen from step 15's suggestions, and the per-province due dates (a setting).

``year_guide(database, fiscal_year, today)`` is what the home screen, the CLI (``pcha year``), the report
and the bundle read. Each gatherer below reads one area; a feature added later (meetings, UCCARE, the sent
bundles) adds its own gatherer to ``_GATHERERS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain import year_guide as g
from pcha_desktop.domain.committee_terms import CommitteeKind, OrderStatus, PlanStatus
from pcha_desktop.domain.one_plan import ActivityStatus
from pcha_desktop.domain.uccare import Assessor, Phase
from pcha_desktop.domain.thai_calendar import fiscal_quarters, fiscal_year_range
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.issues import _be_date  # the JSON documents' one date format: "30 พ.ย. 2563"
from pcha_desktop.services.settings import get_setting, set_setting
from pcha_desktop.services.tambon_committees import _district_tambons
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    Activity,
    ActivityPartner,
    AppointmentOrder,
    BundleExport,
    ChosenStrategy,
    Committee,
    DistrictVisit,
    Kpi,
    KpiResult,
    NotableWork,
    QualityOfLifeIssue,
    ResourceContribution,
    TambonCommitteeYear,
    UccareAssessment,
    YearStepTick,
)

DUE_DATES_SETTING = "year_guide.due_dates"
"""JSON {"step": [month, day], …}: the province's own due dates, over the defaults."""
STRATEGIES_RESOURCE = ("year_guide", "strategies_khon_kaen_2563.json")

Gatherer = Callable[[Session, g.YearFacts, date], g.YearFacts]


def _issues(session: Session, facts: g.YearFacts, _today: date) -> g.YearFacts:
    query = select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == facts.fiscal_year)
    issues = list(session.scalars(query.order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id)))
    ids = [issue.id for issue in issues]
    activities = dict(session.execute(
        select(Activity.issue_id, func.count()).where(Activity.issue_id.in_(ids)).group_by(Activity.issue_id)).all())
    kpi_counts: dict[int, list[int]] = {}
    for issue_id, target in session.execute(select(Kpi.issue_id, Kpi.target).where(Kpi.issue_id.in_(ids))):
        counts = kpi_counts.setdefault(issue_id, [0, 0])
        counts[0] += 1
        counts[1] += 1 if target else 0
    partners: dict[int, set[str]] = {}  # partners named on the activities or bringing resources to them
    for column in (ActivityPartner.name, ResourceContribution.partner):
        for issue_id, name in session.execute(select(Activity.issue_id, column).join(column.class_).where(
                Activity.issue_id.in_(ids))):
            partners.setdefault(issue_id, set()).add(name.strip())
    self_assessed: set[tuple[int, Phase]] = set(tuple(row) for row in session.execute(
        select(UccareAssessment.issue_id, UccareAssessment.phase).where(
            UccareAssessment.issue_id.in_(ids), UccareAssessment.assessor == Assessor.SELF)).all())
    from pcha_desktop.services.uccare import year_results_in  # the one source of the year's result

    result = year_results_in(session, facts.fiscal_year, facts.fiscal_year).get(facts.fiscal_year)
    if result is not None:
        facts = replace(facts, uccare_passed=result.passed, uccare_reason=(result.reason("th"), result.reason("en")))
    return replace(facts, issues=tuple(
        g.IssueFacts(issue.title, activities.get(issue.id, 0), *kpi_counts.get(issue.id, [0, 0]),
                     frozenset(part for part in issue.dimensions.split(",") if part),
                     uccare_before=(issue.id, Phase.BEFORE) in self_assessed,
                     uccare_after=(issue.id, Phase.AFTER) in self_assessed,
                     partner_count=len(partners.get(issue.id, set()) - {""}))
        for issue in issues))


def _order_number(order: AppointmentOrder) -> str:
    return f"{order.running_number}/{order.be_year}" if order.running_number else order.subject


def _orders(session: Session, facts: g.YearFacts, today: date) -> g.YearFacts:
    """Step 2 asks for orders that are current (seed 004: updated when members change or move): each
    committee's order in force on the day the year is seen (today, or the year's last day once it is over) and
    whether its members have changed since; step 3 the orders issued in the year and their copies sent."""
    from pcha_desktop.services.appointment_orders import order_state_in

    start, end = fiscal_year_range(facts.fiscal_year)
    day = min(today, end)
    issued = list(session.scalars(
        select(AppointmentOrder).join(Committee).where(
            AppointmentOrder.status == OrderStatus.ISSUED, AppointmentOrder.order_date >= start,
            AppointmentOrder.order_date <= end,  # seed 004 step 3: the district's and the subcommittees' orders
            Committee.kind.in_((CommitteeKind.DISTRICT, CommitteeKind.ISSUE_SUBCOMMITTEE)))
        .order_by(AppointmentOrder.order_date, AppointmentOrder.id)))

    def order_state(committee_id: int) -> str:  # "none", "outdated" or "current"
        return order_state_in(session, committee_id, day)

    district_id = session.scalar(select(Committee.id).where(Committee.kind == CommitteeKind.DISTRICT)
                                 .order_by(Committee.id))
    district = order_state(district_id) if district_id is not None else "none"
    issue_ids = select(QualityOfLifeIssue.id).where(QualityOfLifeIssue.fiscal_year == facts.fiscal_year)
    subcommittees = [(title, order_state(ident)) for ident, title in session.execute(
        select(Committee.id, QualityOfLifeIssue.title).join(
            QualityOfLifeIssue, Committee.issue_id == QualityOfLifeIssue.id).where(
            Committee.kind == CommitteeKind.ISSUE_SUBCOMMITTEE, Committee.issue_id.in_(issue_ids))
        .order_by(QualityOfLifeIssue.sort_order, Committee.id)).all()]
    return replace(
        facts, district_order_issued=district != "none", district_order_outdated=district == "outdated",
        orders_issued=len(issued), subcommittee_count=len(subcommittees),
        subcommittees_without_order=tuple(title for title, state in subcommittees if state == "none"),
        subcommittees_order_outdated=tuple(title for title, state in subcommittees if state == "outdated"),
        orders_not_sent=tuple(_order_number(order) for order in issued if order.sent_to_province_on is None))


def _kpi_results(session: Session, facts: g.YearFacts, today: date) -> g.YearFacts:
    ended = [quarter.quarter for quarter in fiscal_quarters(facts.fiscal_year) if quarter.end < today]
    if not ended:
        return facts
    kpi_ids = list(session.scalars(select(Kpi.id).join(QualityOfLifeIssue).where(
        QualityOfLifeIssue.fiscal_year == facts.fiscal_year)))
    entered: dict[int, int] = dict(session.execute(
        select(KpiResult.quarter, func.count()).where(KpiResult.kpi_id.in_(kpi_ids))
        .group_by(KpiResult.quarter)).all())
    return replace(facts, kpi_results_missing={quarter: len(kpi_ids) - entered.get(quarter, 0) for quarter in ended})


def _activities(session: Session, facts: g.YearFacts, today: date) -> g.YearFacts:
    rows = session.execute(select(Activity.name, Activity.status, Activity.end_date).join(QualityOfLifeIssue).where(
        QualityOfLifeIssue.fiscal_year == facts.fiscal_year)).all()
    finished = {ActivityStatus.DONE, ActivityStatus.CANCELLED}
    return replace(
        facts, activities_total=len(rows), activities_finished=sum(1 for row in rows if row.status in finished),
        activities_overdue=tuple(row.name for row in rows
                                 if row.status not in finished and row.end_date is not None and row.end_date < today))


def _tambons(session: Session, facts: g.YearFacts, _today: date) -> g.YearFacts:
    tambons = _district_tambons(session)
    name_of = {tambon.code: tambon.name for tambon in tambons}
    start, end = fiscal_year_range(facts.fiscal_year)

    def names(codes: object) -> frozenset[str]:
        return frozenset(name_of[code] for code in codes if code in name_of)  # type: ignore[attr-defined]

    committees = list(session.execute(select(Committee.id, Committee.tambon_code).where(
        Committee.kind == CommitteeKind.TAMBON)).all())
    plans = dict(session.execute(select(TambonCommitteeYear.committee_id, TambonCommitteeYear.plan_status).where(
        TambonCommitteeYear.fiscal_year == facts.fiscal_year)).all())
    statuses: dict[str, list[PlanStatus]] = {}
    for ident, code in committees:
        statuses.setdefault(code, []).append(plans.get(ident, PlanStatus.NONE))
    approved = [code for code, found in statuses.items() if all(s is PlanStatus.APPROVED for s in found)]
    drafting = [code for code, found in statuses.items() if PlanStatus.DRAFTING in found]
    visited = session.scalars(select(DistrictVisit.tambon_code).where(
        DistrictVisit.visit_date >= start, DistrictVisit.visit_date <= end))
    notable = session.scalars(select(NotableWork.tambon_code).where(NotableWork.fiscal_year == facts.fiscal_year))
    return replace(facts, tambons=tuple(tambon.name for tambon in tambons),
                   tambons_with_committee=names(code for _ident, code in committees),
                   tambons_with_plan=names(approved), tambons_drafting_plan=names(drafting),
                   tambons_visited=names(visited), tambons_with_notable_work=names(notable))


def _reports_sent(session: Session, facts: g.YearFacts, today: date) -> g.YearFacts:
    """The cumulative rounds (3, 6, 9, 12 months) whose quarter has ended are due to the province. A round is
    sent by a bundle marked sent of that round (2564R6) or, for the progress rounds, of its quarter (2564Q2);
    the 12-month round, the year-end summary, by the round's or the whole year's bundle (2564)."""
    ended = [quarter.quarter for quarter in fiscal_quarters(facts.fiscal_year) if quarter.end < today]
    year = str(facts.fiscal_year)
    sent = set(session.scalars(select(BundleExport.period).where(
        BundleExport.sent_at.is_not(None), BundleExport.period.startswith(year))))

    def round_sent(quarter: int) -> bool:
        also = year if quarter == 4 else f"{year}Q{quarter}"
        return bool({f"{year}R{3 * quarter}", also} & sent)

    return replace(facts, report_rounds_due=tuple(3 * quarter for quarter in ended),
                   report_rounds_sent=frozenset(3 * quarter for quarter in ended if round_sent(quarter)))


def _hand_entries(session: Session, facts: g.YearFacts, _today: date) -> g.YearFacts:
    ticks = {}
    for tick in session.scalars(select(YearStepTick).where(YearStepTick.fiscal_year == facts.fiscal_year)):
        try:
            ticks[g.YearStep(tick.step)] = g.ManualTick(tick.ticked_on, tick.note)
        except ValueError:  # a step of a newer version: ignored, never a crash
            continue
    chosen = session.scalar(select(func.count()).select_from(ChosenStrategy).where(
        ChosenStrategy.fiscal_year == facts.fiscal_year)) or 0
    return replace(facts, manual=ticks, strategies_chosen=chosen)


_GATHERERS: list[Gatherer] = [_issues, _orders, _kpi_results, _activities, _tambons, _reports_sent, _hand_entries]


def _district_meetings(database: Database, facts: g.YearFacts, today: date) -> g.YearFacts:
    """The district committee's regular and special meetings of the year (subgroup meetings do not count
    for step 6): held when they took place with quorum; their minutes sent once dated so."""
    from pcha_desktop.domain.meetings import MeetingKind, MeetingStatus
    from pcha_desktop.services.meetings import year_overview

    overview = year_overview(database, facts.fiscal_year, today)
    meetings = [m for m in overview.meetings
                if m.committee_id == overview.district_committee_id and m.kind is not MeetingKind.SUBGROUP]
    return replace(facts, district_meetings=tuple(
        g.MeetingFacts(f"{m.number}/{m.fiscal_year}", m.meeting_date,
                       held=m.status is MeetingStatus.HELD and m.quorum is not None and m.quorum.met,
                       minutes_sent=m.sent_to_province_on is not None)
        for m in meetings))


def year_facts(database: Database, fiscal_year: int, today: date) -> g.YearFacts:
    facts = g.YearFacts(fiscal_year)
    with database.reader() as session:
        for gather in _GATHERERS:
            facts = gather(session, facts, today)
    return _district_meetings(database, facts, today)


def due_dates(database: Database) -> g.DueDates:
    """The province's due dates (a setting); a broken or foreign setting falls back to the defaults."""
    try:
        raw = json.loads(get_setting(database, DUE_DATES_SETTING, "{}"))
        overrides = {g.YearStep(key): (int(value[0]), int(value[1])) for key, value in raw.items()}
        for step, (month, day) in overrides.items():
            g.due_date(2564, month, day)  # a real day of the year, else the defaults
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return g.DueDates()
    return g.DueDates(overrides)


def set_due_dates(database: Database, overrides: Mapping[g.YearStep, tuple[int, int]], user_name: str) -> None:
    for step, (month, day) in overrides.items():
        try:
            g.due_date(2564, month, day)
        except ValueError as error:
            raise UserFacingError(f"วันครบกำหนดของขั้นตอน {g.label(step, 'th')} ไม่ใช่วันที่ที่มีจริง",
                                  f"The due date of '{g.label(step, 'en')}' is not a real date") from error
    value = json.dumps({step.value: [month, day] for step, (month, day) in overrides.items()})
    set_setting(database, DUE_DATES_SETTING, value, user_name)


@dataclass(frozen=True)
class YearGuide:
    fiscal_year: int
    today: date
    steps: tuple[g.StepProgress, ...]
    missing: tuple[g.Missing, ...]

    @property
    def done_and_late(self) -> tuple[int, int]:
        return g.summary_counts(self.steps)


def year_guide(database: Database, fiscal_year: int, today: date | None = None) -> YearGuide:
    today = today or date.today()
    steps = g.year_checklist(year_facts(database, fiscal_year, today), today, due_dates(database))
    return YearGuide(fiscal_year, today, steps, g.what_is_missing(steps))


def tick_step(database: Database, fiscal_year: int, step: g.YearStep, ticked_on: date, note: str,
              user_name: str) -> None:
    """Tick a step the data cannot tell; any other step is refused (the data ticks it)."""
    if step not in g.MANUAL_STEPS:
        raise UserFacingError("ขั้นตอนนี้โปรแกรมตรวจจากข้อมูลเอง ไม่ต้องทำเครื่องหมาย",
                              "The app tells this step from the data; it is not ticked by hand")
    start, end = fiscal_year_range(fiscal_year)
    if not start <= ticked_on <= end:
        raise UserFacingError("วันที่ต้องอยู่ในปีงบประมาณ", "The date must lie in the fiscal year")
    note = clean_user_text(note, "step_note")
    with database.unit_of_work(user_name) as session:
        row = session.scalar(select(YearStepTick).where(
            YearStepTick.fiscal_year == fiscal_year, YearStepTick.step == step.value))
        if row is None:
            row = YearStepTick(fiscal_year=fiscal_year, step=step.value)
            session.add(row)
        row.ticked_on, row.note = ticked_on, note


def untick_step(database: Database, fiscal_year: int, step: g.YearStep, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        row = session.scalar(select(YearStepTick).where(
            YearStepTick.fiscal_year == fiscal_year, YearStepTick.step == step.value))
        if row is not None:
            session.delete(row)


def default_strategies() -> g.StrategyList:
    return g.parse_strategies(resource_path(*STRATEGIES_RESOURCE).read_text(encoding="utf-8"))


def _read_province_file(path: Path) -> str:
    """The text of a province's file (foreign input): small, UTF-8, readable; else refused with a reason."""
    try:
        if path.stat().st_size > 1_000_000:
            raise g.ProvinceFileError("ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์ของจังหวัด", "The file is too large to be a province's file")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise g.ProvinceFileError("ไฟล์ไม่ใช่ข้อความ UTF-8", "The file is not UTF-8 text") from error
    except OSError as error:
        raise g.ProvinceFileError(f"อ่านไฟล์ไม่ได้: {path.name}", f"Cannot read the file: {path.name}") from error


def read_strategy_file(path: Path) -> g.StrategyList:
    """A province's own list of suggestions; refused with a reason when it is not one."""
    return g.parse_strategies(_read_province_file(path))


def due_dates_document(dates: g.DueDates, source_th: str = "", source_en: str = "") -> dict[str, object]:
    """The due dates as the file a province gives its districts (``parse_due_dates`` reads it back)."""
    document: dict[str, object] = {"format": g.DUE_DATES_FORMAT, "version": 1}
    if source_th or source_en:
        document.update(source_th=source_th, source_en=source_en)
    document["due_dates"] = {
        step.value: dict(zip(("month", "day"), dates.overrides.get(step, g.DEFAULT_DUE[step]))) for step in g.YearStep}
    return document


def write_due_dates_file(database: Database, path: Path, source_th: str = "", source_en: str = "") -> None:
    """This district's (or province's) due dates of all fifteen steps as a file for the districts to load."""
    text = json.dumps(due_dates_document(due_dates(database), source_th, source_en), ensure_ascii=False, indent=2)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise UserFacingError(f"บันทึกไฟล์ไม่ได้: {path.name}", f"Cannot write the file: {path.name}") from error


def load_due_dates_file(database: Database, path: Path, user_name: str) -> g.ProvinceDueDates:
    """The province's due dates from its file (``pcha-due-dates``, or a strategy list carrying them), saved as
    this district's due dates in one change: steps the file leaves out go back to the defaults. A file that
    is not one is refused with a reason (``ProvinceFileError``) and nothing is written."""
    loaded = g.parse_due_dates(_read_province_file(path))
    set_due_dates(database, loaded.dates, user_name)
    return loaded


def chosen_strategies(database: Database, fiscal_year: int) -> dict[str, str]:
    """key → the text as chosen, for the list ids in use."""
    with database.reader() as session:
        return {row.strategy_key: row.text for row in session.scalars(
            select(ChosenStrategy).where(ChosenStrategy.fiscal_year == fiscal_year).order_by(ChosenStrategy.id))}


def choose_strategies(database: Database, fiscal_year: int, strategy_list: g.StrategyList, keys: Sequence[str],
                      user_name: str) -> None:
    """The strategies the district uses this year: exactly ``keys`` of ``strategy_list`` (one action)."""
    by_key = {strategy.key: strategy for strategy in strategy_list.strategies}
    unknown = [key for key in keys if key not in by_key]
    if unknown:
        raise UserFacingError(f"ไม่มีกลวิธีรหัส {unknown[0]} ในรายการ", f"No strategy {unknown[0]} in the list")
    with database.unit_of_work(user_name) as session:
        rows = {row.strategy_key: row for row in session.scalars(select(ChosenStrategy).where(
            ChosenStrategy.fiscal_year == fiscal_year, ChosenStrategy.list_id == strategy_list.list_id))}
        for key, row in rows.items():
            if key not in keys:
                session.delete(row)
        for key in keys:
            if key not in rows:
                session.add(ChosenStrategy(fiscal_year=fiscal_year, list_id=strategy_list.list_id, strategy_key=key,
                                           text=by_key[key].th))


def guide_document(guide: YearGuide) -> dict[str, object]:
    """The guide as JSON (``pcha year --json``; the report and the bundle read the same)."""
    done, late = guide.done_and_late
    return {
        "format": 1,
        "fiscal_year": guide.fiscal_year,
        "as_of": guide.today.isoformat(), "as_of_be": _be_date(guide.today),
        "steps_done": done,
        "steps_late": late,
        "steps": [
            {"number": step.number, "step": step.step.value, "title_th": g.label(step.step, "th"),
             "title_en": g.label(step.step, "en"), "state": step.state.value, "done": step.done,
             "total": step.total, "due": step.due.isoformat(), "due_be": _be_date(step.due),
             "ticked_on": step.manual.ticked_on.isoformat() if step.manual else None,
             "ticked_on_be": _be_date(step.manual.ticked_on) if step.manual else None,
             "note": step.manual.note if step.manual else None,
             "missing": [{"th": item.th, "en": item.en} for item in step.missing]}
            for step in guide.steps
        ],
        "missing": [{"th": item.th, "en": item.en} for item in guide.missing],
    }


__all__ = [
    "DUE_DATES_SETTING",
    "YearGuide",
    "choose_strategies",
    "chosen_strategies",
    "default_strategies",
    "due_dates",
    "due_dates_document",
    "guide_document",
    "load_due_dates_file",
    "read_strategy_file",
    "set_due_dates",
    "tick_step",
    "untick_step",
    "write_due_dates_file",
    "year_facts",
    "year_guide",
]
