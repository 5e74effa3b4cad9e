"""Editing the year's issues as one dialog saves them: details, target groups, goals and quarterly notes in one
transaction (a bad count anywhere saves nothing), issues reordered and deleted (never with a subcommittee that
has a history), and the snapshots undo puts back."""

from __future__ import annotations

from datetime import date

import pytest

from pcha_desktop.domain.kpis import Combination, Dimension, Direction, IssueArea, TargetGroup
from pcha_desktop.services import committees, issues
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.issues import (
    IssueDetails,
    IssueEdit,
    KeyResultInput,
    KpiInput,
    ObjectiveInput,
    QuarterNoteView,
    TargetGroupInput,
)
from pcha_desktop.storage.models import CommitteeRole, Sector

USER = "สมศรี"


def _edit(title: str = "ขยะต้นทาง", count: str | int = "120") -> IssueEdit:
    return IssueEdit(
        IssueDetails(title, IssueArea.WASTE_AT_SOURCE, frozenset({Dimension.ENVIRONMENT, Dimension.HEALTH}),
                     "ขยะในชุมชนเพิ่มขึ้น"),
        (TargetGroupInput(TargetGroup.DISADVANTAGED, count), TargetGroupInput(TargetGroup.OTHER, "40", "ครัวเรือน")),
        (ObjectiveInput("ลดขยะต้นทาง", (KeyResultInput("ครัวเรือนคัดแยกขยะ"),)),),
        (QuarterNoteView(1, "งบล่าช้า", "ประสาน อปท."),),
    )


def test_a_whole_issue_is_added_and_read_back_as_its_edit(folder) -> None:
    issue_id = issues.add_issue_with(folder.database, 2564, _edit(), USER)
    view = issues.issue_view(folder.database, issue_id)
    assert view.title == "ขยะต้นทาง" and view.area is IssueArea.WASTE_AT_SOURCE and not view.health_only
    assert [(g.group, g.count, g.label) for g in view.target_groups] == [
        (TargetGroup.DISADVANTAGED, 120, ""), (TargetGroup.OTHER, 40, "ครัวเรือน")]
    assert view.objectives[0].key_results[0].text == "ครัวเรือนคัดแยกขยะ"
    assert [(n.quarter, n.obstacles) for n in view.quarter_notes] == [(1, "งบล่าช้า")]  # empty quarters: no rows
    summary = issues.issue_subcommittee_summary(folder.database, issue_id, date(2021, 1, 1))
    assert summary is not None and "ขยะต้นทาง" in summary.name and summary.current_members == 0
    again = issues.issue_edit_of(view)
    issues.save_issue(folder.database, issue_id, again, USER)
    assert issues.issue_view(folder.database, issue_id) == view  # saving what it reads changes nothing
    renamed = IssueEdit(IssueDetails("ขยะและสิ่งแวดล้อม", view.area, view.dimensions), again.target_groups)
    issues.save_issue(folder.database, issue_id, renamed, USER)
    summary = issues.issue_subcommittee_summary(folder.database, issue_id, date(2021, 1, 1))
    assert summary is not None and summary.name.endswith("ประเด็นขยะและสิ่งแวดล้อม")  # its subcommittee follows
    assert issues.issue_view(folder.database, issue_id).quarter_notes == view.quarter_notes  # notes left out: kept


@pytest.mark.parametrize("count", ["-3", "สิบ", "2.5", ""])
def test_a_bad_count_saves_nothing_of_the_whole_edit(folder, count) -> None:
    issue_id = issues.add_issue_with(folder.database, 2564, _edit(), USER)
    before = issues.issue_view(folder.database, issue_id)
    changed = _edit("ชื่อใหม่", count)
    with pytest.raises(UserFacingError) as refusal:
        issues.save_issue(folder.database, issue_id, changed, USER)
    assert "กลุ่มเป้าหมาย" in refusal.value.message_th and "ount" in refusal.value.message_en
    assert issues.issue_view(folder.database, issue_id) == before  # the title did not change either
    with pytest.raises(UserFacingError):
        issues.add_issue_with(folder.database, 2564, changed, USER)
    assert len(issues.year_kpis(folder.database, 2564).issues) == 1


def test_issues_move_up_and_down_and_stop_at_the_ends(folder) -> None:
    ids = [issues.add_issue_with(folder.database, 2564, _edit(title), USER) for title in ("ก", "ข", "ค")]
    assert issues.move_year_issue(folder.database, ids[2], -1, USER)
    assert [i.title for i in issues.year_kpis(folder.database, 2564).issues] == ["ก", "ค", "ข"]
    assert not issues.move_year_issue(folder.database, ids[0], -1, USER)
    assert issues.move_year_issue(folder.database, ids[0], 1, USER)
    assert [i.title for i in issues.year_kpis(folder.database, 2564).issues] == ["ค", "ก", "ข"]
    assert [c.issue_id for c in committees.subcommittees(folder.database, 2564)] == [ids[2], ids[0], ids[1]]


def test_an_issue_is_deleted_with_its_kpis_unless_its_subcommittee_has_a_history(folder) -> None:
    database = folder.database
    keep, gone = (issues.add_issue_with(database, 2564, _edit(title), USER) for title in ("ก", "ข"))
    issues.add_kpi(database, gone, KpiInput("ครัวเรือนคัดแยกขยะ", "80"), USER)
    issues.delete_year_issue(database, gone, USER)
    year = issues.year_kpis(database, 2564)
    assert [i.id for i in year.issues] == [keep] and year.below_minimum
    assert [c.issue_id for c in committees.subcommittees(database, 2564)] == [keep]
    subcommittee = issues.issue_view(database, keep).subcommittee_id
    committees.add_member(database, subcommittee, committees.MemberInput(
        first_name="ทดสอบ", last_name="ระบบ", title="นาย", role=CommitteeRole.CHAIR, sector=Sector.STATE,
        start_date=date(2020, 10, 1)), USER)
    with pytest.raises(UserFacingError) as refusal:
        issues.delete_year_issue(database, keep, USER)
    assert "ลบประเด็น" in refusal.value.message_th and "cannot be deleted" in refusal.value.message_en
    assert [i.id for i in issues.year_kpis(database, 2564).issues] == [keep]


def test_a_kpi_reads_back_as_its_input_with_only_the_typed_baselines(folder) -> None:
    database = folder.database
    old_issue = issues.add_issue_with(database, 2563, _edit(), USER)
    kpi = issues.add_kpi(database, old_issue, KpiInput("ครัวเรือนคัดแยกขยะ", "80", Direction.HIGHER_IS_BETTER,
                                                       Combination.LAST, "ร้อยละ", {2561: "55"}), USER)
    issues.enter_quarter_results(database, 2563, 4, {kpi: "70"}, USER, today=date(2020, 9, 1))
    new_issue = issues.copy_issue_to_next_year(database, old_issue, USER)
    view = issues.issue_view(database, new_issue).kpis[0]
    assert [(b.fiscal_year, b.value, b.from_results) for b in view.baselines] == [
        (2561, 55, False), (2562, None, False), (2563, 70, True)]
    data = issues.kpi_input_of(view)
    assert dict(data.typed_baselines) == {2561: 55} and data.combination is Combination.LAST
    issues.update_kpi(database, view.id, data, USER)
    assert issues.issue_view(database, new_issue).kpis[0] == view
