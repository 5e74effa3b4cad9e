"""The year's issues as a secretary uses them: details, target groups, goals, KPIs entered a quarter at a time,
the One Plan with budgets and pooled resources, notable work, and the year copied forward. Bad input is
refused with a bilingual message naming the field, and nothing is saved."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from pcha_desktop.domain.kpis import Combination, Dimension, Direction, IssueArea, KpiStatus, TargetGroup
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.services import issues
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.issues import (
    ActivityInput,
    ContributionInput,
    IssueDetails,
    KeyResultInput,
    KpiInput,
    ObjectiveInput,
    QuarterNotBegun,
    TargetGroupInput,
)

USER = "สมศรี"
IN_FY2564 = date(2021, 9, 1)  # Q4 of FY2564 has begun


def _rows(folder, table: str) -> int:
    connection = sqlite3.connect(folder.database_path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def issue_id(folder) -> int:
    return issues.add_year_issue(folder.database, 2564, IssueDetails(
        "การดูแลสุขภาพผู้ป่วยติดเตียง", IssueArea.VULNERABLE_CARE, frozenset({Dimension.HEALTH})), USER)


def test_an_issue_with_its_details_groups_goals_and_subcommittee(folder, issue_id) -> None:
    database = folder.database
    issues.save_target_groups(database, issue_id, [TargetGroupInput(TargetGroup.ELDERLY_BED_BOUND, "๑๒๔"),
                                                   TargetGroupInput(TargetGroup.OTHER, "30", "ผู้ดูแล")], USER)
    kpi = issues.add_kpi(database, issue_id, KpiInput("ร้อยละผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน", "80",
                                                      combination=Combination.LAST, unit="ร้อยละ"), USER)
    issues.save_goals(database, issue_id, [ObjectiveInput("ผู้ป่วยติดเตียงได้รับการดูแลต่อเนื่อง",
                                                          (KeyResultInput("เยี่ยมบ้านครบ", kpi),))], USER)
    issues.save_quarter_note(database, issue_id, 1, "นัดประชุมยาก", "ประชุมกลุ่มย่อยรายประเด็น", USER)
    year = issues.year_kpis(database, 2564)
    assert year.below_minimum  # one issue: the regulation asks for two
    view = year.issues[0]
    assert view.area is IssueArea.VULNERABLE_CARE and view.health_only and view.subcommittee_id is not None
    assert [(g.group, g.count) for g in view.target_groups] == [(TargetGroup.ELDERLY_BED_BOUND, 124),
                                                                (TargetGroup.OTHER, 30)]
    assert view.objectives[0].key_results[0].kpi_id == kpi
    assert view.quarter_notes[0].obstacles == "นัดประชุมยาก"


def test_a_quarters_results_for_every_kpi_in_one_go(folder, issue_id) -> None:
    database = folder.database
    visits = issues.add_kpi(database, issue_id, KpiInput("จำนวนครั้งการเยี่ยมบ้าน", "400"), USER)
    ulcers = issues.add_kpi(database, issue_id, KpiInput(
        "ร้อยละผู้ป่วยมีแผลกดทับ", "10", Direction.LOWER_IS_BETTER, Combination.AVERAGE,
        typed_baselines={2563: "14.5"}), USER)
    assert issues.enter_quarter_results(database, 2564, 1, {visits: "12๐", ulcers: "5"}, USER, today=IN_FY2564) == 2
    issues.enter_quarter_results(database, 2564, 2, {visits: "90", ulcers: ""}, USER, today=IN_FY2564)
    by_id = {kpi.id: kpi for kpi in issues.year_kpis(database, 2564).issues[0].kpis}
    assert by_id[visits].results == (Decimal(120), Decimal(90), None, None)
    assert dict(by_id[visits].rounds) == {3: 120, 6: 210, 9: 210, 12: 210}
    assert by_id[visits].percent == Decimal("52.50") and by_id[visits].status is KpiStatus.ON_TRACK
    assert by_id[ulcers].status is KpiStatus.MET and by_id[ulcers].percent == Decimal("50.00")
    assert [b.value for b in by_id[ulcers].baselines] == [None, None, Decimal("14.5")]


def test_bad_numbers_save_nothing_and_name_the_kpi(folder, issue_id) -> None:
    database = folder.database
    visits = issues.add_kpi(database, issue_id, KpiInput("จำนวนครั้งการเยี่ยมบ้าน", "400"), USER)
    other = issues.add_kpi(database, issue_id, KpiInput("จำนวนผู้ดูแลที่ผ่านการอบรม", "50"), USER)
    with pytest.raises(UserFacingError) as refusal:
        issues.enter_quarter_results(database, 2564, 1, {other: "12", visits: "สิบสอง"}, USER, today=IN_FY2564)
    assert "จำนวนครั้งการเยี่ยมบ้าน" in refusal.value.message_th and "not a number" in refusal.value.message_en
    assert _rows(folder, "kpi_result") == 0
    with pytest.raises(UserFacingError, match="ศูนย์"):
        issues.add_kpi(database, issue_id, KpiInput("ตัวชี้วัดเป้าศูนย์", "0"), USER)
    with pytest.raises(UserFacingError):
        issues.save_target_groups(database, issue_id, [TargetGroupInput(TargetGroup.DISABLED, "-4")], USER)
    assert _rows(folder, "kpi") == 2 and _rows(folder, "issue_target_group") == 0


def test_a_quarter_not_begun_is_a_warning_saved_only_when_confirmed(folder, issue_id) -> None:
    database = folder.database
    kpi = issues.add_kpi(database, issue_id, KpiInput("จำนวนครั้งการเยี่ยมบ้าน", "400"), USER)
    early = date(2020, 12, 1)  # Q1 of FY2564
    with pytest.raises(QuarterNotBegun) as warning:
        issues.enter_quarter_results(database, 2564, 3, {kpi: "10"}, USER, today=early)
    assert warning.value.is_warning and "2564" in warning.value.message_th and _rows(folder, "kpi_result") == 0
    issues.enter_quarter_results(database, 2564, 3, {kpi: "10"}, USER, today=early, confirm_future=True)
    assert _rows(folder, "kpi_result") == 1


def _activity(**changes) -> ActivityInput:
    values = dict(
        name="อบรมผู้ดูแลผู้ป่วยติดเตียง", lead_agency="สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต",
        partners=("เทศบาลนครภูเก็ต", "ชมรม อสม."), tambon_codes=("830101", "830106"),
        start_date=date(2021, 1, 10), end_date=date(2021, 3, 31), status=ActivityStatus.IN_PROGRESS,
        progress_percent="60", budgets={BudgetSource.TAMBON_HEALTH_FUND: "45,000", BudgetSource.OWN_AGENCY: "5000.50"},
        contributions=(ContributionInput("เทศบาลนครภูเก็ต", ResourceKind.MONEY, "ค่าอาหาร"),
                       ContributionInput("ชมรม อสม.", ResourceKind.PEOPLE, "อสม. 40 คน"),
                       ContributionInput("ชมรม  อสม.", ResourceKind.DATA, "ทะเบียนผู้ป่วย")),
    )
    values.update(changes)
    return ActivityInput(**values)


def test_the_one_plan_adds_budgets_by_source_and_shows_who_brings_what(folder, issue_id) -> None:
    database = folder.database
    issues.add_activity(database, issue_id, _activity(), USER)
    issues.add_activity(database, issue_id, _activity(name="คัดกรอง ADL", budgets={BudgetSource.TAMBON_HEALTH_FUND: "5000"},
                                                      contributions=()), USER)
    plan = issues.year_plan(database, 2564)
    issue_plan = plan.issues[0]
    totals = dict(issue_plan.budget_by_source)
    assert totals[BudgetSource.TAMBON_HEALTH_FUND] == Decimal(50000) and totals[BudgetSource.OWN_AGENCY] == Decimal("5000.50")
    assert issue_plan.budget_total == Decimal("55000.50") == sum(dict(plan.budget_by_source).values())
    assert issue_plan.matrix.partners == ("เทศบาลนครภูเก็ต", "ชมรม อสม.")
    assert issue_plan.matrix.partners_bringing(ResourceKind.DATA) == ("ชมรม อสม.",)


@pytest.mark.parametrize("bad", [
    {"start_date": date(2020, 9, 30)},  # the day before FY2564
    {"end_date": date(2021, 10, 1)},  # the day after
    {"budgets": {BudgetSource.OTHER: "-1"}},
    {"budgets": {BudgetSource.OTHER: "หนึ่งพัน"}},
    {"progress_percent": "120"},
    {"tambon_codes": ("100101",)},  # a tambon of Bangkok
    {"name": "  "},
])
def test_a_bad_activity_saves_nothing(folder, issue_id, bad) -> None:
    with pytest.raises(UserFacingError) as refusal:
        issues.add_activity(folder.database, issue_id, _activity(**bad), USER)
    assert refusal.value.message_th and refusal.value.message_en
    assert _rows(folder, "activity") == 0 and _rows(folder, "activity_budget") == 0


def test_copying_an_issue_forward_keeps_goals_kpis_and_plan_and_makes_last_years_results_the_baseline(
        folder, issue_id) -> None:
    database = folder.database
    kpi = issues.add_kpi(database, issue_id, KpiInput("จำนวนครั้งการเยี่ยมบ้าน", "400"), USER)
    issues.save_goals(database, issue_id, [ObjectiveInput("ดูแลต่อเนื่อง", (KeyResultInput("เยี่ยมบ้าน", kpi),))], USER)
    issues.enter_quarter_results(database, 2564, 1, {kpi: "100"}, USER, today=IN_FY2564)
    issues.enter_quarter_results(database, 2564, 2, {kpi: "150"}, USER, today=IN_FY2564)
    issues.add_activity(database, issue_id, _activity(), USER)
    new_id = issues.copy_issue_to_next_year(database, issue_id, USER)
    new = issues.issue_view(database, new_id)
    assert new.fiscal_year == 2565 and new.title == "การดูแลสุขภาพผู้ป่วยติดเตียง" and new.subcommittee_id
    (copied,) = new.kpis
    assert copied.results == (None,) * 4 and copied.status is KpiStatus.NO_DATA
    assert copied.baselines[-1].fiscal_year == 2564 and copied.baselines[-1].value == Decimal(250)
    assert copied.baselines[-1].from_results
    assert new.objectives[0].key_results[0].kpi_id == copied.id
    (activity,) = issues.year_plan(database, 2565).issues[0].activities
    assert activity.start_date == date(2022, 1, 10) and activity.status is ActivityStatus.PLANNED
    assert activity.progress_percent == 0 and activity.budget_total == Decimal("50000.50")
    with pytest.raises(UserFacingError, match="2565"):
        issues.copy_issue_to_next_year(database, issue_id, USER)


def test_the_tambon_overview_shows_which_tambons_have_notable_work(folder, issue_id) -> None:
    work = issues.add_notable_work(folder.database, 2564, "830106", "ฉลองไม่ทิ้งกัน", "ทีมเยี่ยมบ้านทุกสัปดาห์", USER,
                                   issue_id=issue_id)
    with pytest.raises(UserFacingError):
        issues.add_notable_work(folder.database, 2564, "100101", "นอกอำเภอ", "", USER)
    not_a_photo = folder.data_dir.parent / "notes.png"
    not_a_photo.write_bytes(b"not an image")
    with pytest.raises(UserFacingError):
        issues.add_notable_work_photo(folder.workspace, work, not_a_photo, USER)
    assert _rows(folder, "notable_work_photo") == 0
    from PIL import Image

    photo = folder.data_dir.parent / "ฉลอง.png"
    Image.new("RGB", (40, 30), "green").save(photo)
    stored = issues.add_notable_work_photo(folder.workspace, work, photo, USER, caption="ทีมเยี่ยมบ้าน")
    assert stored.media_type == "image/png"
    overview = issues.notable_work_overview(folder.database, 2564)
    assert len(overview) == 8
    with_work = [row.tambon.code for row in overview if row.works]
    assert with_work == ["830106"]
    (shown,) = next(row for row in overview if row.works).works
    assert shown.title == "ฉลองไม่ทิ้งกัน" and shown.issue_title == "การดูแลสุขภาพผู้ป่วยติดเตียง"
    assert [photo.original_name for photo in shown.photos] == ["ฉลอง.png"]


def test_changing_an_activity_keeps_one_row_per_partner_and_source(folder, issue_id) -> None:
    database = folder.database
    activity = issues.add_activity(database, issue_id, _activity(), USER)
    issues.update_activity(database, activity, _activity(progress_percent=100, status=ActivityStatus.DONE,
                                                         budgets={BudgetSource.TAMBON_HEALTH_FUND: "40000"}), USER)
    (view,) = issues.year_plan(database, 2564).issues[0].activities
    assert view.status is ActivityStatus.DONE and view.budget_total == Decimal(40000)
    assert view.partners == ("เทศบาลนครภูเก็ต", "ชมรม อสม.") and _rows(folder, "activity_partner") == 2
    issues.delete_activity(database, activity, USER)
    assert _rows(folder, "activity_partner") == 0 and _rows(folder, "resource_contribution") == 0


def test_baselines_follow_a_kpi_back_three_years_and_typed_ones_fill_the_gaps(folder, issue_id) -> None:
    database = folder.database
    kpi = issues.add_kpi(database, issue_id, KpiInput("จำนวนครั้งการเยี่ยมบ้าน", "400",
                                                      typed_baselines={2562: "300", 2563: "310"}), USER)
    issues.enter_quarter_results(database, 2564, 1, {kpi: "100"}, USER, today=IN_FY2564)
    current = issue_id
    for year in (2565, 2566, 2567):
        current = issues.copy_issue_to_next_year(database, current, USER)
        (copied,) = issues.issue_view(database, current).kpis
        issues.enter_quarter_results(database, year, 1, {copied.id: str(year - 2460)}, USER, today=date(2030, 1, 1))
    (last,) = issues.issue_view(database, current).kpis
    assert [(b.fiscal_year, b.value, b.from_results) for b in last.baselines] == [
        (2564, Decimal(100), True), (2565, Decimal(105), True), (2566, Decimal(106), True)]
    (second,) = issues.issue_view(database, issues.year_kpis(database, 2565).issues[0].id).kpis
    assert [(b.fiscal_year, b.value, b.from_results) for b in second.baselines] == [
        (2562, Decimal(300), False), (2563, Decimal(310), False), (2564, Decimal(100), True)]


def test_notable_work_is_changed_and_removed(folder, issue_id) -> None:
    database = folder.database
    work = issues.add_notable_work(database, 2564, "830106", "ฉลองไม่ทิ้งกัน", "", USER)
    issues.update_notable_work(database, work, "830107", "ราไวย์ไม่ทิ้งกัน", "เยี่ยมบ้าน", USER, issue_id=issue_id)
    other_year = issues.add_year_issue(database, 2565, IssueDetails("ขยะ"), USER)
    with pytest.raises(UserFacingError) as refusal:
        issues.update_notable_work(database, work, "830107", "ราไวย์", "", USER, issue_id=other_year)
    assert "another fiscal year" in refusal.value.message_en
    (row,) = [row for row in issues.notable_work_overview(database, 2564) if row.works]
    assert row.tambon.code == "830107" and row.works[0].title == "ราไวย์ไม่ทิ้งกัน"
    issues.delete_notable_work(database, work, USER)
    assert not any(row.works for row in issues.notable_work_overview(database, 2564))
    with pytest.raises(UserFacingError) as refusal:
        issues.delete_notable_work(database, work, USER)
    assert refusal.value.message_en == "No such notable work"


def test_changing_a_kpi_keeps_its_typed_baselines_and_results(folder, issue_id) -> None:
    database = folder.database
    kpi = issues.add_kpi(database, issue_id, KpiInput("ร้อยละแผลกดทับ", "10", Direction.LOWER_IS_BETTER,
                                                      Combination.AVERAGE, typed_baselines={2563: "14"}), USER)
    issues.enter_quarter_results(database, 2564, 1, {kpi: "9"}, USER, today=IN_FY2564)
    issues.update_kpi(database, kpi, KpiInput("ร้อยละผู้ป่วยมีแผลกดทับรายใหม่", "8", Direction.LOWER_IS_BETTER,
                                              Combination.AVERAGE, typed_baselines={2563: "14", 2562: "15"}), USER)
    (view,) = issues.year_kpis(database, 2564).issues[0].kpis
    assert view.name == "ร้อยละผู้ป่วยมีแผลกดทับรายใหม่" and view.target == 8
    assert [b.value for b in view.baselines] == [None, Decimal(15), Decimal(14)]
    assert view.results[0] == 9 and view.status is KpiStatus.ON_TRACK  # better than the baseline 14, year not over
    with pytest.raises(UserFacingError) as refusal:
        issues.update_kpi(database, kpi, KpiInput("x", "8", typed_baselines={2564: "1"}), USER)
    assert "2561" in refusal.value.message_th
    other = issues.add_year_issue(database, 2564, IssueDetails("อุบัติเหตุทางถนน"), USER)
    with pytest.raises(UserFacingError):  # a key result measured by another issue's KPI
        issues.save_goals(database, other, [ObjectiveInput("ลดอุบัติเหตุ", (KeyResultInput("ลดแผล", kpi),))], USER)


def _uuids(folder, table: str, *columns: str) -> dict:
    connection = sqlite3.connect(folder.database_path)
    try:
        return {row[1:]: row[0] for row in connection.execute(f"SELECT uuid, {', '.join(columns)} FROM {table}")}
    finally:
        connection.close()


def test_saving_an_activity_keeps_the_rows_it_did_not_change_so_the_province_merges_them(folder, issue_id) -> None:
    """What stays the same keeps its uuid; a changed budget or objective result is the same row changed; only
    what was removed goes and only what was added is new."""
    database = folder.database
    first = _activity(objectives=(issues.ActivityObjectiveInput("ผู้ดูแลมีทักษะ", "ร้อยละ 80 ผ่านการประเมิน"),
                                  issues.ActivityObjectiveInput("ลดแผลกดทับ", "ไม่เกิน 5 ราย")))
    activity = issues.add_activity(database, issue_id, first, USER)
    before = {table: _uuids(folder, table, *columns) for table, columns in TABLE_KEYS.items()}
    issues.update_activity(database, activity, _activity(
        partners=("ชมรม อสม.", "รพ.วชิระภูเก็ต"),  # the municipality left, the hospital joined
        budgets={BudgetSource.TAMBON_HEALTH_FUND: "40000", BudgetSource.OWN_AGENCY: "5000.50"},
        objectives=(issues.ActivityObjectiveInput("ผู้ดูแลมีทักษะ", "ร้อยละ 80 ผ่านการประเมิน", "ร้อยละ 92"),
                    issues.ActivityObjectiveInput("ลดแผลกดทับ", "ไม่เกิน 5 ราย"))), USER)
    after = {table: _uuids(folder, table, *columns) for table, columns in TABLE_KEYS.items()}
    assert after["activity_partner"][("ชมรม อสม.",)] == before["activity_partner"][("ชมรม อสม.",)]
    assert ("เทศบาลนครภูเก็ต",) not in after["activity_partner"]
    assert ("รพ.วชิระภูเก็ต",) not in before["activity_partner"]
    assert after["activity_tambon"] == before["activity_tambon"]
    assert after["resource_contribution"] == before["resource_contribution"]
    assert set(after["activity_budget"].values()) == set(before["activity_budget"].values())  # 50,000 → 40,000
    assert set(after["activity_objective"].values()) == set(before["activity_objective"].values())
    (view,) = issues.year_plan(database, 2564).issues[0].activities
    assert view.objectives[0].result == "ร้อยละ 92" and view.partners == ("ชมรม อสม.", "รพ.วชิระภูเก็ต")
    assert dict(view.budgets)[BudgetSource.TAMBON_HEALTH_FUND] == Decimal(40000)


TABLE_KEYS = {
    "activity_partner": ("name",), "activity_tambon": ("tambon_code",), "activity_budget": ("source", "amount"),
    "activity_objective": ("objective", "result"), "resource_contribution": ("partner", "kind", "description"),
}
