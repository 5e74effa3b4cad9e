"""The demo holds Mueang Phuket's four FY2564 issues of seed 000, each with target groups, two or three KPIs
with baselines and quarterly results, a plan with partners and budgets; some tambons have notable work."""

from __future__ import annotations

from pcha_desktop.domain.kpis import KpiStatus
from pcha_desktop.services import issues


def test_the_four_fy2564_issues_are_whole(demo_folder) -> None:
    year = issues.year_kpis(demo_folder.database, 2564)
    assert [issue.title for issue in year.issues] == [
        "การป้องกันและควบคุมโรค COVID-19", "การดูแลสุขภาพผู้ป่วยติดเตียง", "อุบัติเหตุทางถนน", "โรคไม่ติดต่อเรื้อรัง"]
    assert not year.below_minimum
    for issue in year.issues:
        assert issue.target_groups and 2 <= len(issue.kpis) <= 3 and not issue.health_only
        assert issue.objectives[0].key_results
        for kpi in issue.kpis:
            assert all(value is not None for value in kpi.results[1:]) and kpi.status is not KpiStatus.NO_DATA
        assert any(b.value is not None for kpi in issue.kpis for b in kpi.baselines)
    statuses = {kpi.status for issue in year.issues for kpi in issue.kpis}
    assert {KpiStatus.MET, KpiStatus.BEHIND} <= statuses


def test_the_plan_pools_people_money_things_knowledge_and_data(demo_folder) -> None:
    plan = issues.year_plan(demo_folder.database, 2564)
    assert len(plan.issues) == 4
    for issue in plan.issues:
        assert issue.activities and issue.budget_total > 0
        assert all(activity.partners and activity.tambon_codes for activity in issue.activities)
    pooled = set().union(*(issue.matrix.kinds_pooled() for issue in plan.issues))
    assert len(pooled) == 5


def test_some_tambons_have_notable_work_and_some_none(demo_folder) -> None:
    overview = issues.notable_work_overview(demo_folder.database, 2564)
    with_work = {row.tambon.code for row in overview if row.works}
    assert with_work == {"830101", "830106", "830107"} and len(overview) - len(with_work) == 5


def test_copying_the_demo_year_forward(demo_folder) -> None:
    first = issues.year_kpis(demo_folder.database, 2564).issues[1]
    copied = issues.issue_view(demo_folder.database,
                               issues.copy_issue_to_next_year(demo_folder.database, first.id, "ผู้ทดสอบ"))
    visits = copied.kpis[0]
    assert visits.baselines[-1].fiscal_year == 2564 and visits.baselines[-1].from_results
    assert visits.baselines[-1].value == first.kpis[0].year_value
    assert [b.value for b in visits.baselines[:2]] == [b.value for b in first.kpis[0].baselines[1:]]


def test_the_plan_workbook_holds_every_activity_with_values_never_formulas(demo_folder, tmp_path) -> None:
    from openpyxl import load_workbook

    from pcha_desktop.exports.xlsx.plan_workbook import PLAN_SHEET_TITLE, RESOURCE_SHEET_TITLE

    path = issues.export_plan_xlsx(demo_folder.database, 2564, tmp_path / "แผน 2564.xlsx")
    workbook = load_workbook(path)
    rows = list(workbook[PLAN_SHEET_TITLE].iter_rows(min_row=2, values_only=True))
    plan = issues.year_plan(demo_folder.database, 2564)
    assert len(rows) == sum(len(issue.activities) for issue in plan.issues)
    assert sum(row[-1] for row in rows) == sum(issue.budget_total for issue in plan.issues)
    assert rows[0][5] == "1 มี.ค. 2564" and "ตำบลตลาดใหญ่" in rows[0][4]
    every_value = [cell for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row]
    assert not any(isinstance(value, str) and value.startswith("=") for value in every_value)
    resources = list(workbook[RESOURCE_SHEET_TITLE].iter_rows(min_row=2, values_only=True))
    assert ("การดูแลสุขภาพผู้ป่วยติดเตียง", "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัว", "รพ.สต.ฉลอง", "ทีมหมอครอบครัว",
            None, None, None, None) in resources  # what the partner brings to that activity
