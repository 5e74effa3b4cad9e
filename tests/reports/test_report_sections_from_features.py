"""The report's optional sections filled from the features that hold the data: UCCARE's assessments (made by
the period's end) with each issue's result under the district's rule; absent before any assessment."""

from __future__ import annotations

from pcha_desktop.domain import uccare as u
from pcha_desktop.domain.report_periods import parse_period
from pcha_desktop.domain.reporting import CriterionState
from pcha_desktop.services.reports import gather_report
from pcha_desktop.services.uccare import year_uccare


def test_the_years_uccare_results_reach_the_report(demo) -> None:  # noqa: ANN001
    data = gather_report(demo.database, parse_period("2564"))
    assert data.uccare is not None
    year = year_uccare(demo.database, 2564)
    expected = {issue.title: {u.Result.PASS: True, u.Result.FAIL: False}.get(issue.decision.result)
                for issue in year.issues}
    assert {issue.issue_title: issue.passed for issue in data.uccare.issues} == expected
    assert data.uccare.passed_count == sum(1 for passed in expected.values() if passed)
    assert data.criteria[4].state is not CriterionState.NO_DATA  # criterion 5 judged from the assessments


def test_assessments_after_the_period_are_not_in_its_report(demo) -> None:  # noqa: ANN001
    first_quarter = parse_period("2564Q1")
    year = year_uccare(demo.database, 2564)
    made = [a for issue in year.issues for a in issue.assessments if a.assessed_on <= first_quarter.end]
    data = gather_report(demo.database, first_quarter)
    if not made:
        assert data.uccare is None
    else:
        assert all(issue.passed is None or issue.scores for issue in data.uccare.issues)


def test_the_district_committees_meetings_reach_the_report(demo) -> None:  # noqa: ANN001
    from pcha_desktop.domain.meetings import MeetingKind, MeetingStatus
    from pcha_desktop.services.meetings import year_overview

    period = parse_period("2564R6")
    data = gather_report(demo.database, period)
    overview = year_overview(demo.database, 2564, period.end)
    held = [m for m in overview.meetings if m.committee_id == overview.district_committee_id
            and m.kind is not MeetingKind.SUBGROUP and m.status is MeetingStatus.HELD and m.meeting_date <= period.end]
    assert data.meetings is not None
    assert [line.number for line in data.meetings.meetings] == [f"{m.number}/2564" for m in held]
    assert all(line.meeting_date <= period.end for line in data.meetings.meetings)
    assert [line.quorum_met for line in data.meetings.meetings] == [m.quorum.met for m in held]


def test_each_assessed_issue_has_its_radar_chart_in_the_pdf(demo, tmp_path) -> None:  # noqa: ANN001
    """The chart the UCCARE screen shows, drawn on paper as vector graphics with shaped, searchable labels."""
    import pypdf

    from pcha_desktop.services.reports import make_report

    out = make_report(demo.database, parse_period("2564"), pdf=tmp_path / "year.pdf", thai_digits=False).pdf
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    data = gather_report(demo.database, parse_period("2564"))
    charted = sum(1 for issue in data.uccare.issues if issue.scores)
    assert text.count("หลังดำเนินการ") >= charted  # each chart's legend: before / after


def test_the_years_steps_go_into_the_report_and_the_workbook(demo, tmp_path) -> None:  # noqa: ANN001
    import pypdf
    from openpyxl import load_workbook

    from pcha_desktop.services.reports import make_report
    from pcha_desktop.services.year_guide import year_guide

    period = parse_period("2564R6")
    made = make_report(demo.database, period, pdf=tmp_path / "r6.pdf", xlsx=tmp_path / "r6.xlsx", thai_digits=False)
    guide = year_guide(demo.database, 2564, period.end)
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(str(made.pdf)).pages)
    done, late = guide.done_and_late
    assert f"ดำเนินการแล้ว {done} จาก 15 ขั้นตอน เลยกำหนด {late} ขั้นตอน" in " ".join(text.split())
    sheet = load_workbook(made.xlsx)["ขั้นตอนประจำปี"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[3], row[4]) for row in rows] == [(s.number, s.done, s.total) for s in guide.steps]
