"""Reports from the data: a period's report (PDF and workbook), a One Plan activity's summary, the district
chief's brief; and the free text the secretary writes for a period.

``gather_report(database, period)`` reads everything a report prints into ``domain.reporting.ReportData``
(plain data, no session): the profile, the district committee on the period's last day with the order in
force then, the year's issues with target groups and KPIs (the period's figure by ``ReportPeriod.kpi_value``,
percent of target, status, the three earlier years as baselines), the plan and pooled resources, the tambon
committees, the visits of the period and the year's notable work, the period's free texts, and the five target
criteria judged from all of it. ``meetings`` and ``uccare`` stay None here: the features that own them fill
them (``dataclasses.replace(data, meetings=…)``) before the documents are made; the documents print those
sections only when present.

``make_report(database, period, pdf=…, xlsx=…)`` writes either or both; ``make_project_report`` and
``make_brief`` the other two documents. Each takes an optional ``progress(done, total, text)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain import one_plan as p
from pcha_desktop.domain.report_periods import ReportPeriod
from pcha_desktop.domain.reporting import (
    ActivityLine,
    BaselineValue,
    CommitteeSection,
    CriteriaFacts,
    FreeTexts,
    IssueNote,
    IssueSection,
    KpiLine,
    MemberLine,
    NotableWorkLine,
    OrderLine,
    PlanSection,
    PooledLine,
    ProfileSection,
    ReportData,
    TambonCommitteeLine,
    TambonSection,
    TargetGroupLine,
    FollowUpLine,
    MeetingLine,
    MeetingsSection,
    UccareIssue,
    UccareScore,
    UccareSection,
    UccareTally,
    VisitLine,
    YearGuideSection,
    YearStepLine,
    evaluate_criteria,
)
from pcha_desktop.domain.thai_text import learn_names
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.storage.database import Database

Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _text: str) -> None:
    return None


# --- the period's free text ----------------------------------------------------------------------------------


def report_texts(database: Database, period: ReportPeriod) -> FreeTexts:
    """The texts written for the period (empty ones when none were)."""
    from pcha_desktop.storage.models import ReportNote

    with database.reader() as session:
        note = session.scalars(select(ReportNote).where(ReportNote.period_code == period.code)).first()
        if note is None:
            return FreeTexts()
        return FreeTexts(note.situation, note.obstacles, note.suggestions, note.support_requested)


def save_report_texts(database: Database, period: ReportPeriod, texts: FreeTexts, user_name: str) -> FreeTexts:
    """The period's texts, replaced in one transaction; returns them as stored (cleaned). A text that cannot be
    stored (a control character, too long) is refused with a bilingual message and nothing is saved."""
    from pcha_desktop.storage.models import ReportNote

    cleaned = FreeTexts(
        clean_user_text(texts.situation, "report_situation"),
        clean_user_text(texts.obstacles, "obstacles"),
        clean_user_text(texts.suggestions, "suggestions"),
        clean_user_text(texts.support_requested, "support_requested"),
    )
    with database.unit_of_work(user_name) as session:
        note = session.scalars(select(ReportNote).where(ReportNote.period_code == period.code)).first()
        if note is None:
            note = ReportNote(period_code=period.code, fiscal_year=period.fiscal_year)
            session.add(note)
        note.situation, note.obstacles = cleaned.situation, cleaned.obstacles
        note.suggestions, note.support_requested = cleaned.suggestions, cleaned.support_requested
    return cleaned


# --- gathering ------------------------------------------------------------------------------------------------


def _profile(database: Database) -> ProfileSection:
    from pcha_desktop.services.district_profile import load_profile

    profile = load_profile(database)
    if profile is None:
        raise UserFacingError("ยังไม่ได้ตั้งค่าอำเภอ จึงยังทำรายงานไม่ได้", "The district is not set up yet; no report can be made")
    return ProfileSection(profile.province_name, profile.district_name, profile.office_name,
                          profile.district_chief_name, profile.secretary_name)


def _committee(database: Database, day: date) -> tuple[CommitteeSection | None, int | None]:
    from pcha_desktop.services.appointment_orders import order_in_force_on
    from pcha_desktop.services.committees import find_district_committee, members_on

    found = find_district_committee(database)
    if found is None:
        return None, None
    members = tuple(MemberLine(m.full_name, m.position, m.role_label_th, m.sector_label_th)
                    for m in members_on(database, found.id, day))
    order = order_in_force_on(database, found.id, day)
    order_line = None if order is None else OrderLine(order.number, order.order_date, order.subject,
                                                      order.sent_to_province_on)
    return CommitteeSection(found.name, members, order_line), found.id


def _kpi_line(kpi, period: ReportPeriod) -> KpiLine:  # type: ignore[no-untyped-def] - services.issues.KpiView
    value = period.kpi_value(kpi.results, kpi.combination)
    percent = k.rounded(k.percent_of_target(value, kpi.target)) if kpi.target else None
    known = period.results_so_far(kpi.results)
    status = (k.kpi_status(known, kpi.target, kpi.direction, kpi.combination, k.latest_baseline(kpi.baselines))
              if kpi.target else k.KpiStatus.NO_DATA)
    return KpiLine(kpi.name, kpi.unit, kpi.target, value, percent, status,
                   tuple(BaselineValue(b.fiscal_year, b.value) for b in kpi.baselines),
                   kpi.direction is k.Direction.LOWER_IS_BETTER)


def _issues(database: Database, period: ReportPeriod, day: date):  # type: ignore[no-untyped-def]
    from pcha_desktop.services.committees import members_on
    from pcha_desktop.services.issues import year_kpis

    year = year_kpis(database, period.fiscal_year)
    sections = []
    for issue in year.issues:
        groups = tuple(TargetGroupLine(g.label if g.group is k.TargetGroup.OTHER and g.label else k.label(g.group), g.count)
                       for g in issue.target_groups)
        working_group = len(members_on(database, issue.subcommittee_id, day)) if issue.subcommittee_id else 0
        notes = tuple(IssueNote(n.quarter, n.obstacles, n.suggestions) for n in issue.quarter_notes
                      if n.quarter in period.quarters and (n.obstacles or n.suggestions))
        sections.append(IssueSection(
            issue.title, k.label(issue.area), tuple(k.label(d) for d in k.Dimension if d in issue.dimensions),
            issue.situation_analysis, groups, working_group, tuple(_kpi_line(kpi, period) for kpi in issue.kpis),
            notes))
    return tuple(sections), year


def _plan(database: Database, fiscal_year: int) -> tuple[PlanSection, set[str]]:
    """The plan section, and the titles of the issues whose plan manages resources (budget or contributions)."""
    from pcha_desktop.services.issues import year_plan

    plan = year_plan(database, fiscal_year)
    activities, pooled, with_resources = [], [], set()
    kinds_pooled: set[p.ResourceKind] = set()
    for issue in plan.issues:
        for a in issue.activities:
            activities.append(ActivityLine(issue.title, a.name, a.lead_agency, a.partners, a.start_date, a.end_date,
                                           p.label(a.status), a.progress_percent, a.budget_total))
            if a.budget_total > 0 or a.contributions:
                with_resources.add(issue.title)
        for partner in issue.matrix.partners:
            cells = issue.matrix.cells[partner]
            kinds = [kind for kind in p.ResourceKind if cells[kind]]
            kinds_pooled.update(kinds)
            details = tuple(f"{p.label(kind)}: {text}" for kind in kinds for text in cells[kind] if text)
            pooled.append(PooledLine(issue.title, partner, tuple(p.label(kind) for kind in kinds), details))
    section = PlanSection(
        tuple(activities), tuple((p.label(source), amount) for source, amount in plan.budget_by_source),
        tuple(pooled), tuple(p.label(kind) for kind in p.ResourceKind if kind in kinds_pooled),
        tuple(p.label(kind) for kind in p.ResourceKind))
    return section, with_resources


def _tambons(database: Database, period: ReportPeriod, day: date) -> TambonSection:
    from pcha_desktop.services.issues import notable_work_overview
    from pcha_desktop.services.tambon_committees import PLAN_STATUS_LABELS_TH, committees_overview, visits

    rows = committees_overview(database, period.fiscal_year, today=day)
    committees = tuple(TambonCommitteeLine(row.tambon.official_name, row.area_name, row.chair_name, row.member_count,
                                           PLAN_STATUS_LABELS_TH[row.plan_status] if row.committee_id else "",
                                           row.meetings_held) for row in rows)
    in_period = [v for v in reversed(visits(database, period.fiscal_year)) if period.contains(v.visit_date)]
    works = tuple(NotableWorkLine(entry.tambon.official_name, work.title, work.description, work.issue_title)
                  for entry in notable_work_overview(database, period.fiscal_year) for work in entry.works)
    tambon_codes = {row.tambon.code for row in rows}
    return TambonSection(
        tambon_count=len(tambon_codes),
        covered_count=len({row.tambon.code for row in rows if row.committee_id is not None}),
        visited_count=len({v.tambon.code for v in in_period}),
        committees=committees,
        visits=tuple(VisitLine(v.visit_date, v.tambon.official_name, v.team_members, v.findings, v.follow_ups)
                     for v in in_period),
        notable_work=works,
    )


def gather_report(database: Database, period: ReportPeriod, *, thai_digits: bool | None = None,
                  today: date | None = None, progress: Progress = _no_progress) -> ReportData:
    """Everything the period's documents print, read from the database (see the module's documentation).
    ``thai_digits`` None: the user's setting."""
    from pcha_desktop.services.demo_marker import is_demo_database
    from pcha_desktop.services.settings import user_preferences_for

    steps = 6
    progress(0, steps, "")
    profile = _profile(database)
    day = period.end
    committee, _committee_id = _committee(database, day)
    progress(1, steps, "")
    issues, _year = _issues(database, period, day)
    progress(2, steps, "")
    plan, with_resources = _plan(database, period.fiscal_year)
    progress(3, steps, "")
    tambons = _tambons(database, period, day)
    progress(4, steps, "")
    texts = report_texts(database, period)
    with database.reader() as session:
        demo = is_demo_database(session)
    if thai_digits is None:
        thai_digits = user_preferences_for(database).thai_digits
    facts = CriteriaFacts(
        issue_count=len(issues),
        issues_with_group_targets=sum(1 for issue in issues if any(g.count > 0 for g in issue.target_groups)
                                      and issue.kpis),
        issues_with_working_group=sum(1 for issue in issues if issue.working_group_size > 0),
        issues_with_resources=sum(1 for issue in issues if issue.title in with_resources),
        kinds_pooled=len(plan.kinds_pooled),
    )
    data = ReportData(period, today or date.today(), profile, committee, issues, plan, tambons, texts,
                      evaluate_criteria(facts), thai_digits=thai_digits, demo=demo)
    uccare = _uccare_section(database, period)
    if uccare is not None:
        data = with_optional_sections(data, uccare=uccare)
    meetings = _meetings_section(database, period)
    if meetings is not None:
        data = with_optional_sections(data, meetings=meetings)
    data = replace(data, year_guide=_year_guide_section(database, period, today or date.today()),
                   uccare_tally=uccare_tally(database, period.fiscal_year))
    learn_names(data.names())  # the segmenter keeps printed names whole
    progress(5, steps, "")
    return data


def _year_guide_section(database: Database, period: ReportPeriod, today: date) -> YearGuideSection:
    """The year's fifteen steps as of the period's end (or today, while the period runs)."""
    from pcha_desktop.domain import year_guide as g
    from pcha_desktop.services.year_guide import year_guide

    as_of = min(period.end, today)
    guide = year_guide(database, period.fiscal_year, as_of)
    done, late = guide.done_and_late
    return YearGuideSection(as_of, tuple(
        YearStepLine(step.number, g.label(step.step, "th"), g.label(step.state, "th"), step.done, step.total, step.due)
        for step in guide.steps), done, late)


def _meetings_section(database: Database, period: ReportPeriod) -> MeetingsSection | None:
    """The district committee's meetings held in the fiscal year up to the period's end (its own subgroup
    meetings apart), with attendance and quorum, and the follow-ups their resolutions set, open or done by
    the period's end; None when it has held none yet."""
    from pcha_desktop.domain.meetings import MeetingKind, MeetingStatus
    from pcha_desktop.services.meetings import year_overview
    from pcha_desktop.storage.models import FollowUpAction, Meeting, MeetingAgendaItem, MeetingResolution

    overview = year_overview(database, period.fiscal_year, period.end)
    held = [m for m in overview.meetings
            if m.committee_id == overview.district_committee_id and m.kind is not MeetingKind.SUBGROUP
            and m.status is MeetingStatus.HELD and m.meeting_date <= period.end]
    if not held:
        return None
    lines = tuple(MeetingLine(m.meeting_date, f"{m.number}/{m.fiscal_year}", m.name, m.counts.attending,
                              m.counts.members or None, m.quorum.met if m.quorum is not None else None)
                  for m in held)
    with database.reader() as session:
        follow_ups = list(session.scalars(
            select(FollowUpAction).join(FollowUpAction.resolution).join(MeetingResolution.agenda_item)
            .join(MeetingAgendaItem.meeting)
            .where(Meeting.id.in_([m.id for m in held])).order_by(Meeting.meeting_date, FollowUpAction.id)))
        rows = tuple(FollowUpLine(f.description, f.owner,
                                  "ดำเนินการแล้ว" if f.closed_on is not None and f.closed_on <= period.end
                                  else "อยู่ระหว่างดำเนินการ", f.due_date) for f in follow_ups)
    return MeetingsSection(lines, rows)


def _uccare_section(database: Database, period: ReportPeriod) -> UccareSection | None:
    """The year's UCCARE assessments made by the period's end, each issue's result under the district's rule
    of who decides (services/uccare.py); None when the year has none yet."""
    from pcha_desktop.domain import uccare as u
    from pcha_desktop.services.uccare import year_uccare

    year = year_uccare(database, period.fiscal_year)
    codes = ("U", "C1", "C2", "A", "R", "E")  # the six components in their order (two are C)
    issues = []
    for issue in year.issues:
        made = [a for a in issue.assessments if a.assessed_on <= period.end]
        if not made:
            issues.append(UccareIssue(issue.title, (), None))
            continue
        levels = {(a.assessor, a.phase): a.levels for a in made}

        def level(assessor: u.Assessor, phase: u.Phase, component: u.Component) -> int | None:
            return levels.get((assessor, phase), {}).get(component)

        scores = tuple(UccareScore(code, u.label(component), level(u.Assessor.SELF, u.Phase.BEFORE, component),
                                   level(u.Assessor.SELF, u.Phase.AFTER, component),
                                   level(u.Assessor.PROVINCIAL, u.Phase.AFTER, component))
                       for code, component in zip(codes, u.COMPONENTS))
        result = u.decide(levels, year.deciding).result
        issues.append(UccareIssue(issue.title, scores, {u.Result.PASS: True, u.Result.FAIL: False}.get(result),
                                  assessed_by_self=any(a.assessor is u.Assessor.SELF for a in made),
                                  assessed_by_visitors=any(a.assessor is not u.Assessor.SELF for a in made)))
    if not any(issue.scores for issue in issues):
        return None
    return UccareSection(tuple(issues))


def uccare_tally(database: Database, fiscal_year: int) -> UccareTally:
    """The district's row of seed 000's table for the fiscal year, from the one source of each year's UCCARE
    result (services/uccare.py ``year_results``: the assessments, else a result typed for a year before the
    app), the same the bundle sends the province."""
    from pcha_desktop.services.uccare import YearResult, YearSource, baselines, year_results
    from pcha_desktop.domain.uccare import Result

    results = year_results(database, fiscal_year, fiscal_year - 3)
    current = results.get(fiscal_year) or YearResult(fiscal_year, YearSource.NONE, Result.INCOMPLETE)
    return UccareTally(fiscal_year, current.assessed, current.passed, baselines(results, fiscal_year),
                       current.reason("th"))


def with_optional_sections(data: ReportData, **sections: object) -> ReportData:
    """``data`` with the meetings and/or UCCARE sections filled in, and criterion 5 judged again with UCCARE."""
    data = replace(data, **sections)  # type: ignore[arg-type]
    if "uccare" in sections:
        first = data.criteria
        facts = CriteriaFacts(0, 0, 0, 0, 0, data.uccare)
        data = replace(data, criteria=(*first[:4], evaluate_criteria(facts)[4]))
    return data


# --- making the documents ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MadeFiles:
    pdf: Path | None
    xlsx: Path | None
    seconds_gather: float
    seconds_pdf: float
    seconds_xlsx: float


def make_report(database: Database, period: ReportPeriod, *, pdf: Path | None = None, xlsx: Path | None = None,
                thai_digits: bool | None = None, today: date | None = None, progress: Progress = _no_progress,
                data: ReportData | None = None) -> MadeFiles:
    """The period's report as a PDF and/or a workbook (one gathering for both); with the time each part took."""
    import time

    started = time.perf_counter()
    data = data or gather_report(database, period, thai_digits=thai_digits, today=today,
                                 progress=lambda done, total, text: progress(done, total + 4, text))
    gathered = time.perf_counter()
    pdf_path = xlsx_path = None
    if pdf is not None:
        from pcha_desktop.exports.report_pdf import render_report_pdf

        progress(7, 10, "")
        pdf_path = render_report_pdf(data, Path(pdf))
    made_pdf = time.perf_counter()
    if xlsx is not None:
        from pcha_desktop.exports.xlsx.report_workbook import write_report_workbook

        progress(9, 10, "")
        xlsx_path = write_report_workbook(data, Path(xlsx))
    progress(10, 10, "")
    return MadeFiles(pdf_path, xlsx_path, gathered - started, made_pdf - gathered, time.perf_counter() - made_pdf)


def make_brief(database: Database, period: ReportPeriod, out: Path, *, thai_digits: bool | None = None,
               today: date | None = None, data: ReportData | None = None) -> Path:
    """The district chief's brief (seed 004, step 9) for the period, 1–2 pages."""
    from pcha_desktop.exports.report_pdf import render_brief_pdf

    data = data or gather_report(database, period, thai_digits=thai_digits, today=today)
    return render_brief_pdf(data, Path(out))


def project_summary(database: Database, activity_id: int, *, thai_digits: bool | None = None):  # type: ignore[no-untyped-def]
    """A One Plan activity's summary (seed 003's shape) as ``exports.report_pdf.ProjectSummary``."""
    from pcha_desktop.exports.report_pdf import ProjectSummary
    from pcha_desktop.services.demo_marker import is_demo_database
    from pcha_desktop.services.settings import user_preferences_for
    from pcha_desktop.services.tambon_committees import _district_tambons
    from pcha_desktop.storage.models import Activity, IssueQuarterNote, QualityOfLifeIssue

    profile = _profile(database)
    with database.reader() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise UserFacingError(f"ไม่พบกิจกรรม/โครงการหมายเลข {activity_id}",
                                  f"There is no activity #{activity_id}", field="activity_id")
        issue = session.get(QualityOfLifeIssue, activity.issue_id)
        assert issue is not None
        tambons = {t.code: t.official_name for t in _district_tambons(session)}
        notes = list(session.scalars(select(IssueQuarterNote).where(IssueQuarterNote.issue_id == issue.id)
                                     .order_by(IssueQuarterNote.quarter)))
        budget = sum((b.amount for b in activity.budgets), Decimal(0))
        summary = ProjectSummary(
            name=activity.name, issue_title=issue.title, fiscal_year=issue.fiscal_year,
            office_name=profile.office_name, district_name=profile.district_name, province_name=profile.province_name,
            lead_agency=activity.lead_agency, partners=tuple(x.name for x in activity.partners),
            tambons=tuple(tambons.get(t.tambon_code, t.tambon_code) for t in activity.tambons),
            start_date=activity.start_date, end_date=activity.end_date, status_label=p.label(activity.status),
            progress_percent=activity.progress_percent, budget_total=budget,
            budget_by_source=tuple((p.label(b.source), b.amount) for b in activity.budgets),
            objectives=tuple((o.objective, o.indicator, o.result) for o in activity.objectives),
            resources=tuple((c.partner, p.label(c.kind), c.description) for c in activity.contributions),
            obstacles=tuple(n.obstacles for n in notes if n.obstacles),
            suggestions=tuple(n.suggestions for n in notes if n.suggestions),
            secretary_name=profile.secretary_name,
            thai_digits=user_preferences_for(database).thai_digits if thai_digits is None else thai_digits,
            demo=is_demo_database(session),
        )
    learn_names([profile.secretary_name])
    return summary


def make_project_report(database: Database, activity_id: int, out: Path, *, thai_digits: bool | None = None) -> Path:
    from pcha_desktop.exports.report_pdf import render_project_summary_pdf

    return render_project_summary_pdf(project_summary(database, activity_id, thai_digits=thai_digits), Path(out))


def activity_choices(database: Database, fiscal_year: int) -> list[tuple[int, str, str]]:
    """(activity id, issue title, activity name) of the year's One Plan, in plan order."""
    from pcha_desktop.services.issues import year_plan

    return [(a.id, issue.title, a.name) for issue in year_plan(database, fiscal_year).issues for a in issue.activities]


def report_file_stem(data_or_period: ReportData | ReportPeriod, district_name: str = "") -> str:
    period = data_or_period.period if isinstance(data_or_period, ReportData) else data_or_period
    district = data_or_period.profile.district_name if isinstance(data_or_period, ReportData) else district_name
    return f"รายงาน พชอ. {district} {period.name_th()}".replace("  ", " ")


__all__ = [
    "MadeFiles", "activity_choices", "gather_report", "make_brief", "make_project_report", "make_report",
    "project_summary", "report_file_stem", "report_texts", "save_report_texts", "with_optional_sections",
]
