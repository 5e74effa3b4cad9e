"""The year's guide read from a district's data: steps the data tells, hand ticks, strategies, due dates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.domain import year_guide as g
from pcha_desktop.domain.year_guide import StepState, StrategyListError, YearStep
from pcha_desktop.services import issues, year_guide
from pcha_desktop.services.errors import UserFacingError

APRIL = date(2021, 4, 20)


def _step(guide: year_guide.YearGuide, step: YearStep):  # noqa: ANN202
    return next(item for item in guide.steps if item.step is step)


def test_the_demo_year_tells_its_steps_from_the_data(demo_folder) -> None:  # noqa: ANN001
    guide = year_guide.year_guide(demo_folder.database, 2564, APRIL)
    assert _step(guide, YearStep.CHOOSE_ISSUES).state is StepState.DONE
    assert _step(guide, YearStep.ONE_PLAN).state is StepState.DONE
    assert _step(guide, YearStep.UCCARE_BEFORE_AFTER).state is StepState.DONE  # self-assessed before and after
    meetings = _step(year_guide.year_guide(demo_folder.database, 2564, date(2021, 10, 1)), YearStep.FOUR_MEETINGS)
    # five district meetings, one without quorum; the minutes of the fifth are not sent yet
    assert meetings.done == 3
    assert [item.th for item in meetings.missing] == ["รายงานการประชุมครั้งที่ 5/2564 ยังไม่ได้ส่งจังหวัด"]
    assert _step(guide, YearStep.TAMBON_COMMITTEES).state is StepState.LATE
    assert "ตำบลเกาะแก้วยังไม่มี พชต." in [item.th for item in guide.missing]
    document = json.loads(json.dumps(year_guide.guide_document(guide), ensure_ascii=False))
    assert [step["number"] for step in document["steps"]] == list(range(1, 16))
    assert document["steps_done"] == guide.done_and_late[0]


def test_an_issue_without_plan_shows_until_it_gets_an_activity(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    issue_id = issues.add_year_issue(database, 2564, issues.IssueDetails(title="ขยะต้นทาง"), "สมศรี")
    guide = year_guide.year_guide(database, 2564, APRIL)
    assert _step(guide, YearStep.ONE_PLAN).state is StepState.LATE
    assert "ประเด็นที่ 5 ยังไม่มีกิจกรรมในแผน" in [item.th for item in guide.missing]
    activity = issues.add_activity(database, issue_id, issues.ActivityInput(name="ธนาคารขยะ", lead_agency="เทศบาล"),
                                   "สมศรี")
    guide = year_guide.year_guide(database, 2564, APRIL)
    assert _step(guide, YearStep.ONE_PLAN).state is StepState.LATE  # one agency's activity is not yet One Plan
    assert "ประเด็นที่ 5 แผนยังไม่ระบุภาคีที่ร่วมดำเนินงานหรือร่วมทรัพยากร" in [item.th for item in guide.missing]
    issues.update_activity(database, activity, issues.ActivityInput(
        name="ธนาคารขยะ", lead_agency="เทศบาล", contributions=(issues.ContributionInput(
            partner="ร้านรับซื้อของเก่า", kind=issues.ResourceKind.THINGS, description="รถรับขยะ"),)), "สมศรี")
    assert _step(year_guide.year_guide(database, 2564, APRIL), YearStep.ONE_PLAN).state is StepState.DONE


def test_only_what_the_data_cannot_tell_is_ticked_by_hand(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    year_guide.tick_step(database, 2564, YearStep.CHIEF_BRIEF, date(2021, 3, 10), "ประชุม กบจ. มี.ค.", "สมศรี")
    step = _step(year_guide.year_guide(database, 2564, APRIL), YearStep.CHIEF_BRIEF)
    assert step.state is StepState.DONE and step.manual.note == "ประชุม กบจ. มี.ค."
    with pytest.raises(UserFacingError):
        year_guide.tick_step(database, 2564, YearStep.ONE_PLAN, date(2021, 3, 10), "", "สมศรี")
    with pytest.raises(UserFacingError):
        year_guide.tick_step(database, 2564, YearStep.CHIEF_BRIEF, date(2022, 3, 10), "", "สมศรี")
    year_guide.untick_step(database, 2564, YearStep.CHIEF_BRIEF, "สมศรี")
    assert _step(year_guide.year_guide(database, 2564, APRIL), YearStep.CHIEF_BRIEF).state is StepState.LATE


def test_strategies_chosen_from_the_list_complete_step_15(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    suggestions = year_guide.default_strategies()
    year_guide.choose_strategies(database, 2564, suggestions, ["small_success", "mou"], "สมศรี")
    assert set(year_guide.chosen_strategies(database, 2564)) == {"small_success", "mou"}
    assert _step(year_guide.year_guide(database, 2564, APRIL), YearStep.STRATEGIES).state is StepState.DONE
    with pytest.raises(UserFacingError):
        year_guide.choose_strategies(database, 2564, suggestions, ["not_a_strategy"], "สมศรี")
    assert set(year_guide.chosen_strategies(database, 2564)) == {"small_success", "mou"}
    year_guide.choose_strategies(database, 2564, suggestions, [], "สมศรี")
    assert year_guide.chosen_strategies(database, 2564) == {}


def test_a_province_sets_its_own_due_dates(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    year_guide.set_due_dates(database, {YearStep.ONE_PLAN: (1, 31)}, "สมศรี")
    assert year_guide.due_dates(database).of(YearStep.ONE_PLAN, 2564) == date(2021, 1, 31)
    with pytest.raises(UserFacingError):
        year_guide.set_due_dates(database, {YearStep.ONE_PLAN: (2, 30)}, "สมศรี")


def test_a_foreign_strategy_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    bad = tmp_path / "list.json"
    bad.write_bytes(b"\xff\xfe not text")
    with pytest.raises(StrategyListError):
        year_guide.read_strategy_file(bad)
    with pytest.raises(StrategyListError):
        year_guide.read_strategy_file(tmp_path / "missing.json")


def test_a_quarter_is_reported_once_its_bundle_is_marked_sent(demo_folder, tmp_path: Path) -> None:  # noqa: ANN001
    from pcha_desktop.services import bundles

    database = demo_folder.database
    step = _step(year_guide.year_guide(database, 2564, APRIL), YearStep.PROGRESS_REPORTS)
    assert "รายงานความก้าวหน้ารอบ 3 เดือน ยังไม่ได้ส่งจังหวัด" in [item.th for item in step.missing]
    bundles.export_bundle(database, "2564Q1", tmp_path / "q1.pcha", "สมศรี", user_folder=tmp_path / "user")
    assert "รายงานความก้าวหน้ารอบ 3 เดือน ยังไม่ได้ส่งจังหวัด" in [  # written is not sent
        item.th for item in _step(year_guide.year_guide(database, 2564, APRIL), YearStep.PROGRESS_REPORTS).missing]
    bundles.mark_sent(database, "2564Q1", "สมศรี")
    missing = [item.th for item in _step(year_guide.year_guide(database, 2564, APRIL), YearStep.PROGRESS_REPORTS).missing]
    assert "รายงานความก้าวหน้ารอบ 3 เดือน ยังไม่ได้ส่งจังหวัด" not in missing
    assert "รายงานความก้าวหน้ารอบ 6 เดือน ยังไม่ได้ส่งจังหวัด" in missing


def test_an_earlier_order_counts_until_the_members_change(demo_folder) -> None:  # noqa: ANN001
    """Seed 004 steps 2 and 3: the orders are brought up to date when members change or move, and a copy of
    the new order goes to the province; a year with nobody changed needs no new order."""
    from pcha_desktop.services import committees

    database = demo_folder.database
    district = committees.find_district_committee(database)
    day = date(2022, 1, 10)  # FY2565: the demo's order in force is of FY2564
    assert committees.list_members(database, district.id, on_date=day)

    def orders_steps() -> tuple[g.StepProgress, g.StepProgress]:
        guide = year_guide.year_guide(database, 2565, day)
        return _step(guide, YearStep.UPDATE_ORDERS), _step(guide, YearStep.SEND_ORDER_COPIES)

    assert [step.state for step in orders_steps()] == [StepState.DONE, StepState.DONE]  # nobody changed
    leaving = committees.list_members(database, district.id, on_date=day)[-1]
    committees.end_membership(database, leaving.membership_id, date(2021, 12, 1), "สมศรี")
    orders, copies = orders_steps()
    assert orders.state is not StepState.DONE and copies.state is not StepState.DONE
    assert [item.th for item in orders.missing] == [
        "กรรมการ พชอ. เปลี่ยนแปลงหลังคำสั่งที่ใช้อยู่ ต้องออกคำสั่งแต่งตั้งฉบับใหม่"]


def test_the_year_end_report_is_the_twelve_month_round_or_the_year(demo_folder, tmp_path: Path) -> None:  # noqa: ANN001
    from pcha_desktop.services import bundles

    database = demo_folder.database
    after = date(2021, 10, 20)
    year_end = "รายงานสรุปผลการดำเนินงานประจำปี (รอบ 12 เดือน) ยังไม่ได้ส่งจังหวัด"

    def missing() -> list[str]:
        return [item.th for item in _step(year_guide.year_guide(database, 2564, after), YearStep.PROGRESS_REPORTS).missing]

    assert year_end in missing()
    bundles.export_bundle(database, "2564Q4", tmp_path / "q4.pcha", "สมศรี", user_folder=tmp_path / "user")
    bundles.mark_sent(database, "2564Q4", "สมศรี")
    assert year_end in missing()  # the fourth quarter alone is not the year's summary
    bundles.export_bundle(database, "2564", tmp_path / "year.pcha", "สมศรี", user_folder=tmp_path / "user")
    bundles.mark_sent(database, "2564", "สมศรี")
    assert year_end not in missing()
