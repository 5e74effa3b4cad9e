"""UCCARE assessments of the year's issues: record one (issue, phase, assessor, date, who took part, six
levels with evidence), read an issue's or a year's assessments with the pass rule applied
(``domain.uccare``), the settings that say who decides and when the district passes, and the rubric in
use (the generic one of ``resources/uccare/`` or a province's own, loaded from a file).

One assessment per issue, phase and assessor: saving another replaces it (in place: its uuid stays). An
assessment records the rubric it used (``rubric_key``/``rubric_version``). Bad input (a level outside 1–5,
a date far outside the issue's fiscal year, an after assessment dated before its before) is refused with
a bilingual ``UserFacingError`` and nothing is saved.

Reading: ``year_uccare(database, fiscal_year)`` and ``issue_uccare(database, issue_id)`` return frozen
dataclasses. The district's result of a fiscal year — assessed? passed? why? — has ONE source,
``year_results(database)`` / ``year_result(database, fiscal_year)`` (``YearResult``): computed from the UCCARE
assessments when the year has any, else from a result typed for a year before the app (``set_past_result``;
table ``quality_assessment``, model ``PastYearResult``), else not assessed. The bundle's ``assessment`` part,
the report's quantitative table (target, result, baselines) and the year guide all read it.
``uccare_document`` is ``pcha uccare --json`` (README). Documents: ``form_document`` (the blank form of an
issue, with the rubric) and ``filled_document`` feed ``exports/uccare_pdf.py``; ``export_form_pdf`` /
``export_assessment_pdf`` write them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
import enum
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain import uccare as u
from pcha_desktop.domain.thai_calendar import DateStyle, fiscal_year_of, fiscal_year_range, format_thai_date
from pcha_desktop.domain.uccare import (
    COMPONENTS,
    Assessor,
    Component,
    DecidingAssessors,
    Decision,
    DistrictRule,
    Phase,
    Result,
    Rubric,
    RubricError,
    YearStatus,
)
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.settings import read_setting, write_setting
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import (
    PastYearResult,
    QualityOfLifeIssue,
    UccareAssessment,
    UccareLevel,
    UccareRubric,
)

GENERIC_RUBRIC = ("uccare", "rubric_generic_v1.json")
SETTING_DECIDING = "uccare.deciding_assessors"
SETTING_DISTRICT_RULE = "uccare.district_rule"
SETTING_RUBRIC = "uccare.rubric"  # "key@version" of the rubric new assessments use
MAX_PARTICIPANTS = 100_000
DATE_SLACK_DAYS = 366  # an assessment may be dated up to a year either side of its issue's fiscal year
JSON_FORMAT_VERSION = 1


# --- the rubric ------------------------------------------------------------------------------------------


@cache
def generic_rubric() -> Rubric:
    """The generic published scale (resources/uccare/rubric_generic_v1.json)."""
    return u.parse_rubric(resource_path(*GENERIC_RUBRIC).read_bytes())


def _split(ident: str) -> tuple[str, str]:
    key, _, version = ident.partition("@")
    return key, version


def _stored_rubric(session: Session, key: str, version: str) -> Rubric | None:
    if (key, version) == (generic_rubric().key, generic_rubric().version):
        return generic_rubric()
    row = session.scalars(select(UccareRubric).where(UccareRubric.rubric_key == key,
                                                     UccareRubric.rubric_version == version)).first()
    if row is None:
        return None
    try:
        return u.parse_rubric(row.content)
    except RubricError:  # a hand-edited database: fall back to the generic text rather than fail
        return None


def _current_rubric(session: Session) -> Rubric:
    ident = read_setting(session, SETTING_RUBRIC, generic_rubric().ident)
    return _stored_rubric(session, *_split(ident)) or generic_rubric()


def current_rubric(database: Database) -> Rubric:
    """The rubric new assessments use: the one loaded last (or chosen), else the generic one."""
    with database.reader() as session:
        return _current_rubric(session)


def rubric_for(database: Database, key: str, version: str) -> Rubric:
    """The rubric an assessment recorded (the generic one if it is no longer known)."""
    with database.reader() as session:
        return _stored_rubric(session, key, version) or generic_rubric()


def rubrics(database: Database) -> list[Rubric]:
    """Every rubric there is to choose: the generic one, then those loaded, oldest first."""
    with database.reader() as session:
        loaded = [_stored_rubric(session, row.rubric_key, row.rubric_version)
                  for row in session.scalars(select(UccareRubric).order_by(UccareRubric.id))]
    return [generic_rubric(), *(rubric for rubric in loaded if rubric is not None)]


def load_rubric_file(database: Database, path: Path, user_name: str) -> Rubric:
    """Read a province's rubric file (hostile: validated by ``domain.uccare.parse_rubric``), keep it and
    make it the rubric new assessments use. One transaction; a bad file changes nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > u.MAX_RUBRIC_BYTES:
            content = b"x" * (u.MAX_RUBRIC_BYTES + 1)  # refused by parse_rubric with the size rule's words
        else:
            content = path.read_bytes()
    except OSError as error:
        raise UserFacingError(f"อ่านไฟล์ {path.name} ไม่ได้ ({error.strerror or error})",
                              f"The file {path.name} cannot be read ({error.strerror or error})", field="file") from None
    try:
        rubric = u.parse_rubric(content)
    except RubricError as refusal:
        raise UserFacingError(refusal.message_th, refusal.message_en, field="file") from refusal
    text = json.dumps(u.rubric_document(rubric), ensure_ascii=False)
    with database.unit_of_work(user_name) as session:
        known = _stored_rubric(session, rubric.key, rubric.version)
        if known is not None and known != rubric:
            raise UserFacingError(
                f"มีเกณฑ์ {rubric.ident} ที่ข้อความต่างกันอยู่แล้ว กรุณาเปลี่ยนรุ่น (\"version\") ของไฟล์ใหม่",
                f"A rubric {rubric.ident} with other text is loaded already; give the new file another \"version\"",
                field="file")
        if known is None:
            session.add(UccareRubric(rubric_key=rubric.key, rubric_version=rubric.version, content=text))
        write_setting(session, SETTING_RUBRIC, rubric.ident)
    return rubric


def use_rubric(database: Database, ident: str, user_name: str) -> Rubric:
    """Make a known rubric ("key@version") the one new assessments use."""
    with database.unit_of_work(user_name) as session:
        rubric = _stored_rubric(session, *_split(ident))
        if rubric is None:
            raise UserFacingError(f"ไม่พบเกณฑ์ {ident}", f"No rubric {ident}", field="rubric")
        write_setting(session, SETTING_RUBRIC, rubric.ident)
    return rubric


# --- settings --------------------------------------------------------------------------------------------


def _enum_setting(session: Session, key: str, kind: type, default):  # type: ignore[no-untyped-def]
    try:
        return kind(read_setting(session, key, default.value))
    except ValueError:
        return default


def deciding_assessors(database: Database) -> DecidingAssessors:
    with database.reader() as session:
        return _enum_setting(session, SETTING_DECIDING, DecidingAssessors, DecidingAssessors.SELF_AND_PROVINCIAL)


def district_rule(database: Database) -> DistrictRule:
    with database.reader() as session:
        return _enum_setting(session, SETTING_DISTRICT_RULE, DistrictRule, DistrictRule.ALL_ISSUES)


def set_uccare_rules(database: Database, deciding: DecidingAssessors, rule: DistrictRule, user_name: str) -> None:
    """Who decides an issue's result, and when the district passes (one audited transaction)."""
    with database.unit_of_work(user_name) as session:
        write_setting(session, SETTING_DECIDING, DecidingAssessors(deciding).value)
        write_setting(session, SETTING_DISTRICT_RULE, DistrictRule(rule).value)


# --- recording -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentInput:
    phase: Phase
    assessor: Assessor
    assessed_on: date
    levels: Mapping[Component, int | None]  # a component left out (or None) is not rated yet
    evidence: Mapping[Component, str] = field(default_factory=dict)
    participants: str = ""  # one "name, position" a line
    participant_count: int | str | None = None  # when only a count is known
    note: str = ""
    rubric: str | None = None  # "key@version"; None: the rubric in use (a replaced assessment keeps its own)


def _count(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) > MAX_PARTICIPANTS:
        raise UserFacingError("จำนวนผู้เข้าร่วมต้องเป็นจำนวนเต็มไม่ติดลบ", "The number of participants must be a whole"
                              " number, not negative", field="participant_count")
    return int(text)


def _check_date(day: date, fiscal_year: int) -> None:
    first, last = fiscal_year_range(fiscal_year)
    if not isinstance(day, date) or (first - day).days > DATE_SLACK_DAYS or (day - last).days > DATE_SLACK_DAYS:
        style = DateStyle.ABBREVIATED_FULL_YEAR
        raise UserFacingError(
            f"วันที่ประเมินต้องอยู่ใกล้ปีงบประมาณ {fiscal_year} ({format_thai_date(first, style)} –"
            f" {format_thai_date(last, style)}) ไม่เกิน 1 ปี",
            f"The assessment date must be within a year of FY{fiscal_year} ({format_thai_date(first, style)} –"
            f" {format_thai_date(last, style)})", field="assessed_on")


def _levels(data: AssessmentInput) -> list[tuple[Component, int, str]]:
    rows = []
    for component in COMPONENTS:
        level = data.levels.get(component)
        evidence = clean_user_text(data.evidence.get(component, ""), "uccare_evidence")
        if level is None:
            continue
        if isinstance(level, bool) or level not in u.LEVELS:
            raise UserFacingError(f"ระดับขององค์ประกอบ {u.component_name(component)} ต้องเป็น 1 ถึง 5",
                                  f"The level of component {u.component_name(component, 'en')} must be 1 to 5",
                                  field=component.value)
        rows.append((component, int(level), evidence))
    return rows


def save_assessment(database: Database, issue_id: int, data: AssessmentInput, user_name: str) -> int:
    """Record (or replace) the issue's assessment for ``data.phase`` by ``data.assessor``; returns its id."""
    phase, assessor = Phase(data.phase), Assessor(data.assessor)
    levels = _levels(data)
    participants = clean_user_text(data.participants, "uccare_participants")
    note = clean_user_text(data.note, "uccare_note")
    count = _count(data.participant_count)
    with database.unit_of_work(user_name) as session:
        issue = session.get(QualityOfLifeIssue, issue_id)
        if issue is None:
            raise UserFacingError("ไม่พบประเด็นนี้", "No such issue", field="issue_id")
        _check_date(data.assessed_on, issue.fiscal_year)
        others = {row.phase: row for row in session.scalars(select(UccareAssessment).where(
            UccareAssessment.issue_id == issue_id, UccareAssessment.assessor == assessor))}
        other = others.get(Phase.AFTER if phase is Phase.BEFORE else Phase.BEFORE)
        if other is not None:
            before_day, after_day = ((data.assessed_on, other.assessed_on) if phase is Phase.BEFORE
                                     else (other.assessed_on, data.assessed_on))
            if after_day < before_day:
                style = DateStyle.ABBREVIATED_FULL_YEAR
                raise UserFacingError(
                    f"การประเมินหลังดำเนินการ ({format_thai_date(after_day, style)}) ต้องไม่ก่อนการประเมินก่อนดำเนินการ"
                    f" ({format_thai_date(before_day, style)}) ของ{u.label(assessor)}",
                    f"The after assessment ({format_thai_date(after_day, style)}) must not be dated before the"
                    f" before assessment ({format_thai_date(before_day, style)}) of the {u.label(assessor, 'en').lower()}",
                    field="assessed_on")
        row = others.get(phase)
        if data.rubric is not None:
            rubric = _stored_rubric(session, *_split(data.rubric))
            if rubric is None:
                raise UserFacingError(f"ไม่พบเกณฑ์ {data.rubric}", f"No rubric {data.rubric}", field="rubric")
            key, version = rubric.key, rubric.version
        elif row is not None:
            key, version = row.rubric_key, row.rubric_version
        else:
            rubric = _current_rubric(session)
            key, version = rubric.key, rubric.version
        if row is None:
            row = UccareAssessment(issue_id=issue_id, phase=phase, assessor=assessor)
            session.add(row)
        row.assessed_on, row.participants, row.participant_count, row.note = data.assessed_on, participants, count, note
        row.rubric_key, row.rubric_version = key, version
        kept = {level.component: level for level in row.levels}  # changed in place: their uuids stay
        for component, level in list(kept.items()):
            if component not in {c for c, _, _ in levels}:
                row.levels.remove(level)
        for component, level, evidence in levels:
            if component in kept:
                kept[component].level, kept[component].evidence = level, evidence
            else:
                row.levels.append(UccareLevel(component=component, level=level, evidence=evidence))
        session.flush()
        return row.id


def delete_assessment(database: Database, assessment_id: int, user_name: str) -> None:
    with database.unit_of_work(user_name) as session:
        row = session.get(UccareAssessment, assessment_id)
        if row is None:
            raise UserFacingError("ไม่พบการประเมินนี้", "No such assessment", field="assessment_id")
        session.delete(row)


def remove_assessment(database: Database, issue_id: int, phase: Phase, assessor: Assessor, user_name: str) -> None:
    """Delete the issue's assessment of this phase and assessor, if there is one (undo of a first save)."""
    with database.unit_of_work(user_name) as session:
        for row in session.scalars(select(UccareAssessment).where(
                UccareAssessment.issue_id == issue_id, UccareAssessment.phase == Phase(phase),
                UccareAssessment.assessor == Assessor(assessor))):
            session.delete(row)


# --- reading ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentView:
    id: int
    issue_id: int
    phase: Phase
    assessor: Assessor
    assessed_on: date
    participants: str
    participant_count: int | None
    rubric_key: str
    rubric_version: str
    note: str
    levels: Mapping[Component, int]
    evidence: Mapping[Component, str]

    @property
    def rubric_ident(self) -> str:
        return f"{self.rubric_key}@{self.rubric_version}"

    def as_input(self) -> AssessmentInput:
        """What saving it again takes (undo restores a replaced assessment with it)."""
        return AssessmentInput(self.phase, self.assessor, self.assessed_on, dict(self.levels), dict(self.evidence),
                               self.participants, self.participant_count, self.note, self.rubric_ident)

    @property
    def people(self) -> int:
        """How many took part: the names listed, or the count typed."""
        named = len([line for line in self.participants.splitlines() if line.strip()])
        return self.participant_count if self.participant_count is not None else named


@dataclass(frozen=True)
class IssueUccare:
    issue_id: int
    title: str
    fiscal_year: int
    assessments: tuple[AssessmentView, ...]
    decision: Decision

    def assessment(self, assessor: Assessor, phase: Phase) -> AssessmentView | None:
        return next((a for a in self.assessments if a.assessor is assessor and a.phase is phase), None)


@dataclass(frozen=True)
class YearUccare:
    fiscal_year: int
    deciding: DecidingAssessors
    rule: DistrictRule
    issues: tuple[IssueUccare, ...]
    status: YearStatus


def _view(row: UccareAssessment) -> AssessmentView:
    return AssessmentView(
        row.id, row.issue_id, row.phase, row.assessor, row.assessed_on, row.participants, row.participant_count,
        row.rubric_key, row.rubric_version, row.note,
        {level.component: level.level for level in row.levels}, {level.component: level.evidence for level in row.levels})


def _issue(issue: QualityOfLifeIssue, rows: list[UccareAssessment], deciding: DecidingAssessors) -> IssueUccare:
    order = {a: n for n, a in enumerate(Assessor)}
    views = tuple(sorted((_view(row) for row in rows), key=lambda v: (order[v.assessor], v.phase is Phase.AFTER)))
    decision = u.decide({(v.assessor, v.phase): v.levels for v in views}, deciding)
    return IssueUccare(issue.id, issue.title, issue.fiscal_year, views, decision)


def _assessments_of(session: Session, issue_ids: list[int]) -> dict[int, list[UccareAssessment]]:
    found: dict[int, list[UccareAssessment]] = {ident: [] for ident in issue_ids}
    query = (select(UccareAssessment).where(UccareAssessment.issue_id.in_(issue_ids))
             .options(selectinload(UccareAssessment.levels)))
    for row in session.scalars(query):
        found[row.issue_id].append(row)
    return found


def _year_uccare(session: Session, fiscal_year: int) -> YearUccare:
    deciding = _enum_setting(session, SETTING_DECIDING, DecidingAssessors, DecidingAssessors.SELF_AND_PROVINCIAL)
    rule = _enum_setting(session, SETTING_DISTRICT_RULE, DistrictRule, DistrictRule.ALL_ISSUES)
    issues = list(session.scalars(select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year)
                                  .order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id)))
    assessments = _assessments_of(session, [issue.id for issue in issues])
    views = tuple(_issue(issue, assessments[issue.id], deciding) for issue in issues)
    status = u.year_status([issue.decision.result for issue in views], rule)
    return YearUccare(fiscal_year, deciding, rule, views, status)


def year_uccare(database: Database, fiscal_year: int) -> YearUccare:
    """The year's issues with their assessments, each issue's decision and the district's status."""
    with database.reader() as session:
        return _year_uccare(session, fiscal_year)


def issue_uccare(database: Database, issue_id: int) -> IssueUccare:
    with database.reader() as session:
        issue = session.get(QualityOfLifeIssue, issue_id)
        if issue is None:
            raise UserFacingError("ไม่พบประเด็นนี้", "No such issue", field="issue_id")
        deciding = _enum_setting(session, SETTING_DECIDING, DecidingAssessors, DecidingAssessors.SELF_AND_PROVINCIAL)
        return _issue(issue, _assessments_of(session, [issue_id])[issue_id], deciding)


# --- the district's result of each fiscal year: the one source -------------------------------------------


class YearSource(enum.Enum):
    ASSESSMENTS = "assessments"  # computed from the year's UCCARE assessments (the app's years)
    TYPED = "typed"  # typed for a year before the app (``set_past_result``)
    NONE = "none"  # not assessed


_YEAR_NAMESPACE = uuid_module.UUID("5f0c3b52-8a4e-4f57-9a43-2f1c6a0d8e11")


@dataclass(frozen=True)
class YearResult:
    """Whether the district was assessed and passed UCCARE in a fiscal year, and why (seed 000's table: target
    = assessed, result = passed; the three years before are the baselines). ``result`` is INCOMPLETE while
    assessed but not decided, and for a year not assessed."""

    fiscal_year: int
    source: YearSource
    result: Result
    status: YearStatus | None = None  # the assessments' status (source ASSESSMENTS)
    typed_passed: bool | None = None  # the typed row's result, also when the assessments override it
    note: str = ""
    uuid: str = ""  # a typed row's own; for a computed year one derived from the district and the year
    updated_at: datetime | None = None  # the last change of what the result is made of

    @property
    def assessed(self) -> bool:
        return self.source is not YearSource.NONE

    @property
    def passed(self) -> bool | None:
        """True or False once decided; None while not (or not yet fully) assessed."""
        return {Result.PASS: True, Result.FAIL: False}.get(self.result)

    @property
    def typed_overridden(self) -> bool:
        """A typed result exists but the year's assessments decide."""
        return self.source is YearSource.ASSESSMENTS and self.typed_passed is not None

    def reason(self, language: str = "th") -> str:
        english = language == "en"
        if self.source is YearSource.ASSESSMENTS:
            assert self.status is not None
            text = (f"From the year's UCCARE assessments: {self.status.text('en')}" if english
                    else f"คำนวณจากการประเมิน UCCARE ของปี: {self.status.text('th')}")
            if self.typed_overridden:
                typed = u.label(Result.PASS if self.typed_passed else Result.FAIL, language)
                text += (f" (the typed result “{typed.lower()}” is not used: the assessments decide)" if english
                         else f" (ไม่ใช้ผลที่พิมพ์ไว้ “{typed}” เพราะปีนี้มีผลการประเมินแล้ว)")
            return text
        if self.source is YearSource.TYPED:
            result = u.label(self.result, language)
            text = (f"Typed for a year before the app: {result.lower()}" if english
                    else f"ผลที่พิมพ์ไว้ของปีก่อนใช้โปรแกรม: {result}")
            return f"{text} — {self.note}" if self.note else text
        return "Not assessed" if english else "ยังไม่มีผลการประเมิน UCCARE"


def _district_uuid(session: Session) -> str:
    from pcha_desktop.services.district_profile import the_district

    district = the_district(session)
    return district.uuid if district is not None else ""


def _assessed_years(session: Session) -> dict[int, datetime]:
    """Fiscal years with at least one UCCARE assessment → the last change of those assessments."""
    rows = session.execute(
        select(QualityOfLifeIssue.fiscal_year, func.max(UccareAssessment.updated_at), func.max(UccareLevel.updated_at))
        .join(UccareAssessment, UccareAssessment.issue_id == QualityOfLifeIssue.id)
        .outerjoin(UccareLevel, UccareLevel.assessment_id == UccareAssessment.id)
        .group_by(QualityOfLifeIssue.fiscal_year)).all()
    return {year: max(moment for moment in (a, b) if moment is not None) for year, a, b in rows}


def _year_results(session: Session, up_to: int | None = None, since: int | None = None) -> dict[int, YearResult]:
    typed = {row.fiscal_year: row for row in session.scalars(select(PastYearResult))}
    assessed = _assessed_years(session)
    district = _district_uuid(session)
    found: dict[int, YearResult] = {}
    for year in sorted(set(typed) | set(assessed)):
        if (up_to is not None and year > up_to) or (since is not None and year < since):
            continue
        row = typed.get(year)
        if year in assessed:
            status = _year_uccare(session, year).status
            found[year] = YearResult(year, YearSource.ASSESSMENTS, status.result, status,
                                     row.passed if row is not None else None, "",
                                     str(uuid_module.uuid5(_YEAR_NAMESPACE, f"{district}:{year}")), assessed[year])
        else:
            assert row is not None
            found[year] = YearResult(year, YearSource.TYPED, Result.PASS if row.passed else Result.FAIL, None,
                                     row.passed, row.note, row.uuid, row.updated_at)
    return found


def year_results_in(session: Session, up_to: int | None = None, since: int | None = None) -> dict[int, YearResult]:
    """``year_results`` inside a caller's session (the bundle's data.json is read in one)."""
    return _year_results(session, up_to, since)


def year_results(database: Database, up_to: int | None = None, since: int | None = None) -> dict[int, YearResult]:
    """THE district's result of every fiscal year that has one (from ``since`` up to ``up_to``), oldest first."""
    with database.reader() as session:
        return _year_results(session, up_to, since)


def year_result(database: Database, fiscal_year: int) -> YearResult:
    """The district's result of one fiscal year (source NONE when it has none)."""
    return year_results(database, fiscal_year, fiscal_year).get(fiscal_year) or YearResult(fiscal_year, YearSource.NONE,
                                                                               Result.INCOMPLETE)


def baselines(results: Mapping[int, YearResult], fiscal_year: int, count: int = 3) -> tuple[bool | None, ...]:
    """The pass flags of the ``count`` fiscal years before ``fiscal_year``, oldest first (None: no result)."""
    return tuple(results[year].passed if year in results else None
                 for year in range(fiscal_year - count, fiscal_year))


def set_past_result(database: Database, fiscal_year: int, passed: bool | None, user_name: str, *,
                    note: str = "", source: str = "typed", today: date | None = None) -> bool | None:
    """Type (``passed`` True/False) or remove (None) the UCCARE result of a year before the app; returns the
    result typed before (for undo). Refused for a year that has UCCARE assessments (they decide it) and for a
    year not yet over; one transaction."""
    if isinstance(fiscal_year, bool) or not isinstance(fiscal_year, int) or not 2500 <= fiscal_year <= 2700:
        raise UserFacingError("ปีงบประมาณต้องเป็น พ.ศ. เช่น 2563", "The fiscal year must be BE, e.g. 2563",
                              field="fiscal_year")
    current = fiscal_year_of(today or date.today())
    if passed is not None and fiscal_year > current:
        raise UserFacingError(f"ปีงบประมาณ {fiscal_year} ยังมาไม่ถึง จึงยังไม่มีผลให้บันทึก",
                              f"Fiscal year {fiscal_year} has not begun: it has no result to type yet",
                              field="fiscal_year")
    note = clean_user_text(note, "uccare_note")
    with database.unit_of_work(user_name) as session:
        if passed is not None and fiscal_year in _assessed_years(session):
            raise UserFacingError(
                f"ปีงบประมาณ {fiscal_year} มีผลการประเมิน UCCARE ในโปรแกรมแล้ว ผลของปีคำนวณจากการประเมินนั้น"
                " (พิมพ์ผลได้เฉพาะปีก่อนใช้โปรแกรม)",
                f"Fiscal year {fiscal_year} has UCCARE assessments in the app: its result is computed from them"
                " (a result can be typed only for a year before the app)", field="fiscal_year")
        row = session.scalars(select(PastYearResult).where(PastYearResult.fiscal_year == fiscal_year)).first()
        before = row.passed if row is not None else None
        if passed is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(PastYearResult(fiscal_year=fiscal_year, passed=bool(passed), source=source, note=note))
        else:
            row.passed, row.source, row.note = bool(passed), source, note
    return before


# --- JSON ------------------------------------------------------------------------------------------------


def _both(term: object) -> dict[str, str]:
    return {"th": u.label(term), "en": u.label(term, "en")}  # type: ignore[arg-type]


def uccare_document(year: YearUccare) -> dict[str, object]:
    """``pcha uccare --json`` (README documents it)."""
    return {
        "format": JSON_FORMAT_VERSION,
        "fiscal_year": year.fiscal_year,
        "deciding_assessors": year.deciding.value,
        "district_rule": year.rule.value,
        "status": {
            "issues": year.status.issues, "passing": year.status.passing, "failing": year.status.failing,
            "incomplete": year.status.incomplete, "district_result": year.status.result.value,
            "text": {"th": year.status.text("th"), "en": year.status.text("en")},
        },
        "issues": [{
            "id": issue.issue_id,
            "title": issue.title,
            "result": issue.decision.result.value,
            "reason": {"th": issue.decision.explanation("th"), "en": issue.decision.explanation("en")},
            "disagreement": ({"th": issue.decision.disagreement_text("th"), "en": issue.decision.disagreement_text("en")}
                             if issue.decision.disagreement_text("en") else None),
            "by_assessor": [{
                "assessor": assessor.value,
                "result": evaluation.result.value,
                "branches": [branch.value for branch in u.PassBranch if branch in evaluation.branches],
                "reason": {"th": evaluation.explanation("th"), "en": evaluation.explanation("en")},
            } for assessor, evaluation in issue.decision.evaluations],
            "assessments": [{
                "id": a.id,
                "phase": a.phase.value,
                "assessor": a.assessor.value,
                "date": a.assessed_on.isoformat(),
                "date_be": format_thai_date(a.assessed_on, DateStyle.ABBREVIATED_FULL_YEAR),
                "participants": [line for line in a.participants.splitlines() if line.strip()],
                "participant_count": a.people,
                "rubric": a.rubric_ident,
                "levels": {c.value: a.levels.get(c) for c in COMPONENTS},
                "evidence": {c.value: a.evidence.get(c, "") for c in COMPONENTS if a.evidence.get(c)},
                "note": a.note,
            } for a in issue.assessments],
        } for issue in year.issues],
    }


# --- documents -------------------------------------------------------------------------------------------


def _document_context(database: Database) -> tuple[str, bool]:
    from pcha_desktop.services.demo_marker import is_demo_database
    from pcha_desktop.services.district_profile import load_profile

    profile = load_profile(database)
    with database.reader() as session:
        demo = is_demo_database(session)
    office = profile.office_name if profile is not None else ""
    if profile is not None and profile.district_name and profile.district_name not in office:
        office = f"{office} อำเภอ{profile.district_name}".strip()
    return office, demo


def form_document(database: Database, issue_id: int, thai_digits: bool = False):  # type: ignore[no-untyped-def]
    """The blank assessment form of an issue, with the rubric in use (``exports.uccare_pdf.FormData``)."""
    from pcha_desktop.exports.uccare_pdf import FormData

    view = issue_uccare(database, issue_id)
    office, demo = _document_context(database)
    return FormData(view.title, view.fiscal_year, office, current_rubric(database), thai_digits, demo)


def filled_document(database: Database, issue_id: int, thai_digits: bool = False):  # type: ignore[no-untyped-def]
    """The issue's assessments, before and after per assessor, the chart and the result."""
    from pcha_desktop.exports.uccare_pdf import AssessmentData, FilledData

    view = issue_uccare(database, issue_id)
    office, demo = _document_context(database)
    rubric = rubric_for(database, *(_split(view.assessments[0].rubric_ident) if view.assessments
                                    else (generic_rubric().key, generic_rubric().version)))
    assessments = tuple(AssessmentData(a.phase, a.assessor, a.assessed_on, dict(a.levels), dict(a.evidence),
                                       a.participants, a.people, a.note, a.rubric_ident) for a in view.assessments)
    evaluations = tuple((assessor, evaluation.result, evaluation.explanation("th"))
                        for assessor, evaluation in view.decision.evaluations)
    return FilledData(view.title, view.fiscal_year, office, rubric, assessments, view.decision.result,
                      view.decision.explanation("th"), evaluations, view.decision.disagreement_text("th"),
                      thai_digits, demo)


def _digits(database: Database, thai_digits: bool | None) -> bool:
    if thai_digits is not None:
        return thai_digits
    from pcha_desktop.services.settings import user_preferences_for

    return user_preferences_for(database).thai_digits


def export_form_pdf(database: Database, issue_id: int, out_path: Path, thai_digits: bool | None = None) -> Path:
    from pcha_desktop.exports.uccare_pdf import write_form_pdf

    return write_form_pdf(form_document(database, issue_id, _digits(database, thai_digits)), Path(out_path))


def export_assessment_pdf(database: Database, issue_id: int, out_path: Path, thai_digits: bool | None = None) -> Path:
    from pcha_desktop.exports.uccare_pdf import write_filled_pdf

    return write_filled_pdf(filled_document(database, issue_id, _digits(database, thai_digits)), Path(out_path))


def form_file_name(title: str) -> str:
    from pcha_desktop.exports.file_names import safe_file_name

    return safe_file_name(f"แบบประเมิน UCCARE {title}", ".pdf")


def assessment_file_name(title: str, fiscal_year: int) -> str:
    from pcha_desktop.exports.file_names import safe_file_name

    return safe_file_name(f"ผลประเมิน UCCARE ปีงบประมาณ {fiscal_year} {title}", ".pdf")


__all__ = [
    "AssessmentInput", "AssessmentView", "IssueUccare", "YearResult", "YearSource", "YearUccare", "baselines",
    "current_rubric", "delete_assessment", "set_past_result", "year_result", "year_results", "year_results_in",
    "deciding_assessors", "district_rule", "export_assessment_pdf", "export_form_pdf", "filled_document",
    "form_document", "generic_rubric", "issue_uccare", "load_rubric_file", "remove_assessment", "rubric_for",
    "rubrics", "save_assessment", "set_uccare_rules", "uccare_document", "use_rubric", "year_uccare",
]
