"""The One Plan from an .xlsx: the template of ``export_plan_template`` or a plan written by
``issues.export_plan_xlsx`` (the same sheets), with the care of the member import.

The file is hostile: its size and zip are checked before openpyxl sees it, anything openpyxl raises becomes a
reason, a formula without a saved result or an error value is named, long text is reported by its length,
every text goes through ``clean_user_text``. ``read_plan_workbook`` checks every row and names each bad one
(sheet, row, column, Thai and English reason); ``import_plan`` then adds the activities in ONE transaction:
nothing while there are problems, unless the user chose the good rows only. The service's own rules
(dates inside the fiscal year, progress 0–100, no negative budget, tambons of the district) are checked on
every row (a transaction rolled back when one is refused), so they too are reported per row. Activities whose
name is already in the issue are refused (importing the same file twice adds nothing). Issues that the
year does not have yet are added with their subcommittee. All passes are linear in the rows.

Round trip: ``export_plan_xlsx`` then ``import_plan`` into an empty year gives the same activities, budgets
by source, project objectives (sheet "วัตถุประสงค์โครงการ") and what each partner brings to each activity
(sheet "ทรัพยากร"). A row of those two sheets names its activity by issue and name; it joins that activity's
row of sheet "แผนงาน" (in the same transaction, checked by the same service rules). A row naming no good
activity of the file is a bad row; a resource row without the activity column (a file from before it
existed) joins the issue's first activity in the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from itertools import zip_longest
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcha_desktop.domain import one_plan as p
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.domain.thai_calendar import ThaiDateError, parse_thai_date, to_arabic_digits
from pcha_desktop.exports.xlsx.plan_workbook import (
    OBJECTIVE_HEADERS,
    OBJECTIVE_SHEET_TITLE,
    PLAN_HEADERS,
    PLAN_SHEET_TITLE,
    RESOURCE_HEADERS,
    RESOURCE_SHEET_TITLE,
)
from pcha_desktop.services.committees import add_issue_in
from pcha_desktop.services.errors import UserFacingError, clean_user_text
from pcha_desktop.services.issues import (
    ActivityInput,
    ActivityObjectiveInput,
    ContributionInput,
    _apply_activity,
    _check_fiscal_year,
)
from pcha_desktop.services.member_import import (
    QUOTE_LIMIT,
    ImportHasProblems,
    RowProblem,
    UnreadableCell,
    _cell_text,
    _cell_value,
    _clean,
    _quoted,
    _shown,
    unreadable_reason,
    xlsx_refusal,
)
from pcha_desktop.services.tambon_committees import _district_tambons
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import Activity, QualityOfLifeIssue

MAX_ROWS = 2000
MAX_COLUMNS = 40
BE_OFFSET = 543

# column keys in the order of the export's headers
_BUDGET_KEYS = tuple(f"budget:{source.value}" for source in BudgetSource)
PLAN_KEYS = ("issue", "name", "lead_agency", "partners", "tambons", "start_date", "end_date", "status", "progress",
             *_BUDGET_KEYS, "total")
RESOURCE_KEYS = ("issue", "name", "partner", *(f"kind:{kind.value}" for kind in ResourceKind))
OBJECTIVE_KEYS = ("issue", "name", "objective", "indicator", "result")
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "issue": ("ประเด็น", "Issue"), "name": ("กิจกรรม/โครงการ", "Activity"), "lead_agency": ("หน่วยงานหลัก", "Lead agency"),
    "partners": ("ภาคีร่วมดำเนินการ", "Partners"), "tambons": ("ตำบล", "Tambons"),
    "start_date": ("วันที่เริ่ม", "Start date"), "end_date": ("วันที่สิ้นสุด", "End date"), "status": ("สถานะ", "Status"),
    "progress": ("ความก้าวหน้า", "Progress"), "total": ("งบประมาณรวม", "Total budget"), "partner": ("ภาคี", "Partner"),
    "objective": ("วัตถุประสงค์", "Objective"), "indicator": ("ตัวชี้วัด", "Indicator"),
    "result": ("ผลการดำเนินงาน", "Result"),
    **{key: (f"งบประมาณ: {p.label(source)}", f"Budget: {p.label(source, 'en')}")
       for key, source in zip(_BUDGET_KEYS, BudgetSource)},
    **{f"kind:{kind.value}": (p.label(kind), p.label(kind, "en")) for kind in ResourceKind},
}  # fmt: skip

_STATUS_WORDS = {_clean(word).casefold(): status for status in ActivityStatus
                 for word in (p.label(status), p.label(status, "en"), status.value, status.value.replace("_", " "))}


def _label(column: str) -> tuple[str, str]:
    return COLUMN_LABELS.get(column, (column, column))


# --- results --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanProblem(RowProblem):
    sheet: str = PLAN_SHEET_TITLE  # the sheet of row_number ("" with row 0: the whole file)


@dataclass(frozen=True)
class PlanRow:
    row_number: int  # the row of sheet "แผนงาน"
    issue_title: str
    activity: ActivityInput


@dataclass(frozen=True)
class ResourceRow:
    row_number: int  # the row of sheet "ทรัพยากร"
    issue_title: str
    contributions: tuple[ContributionInput, ...]
    activity_name: str = ""  # "": a file without the activity column (the issue's first activity)


@dataclass(frozen=True)
class ObjectiveRow:
    row_number: int  # the row of sheet "วัตถุประสงค์โครงการ"
    issue_title: str
    activity_name: str
    objective: ActivityObjectiveInput


@dataclass(frozen=True)
class PlanImportResult:
    rows_ok: tuple[PlanRow, ...]
    resources_ok: tuple[ResourceRow, ...]
    problems: tuple[PlanProblem, ...]
    objectives_ok: tuple[ObjectiveRow, ...] = ()

    @property
    def bad_rows(self) -> tuple[tuple[str, int], ...]:
        """(sheet, row) of every bad row, in order."""
        return tuple(sorted({(x.sheet, x.row_number) for x in self.problems if x.row_number > 0}))


class PlanImportHasProblems(ImportHasProblems):
    """Nothing was imported; ``result.problems`` names every bad row (of either sheet)."""

    @staticmethod
    def bad_row_count(result: PlanImportResult) -> int:  # type: ignore[override]
        return len(result.bad_rows)


def _file_problem(message_th: str, message_en: str) -> PlanImportResult:
    return PlanImportResult((), (), (PlanProblem(0, "", message_th, message_en, sheet=""),))


# --- one row --------------------------------------------------------------------------------------------


@dataclass
class _Row:
    sheet: str
    row_number: int
    values: dict[str, Any]
    problems: list[PlanProblem] = field(default_factory=list)

    def problem(self, column: str, message_th: str, message_en: str) -> None:
        self.problems.append(PlanProblem(self.row_number, column, message_th, message_en, sheet=self.sheet))

    def unreadable(self) -> bool:
        bad = [(column, cell) for column, cell in self.values.items() if isinstance(cell, UnreadableCell)]
        for column, cell in bad:
            self.problem(column, *unreadable_reason(cell, *_label(column)))
        return bool(bad)

    def text(self, column: str, field_name: str, value: Any = None) -> str | None:
        """The cell's text as it will be stored (``clean_user_text``), or None and a problem."""
        raw = self.values.get(column) if value is None else value
        if isinstance(raw, (datetime, date)):
            raw = ""
        try:
            return clean_user_text(_cell_text(raw), field_name)
        except UserFacingError as refusal:
            label_th, label_en = _label(column)
            self.problem(column, f"{label_th}: {refusal.message_th}", f"{label_en}: {refusal.message_en}")
            return None

    def required(self, column: str, field_name: str) -> str | None:
        text = self.text(column, field_name)
        if text == "":
            label_th, label_en = _label(column)
            self.problem(column, f"กรุณากรอก{label_th}", f"{label_en} is missing")
            return None
        return text

    def items(self, column: str, field_name: str) -> list[str] | None:
        raw = _cell_text(self.values.get(column)).replace("\n", ";")
        items = [self.text(column, field_name, item) for item in raw.split(";")]
        return None if None in items else [item for item in items if item]  # type: ignore[misc]

    def amount(self, column: str) -> Decimal | None:
        """A number of baht (None when blank); text that is no number, or a negative one, is a problem."""
        value = self.values.get(column)
        label_th, label_en = _label(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number: Decimal | None = Decimal(str(value))
        else:
            text = to_arabic_digits(_clean(value)).replace(",", "").replace("บาท", "").strip()
            try:
                number = Decimal(text) if text and len(text) <= 30 else None
            except InvalidOperation:
                number = None
        if number is None or not number.is_finite():
            quoted_th, quoted_en = _quoted(_clean(value))
            self.problem(column, f"{label_th} {quoted_th} ไม่ใช่ตัวเลข", f"{label_en} {quoted_en} is not a number")
            return None
        if number < 0:
            self.problem(column, f"{label_th}ต้องไม่ติดลบ", f"{label_en} must not be negative")
            return None
        if number >= Decimal("1e13"):
            self.problem(column, f"{label_th}มากเกินไป", f"{label_en} is too large")
            return None
        return number

    def day(self, column: str) -> date | None:
        value = self.values.get(column)
        if isinstance(value, datetime):
            value = value.date()
        label_th, label_en = _label(column)
        if isinstance(value, date):  # a date cell; a BE year typed into one is taken as BE
            try:
                return value.replace(year=value.year - BE_OFFSET) if value.year > 2400 else value
            except ValueError:  # 29 February of a BE leap year: that CE year has none
                self.problem(column, f"{label_th}ไม่มีอยู่จริง (29 ก.พ. {value.year})",
                             f"{label_en} does not exist (29 February BE {value.year})")
                return None
        text = _clean(value)
        if not text:
            return None
        quoted_th, quoted_en = _quoted(text)
        if len(text) > QUOTE_LIMIT:
            self.problem(column, f"{label_th}ไม่ถูกต้อง {quoted_th}", f"{label_en} is not valid {quoted_en}")
            return None
        try:
            return parse_thai_date(to_arabic_digits(text))
        except ThaiDateError as error:
            self.problem(column, f"{label_th} {quoted_th} ไม่ถูกต้อง: {error.message_th}",
                         f"{label_en} {quoted_en} is not valid: {error.message_en}")
        except Exception:  # noqa: BLE001 - odd text is a problem of the row, never a crash
            self.problem(column, f"{label_th} {quoted_th} ไม่ถูกต้อง", f"{label_en} {quoted_en} is not valid")
        return None


def _read_plan_row(row: _Row, tambon_codes: dict[str, str]) -> PlanRow | None:
    if row.unreadable():
        return None
    issue = row.required("issue", "issue_title")
    name = row.required("name", "activity_name")
    lead = row.text("lead_agency", "agency")
    partners = row.items("partners", "agency")
    tambon_names = row.items("tambons", "agency")
    codes: list[str] = []
    for tambon in tambon_names or []:
        code = tambon_codes.get(_tambon_key(tambon))
        if code is None:
            quoted_th, quoted_en = _quoted(tambon)
            row.problem("tambons", f"ไม่พบตำบล {quoted_th} ในอำเภอนี้", f"No tambon {quoted_en} in this district")
        else:
            codes.append(code)
    start, end = row.day("start_date"), row.day("end_date")
    status_text = _clean(row.values.get("status"))
    status = _STATUS_WORDS.get(status_text.casefold(), None) if status_text else ActivityStatus.PLANNED
    if status is None:
        quoted_th, quoted_en = _quoted(status_text)
        row.problem("status", f"ไม่รู้จักสถานะ {quoted_th} ใช้ได้: {', '.join(p.label(s) for s in ActivityStatus)}",
                    f"Unknown status {quoted_en}")
    progress = row.amount("progress")
    budgets = {source: row.amount(key) for key, source in zip(_BUDGET_KEYS, BudgetSource)}
    total = row.amount("total")
    given = {source: amount for source, amount in budgets.items() if amount is not None}
    if total is not None and not row.problems and total != sum(given.values(), Decimal(0)):
        row.problem("total", f"งบประมาณรวม ({total:,}) ไม่เท่ากับผลรวมของแหล่งงบประมาณ ({sum(given.values()):,})",
                    f"The total budget ({total:,}) is not the sum of the sources ({sum(given.values()):,})")
    if row.problems or issue is None or name is None or status is None:
        return None
    return PlanRow(row.row_number, issue, ActivityInput(
        name=name, lead_agency=lead or "", partners=tuple(partners or ()), tambon_codes=tuple(codes),
        start_date=start, end_date=end, status=status, progress_percent=int(progress) if progress is not None
        and progress == progress.to_integral_value() else (str(progress) if progress is not None else 0),
        budgets={source: amount for source, amount in given.items() if amount},
    ))


def _read_resource_row(row: _Row) -> ResourceRow | None:
    if row.unreadable():
        return None
    issue = row.required("issue", "issue_title")
    activity = row.text("name", "activity_name")
    partner = row.required("partner", "agency")
    contributions: list[ContributionInput] = []
    for kind in ResourceKind:
        items = row.items(f"kind:{kind.value}", "resource_description")
        for item in items or []:  # the export writes the kind's name for a contribution without description
            contributions.append(ContributionInput(partner or "", kind, "" if item == p.label(kind) else item))
    if row.problems or issue is None or partner is None or activity is None:
        return None
    return ResourceRow(row.row_number, issue, tuple(contributions), activity)


def _read_objective_row(row: _Row) -> ObjectiveRow | None:
    if row.unreadable():
        return None
    issue = row.required("issue", "issue_title")
    activity = row.required("name", "activity_name")
    objective = row.required("objective", "objective")
    indicator = row.text("indicator", "indicator")
    result = row.text("result", "activity_result")
    if row.problems or None in (issue, activity, objective, indicator, result):
        return None
    return ObjectiveRow(row.row_number, issue, activity, ActivityObjectiveInput(objective, indicator, result))


def _tambon_key(text: str) -> str:
    return "".join(to_arabic_digits(text).split()).casefold()


def _tambon_codes(session: Session) -> dict[str, str]:
    codes: dict[str, str] = {}
    for tambon in _district_tambons(session):
        for name in (tambon.code, tambon.name, tambon.official_name):
            codes[_tambon_key(name)] = tambon.code
    return codes


# --- the workbook ---------------------------------------------------------------------------------------


def _header_columns(cells: Sequence[Any], headers: Sequence[str], keys: Sequence[str]) -> list[str | None] | None:
    by_header = {" ".join(header.split()): key for header, key in zip(headers, keys)}
    columns = [by_header.get(_clean(cell)) if isinstance(cell, str) else None for cell in cells]
    return columns if "issue" in columns and len([c for c in columns if c]) >= 2 else None


def _sheet(book_values: Any, book_formulas: Any, title: str) -> list[tuple[int, list[Any]]]:
    """The non-blank rows (row number, values) of a sheet, a few more than MAX_ROWS at most."""
    rows: list[tuple[int, list[Any]]] = []
    pairs = zip_longest(book_values[title].iter_rows(max_col=MAX_COLUMNS),
                        book_formulas[title].iter_rows(max_col=MAX_COLUMNS), fillvalue=())
    for number, (value_cells, formula_cells) in enumerate(pairs, start=1):
        cells = [_cell_value(v, f) for v, f in zip_longest(value_cells, formula_cells)]
        if all(cell is None or (isinstance(cell, str) and not _clean(cell)) for cell in cells):
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS + 1:
            break
    return rows


def _read_sheets(path: Path) -> list[list[tuple[int, list[Any]]]] | None:
    """The rows of the plan, resource and objective sheets (a sheet the file lacks has none)."""
    from openpyxl import load_workbook

    values_book = load_workbook(path, read_only=True, data_only=True)
    formulas_book = load_workbook(path, read_only=True, data_only=False)
    try:
        if PLAN_SHEET_TITLE not in values_book.sheetnames:
            return None
        return [_sheet(values_book, formulas_book, title) if title in values_book.sheetnames else []
                for title in (PLAN_SHEET_TITLE, RESOURCE_SHEET_TITLE, OBJECTIVE_SHEET_TITLE)]
    finally:
        values_book.close()
        formulas_book.close()


def _check_rows(sheet: str, rows: list[tuple[int, list[Any]]], headers: Sequence[str], keys: Sequence[str],
                read: Any, problems: list[PlanProblem]) -> list[Any]:
    if not rows:
        return []
    columns = _header_columns(rows[0][1], headers, keys)
    if columns is None:
        problems.append(PlanProblem(rows[0][0], "", f"แผ่นงาน “{sheet}” ไม่มีหัวตารางของแบบฟอร์มในแถวแรก"
                                    " กรุณาใช้แบบฟอร์มของโปรแกรม",
                                    f"Sheet “{sheet}” does not start with the template's headers; use the template",
                                    sheet=sheet))
        return []
    if len(rows) - 1 > MAX_ROWS:
        problems.append(PlanProblem(0, "", f"แผ่นงาน “{sheet}” มีเกิน {MAX_ROWS:,} แถว กรุณาแบ่งนำเข้า",
                                    f"Sheet “{sheet}” has more than {MAX_ROWS:,} rows; import it in parts", sheet=""))
        return []
    good = []
    for number, cells in rows[1:]:
        row = _Row(sheet, number, {key: cell for key, cell in zip(columns, cells) if key})
        checked = read(row)
        problems.extend(row.problems)
        if checked is not None:
            good.append(checked)
    return good


def read_plan_workbook(database: Database, path: Path) -> PlanImportResult:
    """Every row of the workbook checked; nothing is written. Tambons are matched to the district's."""
    path = Path(path)
    refusal = xlsx_refusal(path)
    if refusal is not None:
        return _file_problem(*refusal)
    try:
        sheets = _read_sheets(path)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on odd files
        return _file_problem(
            f"อ่านไฟล์ Excel ไม่ได้ ({type(error).__name__}) กรุณาบันทึกเป็น .xlsx จากแบบฟอร์มของโปรแกรม",
            f"Cannot read the workbook ({type(error).__name__}: {str(error)[:200]}); save it as .xlsx from the template")
    if sheets is None:
        return _file_problem(f"ไม่พบแผ่นงาน “{PLAN_SHEET_TITLE}” กรุณาใช้แบบฟอร์มแผนงานของโปรแกรม",
                             f"No sheet “{PLAN_SHEET_TITLE}”; use the program's One Plan template")
    with database.reader() as session:
        tambon_codes = _tambon_codes(session)
    problems: list[PlanProblem] = []
    plan_rows = _check_rows(PLAN_SHEET_TITLE, sheets[0], PLAN_HEADERS, PLAN_KEYS,
                            lambda row: _read_plan_row(row, tambon_codes), problems)
    resource_rows = _check_rows(RESOURCE_SHEET_TITLE, sheets[1], RESOURCE_HEADERS, RESOURCE_KEYS, _read_resource_row,
                                problems)
    objective_rows = _check_rows(OBJECTIVE_SHEET_TITLE, sheets[2], OBJECTIVE_HEADERS, OBJECTIVE_KEYS,
                                 _read_objective_row, problems)
    if not plan_rows and not problems:
        problems.append(PlanProblem(0, "", "ไม่พบกิจกรรมที่จะนำเข้า", "No activities to import were found", sheet=""))
    return PlanImportResult(tuple(plan_rows), tuple(resource_rows), tuple(problems), tuple(objective_rows))


def export_plan_template(path: Path) -> Path:
    """The empty One Plan workbook to fill in; a folder gets the file as "แบบฟอร์มแผนงาน.xlsx"."""
    from pcha_desktop.exports.xlsx.plan_workbook import write_plan_template

    path = Path(path)
    return write_plan_template(path / "แบบฟอร์มแผนงาน.xlsx" if path.is_dir() else path, MAX_ROWS)


# --- import ---------------------------------------------------------------------------------------------


class _Rollback(Exception):
    pass


def _key(issue_title: str, activity_name: str) -> tuple[str, str]:
    return p.partner_key(issue_title), p.partner_key(activity_name)


def _with_their_rows(rows: Sequence[PlanRow], resources: Sequence[ResourceRow], objectives: Sequence[ObjectiveRow],
                     problems: list[PlanProblem]) -> list[tuple[PlanRow, list[tuple[str, int]]]]:
    """Each plan row with the resources and objectives its rows of the other sheets give it, and those rows
    ((sheet, row)); a row naming no activity of ``rows`` is a problem. Linear in the rows."""
    by_key: dict[tuple[str, str], int] = {}
    first_of_issue: dict[str, int] = {}
    for index, row in enumerate(rows):
        by_key.setdefault(_key(row.issue_title, row.activity.name), index)
        first_of_issue.setdefault(p.partner_key(row.issue_title), index)
    contributions: list[list[ContributionInput]] = [[] for _ in rows]
    goals: list[list[ActivityObjectiveInput]] = [[] for _ in rows]
    linked: list[list[tuple[str, int]]] = [[] for _ in rows]
    links = [(RESOURCE_SHEET_TITLE, r.row_number, r.issue_title, r.activity_name, r) for r in resources] + [
        (OBJECTIVE_SHEET_TITLE, o.row_number, o.issue_title, o.activity_name, o) for o in objectives]
    for sheet, number, issue_title, activity_name, entry in links:
        index = (by_key.get(_key(issue_title, activity_name)) if activity_name
                 else first_of_issue.get(p.partner_key(issue_title)))
        if index is None:
            activity_th, activity_en = _quoted(activity_name or "-")
            issue_th, issue_en = _quoted(issue_title)
            problems.append(PlanProblem(
                number, "name" if activity_name else "issue",
                f"ไม่พบกิจกรรม {activity_th} ของประเด็น {issue_th} ในแถวที่ถูกต้องของแผ่นงาน “{PLAN_SHEET_TITLE}”",
                f"No good row of sheet “{PLAN_SHEET_TITLE}” has the activity {activity_en} of the issue {issue_en}",
                sheet=sheet))
            continue
        if isinstance(entry, ResourceRow):
            contributions[index].extend(entry.contributions)
        else:
            goals[index].append(entry.objective)
        linked[index].append((sheet, number))
    return [(replace(row, activity=replace(row.activity, contributions=tuple(contributions[index]),
                                          objectives=tuple(goals[index]))), linked[index])
            for index, row in enumerate(rows)]


def _apply(session: Session, fiscal_year: int, rows: Sequence[PlanRow], resources: Sequence[ResourceRow],
           objectives: Sequence[ObjectiveRow]) -> tuple[list[PlanProblem], int]:
    """Add the rows' activities with their resources and objectives in ``session``; the rows the service
    refuses become problems (the service checks a row wholly before it changes anything), and so do the rows
    of the other sheets that belong to a refused activity."""
    issues = {p.partner_key(issue.title): issue for issue in session.scalars(
        select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == fiscal_year))}
    names: dict[int, set[str]] = {}
    counts: dict[int, int] = {}
    for issue_id, activity_name in session.execute(
            select(Activity.issue_id, Activity.name).where(Activity.issue_id.in_([i.id for i in issues.values()]))):
        names.setdefault(issue_id, set()).add(p.partner_key(activity_name))
        counts[issue_id] = counts.get(issue_id, 0) + 1
    problems: list[PlanProblem] = []
    added = 0
    for plan_row, linked in _with_their_rows(rows, resources, objectives, problems):
        key = p.partner_key(plan_row.issue_title)
        issue = issues.get(key)
        if issue is None:
            issue = issues[key] = add_issue_in(session, fiscal_year, plan_row.issue_title)
        refusal_th = refusal_en = column = ""
        short = _shown(plan_row.activity.name[:QUOTE_LIMIT])  # a name, up to 300 characters: its start
        if p.partner_key(plan_row.activity.name) in names.setdefault(issue.id, set()):
            refusal_th, refusal_en, column = (f"ประเด็นนี้มีกิจกรรม “{short}” อยู่แล้ว",
                                              f"The issue already has the activity “{short}”", "name")
        else:
            row = Activity(issue_id=issue.id, sort_order=counts.get(issue.id, 0))
            try:
                _apply_activity(session, row, plan_row.activity, fiscal_year)
            except UserFacingError as refusal:
                refusal_th, refusal_en, column = refusal.message_th, refusal.message_en, refusal.field or ""
        if refusal_th:
            problems.append(PlanProblem(plan_row.row_number, column, refusal_th, refusal_en))
            problems.extend(PlanProblem(
                number, "name", f"กิจกรรม “{short}” (แผ่นงาน “{PLAN_SHEET_TITLE}” แถว {plan_row.row_number})"
                f" นำเข้าไม่ได้: {refusal_th}",
                f"The activity “{short}” (sheet “{PLAN_SHEET_TITLE}” row {plan_row.row_number}) cannot be"
                f" imported: {refusal_en}", sheet=sheet) for sheet, number in linked)
            continue
        names[issue.id].add(p.partner_key(plan_row.activity.name))
        counts[issue.id] = counts.get(issue.id, 0) + 1
        added += 1
    session.flush()
    return problems, added


def import_plan(database: Database, fiscal_year: int, result: PlanImportResult, only_good: bool = False,
                user_name: str = "") -> int:
    """Add the checked rows' activities to the fiscal year in one transaction; returns how many were added.

    Raises ``PlanImportHasProblems`` (nothing imported) when a row is bad, in the file or by the service's
    rules, and ``only_good`` is False; with ``only_good`` the good rows are imported and the bad ones left."""
    _check_fiscal_year(fiscal_year)
    problems = list(result.problems)
    rows, resources, objectives = list(result.rows_ok), list(result.resources_ok), list(result.objectives_ok)
    if not rows:
        if problems and not only_good:
            raise PlanImportHasProblems(result)
        raise UserFacingError("ไม่มีแถวที่ถูกต้องให้นำเข้า", "There are no good rows to import")
    refused: list[PlanProblem] = []
    try:  # kept when every row is good; else rolled back, and the refused rows are problems too
        with database.unit_of_work(user_name) as session:
            refused, added = _apply(session, fiscal_year, rows, resources, objectives)
            if refused or (problems and not only_good):
                raise _Rollback
            return added
    except _Rollback:
        pass
    if not only_good:
        raise PlanImportHasProblems(replace(result, problems=tuple(problems + refused)))
    bad = {(x.sheet, x.row_number) for x in refused}
    rows = [r for r in rows if (PLAN_SHEET_TITLE, r.row_number) not in bad]
    resources = [r for r in resources if (RESOURCE_SHEET_TITLE, r.row_number) not in bad]
    objectives = [o for o in objectives if (OBJECTIVE_SHEET_TITLE, o.row_number) not in bad]
    if not rows:
        raise UserFacingError("ไม่มีแถวที่ถูกต้องให้นำเข้า", "There are no good rows to import")
    with database.unit_of_work(user_name) as session:  # the good rows only: they passed a moment ago
        still, added = _apply(session, fiscal_year, rows, resources, objectives)
        if still:
            raise PlanImportHasProblems(replace(result, problems=tuple(still)))
        return added

__all__ = [
    "MAX_ROWS", "ObjectiveRow", "PlanImportHasProblems", "PlanImportResult", "PlanProblem", "PlanRow", "ResourceRow",
    "export_plan_template", "import_plan", "read_plan_workbook",
]
