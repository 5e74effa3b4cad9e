"""One source of the district's UCCARE result of each fiscal year (services/uccare.py ``year_results``): the
year's assessments decide when it has any, a result typed for a year before the app only otherwise; the
bundle's data, the report's quantitative table and the year guide all show the same."""

from __future__ import annotations

from datetime import date

import pytest

from pcha_desktop.domain.report_periods import parse_period as parse_report_period
from pcha_desktop.domain.bundle_format import parse_period
from pcha_desktop.domain.thai_calendar import be_to_ce
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Phase, Result
from pcha_desktop.domain.year_guide import YearStep
from pcha_desktop.services import issues, uccare
from pcha_desktop.services.bundles import build_data
from pcha_desktop.services.demo import DEMO_USER
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.reports import gather_report
from pcha_desktop.services.year_guide import year_guide

TODAY = date(be_to_ce(2565), 3, 1)


def _assess(folder, issue_id: int, before: tuple[int, ...], after: tuple[int, ...]) -> None:
    for assessor in (Assessor.SELF, Assessor.PROVINCIAL):
        for phase, levels, day in ((Phase.BEFORE, before, date(be_to_ce(2563), 11, 1)),
                                   (Phase.AFTER, after, date(be_to_ce(2564), 8, 1))):
            uccare.save_assessment(folder.database, issue_id, uccare.AssessmentInput(
                phase, assessor, day, dict(zip(COMPONENTS, levels))), DEMO_USER)


def test_assessments_that_fail_win_over_a_typed_pass_everywhere(folder) -> None:
    uccare.set_past_result(folder.database, 2564, True, DEMO_USER, today=TODAY)  # typed before any assessment
    uccare.set_past_result(folder.database, 2563, True, DEMO_USER, today=TODAY)
    uccare.set_past_result(folder.database, 2561, False, DEMO_USER, today=TODAY)
    issue_id = issues.add_year_issue(folder.database, 2564, issues.IssueDetails("โรคไม่ติดต่อเรื้อรัง"), DEMO_USER)
    _assess(folder, issue_id, (2, 2, 2, 2, 2, 2), (3, 3, 3, 2, 3, 3))  # A stays at 2: fails

    result = uccare.year_result(folder.database, 2564)
    assert result.source is uccare.YearSource.ASSESSMENTS and result.result is Result.FAIL
    assert result.assessed and result.passed is False and result.typed_overridden
    assert "ไม่ใช้ผลที่พิมพ์ไว้" in result.reason("th") and "the assessments decide" in result.reason("en")

    with folder.database.reader() as session:  # the bundle sends the computed result
        part = build_data(session, parse_period("2564Q1"))["assessment"]
    assert part["assessed"] is True and part["passed"] is False
    assert {row["fiscal_year"]: (row["passed"], row["source"]) for row in part["years"]} == {
        2561: (False, "typed"), 2563: (True, "typed"), 2564: (False, "assessments")}

    report = gather_report(folder.database, parse_report_period("2564Q1"), today=TODAY)
    tally = report.uccare_tally  # the report's quantitative table
    assert (tally.target, tally.result, tally.percent) == (1, 0, 0)
    assert tally.baselines == (False, None, True) and tally.baseline_years == (2561, 2562, 2563)
    assert "คำนวณจากการประเมิน UCCARE" in tally.reason

    step = next(s for s in year_guide(folder.database, 2564, TODAY).steps if s.step is YearStep.UCCARE_BEFORE_AFTER)
    assert any("ยังไม่ผ่านเกณฑ์ UCCARE" in m.th for m in step.missing)  # the year guide says it too


def test_a_typed_past_year_is_used_until_the_year_has_assessments(folder) -> None:
    assert uccare.year_result(folder.database, 2563).source is uccare.YearSource.NONE
    assert uccare.set_past_result(folder.database, 2563, False, DEMO_USER, note="ตามหนังสือจังหวัด", today=TODAY) is None
    typed = uccare.year_result(folder.database, 2563)
    assert typed.source is uccare.YearSource.TYPED and typed.passed is False and "ตามหนังสือจังหวัด" in typed.reason()
    assert uccare.set_past_result(folder.database, 2563, True, DEMO_USER, today=TODAY) is False  # corrected
    assert uccare.year_result(folder.database, 2563).passed is True
    assert uccare.set_past_result(folder.database, 2563, None, DEMO_USER, today=TODAY) is True  # removed
    assert uccare.year_result(folder.database, 2563).source is uccare.YearSource.NONE


def test_typing_a_result_is_refused_for_an_assessed_or_future_year(folder) -> None:
    issue_id = issues.add_year_issue(folder.database, 2564, issues.IssueDetails("ผู้สูงอายุ"), DEMO_USER)
    _assess(folder, issue_id, (1, 1, 1, 1, 1, 1), (2, 2, 2, 2, 2, 2))
    with pytest.raises(UserFacingError) as refusal:
        uccare.set_past_result(folder.database, 2564, False, DEMO_USER, today=TODAY)
    assert "คำนวณจากการประเมิน" in refusal.value.message_th
    with pytest.raises(UserFacingError):
        uccare.set_past_result(folder.database, 2567, True, DEMO_USER, today=TODAY)
    with pytest.raises(UserFacingError):
        uccare.set_past_result(folder.database, 63, True, DEMO_USER, today=TODAY)
    assert list(uccare.year_results(folder.database)) == [2564]
    assert uccare.year_result(folder.database, 2564).passed is True


def test_the_main_demo_report_and_bundle_agree_with_seed_000(demo_folder) -> None:
    report = gather_report(demo_folder.database, parse_report_period("2564Q1"), today=date(be_to_ce(2564), 1, 5))
    tally = report.uccare_tally
    assert (tally.target, tally.result, tally.percent, tally.baselines) == (1, 1, 100, (True, True, True))
    with demo_folder.database.reader() as session:
        part = build_data(session, parse_period("2564Q1"))["assessment"]
    assert part["assessed"] is True and part["passed"] is True
    assert [row["passed"] for row in part["years"]] == [True, True, True, True]
