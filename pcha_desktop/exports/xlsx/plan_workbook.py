"""The One Plan of a fiscal year as an .xlsx: plain data in, a workbook out (no formulas: totals are values).

Sheet "แผนงาน": one row per activity (issue, activity, lead agency, partners, tambons, BE dates, status,
progress, the budget of each source and the total). Sheet "ทรัพยากร": per activity, each partner with what
it brings of the five kinds (people, money, things, knowledge, data). Sheet "วัตถุประสงค์โครงการ": per
activity, its objectives with their indicators and results. The service builds ``PlanWorkbook`` from its
read model (``services.issues.export_plan_xlsx``); the import (``services.plan_import``) reads the same
columns, and an activity's resources and objectives are found by its issue and name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind, label
from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.exports.xlsx.cells import append_row

PLAN_SHEET_TITLE = "แผนงาน"
RESOURCE_SHEET_TITLE = "ทรัพยากร"
OBJECTIVE_SHEET_TITLE = "วัตถุประสงค์โครงการ"
HEADER_FILL = "DDEBF7"
LIST_SEPARATOR = "; "
PLAN_HEADERS = (
    "ประเด็น", "กิจกรรม/โครงการ", "หน่วยงานหลัก", "ภาคีร่วมดำเนินการ", "ตำบล", "วันที่เริ่ม", "วันที่สิ้นสุด",
    "สถานะ", "ความก้าวหน้า (ร้อยละ)",
    *(f"งบประมาณ: {label(source)} (บาท)" for source in BudgetSource), "งบประมาณรวม (บาท)",
)
RESOURCE_HEADERS = ("ประเด็น", "กิจกรรม/โครงการ", "ภาคี", *(label(kind) for kind in ResourceKind))
OBJECTIVE_HEADERS = ("ประเด็น", "กิจกรรม/โครงการ", "วัตถุประสงค์", "ตัวชี้วัด", "ผลการดำเนินงาน")


@dataclass(frozen=True)
class PlanActivityRow:
    issue_title: str
    name: str
    lead_agency: str
    partners: Sequence[str]
    tambon_names: Sequence[str]
    start_date: date | None
    end_date: date | None
    status: ActivityStatus
    progress_percent: int
    budgets: dict[BudgetSource, Decimal]


@dataclass(frozen=True)
class PartnerResources:
    issue_title: str
    activity_name: str
    partner: str
    brings: dict[ResourceKind, Sequence[str]]


@dataclass(frozen=True)
class ActivityObjectiveRow:
    issue_title: str
    activity_name: str
    objective: str
    indicator: str
    result: str


@dataclass(frozen=True)
class PlanWorkbook:
    fiscal_year: int
    activities: Sequence[PlanActivityRow]
    resources: Sequence[PartnerResources]
    objectives: Sequence[ActivityObjectiveRow] = ()


def _money(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _be(day: date | None) -> str:
    return format_thai_date(day, DateStyle.ABBREVIATED_FULL_YEAR) if day else ""


def write_plan_workbook(plan: PlanWorkbook, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = PLAN_SHEET_TITLE
    resources = workbook.create_sheet(RESOURCE_SHEET_TITLE)
    objectives = workbook.create_sheet(OBJECTIVE_SHEET_TITLE)
    for target, headers in ((sheet, PLAN_HEADERS), (resources, RESOURCE_HEADERS), (objectives, OBJECTIVE_HEADERS)):
        append_row(target, headers)
        for cell in target[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        target.freeze_panes = "A2"
        for index in range(1, len(headers) + 1):
            target.column_dimensions[get_column_letter(index)].width = 34 if index <= 5 else 16
    for row in plan.activities:
        amounts = [row.budgets.get(source, Decimal(0)) for source in BudgetSource]
        append_row(sheet, [
            row.issue_title, row.name, row.lead_agency, LIST_SEPARATOR.join(row.partners),
            LIST_SEPARATOR.join(row.tambon_names), _be(row.start_date), _be(row.end_date), label(row.status),
            row.progress_percent, *(_money(amount) for amount in amounts), _money(sum(amounts, Decimal(0))),
        ])
    for entry in plan.resources:
        append_row(resources, [entry.issue_title, entry.activity_name, entry.partner,
                               *(LIST_SEPARATOR.join(entry.brings.get(kind, ())) for kind in ResourceKind)])
    for objective in plan.objectives:
        append_row(objectives, [objective.issue_title, objective.activity_name, objective.objective,
                                objective.indicator, objective.result])
    path = Path(path)
    workbook.save(path)
    return path


TEMPLATE_INSTRUCTIONS = (
    "วิธีกรอกแบบฟอร์มแผนงาน (One Plan) (How to fill in the One Plan template)",
    "1. แผ่นงาน “แผนงาน”: หนึ่งกิจกรรม/โครงการต่อหนึ่งแถว เริ่มที่แถวที่ 2; ต้องกรอก: ประเด็น และ กิจกรรม/โครงการ",
    "2. ประเด็นที่ยังไม่มีในปีงบประมาณที่นำเข้า จะถูกเพิ่มให้ (พร้อมคณะอนุกรรมการขับเคลื่อนประเด็น)",
    "3. ภาคีร่วมดำเนินการ และ ตำบล: หลายรายการคั่นด้วย ; เช่น ตำบลตลาดใหญ่; ตำบลรัษฎา (ชื่อตำบลหรือรหัส 6 หลัก)",
    "4. วันที่: ปี พ.ศ. เช่น 1 ต.ค. 2563 หรือ 1/10/2563 ต้องอยู่ในปีงบประมาณที่นำเข้า",
    "5. สถานะ: " + ", ".join(label(status) for status in ActivityStatus) + "; ความก้าวหน้า: ร้อยละ 0–100",
    "6. งบประมาณ: ใส่จำนวนเงิน (บาท) ในช่องของแต่ละแหล่ง ห้ามติดลบ; งบประมาณรวมเว้นว่างได้ (หากกรอก ต้องเท่ากับผลรวม)",
    "7. แผ่นงาน “ทรัพยากร”: ภาคีแต่ละรายนำอะไรมาร่วม (คน เงิน ของ ความรู้ ข้อมูล) ในกิจกรรม/โครงการใด"
    " (ประเด็นและชื่อกิจกรรมตรงกับแผ่นงาน “แผนงาน”) หลายรายการคั่นด้วย ;",
    "8. แผ่นงาน “วัตถุประสงค์โครงการ”: วัตถุประสงค์ ตัวชี้วัด และผลการดำเนินงาน ของแต่ละกิจกรรม/โครงการ"
    " หนึ่งวัตถุประสงค์ต่อหนึ่งแถว",
    "9. หากมีแถวที่ไม่ถูกต้อง โปรแกรมจะแจ้งเลขแถวและเหตุผล และจะไม่นำเข้าสิ่งใดจนกว่าจะแก้ไข"
    " หรือท่านเลือกนำเข้าเฉพาะแถวที่ถูกต้อง",
    "Required: issue and activity. Lists separated by ';'. Dates in the Buddhist Era, within the fiscal year.",
)
HELP_SHEET_TITLE = "คำอธิบาย"


def write_plan_template(path: Path, max_rows: int) -> Path:
    """An empty One Plan to fill in: the export's two sheets and headers, a list for the status column (to
    ``max_rows``) and an instructions sheet. ``services.plan_import`` reads it back."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = write_plan_workbook(PlanWorkbook(0, (), ()), path)
    workbook = load_workbook(path)
    sheet = workbook[PLAN_SHEET_TITLE]
    statuses = ",".join(label(status) for status in ActivityStatus)
    validation = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True)
    validation.error, validation.errorTitle = "กรุณาเลือกจากรายการ", "ค่าไม่ถูกต้อง"
    sheet.add_data_validation(validation)
    letter = get_column_letter(PLAN_HEADERS.index("สถานะ") + 1)
    validation.add(f"{letter}2:{letter}{max_rows + 1}")
    help_sheet = workbook.create_sheet(HELP_SHEET_TITLE)
    for line in TEMPLATE_INSTRUCTIONS:
        append_row(help_sheet, [line])
    help_sheet.column_dimensions["A"].width = 110
    workbook.save(path)
    return path
