"""The One Plan imported from an .xlsx as a secretary meets it: the program's own export comes back as the
same plan, the template filled in imports, every bad row is named with a Thai and an English reason, and a
rejected file changes nothing (one transaction). Hostile workbooks never crash the import."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from pcha_desktop.cli.main import EXIT_OK, main
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.exports.xlsx.plan_workbook import OBJECTIVE_HEADERS, OBJECTIVE_SHEET_TITLE, PLAN_HEADERS
from pcha_desktop.exports.xlsx.plan_workbook import PLAN_SHEET_TITLE, RESOURCE_HEADERS, RESOURCE_SHEET_TITLE
from pcha_desktop.services import issues, plan_import
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import DEMO_PROFILE, DEMO_USER, populate_demo
from pcha_desktop.services.district_profile import save_profile
from pcha_desktop.services.plan_import import PlanImportHasProblems, import_plan, read_plan_workbook

USER = "สมศรี"


def _count(folder, table: str) -> int:
    connection = sqlite3.connect(folder.database_path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def _comparable(plan: issues.YearPlan) -> list:
    """The plan as a user sees it (no ids; resources as the issue's matrix)."""
    return [(issue.title, issue.budget_by_source, issue.matrix,
             [(a.name, a.lead_agency, a.partners, a.tambon_codes, a.start_date, a.end_date, a.status,
               a.progress_percent, a.budgets, a.objectives, a.contributions) for a in issue.activities])
            for issue in plan.issues]


def _filled_template(path: Path, rows: list[list], resources: list[list] = (), objectives: list[list] = ()) -> Path:
    plan_import.export_plan_template(path)
    book = load_workbook(path)
    for row in rows:
        book[PLAN_SHEET_TITLE].append(row)
    for row in resources:
        book[RESOURCE_SHEET_TITLE].append(row)
    for row in objectives:
        book[OBJECTIVE_SHEET_TITLE].append(row)
    book.save(path)
    return path


def _row(name="อบรมผู้ดูแลผู้ป่วยติดเตียง", **changes) -> list:
    values = {
        "ประเด็น": "การดูแลผู้ป่วยติดเตียง", "กิจกรรม/โครงการ": name, "หน่วยงานหลัก": "สสอ.เมืองภูเก็ต",
        "ภาคีร่วมดำเนินการ": "เทศบาลนครภูเก็ต; ชมรม อสม.", "ตำบล": "ตำบลตลาดใหญ่; 830106",
        "วันที่เริ่ม": "10 ม.ค. 2564", "วันที่สิ้นสุด": "31/3/2564", "สถานะ": "กำลังดำเนินการ",
        "ความก้าวหน้า (ร้อยละ)": 60, PLAN_HEADERS[9]: "45,000", PLAN_HEADERS[13]: 5000.5,
    }
    values.update(changes)
    return [values.get(header) for header in PLAN_HEADERS]


def test_the_exported_plan_imports_as_the_same_plan(tmp_path, folder) -> None:
    with open_data_folder(tmp_path / "demo") as demo:
        populate_demo(demo.database, date(2025, 1, 10))
        _give_objectives(demo.database, issues.year_plan(demo.database, 2564).issues[-1].activities[-1])
        exported = issues.export_plan_xlsx(demo.database, 2564, tmp_path / "plan.xlsx")
        original = issues.year_plan(demo.database, 2564)
    result = read_plan_workbook(folder.database, exported)
    assert result.problems == ()
    assert import_plan(folder.database, 2564, result, user_name=USER) == sum(len(i.activities) for i in original.issues)
    assert _comparable(issues.year_plan(folder.database, 2564)) == _comparable(original)
    assert {kind for issue in original.issues for kind in issue.matrix.kinds_pooled()} == set(ResourceKind)
    # the same file again adds nothing and says why, row by row
    with pytest.raises(PlanImportHasProblems) as refusal:
        import_plan(folder.database, 2564, read_plan_workbook(folder.database, exported), user_name=USER)
    assert (PLAN_SHEET_TITLE, 2) in refusal.value.result.bad_rows
    assert _comparable(issues.year_plan(folder.database, 2564)) == _comparable(original)


def _give_objectives(database, activity: issues.ActivityView) -> None:
    """The project summary of seed 003: objectives with their indicators and results."""
    issues.update_activity(database, activity.id, replace(issues.activity_input_of(activity), objectives=(
        issues.ActivityObjectiveInput("ผู้ป่วยได้รับการเยี่ยมบ้าน", "ร้อยละ 90 ของผู้ป่วย", "ร้อยละ 95"),
        issues.ActivityObjectiveInput("ผู้ดูแลมีทักษะ", "ผ่านการอบรม 40 คน", ""))), "demo")


def test_the_filled_in_template_imports_budget_by_source_and_tambons(tmp_path, folder) -> None:
    path = _filled_template(tmp_path / "t.xlsx", [_row()],
                            [["การดูแลผู้ป่วยติดเตียง", "อบรมผู้ดูแลผู้ป่วยติดเตียง", "ชมรม อสม.", "อสม. 40 คน"]])
    assert import_plan(folder.database, 2564, read_plan_workbook(folder.database, path), user_name=USER) == 1
    plan = issues.year_plan(folder.database, 2564).issues[0]
    activity = plan.activities[0]
    assert dict(activity.budgets) == {BudgetSource.TAMBON_HEALTH_FUND: Decimal(45000),
                                      BudgetSource.OWN_AGENCY: Decimal("5000.5")}
    assert activity.tambon_codes == ("830101", "830106") and activity.status is ActivityStatus.IN_PROGRESS
    assert (activity.start_date, activity.end_date) == (date(2021, 1, 10), date(2021, 3, 31))
    assert plan.matrix.partners_bringing(ResourceKind.PEOPLE) == ("ชมรม อสม.",)
    assert _count(folder, "committee") == 1  # the new issue came with its subcommittee


BAD_ROWS = {  # row → the column its problem names
    "negative budget": (_row("ก", **{PLAN_HEADERS[9]: -1}), "budget:tambon_health_fund"),
    "text in a budget": (_row("ข", **{PLAN_HEADERS[10]: "หนึ่งพัน"}), "budget:local_government"),
    "CE year": (_row("ค", **{"วันที่เริ่ม": "1/2/2021"}), "start_date"),
    "outside the fiscal year": (_row("ฎ", **{"วันที่เริ่ม": "1 ต.ค. 2564"}), "start date"),
    "not a date": (_row("ง", **{"วันที่สิ้นสุด": "สิ้นปี"}), "end_date"),
    "a formula without its result": (_row("จ", **{PLAN_HEADERS[11]: "=1+1"}), "budget:provincial_programme"),
    "over-long name": (_row("ฉ" * 5000), "name"),
    "unknown tambon": (_row("ช", **{"ตำบล": "ตำบลไม่มีจริง"}), "tambons"),
    "unknown status": (_row("ซ", **{"สถานะ": "เกือบเสร็จ"}), "status"),
    "wrong total": (_row("ฌ", **{PLAN_HEADERS[-1]: 1}), "total"),
    "no activity": (_row("", **{"กิจกรรม/โครงการ": None}), "name"),
    "control character": (_row("ญ\u202e"), "name"),
    "29 Feb of a BE year in a date cell": (_row("ฏ", **{"วันที่สิ้นสุด": datetime(2564, 2, 29)}), "end_date"),
}


def test_every_bad_row_is_named_and_nothing_is_imported_unless_only_the_good_rows(tmp_path, folder) -> None:
    rows = [_row()] + [row for row, _ in BAD_ROWS.values()]
    path = _filled_template(tmp_path / "bad.xlsx", rows)
    result = read_plan_workbook(folder.database, path)
    with pytest.raises(PlanImportHasProblems) as refusal:
        import_plan(folder.database, 2564, result, user_name=USER)
    problems = refusal.value.result.problems
    named = {problem.row_number: problem for problem in problems}
    assert sorted(named) == list(range(3, 3 + len(BAD_ROWS)))  # every bad row, and only those
    for row_number, (case, (_, column)) in zip(range(3, 3 + len(BAD_ROWS)), BAD_ROWS.items()):
        assert column in {p.column for p in problems if p.row_number == row_number}, case
        assert named[row_number].message_th and named[row_number].message_en
    assert all(len(p.message_th) < 300 for p in problems)  # the 5,000 characters are said by their length
    assert "5,000" in named[3 + list(BAD_ROWS).index("over-long name")].message_th
    assert _count(folder, "activity") == 0 and _count(folder, "quality_of_life_issue") == 0
    assert import_plan(folder.database, 2564, result, only_good=True, user_name=USER) == 1
    assert [a.name for a in issues.year_plan(folder.database, 2564).issues[0].activities] == ["อบรมผู้ดูแลผู้ป่วยติดเตียง"]


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_a_file_that_is_no_workbook_is_refused_with_a_reason(tmp_path, folder, content) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    result = read_plan_workbook(folder.database, path)
    assert result.rows_ok == () and result.problems[0].message_th and result.problems[0].message_en


def test_a_workbook_without_the_plan_sheet_is_refused(tmp_path, folder) -> None:
    book = Workbook()
    book.active.append(["ชื่อ", "นามสกุล"])
    book.save(tmp_path / "members.xlsx")
    result = read_plan_workbook(folder.database, tmp_path / "members.xlsx")
    assert "แผนงาน" in result.problems[0].message_th and result.rows_ok == ()


HOSTILE_CELLS = st.one_of(
    st.none(), st.text(max_size=30), st.text(min_size=300, max_size=400), st.integers(-10**15, 10**15),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2600, 12, 31)),
    st.sampled_from(["=1/0", "=A1", "-5", "@x", "#REF!", "1,000", "๑๒๓", "1 ต.ค. 2563", "30 ก.ย. 2564",
                     "เสร็จสิ้น", "ตำบลกะรน", "\x00", "\u200b", "; ;", "1e400"]),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(HOSTILE_CELLS, max_size=len(PLAN_HEADERS) + 2), max_size=6),
       resources=st.lists(st.lists(HOSTILE_CELLS, max_size=len(RESOURCE_HEADERS)), max_size=3),
       objectives=st.lists(st.lists(HOSTILE_CELLS, max_size=len(OBJECTIVE_HEADERS)), max_size=3),
       with_header=st.booleans())
def test_hostile_workbooks_never_crash_and_a_rejection_writes_nothing(tmp_path, folder, rows, resources, objectives,
                                                                       with_header) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = PLAN_SHEET_TITLE
    if with_header:
        sheet.append(list(PLAN_HEADERS))
    for row in rows:
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
                value = value.encode("unicode_escape").decode()  # openpyxl refuses to write these at all
            try:
                sheet.cell(row=sheet.max_row + 1 if column == 1 else sheet.max_row, column=column).value = value
            except (ValueError, TypeError):
                pass
    extra = book.create_sheet(RESOURCE_SHEET_TITLE)
    extra.append(list(RESOURCE_HEADERS))
    for row in resources:
        extra.append([v if not isinstance(v, str) else v.encode("unicode_escape").decode() for v in row])
    goals = book.create_sheet(OBJECTIVE_SHEET_TITLE)
    goals.append(list(OBJECTIVE_HEADERS))
    for row in objectives:
        goals.append([v if not isinstance(v, str) else v.encode("unicode_escape").decode() for v in row])
    path = tmp_path / "hostile.xlsx"
    book.save(path)
    before = (_count(folder, "activity"), _count(folder, "quality_of_life_issue"), _count(folder, "activity_objective"))
    result = read_plan_workbook(folder.database, path)
    assert all(p.message_th and p.message_en for p in result.problems)
    try:
        added = import_plan(folder.database, 2564, result, user_name=USER)
    except PlanImportHasProblems as refusal:
        assert refusal.message_th and refusal.message_en
        assert (_count(folder, "activity"), _count(folder, "quality_of_life_issue"),
                _count(folder, "activity_objective")) == before
    except issues.UserFacingError:
        assert (_count(folder, "activity"), _count(folder, "quality_of_life_issue"),
                _count(folder, "activity_objective")) == before
    else:
        assert not result.problems and _count(folder, "activity") == before[0] + added


def test_the_command_line_writes_the_template_and_imports_a_plan(tmp_path, capsys) -> None:
    data_dir = tmp_path / "d"
    with open_data_folder(data_dir) as folder:
        save_profile(folder.database, DEMO_PROFILE, DEMO_USER)
    template = tmp_path / "แผน.xlsx"
    assert main(["plan-template", "--out", str(template)]) == EXIT_OK
    _filled_template(template, [_row(), _row("ข", **{PLAN_HEADERS[9]: -5})])
    code = main(["import-plan", str(template), "--fy", "2564", "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    assert code != EXIT_OK and "Traceback" not in captured.err
    assert "แผนงาน แถว/row 3" in captured.err and "must not be negative" in captured.err
    assert main(["import-plan", str(template), "--fy", "2564", "--only-good", "--data-dir", str(data_dir)]) == EXIT_OK
    assert "Imported 1 activities into FY2564" in capsys.readouterr().out


def test_the_template_has_the_exports_sheets_a_status_list_and_no_formulas(tmp_path, folder) -> None:
    path = plan_import.export_plan_template(tmp_path)
    assert path.name == "แบบฟอร์มแผนงาน.xlsx"
    book = load_workbook(path)
    assert book.sheetnames[:3] == [PLAN_SHEET_TITLE, RESOURCE_SHEET_TITLE, OBJECTIVE_SHEET_TITLE]
    assert [cell.value for cell in book[PLAN_SHEET_TITLE][1]] == list(PLAN_HEADERS)
    assert "เสร็จสิ้น" in book[PLAN_SHEET_TITLE].data_validations.dataValidation[0].formula1
    assert not any(cell.data_type == "f" for sheet in book for row in sheet.iter_rows() for cell in row)
    result = read_plan_workbook(folder.database, path)  # empty: said so, nothing to import
    assert result.rows_ok == () and "No activities" in result.problems[0].message_en
    with pytest.raises(PlanImportHasProblems):
        import_plan(folder.database, 2564, result, user_name=USER)


ISSUE = "การดูแลผู้ป่วยติดเตียง"


def test_resources_and_objectives_land_on_the_activity_whose_name_they_give(tmp_path, folder) -> None:
    """Two activities of one issue: what the file gives the second is the second's (it used to be the
    first's), and its project objectives come with it."""
    path = _filled_template(
        tmp_path / "two.xlsx", [_row("อบรม"), _row("เยี่ยมบ้าน")],
        [[ISSUE, "เยี่ยมบ้าน", "ชมรม อสม.", "อสม. 40 คน", None, "รถพยาบาล"],
         [ISSUE, "อบรม", "เทศบาลนครภูเก็ต", None, "ค่าอาหาร"]],
        [[ISSUE, "เยี่ยมบ้าน", "ผู้ป่วยได้รับการเยี่ยม", "ร้อยละ 90", "ร้อยละ 95"],
         [ISSUE, "เยี่ยมบ้าน", "ลดแผลกดทับ", "ไม่เกิน 5 ราย", None]])
    assert import_plan(folder.database, 2564, read_plan_workbook(folder.database, path), user_name=USER) == 2
    training, visits = issues.year_plan(folder.database, 2564).issues[0].activities
    assert training.name == "อบรม" and training.objectives == ()
    assert training.contributions == (issues.ContributionInput("เทศบาลนครภูเก็ต", ResourceKind.MONEY, "ค่าอาหาร"),)
    assert {(c.partner, c.kind, c.description) for c in visits.contributions} == {
        ("ชมรม อสม.", ResourceKind.PEOPLE, "อสม. 40 คน"), ("ชมรม อสม.", ResourceKind.THINGS, "รถพยาบาล")}
    assert visits.objectives == (issues.ActivityObjectiveInput("ผู้ป่วยได้รับการเยี่ยม", "ร้อยละ 90", "ร้อยละ 95"),
                                 issues.ActivityObjectiveInput("ลดแผลกดทับ", "ไม่เกิน 5 ราย", ""))


def test_a_resource_or_objective_row_of_no_activity_in_the_file_is_named_and_nothing_is_imported(
        tmp_path, folder) -> None:
    path = _filled_template(
        tmp_path / "orphans.xlsx", [_row("อบรม"), _row("ผิด", **{PLAN_HEADERS[9]: -1})],
        [[ISSUE, "อบรม", "ชมรม อสม.", "อสม. 40 คน"], [ISSUE, "ไม่มีในแผน", "เทศบาลนครภูเก็ต", None, "ค่าอาหาร"],
         [ISSUE, "ผิด", "รพ.วชิระภูเก็ต", "แพทย์ 2 คน"]],
        [[ISSUE, "อบรม", None, "ร้อยละ 90"], [ISSUE, "อบรม", "ผู้ดูแลมีทักษะ", "ร้อยละ 80"]])
    result = read_plan_workbook(folder.database, path)
    with pytest.raises(PlanImportHasProblems) as refusal:
        import_plan(folder.database, 2564, result, user_name=USER)
    bad = refusal.value.result.bad_rows
    assert set(bad) == {(OBJECTIVE_SHEET_TITLE, 2), (PLAN_SHEET_TITLE, 3), (RESOURCE_SHEET_TITLE, 3),
                        (RESOURCE_SHEET_TITLE, 4)}
    assert all(p.message_th and p.message_en for p in refusal.value.result.problems)
    assert _count(folder, "activity") == 0 and _count(folder, "resource_contribution") == 0
    assert import_plan(folder.database, 2564, result, only_good=True, user_name=USER) == 1
    (activity,) = issues.year_plan(folder.database, 2564).issues[0].activities
    assert [c.partner for c in activity.contributions] == ["ชมรม อสม."]
    assert [o.objective for o in activity.objectives] == ["ผู้ดูแลมีทักษะ"]


def test_a_resource_sheet_without_the_activity_column_gives_the_issues_first_activity(tmp_path, folder) -> None:
    """A file written before the activity column existed still imports."""
    book = Workbook()
    sheet = book.active
    sheet.title = PLAN_SHEET_TITLE
    sheet.append(list(PLAN_HEADERS))
    sheet.append(_row("อบรม"))
    sheet.append(_row("เยี่ยมบ้าน"))
    old = book.create_sheet(RESOURCE_SHEET_TITLE)
    old.append(["ประเด็น", "ภาคี", "คน"])
    old.append([ISSUE, "ชมรม อสม.", "อสม. 40 คน"])
    book.save(tmp_path / "old.xlsx")
    assert import_plan(folder.database, 2564, read_plan_workbook(folder.database, tmp_path / "old.xlsx"),
                       user_name=USER) == 2
    first, second = issues.year_plan(folder.database, 2564).issues[0].activities
    assert [c.partner for c in first.contributions] == ["ชมรม อสม."] and second.contributions == ()


WORDS = st.lists(st.sampled_from(["อบรม", "ผู้ดูแล", "ร้อยละ", "90", "อสม.", "ทะเบียน", "(ADL)", "เยี่ยมบ้าน", "1,000",
                                  "บาท", "Caregiver", "ทีม", "ตำบล", "ก.", "5.5"]), min_size=1, max_size=4).map(" ".join)
# (a kind's own name alone, e.g. "คน", is how the workbook writes a resource without a description)
CONTRIBUTIONS = st.lists(st.tuples(st.sampled_from(["เทศบาลตำบลฉลอง", "ชมรม อสม.", "รพ.สต.ราไวย์"]),
                                   st.sampled_from(list(ResourceKind)), WORDS), max_size=4)
OBJECTIVES = st.lists(st.tuples(WORDS, st.one_of(st.just(""), WORDS), st.one_of(st.just(""), WORDS)), max_size=3)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # an example takes a second: no long shrinking
@given(plan=st.lists(st.tuples(st.sampled_from(["ผู้ป่วยติดเตียง", "อุบัติเหตุทางถนน"]), OBJECTIVES, CONTRIBUTIONS),
                     min_size=1, max_size=4))
def test_any_plan_written_and_read_back_keeps_each_activitys_objectives_and_resources(tmp_path_factory, plan) -> None:
    """Whatever the objectives and resources, each activity gets back its own, in order."""
    folders = tmp_path_factory.mktemp("round")
    with open_data_folder(folders / "a") as source, open_data_folder(folders / "b") as target:
        for data in (source, target):
            save_profile(data.database, DEMO_PROFILE, DEMO_USER)
        issue_ids: dict[str, int] = {}
        for number, (title, objectives, contributions) in enumerate(plan):
            if title not in issue_ids:
                issue_ids[title] = issues.add_year_issue(source.database, 2564, issues.IssueDetails(title), USER)
            issues.add_activity(source.database, issue_ids[title], issues.ActivityInput(
                f"กิจกรรม {number}", partners=("เทศบาลตำบลฉลอง",),
                objectives=tuple(issues.ActivityObjectiveInput(*o) for o in objectives),
                contributions=tuple(issues.ContributionInput(*c) for c in contributions)), USER)
        written = issues.export_plan_xlsx(source.database, 2564, folders / "plan.xlsx")
        result = read_plan_workbook(target.database, written)
        assert result.problems == ()
        import_plan(target.database, 2564, result, user_name=USER)

        def seen(data) -> dict:
            return {a.name: (a.objectives, sorted((c.partner, c.kind.value, c.description) for c in a.contributions))
                    for issue in issues.year_plan(data.database, 2564).issues for a in issue.activities}

        assert seen(target) == seen(source)
