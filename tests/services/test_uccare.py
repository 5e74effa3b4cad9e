"""UCCARE assessments as the secretary records them: saved whole or not at all, replaced in place, the rubric
recorded, the result and the year's status from the settings; a province's rubric file loaded or refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain.thai_calendar import be_to_ce
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Component, DecidingAssessors, DistrictRule, Phase, Result
from pcha_desktop.services import issues, uccare
from pcha_desktop.services.demo import DEMO_USER
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import UccareAssessment, UccareLevel


def _day(be_year: int, month: int, day: int) -> date:
    return date(be_to_ce(be_year), month, day)


def _levels(*values: int) -> dict[Component, int]:
    return dict(zip(COMPONENTS, values))


@pytest.fixture
def issue_id(folder) -> int:
    return issues.add_year_issue(folder.database, 2567, issues.IssueDetails("การดูแลผู้สูงอายุ"), DEMO_USER)


def _save(folder, issue_id, phase, levels, assessor=Assessor.SELF, day=None, **more) -> int:
    day = day or (_day(2566, 11, 1) if phase is Phase.BEFORE else _day(2567, 8, 1))
    return uccare.save_assessment(folder.database, issue_id, uccare.AssessmentInput(phase, assessor, day, levels, **more),
                                  DEMO_USER)


def _count(folder, model) -> int:
    with folder.database.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_before_and_after_give_the_result_and_its_reason(folder, issue_id) -> None:
    _save(folder, issue_id, Phase.BEFORE, _levels(2, 2, 2, 2, 2, 2), evidence={Component.UNITY: "คำสั่งแต่งตั้ง"},
          participants="นายสมชาย ใจดี, สาธารณสุขอำเภอ\nนางมาลี ดีงาม, ประธาน อสม.")
    _save(folder, issue_id, Phase.AFTER, _levels(3, 3, 3, 2, 3, 3))
    view = uccare.issue_uccare(folder.database, issue_id)
    own = view.decision.evaluation(Assessor.SELF)
    assert own.result is Result.FAIL
    assert own.explanation("th") == "ไม่ผ่าน: องค์ประกอบ A (การชื่นชมและให้คุณค่า) ยังอยู่ระดับ 2 และไม่เพิ่มขึ้น"
    assert view.decision.result is Result.FAIL
    before = view.assessment(Assessor.SELF, Phase.BEFORE)
    assert before.evidence[Component.UNITY] == "คำสั่งแต่งตั้ง" and before.people == 2
    assert before.rubric_ident == "generic@1"


def test_a_second_save_replaces_in_place_and_keeps_identity(folder, issue_id) -> None:
    first = _save(folder, issue_id, Phase.BEFORE, _levels(1, 1, 1, 1, 1, 1))
    with folder.database.reader() as session:
        uuid = session.get(UccareAssessment, first).uuid
    again = _save(folder, issue_id, Phase.BEFORE, _levels(2, 1, 1, 1, 1, None))
    assert again == first
    with folder.database.reader() as session:
        assert session.get(UccareAssessment, first).uuid == uuid
    assert _count(folder, UccareLevel) == 5  # the component left out is not rated
    assert uccare.issue_uccare(folder.database, issue_id).assessment(Assessor.SELF, Phase.BEFORE).levels[
        Component.UNITY] == 2


@pytest.mark.parametrize("change, field", [
    (dict(levels=_levels(1, 2, 3, 6, 1, 1)), "appreciation"),
    (dict(levels=_levels(1, 2, 3, 0, 1, 1)), "appreciation"),
    (dict(participant_count="-3"), "participant_count"),
    (dict(day=_day(2560, 1, 1)), "assessed_on"),
    (dict(participants="ชื่อ\u202e"), "uccare_participants"),
])
def test_bad_input_is_refused_and_nothing_is_saved(folder, issue_id, change, field) -> None:
    levels = change.pop("levels", _levels(1, 1, 1, 1, 1, 1))
    with pytest.raises(UserFacingError) as refusal:
        _save(folder, issue_id, Phase.BEFORE, levels, **change)
    assert refusal.value.field == field and refusal.value.message_th and refusal.value.message_en
    assert _count(folder, UccareAssessment) == 0 and _count(folder, UccareLevel) == 0


def test_an_after_dated_before_its_before_is_refused(folder, issue_id) -> None:
    _save(folder, issue_id, Phase.BEFORE, _levels(1, 1, 1, 1, 1, 1), day=_day(2567, 3, 1))
    with pytest.raises(UserFacingError) as refusal:
        _save(folder, issue_id, Phase.AFTER, _levels(2, 2, 2, 2, 2, 2), day=_day(2567, 2, 1))
    assert "ต้องไม่ก่อน" in refusal.value.message_th
    assert _count(folder, UccareAssessment) == 1


def test_the_settings_decide_the_issue_and_the_district(folder, issue_id) -> None:
    _save(folder, issue_id, Phase.BEFORE, _levels(1, 1, 1, 1, 1, 1))
    _save(folder, issue_id, Phase.AFTER, _levels(2, 2, 2, 2, 2, 2))
    other = issues.add_year_issue(folder.database, 2567, issues.IssueDetails("ขยะ"), DEMO_USER)
    year = uccare.year_uccare(folder.database, 2567)
    assert [i.decision.result for i in year.issues] == [Result.INCOMPLETE, Result.INCOMPLETE]  # no provincial yet
    uccare.set_uccare_rules(folder.database, DecidingAssessors.SELF_ONLY, DistrictRule.AT_LEAST_ONE, DEMO_USER)
    year = uccare.year_uccare(folder.database, 2567)
    assert year.issues[0].decision.result is Result.PASS and year.issues[1].issue_id == other
    assert (year.status.passing, year.status.incomplete, year.status.result) == (1, 1, Result.PASS)
    assert uccare.deciding_assessors(folder.database) is DecidingAssessors.SELF_ONLY


def test_a_province_rubric_is_loaded_recorded_and_a_bad_one_refused(folder, issue_id, tmp_path: Path) -> None:
    data = json.loads(resource_path(*uccare.GENERIC_RUBRIC).read_text("utf-8"))
    data["id"], data["version"], data["title_th"] = "phuket", "2567", "เกณฑ์ UCCARE จังหวัดภูเก็ต"
    data["components"][0]["levels"][2]["description_th"] = "ทีมประชุมทุกเดือน"
    good = tmp_path / "phuket.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = uccare.load_rubric_file(folder.database, good, DEMO_USER)
    assert uccare.current_rubric(folder.database) == loaded
    assert loaded.description(Component.UNITY, 3) == "ทีมประชุมทุกเดือน"
    _save(folder, issue_id, Phase.BEFORE, _levels(1, 1, 1, 1, 1, 1))
    assert uccare.issue_uccare(folder.database, issue_id).assessments[0].rubric_ident == "phuket@2567"
    data["components"][0]["levels"][2]["description_th"] = "ข้อความอื่น"  # same id and version, other text
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserFacingError) as refusal:
        uccare.load_rubric_file(folder.database, good, DEMO_USER)
    assert "version" in refusal.value.message_en
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{not json")
    with pytest.raises(UserFacingError) as refusal:
        uccare.load_rubric_file(folder.database, bad, DEMO_USER)
    assert "JSON" in refusal.value.message_th
    assert uccare.current_rubric(folder.database).ident == "phuket@2567"
    assert [r.ident for r in uccare.rubrics(folder.database)] == ["generic@1", "phuket@2567"]


def test_the_demo_year_passes_every_issue_and_the_regional_visitors_disagree_on_one(demo_folder) -> None:
    year = uccare.year_uccare(demo_folder.database, 2564)
    results = [issue.decision for issue in year.issues]
    assert [d.result for d in results] == [Result.PASS] * 4 and year.status.result is Result.PASS  # seed 000: 1
    branches = [d.evaluation(Assessor.SELF).branches for d in results[:3]]
    assert {b.value for b in branches[0]} == {"rose"} and {b.value for b in branches[2]} == {"all_three"}
    regional = results[3].evaluation(Assessor.REGIONAL)
    assert regional is not None and regional.result is Result.FAIL
    assert "ยังอยู่ระดับ 2 และไม่เพิ่มขึ้น" in regional.explanation("th")
    assert "ผู้ประเมินให้ผลต่างกัน" in results[3].disagreement_text("th")
    assert results[1].disagreement_text("th")  # the provincial visitors rated some components otherwise
    for index, issue in enumerate(year.issues):
        assessors = (Assessor.SELF, Assessor.PROVINCIAL) + ((Assessor.REGIONAL,) if index == 3 else ())
        assert {(a.assessor, a.phase) for a in issue.assessments} == {
            (assessor, phase) for assessor in assessors for phase in Phase}
    for fiscal_year in (2561, 2562, 2563):
        status = uccare.year_uccare(demo_folder.database, fiscal_year).status
        assert status.issues == status.passing == 1 and status.result is Result.PASS


def test_the_json_document_holds_what_the_cli_promises(demo_folder) -> None:
    document = uccare.uccare_document(uccare.year_uccare(demo_folder.database, 2564))
    json.dumps(document, ensure_ascii=False)
    assert document["status"]["passing"] == 4 and document["status"]["district_result"] == "pass"
    last = document["issues"][3]
    regional = next(row for row in last["by_assessor"] if row["assessor"] == "regional")
    assert last["result"] == "pass" and regional["result"] == "fail" and "A (Appreciation)" in regional["reason"]["en"]
    assert last["disagreement"] is not None
    assert last["assessments"][0]["levels"] == {c.value: v for c, v in zip(COMPONENTS, (2, 2, 1, 2, 2, 2))}
    assert last["assessments"][0]["date_be"] == "20 พ.ย. 2563"
