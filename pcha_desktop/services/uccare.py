"""UCCARE assessments of the year's issues: record one (issue, phase, assessor, date, who took part, six
levels with evidence), read an issue's or a year's assessments with the pass rule applied
(``domain.uccare``), the settings that say who decides and when the district passes, and the rubric in
use (the generic one of ``resources/uccare/`` or a province's own, loaded from a file).

One assessment per issue, phase and assessor: saving another replaces it (in place: its uuid stays). An
assessment records the rubric it used (``rubric_key``/``rubric_version``). Bad input (a level outside 1–5,
a date far outside the issue's fiscal year, an after assessment dated before its before) is refused with
a bilingual ``UserFacingError`` and nothing is saved.

Reading: ``year_uccare(database, fiscal_year)`` and ``issue_uccare(database, issue_id)`` return frozen
dataclasses; ``uccare_document`` is ``pcha uccare --json`` (README). Documents: ``form_document`` (the
blank form of an issue, with the rubric) and ``filled_document`` feed ``exports/uccare_pdf.py``;
``export_form_pdf`` / ``export_assessment_pdf`` write them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain import uccare as u
from pcha_desktop.domain.thai_calendar import DateStyle, fiscal_year_range, format_thai_date
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
from pcha_desktop.storage.models import QualityOfLifeIssue, UccareAssessment, UccareLevel, UccareRubric

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


def year_uccare(database: Database, fiscal_year: int) -> YearUccare:
    """The year's issues with their assessments, each issue's decision and the district's status."""
    with database.reader() as session:
        deciding = _enum_setting(session, SETTING_DECIDING, DecidingAssessors, DecidingAssessors.SELF_AND_PROVINCIAL)
        rule = _enum_setting(session, SETTING_DISTRICT_RULE, DistrictRule, DistrictRule.ALL_ISSUES)
        issues = list(session.scalars(select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year)
                                      .order_by(QualityOfLifeIssue.sort_order, QualityOfLifeIssue.id)))
        assessments = _assessments_of(session, [issue.id for issue in issues])
        views = tuple(_issue(issue, assessments[issue.id], deciding) for issue in issues)
    status = u.year_status([issue.decision.result for issue in views], rule)
    return YearUccare(fiscal_year, deciding, rule, views, status)


def issue_uccare(database: Database, issue_id: int) -> IssueUccare:
    with database.reader() as session:
        issue = session.get(QualityOfLifeIssue, issue_id)
        if issue is None:
            raise UserFacingError("ไม่พบประเด็นนี้", "No such issue", field="issue_id")
        deciding = _enum_setting(session, SETTING_DECIDING, DecidingAssessors, DecidingAssessors.SELF_AND_PROVINCIAL)
        return _issue(issue, _assessments_of(session, [issue_id])[issue_id], deciding)


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
    "AssessmentInput", "AssessmentView", "IssueUccare", "YearUccare", "current_rubric", "delete_assessment",
    "deciding_assessors", "district_rule", "export_assessment_pdf", "export_form_pdf", "filled_document",
    "form_document", "generic_rubric", "issue_uccare", "load_rubric_file", "remove_assessment", "rubric_for",
    "rubrics", "save_assessment", "set_uccare_rules", "uccare_document", "use_rubric", "year_uccare",
]
