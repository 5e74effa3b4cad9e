"""Bulk member entry: pasted tables and .xlsx files; bad input never crashes and never partly imports."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from pcha_desktop.services import committees
from pcha_desktop.services.member_import import (
    ImportHasProblems,
    export_member_template,
    import_members,
    parse_pasted_text,
    read_member_workbook,
)
from pcha_desktop.storage.models import CommitteeRole, Sector

U = "tester"
DEFAULT_START = date(2020, 10, 1)

GOOD_PASTE = (
    "\ufeffลำดับ\tชื่อ-สกุล\tตำแหน่ง\tหน่วยงาน\tภาคส่วน\tบทบาท\tวันที่เริ่ม\tโทรศัพท์\r\n"
    "\r\n"
    "๑\tนายวรวุฒิ ทองประเสริฐ\tนายอำเภอเมืองภูเก็ต\tที่ว่าการอำเภอ\tภาครัฐ\tประธานกรรมการ\t๑ ต.ค. ๒๕๖๓\t๐๗๖-๒๑๑-๐๐๐\r\n"
    "2\tนางสาวปิยะนุช ศรีวงศ์\tนักวิชาการสาธารณสุข\tสสอ.\tรัฐ\tกรรมการและผู้ช่วยเลขานุการ\t\t\r\n"
    "3\tนายสมเกียรติ เพชรรัตน์\tนายกเทศมนตรี\tเทศบาลนครภูเก็ต\tอปท.\tกรรมการ\t1/10/2563\t\r\n"
    "\n"
)


@pytest.fixture
def committee_id(folder) -> int:  # type: ignore[no-untyped-def]
    return committees.district_committee(folder.database, U).id


def member_names(database, committee_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.full_name for m in committees.list_members(database, committee_id, include_ended=True)]


def test_a_good_paste_imports_every_row(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    result = parse_pasted_text(GOOD_PASTE, DEFAULT_START)
    assert result.problems == () and len(result.rows_ok) == 3
    first = result.rows_ok[0]
    assert first.row_number == 3
    assert (first.member.title, first.member.first_name, first.member.last_name) == ("นาย", "วรวุฒิ", "ทองประเสริฐ")
    assert first.member.start_date == date(2020, 10, 1) and first.member.phone == "076-211-000"
    assert result.rows_ok[1].member.role == CommitteeRole.ASSISTANT_SECRETARY
    assert result.rows_ok[2].member.sector == Sector.LOCAL_GOVERNMENT
    assert import_members(folder.database, committee_id, result, user_name=U) == 3
    assert member_names(folder.database, committee_id) == [
        "นายวรวุฒิ ทองประเสริฐ", "นายสมเกียรติ เพชรรัตน์", "นางสาวปิยะนุช ศรีวงศ์"
    ]


def test_english_headers_and_no_header() -> None:
    english = "Title\tFirst name\tLast name\tPosition\tOrganisation\tSector\tRole\nMrs.\tJane\tDoe\tNurse\tRPH\tcivil society\tmember\n"
    assert len(parse_pasted_text(english, DEFAULT_START).rows_ok) == 1
    headerless = "นาง\tมาลี\tบุญ\tประธาน อสม.\tชมรม\tภาคประชาชน\tกรรมการ\n"
    result = parse_pasted_text(headerless, DEFAULT_START)
    assert result.problems == () and result.rows_ok[0].member.start_date == DEFAULT_START


def test_problems_name_the_users_rows_and_nothing_is_imported(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    text = GOOD_PASTE + "4\tนายสมชาย ใจดี\tครู\tโรงเรียน\tดาวอังคาร\tกรรมการ\t\t\n5\t\t\t\tภาครัฐ\tหัวหน้า\t32 ธ.ค. 2563\t\n"
    result = parse_pasted_text(text, DEFAULT_START)
    assert result.bad_row_numbers == (7, 8)
    assert {(p.row_number, p.column) for p in result.problems} == {
        (7, "sector"), (8, "first_name"), (8, "role"), (8, "start_date")
    }
    with pytest.raises(ImportHasProblems):
        import_members(folder.database, committee_id, result, user_name=U)
    assert member_names(folder.database, committee_id) == []
    assert import_members(folder.database, committee_id, result, only_good=True, user_name=U) == 3
    assert len(member_names(folder.database, committee_id)) == 3


def test_a_row_that_makes_an_impossible_committee_stops_the_whole_import(folder, committee_id) -> None:  # type: ignore[no-untyped-def]
    text = "นาย\tก\tข\t\t\tภาครัฐ\tประธาน\nนาย\tค\tง\t\t\tภาครัฐ\tประธาน\n"
    with pytest.raises(Exception, match="แถวที่ 2"):
        import_members(folder.database, committee_id, parse_pasted_text(text, DEFAULT_START), user_name=U)
    assert member_names(folder.database, committee_id) == []


CELL = st.one_of(
    st.none(), st.text(max_size=30), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.sampled_from(["ภาครัฐ", "กรรมการ", "ประธาน", "นายสมชาย ใจดี", "๑ ต.ค. ๖๓", "31/02/2563", "\t", "=1+1", "\ufeff"]),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=600))
def test_any_pasted_text_never_crashes_and_never_partly_imports(folder, committee_id, text: str) -> None:  # type: ignore[no-untyped-def]
    before = member_names(folder.database, committee_id)
    result = parse_pasted_text(text, DEFAULT_START)
    try:
        import_members(folder.database, committee_id, result, user_name=U)
    except Exception as error:  # noqa: BLE001
        assert hasattr(error, "message_th"), error
        assert member_names(folder.database, committee_id) == before
    else:
        assert not result.problems
        assert len(member_names(folder.database, committee_id)) == len(before) + len(result.rows_ok)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, max_size=11), max_size=8))
def test_any_sheet_never_crashes_and_imports_all_or_nothing(folder, committee_id, tmp_path_factory, rows) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("sheet") / "members.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append([_storable(cell) for cell in row])
    workbook.save(path)
    before = member_names(folder.database, committee_id)
    result = read_member_workbook(path, DEFAULT_START)
    try:
        count = import_members(folder.database, committee_id, result, user_name=U)
    except Exception as error:  # noqa: BLE001
        assert hasattr(error, "message_th"), error
        assert member_names(folder.database, committee_id) == before
    else:
        assert count == len(result.rows_ok) and not result.problems
        assert len(member_names(folder.database, committee_id)) == len(before) + count


def _storable(cell: object) -> object:
    if isinstance(cell, str):  # openpyxl refuses control characters in cells
        return "".join(ch for ch in cell if ch in "\t\n" or ord(ch) >= 32)
    if isinstance(cell, float) and cell != cell:
        return None
    return cell


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x03\x04broken zip", b"%PDF-1.4\n"],
)
def test_files_that_are_not_workbooks_are_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "members.xlsx"
    path.write_bytes(content)
    result = read_member_workbook(path, DEFAULT_START)
    assert result.rows_ok == () and result.problems[0].row_number == 0 and result.problems[0].message_th


def test_a_zip_that_is_not_a_workbook_is_reported(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert read_member_workbook(path, DEFAULT_START).problems[0].message_en.startswith("Cannot read")


def test_the_template_round_trip(folder, committee_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_member_template(tmp_path / "template.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["รายชื่อกรรมการ"]
    assert sheet["A1"].value == "คำนำหน้า" and len(sheet.data_validations.dataValidation) == 2
    assert "คำอธิบาย" in workbook.sheetnames
    sheet.append(["นาง", "มาลี", "บุญประคอง", "ประธาน อสม.", "ชมรม อสม.", "ภาคประชาชน", "กรรมการ", datetime(2020, 10, 1)])
    sheet.append(["", "นายสุรชัย แก้วมณี", "", "สาธารณสุขอำเภอ", "สสอ.", "ภาครัฐ", "กรรมการและเลขานุการ", "1 ต.ค. 2563"])
    workbook.save(path)
    result = read_member_workbook(path, DEFAULT_START)
    assert result.problems == ()
    assert [row.row_number for row in result.rows_ok] == [3, 4]  # the example row 2 is skipped
    assert result.rows_ok[1].member.title == "นาย" and result.rows_ok[1].member.last_name == "แก้วมณี"
    assert import_members(folder.database, committee_id, result, user_name=U) == 2


def _member_lines(count: int) -> str:
    lines = ["นาย\tประธาน\tทดสอบ\tนายอำเภอ\tที่ว่าการอำเภอ\tภาครัฐ\tประธานกรรมการ\t"]
    lines += [f"นาง\tสมหญิง{i}\tใจดี{i}\tครู\tโรงเรียนบ้าน{i}\tภาคประชาชน\tกรรมการ\t" for i in range(count - 1)]
    return "\n".join(lines)


def test_import_work_grows_linearly_with_the_rows(folder, committee_id, python_calls) -> None:  # type: ignore[no-untyped-def]
    """2,000 rows must import in seconds: the check after every row over every pair made 400 rows take 89 s.
    Work is counted in function calls (no wall clock): 8× the rows may cost up to 16× (linear: about 8×;
    the old check: far more, and the test stops it early)."""
    database = folder.database
    small_rows = parse_pasted_text(_member_lines(50), DEFAULT_START)
    large_rows = parse_pasted_text(_member_lines(400), DEFAULT_START)
    issue = committees.add_issue(database, 2568, "ผู้สูงอายุ", U)
    small = python_calls(lambda: import_members(database, committee_id, small_rows, user_name=U))
    large = python_calls(lambda: import_members(database, issue.subcommittee_id, large_rows, user_name=U),
                         limit=16 * small)
    assert large < 16 * small
    assert len(member_names(database, issue.subcommittee_id)) == 400


# --- messages: too many rows, formulas, over-long values -------------------------------------------------


def audit_count(database) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from pcha_desktop.storage.models import AuditEntry

    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


HEADER = "ชื่อ\tนามสกุล\tภาคส่วน\tบทบาท"


def _paste(count: int, header: bool = True) -> str:
    rows = [f"สมหญิง{i}\tใจดี{i}\tภาครัฐ\tกรรมการ" for i in range(count)]
    return "\n".join(([HEADER] if header else []) + rows)


def test_two_thousand_rows_under_a_header_are_not_too_many_and_two_thousand_and_one_are() -> None:
    assert len(parse_pasted_text(_paste(2000), DEFAULT_START).rows_ok) == 2000
    result = parse_pasted_text(_paste(2001), DEFAULT_START)
    assert result.rows_ok == () and len(result.problems) == 1
    problem = result.problems[0]
    assert "2,000" in problem.message_th and "แถว" in problem.message_th and "หัวตาราง" in problem.message_th
    assert "2,000" in problem.message_en and "header" in problem.message_en
    assert parse_pasted_text(_paste(2001, header=False), DEFAULT_START).problems == result.problems


def _template_with(path: Path, rows: list[list[object]]) -> Path:
    export_member_template(path)
    workbook = load_workbook(path)
    for row in rows:
        workbook["รายชื่อกรรมการ"].append(row)
    workbook.save(path)
    return path


def test_a_full_template_of_two_thousand_members_is_not_too_many(tmp_path: Path) -> None:
    rows = [["นาง", f"สมหญิง{i}", f"ใจดี{i}", "", "", "ภาครัฐ", "กรรมการ"] for i in range(2000)]
    path = _template_with(tmp_path / "full.xlsx", rows)
    assert len(read_member_workbook(path, DEFAULT_START).rows_ok) == 2000
    load = load_workbook(path)
    load["รายชื่อกรรมการ"].append(["นาง", "เกิน", "หนึ่ง", "", "", "ภาครัฐ", "กรรมการ"])
    load.save(path)
    result = read_member_workbook(path, DEFAULT_START)
    assert result.rows_ok == () and "2,000" in result.problems[0].message_th


def _save_results(path: Path, results: dict[str, tuple[str, str]]) -> None:
    """Give formula cells a saved result, as Excel does (openpyxl writes formulas without one)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for reference, (kind, value) in results.items():
        sheet, count = re.subn(rf'<c r="{reference}"([^>]*)><f>(.*?)</f><v ?/>',
                               rf'<c r="{reference}" t="{kind}"><f>\2</f><v>{value}</v>', sheet)
        assert count == 1, reference
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_formulas_are_read_by_their_saved_result_and_reported_without_one(tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อ", "นามสกุล", "ภาคส่วน", "บทบาท"])
    sheet.append(["มาลี", "บุญ", "ภาครัฐ", '="กรรม"&"การ"'])  # saved result below: read as กรรมการ
    sheet.append(["สมชาย", "ใจดี", "ภาครัฐ", '="กรรม"&"การ"'])  # no saved result: reported, not blank
    sheet.append(["=A2", "ดี", "ภาครัฐ", "กรรมการ"])  # a formula error: reported
    workbook.save(path)
    _save_results(path, {"D2": ("str", "กรรมการ"), "A4": ("e", "#REF!")})
    result = read_member_workbook(path, DEFAULT_START)
    assert [row.row_number for row in result.rows_ok] == [2]
    assert result.rows_ok[0].member.role == CommitteeRole.MEMBER
    by_row = {(p.row_number, p.column): p for p in result.problems}
    assert set(by_row) == {(3, "role"), (4, "first_name")}
    assert "สูตร" in by_row[(3, "role")].message_th and "formula" in by_row[(3, "role")].message_en
    assert "#REF!" in by_row[(4, "first_name")].message_th


def test_an_over_long_value_is_reported_by_its_length_not_repeated() -> None:
    huge = "ก" * 197_005  # one pasted line was this long
    rows = [
        [huge, "ใจดี", "ภาครัฐ", "กรรมการ", ""],
        ["สมชาย", "ใจดี", "ภาครัฐ", huge, ""],
        ["สมศักดิ์", "ใจดี", "ภาครัฐ", "กรรมการ", huge],
    ]
    text = "ชื่อ\tนามสกุล\tภาคส่วน\tบทบาท\tวันที่เริ่ม\n" + "\n".join("\t".join(row) for row in rows)
    result = parse_pasted_text(text, DEFAULT_START)
    assert result.bad_row_numbers == (2, 3, 4)
    for problem in result.problems:
        assert "197,005" in problem.message_th and "197,005" in problem.message_en, problem
        assert len(problem.message_th) < 300 and len(problem.message_en) < 300


@pytest.mark.parametrize("bad", ["สม\u202eชาย", "\u0e48\u0e49", "สม\x00ชาย"])
def test_names_that_may_not_be_stored_are_reported_by_the_import(bad: str) -> None:
    result = parse_pasted_text(f"{HEADER}\n{bad}\tใจดี\tภาครัฐ\tกรรมการ\n", DEFAULT_START)
    assert result.rows_ok == () and [(p.row_number, p.column) for p in result.problems] == [(2, "first_name")]
    assert "\u202e" not in result.problems[0].message_th


HOSTILE_CELL = st.one_of(
    CELL,
    st.text(max_size=3).map(lambda t: t * 20_000),  # huge strings
    st.sampled_from([
        "=1/0", '="กรรม"&"การ"', "=A1", "=SUM(", "=NOW()", "=#REF!", "#N/A", "=" + "(" * 50, "=RAND()",
        "สม\u202eชาย", "\u2066ภาครัฐ\u2069", "\u0e48\u0e49\u0e4a", "ก" * 101, "x@y", "นาย ", "ประธานกรรมการ",
        "กรรมการและเลขานุการ", "๓๑ ธ.ค. ๒๕๖๓", "29/2/2564", "0/0/0",
    ]),
    st.booleans(), st.times(), st.dates(), st.floats(min_value=-1e300, max_value=1e300, allow_nan=False),
    st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F).map(lambda c: c * 3),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.booleans(), rows=st.lists(st.lists(HOSTILE_CELL, max_size=12), max_size=10))
def test_any_hostile_workbook_is_read_with_reasons_and_imports_all_or_nothing(  # type: ignore[no-untyped-def]
    folder, committee_id, tmp_path_factory, header, rows
) -> None:
    path = tmp_path_factory.mktemp("hostile") / "members.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    if header:
        sheet.append([th for th in ("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "ภาคส่วน", "บทบาท", "วันที่เริ่ม")])
    for row in rows:
        sheet.append([_storable(cell) for cell in row])
    workbook.save(path)
    database = folder.database
    before, audit_before = member_names(database, committee_id), audit_count(database)
    result = read_member_workbook(path, DEFAULT_START)
    for problem in result.problems:
        assert problem.message_th and problem.message_en
        assert len(problem.message_th) < 500 and len(problem.message_en) < 500  # a value is never echoed whole
    try:
        count = import_members(database, committee_id, result, user_name=U)
    except Exception as error:  # noqa: BLE001
        assert hasattr(error, "message_th") and hasattr(error, "message_en"), error
        assert member_names(database, committee_id) == before
        assert audit_count(database) == audit_before  # nothing written
    else:
        assert not result.problems and count == len(result.rows_ok)
        stored = committees.list_members(database, committee_id, include_ended=True)
        assert len(stored) == len(before) + count
        for member in stored:
            for name in ("title", "first_name", "last_name", "position", "organisation", "phone", "email"):
                value = getattr(member, name)
                assert value == value.strip() and len(value) <= 200 and "\u202e" not in value


def test_a_value_with_a_direction_control_is_shown_by_its_code_in_a_message() -> None:
    result = parse_pasted_text(f"{HEADER}\nสมชาย\tใจดี\tภาครัฐ\tกรรมการ\u202e\n", DEFAULT_START)
    assert [p.column for p in result.problems] == ["role"]
    assert "“กรรมการ<U+202E>”" in result.problems[0].message_th and "\u202e" not in result.problems[0].message_en
